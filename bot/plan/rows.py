"""The plan store's row work: load, insert, update and audit, always within one citizen.

Every query filters on citizen_id as well as the id, so another citizen's item is
indistinguishable from one that does not exist (PlanItemNotFound). Every change
writes an audit row (who did what, when) in the same transaction as the change.
The public operations are in bot.plan.edits (changing items and occurrences) and
bot.plan.store (adding, importing, reading).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.core.checks import PAST_GRACE
from bot.core.db import SqlStore
from bot.core.utc import to_utc_naive
from bot.plan.model import (
    InvalidPlanItem,
    Override,
    PlanDraft,
    PlanItem,
    PlanItemNotFound,
    check_times,
    checked_citizen,
    new_uid,
)
from bot.plan.schema import item_from_rows, metadata, plan_audit, plan_exdates, plan_items, upgrade
from bot.plan.schema import plan_overrides as overrides_t


@dataclass(frozen=True)
class AuditEntry:
    item_id: int
    citizen_id: str
    # add, import, import_update, delete, delete_occurrence, move, move_occurrence,
    # move_series (also the new item a series moved from a later day continues as),
    # end_series (the old item of such a split, now ending before that day)
    # import_cancel (deleted because a calendar file now marks it cancelled)
    action: str
    acting: str
    at: datetime


class PlanRows(SqlStore):
    """The tables and the row helpers the plan's operations share."""

    metadata = metadata

    def _upgrade(self, conn: Connection) -> None:
        upgrade(conn)  # a plan database from before UIDs were stored

    def _check_new_times(self, start: datetime, end: datetime) -> None:
        check_times(start, end)
        if end < self.clock.now() - PAST_GRACE:
            raise InvalidPlanItem("end", "is in the past")

    def _insert(
        self,
        conn: Connection,
        citizen_id: str,
        d: PlanDraft,
        acting: str,
        now: datetime,
        action: str,
    ) -> int:
        values = {
            **_fields(d),
            "citizen_id": citizen_id,
            "created_by": acting,
            "updated_at": now,
            "uid": d.uid or new_uid(),
        }
        item_id = int(conn.execute(plan_items.insert().values(**values)).inserted_primary_key[0])
        self._write_exceptions(conn, citizen_id, item_id, d.exdates, d.overrides)
        where = {"item_id": item_id, "citizen_id": citizen_id}
        conn.execute(plan_audit.insert().values(**where, action=action, acting=acting, at=now))
        return item_id

    def _replace(
        self,
        conn: Connection,
        citizen_id: str,
        item_id: int,
        d: PlanDraft,
        acting: str,
        now: datetime,
        action: str,
    ) -> None:
        """Give a stored item the draft's fields and exceptions; it keeps id, UID and creator."""
        conn.execute(
            plan_items.update()
            .filter_by(id=item_id, citizen_id=citizen_id)
            .values(**_fields(d), updated_at=now)
        )
        self._clear_exceptions(conn, citizen_id, item_id)
        self._write_exceptions(conn, citizen_id, item_id, d.exdates, d.overrides)
        where = {"item_id": item_id, "citizen_id": citizen_id}
        conn.execute(plan_audit.insert().values(**where, action=action, acting=acting, at=now))

    def _delete_row(
        self, conn: Connection, citizen_id: str, item_id: int, acting: str, action: str
    ) -> PlanItem:
        """The item with its removed and moved occurrences, audited as `action`."""
        item = self._get(conn, citizen_id, item_id)
        self._clear_exceptions(conn, citizen_id, item.id)
        conn.execute(plan_items.delete().filter_by(id=item.id, citizen_id=citizen_id))
        self._audit(conn, item, acting, action)
        return item

    def _clear_exceptions(self, conn: Connection, citizen_id: str, item_id: int) -> None:
        for table in (plan_exdates, overrides_t):
            conn.execute(table.delete().filter_by(item_id=item_id, citizen_id=citizen_id))

    def _write_exceptions(
        self,
        conn: Connection,
        citizen_id: str,
        item_id: int,
        exdates: Iterable[datetime],
        overrides: Iterable[Override],
    ) -> None:
        where = {"item_id": item_id, "citizen_id": citizen_id}
        for ex in {to_utc_naive(e) for e in exdates}:
            conn.execute(plan_exdates.insert().values(**where, original_start=ex))
        for o in {to_utc_naive(o.original_start): o for o in overrides}.values():
            conn.execute(
                overrides_t.insert().values(
                    **where,
                    original_start=to_utc_naive(o.original_start),
                    starts_at=to_utc_naive(o.start),
                    ends_at=to_utc_naive(o.end),
                )
            )

    def _load(self, conn: Connection, citizen_id: str, cond: Any) -> builtins.list[PlanItem]:
        rows = conn.execute(
            plan_items.select()
            .where(plan_items.c.citizen_id == citizen_id, cond)
            .order_by(plan_items.c.starts_at, plan_items.c.id)
        ).all()
        if not rows:
            return []
        ids = [r.id for r in rows]
        exdates = _by_item(conn, plan_exdates, citizen_id, ids)
        overrides = _by_item(conn, overrides_t, citizen_id, ids)
        return [item_from_rows(r, exdates.get(r.id, []), overrides.get(r.id, [])) for r in rows]

    def _get(self, conn: Connection, citizen_id: str, item_id: int) -> PlanItem:
        found = self._load(conn, checked_citizen(citizen_id), plan_items.c.id == item_id)
        if not found:
            raise PlanItemNotFound(f"no plan item {item_id} for this citizen")
        return found[0]

    def _ids_by_uid(self, conn: Connection, citizen_id: str, uids: Iterable[str]) -> dict[str, int]:
        wanted = sorted(set(uids))
        found: dict[str, int] = {}
        for i in range(0, len(wanted), 500):  # well inside every backend's parameter limit
            rows = conn.execute(
                sa.select(plan_items.c.uid, plan_items.c.id).where(
                    plan_items.c.citizen_id == citizen_id,
                    plan_items.c.uid.in_(wanted[i : i + 500]),
                )
            ).all()
            found.update({str(r.uid): int(r.id) for r in rows})
        return found

    def _drop_override(self, conn: Connection, item: PlanItem, key: datetime) -> None:
        conn.execute(
            overrides_t.delete().filter_by(
                item_id=item.id, citizen_id=item.citizen_id, original_start=key
            )
        )

    def _touch(self, conn: Connection, item: PlanItem, acting: str, action: str) -> None:
        conn.execute(
            plan_items.update()
            .filter_by(id=item.id, citizen_id=item.citizen_id)
            .values(updated_at=to_utc_naive(self.clock.now()))
        )
        self._audit(conn, item, acting, action)

    def _audit(self, conn: Connection, item: PlanItem, acting: str, action: str) -> None:
        conn.execute(
            plan_audit.insert().values(
                item_id=item.id,
                citizen_id=item.citizen_id,
                action=action,
                acting=acting,
                at=to_utc_naive(self.clock.now()),
            )
        )


def _fields(d: PlanDraft) -> dict[str, Any]:
    return {
        "title": d.title,
        "starts_at": to_utc_naive(d.start),
        "ends_at": to_utc_naive(d.end),
        "place": d.place,
        "who": d.who,
        "note": d.note,
        "rrule": d.rrule,
        "remind_before_minutes": d.remind_before_minutes,
    }


def _by_item(
    conn: Connection, table: sa.Table, citizen_id: str, ids: Iterable[int]
) -> dict[int, builtins.list[Any]]:
    rows = conn.execute(
        table.select().where(table.c.citizen_id == citizen_id, table.c.item_id.in_(list(ids)))
    ).all()
    grouped: dict[int, builtins.list[Any]] = {}
    for r in rows:
        grouped.setdefault(int(r.item_id), []).append(r)
    return grouped
