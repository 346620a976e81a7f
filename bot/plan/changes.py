"""A change to the plan said in conversation: which occurrence, kept as JSON, then saved.

The dialogue reads a change back before saving it, so the change waits in a slot as
a small JSON object between the question and the "ja"; apply() then makes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from bot.core.clock import COPENHAGEN
from bot.core.danish.time_errors import time_error
from bot.plan import reading, replies
from bot.plan.model import InvalidPlanItem, Occurrence, PlanItemNotFound
from bot.plan.store import PlanStore
from nlu.danish_time import parse

_ALL_DAYS = ("alle gange", "hver gang", "helt", "for altid", "altid")


def says_all(text: str) -> bool:
    """'flyt gymnastik til klokken 11 alle gange': the whole series is meant."""
    lowered = text.lower()
    return any(w in lowered for w in _ALL_DAYS)


def pending(
    op: str,
    occ: Occurrence,
    scope: str,
    *,
    new_start: datetime | None = None,
    new_end: datetime | None = None,
) -> dict[str, Any]:
    """A move or cancel waiting for "ja"; scope is single (one-off), one (day) or all."""
    return {
        "op": op,
        "item_id": occ.item.id,
        # The day it is shown on: the store finds the occurrence by it (moved or not).
        "day": occ.start.astimezone(COPENHAGEN).date().isoformat(),
        "shown": occ.start.isoformat(),
        "scope": scope,
        "start": new_start.isoformat() if new_start else None,
        "end": new_end.isoformat() if new_end else None,
    }


def choose(
    upcoming: list[Occurrence], text: str, selector_text: str, now: datetime
) -> Occurrence | str:
    """The one occurrence the sentence means, or what to say when it is not clear."""
    found = reading.named(upcoming, text)
    selector = parse(selector_text, now) if selector_text else None
    if selector is not None and selector.when is not None and selector.day_said:
        on_day = [o for o in found if o.start.date() == selector.when.date()]
        found = on_day or found
    items = reading.distinct_items(found)
    if not items:
        return replies.NOT_FOUND
    if len(items) > 1:
        first: dict[int, datetime] = {}
        for o in found:
            first.setdefault(o.item.id, o.start)
        return replies.which(items, [first[i.id] for i in items], now)
    return found[0]


def made_last(upcoming: list[Occurrence], change: Mapping[str, Any] | None) -> Occurrence | None:
    """The occurrence of the item the last saved change was about ("flyt den til onsdag"
    right after "ja" to a new item): by its id, or a new item by its title and start."""
    if not change:
        return None
    if change.get("item_id") is not None:
        wanted = [o for o in upcoming if o.item.id == int(change["item_id"])]
    elif change.get("op") == "add" and change.get("title") and change.get("start"):
        start = datetime.fromisoformat(str(change["start"]))
        wanted = [o for o in upcoming if o.item.title == change["title"] and o.item.start == start]
    else:
        wanted = []
    return wanted[0] if wanted else None


def apply(store: PlanStore, citizen: str, acting: str, change: dict[str, Any]) -> str:
    """Make the change; what to say afterwards (also when it could not be made)."""
    try:
        return _apply(store, citizen, acting, change)
    except PlanItemNotFound:
        return replies.NOT_FOUND
    except InvalidPlanItem as err:
        return time_error("past") if err.field in ("start", "end") else replies.SAVE_FAILED


def _apply(store: PlanStore, citizen: str, acting: str, change: dict[str, Any]) -> str:
    op, scope = change["op"], change.get("scope")
    if op == "add":
        store.add(
            citizen,
            change["title"],
            datetime.fromisoformat(change["start"]),
            datetime.fromisoformat(change["end"]),
            acting=acting,
            rrule=change.get("rrule"),
        )
        return replies.SAVED
    item_id, day = int(change["item_id"]), date.fromisoformat(change["day"])
    if op == "cancel":
        store.delete(citizen, item_id, acting=acting, on=day if scope == "one" else None)
        return replies.CANCELLED
    start = datetime.fromisoformat(change["start"])
    end = datetime.fromisoformat(change["end"])
    if scope == "single":
        store.move(citizen, item_id, start, acting=acting, new_end=end)
    elif scope == "one":
        store.move_occurrence(citizen, item_id, day, start, acting=acting, new_end=end)
    else:
        store.move_series(citizen, item_id, start.timetz().replace(tzinfo=None), acting=acting)
    return replies.MOVED
