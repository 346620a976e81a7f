"""The day plan store against both SQLite (a temp file) and the real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone

import pytest
import sqlalchemy as sa

from bot.core.clock import COPENHAGEN
from bot.plan.model import InvalidPlanItem, PlanItemNotFound
from bot.plan.queries import day_bounds, occurrences_between, on, today
from bot.plan.schema import plan_items
from bot.plan.store import PlanStore
from testkit.support import ManualClock

START = datetime(2026, 10, 23, 12, 0, tzinfo=COPENHAGEN)  # a Friday


def at(day: int, hour: int, minute: int = 0, month: int = 10, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def store(db_url: str, clock: ManualClock) -> Iterator[PlanStore]:
    s = PlanStore(db_url, clock)
    s.create_schema()
    yield s
    s.dispose()


def weekly(store: PlanStore, acting: str = "anna") -> int:
    """Physiotherapy Mondays and Wednesdays 10-11 from Monday 26 October."""
    item = store.add(
        "anna",
        "Fysioterapi",
        at(26, 10),
        at(26, 11),
        acting=acting,
        rrule="FREQ=WEEKLY;BYDAY=MO,WE",
        who="fysioterapeuten",
    )
    return item.id


def test_add_stores_and_returns_copenhagen_times(store: PlanStore) -> None:
    item = store.add(
        "anna",
        "  Tandlæge   hos Jensen ",
        datetime(2026, 10, 26, 9, 0, tzinfo=timezone.utc),
        datetime(2026, 10, 26, 10, 0, tzinfo=timezone.utc),
        acting="staff-17",
        place="Torvet 3",
        note="Husk sygesikringskort\nTag bus 5",
        remind_before_minutes=60,
    )
    assert item.title == "Tandlæge hos Jensen"
    assert (item.start, item.end) == (at(26, 10), at(26, 11))
    assert item.start.tzinfo is COPENHAGEN
    assert item.note == "Husk sygesikringskort\nTag bus 5"  # line breaks kept in notes
    assert item.created_by == "staff-17" and item.remind_before_minutes == 60
    assert store.get("anna", item.id) == item
    assert store.items("anna") == [item]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"title": "  "}, "title"),
        ({"title": "x" * 121}, "title"),
        ({"end": at(26, 9)}, "end"),
        ({"end": at(26, 10)}, "end"),
        ({"start": at(22, 10), "end": at(22, 11)}, "end"),
        ({"start": datetime(2026, 10, 26, 10), "end": datetime(2026, 10, 26, 11)}, "start"),
        ({"rrule": "FREQ=HOURLY"}, "rrule"),
        ({"rrule": "FREQ=MINUTELY"}, "rrule"),
        ({"rrule": "FREQ=DAILY;BYHOUR=8,20"}, "rrule"),
        ({"rrule": "FREQ=SOMETIMES"}, "rrule"),
        ({"rrule": "FREQ=DAILY;UNTIL=20261001T000000"}, "rrule"),
        ({"note": "n" * 501}, "note"),
        ({"remind_before_minutes": -5}, "remind_before_minutes"),
        ({"acting": ""}, "acting"),
    ],
)
def test_add_refuses_bad_input_and_stores_nothing(
    store: PlanStore, kwargs: dict[str, object], field: str
) -> None:
    args: dict[str, object] = {
        "title": "Frisør",
        "start": at(26, 10),
        "end": at(26, 11),
        "acting": "anna",
    }
    args.update(kwargs)
    with pytest.raises(InvalidPlanItem) as err:
        store.add("anna", **args)  # type: ignore[arg-type]
    assert err.value.field == field
    assert store.items("anna") == [] and store.audit("anna") == []


def test_a_minute_ago_is_still_accepted(store: PlanStore) -> None:
    item = store.add(
        "anna", "Nu", START - timedelta(minutes=5), START - timedelta(seconds=30), acting="anna"
    )
    assert item.end < START


def test_repeat_starts_on_its_first_occurrence(store: PlanStore) -> None:
    # Asked on Friday for "Mondays and Wednesdays from today": the first is Monday.
    item = store.add(
        "anna", "Gåtur", at(23, 14), at(23, 15), acting="anna", rrule="freq=weekly;byday=MO,WE"
    )
    assert item.rrule == "FREQ=WEEKLY;BYDAY=MO,WE"
    assert (item.start, item.end) == (at(26, 14), at(26, 15))


def test_other_citizens_items_look_missing(store: PlanStore) -> None:
    item_id = weekly(store)
    with pytest.raises(PlanItemNotFound):
        store.get("bo", item_id)
    with pytest.raises(PlanItemNotFound):
        store.delete("bo", item_id, acting="bo")
    with pytest.raises(PlanItemNotFound):
        store.move_occurrence("bo", item_id, date(2026, 10, 26), at(26, 12), acting="bo")
    with pytest.raises(PlanItemNotFound):
        store.move_series("bo", item_id, time(12), acting="bo")
    assert store.items("bo") == [] and store.overlaps("bo", at(26, 0), at(27, 0)) == []
    assert len(today(store, "anna", at(26, 8))) == 1
    assert [a.action for a in store.audit("anna")] == ["add"] and store.audit("bo") == []


def test_delete_one_occurrence_is_an_exdate(store: PlanStore) -> None:
    item_id = weekly(store)
    item = store.delete("anna", item_id, acting="min datter", on=date(2026, 10, 28))
    assert item.exdates == (at(28, 10),)
    assert on(store, "anna", date(2026, 10, 28)) == []
    assert len(on(store, "anna", date(2026, 11, 2))) == 1
    with pytest.raises(PlanItemNotFound):  # Tuesday has no occurrence
        store.delete("anna", item_id, acting="anna", on=date(2026, 10, 27))


def test_delete_all_and_a_one_off(store: PlanStore) -> None:
    item_id = weekly(store)
    one = store.add("anna", "Frisør", at(27, 9), at(27, 10), acting="anna")
    with pytest.raises(PlanItemNotFound):
        store.delete("anna", one.id, acting="anna", on=date(2026, 10, 28))
    store.delete("anna", one.id, acting="anna", on=date(2026, 10, 27))
    store.delete("anna", item_id, acting="staff-2")
    assert store.items("anna") == []
    with pytest.raises(PlanItemNotFound):
        store.get("anna", item_id)
    assert [(a.item_id, a.action, a.acting) for a in store.audit("anna")][-2:] == [
        (one.id, "delete", "anna"),
        (item_id, "delete", "staff-2"),
    ]


def test_move_one_off_keeps_its_length(store: PlanStore) -> None:
    one = store.add("anna", "Frisør", at(27, 9), at(27, 10, 30), acting="anna")
    moved = store.move("anna", one.id, at(28, 13), acting="staff-5")
    assert (moved.start, moved.end) == (at(28, 13), at(28, 14, 30))
    with pytest.raises(InvalidPlanItem):
        store.move("anna", one.id, at(20, 13), acting="anna")  # into the past
    with pytest.raises(InvalidPlanItem) as err:
        store.move("anna", weekly(store), at(28, 13), acting="anna")
    assert err.value.field == "rrule"


def test_move_one_occurrence_is_an_override(store: PlanStore) -> None:
    item_id = weekly(store)
    occ = store.move_occurrence(
        "anna", item_id, date(2026, 11, 2), at(3, 14, month=11), acting="fysioterapeuten"
    )
    assert (occ.start, occ.end, occ.original_start) == (
        at(3, 14, month=11),
        at(3, 15, month=11),
        at(2, 10, month=11),
    )
    assert on(store, "anna", date(2026, 11, 2)) == []
    (shown,) = on(store, "anna", date(2026, 11, 3))
    assert shown.start == at(3, 14, month=11)
    # Named by its new day or by the day the rule put it on: moving it back undoes it.
    store.move_occurrence("anna", item_id, date(2026, 11, 3), at(2, 10, month=11), acting="anna")
    assert store.get("anna", item_id).overrides == ()
    assert on(store, "anna", date(2026, 11, 2))[0].start == at(2, 10, month=11)


def test_move_series_changes_time_of_day_and_keeps_removed_days(store: PlanStore) -> None:
    item_id = weekly(store)
    store.delete("anna", item_id, acting="anna", on=date(2026, 11, 4))
    store.move_occurrence("anna", item_id, date(2026, 11, 9), at(9, 8, month=11), acting="anna")
    item = store.move_series(
        "anna", item_id, time(13, 30), acting="staff-3", duration=timedelta(minutes=45)
    )
    assert (item.start, item.end) == (at(26, 13, 30), at(26, 14, 15))
    assert item.exdates == (at(4, 13, 30, month=11),)
    assert item.overrides == ()  # a future one-off move follows the series again
    assert on(store, "anna", date(2026, 11, 4)) == []
    (occ,) = on(store, "anna", date(2026, 11, 9))
    assert (occ.start, occ.end) == (at(9, 13, 30, month=11), at(9, 14, 15, month=11))
    with pytest.raises(InvalidPlanItem):
        store.move_series(
            "anna",
            store.add("anna", "X", at(27, 9), at(27, 10), acting="anna").id,
            time(8),
            acting="anna",
        )


def test_overlaps_warns_and_can_ignore_the_item_being_moved(store: PlanStore) -> None:
    item_id = weekly(store)
    one = store.add("anna", "Frisør", at(28, 10, 30), at(28, 11, 30), acting="anna")
    found = store.overlaps("anna", at(28, 10, 45), at(28, 11, 15))
    assert {o.item.id for o in found} == {item_id, one.id}
    assert [
        o.item.id for o in store.overlaps("anna", at(28, 11), at(28, 12), ignore_item=one.id)
    ] == []
    assert [o.item.id for o in store.overlaps("anna", at(28, 11), at(28, 12))] == [one.id]


def test_every_change_is_audited_with_who_did_it(store: PlanStore, clock: ManualClock) -> None:
    item_id = weekly(store, acting="staff-9")
    clock.advance(timedelta(minutes=5))
    store.delete("anna", item_id, acting="min datter", on=date(2026, 10, 28))
    store.move_occurrence("anna", item_id, date(2026, 11, 2), at(2, 12, month=11), acting="anna")
    store.move_series("anna", item_id, time(9), acting="staff-9")
    entries = store.audit("anna")
    assert [(e.action, e.acting) for e in entries] == [
        ("add", "staff-9"),
        ("delete_occurrence", "min datter"),
        ("move_occurrence", "anna"),
        ("move_series", "staff-9"),
    ]
    assert entries[1].at == START + timedelta(minutes=5) and entries[0].item_id == item_id
    assert store.get("anna", item_id).updated_at == START + timedelta(minutes=5)


def test_items_for_skips_one_offs_outside_the_window(store: PlanStore) -> None:
    weekly(store)
    store.add("anna", "Frisør", at(27, 9), at(27, 10), acting="anna")
    assert [i.title for i in store.items_for("anna", at(29, 0), at(30, 0))] == ["Fysioterapi"]
    assert len(store.items_for("anna", at(27, 0), at(28, 0))) == 2


# ---- UIDs -------------------------------------------------------------------------


def test_items_made_here_get_their_own_uid(store: PlanStore) -> None:
    one = store.add("anna", "Frisør", at(27, 9), at(27, 10), acting="anna")
    two = store.add("anna", "Frisør", at(28, 9), at(28, 10), acting="anna")
    assert one.uid and two.uid and one.uid != two.uid
    assert one.uid.endswith("@velfaerdsassistenten")
    assert store.get("anna", one.id).uid == one.uid


def test_a_plan_database_from_before_uids_is_brought_up_to_date(db_url: str) -> None:
    old = sa.MetaData()
    sa.Table(
        "plan_items",
        old,
        *[
            sa.Column(c.name, c.type, primary_key=c.primary_key)
            for c in plan_items.c
            if c.name != "uid"
        ],
    )
    engine = sa.create_engine(db_url, future=True)
    old.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO plan_items (citizen_id, title, starts_at, ends_at, created_by, updated_at)"
                " VALUES ('anna', 'Frisør', '2026-10-27 08:00:00', '2026-10-27 09:00:00', 'anna',"
                " '2026-10-23 10:00:00')"
            )
        )
    engine.dispose()
    store = PlanStore(db_url, ManualClock(START))
    store.create_schema()
    store.create_schema()  # twice is harmless
    (item,) = store.items("anna")
    assert item.uid == f"{item.id}@velfaerdsassistenten" and item.start == at(27, 9)
    assert store.add("anna", "Ny", at(28, 9), at(28, 10), acting="anna").uid != item.uid
    store.dispose()


# ---- moving a series from a day on --------------------------------------------------


def occurrences(store: PlanStore, first: date, last: date) -> list[tuple[int, datetime]]:
    found = occurrences_between(store, "anna", day_bounds(first)[0], day_bounds(last)[1])
    return [(o.item.id, o.start) for o in found]


def test_move_series_keeps_what_already_happened(store: PlanStore, clock: ManualClock) -> None:
    item_id = weekly(store)
    store.delete("anna", item_id, acting="anna", on=date(2026, 10, 28))  # before: stays
    store.delete("anna", item_id, acting="anna", on=date(2026, 11, 9))  # after: follows
    store.move_occurrence("anna", item_id, date(2026, 11, 2), at(2, 9, month=11), acting="anna")
    store.move_occurrence("anna", item_id, date(2026, 11, 11), at(12, 9, month=11), acting="a")
    clock.current = at(4, 8, month=11)  # Wednesday 4 November, before that day's session
    new = store.move_series("anna", item_id, time(13, 30), acting="staff-3")
    old = store.get("anna", item_id)
    assert new.id != item_id and new.uid != old.uid and new.created_by == "staff-3"
    assert old.rrule == "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261102T090000Z"
    assert old.exdates == (at(28, 10),) and [o.original_start for o in old.overrides] == [
        at(2, 10, month=11)
    ]
    assert (new.start, new.end, new.rrule) == (
        at(4, 13, 30, month=11),
        at(4, 14, 30, month=11),
        "FREQ=WEEKLY;BYDAY=MO,WE",
    )
    assert (new.title, new.who) == ("Fysioterapi", "fysioterapeuten")
    assert new.exdates == (at(9, 13, 30, month=11),) and new.overrides == ()
    assert occurrences(store, date(2026, 10, 26), date(2026, 11, 16)) == [
        (item_id, at(26, 10)),
        (item_id, at(2, 9, month=11)),  # moved by itself, in the past: as it was
        (new.id, at(4, 13, 30, month=11)),
        (new.id, at(11, 13, 30, month=11)),  # its one-off move gives way to the series
        (new.id, at(16, 13, 30, month=11)),
    ]
    assert [(a.item_id, a.action, a.acting) for a in store.audit("anna")][-2:] == [
        (item_id, "end_series", "staff-3"),
        (new.id, "move_series", "staff-3"),
    ]


def test_move_series_from_a_later_day(store: PlanStore) -> None:
    item_id = weekly(store)  # from Monday 26 October; today is Friday 23 October
    new = store.move_series(
        "anna",
        item_id,
        time(8),
        acting="anna",
        from_day=date(2026, 11, 10),
        duration=timedelta(minutes=30),
    )
    assert occurrences(store, date(2026, 11, 2), date(2026, 11, 16)) == [
        (item_id, at(2, 10, month=11)),
        (item_id, at(4, 10, month=11)),
        (item_id, at(9, 10, month=11)),
        (new.id, at(11, 8, month=11)),
        (new.id, at(16, 8, month=11)),
    ]
    assert new.end == at(11, 8, 30, month=11)


def test_move_series_not_started_moves_the_item_itself(store: PlanStore) -> None:
    item_id = weekly(store)
    moved = store.move_series("anna", item_id, time(9), acting="anna")
    assert moved.id == item_id and [i.id for i in store.items("anna")] == [item_id]
    assert [a.action for a in store.audit("anna")] == ["add", "move_series"]


def test_move_series_today_moves_todays_occurrence_too(
    store: PlanStore, clock: ManualClock
) -> None:
    item_id = weekly(store)
    clock.current = at(28, 7)  # Wednesday morning: today's session is not over
    new = store.move_series("anna", item_id, time(11), acting="anna")
    assert occurrences(store, date(2026, 10, 26), date(2026, 10, 28)) == [
        (item_id, at(26, 10)),
        (new.id, at(28, 11)),
    ]


def test_move_series_keeps_count_and_until(store: PlanStore, clock: ManualClock) -> None:
    counted = store.add(
        "anna", "Bad", at(26, 8), at(26, 9), acting="anna", rrule="FREQ=DAILY;COUNT=6"
    )
    until = store.add(
        "anna",
        "Gåtur",
        at(26, 10, 30),
        at(26, 11),
        acting="anna",
        rrule="FREQ=DAILY;UNTIL=20261031T093000Z",  # the last one is 31 October 10:30
    )
    clock.current = at(28, 12)
    later = store.move_series("anna", counted.id, time(7), acting="anna")
    later_walk = store.move_series("anna", until.id, time(11), acting="anna")
    assert later.rrule == "FREQ=DAILY;COUNT=4"
    assert store.get("anna", counted.id).rrule == "FREQ=DAILY;UNTIL=20261027T070000Z"
    found = occurrences(store, date(2026, 10, 26), date(2026, 11, 10))
    assert [w for i, w in found if i in (counted.id, later.id)] == [
        at(26, 8),
        at(27, 8),
        *[at(d, 7) for d in (28, 29, 30, 31)],
    ]
    assert [w for i, w in found if i in (until.id, later_walk.id)][-1] == at(31, 11)


def test_move_series_refuses_the_past_and_a_finished_series(
    store: PlanStore, clock: ManualClock
) -> None:
    item_id = weekly(store)
    short = store.add(
        "anna", "Kursus", at(26, 14), at(26, 15), acting="anna", rrule="FREQ=DAILY;COUNT=2"
    )
    clock.current = at(4, 9, month=11)
    before = store.items("anna")
    with pytest.raises(InvalidPlanItem) as err:
        store.move_series("anna", item_id, time(9), acting="anna", from_day=date(2026, 11, 3))
    assert err.value.field == "from_day"
    with pytest.raises(InvalidPlanItem) as err:
        store.move_series("anna", short.id, time(9), acting="anna")
    assert err.value.field == "from_day"
    assert store.items("anna") == before
