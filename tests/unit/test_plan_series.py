"""Splitting a series to move it from a day on: pure rule arithmetic (no database)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from bot.core.clock import COPENHAGEN
from bot.plan.model import InvalidPlanItem, PlanItem
from bot.plan.queries import day_bounds, occurrences_between
from bot.plan.series import plan_series_move


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


def item(start: datetime, end: datetime, rrule: str, id: int = 1) -> PlanItem:
    return PlanItem(
        id=id,
        citizen_id="anna",
        title="punkt",
        start=start,
        end=end,
        place=None,
        who=None,
        note=None,
        rrule=rrule,
        exdates=(),
        overrides=(),
        remind_before_minutes=None,
        created_by="anna",
        updated_at=start,
    )


def split_starts(old: PlanItem, cut: datetime, new_time: time, until: datetime) -> list[datetime]:
    """Every start of the old part and the new part together, as the plan would show."""
    move = plan_series_move(old, cut, new_time)
    parts = [item(move.start, move.end, move.rule, id=2)]
    if move.ended_rule is not None:
        parts.append(item(old.start, old.end, move.ended_rule))
    return [o.start for o in occurrences_between(parts, "anna", old.start, until)]


def test_every_other_day_keeps_its_rhythm() -> None:
    old = item(at(2026, 11, 1, 9), at(2026, 11, 1, 10), "FREQ=DAILY;INTERVAL=2")
    starts = split_starts(old, day_bounds(at(2026, 11, 6).date())[0], time(15), at(2026, 11, 12))
    assert starts == [
        at(2026, 11, 1, 9),
        at(2026, 11, 3, 9),
        at(2026, 11, 5, 9),
        at(2026, 11, 7, 15),
        at(2026, 11, 9, 15),
        at(2026, 11, 11, 15),
    ]


def test_second_thursday_of_the_month_across_the_spring_change() -> None:
    old = item(at(2027, 1, 14, 19), at(2027, 1, 14, 21), "FREQ=MONTHLY;BYDAY=2TH;COUNT=5")
    starts = split_starts(old, at(2027, 3, 1), time(18, 30), at(2027, 12, 31))
    assert starts == [
        at(2027, 1, 14, 19),
        at(2027, 2, 11, 19),
        at(2027, 3, 11, 18, 30),
        at(2027, 4, 8, 18, 30),  # summer time, same wall time
        at(2027, 5, 13, 18, 30),
    ]


@pytest.mark.parametrize(
    "until",
    [
        "UNTIL=20270330T083000Z",  # in UTC, the last one exactly (10:30 summer time)
        "UNTIL=20270330T103000",  # as wall time
        "UNTIL=20270330T235959Z",
    ],
)
def test_until_keeps_the_last_day_whichever_way_it_is_written(until: str) -> None:
    old = item(at(2027, 3, 2, 10, 30), at(2027, 3, 2, 11), f"FREQ=WEEKLY;{until}")
    starts = split_starts(old, at(2027, 3, 10), time(11, 15), at(2027, 12, 31))
    assert starts[-1] == at(2027, 3, 30, 11, 15) and len(starts) == 5


def test_a_date_until_is_its_midnight() -> None:
    # dateutil reads UNTIL=<date> as that day's midnight: the day itself is not in.
    old = item(at(2026, 11, 2, 9), at(2026, 11, 2, 10), "FREQ=DAILY;UNTIL=20261106")
    starts = split_starts(old, at(2026, 11, 4), time(8), at(2026, 12, 1))
    assert starts[-1] == at(2026, 11, 5, 8) and len(starts) == 4


def test_nothing_before_the_day_is_no_split() -> None:
    old = item(at(2026, 11, 2, 9), at(2026, 11, 2, 10), "FREQ=DAILY")
    move = plan_series_move(old, at(2026, 11, 1), time(7), timedelta(hours=2))
    assert move.ended_rule is None and move.rule == "FREQ=DAILY"
    assert (move.start, move.end) == (at(2026, 11, 2, 7), at(2026, 11, 2, 9))
    ended = plan_series_move(old, at(2026, 11, 4), time(9)).ended_rule
    assert ended == "FREQ=DAILY;UNTIL=20261103T080000Z"


def test_no_occurrence_from_the_day_on_is_refused() -> None:
    old = item(at(2026, 11, 2, 9), at(2026, 11, 2, 10), "FREQ=DAILY;COUNT=3")
    with pytest.raises(InvalidPlanItem) as err:
        plan_series_move(old, at(2026, 11, 5), time(8))
    assert err.value.field == "from_day"
    with pytest.raises(InvalidPlanItem) as err:
        plan_series_move(
            item(old.start, old.end, "FREQ=DAILY;UNTIL=20261103T000000Z"), at(2026, 11, 5), time(8)
        )
    assert err.value.field == "from_day"


def test_a_rule_too_long_with_its_new_until_is_refused() -> None:
    long_rule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;" + ";".join(["WKST=MO"] * 22)
    old = item(at(2026, 11, 2, 9), at(2026, 11, 2, 10), long_rule[:200])
    with pytest.raises(InvalidPlanItem) as err:
        plan_series_move(old, at(2026, 11, 10), time(8))
    assert err.value.field == "rrule"
