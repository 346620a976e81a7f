"""Day plan items, their occurrences, and the checks every item passes before storage.

Field checks reuse the core's checks and rule parser (bot.core); their InvalidInput
is translated into InvalidPlanItem so callers of the plan see one error type.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core import recurrence
from bot.core.checks import (
    MAX_AHEAD,
    MAX_CITIZEN_CHARS,
    PAST_GRACE,
    InvalidInput,
    check_aware,
    check_citizen,
    check_text,
)

MAX_TITLE_CHARS = 120
MAX_NOTE_CHARS = 500
MAX_PLACE_CHARS = 200
MAX_WHO_CHARS = 100
MAX_ACTING_CHARS = MAX_CITIZEN_CHARS
MAX_REMIND_BEFORE_MINUTES = 24 * 60
MAX_UID_CHARS = 255
UID_DOMAIN = "velfaerdsassistenten"
# Longer than a month is not a day-plan item; the bound also limits how far back a
# window query must look for items that started earlier and still run.
MAX_DURATION = timedelta(days=31)
# The time of day comes from the start; without these a rule yields at most one
# occurrence a day, so "the occurrence on <date>" always names one occurrence.
_TOO_FINE = {"SECONDLY", "MINUTELY", "HOURLY"}
_TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")


class InvalidPlanItem(ValueError):
    """Input we refuse to store; `field` lets the dialogue pick the Danish reply."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class PlanItemNotFound(LookupError):
    """No such item or occurrence for this citizen (another citizen's ids look the same)."""


@dataclass(frozen=True)
class Override:
    """One occurrence of a repeating item moved: original_start is its RECURRENCE-ID."""

    original_start: datetime
    start: datetime
    end: datetime


@dataclass(frozen=True)
class PlanItem:
    id: int
    citizen_id: str
    title: str
    start: datetime  # also the wall-clock anchor (DTSTART) of the rule
    end: datetime
    place: str | None
    who: str | None  # "hjemmeplejen", "fysioterapeuten", "min datter"
    note: str | None
    rrule: str | None  # RFC 5545 RRULE body without DTSTART; None: once
    exdates: tuple[datetime, ...]  # original starts of removed occurrences
    overrides: tuple[Override, ...]
    remind_before_minutes: int | None
    created_by: str  # the citizen or a staff id
    updated_at: datetime
    # The iCalendar UID: from the imported file, or made here for items added by chat
    # or API, so an export imported again updates the item instead of doubling it.
    uid: str | None = None


@dataclass(frozen=True)
class Occurrence:
    """One time an item happens; for repeats the instance times with overrides applied."""

    item: PlanItem
    start: datetime
    end: datetime
    original_start: datetime  # the rule's time for this instance (== start unless moved)


@dataclass(frozen=True)
class PlanDraft:
    """A checked item not stored yet: what add() and the calendar import insert."""

    title: str
    start: datetime
    end: datetime
    place: str | None = None
    who: str | None = None
    note: str | None = None
    rrule: str | None = None
    exdates: tuple[datetime, ...] = ()
    overrides: tuple[Override, ...] = ()
    remind_before_minutes: int | None = None
    uid: str | None = None  # None: a new UID is made when it is stored


@dataclass(frozen=True)
class ImportResult:
    """What a calendar import did: the stored items, and counts to tell the user."""

    items: list[PlanItem]  # added and updated, in the order of the file
    added: int
    updated: int  # events whose UID the citizen already had
    skipped_past: int  # events already over, left out
    cancelled: int = 0  # items deleted because the file now marks them STATUS:CANCELLED


def new_uid() -> str:
    return f"{uuid.uuid4().hex}@{UID_DOMAIN}"


def checked_uid(uid: str | None) -> str | None:
    """A UID as stored: trimmed; one too long for the column by a stable digest of it."""
    text = (uid or "").strip()
    if not text:
        return None
    if len(text) > MAX_UID_CHARS:
        return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    return text


@contextmanager
def plan_errors() -> Iterator[None]:
    """Translate the reminder helpers' InvalidInput into InvalidPlanItem (same field)."""
    try:
        yield
    except InvalidInput as err:
        message = str(err).removeprefix(f"{err.field}: ")
        raise InvalidPlanItem(err.field, message) from err


def checked_citizen(citizen_id: str) -> str:
    with plan_errors():
        return check_citizen(citizen_id)


def checked_acting(acting: str) -> str:
    with plan_errors():
        text = check_text("acting", acting, MAX_ACTING_CHARS, required=True)
    assert text is not None
    return text


def checked_aware(field: str, when: datetime) -> datetime:
    with plan_errors():
        return check_aware(field, when)


def check_rule(rule: str | None) -> str | None:
    """The stored form of a rule; finer than daily or with its own time of day refused."""
    with plan_errors():
        text = recurrence.normalise(rule)
    if text is None:
        return None
    parts = dict(p.split("=", 1) for p in text.split(";") if "=" in p)
    if parts.get("FREQ") in _TOO_FINE:
        raise InvalidPlanItem("rrule", "repeats more often than daily")
    if any(key in parts for key in _TIME_PARTS):
        raise InvalidPlanItem("rrule", "has its own time of day; the start gives the time")
    return text


def check_times(start: datetime, end: datetime) -> None:
    checked_aware("start", start)
    checked_aware("end", end)
    if end <= start:
        raise InvalidPlanItem("end", "is not after the start")
    if end - start > MAX_DURATION:
        raise InvalidPlanItem("end", "is more than 31 days after the start")


def first_on_or_after(start: datetime, rule: str) -> datetime | None:
    """The rule's first occurrence at or after start (start itself when it matches)."""
    with plan_errors():
        found = recurrence.between(
            start, rule, start - timedelta(microseconds=1), start + _YEARS, 1
        )
    return found[0] if found else None


_YEARS = timedelta(days=366 * 6)


def make_draft(
    now: datetime,
    title: str,
    start: datetime,
    end: datetime,
    *,
    place: str | None = None,
    who: str | None = None,
    note: str | None = None,
    rrule: str | None = None,
    exdates: Sequence[datetime] = (),
    overrides: Sequence[Override] = (),
    remind_before_minutes: int | None = None,
    uid: str | None = None,
) -> PlanDraft:
    """Check and normalise every field, or raise InvalidPlanItem; stores nothing.

    A rule's start moves on to its first occurrence (weekly on Monday, asked for on a
    Tuesday, starts next Monday) so DTSTART is an instance, as RFC 5545 expects.
    """
    with plan_errors():
        clean_title = check_text("title", title, MAX_TITLE_CHARS, required=True)
        clean_place = check_text("place", place, MAX_PLACE_CHARS, required=False)
        clean_who = check_text("who", who, MAX_WHO_CHARS, required=False)
    assert clean_title is not None
    clean_note = _check_note(note)
    check_times(start, end)
    rule = check_rule(rrule)
    if remind_before_minutes is not None and (
        not isinstance(remind_before_minutes, int)
        or not 0 <= remind_before_minutes <= MAX_REMIND_BEFORE_MINUTES
    ):
        raise InvalidPlanItem("remind_before_minutes", "must be a whole number from 0 to 1440")
    if rule is not None:
        first = first_on_or_after(start, rule)
        if first is None:
            raise InvalidPlanItem("rrule", "has no occurrence")
        start, end = first, first + (end - start)
    if start > now + MAX_AHEAD:
        raise InvalidPlanItem("start", "is more than five years ahead")
    if last_end(start, end, rule) < now - PAST_GRACE:
        raise InvalidPlanItem("end", "is in the past")
    for when in exdates:
        checked_aware("exdates", when)
    for o in overrides:
        checked_aware("overrides", o.original_start)
        check_times(o.start, o.end)
    return PlanDraft(
        title=clean_title,
        start=start,
        end=end,
        place=clean_place,
        who=clean_who,
        note=clean_note,
        rrule=rule,
        exdates=tuple(exdates),
        overrides=tuple(overrides),
        remind_before_minutes=remind_before_minutes,
        uid=checked_uid(uid),
    )


def last_end(start: datetime, end: datetime, rule: str | None) -> datetime:
    """When the item is over for good; far ahead for a rule without COUNT/UNTIL."""
    if rule is None:
        return end
    if "COUNT=" not in rule and "UNTIL=" not in rule:
        return start + _YEARS
    with plan_errors():
        found = recurrence.between(
            start, rule, start - timedelta(microseconds=1), start + _YEARS, 5000
        )
    return (found[-1] if found else start) + (end - start)


def _check_note(note: str | None) -> str | None:
    # Notes keep their line breaks (a shopping list, directions); only the ends are trimmed.
    cleaned = (note or "").strip()
    if not cleaned:
        return None
    if len(cleaned) > MAX_NOTE_CHARS:
        raise InvalidPlanItem("note", f"is longer than {MAX_NOTE_CHARS} characters")
    return cleaned
