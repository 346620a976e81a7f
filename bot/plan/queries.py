"""What is on the plan when: pure functions over items and a given time.

Rules are expanded by the reminder core's recurrence (Copenhagen wall time): a daily
10:00 stays at 10:00 across daylight-saving changes, a time in the spring gap moves
one hour on (02:30 -> 03:30), and the doubled autumn hour uses its first pass (fold=0).
Durations are wall-clock too: 23:00-01:00 ends at 01:00 on the clock every night.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone
from typing import Protocol

from bot.core.clock import COPENHAGEN
from bot.core.recurrence import between, local_naive, localise
from bot.plan.model import MAX_DURATION, Occurrence, PlanItem, PlanItemNotFound

# How far now_and_next() looks ahead, widening only when nothing is found.
_HORIZONS = (timedelta(days=1), timedelta(days=8), timedelta(days=366))


class ItemSource(Protocol):
    """Anything that gives a citizen's items that may occur in [start, end) (PlanStore)."""

    def items_for(self, citizen_id: str, start: datetime, end: datetime) -> list[PlanItem]: ...


def wall_length(item: PlanItem) -> timedelta:
    """The item's length on the clock (00:00-24:00 is 24 hours even on a 23-hour day)."""
    return local_naive(item.end) - local_naive(item.start)


def wall_end(start: datetime, wall: timedelta) -> datetime:
    """start plus a wall-clock length, in Copenhagen."""
    end = localise(local_naive(start) + wall)
    # A start pushed out of the spring gap could reach its own end: keep the length.
    return end if end > start else start + wall


def occurrence_end(item: PlanItem, start: datetime) -> datetime:
    """The end of an instance starting at start, keeping the item's wall-clock length."""
    return wall_end(start, wall_length(item))


def expand(item: PlanItem, start: datetime, end: datetime) -> list[Occurrence]:
    """The item's occurrences that overlap [start, end), by start time."""
    if item.rrule is None:
        if item.start < end and item.end > start:
            return [Occurrence(item, item.start, item.end, item.start)]
        return []
    moved = {o.original_start: o for o in item.overrides}
    skipped = set(item.exdates)
    # An instance that began before `start` may still run; a moved one may come from
    # any original time, so overrides are checked on their own below.
    look_from = start - MAX_DURATION - timedelta(days=1)
    limit = (end - look_from).days + 3  # at most one instance a day (see check_rule)
    found = []
    for when in between(item.start, item.rrule, look_from - timedelta(microseconds=1), end, limit):
        if when in skipped or when in moved:
            continue
        finish = occurrence_end(item, when)
        if finish > start:
            found.append(Occurrence(item, when, finish, when))
    for o in item.overrides:
        if o.original_start not in skipped and o.start < end and o.end > start:
            found.append(Occurrence(item, o.start, o.end, o.original_start))
    found.sort(key=lambda o: (o.start, o.item.id))
    return found


def occurrences_between(
    source: ItemSource | Iterable[PlanItem], citizen_id: str, start: datetime, end: datetime
) -> list[Occurrence]:
    """Every occurrence of the citizen's items overlapping [start, end), by start time."""
    # In UTC: Python compares two times in the same zone by the wall clock, which is
    # wrong inside the doubled autumn hour; times in different zones compare as instants.
    start, end = start.astimezone(timezone.utc), end.astimezone(timezone.utc)
    if isinstance(source, Iterable):
        items: Iterable[PlanItem] = source
    else:
        items = source.items_for(citizen_id, start, end)
    found = [o for item in items if item.citizen_id == citizen_id for o in expand(item, start, end)]
    found.sort(key=lambda o: (o.start, o.item.id))
    return found


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Copenhagen midnight to midnight (23 or 25 hours on the changeover days)."""
    begin = datetime.combine(day, time(0), tzinfo=COPENHAGEN)
    return begin, datetime.combine(day + timedelta(days=1), time(0), tzinfo=COPENHAGEN)


def on(source: ItemSource | Iterable[PlanItem], citizen_id: str, day: date) -> list[Occurrence]:
    """Everything that touches the day, including what started the evening before."""
    return occurrences_between(source, citizen_id, *day_bounds(day))


def today(
    source: ItemSource | Iterable[PlanItem], citizen_id: str, now: datetime
) -> list[Occurrence]:
    return on(source, citizen_id, now.astimezone(COPENHAGEN).date())


def tomorrow(
    source: ItemSource | Iterable[PlanItem], citizen_id: str, now: datetime
) -> list[Occurrence]:
    return on(source, citizen_id, now.astimezone(COPENHAGEN).date() + timedelta(days=1))


def now_and_next(
    source: ItemSource | Iterable[PlanItem], citizen_id: str, now: datetime
) -> tuple[Occurrence | None, Occurrence | None]:
    """(what is going on at now, what starts next after now); either may be None.

    With several items at once, "now" is the one that started last (the visit that
    arrived during a longer item is what the citizen is in the middle of).
    """
    # A store is asked per horizon; a one-shot iterable must be kept for the next one.
    now = now.astimezone(timezone.utc)  # compared as an instant (see occurrences_between)
    items = list(source) if isinstance(source, Iterable) else source
    for horizon in _HORIZONS:
        found = occurrences_between(items, citizen_id, now, now + horizon)
        current = [o for o in found if o.start <= now < o.end]
        upcoming = [o for o in found if o.start > now]
        if upcoming or horizon == _HORIZONS[-1]:
            return (current[-1] if current else None), (upcoming[0] if upcoming else None)
    raise AssertionError("unreachable")  # pragma: no cover


def at_time(when: datetime, new_time: time) -> datetime:
    """The same Copenhagen date at another wall time (spring gap: an hour on)."""
    return localise(datetime.combine(local_naive(when).date(), new_time))


def occurrence_on(item: PlanItem, day: date) -> Occurrence:
    """The item's occurrence shown on `day`, else the one the rule put on `day` (moved)."""
    begin, end = day_bounds(day)
    for occ in expand(item, begin, end):
        if begin <= occ.start < end:
            return occ
    for o in item.overrides:
        if begin <= o.original_start < end and o.original_start not in item.exdates:
            return Occurrence(item, o.start, o.end, o.original_start)
    raise PlanItemNotFound(f"plan item {item.id} has no occurrence on {day.isoformat()}")
