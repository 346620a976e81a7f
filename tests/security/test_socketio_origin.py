"""Finding 2, socket.io: Rasa turned engine.io's Origin check off, so a page on any
site could open the chat as the citizen's browser. (Apart from test_browser.py: an
async test does not share a module with Playwright's synchronous loop.)"""

from __future__ import annotations

import asyncio

import pytest
import socketio

from bot.app.serve import Servers

pytestmark = pytest.mark.integration


async def test_socketio_refuses_another_sites_page(servers: Servers) -> None:
    client = socketio.AsyncClient()
    with pytest.raises(socketio.exceptions.ConnectionError):
        await asyncio.wait_for(
            client.connect(
                servers.url,
                socketio_path="/socket.io",
                transports=["websocket"],
                headers={"Origin": "http://evil.example"},
            ),
            30,
        )
    await client.disconnect()
    ok = socketio.AsyncClient()
    await asyncio.wait_for(
        ok.connect(
            servers.url,
            socketio_path="/socket.io",
            transports=["websocket"],
            headers={"Origin": servers.url},
        ),
        30,
    )
    await ok.disconnect()
