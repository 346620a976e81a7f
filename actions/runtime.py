"""What the actions share, built once on first use (never at import)."""

from __future__ import annotations

import logging
from abc import ABCMeta, abstractmethod
from functools import lru_cache
from typing import Any, ClassVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import seal as sealing
from bot.access.phrasing import CITIZEN_ONLY
from bot.access.policy import Access, Principal, Role
from bot.access.roster import Citizen
from bot.access.settings import environment_access
from bot.core.clock import SystemClock
from bot.followup import points_back
from bot.home import said_pin
from bot.home.config import load_homes
from bot.home.control import Homes
from bot.home.pins import PinTries, tell_pin_hold
from bot.home.settings import HomeSettings
from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.plan.settings import PlanSettings
from bot.plan.store import PlanStore
from bot.reminders.settings import ReminderSettings
from bot.reminders.store import ReminderStore
from bot.safety.settings import safety_db_url
from bot.safety.store import SafetyStore
from bot.seal import Seal
from bot.settings import Settings
from bot.staff import wording as staff_wording
from bot.staff.wording import which_citizen

log = logging.getLogger(__name__)
STAFF_CITIZEN = "staff_citizen"  # the citizen a staff member's conversation is about


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


@lru_cache(maxsize=1)
def homes() -> Homes:
    """The homes named by VELFAERD_HOMES_DIR (none when unset); their brokers are
    connected on first use, in the background."""
    folder = HomeSettings.from_env().homes_dir
    homes = load_homes(folder) if folder else ()
    # Wrong PINs counted where every process and restart sees them (its table is made
    # at the first PIN, not here: most commands never ask for one).
    tries = PinTries(ReminderSettings.from_env().db_url) if homes else None
    by_id = {h.home: h for h in homes}

    def held(home: str) -> None:  # the contact persons are told (bot.home.pins)
        tell_pin_hold(safety_store(), by_id[home], _contact_id)

    found = Homes(homes, guard_for=(lambda h: tries.guard(h, held)) if tries else None)
    found.start()
    return found


@lru_cache(maxsize=1)
def safety_store() -> SafetyStore:
    """Where notices for the worker to tell contact persons are kept."""
    store = SafetyStore(safety_db_url(), clock())
    store.create_schema()
    return store


def _contact_id(citizen_id: str) -> str | None:
    contact = access().contact_of(citizen_id)
    return None if contact is None else contact.id


@lru_cache(maxsize=1)
def seal() -> Seal:
    """The seal for state kept in slots (bot.seal), keyed from the action server's
    token, which every action server process of one deployment shares. Without one
    (rasa_sdk started by hand), a key of this process's own."""
    return sealing.from_env("velfaerd slots")


@lru_cache(maxsize=1)
def pin_seal() -> Seal:
    """The seal on the channels' verdicts on PINs (bot.home.said_pin): the Rasa server
    has the same token, to call this server with."""
    return sealing.from_env(said_pin.SEAL_PURPOSE)


def access() -> Access:
    """The roster's rules named by the environment (no roster: one home, no staff)."""
    return environment_access()


def principal(tracker: Any, rules: Access | None = None) -> Principal:
    """Who this conversation is with, from the sender id and the channel it came on."""
    return (rules or access()).principal(tracker.sender_id, tracker.get_latest_input_channel())


def is_citizen(tracker: Any, rules: Access | None = None) -> bool:
    """True when the conversation is with the citizen whose data it would reach."""
    return principal(tracker, rules).role is Role.CITIZEN


class OnBehalf(Tracker):
    """A staff member's turn seen as the citizen's own conversation.

    Actions are written for the citizen: their data is `sender_id`'s and they read the
    sentence in the citizen's words. When a staff member acts for one of their citizens
    (after bot.access allowed it and logged it), the action gets this view instead: the
    citizen's id as `sender_id`, the sentence with the name made 'borgeren'/'min', and
    `acting` naming the staff member for the plan's change history.
    """

    acting: str

    def get_latest_input_channel(self) -> str | None:
        return None  # the staff member's channel (Teams) is not the citizen's


def view_for(tracker: Tracker, citizen: Citizen, actor: str) -> OnBehalf:
    latest = dict(tracker.latest_message or {})
    latest["text"] = staff_wording.in_citizen_words(citizen, str(latest.get("text") or ""))
    view = OnBehalf(
        citizen.id,
        tracker.slots,
        latest,
        tracker.events,
        tracker.is_paused(),
        tracker.followup_action,
        tracker.active_loop,
        tracker.latest_action_name,
    )
    view.acting = actor
    return view


def acting(tracker: Tracker) -> str:
    """Who makes a change, for the change history: the citizen, or staff for them."""
    return tracker.acting if isinstance(tracker, OnBehalf) else f"borger:{tracker.sender_id}"


def staff_citizen(
    rules: Access, who: Principal, tracker: Tracker, follows_up: bool
) -> list[Citizen]:
    """The staff member's citizens a turn is about: for a follow-up (a form's question,
    "ja" to a change) the one the conversation is about, if it is about one; else
    those the sentence names (none or several: the action asks which), or, when it
    names no one and points back ("flyt den til kl. 9"), the one the conversation was
    about. Only the staff member's own citizens, whatever the slot says."""
    wanted = tracker.get_slot(STAFF_CITIZEN) if follows_up else None
    if wanted is not None:
        return [c for c in rules.citizens_of(who) if c.id == wanted]
    text = str(tracker.latest_message.get("text") or "")
    named = rules.named_in(who, text)
    last = tracker.get_slot(STAFF_CITIZEN)
    if not named and last is not None and points_back(text):  # "flyt den til kl. 9"
        return [c for c in rules.citizens_of(who) if c.id == last]
    return named


def form_view(tracker: Tracker, rules: Access | None = None) -> Tracker | None:
    """The conversation a form fills its slots from: the citizen's own; for a staff
    member, the view_for the one citizen of theirs it is about (named as the form
    starts, the staff_citizen slot after); None for anyone else, and the form ends."""
    rules = rules or access()
    who = principal(tracker, rules)
    if who.role is Role.CITIZEN:
        return tracker
    if who.role is not Role.STAFF:
        return None
    started = tracker.get_slot("requested_slot") is not None
    named = staff_citizen(rules, who, tracker, follows_up=started)
    return view_for(tracker, named[0], who.actor) if len(named) == 1 else None


# What a citizen may say to a form's question that is an answer, or meant as one.
_ANSWERING = {"inform", "affirm", "deny", "nlu_fallback", "set_reminder", "add_plan_item"}


def asks_something_else(tracker: Tracker) -> bool:
    """The citizen asked something else instead of answering the form's question
    ("hvilke påmindelser har jeg?"), understood with some confidence. The form then
    fills nothing, Rasa answers the question instead and the form asks again."""
    intent = tracker.latest_message.get("intent") or {}
    confident = float(intent.get("confidence") or 0.0) >= 0.5
    return confident and intent.get("name") not in _ANSWERING


def form_events(view: Tracker) -> list[dict[str, Any]]:
    """What a form's validation adds for a staff member: who the form is for."""
    return [SlotSet(STAFF_CITIZEN, view.sender_id)] if isinstance(view, OnBehalf) else []


def form_ended(view: Tracker | None) -> list[dict[str, Any]]:
    """What a form's validation adds when it ends the form: a form that was not for
    anyone of the staff member's (view None) leaves no citizen for what follows."""
    return [SlotSet(STAFF_CITIZEN, None)] if view is None else form_events(view)


class CitizenAction(Action, metaclass=ABCMeta):
    """An action on a citizen's reminders or plan.

    `act` runs for the citizen themselves. Staff reach it only where `for_staff` is
    set, and only for one of their own citizens: named in the sentence, or, where the
    action `follows_up` an earlier turn, the one that turn was about (the staff_citizen
    slot). The access is logged first; then the action's own `staff_answer` (read only),
    or else `act` on the citizen's behalf (`view_for`), its replies worded about them.
    Everyone else (the public web chat, unknown Teams users) gets a polite no.
    """

    citizen_only: ClassVar[bool] = True
    for_staff: ClassVar[bool] = False
    follows_up: ClassVar[bool] = False
    _access: Access | None = None  # injected in tests; else the environment's roster

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        rules = self._access or access()
        who = principal(tracker, rules)
        if not self.citizen_only or who.role is Role.CITIZEN:
            return await self.act(dispatcher, tracker, domain)
        if who.role is Role.STAFF and self.for_staff:
            named = staff_citizen(rules, who, tracker, self.follows_up)
            if len(named) != 1:
                dispatcher.utter_message(text=which_citizen(named, rules.citizens_of(who)))
                return [*self.unchanged(), SlotSet(STAFF_CITIZEN, None)]
            rules.citizen_id(who, named[0].id, self.name())  # logged before it is read
            answer = self.staff_answer(tracker, named[0])
            if answer is not None:
                dispatcher.utter_message(text=answer)
                events = self.unchanged()
            else:
                events = await self.on_behalf(dispatcher, tracker, domain, named[0], who)
            return [*events, SlotSet(STAFF_CITIZEN, named[0].id)]
        dispatcher.utter_message(text=CITIZEN_ONLY)
        return self.unchanged()

    def unchanged(self) -> list[dict[str, Any]]:
        """The events when nothing changed (a refusal, a read-only answer): none,
        unless a feature's rules expect some."""
        return []

    @abstractmethod
    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]: ...

    def staff_answer(self, tracker: Tracker, citizen: Citizen) -> str | None:
        """A read-only answer to staff about `citizen`, where the action words its own
        ("Karen Jensen i dag: ..."); None: `act` for the citizen instead."""
        return None

    async def on_behalf(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
        citizen: Citizen,
        who: Principal,
    ) -> list[dict[str, Any]]:
        """`act` on the citizen's behalf, its replies worded about them ("Karens plan")."""
        first = len(dispatcher.messages)
        events = await self.act(dispatcher, view_for(tracker, citizen, who.actor), domain)
        for message in dispatcher.messages[first:]:
            if message.get("text"):
                message["text"] = staff_wording.about(citizen, str(message["text"]))
        return events
