"""Care staff asking about their own citizens (bot.access decides who; bot.staff words it).

'hvilke borgere har jeg', 'har Karen taget sin medicin i dag'. The day plan question
('hvad skal Karen i morgen') is action_tell_plan's staff path (actions/plan.py); staff
changing reminders and plans use the citizens' own actions (base.CitizenAction).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import access
from actions.base import ServedAction
from actions.reminders import StatusForStaff
from bot.access.policy import Role
from bot.staff import replies

Events = list[dict[str, Any]]


class ActionListMyCitizens(ServedAction):
    def name(self) -> str:
        return "action_list_my_citizens"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        rules = self.services.access
        who = access.principal(tracker, rules)
        if who.role is not Role.STAFF:
            dispatcher.utter_message(text=replies.STAFF_ONLY)
            return []
        dispatcher.utter_message(text=replies.my_citizens(rules.citizens_of(who)))
        return []


class ActionTellAdherence(StatusForStaff):
    """Today's doses and what became of them: the citizen's own, or staff's citizen's."""

    def name(self) -> str:
        return "action_tell_adherence"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        dispatcher.utter_message(text=await self.medicine_today(tracker.sender_id, None))
        return []
