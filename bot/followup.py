"""Follow-ups that point back: "ryk den til halv ti", "fjern den igen", "annuller den".

Right after a reminder, a plan item or a timer is made, "den" is that thing, whichever
intent the model gave the sentence (it has sent "flyt den til klokken 14" after a
reminder to the day plan, and "fjern den igen" to the fallback). The sentence says
what to do (move or remove); the thing comes from its own words ("påmindelsen",
"nedtællingen", "i min plan") or else from what was made last in the conversation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from bot.core.text import fold
from bot.plan.reading import called_off

REMINDER, PLAN, TIMER = "reminder", "plan", "timer"
MOVE, REMOVE, ALSO = "move", "remove", "also"

# What an action made: the last of these in the conversation is what "den" means.
MADE_BY = {
    "action_set_reminder": REMINDER,
    "action_change_reminder": REMINDER,
    "action_plan_yes": PLAN,
    "action_confirm_plan_item": PLAN,
    "action_move_plan_item": PLAN,
    "action_home_timer_set": TIMER,
}
# How many of the user's turns back a made thing is still "den".
TURNS_BACK = 4

ACTIONS = {
    (REMINDER, MOVE): "action_change_reminder",
    (REMINDER, REMOVE): "action_cancel_reminder",
    (PLAN, MOVE): "action_move_plan_item",
    (PLAN, REMOVE): "action_cancel_plan_item",
    (TIMER, REMOVE): "action_home_timer_cancel",
    (TIMER, MOVE): "action_home_timer_set",  # "nej, gør den et kvarter": set it anew
    (REMINDER, ALSO): "action_also_reminder",  # "og så også om aftenen klokken otte"
}

_MOVE = re.compile(
    # not "er det i stedet for at hjemmeplejen kommer?" (set 50's son, glossed from
    # "instead of"): a question about a thing, which had moved the reminder made before
    r"\b(?:ryk\w*|flyt\w*|skub\w*|aendr\w*|udsaet\w*|senere|tidligere|i stedet(?! for at\b)|hellere"
    r"|(?:gor|lav\w*|sat|saet\w*) (?:den|det|dem) (?:om |til )?"
    r"|skal (?:kun |bare |hellere |lige )?vaere (?:klokken|kl|pa|til)?"
    r"|lav\w* (?:\w+ )?om til)\b"
)
# The verbs' own forms: not "fjernsyn", "fjernbetjeningen" ("ryk den til halv elleve jeg
# ser lige fjernsyn" had removed the reminder, set 34) nor "slet ikke" (not at all).
_REMOVE = re.compile(
    r"\b(?:fjern(?:e|er|es|et|ede)?|slet(?:te|ter|tes|tet|tede)?(?! ikke\b| ik\b)|drop\w*|annuller\w*"
    r"|aflys\w*|afbryd\w*|vil ikke have (?:den|det|dem))\b"
)
# "glem det" and "stop" alone mean never mind: they remove only a thing named or "den".
# Not "glemt" ("hvis jeg har glemt dem dagen før" is a question, set 17: it had removed
# the reminder just made) nor "glemmer" ("sæt en timer på en halv time, så a ikke glemmer
# æ kaffe", set 42: the timer was read as cancelled).
_REMOVE_WEAK = re.compile(r"\b(?:glem(?:me)?|stop\w*|sluk\w*)\b")
_POINTS_BACK = re.compile(r"\b(?:den|det|dem|denne|dette|samme)\b")
# "og så også om aftenen klokken otte" right after a reminder: the same, at another time
# "og samme om aftenen klokken otte" (set 24); not "samme tid i morgen"
# "å så også om aftenen" (Jutlandic "å" for "og", set 31: folded "a")
_ALSO = re.compile(
    r"^(?:(?:og|a|sa|saa|ja|altsa|oh|nej)\s+)*(?:ogsa|ogsaa|(?:det |den )?samme(?! tid| dag| som)(?= om| kl| klokken| i aften))\b"
)
# "nej, hellere et kvarter" right after: the thing just made, changed
_RATHER = re.compile(r"^\s*(?:(?:nej|naej|nah|ah|oh|altsa)\s+)*hellere\b")
# "nej det var torsdag", "nej ikke klokken otte halv ni", "nej om et kvarter" right
# after: the thing just made, at the time said instead (set 17)
_CORRECTION = re.compile(
    # "nej jeg mente halv ti" (set 23), not "nej jeg skal ikke …"; "nej undskyld, jeg
    # mente et kvarter" right after a timer of an hour (set 50)
    r"^\s*(?:(?:nej|naej|nah|ah|oh|altsa|undskyld|hov)[\s,.!]+)+(?!tak\b|jeg\b(?!\s+mente\b)|vi\b|han\b|hun\b)(?=.*\b(?:klokken|kl|halv|kvart|(?:om )?(?:et|en|\d+|\w+)"
    r" (?:kvarter|minut\w*|time\w*|sekund\w*)|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|i morgen|overmorgen|\d+)\b"
    # "nej ni": an hour alone at the end (set 21)
    r"|.*\b(?:et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv)\s*$)"
)
# "klokken ni", "halv ti", "kl 21" alone right after a reminder or plan item was made with
# a time the user had not said (set 23: "i morgen aften" then "klokken ni"): its time
_BARE_TIME = re.compile(
    r"^(?:(?:nej|naej|hov|ja|altsa|oh|ah|men|sa|saa)\s+)*(?:(?:det\s+skal\s+vaere|helst|hellere)\s+)?"
    r"(?:klokken|kl|ved|omkring)\s+(?!er\b)(?:halv\s+|kvart\s+(?:over|i)\s+)?\S+(?:\s+(?:om\s+)?(?:aftenen|morgenen|formiddagen|eftermiddagen))?$"
    r"|^(?:halv|kvart\s+(?:over|i))\s+\S+$"
)
# "den"; "det igen" undoes what was just made ("øh undskyld stop det igen" right after a
# timer, set 45), where "stop det" alone may only mean never mind
_POINTS_BACK_STRONG = re.compile(r"\b(?:den|dem|denne)\b|\bdet igen\b")
_PERSON_BACK = re.compile(r"\b(?:han|hun|de)\b")
_NAMED = (
    (TIMER, re.compile(r"\b(?:nedtaelling\w*|timer\w*|aeggeur\w*|vaekning\w*|alarm\w*)\b")),
    (REMINDER, re.compile(r"\b(?:pamindelse\w*|paamindelse\w*|husk\w*)\b")),
    (PLAN, re.compile(r"\b(?:plan\w*|kalender\w*|aftale\w*|besog\w*|tid hos)\b")),
)


_SOMEONE_BACK = re.compile(r"\b(?:den|det|dem|hun|han|hende|ham|hendes|hans|samme)\b")


def points_back(text: str) -> bool:
    """The sentence names no one and points back ("flyt den til klokken 9", "hvad skal
    hun i morgen"): for staff, it is about the citizen the conversation was about."""
    return _SOMEONE_BACK.search(fold(text)) is not None


# Called off as a statement ("åh nej, nu ringede Inge, hun kan alligevel ikke på fredag",
# set 47: read as a time corrected, and "Hvornår skal det være i stedet?"), read as the
# plan reads it (bot.plan.reading.called_off), unless another time is given with it
# ("… ikke på fredag, men på lørdag").
_INSTEAD = re.compile(r"\b(?:men|i stedet|hellere|flyt\w*|ryk\w*|udsat\w*)\b")


def what_to_do(text: str) -> str | None:
    """MOVE, REMOVE, ALSO (the same again at another time), or None: what the sentence
    asks done with a thing."""
    said = f" {fold(text)} "
    if _REMOVE.search(said):
        return REMOVE
    if called_off(text) and not _INSTEAD.search(said):
        return REMOVE
    if _REMOVE_WEAK.search(said) and (named(text) or _POINTS_BACK_STRONG.search(said)):
        return REMOVE
    if _MOVE.search(said):
        return MOVE
    if _CORRECTION.search(fold(text)) or bare_time(text):
        return MOVE
    if _ALSO.search(fold(text).strip()):
        return ALSO
    return None


def bare_time(text: str) -> bool:
    """A clock time said alone ("klokken ni", "halv ti"): after a thing just made, its time."""
    return _BARE_TIME.match(" ".join(fold(text).strip(" .,!?").split())) is not None


def named(text: str) -> str | None:
    """The kind of thing the sentence names itself, if any."""
    said = fold(text)
    for kind, pattern in _NAMED:
        if pattern.search(said):
            return kind
    return None


def last_made(events: Iterable[Mapping[str, Any]]) -> str | None:
    """What was made last in the conversation, within the last few of the user's turns."""
    action = last_making_action(events)
    return MADE_BY[action] if action is not None else None


def last_making_action(events: Iterable[Mapping[str, Any]]) -> str | None:
    """The action that made it (a new reminder, or one changed), or None."""
    turns = 0
    for event in reversed(list(events)):
        kind = event.get("event")
        if kind == "user":
            turns += 1
            if turns > TURNS_BACK:
                return None
        elif kind == "action" and event.get("name") in MADE_BY:
            return str(event["name"])
    return None


# "nej syv", "hov jeg mente fjorten", "nej femogtredive" right after a timer (set 21): a
# count alone, corrected, in the timer's own unit.
_UNIT = r"(?:minutter|minut|min|sekunder|sekund|timer|time)"
_COUNT_CORRECTED = re.compile(
    r"^(?:(?:nej|naej|hov|ups|ah|oh)\s+)+(?:(?:jeg\s+)?mente\s+|det\s+(?:var|skulle\s+vaere)\s+"
    rf"|ikke\s+\w+\s+(?:{_UNIT}\s+)?(?:men\s+)?)?"
    r"(?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten"
    r"|nitten|tyve|tredive|fyrre|halvtreds|tres|\w+og(?:tyve|tredive|fyrre|halvtreds|tres)|\d{1,3})"
    # a unit said may be followed by the reason ("... tre minutter de skal være bløde")
    rf"(?:\s+{_UNIT}(?:\s+(?:de|den|det|han|hun|jeg|vi|for|fordi|saa|ellers)\b.*)?)?$"
)


def count_corrected(text: str) -> bool:
    """A count alone said as a correction ("nej syv")."""
    return _COUNT_CORRECTED.match(" ".join(fold(text).replace(",", " ").split())) is not None


def changes_the_timer(text: str, events: Iterable[Mapping[str, Any]]) -> bool:
    """ "nej, gør den et kvarter" right after a timer was set: that timer, set anew."""
    if last_made(events) == TIMER and count_corrected(text):
        return True
    return (
        last_made(events) == TIMER
        and what_to_do(text) == MOVE
        and named(text) in (None, TIMER)
        and (
            named(text) == TIMER
            or _POINTS_BACK.search(f" {fold(text)} ") is not None
            or _RATHER.search(fold(text)) is not None
        )
    )


def points_back_to_plan(text: str, events: Iterable[Mapping[str, Any]]) -> bool:
    """ "flyt den til onsdag", "ryk det til klokken femten" (an item is often neuter:
    mødet, besøget) right after a plan item was saved or changed: that item."""
    return (
        last_made(events) == PLAN
        and named(text) in (None, PLAN)
        and (
            _POINTS_BACK.search(f" {fold(text)} ") is not None
            # "nej vent hun kommer først klokken seksten" right after (set 21)
            or (
                _CORRECTION.search(fold(text)) is not None
                and _PERSON_BACK.search(f" {fold(text)} ") is not None
            )
        )
    )


def called_off_back(text: str, events: Iterable[Mapping[str, Any]]) -> bool:
    """ "han har lige ringet og aflyst" right after a plan item with a visitor was saved
    (set 13): the visitor of that item; the caller has read the sentence as called off."""
    return (
        last_made(events) == PLAN
        and named(text) in (None, PLAN)
        and _PERSON_BACK.search(f" {fold(text)} ") is not None
    )


def means_the_new_one(text: str, events: Iterable[Mapping[str, Any]]) -> bool:
    """ "flyt den til klokken 9" right after a reminder was set: the new reminder, not
    a question which of the citizen's reminders is meant."""
    return (
        last_making_action(events) == "action_set_reminder"
        and named(text) in (None, REMINDER)
        and (
            _POINTS_BACK_STRONG.search(f" {fold(text)} ") is not None
            or _CORRECTION.search(fold(text)) is not None
            or bare_time(text)
        )
    )


def route(text: str, made: str | None, own: str) -> str | None:
    """The action a follow-up belongs to, if it is another than `own`; else None."""
    if made == TIMER and count_corrected(text):  # "nej syv" right after a timer
        timer_set = ACTIONS[(TIMER, MOVE)]
        return timer_set if timer_set != own else None
    do = what_to_do(text)
    if do is None:
        return None
    thing = named(text)
    if (
        thing is None
        and made is not None
        and (
            _POINTS_BACK.search(f" {fold(text)} ")
            or _RATHER.search(fold(text))
            or _CORRECTION.search(fold(text))
            or bare_time(text)
            or do == ALSO
        )
    ):
        thing = made
    if thing is None:
        return None
    wanted = ACTIONS.get((thing, do))
    return wanted if wanted is not None and wanted != own else None
