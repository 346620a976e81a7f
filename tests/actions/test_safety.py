"""The emergency actions on rasa-sdk trackers: the answer, the form ended, the offer
kept for the citizen only, and "ja" telling once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.safety import ActionEmergency, ActionEmergencyReply
from actions.services import Services
from bot.access.audit import AccessLog
from bot.access.policy import Access
from bot.access.roster import Citizen, Roster, StaffMember
from bot.core.clock import COPENHAGEN
from bot.safety.dialogue import SafetyDialogue
from bot.safety.settings import SafetySettings
from bot.safety.store import SafetyStore
from testkit.support import ManualClock
from tests.actions.conftest import turn_tracker

ROSTER = Roster(
    citizens={
        "karen": Citizen("karen", "Karen Jensen", contact="anne", emergency_call=True),
        "bo": Citizen("bo", "Bo Berg"),
    },
    staff={"anne": StaffMember("anne", "Anne Holm", "a11e", frozenset({"karen"}))},
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SafetyStore]:
    clock = ManualClock(datetime(2026, 12, 2, 3, 10, tzinfo=COPENHAGEN))
    found = SafetyStore(f"sqlite:///{tmp_path / 'safety.db'}", clock)
    found.create_schema()
    yield found
    found.dispose()


@pytest.fixture
def wired(store: SafetyStore, tmp_path: Path) -> Iterator[Services]:
    log = AccessLog(f"sqlite:///{tmp_path / 'access.db'}")
    log.create_schema()
    yield Services(
        access=Access(ROSTER, log, strict=True),
        safety=SafetyDialogue(SafetySettings(), store),
        teams=True,
    )
    log.dispose()


async def run(action: Any, text: str, intent: str, **kw: Any) -> tuple[str, list[Any]]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, turn_tracker(text, intent, **kw), {})
    return " ".join(m["text"] for m in dispatcher.messages), events


async def test_a_citizen_with_a_contact_is_offered_and_told_once(
    wired: Services, store: SafetyStore
) -> None:
    said, events = await run(
        ActionEmergency(wired),
        "jeg er faldet",
        "report_emergency",
        sender="karen",
        channel="socketio",
    )
    assert said == (
        "Ring 1-1-2 nu. Eller tryk på din nødkaldsknap. Jeg kan ikke selv ringe. "
        "Skal jeg give Anne Holm besked?"
    )
    assert {"event": "active_loop", "name": None, "timestamp": None} in events  # a form ends
    assert {
        "event": "slot",
        "name": "emergency_kind",
        "value": "acute",
        "timestamp": None,
    } in events
    yes, _ = await run(
        ActionEmergencyReply(wired),
        "ja",
        "affirm",
        sender="karen",
        slots={"emergency_kind": "acute"},
    )
    assert yes.startswith("Jeg sender besked til Anne Holm nu.")
    again, _ = await run(
        ActionEmergencyReply(wired),
        "ja",
        "affirm",
        sender="karen",
        slots={"emergency_kind": "acute"},
    )
    assert "sender besked" not in again
    assert len(store.claim_pending(timedelta(seconds=30))) == 1


async def test_no_tells_no_one(wired: Services, store: SafetyStore) -> None:
    await run(ActionEmergency(wired), "der er ild i køkkenet", "report_emergency", sender="karen")
    no, _ = await run(ActionEmergencyReply(wired), "nej", "deny", sender="karen")
    assert no.startswith("Det er i orden. Jeg giver ikke besked.")
    assert store.claim_pending(timedelta(seconds=30)) == []


async def test_the_net_decides_the_kind_whatever_the_intent(wired: Services) -> None:
    said, _ = await run(
        ActionEmergency(wired), "jeg har taget alle mine piller", "greet", sender="bo"
    )
    assert said.startswith("Ring til Giftlinjen på 82 12 12 12.")


@pytest.mark.parametrize(
    ("sender", "channel"),
    [("teams-anne", "teams"), ("web-1f2e3d", "socketio"), ("anon-77", "rest"), ("bo", "rest")],
)
async def test_no_offer_for_staff_the_public_or_without_a_contact(
    wired: Services, store: SafetyStore, sender: str, channel: str
) -> None:
    said, _ = await run(
        ActionEmergency(wired),
        "han trækker ikke vejret",
        "report_emergency",
        sender=sender,
        channel=channel,
    )
    assert said.startswith("Ring 1-1-2 nu.") and "besked" not in said
    assert "nødkald" not in said
    assert store.of_citizen("karen") == [] and store.of_citizen("bo") == []


async def test_a_yes_from_someone_else_tells_no_one(wired: Services, store: SafetyStore) -> None:
    await run(ActionEmergency(wired), "jeg er faldet", "report_emergency", sender="karen")
    await run(
        ActionEmergencyReply(wired), "ja", "affirm", sender="bo", slots={"emergency_kind": "acute"}
    )
    assert store.claim_pending(timedelta(seconds=30)) == []
