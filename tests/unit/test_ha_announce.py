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
    status: int = 200,
    refuses: str = "",
    features: dict[str, int] | None = None,
    away: int = 0,
) -> AsyncIterator[tuple[str, asyncio.Queue[Any]]]:
    """A stand-in for Home Assistant's REST API: what it was asked, in a queue; the
    action `refuses` is answered 500, as Home Assistant 2025.4.4 answers an action an
    entity does not support. With `features`, the satellites' supported_features are
    in their states, and start_conversation is refused as a whole when one entity of
    the call lacks it (bench.home_assistant saw that on a real one). The first `away`
    calls are answered 500, as while a satellite reconnects or is busy."""
    got: asyncio.Queue[Any] = asyncio.Queue()
    calls = [0]

    async def call(request: web.Request) -> web.Response:
        body = await request.json()
        await got.put((request.path, request.headers.get("Authorization"), body))
        service = request.match_info["service"]
        calls[0] += 1
        if calls[0] <= away:
            return web.json_response({"message": "satellite away"}, status=500)
        refused = service == refuses
        if features is not None and service == "start_conversation":
            refused = any(not features.get(e, 0) & 2 for e in body["entity_id"])
        return web.json_response([], status=500 if refused else status)

    async def state(request: web.Request) -> web.Response:
        entity = request.match_info["entity"]
        if features is None or entity not in features:
            return web.json_response({"message": "Entity not found."}, status=404)
        attributes = {"supported_features": features[entity]}
        return web.json_response({"entity_id": entity, "state": "idle", "attributes": attributes})

    app = web.Application()
    app.router.add_post("/api/services/{domain}/{service}", call)
    app.router.add_get("/api/states/{entity}", state)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}", got
    finally:
        await runner.cleanup()


def announcer(url: str, satellites: str = SATELLITE, retries: int = 0) -> HomeAssistantAnnouncer:
    env = {"VELFAERD_HA_URL": url, "VELFAERD_HA_TOKEN": TOKEN, "VELFAERD_HA_SATELLITES": satellites}
    settings = AnnounceSettings.from_env(env)
    assert settings is not None
    return HomeAssistantAnnouncer(settings, timeout=30, retries=retries, retry_wait_s=0.05)


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


async def test_a_question_is_asked_where_a_satellite_can_listen_and_announced_elsewhere() -> None:
    """A Home Assistant Voice (announce and start_conversation: 3) and a Wyoming
    satellite (announce only: 1) of the same citizen: one call for both would be refused
    and leave the Voice without its conversation."""
    question = "Det er tid til at tage Panodil. Har du taget den?"
    voice, wyoming = "assist_satellite.koekken", SATELLITE
    async with home_assistant(features={voice: 3, wyoming: 1}) as (url, got):
        await announcer(url, f"{wyoming},{voice}").announce(question)
        asked = [await asyncio.wait_for(got.get(), 30) for _ in range(2)]
        await asyncio.sleep(0.2)
        assert got.empty()
    calls = {path.rsplit("/", 1)[1]: body for path, _, body in asked}
    assert calls == {
        "start_conversation": {"entity_id": [voice], "start_message": question},
        "announce": {"entity_id": [wyoming], "message": question},
    }


async def test_a_satellite_away_for_a_moment_is_tried_again_and_a_refusal_is_not() -> None:
    async with home_assistant(away=2) as (url, got):
        await announcer(url, retries=3).announce("Husk at tage din medicin.")
        paths = [(await asyncio.wait_for(got.get(), 30))[0] for _ in range(3)]
    assert paths == ["/api/services/assist_satellite/announce"] * 3
    async with home_assistant(status=401) as (url, got):
        with pytest.raises(AnnounceFailed, match="401"):
            await announcer(url, retries=3).announce("Husk at tage din medicin.")
        assert got.qsize() == 1
