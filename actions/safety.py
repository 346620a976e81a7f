"""Emergencies: the right help first, in any state; tell the contact person on "ja".

Thin: bot.safety decides what is said and kept. Whatever was going on (a form, a
question back) ends here, so the next "ja" answers the emergency question and nothing
half made is saved.
"""

from __future__ import annotations

import logging
from abc import ABCMeta
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import access
from actions.base import ServedAction
from actions.services import off_loop
from bot.access.policy import Access, Role
from bot.safety.dialogue import Contact, SafetyDialogue, Speaker, kinds_said
from bot.safety.settings import SafetySettings

log = logging.getLogger(__name__)
Events = list[dict[str, Any]]
KIND_SLOT = "emergency_kind"


def speaker(tracker: Tracker, rules: Access, settings: SafetySettings, teams: bool) -> Speaker:
    """Who is speaking, and whom the assistant could tell: the roster's contact when
    Teams or the webhook can reach them, or the webhook's receiver. No one: no offer."""
    who = access.principal(tracker, rules)
    channel = tracker.get_latest_input_channel()
    if who.role is not Role.CITIZEN:
        return Speaker(None, channel=channel)
    citizen = rules.roster.citizens.get(who.id)
    staff = rules.contact_of(who.id)
    contact = None
    if staff is not None and (teams or settings.webhook):
        contact = Contact(staff.name, staff.id)
    elif settings.webhook:
        contact = Contact(settings.contact_name, None)
    emergency_call = citizen.emergency_call if citizen else settings.emergency_call
    return Speaker(who.id, emergency_call, contact, channel)


def _ended() -> Events:
    # Whatever was going on stops: a form, its question, a staff member's citizen.
    return [ActiveLoop(None), SlotSet("requested_slot", None)]


class SafetyAction(ServedAction, metaclass=ABCMeta):
    """The services' safety dialogue; what it keeps is kept in a worker thread."""

    def speaker(self, tracker: Tracker) -> Speaker:
        services = self.services
        return speaker(tracker, services.access, services.safety.settings, services.teams)

    def dialogue(self) -> SafetyDialogue:
        return self.services.safety


class ActionEmergency(SafetyAction):
    def name(self) -> str:
        return "action_emergency"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        text = str(tracker.latest_message.get("text") or "")
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        kinds = kinds_said(text, intent)
        who = self.speaker(tracker)
        safety = self.dialogue()
        answer, kind = await off_loop(lambda: safety.emergency(kinds, text, who))
        log.warning(
            "emergency kinds=%s sender=%s channel=%s",
            ",".join(sorted(kinds)),
            tracker.sender_id,
            who.channel,
        )
        dispatcher.utter_message(text=answer)
        return [*_ended(), SlotSet(KIND_SLOT, kind)]


class ActionEmergencyReply(SafetyAction):
    def name(self) -> str:
        return "action_emergency_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        said = str(tracker.latest_message.get("text") or "")
        who = self.speaker(tracker)
        safety = self.dialogue()
        answer, kind = await off_loop(
            lambda: safety.reply(
                intent == "affirm",
                tracker.get_slot(KIND_SLOT),
                f"{said} (svar på »Er du i fare?«)",
                who,
            )
        )
        dispatcher.utter_message(text=answer)
        return [*_ended(), SlotSet(KIND_SLOT, kind)]
