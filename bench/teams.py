"""Teams channel: token validation cost and webhook throughput against the stand-in.

python -m bench.teams

The channel (bot/channels/teams.py) runs on a real Sanic server with its real token
validation and real replies to the local Bot Framework stand-in (testkit/standin); the
Rasa turn is an echo at the seam, so the figures are the channel's own cost (a Rasa
turn is measured by bench.latency). Tokens are real RS256 tokens.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import aiohttp
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bench.record import record
from bot.access.audit import AccessLog
from bot.access.policy import Access
from bot.access.roster import Roster
from bot.channels.teams import TeamsInput
from bot.core.clock import SystemClock
from bot.ratelimit import RateLimiter, RateSettings
from bot.teams.inbound_auth import KeySet, TokenValidator
from bot.teams.references import References
from testkit.standin.botframework import BotFrameworkStandIn
from testkit.support import serve

AAD = "0a11e000-0000-4000-8000-000000000001"
VALIDATIONS = 2000
SEQUENTIAL = 300
CONCURRENT, PER_CLIENT = 20, 25


def ms(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {
        "p50_ms": round(statistics.median(values) * 1000, 2),
        "p95_ms": round(values[int(len(values) * 0.95) - 1] * 1000, 2),
    }


async def echo(message: UserMessage) -> None:
    await message.output_channel.send_text_message(message.sender_id, f"Du skrev: {message.text}")


async def validation_cost(standin: BotFrameworkStandIn, base: str) -> dict[str, Any]:
    clock = SystemClock()
    settings = standin.settings(base)
    token = standin.token(base, now=datetime.now(timezone.utc))
    async with aiohttp.ClientSession() as session:
        validator = TokenValidator(settings, KeySet(settings, session, clock), clock)
        start = time.perf_counter()
        await validator.validate(f"Bearer {token}", base, "msteams")
        first = time.perf_counter() - start
        times = []
        for _ in range(VALIDATIONS):
            start = time.perf_counter()
            await validator.validate(f"Bearer {token}", base, "msteams")
            times.append(time.perf_counter() - start)
    return {
        "first_with_key_fetch_ms": round(first * 1000, 2),
        "cached_mean_us": round(statistics.mean(times) * 1e6, 1),
        "cached_p95_us": round(sorted(times)[int(len(times) * 0.95)] * 1e6, 1),
    }


async def webhook(standin: BotFrameworkStandIn, base: str, folder: Path) -> dict[str, Any]:
    clock = SystemClock()
    url = f"sqlite:///{folder / 'teams.db'}"
    log, refs = AccessLog(url, clock), References(url, clock)
    log.create_schema()
    refs.create_schema()
    roster = Roster.from_yaml(
        f"citizens: []\nstaff: [{{id: anne, name: Anne Holm, teams_id: {AAD}}}]\n"
    )
    unlimited = RateLimiter(RateSettings(per_minute=0))  # the webhook's cost, not the limit's
    access = Access(roster, log, True)
    channel = TeamsInput(standin.settings(base), access, refs, clock, limiter=unlimited)
    app = Sanic("bench_teams", configure_logging=False)
    app.blueprint(channel.blueprint(echo), url_prefix="/webhooks/teams")
    results: dict[str, Any] = {}
    async for bot in serve(app):
        hook = f"{bot}/webhooks/teams/webhook"
        token = standin.token(base, now=datetime.now(timezone.utc))
        headers = {"Authorization": f"Bearer {token}"}
        forged = {
            "Authorization": f"Bearer {standin.sign(standin.claims(base, now=datetime.now(timezone.utc)), key='other')}"
        }
        async with aiohttp.ClientSession() as session:

            async def post(hdrs: dict[str, str], text: str = "hvad er en spiserobot") -> float:
                activity = standin.activity(text, service_url=base, from_aad=AAD)
                start = time.perf_counter()
                async with session.post(hook, json=activity, headers=hdrs) as r:  # noqa: B023
                    await r.read()
                    assert r.status in (200, 401), r.status
                return time.perf_counter() - start

            await post(headers)  # keys and app token fetched once
            sequential = [await post(headers) for _ in range(SEQUENTIAL)]
            refused = [await post(forged) for _ in range(SEQUENTIAL)]

            async def client() -> list[float]:
                return [await post(headers) for _ in range(PER_CLIENT)]  # noqa: B023

            start = time.perf_counter()
            batches = await asyncio.gather(*(client() for _ in range(CONCURRENT)))
            wall = time.perf_counter() - start
        together = [t for b in batches for t in b]
        results = {
            "sequential": ms(sequential),
            "refused_401": ms(refused),
            "concurrent": {
                **ms(together),
                "clients": CONCURRENT,
                "requests": len(together),
                "per_second": round(len(together) / wall, 1),
            },
            "replies_at_standin": len(standin.activities),
            "token_requests": len(standin.token_requests),
            "key_requests": standin.key_requests,
        }
    await channel.close()
    log.dispose()
    refs.dispose()
    return results


async def main() -> None:
    # Both apps run inside this loop (testkit.support.serve), as in the tests: Sanic's
    # test mode skips its start-up code rewriting, which needs a Sanic-run server.
    Sanic.test_mode = True
    standin = BotFrameworkStandIn()
    async for base in serve(standin.app()):
        cost = await validation_cost(standin, base)
        with tempfile.TemporaryDirectory() as folder:
            hook = await webhook(standin, base, Path(folder))
    rows = [
        {"measure": "token validation, keys cached", "value": f"{cost['cached_mean_us']} µs mean, {cost['cached_p95_us']} µs p95"},
        {"measure": "first validation (fetches metadata and keys)", "value": f"{cost['first_with_key_fetch_ms']} ms"},
        {"measure": "webhook, one at a time (validate, echo, reply)", "value": f"p50 {hook['sequential']['p50_ms']} ms, p95 {hook['sequential']['p95_ms']} ms"},
        {"measure": "webhook, forged token (401)", "value": f"p50 {hook['refused_401']['p50_ms']} ms"},
        {"measure": f"webhook, {CONCURRENT} clients", "value": f"{hook['concurrent']['per_second']} req/s, p50 {hook['concurrent']['p50_ms']} ms, p95 {hook['concurrent']['p95_ms']} ms"},
        {"measure": "app tokens / key fetches for all of it", "value": f"{hook['token_requests']} / {hook['key_requests']}"},
    ]  # fmt: skip
    record("teams", {"validation": cost, "webhook": hook}, rows)


if __name__ == "__main__":
    asyncio.run(main())
