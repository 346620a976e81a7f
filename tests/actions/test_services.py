"""Store calls run off the action server's event loop: while one conversation waits for
its database (a slow PostgreSQL round trip), another is answered.

Each case gates one store: its calls wait on a threading.Event that the test sets only
after another action has run to the end on the same loop. Had the store been called on
the loop, that loop would be stuck in the wait, and the case fails at the deadline.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import home, plan, reminders, safety, staff
from actions.services import Services
from bot.access.audit import AccessLog
from bot.access.policy import Access
from bot.access.roster import Citizen, Roster, StaffMember
from bot.plan.store import PlanStore
from bot.reminders.store import ReminderStore
from bot.safety.dialogue import SafetyDialogue
from bot.safety.settings import SafetySettings
from bot.safety.store import SafetyStore
from nlu.danish_time import CPH
from testkit.support import ManualClock
from tests.actions.conftest import turn_tracker as tracker

DEADLINE = 30.0  # seconds; generous: nothing here should take more than a moment
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=CPH)
OPEN = Access(Roster(), None, strict=False)
ROSTER = Roster(
    citizens={"karen": Citizen("karen", "Karen Jensen", contact="anne")},
    staff={"anne": StaffMember("anne", "Anne Holm", "a11e", frozenset({"karen"}))},
)


class Gated:
    """A store whose every call first waits for `release`, as on a slow database."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.entered = threading.Event()
        self.release = threading.Event()

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._store, name)
        if not callable(found):
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            self.entered.set()
            if not self.release.wait(DEADLINE):
                raise TimeoutError("the store call was never let through")
            return found(*args, **kwargs)

        return call


Case = tuple[Gated, Any, Tracker]
Make = Callable[[str, ManualClock], Case]


def _schema(store: Any) -> Any:
    store.create_schema()
    return store


def _citizen(store: type[Any], key: str, action: type[Any], text: str) -> Make:
    """A citizen's action over one store (`key` in Services), that store gated."""

    def make(url: str, clock: ManualClock) -> Case:
        gated = Gated(_schema(store(url, clock)))
        services = Services(clock=clock, access=OPEN, **{key: gated})
        return gated, action(services), tracker(text, "x")

    return make


def _staff(url: str, clock: ManualClock) -> Case:
    """Staff asking: the access log is written before the citizen's doses are read."""
    store = _schema(ReminderStore(url, clock))
    gated = Gated(_schema(AccessLog(url, clock)))
    rules = Access(ROSTER, gated, strict=True)
    action = staff.ActionTellAdherence(Services(reminders=store, clock=clock, access=rules))
    asked = tracker("har Karen taget sin medicin", "x", sender="teams-anne", channel="teams")
    return gated, action, asked


def _safety(url: str, clock: ManualClock) -> Case:
    """An emergency with a contact person: the offer is kept in the safety store."""
    log = _schema(AccessLog(url, clock))
    gated = Gated(_schema(SafetyStore(url, clock)))
    dialogue = SafetyDialogue(SafetySettings(), gated)
    services = Services(access=Access(ROSTER, log, strict=True), safety=dialogue, teams=True)
    action = safety.ActionEmergency(services)
    return gated, action, tracker("jeg er faldet", "report_emergency", sender="karen")


@pytest.mark.parametrize(
    "make",
    [
        _citizen(ReminderStore, "reminders", reminders.ActionListReminders, "mine påmindelser"),
        _citizen(PlanStore, "plan", plan.ActionTellPlanNow, "hvad skal jeg nu"),
        _citizen(ReminderStore, "reminders", home.ActionHomeTimerLeft, "hvor lang tid er der"),
        _staff,
        _safety,
    ],
    ids=["reminders", "plan", "home timers", "staff access log", "safety"],
)
async def test_a_slow_store_leaves_the_event_loop_free(tmp_path: Path, make: Make) -> None:
    clock = ManualClock(NOW)
    gated, action, t = make(f"sqlite:///{tmp_path / 'data.db'}", clock)
    waiting = CollectingDispatcher()
    slow = asyncio.create_task(action.run(waiting, t, {}))
    # Watched from a thread, so this coroutine needs the loop free to see it.
    assert await asyncio.to_thread(gated.entered.wait, DEADLINE), "the store was never called"

    # Meanwhile another conversation on the same loop is answered to the end.
    other = CollectingDispatcher()
    orientation = plan.ActionTellOrientation(Services(clock=clock, access=OPEN))
    await asyncio.wait_for(
        orientation.run(other, tracker("hvad er klokken", "ask_orientation"), {}), DEADLINE
    )
    assert other.messages and "Klokken er 9" in other.messages[0]["text"]
    assert not slow.done()  # still waiting for its store

    gated.release.set()
    await asyncio.wait_for(slow, DEADLINE)
    assert waiting.messages and waiting.messages[0]["text"]
