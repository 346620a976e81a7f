"""The loop in the reminder worker that tells contacts about emergencies.

Every `tick` it claims the pending notifications (bot.safety.store) and tells each
through every way set up. A claim lasts `lease`: a worker that dies holding one, or
a notification every way of which failed, is taken again when it runs out.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from bot.core.clock import Clock
from bot.safety.notify import AllEmergencyNotifiers
from bot.safety.store import SafetyStore

log = logging.getLogger(__name__)


class EmergencyLoop:
    def __init__(
        self,
        store: SafetyStore,
        notifiers: AllEmergencyNotifiers,
        clock: Clock,
        tick: timedelta = timedelta(seconds=1),
        lease: timedelta = timedelta(seconds=30),
    ) -> None:
        self._store = store
        self._notifiers = notifiers
        self._clock = clock
        self._tick = tick
        self._lease = lease

    async def run_once(self) -> int:
        """One pass; how many contacts were told (or had no way to be)."""
        done = 0
        for emergency in await asyncio.to_thread(self._store.claim_pending, self._lease):
            reached, failed = await self._notifiers.tell(emergency)
            if failed and not reached:
                continue  # tried again when the claim runs out
            via = ",".join(reached) or "log"
            await asyncio.to_thread(self._store.mark_sent, emergency.id, via)
            log.warning(
                "emergency_notified citizen=%s emergency=%d via=%s",
                emergency.citizen_id,
                emergency.id,
                via,
            )
            done += 1
        return done

    async def run_forever(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.run_once()
            except Exception:  # a database hiccup must not end the worker
                log.exception("emergency pass failed; trying again")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), self._tick.total_seconds())
