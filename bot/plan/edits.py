"""Changing stored items: delete, move a one-off, move one occurrence or a whole series.

A repeat's single occurrences are changed through exceptions keyed by the time the
rule gave them (EXDATE, RECURRENCE-ID), so they survive an export to another calendar.
A whole series is moved from a given day on (bot.plan.series): what happened before
that day stays in the plan's history as it was.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from bot.core.clock import COPENHAGEN
from bot.core.utc import to_utc_naive
from bot.plan.model import (
    InvalidPlanItem,
    Occurrence,
    PlanItem,
    checked_acting,
    make_draft,
)
from bot.plan.queries import at_time, day_bounds, occurrence_end, occurrence_on
from bot.plan.rows import PlanRows
from bot.plan.schema import plan_exdates, plan_items
from bot.plan.schema import plan_overrides as overrides_t
from bot.plan.series import plan_series_move


class PlanEdits(PlanRows):
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
            return self._delete_row(conn, citizen_id, item.id, acting, "delete")

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
        from_day: date | None = None,
    ) -> PlanItem:
        """Give a repeat a new time of day (and length) from from_day on (default today).

        If the series has occurrences before from_day it is split: the item ends with
        the last of them (UNTIL), exceptions included, and a new item (a new id and
        UID, both audited) carries on at the new time; that new item is returned.
        Otherwise the item itself is moved. From from_day on, removed occurrences stay
        removed (their keys follow the new time) and occurrences moved one by one
        follow the series again, because the person has just said when it should be.
        """
        acting = checked_acting(acting)
        now = self.clock.now()
        today = now.astimezone(COPENHAGEN).date()
        day = today if from_day is None else from_day
        if day < today:
            raise InvalidPlanItem("from_day", "is in the past: what happened stays as it was")
        cut = day_bounds(day)[0]
        with self._tx(write=True) as conn:
            item = self._get(conn, citizen_id, item_id)
            if item.rrule is None:
                raise InvalidPlanItem("rrule", "does not repeat: move the item itself")
            plan = plan_series_move(item, cut, new_time, duration)
            draft = make_draft(
                now,
                item.title,
                plan.start,
                plan.end,
                place=item.place,
                who=item.who,
                note=item.note,
                rrule=plan.rule,
                exdates=[at_time(e, new_time) for e in item.exdates if e >= cut],
                remind_before_minutes=item.remind_before_minutes,
            )
            if plan.ended_rule is None:  # nothing before the day: move the item itself
                self._replace(
                    conn, citizen_id, item.id, draft, acting, to_utc_naive(now), "move_series"
                )
                return self._get(conn, citizen_id, item.id)
            conn.execute(
                plan_items.update()
                .filter_by(id=item.id, citizen_id=citizen_id)
                .values(rrule=plan.ended_rule)
            )
            # The old item keeps the exceptions of its own days; later ones were either
            # handed on (removed days) or follow the new time (moved days).
            self._clear_exceptions(conn, citizen_id, item.id)
            self._write_exceptions(
                conn,
                citizen_id,
                item.id,
                [e for e in item.exdates if e < cut],
                [o for o in item.overrides if o.original_start < cut],
            )
            self._touch(conn, item, acting, "end_series")
            new_id = self._insert(conn, citizen_id, draft, acting, to_utc_naive(now), "move_series")
            return self._get(conn, citizen_id, new_id)
