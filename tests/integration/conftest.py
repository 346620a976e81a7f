from __future__ import annotations

import asyncio
import json
import os
import shutil
import urllib.error
import urllib.request
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import socketio
import yaml
from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic.response import json as sanic_json

from bot.home.config import load_home
from bot.serve import Servers
from tests.mqtt import PrivateBroker, example_home_data
from tests.standin.home_devices import SimulatedHome
from tests.support import ThreadedServer, free_port

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "velfaerd.tar.gz"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def reminders_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The servers' own reminder database, fresh for each test run."""
    return f"sqlite:///{tmp_path_factory.mktemp('reminders') / 'reminders.db'}"


@pytest.fixture(scope="session")
def plan_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The servers' own day plan database, fresh for each test run."""
    return f"sqlite:///{tmp_path_factory.mktemp('plan') / 'plan.db'}"


# The citizens whose conversations control the test home (tests/mqtt.example_home).
HOME_CITIZENS = ["hjem-anna", "hjem-bent", "hjem-stemme", "hjem-pin"]


@pytest.fixture(scope="session")
def home_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateBroker]:
    """A Mosquitto of the servers' own: the example home's devices talk through it."""
    with PrivateBroker(tmp_path_factory.mktemp("mqtt")) as broker:
        yield broker


@pytest.fixture(scope="session")
def homes_dir(tmp_path_factory: pytest.TempPathFactory, home_broker: PrivateBroker) -> Path:
    folder = tmp_path_factory.mktemp("homes")
    data = example_home_data(home_broker.port, citizens=HOME_CITIZENS)
    (folder / "eksempel.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.fixture
def home_devices(homes_dir: Path, home_broker: PrivateBroker) -> Iterator[SimulatedHome]:
    """The test home's devices, simulated on the servers' broker, fresh for each test."""
    sim = SimulatedHome(load_home(homes_dir / "eksempel.yml"), port=home_broker.port).start()
    yield sim
    sim.stop()


class Hook:
    """The municipality's system that the worker tells about emergencies (a stand-in)."""

    def __init__(self) -> None:
        self.got: list[dict[str, Any]] = []
        self.app = Sanic(f"hook_{uuid.uuid4().hex[:8]}")

        @self.app.post("/hook")
        async def hook(request: Request) -> HTTPResponse:
            self.got.append(request.json)
            return sanic_json({"ok": True})


@pytest.fixture(scope="session")
def emergency_hook() -> Iterator[tuple[Hook, str]]:
    hook = Hook()
    server = ThreadedServer(hook.app).start()
    yield hook, f"{server.url}/hook"
    server.stop()


@pytest.fixture(scope="session")
def safety_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('safety') / 'safety.db'}"


@pytest.fixture(scope="session")
def servers(
    reminders_db: str,
    plan_db: str,
    homes_dir: Path,
    safety_db: str,
    emergency_hook: tuple[Hook, str],
) -> Iterator[Servers]:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train` (make test does it)")
    srv = Servers(
        MODEL,
        port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        log_dir=ROOT / "var" / "log",
        env={
            "VELFAERD_REMINDERS_DB": reminders_db,
            "VELFAERD_PLAN_DB": plan_db,
            "VELFAERD_HOMES_DIR": str(homes_dir),
            "VELFAERD_SAFETY_DB": safety_db,
            # No roster: one home; the webhook's receiver is who can be told.
            "VELFAERD_EMERGENCY_WEBHOOK": emergency_hook[1],
        },
    )
    with srv:
        srv.wait_ready()
        yield srv


class Chat:
    """One sender talking to the real REST channel."""

    def __init__(self, webhook: str, sender: str) -> None:
        self.webhook = webhook
        self.sender = sender

    def post_raw(self, body: bytes, content_type: str = "application/json") -> tuple[int, Any]:
        req = urllib.request.Request(
            self.webhook, data=body, headers={"Content-Type": content_type}
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as err:
            raw = err.read()
            try:
                return err.code, json.loads(raw)
            except ValueError:
                return err.code, raw.decode(errors="replace")

    def say(self, text: str) -> str:
        status, reply = self.post_raw(json.dumps({"sender": self.sender, "message": text}).encode())
        assert status == 200, (status, reply)
        assert isinstance(reply, list) and reply, f"no answer to {text!r}: {reply!r}"
        return " ".join(m.get("text", "") for m in reply)


@pytest.fixture
def chat(servers: Servers) -> Chat:
    """A new conversation for each test."""
    return Chat(servers.webhook, sender=f"test-{uuid.uuid4().hex[:12]}")


class WebChat:
    """One socket.io session: a citizen's speaker (the citizen id as the session), or
    with a web-... id the public chat page's anonymous visitor."""

    def __init__(self, client: socketio.AsyncClient, session: str) -> None:
        self.client = client
        self.session = session
        self.replies: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def say(self, text: str) -> None:
        await self.client.emit("user_uttered", {"message": text, "session_id": self.session})

    async def reply(self, timeout: float = 30) -> str:
        """The next thing the bot says, asked or not (a reminder comes unasked)."""
        message = await asyncio.wait_for(self.replies.get(), timeout)
        return str(message.get("text", ""))


@asynccontextmanager
async def web_chat(
    servers: Servers, session: str | None = None, transports: list[str] | None = None
) -> AsyncIterator[WebChat]:
    """A socket.io session; transports=["websocket"] as the chat page and speakers
    start, without the long-polling that several processes cannot share."""
    client = socketio.AsyncClient()
    chat = WebChat(client, session or f"speaker-{uuid.uuid4().hex[:12]}")
    confirmed = asyncio.Event()

    @client.on("session_confirm")
    async def on_confirm(data: object) -> None:
        confirmed.set()

    @client.on("bot_uttered")
    async def on_bot(data: dict[str, Any]) -> None:
        await chat.replies.put(data)

    await client.connect(servers.url, socketio_path="/socket.io", transports=transports)
    try:
        await client.emit("session_request", {"session_id": chat.session})
        await asyncio.wait_for(confirmed.wait(), 10)
        yield chat
    finally:
        await client.disconnect()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}: run `make chromium` "
            "(make test does it; on Debian: apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        # --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def errors() -> list[str]:
    """The page's console errors (a CSP violation would show here) and script errors."""
    return []
