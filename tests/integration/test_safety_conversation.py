"""Emergencies end to end, in every state: the real Rasa, action server and worker.

Over REST inside the reminder form, the plan form and a plan question waiting for "ja";
on socket.io while a due medicine reminder waits for "ja"; the public web chat; and
the speaker's voice loop. The contact (here the webhook's receiver: one home, no
roster) is told once, on "ja", and never on "nej".
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from bot.app.serve import Servers
from bot.core.clock import SystemClock
from bot.core.text import fold
from bot.reminders.store import ReminderStore
from bot.safety.store import SafetyStore
from testkit.support import PATIENCE_S
from tests.integration.conftest import Chat, Hook, web_chat
from tests.integration.test_home_voice import spoken
from tests.unit.test_voice_loop import WAKE, Harness, quiet, say
from voice.assistant import SocketIOBotClient
from voice.phrases import ACK

pytestmark = pytest.mark.integration

OFFER = "Skal jeg give din kontaktperson besked?"


def has(reply: str, *words: str) -> bool:
    return all(fold(w) in fold(reply) for w in words)


def wait_for(condition, seconds: float = 60) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return bool(condition())


def test_yes_tells_the_contact_once(chat: Chat, emergency_hook: tuple[Hook, str]) -> None:
    hook, _ = emergency_hook
    said = chat.say("jeg er faldet og kan ikke komme op")
    assert said == f"Ring 1-1-2 nu. Jeg kan ikke selv ringe. {OFFER}", said
    said = chat.say("ja tak")
    assert said.startswith("Jeg sender besked til din kontaktperson nu."), said
    mine = lambda: [g for g in hook.got if g["citizen"] == chat.sender]  # noqa: E731
    assert wait_for(lambda: len(mine()) == 1), hook.got
    assert mine()[0]["said"] == "jeg er faldet og kan ikke komme op"
    assert "sender besked" not in chat.say("ja")
    assert len(mine()) == 1


def test_no_tells_no_one(chat: Chat, safety_db: str, emergency_hook: tuple[Hook, str]) -> None:
    assert chat.say("der er ild i køkkenet").endswith(OFFER)
    assert chat.say("nej").startswith("Det er i orden. Jeg giver ikke besked.")
    store = SafetyStore(safety_db)
    try:
        [row] = store.of_citizen(chat.sender)
        assert row.answer == "nej" and row.notify_state == "none"
    finally:
        store.dispose()
    assert not [g for g in emergency_hook[0].got if g["citizen"] == chat.sender]


def test_inside_the_reminder_form_and_nothing_half_made_is_saved(chat: Chat) -> None:
    assert has(chat.say("mind mig om at tage mine piller"), "hvornår")
    said = chat.say("min mand trækker ikke vejret")
    assert said.startswith("Ring 1-1-2 nu."), said
    assert "hvornår" not in fold(said)
    assert has(chat.say("nej"), "giver ikke besked")
    assert has(chat.say("hvilke påmindelser har jeg"), "ingen påmindelser")


def test_inside_the_plan_form(chat: Chat) -> None:
    assert has(chat.say("skriv frisør i min plan på torsdag"), "hvad tid")
    said = chat.say("jeg har taget alle mine sovepiller")
    assert said.startswith("Ring til Giftlinjen på 82 12 12 12."), said


def test_while_a_plan_question_waits_for_yes(chat: Chat) -> None:
    assert has(chat.say("skriv frisør i min plan på torsdag klokken 11"), "skal jeg skrive")
    said = chat.say("jeg vil ikke leve mere")
    assert "70 201 201" in said and "Du er ikke alene" in said, said
    said = chat.say("ja")  # not a yes to the plan: that question ended
    assert not has(said, "skrevet i din plan"), said
    assert not has(chat.say("hvad skal jeg på torsdag"), "frisør")


def test_a_bare_cry_for_help_asks_and_yes_is_acute(chat: Chat) -> None:
    said = chat.say("hjælp")
    assert said == "Er du i fare? Så ring 1-1-2. Eller vil du have hjælp til noget andet?"
    said = chat.say("ja")
    assert said.startswith("Ring 1-1-2 nu.") and said.endswith(OFFER), said
    assert has(chat.say("nej"), "giver ikke besked")


def test_urgent_gets_laegevagten(chat: Chat) -> None:
    said = chat.say("jeg har høj feber og har kastet op hele natten")
    assert said.startswith("Ring til lægevagten på 70 11 31 31."), said


async def test_while_a_due_reminder_waits_for_yes(servers: Servers, reminders_db: str) -> None:
    store = ReminderStore(reminders_db, SystemClock())
    store.create_schema()
    try:
        async with web_chat(servers) as chat:
            await chat.say("hej")
            assert "computerprogram" in await chat.reply()
            due = SystemClock().now() + timedelta(seconds=2)
            store.add(chat.session, "at tage Panodil", due, medicine="Panodil", channel="socketio")
            assert "tid til at tage Panodil" in await chat.reply(30)
            await chat.say("jeg er faldet og har slået hovedet og det bløder")
            said = await chat.reply()
            assert said.startswith("Ring 1-1-2 nu."), said
    finally:
        store.dispose()


async def test_the_public_web_chat_gets_112_and_no_offer(servers: Servers) -> None:
    async with web_chat(servers, session="web-safety-test") as chat:
        await chat.say("ring efter en ambulance min nabo er faldet om")
        said = await chat.reply()
        assert said.startswith("Ring 1-1-2 nu.") and "besked" not in said, said


async def test_the_speaker_says_112_first(servers: Servers) -> None:
    bot = SocketIOBotClient(servers.url, "stemme-nod", timeout=PATIENCE_S, where={})
    harness = Harness(bot, deadline_s=PATIENCE_S)  # type: ignore[arg-type]
    script = [quiet(0.3), WAKE, quiet(0.5), say("jeg kan ikke få vejret", 1.2), quiet(0.6)]
    script += [spoken(harness.events, 1), quiet(2)]
    try:
        await harness.run(script)
    finally:
        await bot.close()
    said = [e.text for e in harness.events if e.kind == "speak" and e.text != ACK]
    assert said and said[0].startswith("Ring 1-1-2 nu."), said
