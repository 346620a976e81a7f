"""The cached Rasa functions behave exactly like Rasa's own."""

from collections.abc import Iterator

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered

from bot.channels import speedups

GOOD = {
    "events": [{"event": "slot", "name": "topic", "value": "gps"}],
    "responses": [{"text": "Hej"}],
}
BAD = [
    {"events": [{"event": "slot", "name": 3}], "responses": []},
    {"events": "not a list", "responses": []},
    {"events": [], "responses": ["not an object"]},
    {"events": [{"event": "no_such_event"}], "responses": []},
]


def outcome(result: dict) -> str:  # type: ignore[type-arg]
    try:
        return str(RemoteAction("action_x", None)._validate_action_result(result))
    except ValidationError as err:
        return err.message


@pytest.fixture
def installed() -> Iterator[None]:
    speedups.install()
    yield
    speedups.uninstall()


@pytest.mark.parametrize("result", [GOOD, *BAD])
def test_validation_outcome_is_unchanged(result: dict) -> None:  # type: ignore[type-arg]
    speedups.uninstall()
    original = outcome(result)
    speedups.install()
    try:
        assert outcome(result) == original
    finally:
        speedups.uninstall()


@pytest.mark.parametrize(
    "name", ["user", "bot", "action", "slot", "session_started", "restart", "followup"]
)
def test_event_types_resolve_as_before(name: str) -> None:
    speedups.uninstall()
    original = Event.resolve_by_type(name)
    speedups.install()
    try:
        assert Event.resolve_by_type(name) is original
    finally:
        speedups.uninstall()


def test_unknown_event_types_behave_as_before(installed: None) -> None:
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such")


def test_events_round_trip_with_cache(installed: None) -> None:
    events = [
        UserUttered("hej"),
        BotUttered("Hej!"),
        ActionExecuted("action_listen"),
        SlotSet("topic", "gps"),
    ]
    assert [Event.from_parameters(e.as_dict()) for e in events] == events
