"""Day plan actions: read the tracker, call the plan store (bot.plan) and say the result.

The citizen is the conversation's sender id (a staff member's citizen: see
access.view_for); store calls run in a worker thread (base.StoreAction.stored). Every change is read back as a yes/no
question before it is saved: the pending change waits in the plan_change slot and
plan_pending is true until "ja" or "nej" (action_plan_yes / action_plan_no). A repeating
item is first offered for the one day; "nej" then offers the change for all days.
"""

from __future__ import annotations

import json
import re
from abc import ABCMeta
from datetime import datetime, timedelta, timezone
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import access, turn
from actions.base import CitizenForm, StoreAction
from actions.followup import FollowsBack
from actions.services import Services, off_loop
from bot.access.policy import Role
from bot.access.roster import Citizen
from bot.conversation.reading import request_after_story
from bot.core.danish import spoken_time
from bot.core.danish.time_errors import time_error, time_problem
from bot.followup import called_off_back, points_back_to_plan
from bot.plan import changes, queries, reading, replies
from bot.plan.model import Occurrence, PlanItemNotFound
from bot.plan.store import PlanStore
from bot.reminders.reading import moved_time, part_of_day_alone
from bot.staff import replies as staff_replies
from nlu.danish_time import TimeParse, parse

Events = list[dict[str, Any]]
DEFAULT_LENGTH = timedelta(hours=1)  # an item said without an end lasts an hour
LOOK_AHEAD = timedelta(days=8)  # "hvornår kommer ...", and which item a change means
_text = turn.text


def _pending(change: dict[str, Any] | None, citizen: str | None = None) -> Events:
    """The change waiting for "ja" (None: nothing waits), with whose plan it is for."""
    if change is None:
        return [SlotSet("plan_change", None), SlotSet("plan_pending", False)]
    if citizen is not None:
        change = {**change, "citizen": citizen}
    return [SlotSet("plan_change", json.dumps(change)), SlotSet("plan_pending", True)]


def pending_for(change: dict[str, Any], citizen: str) -> Events:
    """The events of a change now waiting for "ja" in `citizen`'s plan."""
    return _pending(change, citizen)


def _waiting(tracker: Tracker) -> dict[str, Any] | None:
    """The change waiting for "ja" in this citizen's plan (one asked about another
    citizen's plan, by a staff member since, is not this one's)."""
    raw = tracker.get_slot("plan_change")
    change = json.loads(raw) if raw else None
    if not change or change.get("citizen", tracker.sender_id) != tracker.sender_id:
        return None
    return dict(change)


def _last_change(tracker: Tracker) -> dict[str, Any] | None:
    """The last change asked about in this conversation (saved since, if a plan action
    made something last: bot.followup)."""
    for event in reversed(tracker.events):
        if (
            event.get("event") == "slot"
            and event.get("name") == "plan_change"
            and event.get("value")
        ):
            return dict(json.loads(event["value"]))
    return None


def _chosen(
    tracker: Tracker, upcoming: list[Occurrence], text: str, before: str, now: datetime
) -> Occurrence | str:
    """The occurrence a change means; "den" right after a plan item was made is that one."""
    occ = changes.choose(upcoming, text, before, now)
    if isinstance(occ, str) and (
        points_back_to_plan(text, tracker.events)
        or (reading.called_off(text) and called_off_back(text, tracker.events))
    ):
        return changes.made_last(upcoming, _last_change(tracker)) or occ
    return occ


async def corrected_addition(
    dispatcher: CollectingDispatcher, tracker: Tracker, services: Services
) -> Events | None:
    """ "nej, det er klokken 12" while a new item waits for "ja": the item read back
    again at the new time (a time of day alone keeps its day). None: not a new time for
    a waiting item, so the caller answers as it would."""
    change = _waiting(tracker)
    if not change or change.get("op") != "add":
        return None
    now = services.clock.now()
    start = datetime.fromisoformat(change["start"])
    said = moved_time(_text(tracker), start, now)
    if said.when is None or said.rrule is not None:
        return None
    if said.when == start and not part_of_day_alone(_text(tracker)):
        return None  # "om morgenen" to 9 o'clock: read back again, the same time
    if said.when < now:
        dispatcher.utter_message(text=time_error("past"))
        return _pending(change)
    end = said.when + (datetime.fromisoformat(change["end"]) - start)
    when = said.when
    overlapping = await off_loop(lambda: services.plan.overlaps(tracker.sender_id, when, end))
    dispatcher.utter_message(
        text=replies.ask_add(change["title"], said.when, change.get("rrule"), now, overlapping)
    )
    return _pending({**change, "start": said.when.isoformat(), "end": end.isoformat()})


class PlanAction(StoreAction[PlanStore], metaclass=ABCMeta):
    """Base: the plan store and clock of the services passed in."""

    @property
    def store(self) -> PlanStore:
        return self.services.plan

    def unchanged(self) -> Events:
        return _pending(None)  # nothing waits for a "ja" (the rules expect plan_pending)

    async def upcoming(self, citizen: str, now: datetime) -> list[Occurrence]:
        """Occurrences not over yet in the next week, by start."""
        found = await self.stored(
            lambda s: queries.occurrences_between(s, citizen, now, now + LOOK_AHEAD)
        )
        instant = now.astimezone(timezone.utc)  # not by wall clock: see bot.plan.queries
        return [o for o in found if o.end > instant]


class ActionTellOrientation(PlanAction):
    """'hvad er klokken', 'hvilken dag er det': weekday, date, part of day and time."""

    citizen_only = False  # the time and day are no one's private data

    def name(self) -> str:
        return "action_tell_orientation"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        text = _text(tracker).lower()
        topic, index = tracker.get_slot("topic"), int(tracker.get_slot("more_index") or 0)
        past = re.search(r"\b(?:var|blev|før|foer|for)\b", text) is not None
        told = self.services.answerer.year_told(text, topic, index) if topic and past else None
        if told is not None:
            # "hvilket år var det?" right after a figure: its year, not today's (set 24)
            from actions.knowledge import ActionTellMore

            return ActionTellMore(self.services).say(dispatcher, told, "")
        clock_first = any(w in text for w in ("klokken", "klokka", "tid", "mange"))
        dispatcher.utter_message(text=replies.orientation(self.now(), clock_first))
        return []


class ActionTellPlan(PlanAction):
    """'hvad skal jeg i dag / i morgen / på tirsdag': the day, three items at a time.
    Staff: 'hvad skal Karen i morgen', the whole day of one of their citizens."""

    for_staff = True

    def name(self) -> str:
        return "action_tell_plan"

    def _day(self, tracker: Tracker) -> tuple[datetime, datetime]:
        """(now, the day asked about: today unless the sentence names one)."""
        now = self.now()
        asked = parse(_text(tracker), now)
        return now, asked.when if asked.when is not None and asked.error is None else now

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        now, day = self._day(tracker)
        found = await self.stored(lambda s: queries.on(s, tracker.sender_id, day.date()))
        text, rest = replies.day_plan(found, spoken_time.day(day, now), now)
        dispatcher.utter_message(text=text)
        return _pending({"op": "rest", "lines": rest} if rest else None)

    async def staff_answer(self, tracker: Tracker, citizen: Citizen) -> str:
        now, day = self._day(tracker)
        found = await self.stored(lambda s: queries.on(s, citizen.id, day.date()))
        return staff_replies.day_plan(citizen, found, spoken_time.day(day, now))


class ActionTellPlanNow(PlanAction):
    def name(self) -> str:
        return "action_tell_plan_now"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        now = self.now()
        current, upcoming = await self.stored(
            lambda s: queries.now_and_next(s, tracker.sender_id, now)
        )
        if upcoming is not None and upcoming.start - now > LOOK_AHEAD:
            upcoming = None
        dispatcher.utter_message(text=replies.now_reply(current, upcoming, now))
        return _pending(None)


class ActionTellPlanNext(PlanAction):
    def name(self) -> str:
        return "action_tell_plan_next"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        now = self.now()
        _, upcoming = await self.stored(lambda s: queries.now_and_next(s, tracker.sender_id, now))
        if upcoming is not None and upcoming.start - now > LOOK_AHEAD:
            upcoming = None
        dispatcher.utter_message(text=replies.next_reply(upcoming, now))
        return _pending(None)


class ActionTellVisit(PlanAction):
    """'hvornår kommer hjemmeplejen': the next item naming that visitor or thing."""

    for_staff = True

    def name(self) -> str:
        return "action_tell_visit"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        now = self.now()
        found = reading.named(await self.upcoming(tracker.sender_id, now), _text(tracker))
        if not found and turn.answered_with(tracker, "topic"):
            # "og hvornår er det så" right after a fact ("i 2028 forventes …"): asked of
            # the fact, not of the plan (set 14)
            from actions.knowledge import ActionTellMore

            told = ActionTellMore(self.services).fact_follow_up(dispatcher, tracker)
            if told is not None:
                return told
        dispatcher.utter_message(text=replies.visit_reply(found, now, _text(tracker)))
        return _pending(None)


class ValidatePlanItemForm(CitizenForm):
    """Fills plan_title and plan_when from the citizen's own sentences."""

    slots_made = ("plan_title", "plan_when")

    def name(self) -> str:
        return "validate_plan_item_form"

    async def extract_plan_title(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        if tracker.get_slot("plan_title") or self.wants_to_stop(tracker):
            return {}
        requested = tracker.get_slot("requested_slot")
        if requested not in (None, "plan_title"):
            return {}
        if requested and turn.asks_something_else(tracker):
            return {}
        text = request_after_story(_text(tracker))  # "… så sæt kortspil på planen …" (set 48)
        title = reading.plan_title(text, parse(text, self.now()).spans)
        if len(title) > 80:
            dispatcher.utter_message(text=replies.TITLE_TOO_LONG)
            return {"plan_title": None}
        return {"plan_title": title} if title else {}

    async def extract_plan_when(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        if tracker.get_slot("plan_when") or self.wants_to_stop(tracker):
            return {}
        requested = tracker.get_slot("requested_slot")
        now = self.now()
        text = request_after_story(_text(tracker))
        result = parse(text, now)
        if requested == "plan_when" and not result.spans and turn.asks_something_else(tracker):
            return {}
        if result.when is not None and result.error is None:
            when, rrule = result.when, result.rrule
            if result.time_assumed and requested != "plan_when":
                return {}  # a day without a time: the form asks "hvad tid på fredag?"
            if result.time_assumed and result.day_said:
                # the answer to "hvornår?" was a day alone: taken (no rejection, so no
                # "forstod ikke"), left empty, and the form asks the time that day
                return {"plan_when": None}
            day = said_day(tracker, now)
            if day is not None and requested == "plan_when" and not result.day_said:
                # "på torsdag" first, then "klokken 10": that Thursday at 10.
                when = queries.at_time(day.when or when, when.timetz().replace(tzinfo=None))
                rrule = day.rrule or rrule
            return {"plan_when": json.dumps({"when": when.isoformat(), "rrule": rrule})}
        if requested == "plan_when" or (result.spans and result.error != "none"):
            dispatcher.utter_message(text=time_problem(result.error, result.said()))
            return {"plan_when": None}
        return {}


def said_day(tracker: Tracker, now: datetime) -> TimeParse | None:
    """The day said without a time since the citizen asked to add an item: in that
    sentence, or as the answer to "hvornår?" ("på fredag")."""
    for event in reversed(tracker.events[-20:]):
        if event.get("event") != "user":
            continue
        text = str(event.get("text") or "")
        result = parse(text, now)
        ok = result.when is not None and result.error is None and result.time_assumed
        data = event.get("parse_data") or {}
        if data.get("intent", {}).get("name") == "add_plan_item":
            return result if ok else None
        if ok and result.day_said:
            return result
    return None


class ActionAskPlanTitle(PlanAction):
    for_staff = follows_up = True

    def name(self) -> str:
        return "action_ask_plan_title"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        dispatcher.utter_message(text=replies.ASK_TITLE)
        return []


class ActionAskPlanWhen(PlanAction):
    for_staff = follows_up = True

    def name(self) -> str:
        return "action_ask_plan_when"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        now = self.now()
        day = said_day(tracker, now)
        if day is not None and day.when is not None:
            dispatcher.utter_message(text=replies.ask_clock(day.when, now))
        else:
            dispatcher.utter_message(text=replies.ASK_WHEN)
        return []


class ActionConfirmPlanItem(PlanAction):
    """After the form: read the new item back and ask before saving."""

    for_staff = follows_up = True

    def name(self) -> str:
        return "action_confirm_plan_item"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        clear = [SlotSet("plan_title", None), SlotSet("plan_when", None)]
        title = tracker.get_slot("plan_title")
        raw_when = tracker.get_slot("plan_when")
        if not title or not raw_when:
            dispatcher.utter_message(text=replies.DROPPED)
            return clear + _pending(None)
        when_info = json.loads(raw_when)
        start = datetime.fromisoformat(when_info["when"])
        now = self.now()
        if start < now:
            dispatcher.utter_message(text=time_error("past"))
            return clear + _pending(None)
        try:
            rrule = reading.plan_rule(when_info.get("rrule"))
        except reading.SeveralTimes:
            dispatcher.utter_message(text=replies.ONE_TIME_A_DAY)
            return clear + _pending(None)
        end = start + DEFAULT_LENGTH
        overlapping = await self.stored(lambda s: s.overlaps(tracker.sender_id, start, end))
        dispatcher.utter_message(text=replies.ask_add(title, start, rrule, now, overlapping))
        change = {
            "op": "add",
            "title": title,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "rrule": rrule,
        }
        return clear + _pending(change, tracker.sender_id)


class ActionMovePlanItem(FollowsBack, PlanAction):
    """'flyt frisøren til fredag': find the item and the new time, then ask."""

    for_staff = True

    def name(self) -> str:
        return "action_move_plan_item"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        now, text = self.now(), _text(tracker)
        before, _ = reading.split_move(text)
        occ = _chosen(tracker, await self.upcoming(tracker.sender_id, now), text, before, now)
        if isinstance(occ, str):
            dispatcher.utter_message(text=occ)
            return _pending(None)
        target_text, target = reading.target_time(text, now)
        new_start = reading.new_start(occ, target_text, target)
        if new_start is None or new_start < now:
            reply = replies.ASK_NEW_TIME if new_start is None else time_error("past")
            dispatcher.utter_message(text=reply)
            return _pending(None)
        new_end = new_start + (occ.end - occ.start)
        item_id = occ.item.id
        overlapping = await self.stored(
            lambda s: s.overlaps(tracker.sender_id, new_start, new_end, item_id)
        )
        repeating = occ.item.rrule is not None
        all_days = repeating and changes.says_all(text) and new_start.date() == occ.start.date()
        dispatcher.utter_message(
            text=replies.ask_move(
                occ, new_start, now, one_day=not all_days, overlapping=overlapping
            )
        )
        scope = "all" if all_days else ("one" if repeating else "single")
        moved = changes.pending("move", occ, scope, new_start=new_start, new_end=new_end)
        return _pending(moved, tracker.sender_id)


class ActionCancelPlanItem(FollowsBack, PlanAction):
    """'aflys frisøren på torsdag': find the occurrence, then ask."""

    for_staff = True

    def name(self) -> str:
        return "action_cancel_plan_item"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        now, text = self.now(), _text(tracker)
        occ = _chosen(tracker, await self.upcoming(tracker.sender_id, now), text, text, now)
        if isinstance(occ, str):
            dispatcher.utter_message(text=occ)
            return _pending(None)
        all_days = occ.item.rrule is not None and changes.says_all(text)
        dispatcher.utter_message(text=replies.ask_cancel(occ, now, one_day=not all_days))
        scope = "all" if all_days else ("one" if occ.item.rrule else "single")
        return _pending(changes.pending("cancel", occ, scope), tracker.sender_id)


async def called_off(
    dispatcher: CollectingDispatcher, tracker: Tracker, services: Services
) -> Events | None:
    """ "min søster kan alligevel ikke i morgen" (the model unsure): the citizen's plan item
    that the sentence names is offered for removal, "Skal jeg aflyse …?", done on "ja".
    None when the sentence calls nothing off, or names no one item of the plan."""
    text = _text(tracker)
    if not reading.called_off(text):
        return None
    if access.principal(tracker, services.access).role is not Role.CITIZEN:
        return None
    action = ActionCancelPlanItem(services)
    now = action.now()
    upcoming = await action.upcoming(tracker.sender_id, now)
    occ = _chosen(tracker, upcoming, text, text, now)
    if isinstance(occ, str):
        return None
    dispatcher.utter_message(text=replies.ask_cancel(occ, now, one_day=True))
    scope = "one" if occ.item.rrule else "single"
    return _pending(changes.pending("cancel", occ, scope), tracker.sender_id)


class ActionPlanYes(PlanAction):
    """'ja' to the plan's question: hear the rest, or save the change read back."""

    for_staff = follows_up = True

    def name(self) -> str:
        return "action_plan_yes"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        change = _waiting(tracker)
        if not change:
            dispatcher.utter_message(text=replies.NO_QUESTION)
            return _pending(None)
        if change["op"] == "rest":
            text, rest = replies.chunk(change["lines"])
            dispatcher.utter_message(text=text)
            return _pending({"op": "rest", "lines": rest} if rest else None)
        who = access.acting(tracker)
        reply = await self.stored(lambda s: changes.apply(s, tracker.sender_id, who, change))
        dispatcher.utter_message(text=reply)
        return _pending(None)


class ActionPlanNo(PlanAction):
    """'nej': for a repeating item's one day, offer all days; else change nothing."""

    for_staff = follows_up = True

    def name(self) -> str:
        return "action_plan_no"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        from actions.followup import plan_for_another  # it uses this module

        # "nej det var jens" while Karen's new item waits (set 20): read back for Jens
        other = await plan_for_another(dispatcher, tracker, self.services)
        if other is not None:
            return other
        return await super().run(dispatcher, tracker, domain)

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        corrected = await corrected_addition(dispatcher, tracker, self.services)
        if corrected is not None:  # "nej, det er klokken 12"
            return corrected
        change = _waiting(tracker)
        if not change or change["op"] == "rest":
            dispatcher.utter_message(text="Godt.")
            return _pending(None)
        if change["op"] in ("move", "cancel") and change.get("scope") == "one":
            try:
                item_id = int(change["item_id"])
                item = await self.stored(lambda s: s.get(tracker.sender_id, item_id))
            except PlanItemNotFound:
                dispatcher.utter_message(text=replies.NOT_FOUND)
                return _pending(None)
            now = self.now()
            shown = datetime.fromisoformat(change["shown"])
            occ = Occurrence(item, shown, shown, shown)
            if change["op"] == "cancel":
                dispatcher.utter_message(text=replies.ask_cancel(occ, now, one_day=False))
                return _pending({**change, "scope": "all"})
            start = datetime.fromisoformat(change["start"])
            if start.date() != shown.date():
                dispatcher.utter_message(text=f"{replies.ONLY_NEW_CLOCK} {replies.DROPPED}")
                return _pending(None)
            dispatcher.utter_message(text=replies.ask_move(occ, start, now, one_day=False))
            return _pending({**change, "scope": "all"})
        dispatcher.utter_message(text=replies.DROPPED)
        return _pending(None)


class ActionAnnouncePlanItem(PlanAction):
    """Before a plan item with a reminder: say the text the worker prepared (its
    EXTERNAL_plan_alert carries it as the plan_alert entity)."""

    def name(self) -> str:
        return "action_announce_plan_item"

    async def act(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        raw = next(iter(turn.entity_values(tracker, "plan_alert")), None)
        try:
            text = str(json.loads(raw)["text"]) if raw else ""
        except (ValueError, KeyError, TypeError):
            text = ""
        if text:
            dispatcher.utter_message(text=text)
        return []
