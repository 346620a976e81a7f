"""Alerts before plan items: which items may be due, and each occurrence's alert claimed once.

A row in plan_alerts per occurrence that was alerted (or is being alerted), keyed by
(item_id, original_start): the first worker to INSERT it (ON CONFLICT DO NOTHING) or to
move it on with a conditional UPDATE (… WHERE id = ? AND state = ? AND attempts = ?)
owns the delivery, so racing workers announce an occurrence once. The plan's own
tables are only read here; the table lives in the plan database with its own MetaData.

candidates() narrows the items that may be due in SQL (bot.plan.alert_query);
bot.plan.alert_worker expands them exactly and decides.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from bot.core.db import SqlStore
from bot.core.utc import from_utc_naive, to_utc_naive
from bot.plan.alert_query import due_item_queries, load_items
from bot.plan.model import PlanItem

metadata = sa.MetaData()

# Naive UTC in the database, as in the plan's own tables.
plan_alerts = sa.Table(
    "plan_alerts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("item_id", sa.Integer, nullable=False),  # no foreign key: items may go
    sa.Column("citizen_id", sa.String(128), nullable=False),
    sa.Column("original_start", sa.DateTime, nullable=False),  # the occurrence's key
    sa.Column("start_at", sa.DateTime, nullable=False),  # its start when last claimed
    sa.Column("due_at", sa.DateTime, nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("claimed_at", sa.DateTime, nullable=True),
    sa.Column("next_attempt_at", sa.DateTime, nullable=True),  # pending: retry from then
    sa.Column("delivered_at", sa.DateTime, nullable=True),
    sa.Column("text", sa.String(500), nullable=True),  # what was said
    sa.UniqueConstraint("item_id", "original_start", name="uq_plan_alerts_occurrence"),
    sa.Index("ix_plan_alerts_state", "state", "next_attempt_at"),
    sa.Index("ix_plan_alerts_start", "start_at"),
)


class AlertState(str, Enum):
    CLAIMED = "claimed"  # a worker is delivering it
    PENDING = "pending"  # delivery failed; try again from next_attempt_at
    DELIVERED = "delivered"
    EXPIRED = "expired"  # never delivered: the item started too long ago


FINISHED = (AlertState.DELIVERED, AlertState.EXPIRED)


@dataclass(frozen=True)
class AlertRow:
    id: int
    item_id: int
    citizen_id: str
    original_start: datetime
    start: datetime
    due: datetime
    state: AlertState
    attempts: int
    claimed_at: datetime | None
    next_attempt_at: datetime | None


@dataclass(frozen=True)
class Wanted:
    """An occurrence a worker wants to claim, and its row as read (None: no row yet)."""

    item_id: int
    citizen_id: str
    original_start: datetime
    start: datetime
    due: datetime
    row: AlertRow | None


def _row(r: Any) -> AlertRow:
    def opt(v: datetime | None) -> datetime | None:
        return None if v is None else from_utc_naive(v)

    return AlertRow(
        id=int(r.id),
        item_id=int(r.item_id),
        citizen_id=str(r.citizen_id),
        original_start=from_utc_naive(r.original_start),
        start=from_utc_naive(r.start_at),
        due=from_utc_naive(r.due_at),
        state=AlertState(r.state),
        attempts=int(r.attempts),
        claimed_at=opt(r.claimed_at),
        next_attempt_at=opt(r.next_attempt_at),
    )


class PlanAlerts(SqlStore):
    """PlanAlerts(url, clock) on the plan database; call create_schema() once."""

    metadata = metadata

    # ---- finding ------------------------------------------------------------------

    def candidates(
        self,
        now: datetime,
        since: datetime | None,
        grace: timedelta,
        changed_since: datetime | None,
        lease: timedelta,
    ) -> builtins.list[PlanItem]:
        """Items that may have an alert due at `now`: a superset, read in one go.

        Those of bot.plan.alert_query.due_item_queries, and those whose retry is due or
        whose claim was lost (a worker died while delivering).
        """
        now = now.astimezone(timezone.utc)
        retry = sa.select(plan_alerts.c.item_id).where(
            plan_alerts.c.start_at >= to_utc_naive(now - grace),
            sa.or_(
                (plan_alerts.c.state == AlertState.PENDING.value)
                & (plan_alerts.c.next_attempt_at <= to_utc_naive(now)),
                (plan_alerts.c.state == AlertState.CLAIMED.value)
                & (plan_alerts.c.claimed_at < to_utc_naive(now - lease)),
            ),
        )
        dialect = self._engine.dialect.name
        ids: set[int] = set()
        with self._tx() as conn:
            for q in (*due_item_queries(now, since, grace, changed_since, dialect), retry):
                ids.update(int(i) for i in conn.execute(q).scalars())
            return load_items(conn, sorted(ids))

    def existing(
        self, keys: Iterable[tuple[int, datetime]]
    ) -> dict[tuple[int, datetime], AlertRow]:
        """The rows of these occurrences, by (item_id, original_start)."""
        wanted = {(i, to_utc_naive(s)) for i, s in keys}
        ids = sorted({i for i, _ in wanted})
        found: dict[tuple[int, datetime], AlertRow] = {}
        with self._tx() as conn:
            for n in range(0, len(ids), 500):
                rows = conn.execute(
                    plan_alerts.select().where(plan_alerts.c.item_id.in_(ids[n : n + 500]))
                ).all()
                for r in rows:
                    if (int(r.item_id), r.original_start) in wanted:
                        row = _row(r)
                        found[(row.item_id, row.original_start)] = row
        return found

    # ---- claiming and finishing ---------------------------------------------------

    def claim(self, wanted: Sequence[Wanted], now: datetime) -> builtins.list[AlertRow]:
        """Claim these occurrences' alerts in one transaction; returns the ones won."""
        won: builtins.list[AlertRow] = []
        if not wanted:  # an idle tick must not take SQLite's write lock
            return won
        claimed = {
            "state": AlertState.CLAIMED.value,
            "claimed_at": to_utc_naive(now),
            "next_attempt_at": None,
        }
        with self._tx(write=True) as conn:
            for w in sorted(wanted, key=lambda w: (w.item_id, w.original_start)):
                times = {"start_at": to_utc_naive(w.start), "due_at": to_utc_naive(w.due)}
                if w.row is None:
                    values = {
                        "item_id": w.item_id,
                        "citizen_id": w.citizen_id,
                        "original_start": to_utc_naive(w.original_start),
                        "attempts": 1,
                        **times,
                        **claimed,
                    }
                    if conn.execute(self._insert_new(values)).rowcount != 1:
                        continue  # another worker inserted it first
                    row_id = self._id_of(conn, w.item_id, w.original_start)
                    attempts = 1
                else:
                    attempts = w.row.attempts + 1
                    values = {**times, **claimed, "attempts": attempts}
                    if not self._conditional(conn, w.row, values):
                        continue
                    row_id = w.row.id
                won.append(
                    AlertRow(
                        id=row_id,
                        item_id=w.item_id,
                        citizen_id=w.citizen_id,
                        original_start=w.original_start,
                        start=w.start,
                        due=w.due,
                        state=AlertState.CLAIMED,
                        attempts=attempts,
                        claimed_at=now,
                        next_attempt_at=None,
                    )
                )
        return won

    def delivered(self, claim: AlertRow, now: datetime, text: str) -> bool:
        values = {
            "state": AlertState.DELIVERED.value,
            "delivered_at": to_utc_naive(now),
            "text": text[:500],
        }
        with self._tx(write=True) as conn:
            return self._conditional(conn, claim, values)

    def release(self, claim: AlertRow, retry_at: datetime | None) -> bool:
        """Undo a claim after a failed delivery: retry from retry_at, or None: give up."""
        if retry_at is None:
            values: dict[str, Any] = {"state": AlertState.EXPIRED.value}
        else:
            values = {"state": AlertState.PENDING.value, "next_attempt_at": to_utc_naive(retry_at)}
        with self._tx(write=True) as conn:
            return self._conditional(conn, claim, values)

    def drop(self, claim: AlertRow) -> bool:
        """Forget a claim whose occurrence changed or went: found afresh if it is still due."""
        with self._tx(write=True) as conn:
            return bool(conn.execute(plan_alerts.delete().where(*self._same(claim))).rowcount)

    def prune(self, before: datetime) -> int:
        """Delete rows of occurrences that started before `before` (never found again)."""
        with self._tx(write=True) as conn:
            query = plan_alerts.delete().where(plan_alerts.c.start_at < to_utc_naive(before))
            return int(conn.execute(query).rowcount)

    def rows(self, item_id: int | None = None) -> builtins.list[AlertRow]:
        query = plan_alerts.select().order_by(plan_alerts.c.start_at, plan_alerts.c.id)
        if item_id is not None:
            query = query.where(plan_alerts.c.item_id == item_id)
        with self._tx() as conn:
            return [_row(r) for r in conn.execute(query).all()]

    # ---- helpers ------------------------------------------------------------------

    def _insert_new(self, values: dict[str, Any]) -> Any:
        # INSERT … ON CONFLICT DO NOTHING: losing the race is rowcount 0, not an error
        # (an IntegrityError would abort a PostgreSQL transaction).
        dialect = postgresql if self._engine.dialect.name == "postgresql" else sqlite
        return (
            dialect.insert(plan_alerts)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["item_id", "original_start"])
        )

    def _id_of(self, conn: Connection, item_id: int, original_start: datetime) -> int:
        query = sa.select(plan_alerts.c.id).where(
            plan_alerts.c.item_id == item_id,
            plan_alerts.c.original_start == to_utc_naive(original_start),
        )
        return int(conn.execute(query).scalar_one())

    def _same(self, row: AlertRow) -> builtins.list[Any]:
        """The row unchanged since it was read: the condition every state change carries."""
        claimed_at = plan_alerts.c.claimed_at
        return [
            plan_alerts.c.id == row.id,
            plan_alerts.c.state == row.state.value,
            plan_alerts.c.attempts == row.attempts,
            plan_alerts.c.start_at == to_utc_naive(row.start),
            claimed_at.is_(None)
            if row.claimed_at is None
            else claimed_at == to_utc_naive(row.claimed_at),
        ]

    def _conditional(self, conn: Connection, row: AlertRow, values: dict[str, Any]) -> bool:
        done = conn.execute(plan_alerts.update().where(*self._same(row)).values(**values))
        return bool(done.rowcount == 1)
