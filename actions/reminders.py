"""Reminder actions: read the tracker, call the store (bot.reminders) and say the result.

The citizen is the conversation's sender id; every store call is scoped to it, so one
citizen can never see or change another's reminders. A staff member acting for one of
their citizens reaches these actions through base.CitizenAction, which checks the
roster and hands them the citizen's view of the conversation (access.view_for). Store
calls run in a worker thread (base.StoreAction.stored), off the event loop.
"""

from __future__ import annotations

import json
from abc import ABCMeta
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import access, turn
from actions.base import CitizenForm, StoreAction
from actions.followup import FollowsBack
from actions.services import Services
from bot.access.roster import Citizen
from bot.conversation.reading import request_after_story
from bot.core import recurrence
from bot.core.danish import spoken_time
from bot.core.danish.time_errors import time_error, time_problem
from bot.core.text import last_sentence
from bot.followup import REMINDER, last_made, means_the_new_one
from bot.home import timers
from bot.knowledge.advice import asks_medical_advice
from bot.reminders import reading, replies
from bot.reminders.model import (
    DoseStateError,
    InvalidReminder,
    Reminder,
    ReminderKind,
    ReminderNotFound,
)
from bot.reminders.reading import reminder_what
from bot.reminders.replies import confirmation, due_message
from bot.reminders.store import ReminderStore
from bot.staff import replies as staff_replies
from nlu.danish_time import TimeParse
from nlu.danish_time import parse as parse_time

Events = list[dict[str, Any]]
DEFAULT_SNOOZE_MINUTES = 10


def parse(text: str, now: datetime, about: str | None = None) -> TimeParse:
    """The time said, as a reminder reads it: an hour of 11 is 11.00, not asked about,
    nor 10 for a reminder `about` something not done at bedtime (reading.daytime_only);
    `about` None: not known, 10 or 22 asked."""
    evening = about is None or reading.evening_thing(f"{about} {text}")
    return reading.daytime_only(parse_time(text, now), evening=evening)


def _about(tracker: Tracker) -> str:
    """What the reminder being made is about, as far as said (the slot; a medicine named
    in the sentence is one)."""
    medicine = "medicin" if _medicine(tracker) else ""
    return f"{tracker.get_slot('reminder_what') or ''} {medicine}"


class ReminderAction(StoreAction[ReminderStore], metaclass=ABCMeta):
    """Base: the reminder store and clock of the services passed in."""

    @property
    def store(self) -> ReminderStore:
        return self.services.reminders

    async def medicine_today(self, citizen_id: str, citizen: Citizen | None) -> str:
        """Today's doses and what became of them (citizen None: said to the citizen)."""
        now = self.now()
        start = datetime.combine(now.date(), time(0), now.tzinfo)
        end = start + timedelta(days=1)
        all_doses, reminders = await self.stored(
            lambda s: (s.doses(citizen_id), s.reminders(citizen_id, include_inactive=True))
        )
        doses = [d for d in all_doses if start <= d.due_at < end]
        texts = {r.id: r.medicine or r.text for r in reminders}
        doses.sort(key=lambda d: d.due_at)
        return staff_replies.medicine_today(citizen, doses, texts, now)


class StatusForStaff(ReminderAction, metaclass=ABCMeta):
    """Staff asking, or saying what reads like a dose answer ("Karen har taget sin
    medicin"), get the citizen's doses today: read only, nothing is marked."""

    for_staff = True

    async def staff_answer(self, tracker: Tracker, citizen: Citizen) -> str:
        return await self.medicine_today(citizen.id, citizen)


_text = turn.text


def _request(tracker: Tracker) -> str:
    """The request of a message that tells a story first ("… så vil du minde mig om at
    gå på kirkegården hver tirsdag klokken to", set 48): what and when are its own."""
    return request_after_story(_text(tracker))


def _medicine(tracker: Tracker) -> str | None:
    found = turn.entity_values(tracker, "medicine")
    return found[0] if found else None


def when_value(when: datetime, rrule: str | None) -> str:
    """The reminder_when slot: the first time and the rule, as parsed when it was said."""
    return json.dumps({"when": when.isoformat(), "rrule": rrule})


class ValidateReminderForm(CitizenForm):
    """Fills reminder_what and reminder_when from the citizen's own sentences."""

    # "nej slet den igen" while the form asks: the reminder being made is not wanted
    stop_intents = frozenset({"deny", "goodbye", "cancel_reminder", "cancel_all_reminders"})
    slots_made = ("reminder_what", "reminder_when", "reminder_when_choices")

    def name(self) -> str:
        return "validate_reminder_form"

    def wants_to_stop(self, tracker: Tracker) -> bool:
        # "nej ni" while morning or evening is asked: another hour, not "no" (set 21)
        if self._hour_instead(tracker) is not None:
            return False
        if turn.intent(tracker) == "cancel_plan_item" and not reading.names_a_plan(_text(tracker)):
            # "nej vent … fjern den igen" while the hour is asked (set 58: the model's
            # best removal was a plan item's): the reminder being made is not wanted
            return True
        return super().wants_to_stop(tracker)

    @staticmethod
    def _hour_instead(tracker: Tracker) -> str | None:
        """The bare hour said instead of answering "om morgenen eller om aftenen?"."""
        if not tracker.get_slot("reminder_when_choices"):
            return None
        if tracker.get_slot("requested_slot") != "reminder_when":
            return None
        return reading.bare_hour(_text(tracker))

    def _said_time(self, tracker: Tracker) -> str:
        """The sentence as the time parser is to read it: a bare hour as a clock time."""
        hour = self._hour_instead(tracker)
        if hour is not None:
            return f"klokken {hour}"
        return reading.time_of_the_request(_request(tracker), self.now())

    async def extract_reminder_what(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        if tracker.get_slot("reminder_what") or self.wants_to_stop(tracker):
            return {}
        requested = tracker.get_slot("requested_slot")
        if requested not in (None, "reminder_what"):
            return {}
        text = _request(tracker)
        if requested and turn.asks_something_else(tracker) and not reading.says_what(text):
            return {}
        told = reading.reminded_of_what_was_told(text)
        if told is not None:  # "… klokken 13.45. Mind mig om det tirsdag klokken 12.15"
            text = told[0]
        what = reminder_what(text, parse(text, self.now()).spans, _medicine(tracker))
        return {"reminder_what": what} if what else {}

    async def extract_reminder_when(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        if tracker.get_slot("reminder_when") or self.wants_to_stop(tracker):
            return {}
        requested = tracker.get_slot("requested_slot")
        result = parse(self._said_time(tracker), self.now(), _about(tracker))
        if requested == "reminder_when" and not result.spans and turn.asks_something_else(tracker):
            return {}
        choices = tracker.get_slot("reminder_when_choices")
        if choices and requested == "reminder_when":
            return self._choose(tracker, json.loads(choices), result)
        if (
            result.when is not None
            and result.alternatives
            and not reading.day_only(result)
            and self.writes_the_clock(tracker)
            and reading.morning_hour(result.when)
        ):
            # staff write the 24-hour clock: "kl 8" is 08:00, not a question (set 34)
            return {"reminder_when": when_value(result.when, result.rrule)}
        if result.when is not None and (result.alternatives or reading.day_only(result)):
            # "klokken 8": morning or evening? "på tirsdag": what time? run() keeps the
            # readings (or the day) in reminder_when_choices, and action_ask_reminder_when
            # asks.
            return {"reminder_when": None}
        if result.when is not None:
            return {"reminder_when": when_value(result.when, result.rrule)}
        # Explain only when a time was asked for, or one was said and is impossible.
        if requested == "reminder_when" or (result.spans and result.error != "none"):
            dispatcher.utter_message(text=time_problem(result.error, result.said()))
            return {"reminder_when": None}
        return {}

    def _choose(
        self, tracker: Tracker, choices: dict[str, Any], result: TimeParse
    ) -> dict[str, Any]:
        """The answer to "om morgenen eller om aftenen?", or a whole new time (`result`:
        the sentence as the time parser read it)."""
        readings = [datetime.fromisoformat(r) for r in choices["readings"]]
        rrule = choices.get("rrule")
        if choices.get("day_only"):
            if (
                result.when is not None
                and result.alternatives
                and self.writes_the_clock(tracker)
                and reading.morning_hour(result.when)
            ):
                # staff answer "kl 8" on the 24-hour clock (set 43: asked again)
                result = replace(result, alternatives=())
            # the answer to "hvad tid på tirsdag?": that day, unless it names its own
            if result.when is None or reading.day_only(result) or result.alternatives:
                return {"reminder_when": None}  # run() asks again (about a new day or hour)
            (picked,) = reading.corrected_readings(result, readings)
            if rrule and not result.rrule:  # "hver mandag", then "klokken 10"
                return {"reminder_when": when_value(picked, recurrence.with_time(rrule, picked))}
            return {"reminder_when": when_value(picked, result.rrule)}
        if reading.another_time(readings, result):
            # "næ vent, klokken ti": a new time said instead of an answer
            if result.alternatives and not reading.daytime_reading(result):
                return {"reminder_when": None}  # run() asks about the new hour
            # its daytime reading where the other is the night: "Nej, lad os hellere
            # sige klokken halv elleve" to "om morgenen eller om aftenen?" (set 49: asked
            # again); "nej ni" is still asked about (9 or 21, set 21)
            assert result.when is not None
            picked = reading.corrected_readings(result, readings)[0]
            rrule = result.rrule or (recurrence.with_time(rrule, picked) if rrule else None)
            return {"reminder_when": when_value(picked, rrule)}
        chosen = reading.choose_reading(_text(tracker), readings)
        if chosen is None:
            if result.when is None or result.alternatives or reading.day_only(result):
                # "flyt den til fredag" while morning or evening is asked (set 15: it had
                # been saved at the day's default 9): run() asks again, on that day
                return {"reminder_when": None}  # ask the same question again
            return {"reminder_when": when_value(result.when, result.rrule)}
        if rrule:
            rrule = recurrence.with_time(rrule, chosen)
        return {"reminder_when": when_value(chosen, rrule)}

    def _choices(self, tracker: Tracker, asked: dict[str, Any] | None = None) -> str | None:
        """Both readings of an ambiguous hour in the latest message, as the slot's JSON;
        said instead of answering the question `asked`, on the day asked about."""
        text = self._said_time(tracker)
        result = parse(text, self.now(), _about(tracker))
        if reading.day_only(result) and result.when is not None and asked is not None:
            before = [datetime.fromisoformat(r) for r in asked["readings"]]
            if not asked.get("day_only") and len(before) == 2:
                # a new day said while "om morgenen eller om aftenen?" waits: the two
                # hours asked about, on that day, asked about again
                day = result.when.date()
                moved = [
                    recurrence.localise(datetime.combine(day, time(b.hour, b.minute)))
                    for b in before
                ]
                rrule = result.rrule or asked.get("rrule")
                return json.dumps({"readings": [m.isoformat() for m in moved], "rrule": rrule})
        if reading.day_only(result) and result.when is not None:
            # "på tirsdag" and no time: the day kept while its time is asked
            day_only = {"readings": [result.when.isoformat()], "day_only": True}
            return json.dumps({**day_only, "rrule": result.rrule})
        if result.when is None or not result.alternatives:
            return None
        readings: Sequence[datetime] = [result.when, result.alternatives[0]]
        rrule = result.rrule
        if asked is not None:
            before = [datetime.fromisoformat(r) for r in asked["readings"]]
            readings = reading.corrected_readings(result, before)
            rrule = rrule or asked.get("rrule")
        return json.dumps({"readings": [r.isoformat() for r in readings], "rrule": rrule})

    def ends_here(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
        # "må du give mig råd om min medicin", read as a reminder: no advice, and no form
        advice = tracker.get_slot("requested_slot") is None and asks_medical_advice(_text(tracker))
        if advice:
            dispatcher.utter_message(response="utter_medical_advice")
        return advice

    async def filled(self, tracker: Tracker, events: Events) -> Events:
        # rasa-sdk passes on only the form's required slots, so the choices slot is set here.
        when = next((e for e in events if e.get("name") == "reminder_when"), None)
        asked = tracker.get_slot("reminder_when_choices")
        if when is not None and when.get("value") is not None:
            events.append(SlotSet("reminder_when_choices", None))
        elif when is not None and not (
            asked and tracker.get_slot("requested_slot") == "reminder_when"
        ):
            choices = self._choices(tracker)
            if choices:
                events.append(SlotSet("reminder_when_choices", choices))
        elif when is not None and asked:
            choices = self._choices(tracker, json.loads(asked))
            if choices:  # another ambiguous hour said instead of an answer: ask about it
                events.append(SlotSet("reminder_when_choices", choices))
        return events


class ActionAskReminderWhat(ReminderAction):
    for_staff = follows_up = True

    def name(self) -> str:
        return "action_ask_reminder_what"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        dispatcher.utter_message(text=replies.ASK_WHAT)
        return []


class ActionAskReminderWhen(ReminderAction):
    for_staff = follows_up = True

    def name(self) -> str:
        return "action_ask_reminder_when"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        choices = tracker.get_slot("reminder_when_choices")
        if choices and json.loads(choices).get("day_only"):
            asked = json.loads(choices)
            day = datetime.fromisoformat(asked["readings"][0])
            dispatcher.utter_message(text=replies.ask_time_on(day, self.now(), asked.get("rrule")))
        elif choices:
            readings = [datetime.fromisoformat(r) for r in json.loads(choices)["readings"]]
            dispatcher.utter_message(text=replies.ask_part_of_day(readings))
        else:
            dispatcher.utter_message(text=replies.ASK_WHEN)
        return []


class ActionSetReminder(ReminderAction):
    """Runs when the form is done: save and say it back, or say that nothing was saved.
    Made with `said` (what, and the when slot's JSON), it saves that instead of the
    form's slots: a reminder read whole from one sentence outside the form."""

    for_staff = follows_up = True  # staff: for the citizen the form was for

    def __init__(
        self, services: Services | None = None, said: tuple[str, str] | None = None
    ) -> None:
        super().__init__(services)
        self.said = said

    def name(self) -> str:
        return "action_set_reminder"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        clear = [
            SlotSet("reminder_what", None),
            SlotSet("reminder_when", None),
            SlotSet("reminder_when_choices", None),
        ]
        what, raw_when = self.said or (
            tracker.get_slot("reminder_what"),
            tracker.get_slot("reminder_when"),
        )
        if not what or not raw_when:
            if not asks_medical_advice(_text(tracker)):  # the form said why it stopped
                dispatcher.utter_message(text=replies.DROPPED)
            return clear
        when_info = json.loads(raw_when)
        when = datetime.fromisoformat(when_info["when"])
        medicine = _first_medicine(tracker)
        channel = tracker.get_latest_input_channel() or "rest"
        try:
            await self.stored(
                lambda s: s.add(
                    tracker.sender_id,
                    what,
                    when,
                    medicine=medicine,
                    rrule=when_info.get("rrule"),
                    channel=channel,
                )
            )
        except InvalidReminder as err:
            by_field = {"first_due": time_error("past"), "text": replies.TOO_LONG}
            dispatcher.utter_message(text=by_field.get(err.field, replies.SAVE_FAILED))
            return clear
        dispatcher.utter_message(text=confirmation(what, when, when_info.get("rrule"), self.now()))
        return clear


async def duty_said(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any], services: Services
) -> Events | None:
    """A duty said with its time, for the fallback ("om ti minutter skal jeg slukke for
    ovnen", "på fredag klokken 9 skal jeg til lægen, husk mig på det"): the model was
    unsure, or its unsure emergency was set aside. Saved and said back as the form would,
    when the sentence says what and one time; None otherwise (an hour that may be morning
    or evening, a day without a time: not guessed)."""
    text = _text(tracker)
    action = ActionSetReminder(services)
    result = parse(text, action.now())
    if not reading.duty_to_remember(text, result.spans):
        return None
    if result.when is None or result.alternatives or reading.day_only(result):
        return None
    what = reminder_what(text, result.spans, _medicine(tracker))
    if not what:
        return None
    said = (what, when_value(result.when, result.rrule))
    return list(await ActionSetReminder(services, said=said).run(dispatcher, tracker, domain))


def _first_medicine(tracker: Tracker) -> str | None:
    """The medicine named anywhere since the reminder was asked for (the form's turns)."""
    for event in reversed(tracker.events[-20:]):
        if event.get("event") != "user":
            continue
        for entity in (event.get("parse_data") or {}).get("entities", []):
            if entity.get("entity") == "medicine" and entity.get("value"):
                return str(entity["value"])
        if (event.get("parse_data") or {}).get("intent", {}).get("name") == "set_reminder":
            break
    return None


class ActionListReminders(ReminderAction):
    for_staff = True

    def name(self) -> str:
        return "action_list_reminders"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        now = self.now()
        asked = parse(_text(tracker), now)
        # read, not spoken, by staff in Teams: they plan from the whole list
        staff = isinstance(tracker, access.OnBehalf)
        at_most = replies.READ_AT_MOST if staff else replies.SPOKEN_AT_MOST
        if asked.when is not None and asked.rrule is None:  # "i dag", "i morgen", "på fredag"
            day = asked.when
            said = await self._one_day(tracker.sender_id, day, now, at_most)
            dispatcher.utter_message(text=said)
            return []
        reminders, next_due = await self.stored(
            lambda s: (s.reminders(tracker.sender_id), _next_due(s, tracker.sender_id, now))
        )
        items = sorted(
            ((r, next_due.get(r.id)) for r in reminders),
            key=lambda item: item[1] or item[0].first_due,
        )
        dispatcher.utter_message(text=replies.listing(items, now, at_most))
        return []

    async def _one_day(self, citizen: str, day: datetime, now: datetime, at_most: int) -> str:
        start = max(now, day.replace(hour=0, minute=0, second=0, microsecond=0))
        end = recurrence.localise(datetime.combine(day.date() + timedelta(days=1), time()))
        found = await self.stored(lambda s: s.list_between(citizen, start, end))
        items = [(o.reminder, o.due_at) for o in found]
        return replies.day_listing(items, spoken_time.day(day, now), at_most)


def _next_due(store: ReminderStore, citizen: str, now: datetime) -> dict[int, datetime]:
    out: dict[int, datetime] = {}
    for dose in store.doses(citizen):
        if dose.state.value in {"pending", "asked"} and dose.reminder_id not in out:
            out[dose.reminder_id] = dose.due_at
    return out


def _same_words(reminders: Sequence[Reminder]) -> bool:
    return len({replies.what_of(r).casefold() for r in reminders}) == 1


class _ChooseOne(ReminderAction, metaclass=ABCMeta):
    """Shared by change and cancel: find the one reminder the sentence means."""

    for_staff = True

    async def choose(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Any:
        reminders = await self.stored(lambda s: s.reminders(tracker.sender_id))
        if not reminders:
            dispatcher.utter_message(text=replies.NONE_YET)
            return None
        text = _text(tracker)
        found = reading.pick(reminders, text, _medicine(tracker))
        if len(found) != 1 and means_the_new_one(text, tracker.events):
            found = [max(found or reminders, key=lambda r: r.id)]  # the one just set
        asked = last_sentence(text)
        if asked != text and means_the_new_one(asked, tracker.events):
            # "… når han har fået morgenmad. Flyt den til kl. 9." (set 39): the one just
            # set, not another the context's words name, unless the request names one
            named = reading.pick(reminders, asked, _medicine(tracker))
            found = named if len(named) == 1 else [max(reminders, key=lambda r: r.id)]
        if len(found) > 1 and _same_words(found) and last_made(tracker.events) == REMINDER:
            # "slet påmindelsen om gåtur" a turn or two after one about gåtur was set,
            # when another has the same words (set 23): the one just set
            found = [max(found, key=lambda r: r.id)]
        if len(found) != 1:
            dispatcher.utter_message(text=replies.which(found or reminders, self.now()))
            return None
        return found[0]


class ActionChangeReminder(FollowsBack, _ChooseOne):
    def name(self) -> str:
        return "action_change_reminder"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        now = self.now()
        # read as a move ("ryk den til ni": a bare hour), before asking which reminder
        result = reading.moved_time(_text(tracker), now, now)
        if result.when is None:
            dispatcher.utter_message(
                text=replies.NO_TIME if result.error == "none" else time_error(result.error)
            )
            return []
        reminder = await self.choose(dispatcher, tracker)
        if reminder is None:
            return []
        next_due = await self.stored(lambda s: _next_due(s, tracker.sender_id, now))
        due = next_due.get(reminder.id, reminder.first_due)
        result = reading.moved_time(_text(tracker), due, now)
        if result.when is None:
            dispatcher.utter_message(text=replies.NO_TIME)
            return []
        try:
            when = result.when
            moved = await self.stored(lambda s: s.change_time(tracker.sender_id, reminder.id, when))
        except InvalidReminder:
            dispatcher.utter_message(text=time_error("past"))
            return []
        except DoseStateError:
            dispatcher.utter_message(text=replies.SEVERAL_TIMES)
            return []
        dispatcher.utter_message(text=replies.moved(moved, result.when, now))
        return []


class ActionAlsoReminder(ReminderAction):
    """ "og så også om aftenen klokken otte" right after a reminder was set: the same
    reminder at that time too, as often as the first (a daily one daily). Reached only
    through bot.followup (not a domain action); nothing saved without a clear time."""

    for_staff = follows_up = True

    def name(self) -> str:
        return "action_also_reminder"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        reminders = await self.stored(lambda s: s.reminders(tracker.sender_id))
        now = self.now()
        result = parse(_text(tracker), now)
        if not reminders or result.when is None or result.alternatives:
            dispatcher.utter_message(text=replies.NO_TIME)
            return []
        last = max(reminders, key=lambda r: r.id)  # the one just set
        when, rrule = reading.also_at(last.first_due, last.rrule, result.when, now)
        said = (last.text, when_value(when, rrule))
        return list(
            await ActionSetReminder(self.services, said=said).run(dispatcher, tracker, domain)
        )


class ActionCancelReminder(FollowsBack, _ChooseOne):
    def name(self) -> str:
        return "action_cancel_reminder"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        reminder = await self.choose(dispatcher, tracker)
        if reminder is not None:
            await self.stored(lambda s: s.cancel(tracker.sender_id, reminder.id))
            dispatcher.utter_message(text=replies.cancelled(reminder))
        return []


class ActionAskCancelAll(ReminderAction):
    def name(self) -> str:
        return "action_ask_cancel_all"

    def unchanged(self) -> Events:
        # Refused (staff, the web chat): nothing waits for "ja". Without the slot no rule
        # fitted, and the policy went on to action_cancel_reminder: staff's "slet alle
        # Karens påmindelser" got "only in the citizen's own conversation" and then
        # deleted one of Karen's reminders.
        return [SlotSet("confirm_cancel_all", False)]

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        count = len(await self.stored(lambda s: s.reminders(tracker.sender_id)))
        if count == 0:
            dispatcher.utter_message(text=replies.NONE_YET)
            return [SlotSet("confirm_cancel_all", False)]
        dispatcher.utter_message(text=replies.ask_cancel_all(count))
        return [SlotSet("confirm_cancel_all", True)]


class ActionCancelAllReminders(ReminderAction):
    def name(self) -> str:
        return "action_cancel_all_reminders"

    def unchanged(self) -> Events:
        return [SlotSet("confirm_cancel_all", False)]

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        count = await self.stored(lambda s: s.cancel_all(tracker.sender_id))
        dispatcher.utter_message(text=replies.cancelled_all(count) if count else replies.NONE_YET)
        return [SlotSet("confirm_cancel_all", False)]


class ActionKeepReminders(Action):
    def name(self) -> str:
        return "action_keep_reminders"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        dispatcher.utter_message(text=replies.KEPT)
        return [SlotSet("confirm_cancel_all", False)]


def _dose_and_reminder(store: ReminderStore, tracker: Tracker, dose_id: int) -> Any:
    dose = store.get_dose(tracker.sender_id, dose_id)
    return dose, store.get(tracker.sender_id, dose.reminder_id)


def _dose_id(tracker: Tracker) -> int | None:
    return _int(tracker.get_slot("dose_id"))


def _int(raw: Any) -> int | None:
    try:
        return int(raw) if raw is not None else None
    except (TypeError, ValueError):
        return None


class ActionSnoozeReminder(ReminderAction):
    def name(self) -> str:
        return "action_snooze_reminder"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        minutes = reading.snooze_minutes(_text(tracker), DEFAULT_SNOOZE_MINUTES)
        try:
            await self.stored(lambda s: s.snooze(tracker.sender_id, _dose_id(tracker), minutes))
        except (ReminderNotFound, DoseStateError):
            try:  # the slot may point at an answered dose; try the latest open one
                await self.stored(lambda s: s.snooze(tracker.sender_id, None, minutes))
            except (ReminderNotFound, DoseStateError):
                dispatcher.utter_message(text=replies.NOTHING_DUE)
                return [SlotSet("dose_pending", False)]  # the rule expects it either way
        dispatcher.utter_message(text=replies.snoozed(minutes))
        return [SlotSet("dose_pending", False)]


class _Answer(StatusForStaff, metaclass=ABCMeta):
    """'taget' / 'spring over' from the citizen. Staff never answer for a citizen."""

    outcome = "taken"
    reply = replies.TAKEN

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        for dose_id in dict.fromkeys([_dose_id(tracker), None]):
            try:
                await self._mark(tracker.sender_id, dose_id)
                break
            except (ReminderNotFound, DoseStateError):
                if await self._said_before(tracker.sender_id, dose_id):
                    break
        else:
            dispatcher.utter_message(text=replies.NOTHING_DUE)
            return [SlotSet("dose_pending", False)]
        dispatcher.utter_message(text=self.reply)
        return [SlotSet("dose_pending", False), SlotSet("dose_id", None)]

    async def _mark(self, citizen_id: str, dose_id: int | None) -> None:
        await self.stored(lambda s: s.mark(citizen_id, dose_id, self.outcome))

    async def _said_before(self, citizen_id: str, dose_id: int | None) -> bool:
        """The dose in the conversation already has this answer: the same "ja" again,
        after its first answer was lost (a Rasa process killed after the mark, the
        client sending it again). The same reply, not "nothing is due"."""
        if dose_id is None:
            return False
        try:
            dose = await self.stored(lambda s: s.get_dose(citizen_id, dose_id))
            return dose.state.value == self.outcome
        except ReminderNotFound:
            return False


class ActionMarkTaken(_Answer):
    def name(self) -> str:
        return "action_mark_taken"


class ActionSkipDose(_Answer):
    outcome = "skipped"
    reply = replies.SKIPPED

    def name(self) -> str:
        return "action_skip_dose"


class ActionDoseNotYet(Action):
    def name(self) -> str:
        return "action_dose_not_yet"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        dispatcher.utter_message(text=replies.NOT_YET)
        return []


class ActionAnnounceReminder(ReminderAction):
    """A dose is due: tell and ask. The worker's EXTERNAL_dose_due carries the dose's
    id as the dose_id entity; the slot keeps it for the answer ("ja", "spring over")."""

    def name(self) -> str:
        return "action_announce_reminder"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        dose_id = _int(next(iter(turn.entity_values(tracker, "dose_id")), None))
        try:
            if dose_id is None:
                raise ReminderNotFound("no dose_id entity")
            dose, reminder = await self.stored(lambda s: _dose_and_reminder(s, tracker, dose_id))
        except ReminderNotFound:
            return []  # not this citizen's dose, or gone: say nothing
        if reminder.kind is not ReminderKind.REMINDER:  # a timer or wake-up call: nothing to ask
            dispatcher.utter_message(text=timers.rings(reminder, self.now()))
            return []
        late = self.now() - dose.due_at
        text = due_message(reminder, late)
        if not text.endswith("?"):
            text += " " + replies.ASK_TAKEN
        dispatcher.utter_message(text=text)
        return [SlotSet("dose_id", str(dose.id)), SlotSet("dose_pending", True)]
