"""Per-sender rate limiting (bot/ratelimit.py), and the REST channel answering with it.
The shared limiter runs against this machine's real Redis."""

from __future__ import annotations

import asyncio
import itertools
import json
import uuid
from typing import Any

import aiohttp
import pytest
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bot.access.policy import Access
from bot.access.roster import Roster
from bot.channels.rest import SafeRestInput
from bot.ratelimit import (
    KEY_PREFIX,
    TOO_FAST,
    AddressLimiter,
    RateLimiter,
    RateSettings,
    SharedRateLimiter,
    limiter_from_env,
)
from bot.settings import SettingsError
from testkit.support import serve

_APPS = itertools.count()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_the_rate_and_each_sender_on_their_own() -> None:
    clock = Clock()
    limiter = RateLimiter(RateSettings(per_minute=6, burst=3), clock)
    assert [limiter.allow("anna") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("bo")  # another sender is not held up by anna
    clock.now += 5
    assert not limiter.allow("anna")  # 6 a minute: one more after 10 seconds
    clock.now += 5
    assert limiter.allow("anna") and not limiter.allow("anna")
    clock.now += 3600
    assert [limiter.allow("anna") for _ in range(4)] == [True, True, True, False]  # full again


def test_memory_is_bounded_whatever_ids_arrive() -> None:
    limiter = RateLimiter(RateSettings(per_minute=6, burst=1), Clock(), max_senders=100)
    for n in range(10_000):
        limiter.allow(f"web-{n}")
    assert len(limiter) == 100


def test_off_and_settings() -> None:
    off = RateLimiter(RateSettings.from_env({"VELFAERD_RATE_PER_MINUTE": "0"}))
    assert all(off.allow("anna") for _ in range(1000)) and len(off) == 0
    assert RateSettings.from_env({}) == RateSettings(per_minute=30, burst=10)
    for bad in ({"VELFAERD_RATE_PER_MINUTE": "mange"}, {"VELFAERD_RATE_BURST": "0"}):
        with pytest.raises(SettingsError):
            RateSettings.from_env(bad)


async def test_the_rest_channel_answers_too_fast_in_danish_and_rasa_never_hears_it() -> None:
    heard: list[str] = []

    async def on_new_message(message: UserMessage) -> None:
        heard.append(message.text or "")
        await message.output_channel.send_text_message(message.sender_id, "svar")

    limiter = RateLimiter(RateSettings(per_minute=1, burst=2))
    channel = SafeRestInput(1000, Access(Roster(), None, strict=False), limiter)
    app = Sanic(f"test_rate_{next(_APPS)}", configure_logging=False)
    app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/rest")

    async def say(session: aiohttp.ClientSession, url: str, sender: str) -> Any:
        body = json.dumps({"sender": sender, "message": "hej"})
        async with session.post(url, data=body, headers={"Content-Type": "application/json"}) as r:
            assert r.status == 200
            return [m["text"] for m in await r.json()]

    async for base in serve(app):
        url = f"{base}/webhooks/rest/webhook"
        async with aiohttp.ClientSession() as session:
            said = [await say(session, url, "anna") for _ in range(3)]
            other = await say(session, url, "bo")
    assert said == [["svar"], ["svar"], [TOO_FAST]]
    assert other == ["svar"] and heard == ["hej", "hej", "hej"]


async def test_rotating_sender_ids_or_guessing_keys_from_one_address_is_limited() -> None:
    """Issue 19, finding 6, over real HTTP: the per-sender limit alone let a caller
    rotate names; and wrong device keys were free. (Loopback is exempt in the shipped
    limiter; limit_loopback stands in for a caller on the LAN.)"""
    import hashlib

    heard: list[str] = []

    async def on_new_message(message: UserMessage) -> None:
        heard.append(message.sender_id)
        await message.output_channel.send_text_message(message.sender_id, "svar")

    key = "k" * 32
    roster = Roster.from_yaml(
        "citizens: [{id: anna, name: Anna}]\n"
        f"devices: [{{id: spk, citizen: anna, key_sha256: {hashlib.sha256(key.encode()).hexdigest()}}}]"
    )
    addresses = AddressLimiter(RateLimiter(RateSettings(per_minute=1, burst=12)), True)
    channel = SafeRestInput(
        1000, Access(roster, None, strict=True), RateLimiter(RateSettings(per_minute=0)), addresses
    )
    app = Sanic(f"test_rate_{next(_APPS)}", configure_logging=False)
    app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/rest")

    async def post(session: aiohttp.ClientSession, url: str, sender: str, key: str) -> int:
        body = json.dumps({"sender": sender, "message": "hej"})
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {key}"}
        async with session.post(url, data=body, headers=headers) as r:
            return r.status

    async for base in serve(app):
        url = f"{base}/webhooks/rest/webhook"
        async with aiohttp.ClientSession() as session:
            rotated = [await post(session, url, f"navn-{i}", key) for i in range(3)]
            wrong = await post(session, url, "x", "forkert" * 5)
            after = [await post(session, url, f"navn-{i}", key) for i in range(3)]
            # the smoke test's case at the address limit: an emergency is still answered
            body = json.dumps({"sender": "navn-0", "message": "jeg er faldet og kan ikke komme op"})
            headers = {"Content-Type": "application/json"}
            async with session.post(url, data=body, headers=headers) as r:
                fallen, fallen_said = r.status, await r.json()
    assert rotated == [200, 200, 200] and wrong == 401
    assert after == [429, 429, 429]  # 12 - 3 - 1 - 10 for the wrong key: nothing left
    assert fallen == 200 and fallen_said[0]["text"].startswith("Ring 1-1-2 nu.")
    assert TOO_FAST in fallen_said[0]["text"]
    assert heard == ["anna"] * 3  # the assistant never heard it: only the safety net did


REDIS_URL = "redis://127.0.0.1:6379/3"


@pytest.mark.services  # the machine's Redis
async def test_processes_sharing_redis_share_each_senders_budget() -> None:
    """Two limiters, as two Rasa processes: a sender's burst is counted once between
    them, another sender has their own, and the key goes once the bucket is full."""
    settings = RateSettings(per_minute=20, burst=3)  # one every 3 s: room for a busy machine
    first, second = SharedRateLimiter(REDIS_URL, settings), SharedRateLimiter(REDIS_URL, settings)
    anna, bo = f"anna-{uuid.uuid4().hex}", f"bo-{uuid.uuid4().hex}"
    try:
        said = [await lim.allowed(anna) for lim in (first, second, first, second)]
        assert said == [True, True, True, False]
        assert await second.allowed(bo)
        await asyncio.sleep(3.1)  # the limiter keeps Redis's time: 20 a minute, one more after 3 s
        assert await first.allowed(anna) and not await second.allowed(anna)
        ttl = await first._redis.pttl(KEY_PREFIX + anna)
        assert 0 < ttl <= 9000 + 1000  # a full bucket after 9 s; then forgotten
    finally:
        await first.close()
        await second.close()


async def test_a_limiter_that_cannot_reach_redis_counts_in_its_own_process() -> None:
    """Issue 19, finding 6: Redis down let everything through; now each process keeps
    the same bucket in its memory (a citizen is still answered at a person's pace)."""
    limiter = SharedRateLimiter("redis://127.0.0.1:1/0", RateSettings(per_minute=1, burst=2))
    try:
        assert [await limiter.allowed("anna") for _ in range(3)] == [True, True, False]
        assert await limiter.allowed("bo")
    finally:
        await limiter.close()


async def test_an_address_is_limited_whatever_ids_it_rotates_and_pays_for_wrong_keys() -> None:
    clock = Clock()
    limiter = AddressLimiter(RateLimiter(RateSettings(per_minute=60, burst=20), clock))
    assert all([await limiter.allowed("192.0.2.7") for _ in range(20)])
    assert not await limiter.allowed("192.0.2.7")  # rotating sender ids does not help
    assert await limiter.allowed("192.0.2.8")  # another address has its own budget
    await limiter.wrong_key("192.0.2.8")
    assert [await limiter.allowed("192.0.2.8") for _ in range(10)].count(True) == 9
    # Loopback (this machine's processes, a local speaker, a proxy) is not limited here.
    assert all([await limiter.allowed("127.0.0.1") for _ in range(100)])
    assert all([await limiter.allowed(None) for _ in range(5)])
    strict = AddressLimiter(RateLimiter(RateSettings(per_minute=60, burst=1), clock), True)
    assert await strict.allowed("127.0.0.1") and not await strict.allowed("127.0.0.1")


def test_the_address_limit_is_off_with_every_limit() -> None:
    assert RateSettings.per_address_from_env({}) == RateSettings(120, 60)
    assert RateSettings.per_address_from_env({"VELFAERD_RATE_PER_MINUTE": "0"}).per_minute == 0


def test_production_shares_the_limit_and_embedded_keeps_it_in_memory() -> None:
    production = {
        "VELFAERD_PROFILE": "production",
        "VELFAERD_DATABASE_URL": "postgresql://velfaerd@db.example/velfaerd",
        "VELFAERD_REDIS_URL": REDIS_URL,
    }
    assert isinstance(limiter_from_env(production), SharedRateLimiter)
    assert isinstance(limiter_from_env({}), RateLimiter)
    off = {**production, "VELFAERD_RATE_PER_MINUTE": "0"}
    assert isinstance(limiter_from_env(off), RateLimiter)
