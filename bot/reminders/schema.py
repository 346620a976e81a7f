"""Tables, engine set-up and row conversion for the reminder store (SQLAlchemy 1.4 Core)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.core.utc import from_utc_naive
from bot.reminders.model import Dose, DoseState, Reminder, ReminderKind

metadata = sa.MetaData()

# Times are naive UTC in the database (both dialects compare them the same way) and
# tz-aware Europe/Copenhagen everywhere else; conversion happens in this module only.
reminders = sa.Table(
    "reminders",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("citizen_id", sa.String(128), nullable=False),
    sa.Column("text", sa.String(200), nullable=False),
    sa.Column("medicine", sa.String(100), nullable=True),
    sa.Column("first_due", sa.DateTime, nullable=False),
    sa.Column("rrule", sa.String(200), nullable=True),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("contact", sa.String(200), nullable=True),
    sa.Column("kind", sa.String(16), nullable=False, server_default=ReminderKind.REMINDER.value),
    sa.Index("ix_reminders_citizen", "citizen_id", "active"),
)

doses = sa.Table(
    "doses",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("reminder_id", sa.Integer, sa.ForeignKey("reminders.id"), nullable=False),
    sa.Column("citizen_id", sa.String(128), nullable=False),
    sa.Column("due_at", sa.DateTime, nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", sa.DateTime, nullable=True),
    sa.Column("answered_at", sa.DateTime, nullable=True),
    sa.Column("snoozed", sa.Boolean, nullable=False, default=False),
    sa.Column("asked_at", sa.DateTime, nullable=True),
)

_open = doses.c.state.in_([s.value for s in (DoseState.PENDING, DoseState.ASKED)])
_has_next = doses.c.next_attempt_at.isnot(None)
# The scheduler's query is "next_attempt_at <= now": only doses with work left have a
# next_attempt_at, so a partial index stays small however long the history grows.
sa.Index(
    "ix_doses_next_attempt",
    doses.c.next_attempt_at,
    postgresql_where=_has_next,
    sqlite_where=_has_next,
)
# Citizen views (list, adherence, CSV) read one citizen's doses by time.
sa.Index("ix_doses_citizen_due", doses.c.citizen_id, doses.c.due_at)
# At most one open occurrence per reminder: a second one would mean a double delivery.
sa.Index(
    "ux_doses_one_open",
    doses.c.reminder_id,
    unique=True,
    postgresql_where=_open,
    sqlite_where=_open,
)


def _aware(value: Any) -> Any:
    return None if value is None else from_utc_naive(value)


def reminder_from_row(row: Any) -> Reminder:
    return Reminder(
        id=int(row.id),
        citizen_id=str(row.citizen_id),
        text=str(row.text),
        medicine=row.medicine,
        first_due=from_utc_naive(row.first_due),
        rrule=row.rrule,
        active=bool(row.active),
        created_at=from_utc_naive(row.created_at),
        channel=str(row.channel),
        contact=row.contact,
        kind=ReminderKind(row.kind or ReminderKind.REMINDER.value),
    )


def upgrade(conn: Connection) -> None:
    """Bring a reminder database made before timers up to date (idempotent): every
    reminder it holds is an ordinary one."""
    inspector = sa.inspect(conn)
    if not inspector.has_table("reminders"):
        return  # a new database: create_all makes everything
    if "kind" in {c["name"] for c in inspector.get_columns("reminders")}:
        return
    conn.execute(
        sa.text(
            "ALTER TABLE reminders ADD COLUMN kind VARCHAR(16) NOT NULL "
            f"DEFAULT '{ReminderKind.REMINDER.value}'"
        )
    )


def dose_from_row(row: Any) -> Dose:
    return Dose(
        id=int(row.id),
        reminder_id=int(row.reminder_id),
        citizen_id=str(row.citizen_id),
        due_at=from_utc_naive(row.due_at),
        state=DoseState(row.state),
        attempts=int(row.attempts),
        next_attempt_at=_aware(row.next_attempt_at),
        answered_at=_aware(row.answered_at),
        snoozed=bool(row.snoozed),
        asked_at=_aware(row.asked_at),
    )


# Column labels for joined selects, so one row gives both a Dose and a Reminder.
REMINDER_COLUMNS = [c.label(f"r_{c.name}") for c in reminders.c]


def reminder_from_joined(row: Any) -> Reminder:
    return reminder_from_row(
        SimpleNamespace(**{c.name: getattr(row, f"r_{c.name}") for c in reminders.c})
    )
