"""The voice-controlled home: thin adapters over bot.home.

action_home answers a command or question. When it must ask (which lamp, which room,
"skal jeg låse døren?", a PIN) it keeps the question in home_pending and starts
home_answer_form, whose validation hands the citizen's next words to bot.home.
"""

from __future__ import annotations

import logging
import re
from abc import ABCMeta, abstractmethod
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import access, turn
from actions.base import Served, ServedAction
from actions.followup import FollowsBack, redirect, reminder_for_another
from actions.services import Services, off_loop
from bot.access.policy import Role
from bot.followup import TIMER, bare_time, changes_the_timer, last_made, named
from bot.home import replies, said_pin, timers
from bot.home.config import HomeConfigError
from bot.home.control import HomeControl, HomeReply, question_of
from bot.home.parse import (
    GUARDED,
    QUESTIONS,
    Action,
    command_after_reason,
    corrects_value,
    light_wish,
    meant_instead,
    parse,
    says_a_switch,
)
from bot.home.several import last_command
from bot.knowledge.questions import asks_what_it_is
from bot.reminders.model import DueTime, ReminderKind
from bot.reminders.store import ReminderStore

log = logging.getLogger(__name__)
T = TypeVar("T")
Events = list[dict[str, Any]]
PENDING = "home_pending"
LAST = "home_last"
ASKING = "home_asking"
ANSWER = "home_answer"
HOME_ONLY = (
    "Lys, varme og låse kan jeg kun styre i borgerens eget hjem, fra højttaleren "
    "eller borgerens egen samtale."
)
TIMERS_ONLY = (
    "Nedtællinger og vækning kan jeg kun sætte i borgerens egen samtale, for eksempel "
    "på højttaleren derhjemme."
)
# Intents an answer to the home's question may be read as ("loftslampen", "ja", "1 2 3 4").
_ANSWERING = {"inform", "affirm", "deny", "nlu_fallback", "home_control", "home_state"}


_text = turn.text


def _room(tracker: Tracker) -> tuple[str | None, str | None]:
    """The room and speaker the message says it came from (the speaker's metadata)."""
    metadata = tracker.latest_message.get("metadata") or {}
    if not isinstance(metadata, dict):
        return None, None
    room, speaker = metadata.get("room"), metadata.get("speaker")
    return (
        room if isinstance(room, str) else None,
        speaker if isinstance(speaker, str) else None,
    )


def _control(tracker: Tracker, services: Services) -> HomeControl | str:
    """This citizen's home, or what to say instead."""
    who = access.principal(tracker, services.access)
    if who.role is not Role.CITIZEN:
        return HOME_ONLY
    try:
        control = services.homes.of(who.id)
    except HomeConfigError:  # make run checks the files first; a later edit can break one
        log.exception("a home's file is broken")
        return replies.BROKEN_SETUP
    return replies.NOT_SET_UP if control is None else control


def _owner(tracker: Tracker) -> str:
    """Whose pending question it is: the conversation's own sender."""
    return str(tracker.sender_id or "")


def _pending(tracker: Tracker, services: Services) -> str | None:
    """The home's question kept in the slot, if it was sealed here for this
    conversation (bot.seal): a slot sent by anyone else opens to nothing."""
    return services.seal.open(tracker.get_slot(PENDING), _owner(tracker))


def _sealed(tracker: Tracker, pending: str, services: Services) -> str:
    return services.seal.close(pending, _owner(tracker))


async def state_question(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    services: Services,
) -> Events | None:
    """ "har jeg husket at låse hoveddøren" when the model was unsure (set 5): a question
    about a device of the citizen's own home, answered by action_home; None for anything
    else. Only a question: the fallback never switches anything."""
    control = _control(tracker, services)
    if isinstance(control, str):
        return None
    command = parse(_text(tracker), control.home)
    if (
        command.action is not Action.ASK_STATE
        or command.kind is None  # "er det lovligt", "har jeg fået mine piller": no device
        or not (command.devices or command.rooms)
        or command.unknown_thing
        or command.unknown_place
    ):
        return None
    return list(await ActionHome(services).run(dispatcher, tracker, domain))


async def time_left(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    services: Services,
) -> Events | None:
    """ "ringer den ikke snart" right after a timer was set, or about a timer named,
    when the model was unsure (set 7): the time left, by action_home_timer_left; None for
    anything else."""
    text = _text(tracker)
    if not timers.asks_time_left(text):
        return None
    if named(text) != TIMER and not (named(text) is None and last_made(tracker.events) == TIMER):
        return None
    return list(await ActionHomeTimerLeft(services).run(dispatcher, tracker, domain))


# "og i gangen", "også i stuen": the last home command, somewhere else.
# "og i gangen"; "nej i køkkenet (siger Inger)" right after a command in another room
# (set 46: the fallback's "forstod ikke"): the same command there
_FOLLOW_UP = re.compile(r"^\s*(?:og|også|ogsa|samme|nej,?)\b", re.IGNORECASE)


async def follow_up(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    services: Services,
) -> Events | None:
    """ "og i gangen" after "sluk lyset i køkkenet", which the model could not place (set
    6): the same command in the place named, by action_home; None for anything else."""
    text = _text(tracker)
    last = services.seal.open(tracker.get_slot(LAST), _owner(tracker))
    control = _control(tracker, services)
    if not last or isinstance(control, str):
        return None
    if _just_after_home(tracker) and corrects_value(
        text, control.home, last_command(last, control.home)
    ):
        # "nej ikke helt, kun halvt" right after "rul gardinet ned" (set 21)
        return list(await ActionHome(services).run(dispatcher, tracker, domain))
    if _just_after_home(tracker) and _POINTS_BACK.search(text):
        # "den ska ned på tredive procent" right after "tænd sofa lampen" (set 50: the
        # model's fallback): the last device, read by the home's parser as a whole
        # command (never a lock or an alarm: they ask first)
        back = parse(text, control.home, last_command(last, control.home))
        if (
            back.action in _SWITCHES
            and (back.devices or back.rooms)
            and not (back.unknown_place or back.unknown_thing)
        ):
            return list(await ActionHome(services).run(dispatcher, tracker, domain))
    # "nå nej jeg skulle ikke derud alligevel sluk det igen" right after (set 48): the
    # reason first, then the command (bot.home.parse reads the command alone)
    after_reason = command_after_reason(text) and _just_after_home(tracker)
    # "nej undskyld, jeg mente lampen i gangen" right after "tænd natlampen" (set 50)
    after_reason = after_reason or (meant_instead(text) and _just_after_home(tracker))
    if not after_reason and (not _FOLLOW_UP.match(text) or len(text.split()) > 6):
        return None
    if text.strip().lower().startswith("nej") and not _just_after_home(tracker):
        return None  # a "nej" later answers something else
    command = parse(text, control.home, last_command(last, control.home))
    if (
        command.action is None
        or not (command.rooms or command.devices)
        or command.unknown_place
        or command.unknown_thing
    ):
        return None
    return list(await ActionHome(services).run(dispatcher, tracker, domain))


_POINTS_BACK = re.compile(r"\b(?:den|det|dem)\b", re.IGNORECASE)


def _just_after_home(tracker: Tracker) -> bool:
    """The assistant's last action before this sentence was a home command."""
    users = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users > 1:
                return False
        elif users == 1 and event.get("event") == "action":
            name = event.get("name")
            if name not in ("action_listen", "action_extract_slots", None):
                return bool(name == ActionHome.NAME)
    return False


# The model's own second thought: a home command it was not sure enough of.
HOME_RUNNER_UP = 0.3
_SWITCHES = frozenset(Action) - frozenset(QUESTIONS) - frozenset(GUARDED)


_PAUSES = re.compile(r"\.{2,}|\u2026")


async def unsure_command(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    services: Services,
) -> Events | None:
    """ "fuld styrke på loftslampen a ka ik se mit strikketøj" (set 7) and "ka du tænde
    lyset jeg ka ikke finde kontakten" (set 6), where the model was unsure: switched by
    action_home when home_control is the model's own runner-up and the home's parser reads
    the whole command (what to do, to which device or room, nothing unknown). Without the
    model's runner-up only a command that says its switching verb and names its device
    or room, or points back to the last home command ("ganglyset må gerne slukkes nu",
    "nej vent tænd den igen", set 11). Never a lock or an alarm (they ask first); None for
    anything else."""
    ranking = tracker.latest_message.get("intent_ranking") or []
    text = _text(tracker)
    wish = light_wish(text)  # "lidt mere lys tak": the model's doubt aside
    runner_up = any(
        r.get("name") == "home_control" and float(r.get("confidence") or 0.0) >= HOME_RUNNER_UP
        for r in ranking[:3]
    )
    control = _control(tracker, services)
    if isinstance(control, str):
        return None
    last = services.seal.open(tracker.get_slot(LAST), _owner(tracker))
    previous = last_command(last, control.home) if last else None
    command = parse(text, control.home, previous if says_a_switch(text) else None)
    named = bool(command.devices or command.rooms or command.whole_home)
    # words said in pieces after a stroke ("varmere... lidt... sove... værelset", set 46:
    # the model said an illness): the whole command read, a room or device named
    pieces = _PAUSES.search(text) is not None and command.action is not None
    if not (wish or runner_up or (named and (says_a_switch(text) or pieces))):
        return None
    # No room named: the room the speaker stands in, when the message came from one.
    here = control.room_of(*_room(tracker)) is not None
    if (
        command.action not in _SWITCHES
        or command.kind is None
        or not (named or here)
        or command.unknown_thing
        or command.unknown_place
    ):
        return None
    return list(await ActionHome(services).run(dispatcher, tracker, domain))


class ActionHome(ServedAction):
    NAME = "action_home"

    def name(self) -> str:
        return self.NAME

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        if last_made(tracker.events) == TIMER:
            # "sluk for den igen" right after a timer (set 21: the lamp was turned off)
            routed = await redirect(self.name(), dispatcher, tracker, domain, self.services)
            if routed is not None:
                return [*routed, SlotSet(ASKING, False), SlotSet(PENDING, None)]
        if asks_what_it_is(_text(tracker)) and turn.entity_values(tracker, "technology"):
            # "hvad er en fald alarm": the technology, not the home's alarm
            from actions.knowledge import ActionAnswerQuestion

            answer = ActionAnswerQuestion(self.services)
            events = list(await answer.run(dispatcher, tracker, domain))
            return [*events, SlotSet(ASKING, False), SlotSet(PENDING, None)]  # as the rules expect
        control = _control(tracker, self.services)
        if control == HOME_ONLY:
            # "og til jens også" after a reminder for Karen, read as a home command (set 20)
            copied = await reminder_for_another(dispatcher, tracker, domain, self.services)
            if copied is not None:
                return [*copied, SlotSet(ASKING, False), SlotSet(PENDING, None)]
        if isinstance(control, str):
            dispatcher.utter_message(text=control)
            return [SlotSet(ASKING, False), SlotSet(PENDING, None)]
        room, speaker = _room(tracker)
        where = control.room_of(room, speaker)
        last = self.services.seal.open(tracker.get_slot(LAST), _owner(tracker))
        reply = await off_loop(lambda: control.handle(_text(tracker), where, last))
        # what "den" means next: the sentence that named the device, kept through one that
        # only pointed back ("tænd sofalampen", "lidt mere lys", "sæt den på firs procent":
        # set 21, the third had reached every lamp in the room)
        said = _text(tracker)[:500]
        kept = last if last and not control.names_its_own(said, last) else said
        remembered = SlotSet(LAST, _sealed(tracker, kept, self.services))
        return [*_reply(dispatcher, tracker, reply, self.services), remembered]


def _reply(
    dispatcher: CollectingDispatcher, tracker: Tracker, reply: HomeReply, services: Services
) -> Events:
    """Say the reply, unless it is a question: the form asks it (action_ask_home_answer)."""
    if reply.pending is None:
        dispatcher.utter_message(text=reply.text)
        return [SlotSet(ASKING, False), SlotSet(PENDING, None)]
    return [SlotSet(ASKING, True), SlotSet(PENDING, _sealed(tracker, reply.pending, services))]


class ActionAskHomeAnswer(ServedAction):
    def name(self) -> str:
        return "action_ask_home_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        question = question_of(_pending(tracker, self.services))
        dispatcher.utter_message(text=question or replies.NOT_UNDERSTOOD_ANSWER)
        return []


class ValidateHomeAnswerForm(Served, FormValidationAction):
    """The citizen's answer to the home's question, handed to bot.home as said."""

    def name(self) -> str:
        return "validate_home_answer_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        if tracker.get_slot("requested_slot") != ANSWER or not tracker.get_slot(PENDING):
            return []  # the form has just started: it asks first
        if _intent(tracker).startswith("EXTERNAL_"):
            return []  # a reminder falls due: it is said, and the form asks again
        control = _control(tracker, self.services)
        if isinstance(control, str):
            dispatcher.utter_message(text=control)
            return _ended()
        pending = _pending(tracker, self.services)
        if pending is None:  # not sealed here for this conversation: nothing is run
            log.warning("a home question's slot was not sealed here; ignored")
            dispatcher.utter_message(text=replies.NOT_UNDERSTOOD_ANSWER)
            return _ended()
        room, speaker = _room(tracker)
        where = control.room_of(room, speaker)
        checked = said_pin.verdict(
            self.services.pin_seal, tracker.latest_message.get("metadata"), _owner(tracker)
        )
        matched = None if checked is None else checked.matched
        reply = await off_loop(lambda: control.answer(pending, _text(tracker), where, matched))
        if not reply.understood and _asks_something_else(tracker):
            return []  # nothing filled: Rasa answers that, and the form asks again
        if reply.pending is not None:  # a further question (the PIN after "which door")
            sealed = _sealed(tracker, reply.pending, self.services)
            return [SlotSet(PENDING, sealed), SlotSet(ANSWER, None)]
        dispatcher.utter_message(text=reply.text)
        return _ended()


def _ended() -> Events:
    """The answer is dealt with: the form is filled, and action_home_answered follows."""
    return [SlotSet(ANSWER, "besvaret"), SlotSet(PENDING, None), SlotSet(ASKING, False)]


class ActionHomeAnswered(ServedAction):
    """After the form: ready for the next question the home asks."""

    def name(self) -> str:
        return "action_home_answered"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        return [SlotSet(ANSWER, None), SlotSet(PENDING, None), SlotSet(ASKING, False)]


def _intent(tracker: Tracker) -> str:
    return str((tracker.latest_message.get("intent") or {}).get("name") or "")


def _asks_something_else(tracker: Tracker) -> bool:
    """Words that answer nothing the home asked, understood with some confidence as
    another question ("hvad er klokken?")."""
    intent = tracker.latest_message.get("intent") or {}
    confident = float(intent.get("confidence") or 0.0) >= 0.8
    return confident and _intent(tracker) not in _ANSWERING


# -- timers and wake-up calls (bot.home.timers, kept by the reminder engine) -------------


class _TimerAction(ServedAction, metaclass=ABCMeta):
    """Timers and wake-up calls are the citizen's own: anyone else is told so. Kept by
    the reminder store, whose calls run in a worker thread."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        who = access.principal(tracker, self.services.access)
        citizen = who.id if who.role is Role.CITIZEN else None
        text = TIMERS_ONLY if citizen is None else await self.act(tracker, citizen)
        dispatcher.utter_message(text=text)
        return []

    @abstractmethod
    async def act(self, tracker: Tracker, citizen: str) -> str:
        """What to say to the citizen."""

    async def stored(self, call: Callable[[ReminderStore], T]) -> T:
        return await off_loop(lambda: call(self.services.reminders))


class ActionHomeTimerSet(FollowsBack, _TimerAction):
    def name(self) -> str:
        return "action_home_timer_set"

    async def act(self, tracker: Tracker, citizen: str) -> str:
        now = self.now()
        text = _text(tracker)
        changing = changes_the_timer(text, tracker.events)
        ringing = (
            await self.stored(
                lambda s: s.ringing(citizen, (ReminderKind.TIMER, ReminderKind.ALARM))
            )
            if changing or (bare_time(text) and last_made(tracker.events) == TIMER)
            else []
        )
        newest = max(ringing, key=lambda o: o.reminder.id) if ringing else None
        if newest is not None and newest.reminder.kind is ReminderKind.ALARM:
            # "nej gør det klokken syv", "klokken syv" right after a wake-up call: moved
            return await self._wake_up_moved(tracker, citizen, newest, now)
        if not changing:
            newest = None
        if newest is not None:
            # "nej gør den hellere tyve": a count alone, in the unit the timer was set in
            hours = timers.in_hours(newest.reminder.text)
            request = timers.new_length(text, now, 60 if hours else 1)
        else:
            request = timers.read_request(text, now)
        if isinstance(request, str):
            return request
        if request.kind is ReminderKind.TIMER and newest is not None:
            # "nej, gør den et kvarter": the timer just set is replaced, not joined
            await self.stored(lambda s: s.cancel(citizen, newest.reminder.id))
        channel = tracker.get_latest_input_channel() or "rest"
        await self.stored(
            lambda s: s.add(citizen, request.text, request.when, channel=channel, kind=request.kind)
        )
        return timers.set_reply(request, now)

    async def _wake_up_moved(
        self, tracker: Tracker, citizen: str, alarm: DueTime, now: datetime
    ) -> str:
        moved = timers.moved_wake_up(_text(tracker), alarm.due_at, now)
        if moved is None:
            return "Hvornår skal jeg vække dig? Sig for eksempel »væk mig klokken 7«."
        await self.stored(lambda s: s.cancel(citizen, alarm.reminder.id))
        channel = tracker.get_latest_input_channel() or "rest"
        await self.stored(
            lambda s: s.add(citizen, moved.text, moved.when, channel=channel, kind=moved.kind)
        )
        return timers.set_reply(moved, now)


class ActionHomeTimerLeft(FollowsBack, _TimerAction):
    """The time left; "sluk for nedtællingen igen", which the model read as a question of
    the time left (set 28), goes to the cancel (FollowsBack)."""

    def name(self) -> str:
        return "action_home_timer_left"

    async def act(self, tracker: Tracker, citizen: str) -> str:
        ringing = await self.stored(
            lambda s: s.ringing(citizen, (ReminderKind.TIMER, ReminderKind.ALARM))
        )
        return timers.time_left(ringing, self.now())


class ActionHomeTimerCancel(FollowsBack, _TimerAction):
    def name(self) -> str:
        return "action_home_timer_cancel"

    async def act(self, tracker: Tracker, citizen: str) -> str:
        wake_up = timers.is_wake_up(_text(tracker))
        kind = ReminderKind.ALARM if wake_up else ReminderKind.TIMER
        ringing = await self.stored(lambda s: s.ringing(citizen, (kind,)))
        # One timer: the one that rings first; "alle" stops them all.
        every = "alle" in _text(tracker).lower().split()
        which = ringing if every or wake_up else ringing[:1]
        await self.stored(lambda s: [s.cancel(citizen, o.reminder.id) for o in which])
        return timers.cancelled(which, wake_up)
