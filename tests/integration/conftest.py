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

from bot.app.serve import Servers
from testkit.support import free_port  # noqa: F401
from tests.servers import HOME_CITIZENS, MODEL, Hook  # noqa: F401 (tests import them here)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


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
