"""Moving a repeating item to a new time from a given day: pure rule arithmetic.

What happened before that day must stay as it was, so a series that already has
occurrences before it is split: the old item ends (UNTIL) with its last occurrence
before the day, and a new item carries on at the new time from its first occurrence
on or after the day, with what is left of a COUNT and an UNTIL on the same last day.
A series with nothing before the day is simply moved. Nothing here touches storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone

from bot.core.recurrence import between, local_naive, localise
from bot.plan.model import InvalidPlanItem, PlanItem, check_rule, plan_errors
from bot.plan.queries import at_time, wall_end, wall_length

_TINY = timedelta(microseconds=1)
_YEARS = timedelta(days=366 * 6)
_BOUNDS = ("UNTIL", "COUNT")


@dataclass(frozen=True)
class SeriesMove:
    """What moving a series means for the stored items."""

    start: datetime  # the series from the day on: its first occurrence at the new time
    end: datetime
    rule: str
    ended_rule: str | None  # the old item's rule ending before the day; None: no split


def plan_series_move(
    item: PlanItem, cut: datetime, new_time: time, duration: timedelta | None = None
) -> SeriesMove:
    """How to give the repeat `item` the time new_time for its occurrences from `cut` on.

    `cut` is the first moment that changes (midnight of the day it applies from).
    Raises InvalidPlanItem("from_day") when the series has no occurrence from then on.
    """
    rule = item.rrule
    if rule is None:
        raise InvalidPlanItem("rrule", "does not repeat: move the item itself")
    first = _instances(item.start, rule, cut - _TINY, cut + _YEARS, 1)
    before = _instances(item.start, rule, item.start - _TINY, cut, _days(item.start, cut) + 2)
    if not first:  # over before the day (COUNT and UNTIL are in the rule's own times)
        raise InvalidPlanItem("from_day", "the series has no occurrence from that day on")
    start = at_time(first[0], new_time)
    end = wall_end(start, duration or wall_length(item))
    count, until = _count(rule), _until(rule)
    if count is not None:
        new_rule = _bounded(rule, count=count - len(before))
    elif until is not None:
        new_rule = _bounded(rule, until=_last_day_end(item.start, until))
    else:
        new_rule = rule
    ended = None if not before else _checked(_bounded(rule, until=before[-1]))
    return SeriesMove(start, end, _checked(new_rule), ended)


def _checked(rule: str) -> str:
    text = check_rule(rule)  # an added UNTIL can make a rule too long to store
    assert text is not None
    return text


def _instances(
    first: datetime, rule: str, after: datetime, end: datetime, limit: int
) -> list[datetime]:
    """The rule's own times (exdated and moved ones included) after `after`, before `end`."""
    with plan_errors():
        return between(first, rule, after, end, max(limit, 1))


def _days(start: datetime, end: datetime) -> int:
    # At most one occurrence a day (check_rule), so this bounds how many lie between.
    return max((end - start).days, 0)


def _part(rule: str, name: str) -> str | None:
    for part in rule.split(";"):
        key, _, value = part.partition("=")
        if key == name:
            return value
    return None


def _count(rule: str) -> int | None:
    value = _part(rule, "COUNT")
    return None if value is None else int(value)


def _until(rule: str) -> datetime | None:
    """UNTIL as the wall time the rule is evaluated against (as bot.core.recurrence)."""
    value = _part(rule, "UNTIL")
    if value is None:
        return None
    if value.endswith("Z"):
        utc = datetime.strptime(value[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
        return local_naive(utc)
    if "T" in value:
        return datetime.strptime(value, "%Y%m%dT%H%M%S")
    return datetime.strptime(value, "%Y%m%d")  # a date: its midnight, as dateutil reads it


def _last_day_end(first: datetime, until: datetime) -> datetime:
    """The end of the last day the rule still had an occurrence on (at most one a day).

    The times of day change with the move; the days the series runs on must not.
    """
    day = until.date()
    if local_naive(first).time() > until.time():
        day -= timedelta(days=1)
    return localise(datetime.combine(day, time(23, 59, 59)))


def _bounded(rule: str, *, until: datetime | None = None, count: int | None = None) -> str:
    """The rule without its COUNT/UNTIL, then ending at `until` or after `count` times."""
    parts = [p for p in rule.split(";") if p.partition("=")[0] not in _BOUNDS]
    if until is not None:
        # UTC, as RFC 5545 wants with a zoned DTSTART (rule times have whole seconds).
        parts.append(f"UNTIL={until.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}")
    if count is not None:
        parts.append(f"COUNT={count}")
    return ";".join(parts)
