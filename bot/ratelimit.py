"""Per-sender rate limiting: a token bucket for each sender, in one process's memory.

Someone (or a script) sending faster than a person speaks gets a polite Danish answer
instead of the assistant's attention, and the message goes no further. A bucket holds
`burst` messages and refills at `per_minute`; idle senders are forgotten, and at most
`max_senders` are tracked (the longest idle go first), so memory stays bounded
whatever ids arrive. Several server processes each count on their own.

    VELFAERD_RATE_PER_MINUTE=30   # 0 turns it off
    VELFAERD_RATE_BURST=10
"""

from __future__ import annotations

import os
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.settings import int_setting

TOO_FAST = "Du skriver meget hurtigt. Vent et øjeblik, og prøv så igen."


@dataclass(frozen=True)
class RateSettings:
    per_minute: int = 30
    burst: int = 10

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> RateSettings:
        env = os.environ if env is None else env
        return cls(
            per_minute=int_setting(env, "VELFAERD_RATE_PER_MINUTE", 30, 0, 100_000),
            burst=int_setting(env, "VELFAERD_RATE_BURST", 10, 1, 100_000),
        )


class RateLimiter:
    def __init__(
        self,
        settings: RateSettings,
        clock: Callable[[], float] = time.monotonic,
        max_senders: int = 100_000,
    ) -> None:
        self._rate = settings.per_minute / 60.0  # tokens per second
        self._burst = float(settings.burst)
        self._clock = clock
        self._max = max_senders
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, at

    @property
    def enabled(self) -> bool:
        return self._rate > 0

    def allow(self, sender: str) -> bool:
        """True if this sender may send a message now (and count it)."""
        if not self.enabled:
            return True
        now = self._clock()
        tokens, at = self._buckets.pop(sender, (self._burst, now))
        tokens = min(self._burst, tokens + (now - at) * self._rate)
        allowed = tokens >= 1.0
        self._buckets[sender] = (tokens - 1.0 if allowed else tokens, now)  # newest last
        while len(self._buckets) > self._max:
            self._buckets.popitem(last=False)
        return allowed

    def __len__(self) -> int:
        return len(self._buckets)
