"""Emergencies with a contact: offered once, answered once, told once (SQLite and
PostgreSQL), and the conversation's side of it (bot.safety.dialogue)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.safety.detect import ACUTE, HELP, POISONING, URGENT
from bot.safety.dialogue import Contact, SafetyDialogue, Speaker, kinds_said
from bot.safety.settings import SafetySettings
from bot.safety.store import SafetyStore
from testkit.support import ManualClock

ANNE = Contact("Anne Holm", "anne")
KAREN = Speaker("karen", emergency_call=True, contact=ANNE, channel="socketio")


def dialogue(safety_store: SafetyStore, **settings: object) -> SafetyDialogue:
    return SafetyDialogue(SafetySettings(**settings), safety_store)  # type: ignore[arg-type]


def test_an_offer_is_answered_once_and_told_once(safety_store: SafetyStore) -> None:
    talk = dialogue(safety_store)
    answer, kind = talk.emergency({ACUTE}, "jeg er faldet", KAREN)
    assert answer.startswith("Ring 1-1-2 nu. Eller tryk på din nødkaldsknap.")
    assert answer.endswith("Skal jeg give Anne Holm besked?") and kind == ACUTE
    [row] = safety_store.of_citizen("karen")
    assert row.offered and row.answer is None and row.notify_state == "none"
    assert row.text == "jeg er faldet" and row.kinds == (ACUTE,) and row.contact == "anne"

    reply, _ = talk.reply(True, kind, "ja", KAREN)
    assert reply.startswith("Jeg sender besked til Anne Holm nu.")
    assert "kan ikke selv ringe" in reply
    again, _ = talk.reply(True, kind, "ja", KAREN)
    assert "sender besked" not in again

    claimed = safety_store.claim_pending(timedelta(seconds=30))
    assert [c.id for c in claimed] == [row.id]
    assert safety_store.claim_pending(timedelta(seconds=30)) == []  # held by the first claim
    safety_store.mark_sent(row.id, "webhook")
    told = safety_store.get(row.id)
    assert told is not None and told.notify_state == "sent" and told.notified_via == "webhook"
    assert told.answer == "ja"


def test_no_tells_no_one(safety_store: SafetyStore) -> None:
    talk = dialogue(safety_store)
    talk.emergency({ACUTE}, "ild i køkkenet", KAREN)
    reply, _ = talk.reply(False, ACUTE, "nej", KAREN)
    assert reply.startswith("Det er i orden. Jeg giver ikke besked.")
    assert safety_store.claim_pending(timedelta(seconds=30)) == []
    [row] = safety_store.of_citizen("karen")
    assert row.answer == "nej" and row.notify_state == "none"


def test_a_late_yes_tells_no_one(safety_store: SafetyStore, safety_clock: ManualClock) -> None:
    talk = dialogue(safety_store, offer_minutes=10)
    talk.emergency({ACUTE}, "jeg er faldet", KAREN)
    safety_clock.advance(timedelta(minutes=11))
    reply, _ = talk.reply(True, ACUTE, "ja", KAREN)
    assert "sender besked" not in reply
    assert safety_store.claim_pending(timedelta(seconds=30)) == []


def test_configured_to_tell_at_once(safety_store: SafetyStore) -> None:
    answer, _ = dialogue(safety_store, notify_without_asking=True).emergency(
        {ACUTE}, "han trækker ikke vejret", KAREN
    )
    assert answer.endswith("Jeg giver Anne Holm besked nu.")
    [claimed] = safety_store.claim_pending(timedelta(seconds=30))
    assert claimed.answer == "uden"


def test_a_claim_that_runs_out_is_taken_again(
    safety_store: SafetyStore, safety_clock: ManualClock
) -> None:
    dialogue(safety_store, notify_without_asking=True).emergency({ACUTE}, "brand", KAREN)
    [first] = safety_store.claim_pending(timedelta(seconds=30))
    safety_clock.advance(timedelta(seconds=31))
    [second] = safety_store.claim_pending(timedelta(seconds=30))
    assert second.id == first.id and second.attempts == 2


@pytest.mark.parametrize(
    "who",
    [
        Speaker(None, channel="teams"),  # staff
        Speaker(None, channel="socketio"),  # the public web chat
        Speaker("karen", contact=None),  # a citizen no one can be told about
    ],
)
def test_no_offer_without_someone_to_tell(safety_store: SafetyStore, who: Speaker) -> None:
    answer, _ = dialogue(safety_store).emergency({ACUTE}, "jeg er faldet", who)
    assert answer.startswith("Ring 1-1-2 nu.") and "besked" not in answer
    assert safety_store.of_citizen("karen") == []


def test_other_kinds_keep_nothing(safety_store: SafetyStore) -> None:
    talk = dialogue(safety_store)
    for kinds in ({POISONING}, {URGENT}, {HELP}):
        talk.emergency(kinds, "noget", KAREN)
    assert safety_store.of_citizen("karen") == []


def test_yes_to_are_you_in_danger_is_acute(safety_store: SafetyStore) -> None:
    talk = dialogue(safety_store)
    answer, kind = talk.emergency({HELP}, "hjælp", KAREN)
    assert answer.startswith("Er du i fare?") and kind == HELP
    reply, kind = talk.reply(True, HELP, "ja", KAREN)
    assert reply.startswith("Ring 1-1-2 nu.") and kind == ACUTE
    assert reply.endswith("Skal jeg give Anne Holm besked?")
    no, _ = dialogue(safety_store).reply(False, HELP, "nej", Speaker("bo"))
    assert no == "Godt. Hvad kan jeg hjælpe dig med?"


def test_one_citizens_answer_never_reaches_anothers_offer(safety_store: SafetyStore) -> None:
    talk = dialogue(safety_store)
    talk.emergency({ACUTE}, "jeg er faldet", KAREN)
    reply, _ = talk.reply(True, ACUTE, "ja", Speaker("bo", contact=ANNE))
    assert "sender besked" not in reply
    [row] = safety_store.of_citizen("karen")
    assert row.answer is None


def test_kinds_said_joins_the_net_and_the_intent() -> None:
    assert kinds_said("jeg har taget alle mine piller", None) == {POISONING}
    assert kinds_said("noget ingen mønstre kender", "report_emergency") == {ACUTE}
    assert kinds_said("noget helt andet", "greet") == {HELP}  # asked for: still answered


def test_export_and_delete_include_emergencies(safety_store: SafetyStore) -> None:
    dialogue(safety_store).emergency({ACUTE}, "jeg er faldet", KAREN)
    rows = safety_store.citizen_rows("karen")
    assert rows["safety_emergencies"][0]["text"] == "jeg er faldet"
    assert safety_store.forget_citizen("karen", "slettet-x") == {"safety_emergencies": 1}
    assert safety_store.of_citizen("karen") == []
