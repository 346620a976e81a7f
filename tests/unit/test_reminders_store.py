"""The reminder store against both SQLite (a temp file) and the real PostgreSQL."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.core.clock import COPENHAGEN
from bot.reminders.model import (
    DoseState,
    DoseStateError,
    InvalidReminder,
    ReminderKind,
    ReminderNotFound,
)
from bot.reminders.store import ReminderStore
from testkit.support import ManualClock

START = datetime(2026, 10, 23, 12, 0, tzinfo=COPENHAGEN)


def at(day: int, hour: int, minute: int = 0, month: int = 10, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def store(db_url: str, clock: ManualClock) -> Iterator[ReminderStore]:
    s = ReminderStore(db_url, clock)
    s.create_schema()
    yield s
    s.dispose()


def counts(store: ReminderStore) -> tuple[int, int]:
    engine = sa.create_engine(store.url, future=True)
    with engine.connect() as conn:
        r = conn.execute(sa.text("SELECT count(*) FROM reminders")).scalar_one()
        d = conn.execute(sa.text("SELECT count(*) FROM doses")).scalar_one()
    engine.dispose()
    return int(r), int(d)


def test_add_creates_reminder_and_first_pending_dose(store: ReminderStore) -> None:
    r = store.add("anna", "  Tag   Panodil ", at(24, 8), medicine="Panodil", contact="Datter")
    assert r.text == "Tag Panodil"  # whitespace folded: it is read aloud and exported
    assert r.active and r.rrule is None and r.channel == "rest"
    assert r.first_due == at(24, 8) and r.first_due.tzinfo is not None
    (dose,) = store.doses("anna")
    assert dose.reminder_id == r.id and dose.state is DoseState.PENDING
    assert dose.due_at == at(24, 8) == dose.next_attempt_at and dose.attempts == 0
    assert store.get("anna", r.id) == r
    assert store.reminders("anna") == [r]


def test_times_come_back_in_copenhagen_whatever_zone_went_in(store: ReminderStore) -> None:
    from datetime import timezone

    r = store.add("anna", "Panodil", datetime(2026, 10, 24, 6, 0, tzinfo=timezone.utc))
    assert r.first_due.utcoffset() == timedelta(hours=2)
    assert (r.first_due.hour, r.first_due.tzinfo) == (8, COPENHAGEN)


def test_list_between_includes_planned_repeats(store: ReminderStore) -> None:
    daily = store.add("anna", "Morgenpiller", at(24, 8), rrule="RRULE:FREQ=DAILY")
    once = store.add("anna", "Øjendråber", at(25, 20))
    store.add("anna", "Senere", at(30, 9))
    found = store.list_between("anna", at(24, 0), at(27, 0))
    assert [(o.reminder.id, o.due_at) for o in found] == [
        (daily.id, at(24, 8)),
        (daily.id, at(25, 8)),
        (once.id, at(25, 20)),
        (daily.id, at(26, 8)),
    ]
    assert found[0].dose is not None and found[1].dose is None  # only the next is stored


def test_change_time_moves_a_one_off(store: ReminderStore) -> None:
    r = store.add("anna", "Panodil", at(24, 8))
    store.change_time("anna", r.id, at(24, 9, 30))
    (dose,) = store.doses("anna")
    assert dose.due_at == at(24, 9, 30) == dose.next_attempt_at
    with pytest.raises(InvalidReminder):
        store.change_time("anna", r.id, at(22, 9))  # past


def test_change_time_moves_the_rule_of_a_repeating_reminder(store: ReminderStore) -> None:
    r = store.add("anna", "Panodil", at(24, 8), rrule="FREQ=DAILY;BYHOUR=8;BYMINUTE=0")
    moved = store.change_time("anna", r.id, at(24, 9, 15))
    assert moved.rrule == "FREQ=DAILY;BYHOUR=9;BYMINUTE=15"
    first = store.doses("anna")[0]
    store.mark("anna", first.id, "taken")
    assert store.doses("anna")[-1].due_at == at(25, 9, 15)


def test_cancel_stops_the_reminder_and_its_dose(store: ReminderStore, clock: ManualClock) -> None:
    r = store.add("anna", "Panodil", at(24, 8), rrule="FREQ=DAILY")
    cancelled = store.cancel("anna", r.id)
    assert not cancelled.active
    assert [d.state for d in store.doses("anna")] == [DoseState.CANCELLED]
    assert store.reminders("anna") == [] and store.reminders("anna", include_inactive=True)
    assert store.due(at(30, 0), 10) == []
    with pytest.raises(DoseStateError):
        store.change_time("anna", r.id, at(25, 8))


def test_cancel_one_occurrence_keeps_the_rule(store: ReminderStore) -> None:
    store.add("anna", "Panodil", at(24, 8), rrule="FREQ=DAILY")
    first = store.doses("anna")[0]
    store.cancel_dose("anna", first.id)
    states = [(d.due_at, d.state) for d in store.doses("anna")]
    assert states == [(at(24, 8), DoseState.CANCELLED), (at(25, 8), DoseState.PENDING)]
    with pytest.raises(DoseStateError):
        store.cancel_dose("anna", first.id)


def test_cancel_all_counts_and_touches_only_that_citizen(store: ReminderStore) -> None:
    for text in ("Panodil", "Magnyl"):
        store.add("anna", text, at(24, 8))
        store.add("bo", text, at(24, 8))
    assert store.cancel_all("anna") == 2
    assert store.cancel_all("anna") == 0
    assert store.reminders("anna") == [] and len(store.reminders("bo")) == 2
    assert {d.state for d in store.doses("bo")} == {DoseState.PENDING}


def _deliver(store: ReminderStore, now: datetime) -> None:
    """What the scheduler does at `now`: claim every due dose."""
    for dose, _ in store.due(now, 100):
        assert store.claim(dose, now, now + timedelta(minutes=10)) is not None


def test_snooze_latest_asked_dose(store: ReminderStore, clock: ManualClock) -> None:
    store.add("anna", "Panodil", at(23, 12, 5))
    clock.current = at(23, 12, 5)
    _deliver(store, clock.current)
    snoozed = store.snooze("anna", None, 15)
    assert snoozed.state is DoseState.PENDING and snoozed.snoozed
    assert snoozed.next_attempt_at == at(23, 12, 20) and snoozed.attempts == 1
    for bad in (0, 241, -5):
        with pytest.raises(InvalidReminder):
            store.snooze("anna", snoozed.id, bad)
    store.mark("anna", snoozed.id, "taken")
    with pytest.raises(ReminderNotFound):
        store.snooze("anna", None, 10)  # nothing asked any more


def test_mark_taken_skipped_and_refusals(store: ReminderStore, clock: ManualClock) -> None:
    store.add("anna", "Panodil", at(23, 12, 5))
    with pytest.raises(ReminderNotFound):
        store.mark("anna", None, "taken")  # nothing asked yet
    clock.current = at(23, 12, 5)
    _deliver(store, clock.current)
    clock.advance(timedelta(minutes=3))
    dose = store.mark("anna", None, DoseState.TAKEN)
    assert dose.state is DoseState.TAKEN and dose.answered_at == at(23, 12, 8)
    assert dose.next_attempt_at is None
    with pytest.raises(DoseStateError):
        store.mark("anna", dose.id, "skipped")
    with pytest.raises(InvalidReminder):
        store.mark("anna", dose.id, "missed")
    with pytest.raises(ValueError):
        store.mark("anna", dose.id, "glemt")


def test_answer_creates_next_occurrence(store: ReminderStore) -> None:
    r = store.add("anna", "Panodil", at(24, 8), rrule="FREQ=DAILY;COUNT=2")
    store.mark("anna", store.doses("anna")[0].id, "skipped")
    second = store.doses("anna")[-1]
    assert (second.due_at, second.state) == (at(25, 8), DoseState.PENDING)
    store.mark("anna", second.id, "taken")
    assert len(store.doses("anna")) == 2  # COUNT reached
    assert not store.get("anna", r.id).active


@pytest.mark.parametrize(
    "first",
    [at(24, 8), at(27, 8, month=3, year=2027)],
    ids=["2026-10-25 winter time", "2027-03-28 summer time"],
)
def test_daily_0800_stays_0800_across_dst(
    store: ReminderStore, clock: ManualClock, first: datetime
) -> None:
    clock.current = first - timedelta(days=1)
    store.add("anna", "Panodil", first, rrule="FREQ=DAILY")
    for _ in range(3):
        store.mark("anna", store.doses("anna")[-1].id, "taken")
    dues = [d.due_at for d in store.doses("anna")]
    assert [(d.day, d.hour, d.minute) for d in dues] == [(first.day + i, 8, 0) for i in range(4)]
    offsets = {d.utcoffset() for d in dues}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}  # the change was crossed


def test_two_citizens_never_see_or_change_each_other(
    store: ReminderStore, clock: ManualClock
) -> None:
    a = store.add("anna", "Panodil", at(23, 12, 5), rrule="FREQ=DAILY")
    b = store.add("bo", "Panodil", at(23, 12, 5), rrule="FREQ=DAILY")
    a_dose, b_dose = store.doses("anna")[0], store.doses("bo")[0]
    assert [r.id for r in store.reminders("anna")] == [a.id]
    assert [d.id for d in store.doses("bo")] == [b_dose.id]
    attempts = [
        lambda: store.get("anna", b.id),
        lambda: store.get_dose("anna", b_dose.id),
        lambda: store.change_time("anna", b.id, at(24, 9)),
        lambda: store.cancel("anna", b.id),
        lambda: store.cancel_dose("anna", b_dose.id),
        lambda: store.mark("anna", b_dose.id, "taken"),
        lambda: store.snooze("anna", b_dose.id, 10),
    ]
    for attempt in attempts:
        with pytest.raises(ReminderNotFound):
            attempt()
    clock.current = at(23, 12, 5)
    _deliver(store, clock.current)
    store.mark("anna", None, "taken")  # "latest asked" is anna's, not bo's
    assert store.get_dose("bo", b_dose.id).state is DoseState.ASKED
    assert store.get_dose("anna", a_dose.id).state is DoseState.TAKEN
    assert store.get("bo", b.id).first_due == at(23, 12, 5)
    assert len(store.adherence("bo")) == 0 and len(store.adherence("anna")) == 1
    assert "bo" not in store.export_csv("anna")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "x" * 201}, "text"),
        ({"medicine": "m" * 101}, "medicine"),
        ({"first_due": datetime(2026, 10, 24, 8, 0)}, "first_due"),
        ({"first_due": at(23, 11)}, "first_due"),
        ({"first_due": at(1, 8, year=2040)}, "first_due"),
        ({"rrule": "FREQ=SOMETIMES"}, "rrule"),
        ({"rrule": "FREQ=DAILY;BYHOUR=25"}, "rrule"),
        ({"rrule": "FREQ=MINUTELY"}, "rrule"),
        ({"rrule": "DTSTART:20260101T000000\nRRULE:FREQ=DAILY"}, "rrule"),
        ({"citizen_id": ""}, "citizen_id"),
        ({"citizen_id": "c" * 129}, "citizen_id"),
        ({"channel": "Rest Channel"}, "channel"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    store: ReminderStore, kwargs: dict[str, object], field: str
) -> None:
    args: dict[str, object] = {"citizen_id": "anna", "text": "Panodil", "first_due": at(24, 8)}
    args.update(kwargs)
    with pytest.raises(InvalidReminder) as err:
        store.add(**args)  # type: ignore[arg-type]
    assert isinstance(err.value, ValueError) and err.value.field == field
    assert counts(store) == (0, 0)


def test_200_characters_is_still_fine(store: ReminderStore) -> None:
    store.add("anna", "x" * 200, at(24, 8), rrule="FREQ=WEEKLY;BYDAY=MO,TH")
    assert counts(store) == (1, 1)


def test_claim_is_won_once(store: ReminderStore, clock: ManualClock) -> None:
    store.add("anna", "Panodil", at(23, 12, 5))
    now = at(23, 12, 5)
    ((dose, reminder),) = store.due(now, 10)
    assert reminder.citizen_id == "anna"
    assert store.due(now - timedelta(seconds=1), 10) == []
    first = store.claim(dose, now, now + timedelta(minutes=10))
    assert first is not None and first.state is DoseState.ASKED and first.attempts == 1
    assert store.claim(dose, now, now + timedelta(minutes=10)) is None  # stale read loses
    assert store.next_due_at() == now + timedelta(minutes=10)


def test_export_csv(store: ReminderStore, clock: ManualClock) -> None:
    store.add("anna", "=Panodil", at(23, 12, 5), medicine=None, rrule="FREQ=DAILY")
    store.add("anna", "Tag blodtrykspiller", at(23, 12, 5), medicine="Losartan")
    clock.current = at(23, 12, 5)
    _deliver(store, clock.current)
    doses = store.doses("anna")
    clock.current = at(23, 12, 9)
    store.mark("anna", doses[0].id, "taken")
    missed, _ = next((d, r) for d, r in store.due(at(23, 13, 5), 10) if d.id == doses[1].id)
    assert store.miss(missed, at(23, 13, 6)) is not None
    rows = list(csv.reader(io.StringIO(store.export_csv("anna")), delimiter=";"))
    assert rows[0] == ["citizen", "reminder", "medicine", "due", "outcome", "answered_at"]
    body = sorted(rows[1:], key=lambda r: r[4])
    assert body == [
        ["anna", str(doses[1].reminder_id), "Losartan", "2026-10-23 12:05+02:00", "missed", ""],
        ["anna", str(doses[0].reminder_id), "'=Panodil", "2026-10-23 12:05+02:00", "taken",
         "2026-10-23 12:09+02:00"],
    ]  # fmt: skip
    assert store.export_csv("anna", since=at(24, 0)).count("\n") == 1  # header only


def test_a_database_from_before_timers_is_upgraded(db_url: str, clock: ManualClock) -> None:
    old = ReminderStore(db_url, clock)
    old.create_schema()
    kept = old.add("anna", "Panodil", at(24, 8), medicine="Panodil")
    engine = sa.create_engine(old.url, future=True)
    with engine.begin() as conn:  # as the table was before reminders had a kind
        conn.execute(sa.text("ALTER TABLE reminders DROP COLUMN kind"))
    engine.dispose()
    old.dispose()
    store = ReminderStore(db_url, clock)
    store.create_schema()
    store.create_schema()  # twice: the upgrade is idempotent
    try:
        assert store.get("anna", kept.id).kind is ReminderKind.REMINDER
        timer = store.add(
            "anna", "nedtællingen på 5 minutter", at(23, 12, 5), kind=ReminderKind.TIMER
        )
        assert store.get("anna", timer.id).kind is ReminderKind.TIMER
        ringing = store.ringing("anna", (ReminderKind.TIMER,))
        assert [o.reminder.id for o in ringing] == [timer.id]
    finally:
        store.dispose()
