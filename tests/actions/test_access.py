"""Reminder and plan actions reach only the citizen's own data (bot/access).

The public web chat (web-...), an unknown Teams user and, with a roster, anyone not
in it get one polite Danish "no" and nothing is read or changed; the citizen is
answered as before. Staff: tests/actions/test_staff.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.events import ActiveLoop
from rasa_sdk.executor import CollectingDispatcher

from actions import plan as plan_act
from actions import reminders as rem_act
from actions.services import Services
from bot.access.audit import AccessLog
from bot.access.policy import Access
from bot.access.replies import CITIZEN_ONLY
from bot.access.roster import Roster
from bot.plan.store import PlanStore
from bot.reminders.store import ReminderStore
from nlu.danish_time import CPH
from testkit.support import ManualClock
from tests.actions.conftest import turn_tracker as tracker

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=CPH)
ROSTER = Roster.from_yaml(
    """
citizens: [{id: karen, name: Karen Jensen}]
staff: [{id: anne, name: Anne Holm, citizens: [karen]}]
"""
)
OPEN = Access(Roster(), None, strict=False)
# (sender, channel) pairs that are not the citizen "karen" herself.
OTHERS = [
    ("web-1f2e3d", "socketio"),
    ("teams-x-9a8b", "teams"),
    ("anon-77", "rest"),
]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def stores(tmp_path: Path, clock: ManualClock) -> tuple[ReminderStore, PlanStore, Access]:
    url = f"sqlite:///{tmp_path / 'data.db'}"
    reminders, plan, log = ReminderStore(url, clock), PlanStore(url, clock), AccessLog(url, clock)
    for store in (reminders, plan, log):
        store.create_schema()
    reminders.add("karen", "tage din medicin", NOW + timedelta(hours=1))
    plan.add("karen", "Frisør", NOW + timedelta(hours=2), NOW + timedelta(hours=3), acting="x")
    return reminders, plan, Access(ROSTER, log, strict=True)


async def said(action: Any, sender: str, channel: str | None, text: str, intent: str) -> Any:
    d = CollectingDispatcher()
    events = await action.run(d, tracker(text, intent, sender=sender, channel=channel), {})
    return [m.get("text") for m in d.messages], events


@pytest.mark.parametrize(("sender", "channel"), OTHERS)
async def test_others_get_a_polite_no_and_nothing_changes(
    stores: tuple[ReminderStore, PlanStore, Access], clock: ManualClock, sender: str, channel: str
) -> None:
    reminders, plan, access = stores
    for rules in (access, OPEN):
        services = Services(reminders=reminders, plan=plan, clock=clock, access=rules)
        for action, text, intent in [
            (rem_act.ActionListReminders(services), "mine påmindelser", "x"),
            (rem_act.ActionCancelAllReminders(services), "slet alle", "x"),
            (plan_act.ActionTellPlan(services), "hvad skal jeg i dag", "x"),
            (plan_act.ActionTellPlanNext(services), "hvad er det næste", "x"),
        ]:
            texts, events = await said(action, sender, channel, text, intent)
            assert texts == [CITIZEN_ONLY], (sender, action.name())
        # the plan's rules expect nothing to be waiting for a "ja" afterwards
        _, events = await said(plan_act.ActionConfirmPlanItem(services), sender, channel, "ja", "x")
        assert {e["name"]: e["value"] for e in events}["plan_pending"] is False
    assert len(reminders.reminders("karen")) == 1 and len(plan.items("karen")) == 1


async def test_the_citizen_is_answered_and_a_roster_stranger_is_not(
    stores: tuple[ReminderStore, PlanStore, Access], clock: ManualClock
) -> None:
    reminders, _, access = stores
    listing = rem_act.ActionListReminders(Services(reminders=reminders, clock=clock, access=access))
    texts, _ = await said(listing, "karen", "rest", "mine påmindelser", "list_reminders")
    assert texts != [CITIZEN_ONLY] and "medicin" in texts[0]
    texts, _ = await said(listing, "dora", "rest", "mine påmindelser", "list_reminders")
    assert texts == [CITIZEN_ONLY]  # with a roster, only its citizens are citizens


async def test_the_time_is_told_to_anyone(
    stores: tuple[ReminderStore, PlanStore, Access], clock: ManualClock
) -> None:
    _, plan, access = stores
    orientation = plan_act.ActionTellOrientation(Services(plan=plan, clock=clock, access=access))
    texts, _ = await said(orientation, "web-1f2e3d", "socketio", "hvad er klokken", "x")
    assert texts != [CITIZEN_ONLY] and "mandag" in texts[0].lower()


@pytest.mark.parametrize("form", [rem_act.ValidateReminderForm, plan_act.ValidatePlanItemForm])
async def test_the_forms_end_at_once_for_others(clock: ManualClock, form: Any) -> None:
    validate = form(Services(clock=clock, access=OPEN))
    d = CollectingDispatcher()
    t = tracker("mind mig om medicin klokken 8", "set_reminder", sender="web-1", channel="socketio")
    events = await validate.run(d, t, {})
    assert ActiveLoop(None) in events and d.messages == []  # the submit action says why


async def test_how_a_technology_works_is_answered_where_no_plan_can_be_made(
    stores: tuple[ReminderStore, PlanStore, Access], clock: ManualClock
) -> None:
    """Set 9's class: a relative's long message ending in "hvordan foregår ...?" about a
    technology, which the model took for the plan, got the polite no on the web chat.
    A question of how a named technology works is answered from the knowledge base;
    anything else about plans still gets the no."""
    reminders, plan, access = stores
    services = Services(reminders=reminders, plan=plan, clock=clock, access=access)
    asked = (
        "Min far skal have en spiserobot i stedet for noget af hjælpen til maden, og han "
        "frygter at blive glemt. Hvordan fungerer sådan en spiserobot?"
    )
    for action in (plan_act.ActionTellPlan(services), rem_act.ActionCancelAllReminders(services)):
        texts, _ = await said(action, "web-1f2e3d", "socketio", asked, "x")
        assert texts != [CITIZEN_ONLY] and "spis" in texts[0].lower(), texts
    for other in ("hvad skal min far i dag?", "hvordan fungerer hans plan for i morgen"):
        texts, _ = await said(
            plan_act.ActionTellPlan(services), "web-1f2e3d", "socketio", other, "x"
        )
        assert texts == [CITIZEN_ONLY], other
