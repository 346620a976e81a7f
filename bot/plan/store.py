"""The day plan store: every operation takes the citizen id and sees only theirs.

Reads and writes filter on citizen_id as well as the id, so another citizen's item is
indistinguishable from one that does not exist (PlanItemNotFound). Every change
writes an audit row (who did what, when) in the same transaction as the change.
Changing stored items and occurrences is in bot.plan.edits, the row work in
bot.plan.rows; PlanStore is the one class callers use.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa

from bot.core.utc import from_utc_naive, to_utc_naive
from bot.plan.edits import PlanEdits
from bot.plan.model import (
    ImportResult,
    Occurrence,
    PlanDraft,
    PlanItem,
    checked_acting,
    checked_aware,
    checked_citizen,
    make_draft,
)
from bot.plan.queries import occurrences_between
from bot.plan.rows import AuditEntry
from bot.plan.schema import plan_audit, plan_items

__all__ = ["AuditEntry", "PlanStore"]


class PlanStore(PlanEdits):
    """PlanStore(url, clock): SQLite file or PostgreSQL URL; call create_schema() once."""

    # ---- adding ---------------------------------------------------------------------

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
        """Store checked drafts (make_draft) as new items in one transaction: all or none."""
        checked_citizen(citizen_id)
        acting = checked_acting(acting)
        now = to_utc_naive(self.clock.now())
        with self._tx(write=True) as conn:
            ids = [self._insert(conn, citizen_id, d, acting, now, action) for d in drafts]
            return self._load(conn, citizen_id, plan_items.c.id.in_(ids))

    def import_drafts(
        self,
        citizen_id: str,
        drafts: Sequence[PlanDraft],
        *,
        acting: str,
        cancelled_uids: Sequence[str] = (),
    ) -> ImportResult:
        """Store calendar drafts in one transaction: all or none.

        A draft whose UID the citizen already has replaces that item (fields, removed
        and moved occurrences) and keeps its id; the others are added. The citizen's
        items with a UID in cancelled_uids are deleted (the calendar cancelled them).
        skipped_past is left 0 for the caller that read the file
        (bot.plan.ical.import_ics).
        """
        checked_citizen(citizen_id)
        acting = checked_acting(acting)
        now = to_utc_naive(self.clock.now())
        added = updated = 0
        with self._tx(write=True) as conn:
            known = self._ids_by_uid(conn, citizen_id, [d.uid for d in drafts if d.uid])
            ids = []
            for d in drafts:
                item_id = known.get(d.uid) if d.uid else None
                if item_id is None:
                    item_id = self._insert(conn, citizen_id, d, acting, now, "import")
                    added += 1
                else:
                    self._replace(conn, citizen_id, item_id, d, acting, now, "import_update")
                    updated += 1
                if d.uid:  # the same UID twice in one file updates what it just added
                    known[d.uid] = item_id
                ids.append(item_id)
            gone = self._ids_by_uid(conn, citizen_id, cancelled_uids)
            removed = sorted(set(gone.values()) - set(ids))  # unless the file also keeps it
            for item_id in removed:
                self._delete_row(conn, citizen_id, item_id, acting, "import_cancel")
            items = self._load(conn, citizen_id, plan_items.c.id.in_(ids))
        return ImportResult(_in_order(items, ids), added, updated, 0, len(removed))

    # ---- reads ----------------------------------------------------------------------

    def get(self, citizen_id: str, item_id: int) -> PlanItem:
        with self._tx() as conn:
            return self._get(conn, citizen_id, item_id)

    def items(self, citizen_id: str) -> builtins.list[PlanItem]:
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


def _in_order(items: builtins.list[PlanItem], ids: Sequence[int]) -> builtins.list[PlanItem]:
    by_id = {i.id: i for i in items}
    return [by_id[i] for i in dict.fromkeys(ids)]
