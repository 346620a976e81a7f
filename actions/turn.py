"""What the latest turn says, read from the tracker: the text, the intent, entities."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

# What a citizen may say to a form's question that is an answer, or meant as one.
_ANSWERING = {"inform", "affirm", "deny", "nlu_fallback", "set_reminder", "add_plan_item"}
# Said to a form's question: the thing being made is not wanted.
STOP_WORDS = {"stop", "glem det", "fortryd", "annuller", "lad vaere", "lad være", "nej tak"}


def text(tracker: Tracker) -> str:
    return str(tracker.latest_message.get("text") or "")


def intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def entity_values(tracker: Any, entity: str) -> list[str]:
    """Values of one entity in the latest message, without repeats."""
    values = [
        str(e.get("value"))
        for e in tracker.latest_message.get("entities", [])
        if e.get("entity") == entity and e.get("value")
    ]
    return list(dict.fromkeys(values))


def says_stop(tracker: Tracker, intents: frozenset[str]) -> bool:
    """One of the stop `intents`, or a stop word said alone ("glem det")."""
    return intent(tracker) in intents or text(tracker).lower().strip(" .!") in STOP_WORDS


def asks_something_else(tracker: Tracker) -> bool:
    """The citizen asked something else instead of answering the form's question
    ("hvilke påmindelser har jeg?"), understood with some confidence. The form then
    fills nothing, Rasa answers the question instead and the form asks again."""
    understood = tracker.latest_message.get("intent") or {}
    confident = float(understood.get("confidence") or 0.0) >= 0.5
    return confident and understood.get("name") not in _ANSWERING


def answered_with(tracker: Any, slot: str) -> bool:
    """Whether the assistant's answer to the previous message set `slot` ("topic": it
    told a fact), so the latest message may follow up on it ("og hvornår er det så")."""
    users = 0
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            users += 1
            if users == 2:
                return False
        elif users == 1 and kind == "slot" and event.get("name") == slot:
            return event.get("value") is not None
    return False
