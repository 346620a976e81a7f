"""socket.io (the web chat page and the citizens' speakers) with sessions it decides itself.

Rasa's SocketIOInput takes the room to join from session_request and the sender from
each user_uttered, both as the client sends them, so anyone could join a citizen's room
(and hear their reminders) or speak as them. Here the session is fixed once per
connection, in session_request: a speaker sends `{"session_id": ..., "device_key":
<key>}` and gets its citizen's id; anyone else gets their web-/anon- id, or without a
roster the id they asked for (bot.access.policy.Access.sender_for). A wrong key gets
`session_refused` and no room. Every user_uttered then speaks as the connection's own
session, whatever id it carries, and bad input is answered in Danish, never a trace.

In production several Rasa processes hold connections, and messages for a room go
through Redis to whichever holds it (bot.production.socketio_queue). Clients connect
by websocket first (static/chat.js), which needs no sticky sessions; the long-polling
fallback does (docs/deployment.md).
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint
from socketio import AsyncRedisManager

from bot import inbound
from bot.access.policy import Access, NotPermitted
from bot.access.settings import environment_access
from bot.channels import pins
from bot.channels.rest import caller_address
from bot.channels.tracker_store import TrackerStoreDown
from bot.production import SOCKETIO_CHANNEL, socketio_queue
from bot.ratelimit import TOO_FAST, address_limiter_from_env, limiter_from_env
from bot.settings import Settings

logger = logging.getLogger(__name__)


class SafeSocketIOInput(SocketIOInput):
    def __init__(self, *args: Any, access: Access | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.access = access or environment_access()
        self.max_message_chars = Settings.from_env().max_message_chars
        self.limiter = limiter_from_env()
        self.addresses = address_limiter_from_env()
        self.queue = socketio_queue(os.environ)  # Redis between processes (production)
        self._sessions: dict[str, str] = {}  # socket id -> its session (sender id)
        self._addresses: dict[str, str | None] = {}  # socket id -> the caller's address
        self.pins = pins.arriving_pins_from_env()

    @classmethod
    def name(cls) -> str:
        return "socketio"  # the same name: reminders find the citizen's latest channel

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp: Blueprint = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None
        namespace = self.namespace
        # Rasa passes cors_allowed_origins=[], which turns engine.io's Origin check off:
        # any web site could then talk as this browser's citizen. None is same origin
        # only (the chat page is served from here); clients without Origin (speakers)
        # are not browsers and pass.
        sio.eio.cors_allowed_origins = None
        if self.queue is not None:  # before any connection: it starts on the first
            sio.manager = AsyncRedisManager(self.queue, channel=SOCKETIO_CHANNEL)
            sio.manager.set_server(sio)

        # python-socketio keeps one handler per event: these replace Rasa's.
        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: str, data: Any) -> None:
            data = data if isinstance(data, dict) else {}
            asked = data.get("session_id")
            asked = asked if inbound.valid_sender(asked) else None
            key = data.get("device_key")
            address = _address(sio, sid, namespace)
            if not await self.addresses.allowed(address):
                await sio.emit("session_refused", TOO_FAST, room=sid)
                return
            try:
                session = self.access.sender_for(
                    asked or f"web-{uuid.uuid4().hex}", key if isinstance(key, str) else None
                )
            except NotPermitted:
                await self.addresses.wrong_key(address)
                await sio.emit("session_refused", WRONG_KEY, room=sid)
                return
            self._addresses[sid] = address
            old = self._sessions.get(sid)
            if old is not None and old != session:
                sio.leave_room(sid, old, namespace=namespace)
            self._sessions[sid] = session
            sio.enter_room(sid, session, namespace=namespace)
            await sio.emit("session_confirm", session, room=sid)

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: str) -> None:
            self._sessions.pop(sid, None)
            self._addresses.pop(sid, None)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: str, data: Any) -> None:
            session = self._sessions.get(sid)
            if session is None:  # no session_request yet (or a refused key)
                await sio.emit(self.bot_message_evt, {"text": NO_SESSION}, room=sid)
                return
            output = AnswerOutput(sio, self.bot_message_evt, sid)
            address = self._addresses.get(sid)
            message = data.get("message") if isinstance(data, dict) else None
            if not await self.addresses.allowed(address) or not await self.limiter.allowed(session):
                # an emergency still gets its answer first, from the safety net
                said = message[: self.max_message_chars] if isinstance(message, str) else ""
                await output.send_text_message(session, inbound.too_fast_reply(said))
                return
            checked = inbound.check_text(message, self.max_message_chars)
            if isinstance(checked, inbound.Answered):
                await output.send_text_message(session, checked.text)
                return
            text, metadata = await pins.take(
                self.pins,
                self.access,
                session,
                self.name(),
                checked,
                inbound.where_from(data.get("metadata")),
            )
            try:
                await on_new_message(
                    UserMessage(text, output, session, input_channel=self.name(), metadata=metadata)
                )
            except (Exception, TrackerStoreDown):  # a Danish apology, never a trace
                logger.exception("socket.io message failed")
                await output.send_text_message(session, inbound.failure_reply(text))
            # The turn's messages are all sent: a speaker need not wait to see whether
            # more come (socket.io has no end of a turn; the web chat ignores this).
            await sio.emit(TURN_DONE, {}, room=sid)

        return bp


class AnswerOutput(SocketIOOutput):
    """A turn's answers go to the connection that spoke, not to the session's room.

    The room holds every connection of the citizen (her speaker, a Wyoming server for
    her satellites, a second tab of the chat): what the assistant says on its own (a
    due reminder) reaches them all, as a doorbell rings in every room, but an answer
    belongs to who asked; sent to the room, the speaker in the kitchen said aloud what
    the bedroom's satellite was answered."""

    def __init__(self, sio: Any, bot_message_evt: str, sid: str) -> None:
        super().__init__(sio, bot_message_evt)
        self.sid = sid

    async def _send_message(self, socket_id: str, response: Any) -> None:
        await self.sio.emit(self.bot_message_evt, response, room=self.sid)


def _address(sio: Any, sid: str, namespace: str) -> str | None:
    """The address of a socket.io connection's caller (as the REST channel reads it)."""
    try:
        request = sio.get_environ(sid, namespace=namespace).get("sanic.request")
    except (KeyError, AttributeError, TypeError):
        return None
    return None if request is None else caller_address(request)


WRONG_KEY = "Enhedens nøgle er ikke gyldig."
TURN_DONE = "bot_turn_done"  # emitted after the last message of each turn
NO_SESSION = "Forbindelsen er ikke klar endnu. Genindlæs siden, og prøv igen."
