"""The safety net's Rasa plug-ins without a trained model: the NLU component's choice
of intent, and the policy's next action in the states that matter."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.core.events import ActionExecuted, ActiveLoop, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.safety import EmergencyPolicy, SafetyNet


def parsed(text: str, ranking: list[tuple[str, float]]) -> dict[str, Any]:
    message = Message(data={TEXT: text})
    intents = [{"name": n, "confidence": c} for n, c in ranking]
    message.set(INTENT, intents[0])
    message.set(INTENT_RANKING_KEY, intents)
    SafetyNet(0.9, 0.45, 0.99).process([message])
    return dict(message.get(INTENT))


def test_the_net_overrules_the_model() -> None:
    got = parsed("jeg kan ikke få vejret", [("ask_weather", 0.97), ("greet", 0.01)])
    assert got == {"name": "report_emergency", "confidence": 1.0}
    assert parsed("jeg vil ikke leve mere", [("nlu_fallback", 0.45)])["name"] == "report_crisis"


def test_an_unsure_model_emergency_without_the_net_falls_back() -> None:
    got = parsed("det er noget jeg brænder for", [("report_emergency", 0.58), ("greet", 0.1)])
    assert got["name"] == "nlu_fallback"
    got = parsed("noget om sovepiller", [("report_poisoning", 0.6), ("ask_technology", 0.5)])
    assert got["name"] == "ask_technology"


def test_the_next_intent_is_weighed_among_the_intents_left() -> None:
    """Set 6: report_poisoning 0.52 not taken, set_reminder 0.43 next: the reminder, not
    "forstod ikke". Noise beside a sure emergency stays the fallback."""
    said = "jeg skal have mine antibiotika piller hver dag klokken otte om morgenen"
    got = parsed(said, [("report_poisoning", 0.52), ("set_reminder", 0.43), ("greet", 0.02)])
    assert got["name"] == "set_reminder"
    got = parsed("min computer er død", [("report_emergency", 0.99), ("ask_technology", 0.005)])
    assert got["name"] == "nlu_fallback"
    got = parsed("noget helt andet", [("report_emergency", 0.7), ("greet", 0.2), ("ask_more", 0.1)])
    assert got["name"] == "nlu_fallback"  # 0.2 is too weak on its own


def test_a_figure_of_speech_is_no_emergency_however_sure_the_model() -> None:
    got = parsed("jeg brænder for min køkkenhave", [("report_emergency", 0.97), ("greet", 0.01)])
    assert got["name"] == "nlu_fallback"


def test_the_rooms_light_or_warmth_is_no_crisis_from_the_model_alone() -> None:
    got = parsed(
        "der er alt for lyst herinde så jeg ikke kan falde i søvn", [("report_crisis", 0.97)]
    )
    assert got["name"] == "nlu_fallback"
    said = "det er meget koldt i stuen og jeg kan ikke få vejret"  # the net's own words count
    assert parsed(said, [("home_control", 0.6)])["name"] == "report_emergency"


def test_a_story_or_a_question_about_technology_is_not_taken_from_the_model_alone() -> None:
    for text in (
        "ambulancen kom i går til naboen",
        "hvordan virker et nødkald",
        "skal jeg have en faldsensor på badeværelset",
        "min computer er død",
    ):
        got = parsed(text, [("report_emergency", 0.99), ("ask_technology", 0.005)])
        assert got["name"] == "nlu_fallback", text


def test_a_history_alone_holds_the_model_back_unless_it_is_all_but_certain() -> None:
    said = "jeg har haft noget mærkeligt i en halv time nu"  # "har haft": a history
    assert parsed(said, [("report_emergency", 0.995), ("greet", 0.001)])["name"] == (
        "report_emergency"
    )
    assert parsed(said, [("report_emergency", 0.95), ("greet", 0.01)])["name"] == "nlu_fallback"
    # said to be well, or a second mark beside the history: no certainty is enough
    for text in ("jeg har haft en god dag og har det fint", "jeg har haft en alarm i et år"):
        assert parsed(text, [("report_illness", 1.0)])["name"] == "nlu_fallback", text


def test_a_sure_model_emergency_stands() -> None:
    got = parsed("noget nyt og alvorligt", [("report_emergency", 0.93), ("greet", 0.01)])
    assert got["name"] == "report_emergency"


def user(intent: str, text: str = "x") -> UserUttered:
    return UserUttered(text, {"name": intent, "confidence": 1.0})


def tracker(*events: Any) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("s", [ActionExecuted("action_listen"), *events])


@pytest.mark.parametrize(
    ("events", "wanted"),
    [
        # inside a form: the emergency comes before the form's own turn
        (
            [
                ActiveLoop("reminder_form"),
                ActionExecuted("action_listen"),
                user("report_emergency"),
            ],
            "action_emergency",
        ),
        ([user("call_for_help")], "action_emergency"),
        ([user("report_crisis"), ActionExecuted("action_emergency")], "action_listen"),
        (
            [
                user("report_emergency"),
                ActionExecuted("action_emergency"),
                ActionExecuted("action_listen"),
                user("affirm"),
            ],
            "action_emergency_reply",
        ),
        # a "ja" to anything else is not ours
        (
            [
                user("add_plan_item"),
                ActionExecuted("action_confirm_plan_item"),
                ActionExecuted("action_listen"),
                user("affirm"),
            ],
            None,
        ),
        ([user("greet")], None),
    ],
)
def test_the_policy_answers_emergencies_first(events: list[Any], wanted: str | None) -> None:
    assert EmergencyPolicy.next_action(tracker(*events)) == wanted
