"""Repeating reminders: RFC 5545 rules evaluated in Danish wall time.

Rules run on naive local times (DTSTART = the first due time as read on a Copenhagen
clock) and each result is then placed in Europe/Copenhagen, so a daily 08:00 stays at
08:00 across daylight-saving changes instead of drifting to 07:00 or 09:00.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, cast

from dateutil import rrule as du_rrule

from bot.core.checks import InvalidInput
from bot.core.clock import COPENHAGEN

MAX_RULE_CHARS = 200
# A medicine reminder firing every minute is a mistake; hourly is the finest we accept.
_TOO_FINE = {"SECONDLY", "MINUTELY"}
_UNTIL_UTC = re.compile(r"UNTIL=(\d{8}T\d{6})Z")
_TIME_PARTS = {"BYHOUR": "hour", "BYMINUTE": "minute", "BYSECOND": "second"}


def local_naive(when: datetime) -> datetime:
    return when.astimezone(COPENHAGEN).replace(tzinfo=None)


def localise(naive: datetime) -> datetime:
    """Wall time -> aware time; a time in the spring gap moves one hour on (02:30 -> 03:30)."""
    return naive.replace(tzinfo=COPENHAGEN).astimezone(timezone.utc).astimezone(COPENHAGEN)


def normalise(rule: str | None) -> str | None:
    """The stored form of a rule, or InvalidInput. None/empty: not repeating."""
    if rule is None or not rule.strip():
        return None
    text = rule.strip().upper()
    if text.startswith("RRULE:"):
        text = text[len("RRULE:") :]
    if len(text) > MAX_RULE_CHARS:
        raise InvalidInput("rrule", f"is longer than {MAX_RULE_CHARS} characters")
    if not re.fullmatch(r"[A-Z0-9=;,+\-]+", text):
        raise InvalidInput("rrule", "must be one RRULE line (no DTSTART, no line breaks)")
    parts = dict(p.split("=", 1) for p in text.split(";") if "=" in p)
    if parts.get("FREQ") in _TOO_FINE:
        raise InvalidInput("rrule", "repeats more often than hourly")
    _parse(text, datetime(2026, 1, 1, 8, 0))  # raises InvalidInput when malformed
    return text


def _parse(rule: str, dtstart: datetime) -> Any:
    # UNTIL in UTC ("...Z") cannot be mixed with a naive DTSTART: read it as wall time.
    def to_local(m: re.Match[str]) -> str:
        utc = datetime.strptime(m.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
        return "UNTIL=" + local_naive(utc).strftime("%Y%m%dT%H%M%S")

    try:
        return du_rrule.rrulestr(_UNTIL_UTC.sub(to_local, rule), dtstart=dtstart)
    except (ValueError, TypeError, KeyError, IndexError) as err:
        raise InvalidInput("rrule", f"is not a valid RRULE: {err}") from err


def next_after(first_due: datetime, rule: str, previous_due: datetime) -> datetime | None:
    """The occurrence after previous_due, or None when the rule has run out (COUNT/UNTIL)."""
    parsed = _parse(rule, local_naive(first_due))
    found = parsed.after(local_naive(previous_due), inc=False)
    return None if found is None else localise(cast(datetime, found))


def between(
    first_due: datetime, rule: str, after: datetime, end: datetime, limit: int
) -> list[datetime]:
    """Occurrences strictly after `after` and before `end`, at most `limit` of them."""
    parsed = _parse(rule, local_naive(first_due))
    found: list[datetime] = []
    for naive in parsed.xafter(local_naive(after), count=limit, inc=False):
        when = localise(cast(datetime, naive))
        if when >= end:
            break
        found.append(when)
    return found


def with_time(rule: str, new_time: datetime) -> str:
    """The rule with its time of day moved to new_time's wall time (BYHOUR etc. rewritten).

    Rules without BYHOUR/BYMINUTE take their time from DTSTART and need no change.
    """
    local = new_time.astimezone(COPENHAGEN)
    parts = []
    for part in rule.split(";"):
        key, _, value = part.partition("=")
        if key in _TIME_PARTS:
            if "," in value:
                raise InvalidInput(
                    "rrule", "has several times a day; cancel it and add one per time"
                )
            value = str(getattr(local, _TIME_PARTS[key]))
        parts.append(f"{key}={value}")
    return ";".join(parts)
