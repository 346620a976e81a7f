"""Timers and wake-up calls by voice, kept by the reminder engine.

"sæt en nedtælling på 10 minutter" and "væk mig klokken 7" become reminders of kind
TIMER and ALARM (bot.reminders.model.Kind): stored like any reminder, so they survive
restarts and reach the speaker through the reminder worker, but they ring once, ask
nothing and tell no one. This module reads the request and words the answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.danish import spoken_time
from bot.core.text import fold, plain
from bot.reminders.model import DueTime, Reminder, ReminderKind
from bot.reminders.reading import moved_time
from nlu.danish_time import parse
from nlu.danish_time.scan import DURATION, NUM, duration_of

SHORTEST = timedelta(seconds=5)
LONGEST = timedelta(hours=24)
TIMER_TEXT = "nedtællingen på {length}"
ALARM_TEXT = "vækning"
_DURATION = re.compile(DURATION)
_PAUSE = re.compile(r"\s*(?:\.{2,}|\u2026)\s*")
_AFTER = re.compile(rf"\b(?:pa|om|i)\s+(?P<length>{DURATION})")
_DEVICE = re.compile(r"\b(?:en|et|din|min)\s+timer\b")  # the device, never "1 hour"
_WAKE_WORDS = ("vaekke", "vaekning", "vaekkeur", "vaekningen", "alarm", "alarmen")
# "væk mig klokken 7", but not the "væk" of "sover eftermiddagen væk" (away), said last.
_WAKE = re.compile(r"\bvaek\b(?= \w)(?! (?:og|sa|men|fra|igen|nu|herfra|derfra)\b)")
# A countdown asked for with its length ("en nedtælling på to timer", "ti minutters
# nedtælling") is one, whatever part of the day the rest of the sentence names.
_COUNTDOWN = re.compile(
    rf"\b(?:nedtaelling\w*|timer|timeren|aeggeur\w*|stopur\w*)\s+(?:pa|af|til)\s+(?P<length>{DURATION})"
    rf"|(?P<before>{DURATION})\s+(?:nedtaelling|aeggeur|stopur)"
)


@dataclass(frozen=True)
class TimerRequest:
    kind: ReminderKind
    when: datetime
    text: str  # stored and said: "nedtællingen på 10 minutter", "vækning"


def length(delta: timedelta) -> str:
    """'10 minutter', '1 time og 5 minutter', '30 sekunder' (rounded to whole seconds)."""
    seconds = int(round(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(f"{hours} {'time' if hours == 1 else 'timer'}")
    if minutes:
        parts.append(f"{minutes} {'minut' if minutes == 1 else 'minutter'}")
    if secs or not parts:
        parts.append(f"{secs} {'sekund' if secs == 1 else 'sekunder'}")
    return " og ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)


def is_wake_up(text: str) -> bool:
    folded = plain(text)
    if _COUNTDOWN.search(folded):
        return False
    return _WAKE.search(folded) is not None or any(
        re.search(rf"\b{w}", folded) for w in _WAKE_WORDS
    )


# "hvor lang tid er der tilbage", "ringer den snart", "er den snart færdig".
_LEFT = re.compile(
    r"\b(?:snart (?:faerdig\w*|slut|ovre|tid)|(?:er|bliver) (?:den|det|tiden) (?:\w+ )?(?:faerdig\w*|slut|ovre|gaet)"
    r"|hvor (?:lang tid|laenge|meget tid|mange minutter)\b(?: \w+){0,3} (?:tilbage|igen|til den|til det)"
    r"|(?:ringer|bipper) (?:den|det|uret) (?:\w+ )?snart|tid tilbage)\b"
)


def asks_time_left(text: str) -> bool:
    """ "ringer den ikke snart?", "hvor længe er der tilbage?": how long a timer has
    left (a follow-up; the caller knows whether a timer was just set)."""
    said = plain(text)
    return _LEFT.search(said) is not None and _TO_ME.search(said) is None


_TO_ME = re.compile(r"\b(?:er|bliver|blir) du\b")  # "er du snart færdig": about the assistant


# A length said twice to be heard ("på tre minutter tre minutter", set 54) is one length,
# not two added up.
_SAID_AGAIN = re.compile(r"\b(\w+ (?:minut\w*|sekund\w*|time\w*|timer|kvarter))(?:\s+\1\b)+")


def read_request(text: str, now: datetime) -> TimerRequest | str:
    """What was asked for, or the Danish answer saying why it cannot be set."""
    if is_wake_up(text):
        found = parse(text, now)
        if found.when is None:
            if found.error not in (None, "none"):
                return "Det tidspunkt kan jeg ikke vække dig. Sig for eksempel »væk mig klokken 7«."
            return "Hvornår skal jeg vække dig? Sig for eksempel »væk mig klokken 7«."
        if found.rrule:
            return (
                "Jeg kan vække dig én gang ad gangen. Sig for eksempel »væk mig i morgen "
                "klokken 7«."
            )
        when = found.when
        if found.alternatives and when.hour >= 12:  # "klokken 6": morning is meant
            morning = [a for a in found.alternatives if a.hour < 12]
            when = morning[0] if morning else when
        if when <= now:
            return "Det tidspunkt er gået. Sig for eksempel »væk mig i morgen klokken 7«."
        return TimerRequest(ReminderKind.ALARM, when, ALARM_TEXT)
    # "timer... ti... minutter" (said in pieces, set 46): the pauses are spaces
    folded = _DEVICE.sub("nedtaellingen", _PAUSE.sub(" ", fold(text)))
    folded = _SAID_AGAIN.sub(r"\1", folded)
    # "på 10 minutter", "om et kvarter"; without one, the last length said ("sæt en
    # timer på ..." must not read "en timer" as one hour).
    match = _AFTER.search(folded)
    if match is None:
        lengths = list(_DURATION.finditer(folded))
        match = lengths[-1] if lengths else None
    if match is not None and "length" in match.groupdict():
        delta = duration_of(match.group("length"))
    else:
        delta = duration_of(match.group(0)) if match else None
    if delta is None:
        return (
            "Hvor lang skal nedtællingen være? Sig for eksempel »sæt en nedtælling på 10 minutter«."
        )
    if delta < SHORTEST or delta > LONGEST:
        return "En nedtælling kan være fra 5 sekunder til 24 timer."
    return TimerRequest(ReminderKind.TIMER, now + delta, TIMER_TEXT.format(length=length(delta)))


# A count said alone ("nej, gør den hellere tyve", "sæt den til 15 i stedet"): the last
# number not followed by a unit of its own.
_BARE_COUNT = re.compile(rf"\b(?P<n>{NUM})\b(?!\s*(?:min|sek|tim|kvart|halv))")


_NOT_BUT = re.compile(r"\bikke\b[^.!?]*?\bmen\b\s*")


def in_hours(timer_text: str) -> bool:
    """The countdown was set in whole hours ("nedtællingen på 2 timer")."""
    return re.search(r"\bpå \d+ timer?$", timer_text) is not None


def new_length(text: str, now: datetime, minutes_per_count: int = 1) -> TimerRequest | str:
    """The length a countdown just set is changed to: as `read_request` reads it, or a
    count said alone, in the unit the timer was set in (minutes unless it was hours,
    `minutes_per_count` 60)."""
    instead = _NOT_BUT.search(fold(text))
    if instead is not None:  # "nej ikke ti minutter men tolv": the length after "men"
        text = fold(text)[instead.end() :]
    request = read_request(text, now)
    if not isinstance(request, str) or is_wake_up(text):
        return request
    folded = fold(text)
    counts = list(_BARE_COUNT.finditer(folded))
    if not counts:
        return request
    unit = "timer" if minutes_per_count == 60 else "minutter"
    last = counts[-1]
    said = f"{folded[: last.end()]} {unit}{folded[last.end() :]}"
    return read_request(said, now)


def moved_wake_up(text: str, due: datetime, now: datetime) -> TimerRequest | None:
    """ "nej gør det klokken syv" right after "væk mig i morgen klokken halv syv" (set
    23): the wake-up call due at `due` at the time said, on its own day and in its own
    half of the day as a reminder is moved; None when the sentence says no time."""
    moved = moved_time(text, due, now)
    when = moved.when
    if when is None or moved.rrule is not None:
        return None
    if moved.alternatives and when.hour >= 12 > due.hour:  # "klokken syv" after 6.30: 7
        earlier = when - timedelta(hours=12)
        when = earlier if earlier > now else when
    if when <= now:
        return None
    return TimerRequest(ReminderKind.ALARM, when, ALARM_TEXT)


def set_reply(request: TimerRequest, now: datetime) -> str:
    if request.kind is ReminderKind.ALARM:
        return f"Jeg vækker dig {spoken_time.moment(request.when, now)}."
    return f"Nedtællingen er sat. Jeg siger til om {length(request.when - now)}."


def rings(reminder: Reminder, now: datetime) -> str:
    """What the speaker says when it rings."""
    if reminder.kind is ReminderKind.ALARM:
        clock = spoken_time.clock(now.hour, now.minute)
        return f"{clock[0].upper()}{clock[1:]}. Du bad mig vække dig nu."
    return f"{reminder.text[0].upper()}{reminder.text[1:]} er slut."


def time_left(ringing: Sequence[DueTime], now: datetime) -> str:
    timers = [o for o in ringing if o.reminder.kind is ReminderKind.TIMER]
    alarms = [o for o in ringing if o.reminder.kind is ReminderKind.ALARM]
    if timers:
        first = timers[0]
        left = max(first.due_at - now, timedelta(0))
        text = f"Der er {length(left)} tilbage af {first.reminder.text}."
        if len(timers) > 1:
            text += f" Du har {len(timers)} nedtællinger i gang."
        return text
    if alarms:
        return f"Du har ingen nedtælling i gang. Jeg vækker dig {spoken_time.moment(alarms[0].due_at, now)}."
    return "Du har ingen nedtælling i gang."


def cancelled(which: Sequence[DueTime], wake_up: bool) -> str:
    if not which:
        return "Du har ingen vækning." if wake_up else "Du har ingen nedtælling i gang."
    if wake_up:
        return "Vækningen er slettet." if len(which) == 1 else f"{len(which)} vækninger er slettet."
    if len(which) == 1:
        return f"{which[0].reminder.text[0].upper()}{which[0].reminder.text[1:]} er stoppet."
    return f"{len(which)} nedtællinger er stoppet."
