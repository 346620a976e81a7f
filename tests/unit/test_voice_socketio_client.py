"""The speaker's socket.io client against a small real socket.io server (Sanic, as
Rasa's channel is) whose session confirmation the test holds back: a busy assistant."""

from __future__ import annotations

import asyncio
import itertools

import socketio
from sanic import Sanic

from testkit.support import PATIENCE_S, serve
from voice.assistant import TURN_DONE, SocketIOBotClient

_names = itertools.count()


class SlowAssistant:
    """Confirms a session only when the test says so; answers "Svar: <text>"."""

    def __init__(self) -> None:
        self.sio = socketio.AsyncServer(async_mode="sanic", cors_allowed_origins=[])
        self.app = Sanic(f"slow_assistant_{next(_names)}")
        self.sio.attach(self.app, socketio_path="/socket.io")
        self.asked = asyncio.Event()
        self.release = asyncio.Event()
        self.connections = 0
        self.sio.on("connect", self._connect)
        self.sio.on("session_request", self._session_request)
        self.sio.on("user_uttered", self._user_uttered)

    async def _connect(self, sid: str, environ: object) -> None:
        self.connections += 1

    async def _session_request(self, sid: str, data: object) -> None:
        self.asked.set()
        await self.release.wait()
        await self.sio.emit("session_confirm", data, room=sid)

    async def _user_uttered(self, sid: str, data: dict[str, str]) -> None:
        await self.sio.emit("bot_uttered", {"text": f"Svar: {data['message']}"}, room=sid)
        await self.sio.emit(TURN_DONE, {}, room=sid)


async def test_a_message_said_while_the_session_is_being_confirmed_waits_for_it() -> None:
    """The speaker starts listening for reminders (which connects) and the citizen speaks
    at once: the first message waits for the confirmation instead of saying that the
    assistant cannot be reached."""
    slow = SlowAssistant()
    async for url in serve(slow.app):
        client = SocketIOBotClient(url, "karen", timeout=PATIENCE_S)
        listening = asyncio.create_task(client.unasked().__anext__())
        try:
            await asyncio.wait_for(slow.asked.wait(), PATIENCE_S)
            said = asyncio.create_task(client.send("hej"))
            await asyncio.sleep(0)  # let send() start while the session is unconfirmed
            assert not said.done()
            slow.release.set()
            assert await asyncio.wait_for(said, PATIENCE_S) == ["Svar: hej"]
        finally:
            listening.cancel()
            await client.close()


async def test_two_first_calls_at_once_make_one_connection() -> None:
    slow = SlowAssistant()
    slow.release.set()
    async for url in serve(slow.app):
        client = SocketIOBotClient(url, "jens", timeout=PATIENCE_S)
        try:
            await asyncio.wait_for(asyncio.gather(client.connect(), client.connect()), PATIENCE_S)
            assert await client.send("godmorgen") == ["Svar: godmorgen"]
            assert slow.connections == 1
        finally:
            await client.close()
