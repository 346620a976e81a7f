"""The scheduler: delivers due doses once, repeats unanswered ones, reports missed ones.

All state lives in the store, so any number of scheduler processes may run and be
killed at any moment: a dose is claimed with a conditional UPDATE before it is
delivered, released again if delivery fails, and a process that restarts simply
finds what is due (late, or too late) in the store.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.clock import Clock
from bot.core.danish.lateness import ON_TIME
from bot.reminders.model import Dose, DoseState, Reminder, ReminderKind
from bot.reminders.notify import Notifier
from bot.reminders.queue import DoseQueue

log = logging.getLogger(__name__)

# The longest sleep: a reminder added by another process is seen within this.
MAX_SLEEP = 1.0


class Deliverer(Protocol):
    """Hands a due dose to the citizen's assistant (bot.core.delivery.HttpDeliverer)."""

    async def deliver(
        self, dose: Dose, reminder: Reminder, late_by: timedelta, attempt: int
    ) -> bool:
        """True when the citizen's assistant accepted the reminder; False/raise: retry."""
        ...


@dataclass(frozen=True)
class ReminderPolicy:
    repeat_every: timedelta = timedelta(minutes=10)  # ask again while unanswered
    missed_after: timedelta = timedelta(minutes=60)  # from first delivery to "missed"
    late_limit: timedelta = timedelta(hours=2)  # later than this: missed, not delivered
    batch: int = 500  # doses read per query
    notify_retry: timedelta = timedelta(minutes=1)  # next try when telling the contact fails
    concurrency: int = 50  # deliveries in flight at once

    def __post_init__(self) -> None:
        for name in ("repeat_every", "missed_after", "late_limit", "notify_retry"):
            if getattr(self, name) <= timedelta(0):
                raise ValueError(f"ReminderPolicy.{name} must be positive")
        if self.batch < 1 or self.concurrency < 1:
            raise ValueError("ReminderPolicy.batch and .concurrency must be at least 1")


def on_time_or(late_by: timedelta) -> timedelta:
    """Lateness as the citizen should hear it: under a minute is on time."""
    return timedelta(0) if late_by < ON_TIME else late_by


@dataclass(frozen=True)
class _Send:
    dose: Dose  # as read by due(): the claim's expected values
    reminder: Reminder
    late_by: timedelta
    next_attempt_at: datetime


class Scheduler:
    def __init__(
        self,
        store: DoseQueue,
        clock: Clock,
        deliverer: Deliverer,
        notifier: Notifier,
        policy: ReminderPolicy | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._deliverer = deliverer
        self._notifier = notifier
        self.policy = policy or ReminderPolicy()
        self._last_now: datetime | None = None
        self._batch_full = False

    async def run_once(self) -> int:
        """Act on everything due now; returns how many doses were delivered or missed."""
        policy = self.policy
        now = self._clock.now()
        self._last_now = now
        # Store calls run in a thread: SQLite may wait on another process's write lock,
        # and deliveries in flight should not stall meanwhile.
        due = await asyncio.to_thread(self._store.due, now, policy.batch)
        self._batch_full = len(due) >= policy.batch
        sends: list[_Send] = []
        misses: list[tuple[Dose, Reminder]] = []
        notices: list[tuple[Dose, Reminder]] = []
        quiet: list[Dose] = []  # timers and wake-up calls done without a word
        for dose, reminder in due:
            assert dose.next_attempt_at is not None  # due() only returns doses with work
            if reminder.kind is not ReminderKind.REMINDER:
                # Rings once, never repeats, nobody is told; too late, or said already
                # (a worker stopped between saying it and marking it): done quietly.
                late_by = now - dose.next_attempt_at
                if dose.state is DoseState.PENDING and late_by <= policy.late_limit:
                    again = now + policy.repeat_every  # only if this worker dies first
                    sends.append(_Send(dose, reminder, on_time_or(late_by), again))
                else:
                    quiet.append(dose)
            elif dose.state is DoseState.MISSED:  # contact not told yet (earlier try failed)
                notices.append((dose, reminder))
            elif dose.state is DoseState.PENDING:
                late_by = now - dose.next_attempt_at
                if late_by > policy.late_limit:
                    misses.append((dose, reminder))
                else:
                    first_repeat = now + min(policy.repeat_every, policy.missed_after)
                    sends.append(_Send(dose, reminder, on_time_or(late_by), first_repeat))
            elif dose.state is DoseState.ASKED:
                deadline = (dose.asked_at or dose.due_at) + policy.missed_after
                if now >= deadline:
                    misses.append((dose, reminder))
                else:
                    # A repeat says how long ago it was due ("for 10 minutter siden").
                    repeat_at = min(now + policy.repeat_every, deadline)
                    sends.append(_Send(dose, reminder, on_time_or(now - dose.due_at), repeat_at))

        won = await asyncio.to_thread(
            self._store.claim_many, [(s.dose, s.next_attempt_at) for s in sends], now
        )
        claimed = {d.id: d for d in won}
        limit = asyncio.Semaphore(policy.concurrency)
        jobs: list[Awaitable[None]] = [
            self._deliver(claimed[s.dose.id], s, limit) for s in sends if s.dose.id in claimed
        ]
        handled = len(won)
        for dose, reminder in misses:
            missed = await asyncio.to_thread(self._store.miss, dose, now + policy.notify_retry)
            if missed is not None:  # None: another process or the citizen got there first
                handled += 1
                log.info("dose missed dose=%d attempts=%d", dose.id, dose.attempts)
                jobs.append(self._notify(missed, reminder, limit))
        for dose in quiet:
            if await asyncio.to_thread(self._store.finish, dose, now) is not None:
                handled += 1
        for dose, reminder in notices:
            retry = await asyncio.to_thread(self._store.reschedule, dose, now + policy.notify_retry)
            if retry is not None:
                jobs.append(self._notify(retry, reminder, limit))
        await asyncio.gather(*jobs)
        return handled

    async def _deliver(self, claimed: Dose, send: _Send, limit: asyncio.Semaphore) -> None:
        async with limit:
            try:
                ok = await self._deliverer.deliver(
                    claimed, send.reminder, send.late_by, claimed.attempts
                )
            except Exception:
                log.exception("delivery raised dose=%d", claimed.id)
                ok = False
        if not ok:
            # Undo the claim: the dose is due again at once and retried on the next tick,
            # still with its lateness counted from the original time.
            await asyncio.to_thread(self._store.release, claimed, send.dose)
        elif send.reminder.kind is not ReminderKind.REMINDER:
            await asyncio.to_thread(self._store.finish, claimed, self._clock.now())

    async def _notify(self, dose: Dose, reminder: Reminder, limit: asyncio.Semaphore) -> None:
        async with limit:
            try:
                await self._notifier.missed(dose, reminder)
            except Exception:
                # next_attempt_at stays set: due() offers it again after notify_retry.
                log.exception("telling the contact failed dose=%d; will retry", dose.id)
                return
        await asyncio.to_thread(self._store.reschedule, dose, None)

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Run until `stop` is set, waking at the next due time and at least every second."""
        while not stop.is_set():
            wake: datetime | None = None
            try:
                await self.run_once()
                if self._batch_full:  # more due right now: no sleep
                    await asyncio.sleep(0)
                    continue
                # Strictly after the last tick's "now": what is still due from that tick
                # failed delivery and waits for the next regular wake-up instead of spinning.
                wake = await asyncio.to_thread(self._store.next_due_at, self._last_now)
            except Exception:  # a database hiccup must not end the worker
                log.exception("scheduler tick failed; trying again")
            delay = MAX_SLEEP
            if wake is not None:
                delay = min(MAX_SLEEP, max(0.0, (wake - self._clock.now()).total_seconds()))
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)
