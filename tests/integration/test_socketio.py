"""The socket.io channel (the web chat page and citizens' speakers) answers in Danish."""

import time
import uuid

from bot.access.replies import CITIZEN_ONLY
from bot.app.serve import Servers
from bot.channels.socketio import TURN_DONE as SENT
from bot.ratelimit import TOO_FAST
from tests.integration.conftest import web_chat
from voice.assistant import TURN_DONE as AWAITED
from voice.assistant import SocketIOBotClient


async def test_socketio_conversation(servers: Servers) -> None:
    async with web_chat(servers) as chat:
        await chat.say("hej")
        assert "computerprogram" in await chat.reply()
        await chat.say("hvad er en spiserobot")
        assert "spis" in (await chat.reply()).lower()


async def test_the_public_web_chat_reaches_no_reminders_or_plan(servers: Servers) -> None:
    """The chat page's anonymous sessions are web-...: knowledge yes, citizen data no."""
    async with web_chat(servers, session=f"web-{uuid.uuid4().hex}") as chat:
        await chat.say("hvad skal jeg i dag")
        assert await chat.reply() == CITIZEN_ONLY
        await chat.say("mind mig om at tage min medicin klokken 8")
        assert await chat.reply() == CITIZEN_ONLY
        await chat.say("hvad er en spiserobot")
        assert "spis" in (await chat.reply()).lower()


async def test_a_sender_writing_faster_than_anyone_speaks_is_asked_to_wait(
    servers: Servers,
) -> None:
    """The default limit: 10 at once, then 30 a minute; the rest get a Danish answer."""
    async with web_chat(servers, session=f"web-{uuid.uuid4().hex}") as chat:
        for _ in range(14):
            await chat.say("hej")
        replies = [await chat.reply() for _ in range(14)]
    assert replies.count(TOO_FAST) >= 3, replies
    assert sum(r != TOO_FAST for r in replies) >= 10, replies  # the first ten answered


async def test_an_emergency_over_the_rate_limit_still_gets_1_1_2_first(servers: Servers) -> None:
    """Safety before the limit: the same run of messages, then an emergency."""
    async with web_chat(servers, session=f"web-{uuid.uuid4().hex}") as chat:
        for _ in range(14):
            await chat.say("hej")
        for _ in range(14):
            await chat.reply()
        await chat.say("min mand er faldet og kan ikke komme op")
        reply = await chat.reply()
    assert reply.startswith("Ring 1-1-2 nu."), reply


async def test_a_speaker_knows_when_the_turn_is_over(servers: Servers) -> None:
    """The channel marks the end of each turn, so the speaker answers at once instead
    of waiting `settle` seconds for more (here 10 s: the test would take 20)."""
    assert SENT == AWAITED
    bot = SocketIOBotClient(servers.url, f"tur-{uuid.uuid4().hex[:8]}", settle=10.0)
    try:
        for text in ("hej", "hvad er et skærmbesøg"):
            started = time.monotonic()
            replies = await bot.send(text)
            assert replies and time.monotonic() - started < 5, (text, replies)
    finally:
        await bot.close()
