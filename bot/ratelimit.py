"""Per-sender rate limiting: a token bucket for each sender, in one process's memory.

Someone (or a script) sending faster than a person speaks gets a polite Danish answer
instead of the assistant's attention, and the message goes no further. A bucket holds
`burst` messages and refills at `per_minute`; idle senders are forgotten, and at most
`max_senders` are tracked (the longest idle go first), so memory stays bounded
whatever ids arrive.

In production several Rasa processes serve one address and one sender's messages may
reach any of them, so there the buckets are kept in Redis (SharedRateLimiter: one
atomic script per message, Redis's own clock, a key that expires once the bucket
would be full again). If Redis cannot be reached, each process counts in its own
memory instead (the same bucket per process: with N processes a sender gets at most N
times the rate while Redis is down, never unlimited), and says so in its log.

A sender id is the caller's to choose, so in front of it each channel also limits the
caller's address (AddressLimiter: the peer's IP, or the one a trusted proxy names in
Sanic's REAL_IP_HEADER/FORWARDED settings): rotating ids or socket.io connections from
one address does not multiply the rate, and a wrong device key costs
`WRONG_KEY_COST` messages of the address's budget. Loopback is not limited by address:
on this machine every process, a local speaker and a reverse proxy share 127.0.0.1
(docs/security.md says what that leaves open).

    VELFAERD_RATE_PER_MINUTE=30   # per sender; 0 turns every limit off
    VELFAERD_RATE_BURST=10
    VELFAERD_RATE_PER_ADDRESS_PER_MINUTE=120   # per address; 0 turns it off
    VELFAERD_RATE_ADDRESS_BURST=60
"""

from __future__ import annotations

import ipaddress
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from redis import asyncio as aioredis
from redis.exceptions import RedisError

from bot.production import Production
from bot.settings import int_setting

log = logging.getLogger(__name__)

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

    @classmethod
    def per_address_from_env(cls, env: Mapping[str, str] | None = None) -> RateSettings:
        env = os.environ if env is None else env
        off = int_setting(env, "VELFAERD_RATE_PER_MINUTE", 30, 0, 100_000) == 0
        return cls(
            per_minute=0
            if off
            else int_setting(env, "VELFAERD_RATE_PER_ADDRESS_PER_MINUTE", 120, 0, 1_000_000),
            burst=int_setting(env, "VELFAERD_RATE_ADDRESS_BURST", 60, 1, 1_000_000),
        )


class Limiter(Protocol):
    async def allowed(self, sender: str) -> bool:
        """True if this sender may send a message now (and count it)."""
        ...


def limiter_from_env(
    env: Mapping[str, str] | None = None, settings: RateSettings | None = None
) -> Limiter:
    """The production profile's shared limiter, else one in this process's memory."""
    env = os.environ if env is None else env
    settings = settings or RateSettings.from_env(env)
    production = Production.from_env(env)
    if production is not None and settings.per_minute > 0:
        return SharedRateLimiter(env["VELFAERD_REDIS_URL"].strip(), settings)
    return RateLimiter(settings)


WRONG_KEY_COST = 10  # messages of an address's budget that one wrong device key costs


class AddressLimiter:
    """A limit per caller address, in front of the per-sender one (module docstring)."""

    def __init__(self, limiter: Limiter, limit_loopback: bool = False) -> None:
        self._limiter = limiter
        self._loopback = limit_loopback

    def _exempt(self, address: str | None) -> bool:
        if not address:
            return True
        try:
            return ipaddress.ip_address(address.strip("[]")).is_loopback and not self._loopback
        except ValueError:
            return False  # a name a proxy gave: limited like any address

    async def allowed(self, address: str | None) -> bool:
        return self._exempt(address) or await self._limiter.allowed(f"addr:{address}")

    async def wrong_key(self, address: str | None) -> None:
        """A wrong device key from this address: it costs WRONG_KEY_COST messages."""
        if not self._exempt(address):
            for _ in range(WRONG_KEY_COST):
                await self._limiter.allowed(f"addr:{address}")


def address_limiter_from_env(env: Mapping[str, str] | None = None) -> AddressLimiter:
    env = os.environ if env is None else env
    return AddressLimiter(limiter_from_env(env, RateSettings.per_address_from_env(env)))


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

    async def allowed(self, sender: str) -> bool:
        return self.allow(sender)

    def __len__(self) -> int:
        return len(self._buckets)


# The same bucket as RateLimiter.allow, in Redis: KEYS[1] the sender's key, ARGV the
# refill rate per millisecond and the burst. Redis's TIME, so every process and machine
# counts on one clock.
_BUCKET = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate) + 1000)
return allowed
"""
KEY_PREFIX = "velfaerd:rate:"


class SharedRateLimiter:
    """The token buckets in Redis, shared by every process that uses the same Redis."""

    def __init__(self, url: str, settings: RateSettings, timeout: float = 0.5) -> None:
        self._rate_ms = settings.per_minute / 60_000.0
        self._burst = settings.burst
        self._redis = aioredis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        self._script = self._redis.register_script(_BUCKET)
        self._local = RateLimiter(settings)  # while Redis cannot be reached

    async def allowed(self, sender: str) -> bool:
        if self._rate_ms <= 0:
            return True
        try:
            result = await self._script(
                keys=[KEY_PREFIX + sender], args=[self._rate_ms, self._burst]
            )
        except (RedisError, OSError):
            log.warning("rate limit: Redis cannot be reached; counting in this process")
            return self._local.allow(sender)
        return bool(result)

    async def close(self) -> None:
        await self._redis.close()
