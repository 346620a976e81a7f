"""Medicine reminders end to end: set, list, cancel over REST, and a due reminder said in
the web chat (socket.io) by the real worker, answered "ja" and logged as taken."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import socketio

from bot.clock import SystemClock
from bot.reminders.store import ReminderStore
from bot.serve import Servers
from bot.text import fold
from tests.integration.conftest import Chat


def has(reply: str, *words: str) -> bool:
    return any(fold(w) in fold(reply) for w in words)


def test_set_list_and_cancel_all_with_a_question_first(chat: Chat) -> None:
    said = chat.say("mind mig om at tage panodil i morgen klokken 8")
    assert has(said, "om morgenen eller klokken 20 om aftenen"), said
    said = chat.say("om morgenen")
    assert has(said, "jeg minder dig om at tage panodil i morgen klokken 8"), said
    said = chat.say("hvilke paamindelser har jeg")
    assert has(said, "én påmindelse", "panodil"), said
    assert "?" in chat.say("slet alle mine påmindelser")
    assert has(chat.say("ja"), "slettet"), "cancel all after yes"
    assert has(chat.say("hvilke påmindelser har jeg"), "ingen påmindelser")


def test_the_form_asks_for_what_is_missing(chat: Chat) -> None:
    said = chat.say("kan du minde mig om mine piller")
    assert has(said, "hvornår"), said
    said = chat.say("i morgen kl 20")
    assert has(said, "jeg minder dig om dine piller i morgen klokken 20"), said


def test_impossible_date_is_explained_and_nothing_is_stored(chat: Chat) -> None:
    said = chat.say("mind mig om mine piller den 31. februar")
    assert has(said, "findes ikke"), said
    said = chat.say("stop")
    assert has(said, "ikke nogen påmindelse"), said
    assert has(chat.say("hvilke påmindelser har jeg"), "ingen påmindelser")


async def test_due_reminder_reaches_the_web_chat_and_yes_is_logged(
    servers: Servers, reminders_db: str
) -> None:
    client = socketio.AsyncClient()
    replies: asyncio.Queue[str] = asyncio.Queue()
    confirmed = asyncio.Event()
    session = f"web-{uuid.uuid4().hex[:12]}"

    @client.on("session_confirm")
    async def on_confirm(data: object) -> None:
        confirmed.set()

    @client.on("bot_uttered")
    async def on_bot(data: dict[str, str]) -> None:
        await replies.put(data.get("text", ""))

    store = ReminderStore(reminders_db, SystemClock())
    store.create_schema()
    await client.connect(servers.url, socketio_path="/socket.io")
    try:
        await client.emit("session_request", {"session_id": session})
        await asyncio.wait_for(confirmed.wait(), 10)
        await client.emit("user_uttered", {"message": "hej", "session_id": session})
        assert "computerprogram" in await asyncio.wait_for(replies.get(), 30)

        due = SystemClock().now() + timedelta(seconds=3)
        store.add(session, "at tage Panodil", due, medicine="Panodil", channel="socketio")
        said = await asyncio.wait_for(replies.get(), 20)
        assert "tid til at tage Panodil" in said, said

        await client.emit("user_uttered", {"message": "ja", "session_id": session})
        assert "taget" in await asyncio.wait_for(replies.get(), 30)
        assert [e.outcome.value for e in store.adherence(session)] == ["taken"]
    finally:
        await client.disconnect()
        store.dispose()
