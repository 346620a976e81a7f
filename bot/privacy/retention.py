"""The retention job: kept conversations older than the period are deleted, hourly.

Run by the reminder worker beside its other loops (several workers may all run it:
deleting what is already gone deletes nothing). Only where conversations are kept
(the production profile); the embedded profile keeps them in memory only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from bot.core.clock import Clock
from bot.privacy.conversations import Conversations

log = logging.getLogger(__name__)

EVERY = timedelta(hours=1)


class RetentionLoop:
    def __init__(
        self,
        conversations: Conversations,
        retention: timedelta,
        clock: Clock,
        every: timedelta = EVERY,
    ) -> None:
        self._conversations = conversations
        self._retention = retention
        self._clock = clock
        self._every = every

    async def run_once(self) -> int:
        cutoff = self._clock.now() - self._retention
        gone = await asyncio.to_thread(self._conversations.forget_before, cutoff)
        if gone:
            log.info("retention deleted %d conversation events before %s", gone, cutoff)
        return gone

    async def run_forever(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.run_once()
            except Exception:  # a database hiccup must not end the worker
                log.exception("retention pass failed; trying again later")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self._every.total_seconds())
