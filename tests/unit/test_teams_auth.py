"""Teams inbound auth and settings, with real HTTP against the local Bot Framework stand-in."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import aiohttp
import pytest

from bot.settings import SettingsError
from bot.teams.inbound_auth import KeySet, TokenValidator, Unauthorized
from bot.teams.settings import TeamsSettings
from testkit.standin.botframework import BotFrameworkStandIn, served
from testkit.support import ManualClock

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
SERVICE_URL = "https://smba.trafficmanager.net/emea/"


@dataclass
class Rig:
    standin: BotFrameworkStandIn
    clock: ManualClock
    keys: KeySet
    validator: TokenValidator

    async def check(self, token: str, service_url: str = SERVICE_URL) -> dict[str, Any]:
        return await self.validator.validate(f"Bearer {token}", service_url, "msteams")


@pytest.fixture
async def rig() -> AsyncIterator[Rig]:
    clock = ManualClock(NOW)
    async for standin, base, session in served():
        settings = standin.settings(base)
        keys = KeySet(settings, session, clock)
        yield Rig(standin, clock, keys, TokenValidator(settings, keys, clock))


async def test_valid_token_returns_claims_and_metadata_is_lazy(rig: Rig) -> None:
    assert rig.standin.metadata_requests == 0  # constructing fetched nothing
    claims = await rig.check(rig.standin.token(SERVICE_URL, now=NOW))
    assert claims["aud"] == rig.standin.app_id
    assert claims["serviceurl"] == SERVICE_URL
    assert (rig.standin.metadata_requests, rig.standin.key_requests) == (1, 1)


async def test_metadata_and_keys_are_cached(rig: Rig) -> None:
    token = rig.standin.token(SERVICE_URL, now=NOW)
    for _ in range(100):
        await rig.check(token)
    assert (rig.standin.metadata_requests, rig.standin.key_requests) == (1, 1)


async def test_concurrent_first_calls_share_one_fetch(rig: Rig) -> None:
    token = rig.standin.token(SERVICE_URL, now=NOW)
    await asyncio.gather(*(rig.check(token) for _ in range(20)))
    assert (rig.standin.metadata_requests, rig.standin.key_requests) == (1, 1)


async def test_keys_are_refreshed_after_a_day(rig: Rig) -> None:
    await rig.check(rig.standin.token(SERVICE_URL, now=NOW))
    rig.clock.advance(timedelta(hours=23))
    await rig.check(rig.standin.token(SERVICE_URL, now=rig.clock.now()))
    assert rig.standin.key_requests == 1
    rig.clock.advance(timedelta(hours=1, seconds=1))
    await rig.check(rig.standin.token(SERVICE_URL, now=rig.clock.now()))
    assert (rig.standin.metadata_requests, rig.standin.key_requests) == (2, 2)


async def test_failed_refresh_keeps_the_old_keys(rig: Rig) -> None:
    await rig.check(rig.standin.token(SERVICE_URL, now=NOW))
    rig.standin.metadata_down = True
    rig.clock.advance(timedelta(hours=25))
    for _ in range(3):  # one try, then old keys serve until the next try in 5 minutes
        await rig.check(rig.standin.token(SERVICE_URL, now=rig.clock.now()))
    assert rig.standin.metadata_requests == 2
    claims = rig.standin.claims(SERVICE_URL, now=rig.clock.now())
    rig.clock.advance(timedelta(minutes=5))
    with pytest.raises(Unauthorized, match="keys unavailable"):
        await rig.check(rig.standin.sign(claims, kid="rolled-over"))
    assert rig.standin.metadata_requests == 3
    rig.standin.metadata_down = False
    rig.clock.advance(timedelta(minutes=5))
    await rig.check(rig.standin.token(SERVICE_URL, now=rig.clock.now()))
    assert (rig.standin.metadata_requests, rig.standin.key_requests) == (4, 2)


@pytest.mark.parametrize(
    ("lifetime", "ok"),
    [
        (timedelta(minutes=-6), False),  # expired beyond the 5 minute leeway
        (timedelta(minutes=-4), True),  # expired, but within the leeway
        (timedelta(minutes=1), True),
    ],
)
async def test_expiry_uses_the_injected_clock_and_leeway(
    rig: Rig, lifetime: timedelta, ok: bool
) -> None:
    token = rig.standin.token(SERVICE_URL, now=NOW, lifetime=lifetime)
    if ok:
        await rig.check(token)
    else:
        with pytest.raises(Unauthorized, match="expired"):
            await rig.check(token)


async def test_clock_moving_past_expiry_refuses_the_same_token(rig: Rig) -> None:
    token = rig.standin.token(SERVICE_URL, now=NOW)
    await rig.check(token)
    rig.clock.advance(timedelta(hours=1, minutes=5))
    with pytest.raises(Unauthorized, match="expired"):
        await rig.check(token)


async def test_not_yet_valid(rig: Rig) -> None:
    later = NOW + timedelta(minutes=20)
    token = rig.standin.token(SERVICE_URL, now=later, nbf=int(later.timestamp()))
    with pytest.raises(Unauthorized, match="not yet valid"):
        await rig.check(token)


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"audience": "some-other-bot"}, "wrong audience"),
        ({"issuer": "https://sts.windows.net/evil/"}, "wrong issuer"),
        ({"exp": None}, "invalid token"),
        ({"aud": None}, "invalid token"),
        ({"exp": "tomorrow"}, "invalid token|not numbers"),
        ({"serviceurl": "https://evil.example/"}, "serviceUrl"),
        ({"serviceurl": None}, "serviceUrl"),
    ],
)
async def test_claims_that_do_not_fit(rig: Rig, overrides: dict[str, Any], reason: str) -> None:
    token = rig.standin.token(SERVICE_URL, now=NOW, **overrides)
    with pytest.raises(Unauthorized, match=reason):
        await rig.check(token)


async def test_service_url_trailing_slash_and_camel_case_claim(rig: Rig) -> None:
    await rig.check(rig.standin.token(SERVICE_URL, now=NOW), SERVICE_URL.rstrip("/"))
    camel = rig.standin.token(SERVICE_URL, now=NOW, serviceurl=None, serviceUrl=SERVICE_URL)
    await rig.check(camel)


async def test_bad_signature(rig: Rig) -> None:
    claims = rig.standin.claims(SERVICE_URL, now=NOW)
    with pytest.raises(Unauthorized, match="bad signature"):
        await rig.check(rig.standin.sign(claims, key="other"))


@pytest.mark.parametrize("alg", ["none", "HS256"])
async def test_algorithm_confusion_is_refused(rig: Rig, alg: str) -> None:
    token = rig.standin.sign(rig.standin.claims(SERVICE_URL, now=NOW), alg=alg)
    with pytest.raises(Unauthorized, match="algorithm"):
        await rig.check(token)


async def test_unknown_kid_refreshes_once_per_five_minutes(rig: Rig) -> None:
    await rig.check(rig.standin.token(SERVICE_URL, now=NOW))
    claims = rig.standin.claims(SERVICE_URL, now=NOW)
    with pytest.raises(Unauthorized, match="unknown signing key"):
        await rig.check(rig.standin.sign(claims, kid="forged-1"))
    assert rig.standin.key_requests == 2
    for n in range(10):
        with pytest.raises(Unauthorized, match="unknown signing key"):
            await rig.check(rig.standin.sign(claims, kid=f"forged-{n + 2}"))
    assert rig.standin.key_requests == 2
    rig.clock.advance(timedelta(minutes=5))
    with pytest.raises(Unauthorized):
        await rig.check(rig.standin.sign(claims, kid="forged-99"))
    assert rig.standin.key_requests == 3


async def test_channel_must_be_endorsed(rig: Rig) -> None:
    token = rig.standin.token(SERVICE_URL, now=NOW)
    with pytest.raises(Unauthorized, match="endorsed"):
        await rig.validator.validate(f"Bearer {token}", SERVICE_URL, "webchat")


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer not-a-jwt",
        "Bearer a.b.c",
        "Bearer " + "x" * 9000,
    ],
)
async def test_malformed_headers(rig: Rig, header: str | None) -> None:
    with pytest.raises(Unauthorized):
        await rig.validator.validate(header, SERVICE_URL, "msteams")
    assert rig.standin.metadata_requests == 0  # refused before any network


async def test_unreachable_metadata_is_unauthorized() -> None:
    standin = BotFrameworkStandIn()
    settings = standin.settings("http://127.0.0.1:9")
    clock = ManualClock(NOW)
    async with aiohttp.ClientSession() as session:
        validator = TokenValidator(settings, KeySet(settings, session, clock), clock)
        with pytest.raises(Unauthorized, match="keys unavailable"):
            await validator.validate(
                f"Bearer {standin.token(SERVICE_URL, now=NOW)}", SERVICE_URL, "msteams"
            )


# --- settings -------------------------------------------------------------------


def test_settings_defaults() -> None:
    s = TeamsSettings.from_env(
        {
            "VELFAERD_TEAMS_APP_ID": "app",
            "VELFAERD_TEAMS_APP_PASSWORD": "hemmeligt-kodeord",
            "VELFAERD_TEAMS_TENANT_ID": "tenant-1",
        }
    )
    assert s.configured
    assert s.allowed_tenants == frozenset({"tenant-1"})
    assert s.openid_url == "https://login.botframework.com/v1/.well-known/openidconfiguration"
    assert s.issuer == "https://api.botframework.com"
    assert s.token_url == "https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token"
    assert s.scope == "https://api.botframework.com/.default"
    assert (s.leeway_seconds, s.max_activity_bytes) == (300, 262144)
    assert "hemmeligt-kodeord" not in repr(s)


def test_settings_channel_off_and_lists() -> None:
    off = TeamsSettings.from_env({})
    assert not off.configured and off.allowed_tenants == frozenset()
    s = TeamsSettings.from_env(
        {
            "VELFAERD_TEAMS_APP_ID": "app",
            "VELFAERD_TEAMS_APP_PASSWORD": "pw",
            "VELFAERD_TEAMS_TENANT_ID": "t1",
            "VELFAERD_TEAMS_ALLOWED_TENANTS": "t1, t2,,",
            "VELFAERD_TEAMS_CLOCK_SKEW_SECONDS": "0",
        }
    )
    assert s.allowed_tenants == frozenset({"t1", "t2"}) and s.leeway_seconds == 0


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"VELFAERD_TEAMS_TENANT_ID": "t"}, "VELFAERD_TEAMS_APP_PASSWORD"),
        ({"VELFAERD_TEAMS_APP_PASSWORD": "topsecret"}, "VELFAERD_TEAMS_TENANT_ID"),
        (
            {"VELFAERD_TEAMS_APP_PASSWORD": "topsecret", "VELFAERD_TEAMS_TENANT_ID": "t"}
            | {"VELFAERD_TEAMS_OPENID_URL": "ftp://x"},
            "VELFAERD_TEAMS_OPENID_URL",
        ),
        (
            {"VELFAERD_TEAMS_APP_PASSWORD": "topsecret", "VELFAERD_TEAMS_TENANT_ID": "t"}
            | {"VELFAERD_TEAMS_CLOCK_SKEW_SECONDS": "901"},
            "VELFAERD_TEAMS_CLOCK_SKEW_SECONDS",
        ),
        (
            {"VELFAERD_TEAMS_APP_PASSWORD": "topsecret", "VELFAERD_TEAMS_TENANT_ID": "t"}
            | {"VELFAERD_TEAMS_MAX_ACTIVITY_BYTES": "100"},
            "VELFAERD_TEAMS_MAX_ACTIVITY_BYTES",
        ),
    ],
)
def test_settings_errors_name_the_variable_not_the_secret(env: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named) as err:
        TeamsSettings.from_env({"VELFAERD_TEAMS_APP_ID": "app", **env})
    assert "topsecret" not in str(err.value)
