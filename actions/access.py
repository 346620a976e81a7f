"""Whom a conversation is with, and a staff member's turn seen as their citizen's.

bot.access decides (the roster's rules); this module reads the tracker for it and makes
the view an action on a citizen's data runs on (`view_for`, `form_view`).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import turn
from bot.access.policy import Access, Principal, Role
from bot.access.roster import Citizen
from bot.followup import points_back
from bot.staff import reading as staff_reading

STAFF_CITIZEN = "staff_citizen"  # the citizen a staff member's conversation is about


def principal(tracker: Any, rules: Access) -> Principal:
    """Who this conversation is with, from the sender id and the channel it came on."""
    return rules.principal(tracker.sender_id, tracker.get_latest_input_channel())


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


def said_instead(
    tracker: Tracker, latest: dict[str, Any], sender: str | None = None, kind: type = Tracker
) -> Any:
    """The same conversation with another latest message (and sender): what an action
    runs on when it reads a turn as another would have said it."""
    return kind(
        sender or tracker.sender_id,
        tracker.slots,
        latest,
        tracker.events,
        tracker.is_paused(),
        tracker.followup_action,
        tracker.active_loop,
        tracker.latest_action_name,
    )


def view_for(tracker: Tracker, citizen: Citizen, actor: str) -> OnBehalf:
    latest = dict(tracker.latest_message or {})
    latest["text"] = staff_reading.in_citizen_words(citizen, str(latest.get("text") or ""))
    view: OnBehalf = said_instead(tracker, latest, citizen.id, OnBehalf)
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
    metadata = tracker.latest_message.get("metadata")
    if isinstance(metadata, dict) and isinstance(metadata.get(staff_reading.CHOSEN_CITIZEN), str):
        # a request asked again with the name given to "Hvem af dine borgere er det?"
        wanted = metadata[staff_reading.CHOSEN_CITIZEN]
    if wanted is not None:
        return [c for c in rules.citizens_of(who) if c.id == wanted]
    text = turn.text(tracker)
    named = rules.named_in(who, text)
    last = tracker.get_slot(STAFF_CITIZEN)
    if not named and last is not None and (points_back(text) or _just_about(tracker, last)):
        # "flyt den til kl. 9"; "nej onsdag", "slet påmindelsen om gåtur" a turn or two
        # after the citizen was named (set 23): the one the conversation is about
        return [c for c in rules.citizens_of(who) if c.id == last]
    return named


# How many of the staff member's turns back (this one included) a citizen named is still
# the one a sentence naming no one is about.
ABOUT_TURNS = 3


def _just_about(tracker: Tracker, citizen: str) -> bool:
    """The conversation settled on `citizen` within the last ABOUT_TURNS turns."""
    turns = 0
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            turns += 1
            if turns > ABOUT_TURNS:
                return False
        elif kind == "slot" and event.get("name") == STAFF_CITIZEN:
            return bool(event.get("value") == citizen)
    return False


def form_view(tracker: Tracker, rules: Access) -> Tracker | None:
    """The conversation a form fills its slots from: the citizen's own; for a staff
    member, the view_for the one citizen of theirs it is about (named as the form
    starts, the staff_citizen slot after); None for anyone else, and the form ends."""
    who = principal(tracker, rules)
    if who.role is Role.CITIZEN:
        return tracker
    if who.role is not Role.STAFF:
        return None
    started = tracker.get_slot("requested_slot") is not None
    named = staff_citizen(rules, who, tracker, follows_up=started)
    return view_for(tracker, named[0], who.actor) if len(named) == 1 else None


def form_events(view: Tracker) -> list[dict[str, Any]]:
    """What a form's validation adds for a staff member: who the form is for."""
    return [SlotSet(STAFF_CITIZEN, view.sender_id)] if isinstance(view, OnBehalf) else []


def form_ended(view: Tracker | None) -> list[dict[str, Any]]:
    """What a form's validation adds when it ends the form: a form that was not for
    anyone of the staff member's (view None) leaves no citizen for what follows."""
    return [SlotSet(STAFF_CITIZEN, None)] if view is None else form_events(view)
