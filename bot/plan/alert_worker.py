"""The plan alert loop: finds occurrences whose reminder is due, claims each once, says it.

It runs in the reminder worker (python -m bot worker) as its own task next to the
dose scheduler, sharing the deliverer (so one citizen's doses and alerts never
interleave) but nothing else. All state is in plan_alerts, so any number of workers may
run and be killed at any moment, as with the doses.

An occurrence is due from `start - remind_before` until `start + grace`. A worker
that was down longer says nothing about items that began more than `grace` ago.
A moved occurrence alerts at its new time (again, if it had been alerted at the
old one); a removed or deleted one not at all, also when that happens after the
claim: the item is read again just before it is said.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Protocol

from bot.core.clock import COPENHAGEN, Clock
from bot.core.delivery import PlanAlertDeliverer
from bot.core.recurrence import local_naive, localise
from bot.plan.alerts import FINISHED, AlertRow, AlertState, PlanAlerts, Wanted
from bot.plan.model import Occurrence, PlanItem, PlanItemNotFound
from bot.plan.queries import expand, wall_end, wall_length
from bot.plan.replies import alert_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanAlertPolicy:
    grace: timedelta = timedelta(minutes=10)  # still said this long after the start
    tick: timedelta = timedelta(seconds=5)  # how often to look
    retry_first: timedelta = timedelta(seconds=15)  # after a failed delivery; doubling
    retry_most: timedelta = timedelta(minutes=2)
    # A claim older than this is a worker that died while delivering: take it over.
    # Well above a delivery's two 10-second HTTP calls plus waiting for the citizen.
    lease: timedelta = timedelta(minutes=2)
    # Items changed this far before the last pass are read again: a change committed a
    # little after its updated_at, or stamped by a process whose clock is a little behind.
    changed_slack: timedelta = timedelta(minutes=1)
    keep: timedelta = timedelta(days=2)  # rows of older occurrences are deleted
    concurrency: int = 20  # deliveries in flight at once

    def __post_init__(self) -> None:
        for name in ("grace", "tick", "retry_first", "retry_most", "lease", "keep"):
            if getattr(self, name) <= timedelta(0):
                raise ValueError(f"PlanAlertPolicy.{name} must be positive")
        if self.concurrency < 1:
            raise ValueError("PlanAlertPolicy.concurrency must be at least 1")


@dataclass(frozen=True)
class DueAlert:
    occurrence: Occurrence
    due: datetime
    row: AlertRow | None  # its plan_alerts row as read; None: never claimed


class ItemReader(Protocol):
    """PlanStore's read of one item (raises PlanItemNotFound), to check before saying it."""

    def get(self, citizen_id: str, item_id: int) -> PlanItem: ...


def _utc(when: datetime) -> datetime:
    # Aware times in one zone compare and subtract as wall times: compare in UTC.
    return when.astimezone(timezone.utc)


def alert_at(occurrence: Occurrence) -> datetime:
    """When the occurrence's reminder is due: remind_before real minutes before its start."""
    before = timedelta(minutes=occurrence.item.remind_before_minutes or 0)
    return (_utc(occurrence.start) - before).astimezone(COPENHAGEN)


def due_occurrences(item: PlanItem, now: datetime, grace: timedelta) -> list[Occurrence]:
    """The item's occurrences whose alert is due at `now` and that began at most grace ago."""
    if item.remind_before_minutes is None:
        return []
    earliest = _utc(now) - grace
    end = _utc(now) + timedelta(minutes=item.remind_before_minutes, seconds=1)
    return [
        Occurrence(item, occ.start, occ.end, occ.original_start)
        for occ in expand(restarted(item, earliest), earliest, end)
        if _utc(occ.start) >= earliest and _utc(alert_at(occ)) <= _utc(now)
    ]


def restarted(item: PlanItem, before: datetime) -> PlanItem:
    """The item with its daily or weekly rule restarted a little before `before`.

    Expanding walks a rule from its first occurrence, so a year-old daily item costs
    365 steps (about 2 ms) per look. Moving DTSTART on by whole periods of the rule
    (INTERVAL days or weeks, at the same wall time) leaves every occurrence from there
    on where it was; removed and moved occurrences are keyed by their own times. Rules
    with COUNT (which counts from DTSTART) or BYSETPOS, and monthly or yearly ones
    (few occurrences anyway), are walked as they are.
    """
    if item.rrule is None:
        return item
    parts = dict(p.split("=", 1) for p in item.rrule.split(";") if "=" in p)
    days = {"DAILY": 1, "WEEKLY": 7}.get(parts.get("FREQ", ""))
    if days is None or "COUNT" in parts or "BYSETPOS" in parts:
        return item
    period = days * int(parts.get("INTERVAL", "1") or 1)
    first = local_naive(item.start)
    periods = (local_naive(before) - timedelta(days=2) - first).days // period
    for k in (periods, periods - 1):  # the one before if the first is in the spring gap
        if k <= 0:
            break
        wall = first + timedelta(days=k * period)
        start = localise(wall)
        if local_naive(start) == wall:
            return replace(item, start=start, end=wall_end(start, wall_length(item)))
    return item


def _wanted(row: AlertRow | None, occ: Occurrence, now: datetime, lease: timedelta) -> bool:
    if row is None:
        return True
    moved = _utc(row.start) != _utc(occ.start)
    if row.state in FINISHED:
        return moved  # said (or given up) at another time: the new time is news
    if row.state is AlertState.PENDING:
        return moved or (row.next_attempt_at is not None and _utc(row.next_attempt_at) <= _utc(now))
    assert row.claimed_at is not None
    return _utc(row.claimed_at) < _utc(now) - lease  # claimed by a worker that died


def find_due(
    alerts: PlanAlerts,
    now: datetime,
    since: datetime | None,
    policy: PlanAlertPolicy,
) -> list[DueAlert]:
    """Alerts to deliver at `now`, found after a pass at `since` (None: a first pass)."""
    changed_since = None if since is None else since - policy.changed_slack
    items = alerts.candidates(now, since, policy.grace, changed_since, policy.lease)
    found = [o for item in items for o in due_occurrences(item, now, policy.grace)]
    rows = alerts.existing((o.item.id, o.original_start) for o in found)
    return [
        DueAlert(occ, alert_at(occ), rows.get((occ.item.id, occ.original_start)))
        for occ in found
        if _wanted(rows.get((occ.item.id, occ.original_start)), occ, now, policy.lease)
    ]


class PlanAlertLoop:
    def __init__(
        self,
        alerts: PlanAlerts,
        plans: ItemReader,
        clock: Clock,
        deliverer: PlanAlertDeliverer,
        policy: PlanAlertPolicy | None = None,
    ) -> None:
        self._alerts = alerts
        self._plans = plans
        self._clock = clock
        self._deliverer = deliverer
        self.policy = policy or PlanAlertPolicy()
        self._since: datetime | None = None  # the last pass that finished
        self._pruned: datetime | None = None

    async def run_once(self) -> int:
        """Deliver every alert due now; returns how many were delivered."""
        now = self._clock.now()
        # Store calls run in a thread, as in the dose scheduler: the event loop is shared.
        due = await asyncio.to_thread(find_due, self._alerts, now, self._since, self.policy)
        won = await asyncio.to_thread(self._alerts.claim, _claims(due), now)
        limit = asyncio.Semaphore(self.policy.concurrency)
        results = await asyncio.gather(*(self._deliver(claim, limit) for claim in won))
        self._since = now  # only after a pass that went through: a failed one is redone
        if self._pruned is None or _utc(now) - _utc(self._pruned) >= timedelta(hours=1):
            await asyncio.to_thread(self._alerts.prune, now - self.policy.keep)
            self._pruned = now
        return sum(results)

    async def _deliver(self, claim: AlertRow, limit: asyncio.Semaphore) -> bool:
        async with limit:
            # Read the item again now the claim is ours: it may have been deleted or moved
            # since it was found, and then must not be said at the old time.
            occ = await asyncio.to_thread(self._current, claim)
            if occ is None:
                await asyncio.to_thread(self._alerts.drop, claim)
                return False
            now = self._clock.now()
            text = alert_text(occ, now)
            try:
                ok = await self._deliverer.deliver_plan_alert(
                    claim.citizen_id, claim.item_id, occ.start, text
                )
            except Exception:
                log.exception("plan alert delivery raised item=%d", claim.item_id)
                ok = False
        if ok:
            log.info("plan alert said item=%d start=%s", claim.item_id, occ.start.isoformat())
            await asyncio.to_thread(self._alerts.delivered, claim, now, text)
            return True
        wait = min(self.policy.retry_first * 2 ** (claim.attempts - 1), self.policy.retry_most)
        retry_at: datetime | None = now + wait
        if _utc(now) + wait > _utc(occ.start) + self.policy.grace:
            retry_at = None  # too late to be of use: give up
            log.warning("plan alert given up item=%d", claim.item_id)
        await asyncio.to_thread(self._alerts.release, claim, retry_at)
        return False

    def _current(self, claim: AlertRow) -> Occurrence | None:
        try:
            item = self._plans.get(claim.citizen_id, claim.item_id)
        except PlanItemNotFound:
            return None
        for occ in due_occurrences(item, self._clock.now(), self.policy.grace):
            if _utc(occ.original_start) == _utc(claim.original_start):
                return occ if _utc(occ.start) == _utc(claim.start) else None
        return None

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Run until `stop` is set, a pass every policy.tick."""
        while not stop.is_set():
            try:
                await self.run_once()
            except Exception:  # a database hiccup must not end the worker
                log.exception("plan alert pass failed; trying again")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.policy.tick.total_seconds())


def _claims(due: Iterable[DueAlert]) -> list[Wanted]:
    return [
        Wanted(
            item_id=d.occurrence.item.id,
            citizen_id=d.occurrence.item.citizen_id,
            original_start=d.occurrence.original_start,
            start=d.occurrence.start,
            due=d.due,
            row=d.row,
        )
        for d in due
    ]
