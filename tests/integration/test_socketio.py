"""The socket.io channel (for the web chat) answers in Danish."""

from bot.serve import Servers
from tests.integration.conftest import web_chat


async def test_socketio_conversation(servers: Servers) -> None:
    async with web_chat(servers) as chat:
        await chat.say("hej")
        assert "computerprogram" in await chat.reply()
        await chat.say("hvad er en spiserobot")
        assert "spis" in (await chat.reply()).lower()
