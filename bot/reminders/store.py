"""The reminder store: every citizen operation takes the citizen id and sees only theirs.

Reads and writes filter on citizen_id as well as the id, so another citizen's reminder
or dose is indistinguishable from one that does not exist (ReminderNotFound). The
scheduler's operations (due, claim, ...) live in the DoseQueue base class.
"""

from __future__ import annotations

import builtins
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.core import recurrence
from bot.core.checks import check_aware, check_citizen, check_text
from bot.core.utc import from_utc_naive, to_utc_naive
from bot.reminders.export import adherence_csv
from bot.reminders.model import (
    ANSWERS,
    MAX_CONTACT_CHARS,
    MAX_MEDICINE_CHARS,
    MAX_TEXT_CHARS,
    OPEN_STATES,
    AdherenceEntry,
    Dose,
    DoseState,
    DoseStateError,
    DueTime,
    InvalidReminder,
    Reminder,
    ReminderKind,
    ReminderNotFound,
    check_channel,
    check_future,
)
from bot.reminders.queue import DoseQueue
from bot.reminders.schema import (
    REMINDER_COLUMNS,
    dose_from_row,
    doses,
    reminder_from_joined,
    reminder_from_row,
    reminders,
)

MAX_SNOOZE_MINUTES = 240
_OPEN = [s.value for s in OPEN_STATES]


class ReminderStore(DoseQueue):
    """ReminderStore(url, clock): SQLite file or PostgreSQL URL; call create_schema() once."""

    # ---- citizen operations -------------------------------------------------------

    def add(
        self,
        citizen_id: str,
        text: str,
        first_due: datetime,
        *,
        medicine: str | None = None,
        rrule: str | None = None,
        channel: str = "rest",
        contact: str | None = None,
        kind: ReminderKind = ReminderKind.REMINDER,
    ) -> Reminder:
        """Store a reminder and its first pending dose together, or raise InvalidReminder."""
        if kind is not ReminderKind.REMINDER and (rrule or contact or medicine):
            raise InvalidReminder("kind", "a timer or wake-up call rings once, for no one else")
        now = self.clock.now()
        values = {
            "citizen_id": check_citizen(citizen_id),
            "text": check_text("text", text, MAX_TEXT_CHARS, required=True),
            "medicine": check_text("medicine", medicine, MAX_MEDICINE_CHARS, required=False),
            "first_due": to_utc_naive(check_future("first_due", first_due, now)),
            "rrule": recurrence.normalise(rrule),
            "active": True,
            "created_at": to_utc_naive(now),
            "channel": check_channel(channel),
            "contact": check_text("contact", contact, MAX_CONTACT_CHARS, required=False),
            "kind": ReminderKind(kind).value,
        }
        with self._tx(write=True) as conn:
            rid = conn.execute(reminders.insert().values(**values)).inserted_primary_key[0]
            self._insert_dose(conn, int(rid), citizen_id, first_due)
            row = conn.execute(reminders.select().where(reminders.c.id == rid)).one()
        return reminder_from_row(row)

    def get(self, citizen_id: str, reminder_id: int) -> Reminder:
        with self._tx() as conn:
            return reminder_from_row(self._reminder_row(conn, citizen_id, reminder_id))

    def get_dose(self, citizen_id: str, dose_id: int) -> Dose:
        with self._tx() as conn:
            return dose_from_row(self._dose_row(conn, citizen_id, dose_id))

    def reminders(
        self, citizen_id: str, *, include_inactive: bool = False
    ) -> builtins.list[Reminder]:
        query = reminders.select().where(reminders.c.citizen_id == check_citizen(citizen_id))
        if not include_inactive:
            query = query.where(reminders.c.active.is_(True))
        with self._tx() as conn:
            rows = conn.execute(query.order_by(reminders.c.first_due, reminders.c.id)).all()
        return [reminder_from_row(r) for r in rows]

    def list_between(
        self, citizen_id: str, start: datetime, end: datetime, limit: int = 200
    ) -> builtins.list[DueTime]:
        """Occurrences in [start, end): stored doses plus planned repeats not yet created."""
        check_citizen(citizen_id)
        check_aware("start", start)
        check_aware("end", end)
        joined = sa.select(doses, *REMINDER_COLUMNS).join(reminders)
        with self._tx() as conn:
            rows = conn.execute(
                joined.where(
                    doses.c.citizen_id == citizen_id,
                    doses.c.due_at >= to_utc_naive(start),
                    doses.c.due_at < to_utc_naive(end),
                    doses.c.state != DoseState.CANCELLED.value,
                )
            ).all()
            latest = conn.execute(
                sa.select(reminders, sa.func.max(doses.c.due_at).label("latest"))
                .join(doses)
                .where(
                    reminders.c.citizen_id == citizen_id,
                    reminders.c.active.is_(True),
                    reminders.c.rrule.isnot(None),
                )
                .group_by(*reminders.c)
            ).all()
        found = [
            DueTime(reminder_from_joined(r), dose_from_row(r).due_at, dose_from_row(r))
            for r in rows
        ]
        for row in latest:
            reminder = reminder_from_row(row)
            after = max(from_utc_naive(row.latest), start - timedelta(microseconds=1))
            assert reminder.rrule is not None
            for when in recurrence.between(reminder.first_due, reminder.rrule, after, end, limit):
                found.append(DueTime(reminder, when, None))
        found.sort(key=lambda o: (o.due_at, o.reminder.id))
        return found[:limit]

    def doses(self, citizen_id: str, reminder_id: int | None = None) -> builtins.list[Dose]:
        query = doses.select().where(doses.c.citizen_id == check_citizen(citizen_id))
        if reminder_id is not None:
            query = query.where(doses.c.reminder_id == reminder_id)
        with self._tx() as conn:
            rows = conn.execute(query.order_by(doses.c.due_at, doses.c.id)).all()
        return [dose_from_row(r) for r in rows]

    def change_time(self, citizen_id: str, reminder_id: int, new_time: datetime) -> Reminder:
        """Move the pending dose to new_time; a repeating rule moves to its time of day."""
        check_future("new_time", new_time, self.clock.now())
        with self._tx(write=True) as conn:
            row = self._reminder_row(conn, citizen_id, reminder_id)
            if not row.active:
                raise DoseStateError("the reminder is cancelled or finished")
            moved = conn.execute(
                doses.update()
                .where(
                    doses.c.reminder_id == reminder_id,
                    doses.c.citizen_id == citizen_id,
                    doses.c.state == DoseState.PENDING.value,
                )
                .values(
                    due_at=to_utc_naive(new_time),
                    next_attempt_at=to_utc_naive(new_time),
                    snoozed=False,
                )
            ).rowcount
            if row.rrule is not None:
                conn.execute(
                    reminders.update()
                    .where(reminders.c.id == reminder_id)
                    .values(
                        rrule=recurrence.with_time(row.rrule, new_time),
                        first_due=to_utc_naive(new_time),
                    )
                )
            elif moved == 0:
                raise DoseStateError("the reminder is being asked now; answer it first")
            return reminder_from_row(self._reminder_row(conn, citizen_id, reminder_id))

    def cancel(self, citizen_id: str, reminder_id: int) -> Reminder:
        """Stop a reminder: it becomes inactive and its open dose is cancelled."""
        with self._tx(write=True) as conn:
            self._reminder_row(conn, citizen_id, reminder_id)
            self._deactivate(conn, citizen_id, [reminder_id])
            return reminder_from_row(self._reminder_row(conn, citizen_id, reminder_id))

    def cancel_all(self, citizen_id: str) -> int:
        """Cancel every active reminder of one citizen; returns how many."""
        with self._tx(write=True) as conn:
            ids = (
                conn.execute(
                    sa.select(reminders.c.id).where(
                        reminders.c.citizen_id == check_citizen(citizen_id),
                        reminders.c.active.is_(True),
                    )
                )
                .scalars()
                .all()
            )
            self._deactivate(conn, citizen_id, list(ids))
        return len(ids)

    def cancel_dose(self, citizen_id: str, dose_id: int) -> Dose:
        """Skip one occurrence without an answer (e.g. in hospital today); repeats go on."""
        return self._answer(citizen_id, dose_id, DoseState.CANCELLED, allow_missed=False)

    def snooze(self, citizen_id: str, dose_id: int | None, minutes: int) -> Dose:
        """Ask again in `minutes`; dose_id None means the citizen's latest asked dose."""
        if not isinstance(minutes, int) or not 1 <= minutes <= MAX_SNOOZE_MINUTES:
            raise InvalidReminder(
                "minutes", f"must be a whole number from 1 to {MAX_SNOOZE_MINUTES}"
            )
        until = to_utc_naive(self.clock.now() + timedelta(minutes=minutes))
        with self._tx(write=True) as conn:
            row = self._target_dose(conn, citizen_id, dose_id)
            if row.state not in _OPEN:
                raise DoseStateError(f"the dose is already {row.state}")
            # Back to pending: the scheduler delivers it afresh at `until`, with a new
            # answer window, and counts lateness from `until`.
            self._update_dose(
                conn, row, state=DoseState.PENDING.value, next_attempt_at=until, snoozed=True
            )
            return dose_from_row(self._dose_row(conn, citizen_id, int(row.id)))

    def mark(self, citizen_id: str, dose_id: int | None, outcome: DoseState | str) -> Dose:
        """Record taken/skipped; dose_id None means the citizen's latest asked dose.

        A missed dose can still be marked (the citizen answers late): the log then
        shows the truth, and the next occurrence already exists.
        """
        state = DoseState(outcome)
        if state not in ANSWERS:
            raise InvalidReminder("outcome", "must be 'taken' or 'skipped'")
        return self._answer(citizen_id, dose_id, state, allow_missed=True)

    def adherence(
        self, citizen_id: str, since: datetime | None = None
    ) -> builtins.list[AdherenceEntry]:
        query = (
            sa.select(doses, reminders.c.text, reminders.c.medicine)
            .join(reminders)
            .where(
                doses.c.citizen_id == check_citizen(citizen_id),
                doses.c.state.in_([s.value for s in (*ANSWERS, DoseState.MISSED)]),
                reminders.c.kind == ReminderKind.REMINDER.value,  # timers are no one's adherence
            )
        )
        if since is not None:
            query = query.where(doses.c.due_at >= to_utc_naive(check_aware("since", since)))
        with self._tx() as conn:
            rows = conn.execute(query.order_by(doses.c.due_at, doses.c.id)).all()
        return [
            AdherenceEntry(
                dose_id=int(r.id),
                reminder_id=int(r.reminder_id),
                citizen_id=str(r.citizen_id),
                what=str(r.medicine or r.text),
                due_at=from_utc_naive(r.due_at),
                outcome=DoseState(r.state),
                answered_at=None if r.answered_at is None else from_utc_naive(r.answered_at),
            )
            for r in rows
        ]

    def ringing(self, citizen_id: str, kinds: tuple[ReminderKind, ...]) -> builtins.list[DueTime]:
        """The citizen's timers or wake-up calls that have not rung yet, soonest first."""
        query = (
            sa.select(doses, *REMINDER_COLUMNS)
            .join(reminders)
            .where(
                doses.c.citizen_id == check_citizen(citizen_id),
                doses.c.state == DoseState.PENDING.value,
                reminders.c.active.is_(True),
                reminders.c.kind.in_([k.value for k in kinds]),
            )
            .order_by(doses.c.due_at, doses.c.id)
        )
        with self._tx() as conn:
            rows = conn.execute(query).all()
        return [
            DueTime(reminder_from_joined(r), from_utc_naive(r.due_at), dose_from_row(r))
            for r in rows
        ]

    def export_csv(self, citizen_id: str, since: datetime | None = None) -> str:
        return adherence_csv(self.adherence(citizen_id, since))

    def _answer(
        self, citizen_id: str, dose_id: int | None, state: DoseState, allow_missed: bool
    ) -> Dose:
        now = to_utc_naive(self.clock.now())
        with self._tx(write=True) as conn:
            row = self._target_dose(conn, citizen_id, dose_id)
            allowed = _OPEN + ([DoseState.MISSED.value] if allow_missed else [])
            if row.state not in allowed:
                raise DoseStateError(f"the dose is already {row.state}")
            answered = None if state is DoseState.CANCELLED else now
            self._update_dose(
                conn, row, state=state.value, next_attempt_at=None, answered_at=answered
            )
            if row.state in _OPEN:  # a missed dose already made its successor
                self._schedule_next(
                    conn, int(row.reminder_id), citizen_id, from_utc_naive(row.due_at)
                )
            return dose_from_row(self._dose_row(conn, citizen_id, int(row.id)))

    def _update_dose(self, conn: Connection, row: Any, **values: Any) -> None:
        # Conditional on the state we read: a scheduler that changed it meanwhile wins.
        done = conn.execute(
            doses.update().where(doses.c.id == row.id, doses.c.state == row.state).values(**values)
        ).rowcount
        if done != 1:
            raise DoseStateError("the dose changed meanwhile; try again")

    def _deactivate(self, conn: Connection, citizen_id: str, ids: builtins.list[int]) -> None:
        if not ids:
            return
        conn.execute(
            reminders.update()
            .where(reminders.c.citizen_id == citizen_id, reminders.c.id.in_(ids))
            .values(active=False)
        )
        conn.execute(
            doses.update()
            .where(
                doses.c.citizen_id == citizen_id,
                doses.c.reminder_id.in_(ids),
                doses.c.state.in_(_OPEN),
            )
            .values(state=DoseState.CANCELLED.value, next_attempt_at=None)
        )

    def _reminder_row(self, conn: Connection, citizen_id: str, reminder_id: int) -> Any:
        row = conn.execute(
            reminders.select().where(
                reminders.c.id == reminder_id, reminders.c.citizen_id == check_citizen(citizen_id)
            )
        ).one_or_none()
        if row is None:
            raise ReminderNotFound(f"no reminder {reminder_id} for this citizen")
        return row

    def _dose_row(self, conn: Connection, citizen_id: str, dose_id: int) -> Any:
        row = conn.execute(
            doses.select().where(
                doses.c.id == dose_id, doses.c.citizen_id == check_citizen(citizen_id)
            )
        ).one_or_none()
        if row is None:
            raise ReminderNotFound(f"no dose {dose_id} for this citizen")
        return row

    def _target_dose(self, conn: Connection, citizen_id: str, dose_id: int | None) -> Any:
        if dose_id is not None:
            return self._dose_row(conn, citizen_id, dose_id)
        row = conn.execute(
            doses.select()
            .where(
                doses.c.citizen_id == check_citizen(citizen_id),
                doses.c.state == DoseState.ASKED.value,
            )
            .order_by(doses.c.asked_at.desc(), doses.c.id.desc())
            .limit(1)
        ).one_or_none()
        if row is None:
            raise ReminderNotFound("this citizen has no reminder waiting for an answer")
        return row
