"""Announcing on Home Assistant's satellites: the settings, and the real HTTP call to a
stand-in of Home Assistant's REST API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import web

from bot.settings import SettingsError
from testkit.support import free_port
from voice.ha_announce import AnnounceFailed, AnnounceSettings, HomeAssistantAnnouncer

TOKEN = "langtlevende-adgangsnoegle"
SATELLITE = "assist_satellite.stuen"


def test_nothing_is_announced_unless_all_three_are_set() -> None:
    assert AnnounceSettings.from_env({}) is None
    with pytest.raises(SettingsError):
        AnnounceSettings.from_env({"VELFAERD_HA_URL": "https://ha.local:8123"})
    settings = AnnounceSettings.from_env(
        {
            "VELFAERD_HA_URL": "https://ha.local:8123/",
            "VELFAERD_HA_TOKEN": TOKEN,
            "VELFAERD_HA_SATELLITES": f"{SATELLITE}, assist_satellite.koekken",
        }
    )
    assert settings is not None and settings.url == "https://ha.local:8123"
    assert settings.satellites == (SATELLITE, "assist_satellite.koekken")
    assert TOKEN not in repr(settings)


@pytest.mark.parametrize(
    ("url", "satellites"),
    [
        ("http://192.168.1.20:8123", SATELLITE),  # the token in clear text on the LAN
        ("https://ha.local:8123", "media_player.stuen"),
        ("ftp://ha.local", SATELLITE),
    ],
)
def test_an_unsafe_url_or_another_entity_is_refused(url: str, satellites: str) -> None:
    env = {"VELFAERD_HA_URL": url, "VELFAERD_HA_TOKEN": TOKEN, "VELFAERD_HA_SATELLITES": satellites}
    with pytest.raises(SettingsError):
        AnnounceSettings.from_env(env)


@asynccontextmanager
async def home_assistant(
    status: int = 200, refuses: str = ""
) -> AsyncIterator[tuple[str, asyncio.Queue[Any]]]:
    """A stand-in for Home Assistant's REST API: what it was asked, in a queue; the
    action `refuses` is answered 400, as for satellites without the feature."""
    got: asyncio.Queue[Any] = asyncio.Queue()

    async def call(request: web.Request) -> web.Response:
        await got.put((request.path, request.headers.get("Authorization"), await request.json()))
        refused = request.match_info["service"] == refuses
        return web.json_response([], status=400 if refused else status)

    app = web.Application()
    app.router.add_post("/api/services/{domain}/{service}", call)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}", got
    finally:
        await runner.cleanup()


def announcer(url: str) -> HomeAssistantAnnouncer:
    env = {"VELFAERD_HA_URL": url, "VELFAERD_HA_TOKEN": TOKEN, "VELFAERD_HA_SATELLITES": SATELLITE}
    settings = AnnounceSettings.from_env(env)
    assert settings is not None
    return HomeAssistantAnnouncer(settings, timeout=30)


async def test_a_message_is_announced_on_the_satellites_with_the_token() -> None:
    async with home_assistant() as (url, got):
        await announcer(url).announce("Husk at tage din medicin.")
        path, auth, body = await asyncio.wait_for(got.get(), 30)
    assert path == "/api/services/assist_satellite/announce"
    assert auth == f"Bearer {TOKEN}"
    assert body == {"entity_id": [SATELLITE], "message": "Husk at tage din medicin."}


async def test_a_refusal_or_no_home_assistant_is_announce_failed() -> None:
    async with home_assistant(status=401) as (url, _):
        with pytest.raises(AnnounceFailed, match="401"):
            await announcer(url).announce("Husk at tage din medicin.")
    with pytest.raises(AnnounceFailed):
        await announcer(f"http://127.0.0.1:{free_port()}").announce("Hej")


async def test_a_question_starts_a_conversation_or_is_announced_where_it_cannot() -> None:
    question = "Det er tid til at tage Panodil. Har du taget den?"
    async with home_assistant() as (url, got):
        await announcer(url).announce(question)
        path, _, body = await asyncio.wait_for(got.get(), 30)
        assert path == "/api/services/assist_satellite/start_conversation"
        assert body == {"entity_id": [SATELLITE], "start_message": question}
        assert got.empty()
    async with home_assistant(refuses="start_conversation") as (url, got):
        await announcer(url).announce(question)
        first, _, _ = await asyncio.wait_for(got.get(), 30)
        second, _, body = await asyncio.wait_for(got.get(), 30)
    assert first.endswith("/start_conversation") and second.endswith("/announce")
    assert body == {"entity_id": [SATELLITE], "message": question}
