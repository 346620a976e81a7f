"""The worker's side: contacts told once, a failure tried again, a webhook over HTTP."""

from __future__ import annotations

import uuid
from datetime import timedelta

import aiohttp
import pytest
from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse, json

from bot.reminders.notify import NotifyError
from bot.safety.detect import ACUTE
from bot.safety.dialogue import Contact, SafetyDialogue, Speaker
from bot.safety.notify import AllEmergencyNotifiers, WebhookEmergencyNotifier, emergency_text
from bot.safety.settings import SafetySettings
from bot.safety.store import Emergency, SafetyStore
from bot.safety.worker import EmergencyLoop
from testkit.support import ManualClock, serve

KAREN = Speaker("karen", contact=Contact("Anne Holm", "anne"))


class Way:
    def __init__(self, name: str, fails: int = 0, reaches: bool = True) -> None:
        self.name = name
        self.fails = fails
        self.reaches = reaches
        self.told: list[int] = []

    async def emergency(self, emergency: Emergency) -> bool:
        if self.fails:
            self.fails -= 1
            raise NotifyError(f"{self.name} is down")
        self.told.append(emergency.id)
        return self.reaches


def said_yes(safety_store: SafetyStore) -> int:
    talk = SafetyDialogue(SafetySettings(), safety_store)
    talk.emergency({ACUTE}, "jeg er faldet og kan ikke komme op", KAREN)
    talk.reply(True, ACUTE, "ja", KAREN)
    [row] = safety_store.of_citizen("karen")
    return row.id


async def test_two_workers_tell_once(
    safety_store: SafetyStore, safety_clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    ident = said_yes(safety_store)
    way = Way("teams")
    first = EmergencyLoop(safety_store, AllEmergencyNotifiers([way]), safety_clock)
    second = EmergencyLoop(safety_store, AllEmergencyNotifiers([way]), safety_clock)
    assert await first.run_once() + await second.run_once() == 1
    safety_clock.advance(timedelta(minutes=5))
    assert await second.run_once() == 0
    assert way.told == [ident]
    row = safety_store.get(ident)
    assert row is not None and row.notify_state == "sent" and row.notified_via == "teams"
    audit = [r.getMessage() for r in caplog.records if "emergency_notified" in r.getMessage()]
    assert audit == [f"emergency_notified citizen=karen emergency={ident} via=teams"]


async def test_every_way_failing_is_tried_again(
    safety_store: SafetyStore, safety_clock: ManualClock
) -> None:
    ident = said_yes(safety_store)
    way = Way("webhook", fails=1)
    loop = EmergencyLoop(
        safety_store, AllEmergencyNotifiers([way]), safety_clock, lease=timedelta(seconds=30)
    )
    assert await loop.run_once() == 0
    assert await loop.run_once() == 0  # still claimed
    safety_clock.advance(timedelta(seconds=31))
    assert await loop.run_once() == 1
    assert way.told == [ident]


async def test_one_way_failing_does_not_repeat_the_others(
    safety_store: SafetyStore, safety_clock: ManualClock
) -> None:
    ident = said_yes(safety_store)
    down, teams = Way("webhook", fails=5), Way("teams")
    loop = EmergencyLoop(safety_store, AllEmergencyNotifiers([down, teams]), safety_clock)
    assert await loop.run_once() == 1
    safety_clock.advance(timedelta(minutes=5))
    assert await loop.run_once() == 0
    assert teams.told == [ident]
    row = safety_store.get(ident)
    assert row is not None and row.notified_via == "teams"


async def test_the_webhook_gets_what_was_said(
    safety_store: SafetyStore, safety_clock: ManualClock
) -> None:
    got: list[dict[str, object]] = []
    app = Sanic(f"hook_{uuid.uuid4().hex[:8]}")

    @app.post("/hook")
    async def hook(request: Request) -> HTTPResponse:
        got.append(request.json)
        return json({"ok": True})

    ident = said_yes(safety_store)
    async for url in serve(app):
        async with aiohttp.ClientSession() as session:
            notifier = WebhookEmergencyNotifier(f"{url}/hook", session)
            loop = EmergencyLoop(safety_store, AllEmergencyNotifiers([notifier]), safety_clock)
            assert await loop.run_once() == 1
    assert got == [
        {
            "event": "emergency",
            "citizen": "karen",
            "contact": "anne",
            "kinds": ["acute"],
            "said": "jeg er faldet og kan ikke komme op",
            "said_at": "2026-12-02T03:10:00+01:00",
            "asked_first": True,
        }
    ]
    row = safety_store.get(ident)
    assert row is not None and row.notified_via == "webhook"


def test_the_contacts_message_says_who_when_and_what(safety_store: SafetyStore) -> None:
    said_yes(safety_store)
    [row] = safety_store.of_citizen("karen")
    text = emergency_text("Karen Jensen", row)
    assert text.startswith("Nødsituation: Karen Jensen sagde klokken 03.10 den 2.12:")
    assert "»jeg er faldet og kan ikke komme op«" in text and "akut fare" in text
