"""The socket.io channel (for the web chat) answers in Danish."""

import asyncio
import uuid

import socketio

from bot.serve import Servers


async def test_socketio_conversation(servers: Servers) -> None:
    client = socketio.AsyncClient()
    replies: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    confirmed = asyncio.Event()
    session = uuid.uuid4().hex

    @client.on("session_confirm")
    async def on_confirm(data: object) -> None:
        confirmed.set()

    @client.on("bot_uttered")
    async def on_bot(data: dict[str, str]) -> None:
        await replies.put(data)

    await client.connect(servers.url, socketio_path="/socket.io")
    try:
        await client.emit("session_request", {"session_id": session})
        await asyncio.wait_for(confirmed.wait(), 10)
        await client.emit("user_uttered", {"message": "hej", "session_id": session})
        greeting = await asyncio.wait_for(replies.get(), 30)
        assert "computerprogram" in greeting["text"]
        await client.emit(
            "user_uttered", {"message": "hvad er en spiserobot", "session_id": session}
        )
        answer = await asyncio.wait_for(replies.get(), 30)
        assert "spis" in answer["text"].lower()
    finally:
        await client.disconnect()
