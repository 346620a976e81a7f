"""Two caches for work Rasa 3.6 repeats on every turn; installed once at server start.

Measured on this project (bench/latency.py, profile in the issue note):
- Rasa checks each action-server response with `jsonschema.validate`, which first
  validates the whole event schema against its metaschema: about 40 ms per custom
  action. Here the checked validator is built once; responses are validated against
  the same schema and a failure raises the same error with the same message.
- The in-memory tracker store deserialises every stored event on every turn, and
  `Event.resolve_by_type` scans all Event subclasses for each one. Here the type
  name is looked up in a dict first; unknown names fall back to Rasa's own function.

Behaviour is unchanged; tests/unit/test_channel_speedups.py compares both paths.
"""

from __future__ import annotations

from typing import Any

import jsonschema
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_installed = False
_original_resolve = Event.resolve_by_type
_original_validate = RemoteAction._validate_action_result


def _response_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def install() -> None:
    """Replace the two functions with cached equivalents (idempotent)."""
    global _installed
    if _installed:
        return
    validator = _response_validator()
    by_name: dict[str, type[Event]] = {}
    for cls in all_subclasses(Event):
        by_name.setdefault(cls.type_name, cls)

    def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        error = best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (
            ". Failed to validate Action server response from API, "
            "make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error

    def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
        found = by_name.get(type_name)
        if found is not None:
            return found
        resolved: type[Event] | None = _original_resolve(type_name, default)
        return resolved

    RemoteAction._validate_action_result = validate_action_result
    Event.resolve_by_type = staticmethod(resolve_by_type)
    _installed = True


def uninstall() -> None:
    """Put Rasa's own functions back (for tests)."""
    global _installed
    RemoteAction._validate_action_result = _original_validate
    Event.resolve_by_type = staticmethod(_original_resolve)
    _installed = False
