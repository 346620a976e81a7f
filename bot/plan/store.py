"""The day plan store: every operation takes the citizen id and sees only theirs.

Reads and writes filter on citizen_id as well as the id, so another citizen's item is
indistinguishable from one that does not exist (PlanItemNotFound). Every change
writes an audit row (who did what, when) in the same transaction as the change.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.db import SqlStore
from bot.plan.model import (
    InvalidPlanItem,
    Occurrence,
    PlanDraft,
    PlanItem,
    PlanItemNotFound,
    check_times,
    checked_acting,
    checked_aware,
    checked_citizen,
    last_end,
    make_draft,
)
from bot.plan.queries import (
    at_time,
    occurrence_end,
    occurrence_on,
    occurrences_between,
    wall_end,
    wall_length,
)
from bot.plan.schema import item_from_rows, metadata, plan_audit, plan_exdates, plan_items
from bot.plan.schema import plan_overrides as overrides_t
from bot.reminders.model import PAST_GRACE, from_utc_naive, to_utc_naive


@dataclass(frozen=True)
class AuditEntry:
    item_id: int
    citizen_id: str
    action: str  # add, import, delete, delete_occurrence, move, move_occurrence, move_series
    acting: str
    at: datetime


class PlanStore(SqlStore):
    """PlanStore(url, clock): SQLite file or PostgreSQL URL; call create_schema() once."""

    metadata = metadata

    # ---- changes ------------------------------------------------------------------

    def add(
        self,
        citizen_id: str,
        title: str,
        start: datetime,
        end: datetime,
        *,
        acting: str,
        place: str | None = None,
        who: str | None = None,
        note: str | None = None,
        rrule: str | None = None,
        remind_before_minutes: int | None = None,
    ) -> PlanItem:
        """Store one item, or raise InvalidPlanItem and store nothing."""
        draft = make_draft(
            self.clock.now(),
            title,
            start,
            end,
            place=place,
            who=who,
            note=note,
            rrule=rrule,
            remind_before_minutes=remind_before_minutes,
        )
        return self.add_drafts(citizen_id, [draft], acting=acting, action="add")[0]

    def add_drafts(
        self, citizen_id: str, drafts: Sequence[PlanDraft], *, acting: str, action: str = "import"
    ) -> builtins.list[PlanItem]:
        """Store checked drafts (make_draft) in one transaction: all or none."""
        checked_citizen(citizen_id)
        acting = checked_acting(acting)
        now = to_utc_naive(self.clock.now())
        with self._tx(write=True) as conn:
            ids = [self._insert(conn, citizen_id, d, acting, now, action) for d in drafts]
            return self._load(conn, citizen_id, plan_items.c.id.in_(ids))

    def delete(
        self, citizen_id: str, item_id: int, *, acting: str, on: date | None = None
    ) -> PlanItem:
        """Delete the item, or only its occurrence on `on` (an EXDATE for a repeat)."""
        acting = checked_acting(acting)
        with self._tx(write=True) as conn:
            item = self._get(conn, citizen_id, item_id)
            if on is not None and item.rrule is not None:
                occ = occurrence_on(item, on)
                key = to_utc_naive(occ.original_start)
                self._drop_override(conn, item, key)
                conn.execute(
                    plan_exdates.insert().values(
                        item_id=item.id, citizen_id=citizen_id, original_start=key
                    )
                )
                self._touch(conn, item, acting, "delete_occurrence")
                return self._get(conn, citizen_id, item_id)
            if on is not None:
                occurrence_on(item, on)  # a one-off on another day: not what was meant
            where = {"item_id": item.id, "citizen_id": citizen_id}
            for table in (plan_exdates, overrides_t):
                conn.execute(table.delete().filter_by(**where))
            conn.execute(plan_items.delete().filter_by(id=item.id, citizen_id=citizen_id))
            self._audit(conn, item, acting, "delete")
            return item

    def move(
        self,
        citizen_id: str,
        item_id: int,
        new_start: datetime,
        *,
        acting: str,
        new_end: datetime | None = None,
    ) -> PlanItem:
        """Move a one-off item; its length is kept unless new_end is given."""
        acting = checked_acting(acting)
        with self._tx(write=True) as conn:
            item = self._get(conn, citizen_id, item_id)
            if item.rrule is not None:
                raise InvalidPlanItem("rrule", "repeats: move one occurrence or the series")
            end = new_end if new_end is not None else new_start + (item.end - item.start)
            self._check_new_times(new_start, end)
            conn.execute(
                plan_items.update()
                .filter_by(id=item.id, citizen_id=citizen_id)
                .values(starts_at=to_utc_naive(new_start), ends_at=to_utc_naive(end))
            )
            self._touch(conn, item, acting, "move")
            return self._get(conn, citizen_id, item_id)

    def move_occurrence(
        self,
        citizen_id: str,
        item_id: int,
        on: date,
        new_start: datetime,
        *,
        acting: str,
        new_end: datetime | None = None,
    ) -> Occurrence:
        """Move the repeat's occurrence on `on` (an override row keyed by its original start)."""
        acting = checked_acting(acting)
        with self._tx(write=True) as conn:
            item = self._get(conn, citizen_id, item_id)
            if item.rrule is None:
                raise InvalidPlanItem("rrule", "does not repeat: move the item itself")
            occ = occurrence_on(item, on)
            end = new_end if new_end is not None else new_start + (occ.end - occ.start)
            self._check_new_times(new_start, end)
            key = to_utc_naive(occ.original_start)
            self._drop_override(conn, item, key)
            back = new_start == occ.original_start and end == occurrence_end(item, new_start)
            if not back:  # moving back to the rule's time needs no override
                conn.execute(
                    overrides_t.insert().values(
                        item_id=item.id,
                        citizen_id=citizen_id,
                        original_start=key,
                        starts_at=to_utc_naive(new_start),
                        ends_at=to_utc_naive(end),
                    )
                )
            self._touch(conn, item, acting, "move_occurrence")
            moved = self._get(conn, citizen_id, item_id)
        return Occurrence(moved, new_start, end, occ.original_start)

    def move_series(
        self,
        citizen_id: str,
        item_id: int,
        new_time: time,
        *,
        acting: str,
        duration: timedelta | None = None,
    ) -> PlanItem:
        """Give a repeat a new time of day (and length) from now on.

        Removed occurrences stay removed (their keys follow the new time); occurrences
        moved one by one that are still ahead follow the series again, because the
        citizen has just said when the series should be.
        """
        acting = checked_acting(acting)
        now = self.clock.now()
        with self._tx(write=True) as conn:
            item = self._get(conn, citizen_id, item_id)
            if item.rrule is None:
                raise InvalidPlanItem("rrule", "does not repeat: move the item itself")
            start = at_time(item.start, new_time)
            end = wall_end(start, duration or wall_length(item))
            check_times(start, end)
            if last_end(start, end, item.rrule) < now - PAST_GRACE:
                raise InvalidPlanItem("end", "is in the past")
            where = {"item_id": item.id, "citizen_id": citizen_id}
            conn.execute(plan_exdates.delete().filter_by(**where))
            conn.execute(overrides_t.delete().filter_by(**where))
            for ex in item.exdates:
                conn.execute(
                    plan_exdates.insert().values(
                        **where, original_start=to_utc_naive(at_time(ex, new_time))
                    )
                )
            for o in item.overrides:
                if o.original_start >= now:
                    continue
                conn.execute(
                    overrides_t.insert().values(
                        **where,
                        original_start=to_utc_naive(at_time(o.original_start, new_time)),
                        starts_at=to_utc_naive(o.start),
                        ends_at=to_utc_naive(o.end),
                    )
                )
            conn.execute(
                plan_items.update()
                .filter_by(id=item.id, citizen_id=citizen_id)
                .values(starts_at=to_utc_naive(start), ends_at=to_utc_naive(end))
            )
            self._touch(conn, item, acting, "move_series")
            return self._get(conn, citizen_id, item_id)

    # ---- reads --------------------------------------------------------------------

    def get(self, citizen_id: str, item_id: int) -> PlanItem:
        with self._tx() as conn:
            return self._get(conn, citizen_id, item_id)

    def list(self, citizen_id: str) -> builtins.list[PlanItem]:
        with self._tx() as conn:
            return self._load(conn, checked_citizen(citizen_id), sa.true())

    def items_for(self, citizen_id: str, start: datetime, end: datetime) -> builtins.list[PlanItem]:
        """Items that may occur in [start, end): every repeat, one-offs that overlap."""
        checked_citizen(citizen_id)
        checked_aware("start", start)
        checked_aware("end", end)
        overlapping = sa.and_(
            plan_items.c.starts_at < to_utc_naive(end), plan_items.c.ends_at > to_utc_naive(start)
        )
        with self._tx() as conn:
            return self._load(conn, citizen_id, sa.or_(plan_items.c.rrule.isnot(None), overlapping))

    def overlaps(
        self, citizen_id: str, start: datetime, end: datetime, ignore_item: int | None = None
    ) -> builtins.list[Occurrence]:
        """Occurrences overlapping [start, end), to warn before adding or moving there."""
        found = occurrences_between(self, citizen_id, start, end)
        return [o for o in found if o.item.id != ignore_item]

    def audit(self, citizen_id: str) -> builtins.list[AuditEntry]:
        query = plan_audit.select().where(plan_audit.c.citizen_id == checked_citizen(citizen_id))
        with self._tx() as conn:
            rows = conn.execute(query.order_by(plan_audit.c.id)).all()
        return [
            AuditEntry(int(r.item_id), str(r.citizen_id), r.action, r.acting, from_utc_naive(r.at))
            for r in rows
        ]

    # ---- helpers ------------------------------------------------------------------

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
            "citizen_id": citizen_id,
            "title": d.title,
            "starts_at": to_utc_naive(d.start),
            "ends_at": to_utc_naive(d.end),
            "place": d.place,
            "who": d.who,
            "note": d.note,
            "rrule": d.rrule,
            "remind_before_minutes": d.remind_before_minutes,
            "created_by": acting,
            "updated_at": now,
        }
        item_id = int(conn.execute(plan_items.insert().values(**values)).inserted_primary_key[0])
        where = {"item_id": item_id, "citizen_id": citizen_id}
        for ex in {to_utc_naive(e) for e in d.exdates}:
            conn.execute(plan_exdates.insert().values(**where, original_start=ex))
        for o in {to_utc_naive(o.original_start): o for o in d.overrides}.values():
            conn.execute(
                overrides_t.insert().values(
                    **where,
                    original_start=to_utc_naive(o.original_start),
                    starts_at=to_utc_naive(o.start),
                    ends_at=to_utc_naive(o.end),
                )
            )
        conn.execute(plan_audit.insert().values(**where, action=action, acting=acting, at=now))
        return item_id

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
