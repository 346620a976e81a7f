"""Talking to a real Home Assistant as its frontend does, for bench.home_assistant: a
minimal configuration, onboarding by API, the Wyoming integration's config flow, and
Assist pipeline runs over the websocket API with each stage's time from HA's own event
timestamps. Home Assistant itself runs from a venv outside the repository."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp

from voice.interfaces import SAMPLE_RATE

PATIENCE = 600.0


def ha_config(folder: Path, port: int) -> None:
    """The least Home Assistant that takes a Wyoming service, pipelines and satellites:
    no default_config (no frontend, no cloud, no discovery)."""
    folder.mkdir(parents=True)
    (folder / "configuration.yaml").write_text(
        f"""homeassistant:
  name: Velfaerd bench
  latitude: 55.68
  longitude: 12.57
  elevation: 0
  unit_system: metric
  time_zone: Europe/Copenhagen
  country: DK
  language: da
  currency: DKK
  # Its own address for ffmpeg to fetch the speech from when it announces on a Wyoming
  # satellite; unset, HA guesses this machine's LAN address, where it does not listen,
  # and the announcement is silently empty.
  internal_url: http://127.0.0.1:{port}
http:
  server_host: 127.0.0.1
  server_port: {port}
api:
websocket_api:
onboarding:
config:
assist_pipeline:
assist_satellite:
conversation:
stt:
tts:
""",
        encoding="utf-8",
    )


class HomeAssistant:
    """Its REST and websocket APIs, as the frontend uses them."""

    def __init__(self, session: aiohttp.ClientSession, url: str) -> None:
        self.session, self.url = session, url
        self.token = ""
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self._id = 0

    async def wait(self, log: Path) -> None:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            with contextlib.suppress(aiohttp.ClientError):
                async with self.session.get(f"{self.url}/api/onboarding") as resp:
                    if resp.status == 200:
                        return
            await asyncio.sleep(1)
        raise RuntimeError(f"Home Assistant did not start: {log.read_text()[-3000:]}")

    async def onboard(self) -> None:
        """The owner made by onboarding, a short-lived token from her auth code, and a
        long-lived one (what VELFAERD_HA_TOKEN holds) over the websocket."""
        client_id = f"{self.url}/"
        user = {"client_id": client_id, "name": "Bench", "username": "bench",
                "password": secrets.token_urlsafe(16), "language": "da"}  # fmt: skip
        async with self.session.post(f"{self.url}/api/onboarding/users", json=user) as resp:
            code = (await _ok(resp))["auth_code"]
        form = {"grant_type": "authorization_code", "code": code, "client_id": client_id}
        async with self.session.post(f"{self.url}/auth/token", data=form) as resp:
            self.token = (await _ok(resp))["access_token"]
        await self.connect()
        self.token = await self.call(
            "auth/long_lived_access_token", client_name="velfaerd-bench", lifespan=1
        )

    async def connect(self) -> None:
        self.ws = await self.session.ws_connect(f"{self.url}/api/websocket", max_msg_size=0)
        assert (await self.ws.receive_json())["type"] == "auth_required"
        await self.ws.send_json({"type": "auth", "access_token": self.token})
        answer = await self.ws.receive_json()
        if answer["type"] != "auth_ok":
            raise RuntimeError(f"websocket auth: {answer}")

    async def send(self, kind: str, **fields: Any) -> int:
        """Sent on the websocket, opened again first if HA has closed it (it does when
        its pings go unanswered while nothing reads)."""
        if self.ws is None or self.ws.closed:
            await self.connect()
        assert self.ws is not None
        self._id += 1
        try:
            await self.ws.send_json({"id": self._id, "type": kind, **fields})
        except ConnectionResetError:
            await self.connect()
            await self.ws.send_json({"id": self._id, "type": kind, **fields})
        return self._id

    async def receive(self, msg_id: int) -> dict[str, Any]:
        assert self.ws is not None
        while True:
            msg: dict[str, Any] = await asyncio.wait_for(self.ws.receive_json(), PATIENCE)
            if msg.get("id") == msg_id:
                return msg

    async def call(self, kind: str, **fields: Any) -> Any:
        msg = await self.receive(await self.send(kind, **fields))
        if not msg.get("success"):
            raise RuntimeError(f"{kind}: {msg}")
        return msg["result"]

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def post(self, path: str, body: dict[str, Any]) -> Any:
        async with self.session.post(
            f"{self.url}{path}", json=body, headers=self._headers()
        ) as resp:
            return await _ok(resp)

    async def state(self, entity: str) -> str | None:
        async with self.session.get(
            f"{self.url}/api/states/{entity}", headers=self._headers()
        ) as resp:
            return (await resp.json()).get("state") if resp.status == 200 else None

    async def idle(self, satellite: str, timeout: float = 60.0) -> None:
        """Until the satellite says nothing: HA holds an announcement for the length of
        its audio (+0.5 s) however fast the satellite took it, and refuses another one
        meanwhile (SatelliteBusyError)."""
        deadline = time.monotonic() + timeout
        while await self.state(satellite) != "idle" and time.monotonic() < deadline:
            await asyncio.sleep(0.2)

    async def announce(self, satellite: str, message: str, tries: int = 4) -> int:
        """assist_satellite.announce by REST; the number of tries it took: HA answers 500
        while it has dropped a wyoming-satellite 1.0.0 for not answering its ping."""
        body = {"entity_id": satellite, "message": message}
        for tried in range(1, tries + 1):
            async with self.session.post(
                f"{self.url}/api/services/assist_satellite/announce",
                json=body,
                headers=self._headers(),
            ) as resp:
                if resp.status == 200:
                    return tried
                if resp.status < 500 or tried == tries:
                    await _ok(resp)
            await asyncio.sleep(3)
        raise AssertionError("unreachable")

    async def add_wyoming(self, port: int) -> dict[str, Any]:
        """Settings → Devices & services → Add integration → Wyoming Protocol, by API."""
        flow = await self.post("/api/config/config_entries/flow", {"handler": "wyoming"})
        step = {"host": "127.0.0.1", "port": port}
        done: dict[str, Any] = await self.post(
            f"/api/config/config_entries/flow/{flow['flow_id']}", step
        )
        if done.get("type") != "create_entry":
            raise RuntimeError(f"the Wyoming flow for port {port} ended with {done}")
        return done

    async def entities(self, entry_id: str) -> list[str]:
        for _ in range(60):  # the platforms come up just after the entry
            found = [
                e["entity_id"]
                for e in await self.call("config/entity_registry/list")
                if e.get("config_entry_id") == entry_id
            ]
            if found:
                return sorted(found)
            await asyncio.sleep(0.5)
        raise RuntimeError(f"no entities for config entry {entry_id}")

    async def run(self, pipeline: str, start: str, text: str = "", pcm: bytes = b"") -> Run:
        """One pipeline run over the websocket, as the frontend's Assist dialog does."""
        fields: dict[str, Any] = {"start_stage": start, "end_stage": "tts", "pipeline": pipeline}
        fields["input"] = {"text": text} if start == "intent" else {"sample_rate": SAMPLE_RATE}
        msg_id = await self.send("assist_pipeline/run", **fields)
        assert self.ws is not None
        events: list[dict[str, Any]] = []
        while True:
            msg = await self.receive(msg_id)
            if msg["type"] == "result":
                if not msg["success"]:
                    raise RuntimeError(f"assist_pipeline/run: {msg}")
                continue
            event = msg["event"]
            events.append(event)
            if event["type"] == "run-start" and start == "stt":
                handler = bytes([event["data"]["runner_data"]["stt_binary_handler_id"]])
                step = SAMPLE_RATE * 2 // 10  # 100 ms, as fast as the socket takes them
                for at in range(0, len(pcm), step):
                    await self.ws.send_bytes(handler + pcm[at : at + step])
                await self.ws.send_bytes(handler)  # the end of the audio
            if event["type"] in ("run-end", "error"):
                return Run(events)


async def _ok(resp: aiohttp.ClientResponse) -> Any:
    if resp.status // 100 != 2:
        raise RuntimeError(f"{resp.method} {resp.url.path}: {resp.status} {await resp.text()}")
    return await resp.json()


class Run:
    """One pipeline run's events: what came out, and each stage's time."""

    def __init__(self, events: list[dict[str, Any]]) -> None:
        self.events = events
        self.by_type = {e["type"]: e for e in events}

    def data(self, kind: str) -> dict[str, Any]:
        return self.by_type.get(kind, {}).get("data") or {}

    def ms(self, first: str, last: str) -> float | None:
        if first not in self.by_type or last not in self.by_type:
            return None
        began = datetime.fromisoformat(self.by_type[first]["timestamp"])
        ended = datetime.fromisoformat(self.by_type[last]["timestamp"])
        return round((ended - began).total_seconds() * 1000, 1)

    @property
    def error(self) -> str | None:
        return self.data("error").get("message") if "error" in self.by_type else None

    @property
    def transcript(self) -> str | None:
        return (self.data("stt-end").get("stt_output") or {}).get("text")

    @property
    def answer(self) -> str | None:
        response = (self.data("intent-end").get("intent_output") or {}).get("response") or {}
        return ((response.get("speech") or {}).get("plain") or {}).get("speech")

    @property
    def tts_url(self) -> str | None:
        return (self.data("tts-end").get("tts_output") or {}).get("url")

    def times(self) -> dict[str, float | None]:
        return {
            "stt_ms": self.ms("stt-start", "stt-end"),
            "stt_after_speech_end_ms": self.ms("stt-vad-end", "stt-end"),
            "intent_ms": self.ms("intent-start", "intent-end"),
            "tts_event_ms": self.ms("tts-start", "tts-end"),
            "run_ms": self.ms("run-start", "run-end"),
        }


async def fetch_audio(ha: HomeAssistant, url: str) -> dict[str, Any]:
    """The tts URL as a media player fetches it: HA makes the speech then (its tts-end
    event only names the URL), so this is the text-to-speech time."""
    began = time.perf_counter()
    async with ha.session.get(f"{ha.url}{url}") as resp:
        first = None
        size = 0
        async for piece in resp.content.iter_any():
            first = first or time.perf_counter()
            size += len(piece)
        return {
            "status": resp.status,
            "content_type": resp.content_type,
            "bytes": size,
            "first_byte_ms": round(((first or began) - began) * 1000, 1),
            "whole_ms": round((time.perf_counter() - began) * 1000, 1),
        }
