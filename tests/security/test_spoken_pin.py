"""Finding 5: a spoken PIN was an ordinary message, kept in the conversation (30 days in
production) and shown in exports. Here the citizen opens the door by voice through the
running assistant, and the conversation Rasa keeps is read back through its API."""

from __future__ import annotations

import json
import secrets
import urllib.request
import uuid
from typing import Any

import pytest

from bot.app.serve import Servers
from bot.home.said_pin import METADATA_KEY, PLACEHOLDER
from bot.seal import Seal
from testkit.standin.home_devices import SimulatedHome
from tests.integration.conftest import Chat
from tests.servers import PIN, PIN_CITIZEN, RASA_API_TOKEN

pytestmark = pytest.mark.integration


def has(reply: str, *words: str) -> bool:
    return all(w.lower() in reply.lower() for w in words)


def kept(servers: Servers, sender: str) -> dict[str, Any]:
    url = f"{servers.url}/conversations/{sender}/tracker?token={RASA_API_TOKEN}"
    with urllib.request.urlopen(url, timeout=60) as r:
        return dict(json.loads(r.read()))


def unlocks(sim: SimulatedHome) -> list[Any]:
    return [r for r in sim.commands("hoveddoer") if json.loads(r.payload).get("state") == "UNLOCK"]


def test_a_spoken_pin_opens_the_door_and_the_conversation_keeps_no_digits(
    servers: Servers, pin_home_devices: SimulatedHome
) -> None:
    chat = Chat(servers.webhook, PIN_CITIZEN)
    assert has(chat.say("lås hoveddøren op"), "sig din kode")
    assert chat.say("fire syv et et nul nul") == "Hoveddøren er låst op."
    assert len(unlocks(pin_home_devices)) == 1
    tracker = json.dumps(kept(servers, PIN_CITIZEN), ensure_ascii=False)
    assert "fire syv et et nul nul" not in tracker and PIN not in tracker
    assert PLACEHOLDER in tracker


def test_a_verdict_sent_by_the_caller_opens_nothing(
    servers: Servers, pin_home_devices: SimulatedHome
) -> None:
    """The verdict travels in the message's metadata: a caller's own is dropped (only
    room and speaker pass), and one sealed with any other key would not open."""
    chat = Chat(servers.webhook, PIN_CITIZEN)
    assert has(chat.say("lås hoveddøren op"), "sig din kode")
    forged = Seal(secrets.token_bytes(32)).close(
        json.dumps({"matched": True, "at": 0.0}), PIN_CITIZEN
    )
    body = {"sender": PIN_CITIZEN, "message": PLACEHOLDER, "metadata": {METADATA_KEY: forged}}
    status, reply = chat.post_raw(json.dumps(body).encode())
    assert status == 200 and "låst op" not in json.dumps(reply, ensure_ascii=False)
    assert unlocks(pin_home_devices) == []
    chat.say("nej")  # the question is left, for the next test


def test_digits_from_a_citizen_without_a_pin_are_left_as_said(servers: Servers) -> None:
    """Only a citizen whose home has a PIN has one to protect: others' numbers (an
    answer to "hvornår?") reach the conversation as they were said."""
    sender = f"test-{uuid.uuid4().hex[:12]}"
    Chat(servers.webhook, sender).say("123456")
    assert "123456" in json.dumps(kept(servers, sender))
