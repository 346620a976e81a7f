"""The web chat channel: the page and its files on a real Sanic server on a free port,
registered as Rasa registers channels (content types, cache and security headers, the
allow-list, traversal attempts, the socket.io client missing)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import aiohttp
import pytest
import yaml
from rasa.core.channels.channel import register
from sanic import Sanic

from bot.channels.webchat import CLIENT_JS, NOT_BUILT, WebChatInput
from testkit.support import free_port, serve

ROOT = Path(__file__).resolve().parents[2]
FAKE_CLIENT = b"/* socket.io client stand-in */"


def app_with(channel: WebChatInput) -> Sanic:
    app = Sanic(f"webchat-test-{free_port()}")
    register([channel], app, "/webhooks/")  # as `rasa run` does: /webhooks/<name>
    return app


@pytest.fixture
def client_js(tmp_path: Path) -> Path:
    path = tmp_path / "socket.io.min.js"
    path.write_bytes(FAKE_CLIENT)
    return path


@pytest.fixture
async def base(client_js: Path) -> AsyncIterator[str]:
    async for url in serve(app_with(WebChatInput(client_js))):
        yield url + "/webhooks/chat"


async def get(url: str, **headers: str) -> tuple[int, Mapping[str, str], bytes]:
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as resp:
        return resp.status, resp.headers.copy(), await resp.read()


def test_named_chat_and_registered_in_the_credentials() -> None:
    assert WebChatInput.name() == "chat"
    credentials = yaml.safe_load((ROOT / "bot" / "credentials.yml").read_text())
    assert "bot.channels.webchat.WebChatInput" in credentials
    assert credentials["bot.channels.socketio.SafeSocketIOInput"]["session_persistence"] is True
    channel = WebChatInput.from_credentials({"client_js": "/x/socket.io.min.js"})
    assert channel.client_js == Path("/x/socket.io.min.js")
    assert WebChatInput.from_credentials(None).client_js == CLIENT_JS


async def test_the_page_in_danish_with_strict_headers(base: str) -> None:
    status, headers, body = await get(base + "/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert headers["Cache-Control"] == "no-cache" and headers["ETag"]
    page = body.decode()
    assert '<html lang="da">' in page
    assert "computerprogram, ikke et menneske" in page
    assert "Tal med et menneske" in page
    assert 'src="static/socket.io.min.js"' in page and 'src="static/chat.js"' in page
    assert "https://" not in page and "http://" not in page  # nothing from the internet
    assert "<script>" not in page and "onclick" not in page  # no inline script


async def test_without_the_slash_it_redirects_so_relative_links_work(base: str) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(base, allow_redirects=False) as resp,
    ):
        assert resp.status == 302
        assert resp.headers["Location"] == "/webhooks/chat/"


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("chat.css", "text/css; charset=utf-8"),
        ("chat.js", "text/javascript; charset=utf-8"),
        ("favicon.svg", "image/svg+xml"),
        ("socket.io.min.js", "text/javascript; charset=utf-8"),
    ],
)
async def test_the_allowed_files_with_etags(base: str, name: str, content_type: str) -> None:
    status, headers, body = await get(f"{base}/static/{name}")
    assert status == 200
    assert headers["Content-Type"] == content_type
    assert headers["Cache-Control"] == "no-cache"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert body
    status, _, body = await get(f"{base}/static/{name}", **{"If-None-Match": headers["ETag"]})
    assert (status, body) == (304, b"")
    status, _, _ = await get(f"{base}/static/{name}", **{"If-None-Match": '"other"'})
    assert status == 200


async def test_the_client_is_the_one_npm_installed(base: str) -> None:
    assert (await get(f"{base}/static/socket.io.min.js"))[2] == FAKE_CLIENT


@pytest.mark.parametrize(
    "path",
    [
        "/static/chat.html",
        "/static/webchat.py",
        "/static/socket.io.min.js.map",
        "/static/../webchat.py",
        "/static/..%2Fwebchat.py",
        "/static/%2e%2e%2fwebchat.py",
        "/static/..%5cwebchat.py",
        "/static/static%2Fchat.js",
        "/static/",
        "/static/CHAT.JS",
        "/static/chat.js%00",
        "/static/webchat-js%2Fpackage.json",
        "/nothing",
    ],
)
async def test_anything_else_is_404(base: str, path: str) -> None:
    async with aiohttp.ClientSession() as session:
        url = aiohttp.client.URL(base + path, encoded=True)  # sent as written
        async with session.get(url) as resp:
            body = await resp.read()
            assert resp.status == 404, (path, resp.status)
    assert b"def " not in body and b"import" not in body


async def test_no_client_built_gives_a_danish_503_until_it_is(tmp_path: Path) -> None:
    missing = tmp_path / "node_modules" / "socket.io.min.js"
    async for url in serve(app_with(WebChatInput(missing))):
        status, headers, body = await get(url + "/webhooks/chat/static/socket.io.min.js")
        assert status == 503
        assert body.decode() == NOT_BUILT
        assert "make webchat" in NOT_BUILT
        assert headers["Content-Type"].startswith("text/plain")
        assert (await get(url + "/webhooks/chat/"))[0] == 200  # the page itself still loads
        missing.parent.mkdir()
        missing.write_bytes(FAKE_CLIENT)  # `make webchat` while the server runs
        status, _, body = await get(url + "/webhooks/chat/static/socket.io.min.js")
        assert (status, body) == (200, FAKE_CLIENT)


async def test_it_handles_no_messages_itself(base: str) -> None:
    async with aiohttp.ClientSession() as session:
        for path in ("/webhook", "/"):
            async with session.post(base + path, json={"sender": "a", "message": "hej"}) as resp:
                assert resp.status in (404, 405)
