"""The scheduler's side of the reminder store: find due doses and claim them exactly once.

State changes are conditional UPDATEs (… WHERE id = ? AND state = ? AND
next_attempt_at = ?) so several scheduler processes and the action server can act on
the same dose at the same time and exactly one of them wins (rowcount 1). Whatever
closes an occurrence of a repeating reminder creates the next one in the same
transaction, so a crash never leaves a repeating reminder without its next dose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.core import recurrence
from bot.core.db import SqlStore
from bot.core.utc import from_utc_naive, to_utc_naive
from bot.reminders.model import Dose, DoseState, Reminder
from bot.reminders.schema import (
    REMINDER_COLUMNS,
    dose_from_row,
    doses,
    metadata,
    reminder_from_joined,
    reminders,
    upgrade,
)


def utc(when: datetime | None) -> datetime | None:
    return None if when is None else to_utc_naive(when)


class DoseQueue(SqlStore):
    """The scheduler's operations on the reminder tables; ReminderStore adds the citizen's."""

    metadata = metadata

    def _upgrade(self, conn: Connection) -> None:
        upgrade(conn)  # a reminder database from before timers and wake-up calls

    # ---- scheduler operations -----------------------------------------------------

    def due(self, now: datetime, limit: int) -> list[tuple[Dose, Reminder]]:
        """Doses with work to do at `now` (deliver, repeat, mark missed, notify), oldest first."""
        query = (
            sa.select(doses, *REMINDER_COLUMNS)
            .join(reminders)
            .where(
                doses.c.next_attempt_at.isnot(None), doses.c.next_attempt_at <= to_utc_naive(now)
            )
            .order_by(doses.c.next_attempt_at, doses.c.id)
            .limit(limit)
        )
        with self._tx() as conn:
            rows = conn.execute(query).all()
        return [(dose_from_row(r), reminder_from_joined(r)) for r in rows]

    def next_due_at(self, after: datetime | None = None) -> datetime | None:
        """The earliest next_attempt_at (strictly after `after` when given)."""
        query = sa.select(sa.func.min(doses.c.next_attempt_at)).where(
            doses.c.next_attempt_at.isnot(None)
        )
        if after is not None:
            query = query.where(doses.c.next_attempt_at > to_utc_naive(after))
        with self._tx() as conn:
            found = conn.execute(query).scalar()
        return None if found is None else from_utc_naive(found)

    def claim(self, dose: Dose, now: datetime, next_attempt_at: datetime) -> Dose | None:
        """Take the right to deliver `dose` (as read by due()); None if someone else did."""
        won = self.claim_many([(dose, next_attempt_at)], now)
        return won[0] if won else None

    def claim_many(self, claims: Sequence[tuple[Dose, datetime]], now: datetime) -> list[Dose]:
        """Claim several doses in one transaction; returns the ones this caller won.

        Each claim is `UPDATE … WHERE id = ? AND state = ? AND next_attempt_at = ?`:
        a racing scheduler that read the same row finds it changed and gets rowcount 0.
        Rows are updated in id order so two racing transactions cannot deadlock.
        """
        won: list[Dose] = []
        if not claims:  # an idle tick must not take SQLite's write lock
            return won
        with self._tx(write=True) as conn:
            for dose, next_at in sorted(claims, key=lambda c: c[0].id):
                first = dose.state is DoseState.PENDING
                asked_at = now if first else dose.asked_at
                values: dict[str, Any] = {
                    "state": DoseState.ASKED.value,
                    "attempts": dose.attempts + 1,
                    "next_attempt_at": to_utc_naive(next_at),
                    "asked_at": utc(asked_at),
                }
                if self._conditional(conn, dose, values):
                    won.append(
                        replace(
                            dose,
                            state=DoseState.ASKED,
                            attempts=dose.attempts + 1,
                            next_attempt_at=next_at,
                            asked_at=asked_at,
                        )
                    )
        return won

    def release(self, claimed: Dose, original: Dose) -> bool:
        """Undo a claim whose delivery failed, so the next tick tries again."""
        values = {
            "state": original.state.value,
            "attempts": original.attempts,
            "next_attempt_at": utc(original.next_attempt_at),
            "asked_at": utc(original.asked_at),
        }
        with self._tx(write=True) as conn:
            return self._conditional(conn, claimed, values, attempts=True)

    def miss(self, dose: Dose, notify_at: datetime) -> Dose | None:
        """Mark missed (the contact is to be told from notify_at); None if someone else acted."""
        with self._tx(write=True) as conn:
            values = {"state": DoseState.MISSED.value, "next_attempt_at": to_utc_naive(notify_at)}
            if not self._conditional(conn, dose, values):
                return None
            self._schedule_next(conn, dose.reminder_id, dose.citizen_id, dose.due_at)
        return replace(dose, state=DoseState.MISSED, next_attempt_at=notify_at)

    def finish(self, dose: Dose, now: datetime) -> Dose | None:
        """A timer or wake-up call has rung (or is too late to): done, nothing to answer,
        no one to tell. None if someone else acted on it first."""
        values = {
            "state": DoseState.DONE.value,
            "next_attempt_at": None,
            "answered_at": to_utc_naive(now),
        }
        with self._tx(write=True) as conn:
            if not self._conditional(conn, dose, values):
                return None
        return replace(dose, state=DoseState.DONE, next_attempt_at=None, answered_at=now)

    def reschedule(self, dose: Dose, next_attempt_at: datetime | None) -> Dose | None:
        """Move next_attempt_at if the dose is unchanged (claim/finish a notification)."""
        with self._tx(write=True) as conn:
            if not self._conditional(conn, dose, {"next_attempt_at": utc(next_attempt_at)}):
                return None
        return replace(dose, next_attempt_at=next_attempt_at)

    # ---- helpers --------------------------------------------------------------------

    def _conditional(
        self, conn: Connection, dose: Dose, values: dict[str, Any], attempts: bool = False
    ) -> bool:
        where = [
            doses.c.id == dose.id,
            doses.c.state == dose.state.value,
            doses.c.next_attempt_at == utc(dose.next_attempt_at)
            if dose.next_attempt_at is not None
            else doses.c.next_attempt_at.is_(None),
        ]
        if attempts:
            where.append(doses.c.attempts == dose.attempts)
        return bool(conn.execute(doses.update().where(*where).values(**values)).rowcount == 1)

    def _insert_dose(
        self, conn: Connection, reminder_id: int, citizen_id: str, due: datetime
    ) -> None:
        conn.execute(
            doses.insert().values(
                reminder_id=reminder_id,
                citizen_id=citizen_id,
                due_at=to_utc_naive(due),
                state=DoseState.PENDING.value,
                attempts=0,
                next_attempt_at=to_utc_naive(due),
                snoozed=False,
            )
        )

    def _schedule_next(
        self, conn: Connection, reminder_id: int, citizen_id: str, after: datetime
    ) -> None:
        row = conn.execute(reminders.select().where(reminders.c.id == reminder_id)).one()
        if not row.active or row.rrule is None:
            return
        nxt = recurrence.next_after(from_utc_naive(row.first_due), row.rrule, after)
        if nxt is None:  # COUNT/UNTIL reached: the reminder is finished
            conn.execute(
                reminders.update().where(reminders.c.id == reminder_id).values(active=False)
            )
            return
        self._insert_dose(conn, reminder_id, citizen_id, nxt)
