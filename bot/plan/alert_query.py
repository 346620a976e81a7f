"""Which plan items may have an alert due: a time-of-day filter in SQL, before any expansion.

Expanding a rule walks it from its first occurrence (about 2 ms for a year-old daily
item), far too slow for every item on every pass. But an item's occurrences all share
one wall time of day (plan rules carry no time of their own), so a pass that covers a
few seconds only needs the items whose start (or alert) time of day falls in those
seconds. The queries here select a superset of them on SQLite and PostgreSQL alike;
bot.plan.alert_worker expands the few candidates exactly with bot.plan.queries.
The plan's tables are only read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.core.clock import COPENHAGEN
from bot.core.utc import to_utc_naive
from bot.plan.model import PlanItem
from bot.plan.schema import item_from_rows, plan_exdates, plan_items, plan_overrides

DAY = 86_400  # seconds
_MONTHS_CET = (11, 12, 1, 2)  # only standard time (+1 h) in Copenhagen
_MONTHS_CEST = (4, 5, 6, 7, 8, 9)  # only summer time (+2 h); March and October have both
_SLACK = 2  # seconds: PostgreSQL rounds fractional seconds when cast to integer
_NEAR = timedelta(hours=2)  # around a change of offset, occurrences may have either


def _seconds_of_day(column: Any, dialect: str) -> Any:
    """A naive UTC column's time of day in whole seconds: one function call per row, for
    this runs on every item with a reminder at every pass."""
    if dialect == "sqlite":
        return sa.cast(sa.func.strftime("%s", column), sa.Integer) % DAY
    return sa.cast(sa.extract("epoch", column), sa.BigInteger) % DAY


def _in_band(seconds: Any, low: int, width: Any) -> Any:
    """`seconds` (any integer) falls in [low, low + width] on a 24-hour clock face."""
    return (seconds - low + 3 * DAY) % DAY <= width


def _seconds(when: datetime) -> int:
    """Seconds since midnight on `when`'s own clock."""
    return when.hour * 3600 + when.minute * 60 + when.second


def _offset(when: datetime) -> int:
    """Copenhagen's UTC offset at `when`, in seconds."""
    offset = when.astimezone(COPENHAGEN).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _change_between(start: datetime, end: datetime) -> datetime | None:
    """The moment Copenhagen changes between standard and summer time in (start, end]."""
    offset = start.astimezone(COPENHAGEN).utcoffset()
    if end.astimezone(COPENHAGEN).utcoffset() == offset:
        return None  # at most one change in the little over a day looked at
    while end - start > timedelta(seconds=1):
        middle = start + (end - start) / 2
        if middle.astimezone(COPENHAGEN).utcoffset() == offset:
            start = middle
        else:
            end = middle
    return end.replace(microsecond=0)  # changes fall on whole seconds, end is under 1 s after


def due_item_queries(
    now: datetime,
    since: datetime | None,
    grace: timedelta,
    changed_since: datetime | None,
    dialect: str,
) -> list[Any]:
    """SELECTs of item ids that together hold every item with an alert due.

    With `since`, items whose alert time falls in (since, now]; without (a worker's
    first pass), every item starting in [now - grace, now + its remind_before]. Also
    every item changed since `changed_since`, whatever its time.
    """
    # In UTC: aware times in one zone subtract and compare as wall times in Python.
    now = now.astimezone(timezone.utc)
    since = None if since is None else since.astimezone(timezone.utc)
    r = plan_items.c.remind_before_minutes * 60
    latest = to_utc_naive(now + timedelta(days=1, minutes=2))
    earliest = to_utc_naive(min(since or now, now - grace) - timedelta(minutes=1))
    # The band of times of day to look at: a start in [now - grace, now + r] on a first
    # pass, else an alert time (start - r) in (since, now].
    if since is None:
        low, shift = now - grace, 0
        width: Any = int(grace.total_seconds()) + r + 2 * _SLACK
        whole_day = False
    else:
        low, shift = since, r
        width = int((now - since).total_seconds()) + 2 * _SLACK
        whole_day = width >= DAY

    def absolute(column: Any) -> Any:
        # One-offs and moved occurrences: UTC times, so daylight saving plays no part.
        cond = column.between(earliest, latest)
        if whole_day:
            return cond
        return cond & _in_band(
            _seconds_of_day(column, dialect) - shift, _seconds(low) - _SLACK, width
        )

    conditions = [plan_items.c.rrule.is_(None) & absolute(plan_items.c.starts_at)]
    # Repeats: an occurrence starts at DTSTART's wall time of day (in the spring gap an
    # hour on, which in UTC is the time before the change), so its UTC time of day is
    # DTSTART's plus DTSTART's UTC offset minus the offset on its own day. The stored
    # start is UTC; its month tells DTSTART's offset (March and October: both tried).
    repeat = plan_items.c.rrule.isnot(None) & (plan_items.c.starts_at <= latest)
    if not whole_day:
        tod = _seconds_of_day(plan_items.c.starts_at, dialect) - shift
        offsets: list[tuple[int, Any]] = [(_offset(low), sa.true())]
        change = _change_between(low - _NEAR, now + timedelta(days=1) + _NEAR)
        if change is not None:
            # Occurrences up to two hours either side of the change may have either
            # offset; which occurrences a row can have depends on its remind_before.
            to_change = int((change - now).total_seconds())
            starts_before = shift < int((change - low + _NEAR).total_seconds())
            ends_after = r >= to_change - int(_NEAR.total_seconds())
            offsets = [
                (_offset(change - timedelta(seconds=1)), sa.true() & starts_before),
                (_offset(change), ends_after),
            ]

        def bands(own: int) -> Any:
            low_s = _seconds(low) - _SLACK
            return sa.or_(
                *(used & _in_band(tod + own - day, low_s, width) for day, used in offsets)
            )

        # CASE, so each row computes its month once and one band in most months.
        month = sa.cast(sa.extract("month", plan_items.c.starts_at), sa.Integer)
        repeat &= sa.case(
            (month.in_(_MONTHS_CEST), bands(7200)),
            (month.in_(_MONTHS_CET), bands(3600)),
            else_=bands(3600) | bands(7200),
        )
    conditions.append(repeat)
    if changed_since is not None:
        conditions.append(plan_items.c.updated_at >= to_utc_naive(changed_since))
    with_reminder = plan_items.c.remind_before_minutes.isnot(None)
    items = sa.select(plan_items.c.id).where(with_reminder, sa.or_(*conditions))
    moved = (
        sa.select(plan_items.c.id)
        .join(plan_overrides, plan_overrides.c.item_id == plan_items.c.id)
        .where(with_reminder, absolute(plan_overrides.c.starts_at))
    )
    return [items, moved]


def load_items(conn: Connection, ids: Sequence[int]) -> list[PlanItem]:
    """Items by id, of any citizen, with their removed and moved occurrences."""
    found: list[PlanItem] = []
    for n in range(0, len(ids), 500):  # well inside every backend's parameter limit
        chunk = list(ids[n : n + 500])
        rows = conn.execute(plan_items.select().where(plan_items.c.id.in_(chunk))).all()
        extra: dict[Any, dict[int, list[Any]]] = {plan_exdates: {}, plan_overrides: {}}
        for table, grouped in extra.items():
            for r in conn.execute(table.select().where(table.c.item_id.in_(chunk))).all():
                grouped.setdefault(int(r.item_id), []).append(r)
        found += [
            item_from_rows(
                r, extra[plan_exdates].get(r.id, []), extra[plan_overrides].get(r.id, [])
            )
            for r in rows
        ]
    return found
