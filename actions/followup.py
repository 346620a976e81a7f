"""Follow-ups that point back ("ryk den til halv ti" right after a reminder) run the
action of the thing made last, whichever intent the model gave them (bot/followup.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.followup import last_made, route

if TYPE_CHECKING:
    from actions.base import ServedAction
    from actions.services import Services

Events = list[dict[str, Any]]


async def redirect(
    own: str,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    services: Services,
) -> Events | None:
    """The events of the action the follow-up belongs to (run with the same
    `services`), or None: `own` is right."""
    from actions import home, plan, reminders  # they use this module: imported when needed

    # "nej det er først klokken fire" while a new plan item waits for "ja" (set 5: read
    # as a change to a reminder): the item read back at the new time
    corrected = await plan.corrected_addition(dispatcher, tracker, services)
    if corrected is not None:
        return corrected
    text = str(tracker.latest_message.get("text") or "")
    wanted = route(text, last_made(tracker.events), own)
    if wanted is None:
        return None

    chosen: dict[str, type[ServedAction]] = {
        "action_change_reminder": reminders.ActionChangeReminder,
        "action_also_reminder": reminders.ActionAlsoReminder,
        "action_cancel_reminder": reminders.ActionCancelReminder,
        "action_move_plan_item": plan.ActionMovePlanItem,
        "action_cancel_plan_item": plan.ActionCancelPlanItem,
        "action_home_timer_cancel": home.ActionHomeTimerCancel,
        "action_home_timer_set": home.ActionHomeTimerSet,
    }
    action = chosen[wanted](services)
    return list(await action.run(dispatcher, tracker, domain))


class FollowsBack:
    """Mixed into the actions a follow-up may reach by mistake (base.Served ones)."""

    services: Services

    def name(self) -> str:
        raise NotImplementedError

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        routed = await redirect(self.name(), dispatcher, tracker, domain, self.services)
        if routed is not None:
            return routed
        return list(await super().run(dispatcher, tracker, domain))  # type: ignore[misc]
