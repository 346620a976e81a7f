"""What the actions share, built once on first use (never at import)."""

from __future__ import annotations

from abc import ABCMeta, abstractmethod
from functools import lru_cache
from typing import Any, ClassVar

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.access.phrasing import CITIZEN_ONLY
from bot.access.policy import Access, Principal, Role
from bot.access.roster import Citizen
from bot.access.settings import environment_access
from bot.clock import SystemClock
from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.plan.settings import PlanSettings
from bot.plan.store import PlanStore
from bot.reminders.settings import ReminderSettings
from bot.reminders.store import ReminderStore
from bot.settings import Settings
from bot.staff.wording import which_citizen


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings.from_env()


@lru_cache(maxsize=1)
def answerer() -> Answerer:
    return Answerer(load(settings().knowledge_dir))


def entity_values(tracker: Any, entity: str) -> list[str]:
    """Values of one entity in the latest message, without repeats."""
    values = [
        str(e.get("value"))
        for e in tracker.latest_message.get("entities", [])
        if e.get("entity") == entity and e.get("value")
    ]
    return list(dict.fromkeys(values))


@lru_cache(maxsize=1)
def clock() -> SystemClock:
    return SystemClock()


@lru_cache(maxsize=1)
def reminder_store() -> ReminderStore:
    """The reminder store named by the environment; its tables are made on first use."""
    store = ReminderStore(ReminderSettings.from_env().db_url, clock())
    store.create_schema()
    return store


@lru_cache(maxsize=1)
def plan_store() -> PlanStore:
    """The day plan store named by the environment; its tables are made on first use."""
    store = PlanStore(PlanSettings.from_env().db_url, clock())
    store.create_schema()
    return store


def access() -> Access:
    """The roster's rules named by the environment (no roster: one home, no staff)."""
    return environment_access()


def principal(tracker: Any, rules: Access | None = None) -> Principal:
    """Who this conversation is with, from the sender id and the channel it came on."""
    return (rules or access()).principal(tracker.sender_id, tracker.get_latest_input_channel())


def is_citizen(tracker: Any, rules: Access | None = None) -> bool:
    """True when the conversation is with the citizen whose data it would reach."""
    return principal(tracker, rules).role is Role.CITIZEN


class CitizenAction(Action, metaclass=ABCMeta):
    """An action on a citizen's reminders or plan.

    `act` runs for the citizen themselves. Staff reach it only where `for_staff` is
    set (questions, not changes), and only for one of their own citizens named in the
    sentence: `staff_act` then runs for that citizen, and the access is logged first.
    Everyone else (the public web chat, unknown Teams users) gets a polite no.
    """

    citizen_only: ClassVar[bool] = True
    for_staff: ClassVar[bool] = False
    _access: Access | None = None  # injected in tests; else the environment's roster

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        rules = self._access or access()
        who = principal(tracker, rules)
        if not self.citizen_only or who.role is Role.CITIZEN:
            return await self.act(dispatcher, tracker, domain)
        if who.role is Role.STAFF and self.for_staff:
            text = str(tracker.latest_message.get("text") or "")
            named = rules.named_in(who, text)
            if len(named) != 1:
                dispatcher.utter_message(text=which_citizen(named, rules.citizens_of(who)))
                return self.refused()
            rules.citizen_id(who, named[0].id, self.name())  # logged before it is read
            return await self.staff_act(dispatcher, tracker, domain, named[0])
        dispatcher.utter_message(text=CITIZEN_ONLY)
        return self.refused()

    def refused(self) -> list[dict[str, Any]]:
        """The events after a refusal: none, unless a feature's rules expect some."""
        return []

    @abstractmethod
    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]: ...

    async def staff_act(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
        citizen: Citizen,
    ) -> list[dict[str, Any]]:
        """The answer to staff about `citizen` (only called where for_staff is set)."""
        raise NotImplementedError
