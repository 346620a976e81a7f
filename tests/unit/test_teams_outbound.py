"""Teams outbound: the app token from the Entra stand-in and posts to the Bot Connector stand-in."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import aiohttp
import pytest

from bot.teams.outbound import AppTokenSource, ConnectorClient, OutboundError
from bot.teams.settings import TeamsSettings
from testkit.standin.botframework import BotFrameworkStandIn, served
from testkit.support import ManualClock

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


@dataclass
class Rig:
    standin: BotFrameworkStandIn
    base: str
    clock: ManualClock
    session: aiohttp.ClientSession
    settings: TeamsSettings
    tokens: AppTokenSource
    client: ConnectorClient


@pytest.fixture
async def rig() -> AsyncIterator[Rig]:
    clock = ManualClock(NOW)
    async for standin, base, session in served():
        settings = standin.settings(base)
        tokens = AppTokenSource(settings, session, clock)
        yield Rig(standin, base, clock, session, settings, tokens, ConnectorClient(tokens, session))


def message(text: str) -> dict[str, str]:
    return {"type": "message", "text": text, "textFormat": "plain", "locale": "da-DK"}


async def test_activity_arrives_with_token_and_body(rig: Rig) -> None:
    sent_id = await rig.client.send(rig.base + "/", "a:conv-1", message("Hej"))
    assert sent_id
    [got] = rig.standin.activities
    assert got.conversation_id == "a:conv-1" and got.reply_to_id is None
    assert got.body == message("Hej")
    assert got.authorization is not None
    assert got.authorization.removeprefix("Bearer ") in rig.standin.issued_tokens
    form = rig.standin.token_requests[0]
    assert form == {
        "grant_type": "client_credentials",
        "client_id": rig.standin.app_id,
        "client_secret": rig.standin.app_password,
        "scope": "https://api.botframework.com/.default",
    }


async def test_reply_goes_to_the_activity(rig: Rig) -> None:
    await rig.client.reply(rig.base, "a:conv-1", "1234567890", message("Svar"))
    [got] = rig.standin.activities
    assert (got.conversation_id, got.reply_to_id) == ("a:conv-1", "1234567890")


@pytest.mark.parametrize("conversation_id", ["a:x/y", "a:x?y=1", "19:abc@thread.v2;messageid=1"])
async def test_conversation_id_stays_one_path_segment(rig: Rig, conversation_id: str) -> None:
    await rig.client.reply(rig.base, conversation_id, "1/2", message("Hej"))
    [got] = rig.standin.activities
    assert (got.conversation_id, got.reply_to_id) == (conversation_id, "1/2")


async def test_token_fetched_once_and_reused(rig: Rig) -> None:
    for n in range(5):
        await rig.client.send(rig.base, "a:conv-1", message(f"besked {n}"))
    assert len(rig.standin.token_requests) == 1
    assert len({a.authorization for a in rig.standin.activities}) == 1


async def test_token_refetched_near_expiry(rig: Rig) -> None:
    first = await rig.tokens.token()
    rig.clock.advance(timedelta(minutes=54))
    assert await rig.tokens.token() == first
    rig.clock.advance(timedelta(minutes=1))  # 5 minutes before Entra's 3600 s
    second = await rig.tokens.token()
    assert second != first and len(rig.standin.token_requests) == 2


async def test_concurrent_token_calls_make_one_request(rig: Rig) -> None:
    got = await asyncio.gather(*(rig.tokens.token() for _ in range(20)))
    assert len(set(got)) == 1 and len(rig.standin.token_requests) == 1


@pytest.mark.parametrize(
    ("env", "status"),
    [
        ({"VELFAERD_TEAMS_APP_PASSWORD": "forkert-hemmelighed"}, "401 invalid_client"),
        ({"VELFAERD_TEAMS_SCOPE": "https://graph.microsoft.com/.default"}, "400 invalid_scope"),
    ],
)
async def test_refused_token_request(rig: Rig, env: dict[str, str], status: str) -> None:
    settings = rig.standin.settings(rig.base, **env)
    tokens = AppTokenSource(settings, rig.session, rig.clock)
    with pytest.raises(OutboundError, match=status) as err:
        await ConnectorClient(tokens, rig.session).send(rig.base, "a:conv-1", message("Hej"))
    assert settings.app_password not in str(err.value)
    assert rig.standin.app_password not in str(err.value)
    assert rig.standin.activity_posts == 0


async def test_concurrent_callers_share_a_failed_token_request(rig: Rig) -> None:
    settings = rig.standin.settings(rig.base, VELFAERD_TEAMS_APP_PASSWORD="forkert")
    tokens = AppTokenSource(settings, rig.session, rig.clock)
    results = await asyncio.gather(*(tokens.token() for _ in range(5)), return_exceptions=True)
    assert all(isinstance(r, OutboundError) for r in results)
    assert len(rig.standin.token_requests) == 1


async def test_unreachable_token_endpoint(rig: Rig) -> None:
    settings = rig.standin.settings("http://127.0.0.1:9")
    tokens = AppTokenSource(settings, rig.session, rig.clock)
    with pytest.raises(OutboundError, match="token request failed") as err:
        await tokens.token()
    assert rig.standin.app_password not in str(err.value)


async def test_401_drops_the_token_and_retries_once(rig: Rig) -> None:
    first = await rig.tokens.token()
    rig.standin.fail_next = [401]
    assert await rig.client.send(rig.base, "a:conv-1", message("Hej"))
    [got] = rig.standin.activities
    assert got.authorization != f"Bearer {first}"
    assert len(rig.standin.token_requests) == 2 and rig.standin.activity_posts == 2


async def test_401_twice_is_an_error(rig: Rig) -> None:
    rig.standin.fail_next = [401, 401]
    with pytest.raises(OutboundError, match="401"):
        await rig.client.send(rig.base, "a:conv-1", message("Hej"))
    assert rig.standin.activity_posts == 2 and not rig.standin.activities


async def test_500_is_an_error_without_retry(rig: Rig) -> None:
    rig.standin.fail_next = [500]
    with pytest.raises(OutboundError, match="500"):
        await rig.client.send(rig.base, "a:conv-1", message("Hej"))
    assert rig.standin.activity_posts == 1
    assert await rig.client.send(rig.base, "a:conv-1", message("Igen"))  # and it recovers


async def test_unreachable_connector(rig: Rig) -> None:
    with pytest.raises(OutboundError, match="connector request failed"):
        await rig.client.send("http://127.0.0.1:9", "a:conv-1", message("Hej"))
