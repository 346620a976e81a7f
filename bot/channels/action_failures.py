"""A custom action that did not run fails the whole turn; installed once at server start.

Rasa 3.6 catches any error of a custom action (MessageProcessor._run_action), logs
"Bot will continue, but the actions events are lost" and goes on predicting without
them. The turn is then kept and answered as if it had gone through, with the
action's doing missing from the conversation: an action server process killed, or
the database restarting under the action server, made

- a due dose announced without a word (action_announce_reminder lost): the delivery
  was answered 200, the dose stayed asked without `dose_pending`, the citizen's "ja"
  went to another rule, and the dose was asked again after the repeat interval;
- a "ja" not written down (action_mark_taken lost): Rasa's fallback answered instead,
  the dose stayed asked and was asked again, so the citizen heard it twice.

Here the error of a custom action that did not run (unreachable, cut off, or an
answer other than 200 and 400) becomes ActionServerDown, which like TrackerStoreDown
is not an Exception: it gets through Rasa, the turn fails as a whole and is not kept,
our channels answer with the Danish apology (the delivery channel with 503), and the
client or the reminder worker sends it again. A form's rejection (400) stays Rasa's.
"""

from __future__ import annotations

from typing import Any

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.exceptions import RasaException

from bot.channels.tracker_store import TrackerStoreDown

_original_run = RemoteAction.run
_installed = False


class ActionServerDown(TrackerStoreDown):  # noqa: N818 (not an error Rasa may swallow)
    """A custom action did not run: fail the whole turn, as when it cannot be kept."""


async def run(self: RemoteAction, *args: Any, **kwargs: Any) -> Any:
    try:
        return await _original_run(self, *args, **kwargs)
    except ActionExecutionRejection:
        raise
    except RasaException as err:
        raise ActionServerDown(f"{self.name()} did not run: {err}") from err


def install() -> None:
    """Replace RemoteAction.run (idempotent)."""
    global _installed
    if not _installed:
        RemoteAction.run = run
        _installed = True


def uninstall() -> None:
    """Put Rasa's own back (for tests)."""
    global _installed
    RemoteAction.run = _original_run
    _installed = False
