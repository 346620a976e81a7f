"""The BotClient seam: the running assistant, over its REST or its socket.io channel.

The reminder worker delivers a due reminder to the channel the citizen last wrote
from (docs/reminders.md). A REST client can never be sent anything unasked,
so a speaker that is to say reminders talks over socket.io: its session id is the
citizen id (bot/credentials.yml has `session_persistence: true`, so Rasa takes the
session id as the sender), which makes the conversation the same one REST would use,
and the reminder reaches the speaker's room.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import socketio

log = logging.getLogger(__name__)
# Our socket.io channel's end of a turn (bot.channels.socketio.TURN_DONE; voice/ does
# not import the Rasa plug-ins).
TURN_DONE = "bot_turn_done"


class AssistantUnavailable(RuntimeError):
    """The assistant could not be reached or answered with an error; the loop says so."""


def _texts(messages: object) -> list[str]:
    """The texts of Rasa's bot messages (images and buttons are not spoken)."""
    if not isinstance(messages, list):
        raise AssistantUnavailable(f"unexpected answer from the assistant: {messages!r:.200}")
    return [str(m["text"]) for m in messages if isinstance(m, dict) and m.get("text")]


class RestBotClient:
    """POST {"sender": citizen_id, "message": text} to the REST channel. Unasked messages
    cannot come this way (unasked() waits for ever); use SocketIOBotClient for them."""

    def __init__(
        self,
        assistant_url: str,
        citizen_id: str,
        timeout: float = 30.0,
        device_key: str | None = None,
        where: dict[str, str] | None = None,
    ) -> None:
        self.webhook = assistant_url.rstrip("/") + "/webhooks/rest/webhook"
        self.citizen_id = citizen_id
        self.where = where  # sent with each message: the speaker's room (bot/home)
        self._headers = {"Authorization": f"Bearer {device_key}"} if device_key else {}
        self.timeout = aiohttp.ClientTimeout(total=timeout, connect=min(timeout, 5.0))
        self._session: aiohttp.ClientSession | None = None
        self._closed = asyncio.Event()

    async def send(self, text: str) -> list[str]:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout)
        body: dict[str, Any] = {"sender": self.citizen_id, "message": text}
        if self.where:
            body["metadata"] = self.where
        try:
            async with self._session.post(self.webhook, json=body, headers=self._headers) as resp:
                if resp.status // 100 != 2:
                    detail = (await resp.text())[:200]
                    raise AssistantUnavailable(f"the assistant answered {resp.status}: {detail}")
                return _texts(await resp.json(content_type=None))
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as err:
            raise AssistantUnavailable(f"no answer from {self.webhook}: {err!r}") from err

    async def unasked(self) -> AsyncIterator[str]:
        await self._closed.wait()
        return
        yield  # an async generator that never yields

    async def close(self) -> None:
        self._closed.set()
        if self._session is not None:
            await self._session.close()


class SocketIOBotClient:
    """Talks over the assistant's socket.io channel as the web chat does.

    send() returns the replies that follow a message: the first within `timeout`, the
    rest until our channel marks the end of the turn (bot_turn_done), or, from an
    assistant that does not, until `settle` seconds pass without another (Rasa sends a
    turn's messages one by one). Whatever arrives while nothing is asked (a due reminder,
    an alert before a plan item) is queued for unasked(). When the link drops,
    python-socketio reconnects by itself and the session is asked for again; while it
    is down, send() raises AssistantUnavailable at once.
    """

    def __init__(
        self,
        assistant_url: str,
        citizen_id: str,
        timeout: float = 30.0,
        settle: float = 0.6,
        retry_max: float = 30.0,
        device_key: str | None = None,
        where: dict[str, str] | None = None,
    ) -> None:
        self.url = assistant_url.rstrip("/")
        self.citizen_id = citizen_id
        self.where = where  # sent with each message: the speaker's room (bot/home)
        self._session_request: dict[str, str] = {"session_id": citizen_id}
        if device_key:
            self._session_request["device_key"] = device_key
        self.timeout = timeout
        self.settle = settle
        self.retry_max = retry_max
        self._client: Any = None
        self._replies: asyncio.Queue[str | None] | None = None  # set while send() waits
        self._unasked: asyncio.Queue[str] = asyncio.Queue()
        self._confirmed = asyncio.Event()
        self._refused: str | None = None
        self._lock = asyncio.Lock()
        self._connecting = asyncio.Lock()  # send() and unasked() may both connect first
        self._closed = False
        self._linked = False  # connected once: from then on python-socketio reconnects

    @property
    def connected(self) -> bool:
        return self._client is not None and self._client.connected and self._confirmed.is_set()

    def _make_client(self) -> Any:
        client = socketio.AsyncClient(
            reconnection=True, reconnection_attempts=0, reconnection_delay_max=self.retry_max
        )

        async def on_connect() -> None:  # also after each reconnection: rejoin the room
            await client.emit("session_request", self._session_request)

        async def on_disconnect() -> None:
            self._confirmed.clear()
            log.info("socket.io link to %s dropped; reconnecting", self.url)

        async def on_confirm(data: object) -> None:
            self._refused = None
            self._confirmed.set()

        async def on_refused(data: object) -> None:  # a wrong device key: no session
            self._refused = f"the assistant refused this device: {str(data)[:100]}"
            log.error("%s (check VELFAERD_VOICE_DEVICE_KEY)", self._refused)

        async def on_bot(data: object) -> None:
            text = data.get("text") if isinstance(data, dict) else None
            if text:
                target = self._replies if self._replies is not None else self._unasked
                target.put_nowait(str(text))

        client.on("connect", on_connect)
        client.on("disconnect", on_disconnect)
        client.on("session_confirm", on_confirm)
        client.on("session_refused", on_refused)

        async def on_turn_done(data: object) -> None:  # the assistant's turn is over
            if self._replies is not None:
                self._replies.put_nowait(None)

        client.on("bot_uttered", on_bot)
        client.on(TURN_DONE, on_turn_done)
        return client

    async def connect(self) -> None:
        """Connect now (send() and unasked() do it when needed); AssistantUnavailable if
        the assistant is not there."""
        async with self._connecting:  # one connection, whoever asks first
            if self._client is None:
                self._client = self._make_client()
            if not self._client.connected:
                self._confirmed.clear()
                try:
                    await self._client.connect(self.url, socketio_path="/socket.io")
                except socketio.exceptions.ConnectionError as err:
                    raise AssistantUnavailable(f"no socket.io connection to {self.url}") from err
                self._linked = True
        try:
            await asyncio.wait_for(self._confirmed.wait(), self.timeout)
        except asyncio.TimeoutError as err:
            raise AssistantUnavailable(
                self._refused or f"no socket.io session from {self.url}"
            ) from err

    async def send(self, text: str) -> list[str]:
        async with self._lock:
            if self._linked and not self._client.connected:  # python-socketio reconnects
                raise AssistantUnavailable(f"the socket.io link to {self.url} is down")
            if not self.connected:  # not yet linked, or linked and the session not yet
                await self.connect()  # confirmed (a busy assistant): wait for it
            replies: asyncio.Queue[str | None] = asyncio.Queue()
            self._replies = replies
            try:
                message: dict[str, Any] = {"message": text, "session_id": self.citizen_id}
                if self.where:
                    message["metadata"] = self.where
                await self._client.emit("user_uttered", message)
                try:
                    first = await asyncio.wait_for(replies.get(), self.timeout)
                except asyncio.TimeoutError:
                    if not self.connected:
                        raise AssistantUnavailable("the socket.io link dropped") from None
                    return []  # connected, but the assistant had nothing to say
                if first is None:
                    return []  # the turn ended with nothing to say
                out = [first]
                while True:
                    try:
                        more = await asyncio.wait_for(replies.get(), self.settle)
                    except asyncio.TimeoutError:
                        return out  # an assistant that does not mark the end of a turn
                    if more is None:
                        return out
                    out.append(more)
            except socketio.exceptions.SocketIOError as err:
                raise AssistantUnavailable(f"socket.io error: {err}") from err
            finally:
                self._replies = None
                while not replies.empty():  # came after the turn settled: unasked
                    late = replies.get_nowait()
                    if late is not None:
                        self._unasked.put_nowait(late)

    async def unasked(self) -> AsyncIterator[str]:
        delay = 1.0
        while not self._closed:
            if not self._linked:
                # The first connection is ours to retry; later drops python-socketio's.
                try:
                    await self.connect()
                    delay = 1.0
                except AssistantUnavailable as err:
                    log.info("%s; trying again in %.0f s", err, delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, self.retry_max)
                    continue
            try:
                yield await asyncio.wait_for(self._unasked.get(), 1.0)
            except asyncio.TimeoutError:
                continue

    async def close(self) -> None:
        self._closed = True
        if self._client is not None:
            with contextlib.suppress(Exception):
                await self._client.disconnect()
