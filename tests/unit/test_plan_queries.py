"""What is on the plan when: pure queries over hand-built items (no database)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from bot.core.clock import COPENHAGEN
from bot.plan.model import Override, PlanItem
from bot.plan.queries import now_and_next, occurrences_between, on, today, tomorrow


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


def item(
    start: datetime,
    end: datetime,
    *,
    id: int = 1,
    rrule: str | None = None,
    exdates: tuple[datetime, ...] = (),
    overrides: tuple[Override, ...] = (),
    citizen: str = "anna",
) -> PlanItem:
    return PlanItem(
        id=id,
        citizen_id=citizen,
        title=f"punkt {id}",
        start=start,
        end=end,
        place=None,
        who=None,
        note=None,
        rrule=rrule,
        exdates=exdates,
        overrides=overrides,
        remind_before_minutes=None,
        created_by="anna",
        updated_at=start,
    )


def starts(occurrences: list) -> list[datetime]:  # type: ignore[type-arg]
    return [o.start for o in occurrences]


def test_item_across_midnight_is_now_at_half_past_twelve() -> None:
    late = item(at(2026, 11, 5, 23), at(2026, 11, 6, 1))
    early = item(at(2026, 11, 6, 8), at(2026, 11, 6, 9), id=2)
    current, upcoming = now_and_next([late, early], "anna", at(2026, 11, 6, 0, 30))
    assert current is not None and current.item.id == 1
    assert upcoming is not None and upcoming.item.id == 2
    # It belongs to both days it touches.
    assert [o.item.id for o in on([late, early], "anna", date(2026, 11, 6))] == [1, 2]
    assert [o.item.id for o in on([late, early], "anna", date(2026, 11, 5))] == [1]


def test_daily_repeat_across_midnight_keeps_wall_clock_end_over_dst() -> None:
    nightly = item(at(2027, 3, 20, 23), at(2027, 3, 21, 1), rrule="FREQ=DAILY")
    (occ,) = [o for o in on([nightly], "anna", date(2027, 3, 27)) if o.start.day == 27]
    assert (occ.start, occ.end) == (at(2027, 3, 27, 23), at(2027, 3, 28, 1))
    current, _ = now_and_next([nightly], "anna", at(2027, 3, 28, 0, 30))
    assert current is not None and current.start == at(2027, 3, 27, 23)


def test_spring_gap_moves_0230_to_0330_like_the_reminders() -> None:
    daily = item(at(2027, 3, 25, 2, 30), at(2027, 3, 25, 3), rrule="FREQ=DAILY")
    found = starts(occurrences_between([daily], "anna", at(2027, 3, 27), at(2027, 3, 30)))
    assert [(w.day, w.hour, w.minute) for w in found] == [(27, 2, 30), (28, 3, 30), (29, 2, 30)]
    gap_day = found[1]
    assert gap_day.utcoffset() == timedelta(hours=2)
    (occ,) = on([daily], "anna", date(2027, 3, 28))
    assert occ.end - occ.start == timedelta(minutes=30)  # the length survives the jump


def test_autumn_doubled_hour_happens_once_in_its_first_pass() -> None:
    daily = item(at(2026, 10, 20, 2, 30), at(2026, 10, 20, 3), rrule="FREQ=DAILY")
    (occ,) = on([daily], "anna", date(2026, 10, 25))
    assert (occ.start.hour, occ.start.minute, occ.start.fold) == (2, 30, 0)
    assert occ.start.utcoffset() == timedelta(hours=2)


def test_daily_ten_oclock_stays_at_ten_across_both_changes() -> None:
    daily = item(at(2026, 10, 1, 10), at(2026, 10, 1, 11), rrule="FREQ=DAILY")
    found = occurrences_between([daily], "anna", at(2026, 10, 1), at(2027, 10, 1))
    assert len(found) == 365
    assert {(o.start.hour, o.end.hour) for o in found} == {(10, 11)}


def test_exdates_and_overrides_apply_and_a_moved_one_shows_on_its_new_day() -> None:
    weekly = item(
        at(2026, 11, 2, 10),
        at(2026, 11, 2, 11),
        rrule="FREQ=WEEKLY;BYDAY=MO,WE",
        exdates=(at(2026, 11, 4, 10),),
        overrides=(Override(at(2026, 11, 9, 10), at(2026, 11, 10, 14), at(2026, 11, 10, 15)),),
    )
    found = occurrences_between([weekly], "anna", at(2026, 11, 2), at(2026, 11, 12))
    assert starts(found) == [at(2026, 11, 2, 10), at(2026, 11, 10, 14), at(2026, 11, 11, 10)]
    assert found[1].original_start == at(2026, 11, 9, 10)
    assert on([weekly], "anna", date(2026, 11, 9)) == []


def test_today_tomorrow_and_other_citizens_items() -> None:
    mine = item(at(2026, 11, 6, 9), at(2026, 11, 6, 10), rrule="FREQ=DAILY")
    theirs = item(at(2026, 11, 6, 9), at(2026, 11, 6, 10), id=2, citizen="bo")
    now = at(2026, 11, 6, 12)
    assert [o.item.id for o in today([mine, theirs], "anna", now)] == [1]
    assert starts(tomorrow([mine, theirs], "anna", now)) == [at(2026, 11, 7, 9)]


def test_all_day_item_is_midnight_to_midnight_on_a_23_hour_day() -> None:
    whole = item(at(2027, 3, 21), at(2027, 3, 22), rrule="FREQ=WEEKLY")
    (occ,) = on([whole], "anna", date(2027, 3, 28))
    assert (occ.start, occ.end) == (at(2027, 3, 28), at(2027, 3, 29))
    # Same-zone subtraction in Python is wall time; the real length is 23 hours.
    assert occ.end.astimezone(timezone.utc) - occ.start.astimezone(timezone.utc) == timedelta(
        hours=23
    )


def test_now_and_next_empty_and_far_ahead() -> None:
    assert now_and_next([], "anna", at(2026, 11, 6)) == (None, None)
    later = item(at(2026, 12, 24, 18), at(2026, 12, 24, 22))
    current, upcoming = now_and_next([later], "anna", at(2026, 11, 6))
    assert current is None and upcoming is not None and upcoming.start == at(2026, 12, 24, 18)


def test_now_and_next_with_two_items_at_once_prefers_the_latest_started() -> None:
    long = item(at(2026, 11, 6, 9), at(2026, 11, 6, 12))
    visit = item(at(2026, 11, 6, 10), at(2026, 11, 6, 10, 30), id=2)
    current, upcoming = now_and_next([long, visit], "anna", at(2026, 11, 6, 10, 15))
    assert current is not None and current.item.id == 2 and upcoming is None


def test_count_and_until_end_the_series() -> None:
    counted = item(at(2026, 11, 2, 8), at(2026, 11, 2, 9), rrule="FREQ=DAILY;COUNT=3")
    until = item(
        at(2026, 11, 2, 8), at(2026, 11, 2, 9), id=2, rrule="FREQ=DAILY;UNTIL=20261103T235959"
    )
    assert len(occurrences_between([counted], "anna", at(2026, 11, 1), at(2026, 12, 1))) == 3
    assert len(occurrences_between([until], "anna", at(2026, 11, 1), at(2026, 12, 1))) == 2


def test_now_in_the_doubled_autumn_hour_is_compared_as_an_instant() -> None:
    # 25 October 2026: 02:00-03:00 comes twice. An item in the first pass is over when
    # the clock shows 02:15 the second time, though the wall clock says 02:00-02:30.
    first_pass = at(2026, 10, 25, 2, 0)
    items = [
        item(first_pass, first_pass + timedelta(minutes=30)),
        item(at(2026, 10, 25, 9), at(2026, 10, 25, 10), id=2),
    ]
    second_pass = datetime(2026, 10, 25, 2, 15, tzinfo=COPENHAGEN, fold=1)
    assert second_pass.utcoffset() == timedelta(hours=1)
    current, upcoming = now_and_next(items, "anna", second_pass)
    assert current is None
    assert upcoming is not None and upcoming.item.id == 2
    current, _ = now_and_next(items, "anna", at(2026, 10, 25, 2, 15))  # the first pass
    assert current is not None and current.item.id == 1
