"""An ordinary day for one citizen, eight items from morning care to evening care.

The wall screen's browser test and its benchmark both fill a plan with it, so the
page they measure is the page they check.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.core.clock import COPENHAGEN
from bot.plan.model import PlanItem
from bot.plan.store import PlanStore

EXAMPLE_DAY = [  # hour, minute, minutes long, title, place, who
    (7, 30, 30, "Hjemmeplejen kommer", "Badeværelset", "hjemmeplejen"),
    (8, 15, 30, "Morgenmad", "Køkkenet", None),
    (10, 0, 60, "Fysioterapi", "Stuen", "fysioterapeuten"),
    (12, 0, 45, "Frokost", "Køkkenet", None),
    (13, 0, 60, "Middagslur", "Soveværelset", None),
    (14, 30, 90, "Gåtur i parken", None, "naboen Jens"),
    (16, 30, 60, "Kaffe og kage", "Stuen", "min datter Karen"),
    (21, 0, 30, "Hjemmeplejen kommer", "Soveværelset", "hjemmeplejen"),
]
EXAMPLE_TITLES = [entry[3] for entry in EXAMPLE_DAY]


def add_example_day(plan: PlanStore, citizen_id: str, day: date, acting: str) -> list[PlanItem]:
    """The example day's items on `day` (Copenhagen time) in the citizen's plan."""
    items = []
    for hour, minute, length, title, place, who in EXAMPLE_DAY:
        start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=COPENHAGEN)
        end = start + timedelta(minutes=length)
        items.append(plan.add(citizen_id, title, start, end, acting=acting, place=place, who=who))
    return items
