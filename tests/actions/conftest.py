from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker


def make_tracker(
    text: str = "",
    intent: str = "ask_technology",
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
) -> Tracker:
    return Tracker(
        sender_id="test",
        slots={"topic": None, "more_index": 0.0, **(slots or {})},
        latest_message={
            "text": text,
            "intent": {"name": intent, "confidence": 0.9},
            "entities": entities or [],
        },
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def turn_tracker(
    text: str,
    intent: str,
    *,
    sender: str = "anna",
    slots: dict[str, Any] | None = None,
    entities: list[dict[str, Any]] | None = None,
    channel: str | None = None,
    confidence: float | None = None,
) -> Tracker:
    """The tracker just after the citizen `sender` said `text`, understood as `intent`
    (with `confidence`, if given; on `channel`, the input channel Rasa records)."""
    understood: dict[str, Any] = {"name": intent}
    if confidence is not None:
        understood["confidence"] = confidence
    message = {"text": text, "intent": understood, "entities": entities or []}
    said = {"event": "user", "text": text, "parse_data": message, "input_channel": channel}
    return Tracker(
        sender_id=sender,
        slots={"requested_slot": None, **(slots or {})},
        latest_message=message,
        events=[said],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
