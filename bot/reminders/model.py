"""Reminders, their occurrences (doses), and the checks every input passes before storage."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from bot.core.checks import MAX_AHEAD, PAST_GRACE, InvalidInput, check_aware

# Input we refuse to store; the core's checks (bot.core.checks) raise it for
# reminders and plan items alike, so it is the same class.
InvalidReminder = InvalidInput

MAX_TEXT_CHARS = 200
MAX_MEDICINE_CHARS = 100
MAX_CONTACT_CHARS = 200
_CHANNEL = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


class DoseState(str, Enum):
    PENDING = "pending"  # not delivered yet (or snoozed: to be delivered again)
    ASKED = "asked"  # delivered, waiting for an answer; repeats until missed
    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"
    CANCELLED = "cancelled"
    DONE = "done"  # a timer or wake-up call that has rung: nothing to answer


class ReminderKind(str, Enum):
    """What a reminder is. Only REMINDER asks "har du taget den?", repeats, and tells
    the contact when unanswered; a TIMER ("sæt en nedtælling på 10 minutter") and an
    ALARM ("væk mig klokken 7") ring once and are done."""

    REMINDER = "reminder"
    TIMER = "timer"
    ALARM = "alarm"


OPEN_STATES = (DoseState.PENDING, DoseState.ASKED)
ANSWERS = (DoseState.TAKEN, DoseState.SKIPPED)


class DoseStateError(ValueError):
    """The dose or reminder is not in a state that allows this (already answered, ...)."""


class ReminderNotFound(LookupError):
    """No such reminder or dose for this citizen (another citizen's ids look the same)."""


@dataclass(frozen=True)
class Reminder:
    id: int
    citizen_id: str
    text: str
    medicine: str | None
    first_due: datetime  # also the wall-clock anchor (DTSTART) of the rule
    rrule: str | None  # RFC 5545 RRULE body, e.g. "FREQ=DAILY"; None: once
    active: bool
    created_at: datetime
    channel: str  # Rasa output channel the citizen uses: "rest", "socketio", ...
    contact: str | None  # whom the notifier tells about missed doses
    kind: ReminderKind = ReminderKind.REMINDER


@dataclass(frozen=True)
class Dose:
    """One occurrence of a reminder and what became of it."""

    id: int
    reminder_id: int
    citizen_id: str
    due_at: datetime
    state: DoseState
    attempts: int  # deliveries made so far
    # When the scheduler should next act: deliver (pending), repeat or mark missed
    # (asked), or retry telling the contact (missed, not yet notified). None: done.
    next_attempt_at: datetime | None
    answered_at: datetime | None
    snoozed: bool
    # Start of the answer window (first delivery, or the delivery after a snooze):
    # missed_after counts from here, so a late delivery still gets the full window.
    asked_at: datetime | None = None


@dataclass(frozen=True)
class AdherenceEntry:
    dose_id: int
    reminder_id: int
    citizen_id: str
    what: str  # the medicine, else the reminder text
    due_at: datetime
    outcome: DoseState  # taken, skipped or missed
    answered_at: datetime | None


def check_channel(channel: str) -> str:
    if not _CHANNEL.match(channel):
        raise InvalidReminder("channel", f"is not a channel name: {channel[:40]!r}")
    return channel


def check_future(field: str, when: datetime, now: datetime) -> datetime:
    check_aware(field, when)
    if when < now - PAST_GRACE:
        raise InvalidReminder(field, "is in the past")
    if when > now + MAX_AHEAD:
        raise InvalidReminder(field, "is more than five years ahead")
    return when


@dataclass(frozen=True)
class DueTime:
    """A time a reminder is due: a stored dose, or a planned repeat (dose None)."""

    reminder: Reminder
    due_at: datetime
    dose: Dose | None
