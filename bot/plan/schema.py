"""Tables and row conversion for the day plan store (SQLAlchemy 1.4 Core).

The plan has its own MetaData so create_schema() of one store never creates the
other's tables; the engine set-up (SQLite WAL, PostgreSQL) is the reminder store's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.core.utc import from_utc_naive
from bot.plan.model import MAX_UID_CHARS, UID_DOMAIN, Override, PlanItem

metadata = sa.MetaData()

# As in the reminder store: naive UTC in the database, tz-aware Copenhagen outside.
# Columns are starts_at/ends_at because END is a reserved word in SQL.
plan_items = sa.Table(
    "plan_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("citizen_id", sa.String(128), nullable=False),
    sa.Column("title", sa.String(120), nullable=False),
    sa.Column("starts_at", sa.DateTime, nullable=False),
    sa.Column("ends_at", sa.DateTime, nullable=False),
    sa.Column("place", sa.String(200), nullable=True),
    sa.Column("who", sa.String(100), nullable=True),
    sa.Column("note", sa.String(500), nullable=True),
    sa.Column("rrule", sa.String(200), nullable=True),
    sa.Column("remind_before_minutes", sa.Integer, nullable=True),
    sa.Column("created_by", sa.String(128), nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    # The iCalendar UID; one item per UID and citizen, so an import can find it again.
    # Nullable: several NULLs never collide, in SQLite and PostgreSQL alike.
    sa.Column("uid", sa.String(MAX_UID_CHARS), nullable=True),
    sa.Index("ix_plan_items_citizen_start", "citizen_id", "starts_at"),
    sa.Index("ix_plan_items_citizen_uid", "citizen_id", "uid", unique=True),
)

# Occurrences removed from a series, by their original start (EXDATE).
plan_exdates = sa.Table(
    "plan_exdates",
    metadata,
    sa.Column("item_id", sa.Integer, sa.ForeignKey("plan_items.id"), primary_key=True),
    sa.Column("original_start", sa.DateTime, primary_key=True),
    sa.Column("citizen_id", sa.String(128), nullable=False),
)

# Occurrences moved away from the rule's time, by their original start (RECURRENCE-ID).
plan_overrides = sa.Table(
    "plan_overrides",
    metadata,
    sa.Column("item_id", sa.Integer, sa.ForeignKey("plan_items.id"), primary_key=True),
    sa.Column("original_start", sa.DateTime, primary_key=True),
    sa.Column("citizen_id", sa.String(128), nullable=False),
    sa.Column("starts_at", sa.DateTime, nullable=False),
    sa.Column("ends_at", sa.DateTime, nullable=False),
)

# Who changed what; no foreign key, so the record outlives a deleted item.
plan_audit = sa.Table(
    "plan_audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("item_id", sa.Integer, nullable=False),
    sa.Column("citizen_id", sa.String(128), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("acting", sa.String(128), nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Index("ix_plan_audit_citizen", "citizen_id", "at"),
)


def item_from_rows(row: Any, exdates: Iterable[Any], overrides: Iterable[Any]) -> PlanItem:
    return PlanItem(
        id=int(row.id),
        citizen_id=str(row.citizen_id),
        title=str(row.title),
        start=from_utc_naive(row.starts_at),
        end=from_utc_naive(row.ends_at),
        place=row.place,
        who=row.who,
        note=row.note,
        rrule=row.rrule,
        exdates=tuple(sorted(from_utc_naive(e.original_start) for e in exdates)),
        overrides=tuple(
            sorted(
                (
                    Override(
                        from_utc_naive(o.original_start),
                        from_utc_naive(o.starts_at),
                        from_utc_naive(o.ends_at),
                    )
                    for o in overrides
                ),
                key=lambda o: o.original_start,
            )
        ),
        remind_before_minutes=row.remind_before_minutes,
        created_by=str(row.created_by),
        updated_at=from_utc_naive(row.updated_at),
        uid=row.uid,
    )


def upgrade(conn: Connection) -> None:
    """Bring a plan database made before UIDs were stored up to date (idempotent).

    Its items get the UID the export has always given them (<id>@velfaerdsassistenten),
    so a file exported before the upgrade still finds them again.
    """
    inspector = sa.inspect(conn)
    if not inspector.has_table("plan_items"):
        return  # a new database: create_all makes everything
    if "uid" in {c["name"] for c in inspector.get_columns("plan_items")}:
        return
    conn.execute(sa.text(f"ALTER TABLE plan_items ADD COLUMN uid VARCHAR({MAX_UID_CHARS})"))
    conn.execute(
        plan_items.update()
        .where(plan_items.c.uid.is_(None))
        .values(uid=sa.cast(plan_items.c.id, sa.String) + f"@{UID_DOMAIN}")
    )
    index = next(i for i in plan_items.indexes if i.name == "ix_plan_items_citizen_uid")
    index.create(conn)
