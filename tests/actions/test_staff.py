"""Staff in Teams asking about their citizens: answers for their own, nothing else.

Real SQLite stores and access log; the roster gives Anne one citizen, Karen.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import plan as plan_act
from actions import reminders as rem_act
from actions import staff as staff_act
from bot.access.audit import AccessLog
from bot.access.phrasing import CITIZEN_ONLY
from bot.access.policy import Access
from bot.access.roster import Roster
from bot.plan.store import PlanStore
from bot.reminders.model import DoseState
from bot.reminders.store import ReminderStore
from bot.staff import wording
from nlu.danish_time import CPH
from tests.actions.conftest import turn_tracker as tracker
from tests.support import ManualClock

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=CPH)  # a Monday
ROSTER = Roster.from_yaml(
    """
citizens:
  - {id: karen, name: Karen Jensen}
  - {id: dora, name: Dora Holm}
staff:
  - {id: anne, name: Anne Holm, citizens: [karen]}
  - {id: bo, name: Bo Lund, citizens: [dora]}
  - {id: lis, name: Lis Berg}
"""
)


@dataclass
class World:
    clock: ManualClock
    reminders: ReminderStore
    plan: PlanStore
    log: AccessLog
    access: Access

    async def ask(self, action: Any, text: str, sender: str = "teams-anne") -> list[str]:
        d = CollectingDispatcher()
        channel = "teams" if sender.startswith("teams-") else "rest"
        await action.run(d, tracker(text, "x", sender=sender, channel=channel), {})
        return [str(m.get("text")) for m in d.messages]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    clock = ManualClock(NOW)
    url = f"sqlite:///{tmp_path / 'data.db'}"
    reminders, plan, log = ReminderStore(url, clock), PlanStore(url, clock), AccessLog(url, clock)
    for store in (reminders, plan, log):
        store.create_schema()
    clock.advance(timedelta(hours=-4))  # the morning dose was set up before it was due
    reminders.add("karen", "tage din hjertemedicin", NOW - timedelta(hours=3), rrule="FREQ=DAILY")
    reminders.add("karen", "tage dine vanddrivende", NOW + timedelta(hours=6))
    clock.advance(timedelta(hours=4))
    morning = reminders.doses("karen")[0]
    reminders.mark("karen", morning.id, DoseState.TAKEN)
    plan.add("karen", "Frisør", NOW + timedelta(days=1), NOW + timedelta(days=1, hours=1),
             acting="staff:anne")  # fmt: skip
    yield World(clock, reminders, plan, log, Access(ROSTER, log, strict=True))
    for store in (reminders, plan, log):
        store.dispose()


async def test_staff_read_their_citizens_day_and_medicine_and_it_is_logged(world: World) -> None:
    tell_plan = plan_act.ActionTellPlan(world.plan, world.clock, world.access)
    assert await world.ask(tell_plan, "hvad skal Karen i morgen") == [
        "Karen Jensen i morgen: klokken 12 frisør."
    ]
    assert await world.ask(tell_plan, "hvad står der i Karen Jensens plan i dag") == [
        "Der står ikke noget i Karen Jensens plan i dag."
    ]
    adherence = staff_act.ActionTellAdherence(world.reminders, world.clock, world.access)
    assert await world.ask(adherence, "har Karen taget sin medicin i dag") == [
        "Karen Jensen i dag: klokken 9 tage din hjertemedicin: taget; "
        "klokken 18 tage dine vanddrivende: ikke endnu."
    ]
    logged = [(e.actor, e.action) for e in world.log.entries("karen")]
    assert logged == [
        ("staff:anne", "action_tell_adherence"),
        ("staff:anne", "action_tell_plan"),
        ("staff:anne", "action_tell_plan"),
    ]


async def test_another_staff_members_citizen_or_none_is_not_found(world: World) -> None:
    tell_plan = plan_act.ActionTellPlan(world.plan, world.clock, world.access)
    adherence = staff_act.ActionTellAdherence(world.reminders, world.clock, world.access)
    for action in (tell_plan, adherence):
        for text in ("hvad skal Dora i dag", "hvad skal jeg i dag", "har Zenia taget sin medicin"):
            assert await world.ask(action, text) == [wording.NOT_FOUND], text
    assert await world.ask(tell_plan, "hvad skal Karen i dag", sender="teams-lis") == [
        wording.NO_CITIZENS
    ]
    assert world.log.entries("dora") == [] and world.log.entries("karen") == []


async def test_staff_change_nothing_and_an_answer_is_read_as_a_question(world: World) -> None:
    before = [(d.id, d.state) for d in world.reminders.doses("karen")]
    for action, text in [
        (
            rem_act.ActionCancelAllReminders(world.reminders, world.clock, world.access),
            "slet Karens",
        ),
        (rem_act.ActionListReminders(world.reminders, world.clock, world.access), "Karens"),
        (plan_act.ActionCancelPlanItem(world.plan, world.clock, world.access), "aflys Karens"),
    ]:
        assert await world.ask(action, text) == [CITIZEN_ONLY]
    # "har Karen taget sin medicin" understood as confirm_taken: the status, no marking.
    taken = rem_act.ActionMarkTaken(world.reminders, world.clock, world.access)
    said = await world.ask(taken, "Karen har taget sin medicin")
    assert said[0].startswith("Karen Jensen i dag: ")
    assert [(d.id, d.state) for d in world.reminders.doses("karen")] == before
    assert len(world.plan.list("karen")) == 1


async def test_my_citizens_for_staff_only(world: World) -> None:
    mine = staff_act.ActionListMyCitizens(world.access)
    assert await world.ask(mine, "hvem er mine borgere") == ["Dine borgere: Karen Jensen."]
    assert await world.ask(mine, "hvem er mine borgere", sender="teams-lis") == [
        wording.NO_CITIZENS
    ]
    assert await world.ask(mine, "hvem er mine borgere", sender="karen") == [wording.STAFF_ONLY]


async def test_a_citizen_asking_about_their_own_medicine(world: World) -> None:
    adherence = staff_act.ActionTellAdherence(world.reminders, world.clock, world.access)
    assert await world.ask(adherence, "har jeg taget min medicin", sender="karen") == [
        "I dag: klokken 9 tage din hjertemedicin: taget; "
        "klokken 18 tage dine vanddrivende: ikke endnu."
    ]
