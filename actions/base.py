"""The bases the actions share: services passed in, the citizen's data kept to the
citizen (and their staff), store calls off the event loop, the citizen forms.

Abstract, so the action server (which registers every Action subclass) skips them.
"""

from __future__ import annotations

from abc import ABCMeta, abstractmethod
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import access, turn
from actions.services import Services, off_loop
from actions.services import default as default_services
from bot.access.policy import Principal, Role
from bot.access.replies import CITIZEN_ONLY
from bot.access.roster import Citizen
from bot.knowledge.advice import asks_medical_advice
from bot.knowledge.practical import asks_how_it_works
from bot.staff import reading as staff_reading
from bot.staff import replies as staff_replies
from bot.staff.replies import which_citizen

Events = list[dict[str, Any]]
S = TypeVar("S")
T = TypeVar("T")


class Served:
    """Services passed in (tests), else the action server's own (services.default)."""

    def __init__(self, services: Services | None = None) -> None:
        self._services = services

    @property
    def services(self) -> Services:
        return self._services or default_services()

    def now(self) -> datetime:
        return self.services.clock.now()


class ServedAction(Served, Action, metaclass=ABCMeta):
    @abstractmethod
    def name(self) -> str: ...


class CitizenAction(ServedAction):
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

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        rules = self.services.access
        who = access.principal(tracker, rules)
        if not self.citizen_only or who.role is Role.CITIZEN:
            return await self.act(dispatcher, tracker, domain)
        if who.role is Role.STAFF and self.for_staff:
            named = access.staff_citizen(rules, who, tracker, self.follows_up)
            if not named and turn.answered_with(tracker, "topic"):
                # "og hvornår er det så" right after a fact, in Teams (set 17): asked of
                # the fact, not of a citizen
                told = self.fact_asked(dispatcher, tracker)
                if told is not None:
                    return [*told, *self.unchanged()]
                text = tracker.latest_message.get("text") or ""
                if not staff_reading.about_a_citizen(text):
                    # "har det ændret sig siden 2017" after a figure (set 20): read as a
                    # question in the context of the fact, not as about a citizen
                    return [*await self.in_context(dispatcher, tracker, domain), *self.unchanged()]
            if len(named) != 1:
                dispatcher.utter_message(text=which_citizen(named, rules.citizens_of(who)))
                return [*self.unchanged(), SlotSet(access.STAFF_CITIZEN, None)]
            citizen = named[0]
            # logged (in the access log's store) before it is read
            await off_loop(lambda: rules.citizen_id(who, citizen.id, self.name()))
            answer = await self.staff_answer(tracker, citizen)
            if answer is not None:
                dispatcher.utter_message(text=answer)
                events = self.unchanged()
            else:
                events = await self.on_behalf(dispatcher, tracker, domain, citizen, who)
            return [*events, SlotSet(access.STAFF_CITIZEN, citizen.id)]
        if turn.answered_with(tracker, "topic"):
            # "og hvornår er det så" right after a figure, in the public chat (set 22):
            # the fact's, as for staff; not "only in the citizen's own conversation"
            told = self.fact_asked(dispatcher, tracker)
            if told is not None:
                return [*told, *self.unchanged()]
            if not staff_reading.about_a_citizen(tracker.latest_message.get("text") or ""):
                # "hvad måler den så" right after a project (set 19): a question about it
                return [*await self.in_context(dispatcher, tracker, domain), *self.unchanged()]
        if asks_how_it_works(tracker.latest_message.get("text") or ""):
            # "... hvordan foregår sådan et besøg?" taken for a plan where no plan can be
            # made: how the technology works, if the knowledge base knows (set 9)
            answered = await self.how_it_works(dispatcher, tracker, domain)
            if answered is not None:
                return [*answered, *self.unchanged()]
        dispatcher.utter_message(text=CITIZEN_ONLY)
        return self.unchanged()

    async def how_it_works(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events | None:
        """The knowledge answer to a question of how a technology works, or None when
        the knowledge base has none."""
        from actions.knowledge import ActionAnswerQuestion

        answer = ActionAnswerQuestion(self.services)
        text = tracker.latest_message.get("text") or ""
        found = answer.answerer.answer_question(
            text, entities=turn.entity_values(tracker, "technology")
        )
        if found is None:
            return None
        return list(await answer.run(dispatcher, tracker, domain))

    async def in_context(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        """The sentence as the fallback reads it, after the fact just told."""
        from actions.knowledge import ActionAnswerFallback

        return list(await ActionAnswerFallback(self.services).run(dispatcher, tracker, domain))

    def fact_asked(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events | None:
        """The fact of the subject just talked about that the sentence asks for, or None."""
        from actions.knowledge import ActionTellMore

        return ActionTellMore(self.services).fact_follow_up(dispatcher, tracker)

    def unchanged(self) -> Events:
        """The events when nothing changed (a refusal, a read-only answer): none,
        unless a feature's rules expect some."""
        return []

    @abstractmethod
    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events: ...

    async def staff_answer(self, tracker: Tracker, citizen: Citizen) -> str | None:
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
    ) -> Events:
        """`act` on the citizen's behalf, its replies worded about them ("Karens plan")."""
        first = len(dispatcher.messages)
        events = await self.act(dispatcher, access.view_for(tracker, citizen, who.actor), domain)
        for message in dispatcher.messages[first:]:
            if message.get("text"):
                message["text"] = staff_replies.about(citizen, str(message["text"]))
        return events


class StoreAction(CitizenAction, Generic[S]):
    """A CitizenAction over one store (the reminders', the plan's)."""

    @property
    @abstractmethod
    def store(self) -> S: ...

    async def stored(self, call: Callable[[S], T]) -> T:
        """`call(store)` in a worker thread: a database round trip (PostgreSQL in
        production) does not stop the action server's other conversations. The store
        itself is made there too, on first use."""
        return await off_loop(lambda: call(self.store))


class CitizenForm(Served, FormValidationAction, metaclass=ABCMeta):
    """A form filled from the citizen's own sentences, or a staff member's for one of
    their citizens (access.form_view). For anyone else, or when the citizen says stop,
    it ends at once: its slots emptied, and the action after it says why."""

    stop_intents: ClassVar[frozenset[str]] = frozenset({"deny", "goodbye"})
    slots_made: ClassVar[tuple[str, ...]] = ()  # emptied when the form ends

    @abstractmethod
    def name(self) -> str: ...

    def wants_to_stop(self, tracker: Tracker) -> bool:
        return turn.says_stop(tracker, self.stop_intents)

    def writes_the_clock(self, tracker: Tracker) -> bool:
        """Staff, who write times on the 24-hour clock ("kl 8" is 08:00), unlike a
        citizen's spoken "klokken otte" (morning or evening: asked)."""
        if isinstance(tracker, access.OnBehalf):  # the form's view for a staff member
            return True
        return access.principal(tracker, self.services.access).role is Role.STAFF

    def ends_here(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
        """A form's own reason to end before it fills anything (it says why)."""
        return False

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        # Not the citizen's own conversation: the form ends at once, and the action
        # after it (a CitizenAction) says why.
        stopped = self.wants_to_stop(tracker) and tracker.get_slot("requested_slot") is not None
        own = self.ends_here(dispatcher, tracker)
        view = access.form_view(tracker, self.services.access)
        if stopped or own or view is None:
            return [
                *(SlotSet(slot, None) for slot in self.slots_made),
                SlotSet("requested_slot", None),
                *access.form_ended(view),
                ActiveLoop(None),
            ]
        requested = tracker.get_slot("requested_slot")
        if requested and asks_medical_advice(turn.text(tracker)):
            # "må jeg så godt ta fire på en gang" while the form asks the time (set 15: the
            # question was asked again, unanswered): never advice, then the same question
            dispatcher.utter_message(response="utter_medical_advice")
            return [SlotSet(requested, None)]
        events: Events = list(await super().run(dispatcher, view, domain))
        if events:  # none: Rasa answers what was asked instead, and the form asks again
            events += access.form_events(view)
        return await self.filled(view, events)

    async def filled(self, view: Tracker, events: Events) -> Events:
        """The events of a turn the form filled from (`view`: whose form it is)."""
        return events
