"""The day plan end to end over REST: asking, adding, moving and cancelling, each change
read back and saved only after "ja", checked in the real plan database.

Items are placed two days ahead, so the test means the same at any hour of the day.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.app.serve import Servers
from bot.core.clock import COPENHAGEN, SystemClock
from bot.core.text import fold
from bot.plan.store import PlanStore
from tests.integration.conftest import Chat, web_chat


def has(reply: str, *words: str) -> bool:
    return any(fold(w) in fold(reply) for w in words)


@pytest.fixture
def plan(plan_db: str) -> PlanStore:
    store = PlanStore(plan_db, SystemClock())
    store.create_schema()
    return store


def in_two_days(hour: int) -> datetime:
    day = datetime.now(COPENHAGEN).date() + timedelta(days=2)
    return datetime(day.year, day.month, day.day, hour, tzinfo=COPENHAGEN)


def test_orientation(chat: Chat) -> None:
    said = chat.say("hvad er klokken")
    assert said.startswith("Klokken er "), said
    assert has(said, "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
    assert has(chat.say("hvilken dag er det i dag"), "det er")


def test_a_day_is_told_and_a_visitor_found(chat: Chat, plan: PlanStore) -> None:
    start = in_two_days(10)
    plan.add(chat.sender, "Frisør", start, start + timedelta(hours=1), acting="staff:test")
    plan.add(
        chat.sender,
        "Kaffe",
        in_two_days(14),
        in_two_days(15),
        acting="staff:test",
        who="min datter",
    )
    said = chat.say("hvad skal jeg i overmorgen")
    assert has(said, "klokken 10 frisør", "klokken 14 kaffe med din datter"), said
    said = chat.say("hvornår kommer min datter")
    assert has(said, "din datter kommer i overmorgen klokken 14"), said
    said = chat.say("hvad er det næste")
    assert has(said, "det næste er"), said


def test_add_move_and_cancel_each_after_yes(chat: Chat, plan: PlanStore) -> None:
    said = chat.say("skriv i min kalender at jeg skal til tandlæge i overmorgen klokken 11")
    assert has(said, "skal jeg skrive »tandlæge« i din plan i overmorgen klokken 11?"), said
    assert plan.items(chat.sender) == []  # nothing before yes
    assert has(chat.say("ja"), "skrevet i din plan")
    (item,) = plan.items(chat.sender)
    assert (item.title, item.start) == ("tandlæge", in_two_days(11))

    said = chat.say("flyt tandlægen til klokken 13")
    assert has(
        said, "skal jeg flytte tandlæge fra i overmorgen klokken 11 til i overmorgen klokken 13"
    ), said
    assert has(chat.say("ja tak"), "flyttet")
    assert plan.get(chat.sender, item.id).start == in_two_days(13)

    said = chat.say("aflys tandlægen")
    assert has(said, "skal jeg aflyse tandlæge"), said
    assert has(chat.say("nej"), "lader jeg din plan være")
    assert len(plan.items(chat.sender)) == 1
    chat.say("aflys tandlægen")
    assert has(chat.say("ja"), "fjernet")
    assert plan.items(chat.sender) == []
    assert [a.acting for a in plan.audit(chat.sender)] == [f"borger:{chat.sender}"] * 3


def test_the_form_asks_for_the_time_of_a_day(chat: Chat, plan: PlanStore) -> None:
    said = chat.say("skriv i kalenderen at jeg skal til fodpleje i overmorgen")
    assert has(said, "hvad tid i overmorgen"), said
    said = chat.say("klokken 9")
    assert has(said, "skal jeg skrive »fodpleje« i din plan i overmorgen klokken 9?"), said
    assert has(chat.say("ja"), "skrevet")
    assert [i.start for i in plan.items(chat.sender)] == [in_two_days(9)]


async def test_alert_before_an_item_reaches_the_web_chat(servers: Servers, plan: PlanStore) -> None:
    """The real worker finds the item in the plan database and Rasa says it unasked."""
    async with web_chat(servers) as chat:
        await chat.say("hej")
        assert "computerprogram" in await chat.reply()
        start = SystemClock().now().replace(second=0, microsecond=0) + timedelta(minutes=4)
        plan.add(chat.session, "Gåtur i parken", start, start + timedelta(hours=1),
                 acting="staff:test", remind_before_minutes=15)  # fmt: skip
        said = await chat.reply(30)  # the worker looks every 5 seconds
        assert has(said, "gåtur i parken"), said


def test_a_plan_item_named_right_after_it_was_saved_is_moved(chat: Chat, plan: PlanStore) -> None:
    """Set 21: "flyt frokosten til klokken tretten" right after lunch was saved was read
    as a change to a reminder ("Du har ingen påmindelser")."""
    said = chat.say("sæt morgenmad med Inge på planen i overmorgen klokken otte om morgenen")
    assert has(said, "skal jeg skrive"), said
    assert has(chat.say("ja"), "skrevet i din plan")
    said = chat.say("flyt morgenmaden til klokken ni")  # the model: change_reminder
    assert has(said, "skal jeg flytte", "klokken 9"), said
    assert has(chat.say("ja"), "flyttet")
    (item,) = plan.items(chat.sender)
    assert item.start == in_two_days(9)
