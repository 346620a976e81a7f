"""Turn the scanned pieces into a moment (and a repetition rule) in Copenhagen time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from itertools import product
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from nlu.danish_time.scan import (
    DURATION,
    Clock,
    Day,
    Repeat,
    Scan,
    Span,
    duration_of,
    scan,
    valid_day_month,
)
from nlu.danish_time.words import RRULE_DAYS, fold_with_offsets

CPH = ZoneInfo("Europe/Copenhagen")
MAX_CHARS = 2000  # a reminder is a sentence; longer input is cut, so the work stays bounded

# Part of the day: the time used when no clock time was said, and the hour it ends
# (used when "i aften" is said after the default has passed: the next whole hour).
PARTS = {
    "morgen": (8, 10),
    "formiddag": (10, 12),
    "middag": (12, 14),
    "eftermiddag": (15, 18),
    "aften": (19, 24),
    "nat": (22, 30),
}
DEFAULT_HOUR = 9  # a day or a repetition without any time of day
PER_DAY = {1: (9,), 2: (8, 20), 3: (8, 14, 20), 4: (8, 12, 16, 20)}


@dataclass(frozen=True)
class TimeParse:
    text: str  # the input
    when: datetime | None  # first occurrence, tz-aware Europe/Copenhagen
    rrule: str | None
    spans: tuple[tuple[int, int], ...]  # character offsets in `text` of the parts used
    alternatives: tuple[datetime, ...] = ()
    time_assumed: bool = False  # no time of day was said; a default was used
    error: str | None = None  # "impossible", "past", "none" or None


def localise(naive: datetime) -> datetime:
    """Wall-clock time in Copenhagen: a time skipped in spring moves forward by the gap,
    a time repeated in autumn is the first of the two (fold=0)."""
    aware = naive.replace(tzinfo=CPH, fold=0)
    return aware.astimezone(timezone.utc).astimezone(CPH)


def hours(clock: Clock, part: str | None) -> tuple[int, int | None]:
    """The hour meant (24 or more: on the next day) and the other reading, if any."""
    h = clock.hour
    if clock.explicit or h > 12 or h == 0:
        return h, None
    if part in ("morgen", "formiddag"):
        return h, None
    if part in ("middag", "eftermiddag"):
        return (h if h == 12 else h + 12), None
    if part == "aften":
        return h + 12, None
    if part == "nat":
        return (h + 12 if h >= 7 else h + 24), None
    if h == 12:
        return 12, None
    return (h, h + 12) if h >= 7 else (h + 12, h)


def _candidates(day: Day | None, today: date) -> Iterator[date]:
    if day is None:
        yield from (today + timedelta(days=n) for n in range(3))
    elif day.kind == "rel":
        yield today + timedelta(days=day.value[0])
    elif day.kind == "wd":
        yield today + timedelta(days=(day.value[0] - today.weekday() - 1) % 7 + 1)
    else:
        d, m, y = day.value
        for year in [y] if y else range(today.year, today.year + 9):
            if valid_day_month(d, m, year):
                yield date(year, m, d)


def _at(day: date, hour: int, minute: int) -> datetime:
    return localise(datetime.combine(day, time()) + timedelta(hours=hour, minutes=minute))


@dataclass
class _Result:
    when: datetime | None
    rrule: str | None = None
    assumed: bool = False
    error: str | None = None


def _one_off(s: Scan, now: datetime, flip: bool) -> _Result:
    day = next((d for d, _ in s.days), None)
    part = s.parts[0][0] if s.parts else None
    today = now.date()
    assumed = not s.clocks
    if s.clocks:
        hour, other = hours(s.clocks[0][0], part)
        hour = other if flip and other is not None else hour
        minute = s.clocks[0][0].minute
    elif part or day:
        hour, minute = (PARTS[part][0] if part else DEFAULT_HOUR), 0
    else:
        return _Result(None, error="none")
    tonight = day is not None and day.kind == "rel" and day.value[0] == 0 and part == "nat"
    if hour >= 24 and (day is None or (tonight and now.hour < 6)):
        hour -= 24  # "kl 3 i nat" said at 01:00 is today; with no day the search finds it
    for candidate in _candidates(day, today):
        when = _at(candidate, hour, minute)
        if when > now:
            return _Result(when, assumed=assumed)
        if day is not None and day.kind in ("rel", "wd"):
            break
    if assumed and day is not None and day.kind == "rel" and day.value[0] == 0:
        # "i aften" said after the default hour: the next whole hour, if still this evening
        next_hour = now.replace(minute=0, second=0, microsecond=0, tzinfo=None) + timedelta(hours=1)
        end = PARTS[part][1] if part else 24
        if next_hour <= datetime.combine(today, time()) + timedelta(hours=end):
            return _Result(localise(next_hour), assumed=True)
    return _Result(None, error="past")


def _rrule_text(rep: Repeat, times: list[tuple[int, int]], today: date) -> str:
    fields = [f"FREQ={rep.freq}"]
    if rep.interval > 1:
        fields.append(f"INTERVAL={rep.interval}")
    if rep.freq == "MONTHLY":
        fields.append(f"BYMONTHDAY={rep.bymonthday or today.day}")
    if rep.freq == "WEEKLY":
        fields.append("BYDAY=" + ",".join(rep.byday or (RRULE_DAYS[today.weekday()],)))
    if rep.freq == "HOURLY":
        return ";".join([*fields, "BYMINUTE=0"])
    hours_ = sorted({h for h, _ in times})
    minutes = sorted({m for _, m in times})
    fields += ["BYHOUR=" + ",".join(map(str, hours_)), "BYMINUTE=" + ",".join(map(str, minutes))]
    if len(minutes) > 1 and len(hours_) > 1:  # "kl 8 og 20.30": pick from the hour x minute grid
        grid = list(product(hours_, minutes))
        positions = sorted(grid.index(t) + 1 for t in set(times))
        fields.append("BYSETPOS=" + ",".join(map(str, positions)))
    return ";".join(fields)


def _merge(repeats: list[Repeat]) -> Repeat:
    rep = next((r for r in repeats if r.freq == "MONTHLY" and r.bymonthday), None)
    rep = rep or next((r for r in repeats if r.byday), None) or repeats[0]
    rep = Repeat(rep.freq, max(r.interval for r in repeats), rep.byday, rep.bymonthday)
    rep.per_day = max(r.per_day for r in repeats)
    return rep


def _repeating(s: Scan, now: datetime, flip: bool) -> _Result:
    rep = _merge([r for r, _ in s.repeats])
    parts = [p for p, _ in s.parts]
    clocks = [c for c, _ in s.clocks]
    times: list[tuple[int, int]] = []
    for i, clock in enumerate(clocks):
        part = parts[i] if len(parts) == len(clocks) else (parts[0] if len(parts) == 1 else None)
        hour, other = hours(clock, part)
        hour = other if flip and other is not None else hour
        times.append((hour % 24, clock.minute))
    if not times:
        hour_list = [PARTS[p][0] for p in parts] or list(PER_DAY.get(rep.per_day, (DEFAULT_HOUR,)))
        times = [(h % 24, 0) for h in hour_list]
    text = _rrule_text(rep, times, now.date())
    first = re.sub(r";INTERVAL=\d+", "", text)  # the first occurrence starts the interval
    naive_now = now.replace(tzinfo=None)
    start = naive_now.replace(second=0, microsecond=0) - timedelta(days=1)
    day = next((d for d, _ in s.days), None)
    if day is not None:  # "hver dag fra den 1. december"
        first_day = next(_candidates(day, now.date()), None)
        if first_day is not None:
            start = max(start, datetime.combine(first_day, time()))
    for count, occurrence in enumerate(rrulestr(first, dtstart=start)):
        when = localise(occurrence)
        if when > now:
            return _Result(when, rrule=text, assumed=not clocks)
        if count > 5000:
            break
    return _Result(None, error="impossible")


def _resolve(s: Scan, now: datetime, flip: bool = False) -> _Result:
    if s.repeats:
        return _repeating(s, now, flip)
    return _one_off(s, now, flip)


_JOINERS = re.compile(r"[\s,.;:!?-]*(?:(?:og|den|pa|fra|ved|d\.)[\s,.;:!?-]+)*")


def _spans(s: Scan, used: list[Span], starts: list[int], ends: list[int]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for start, end in sorted(set(used)):
        if merged and (start <= merged[-1][1] or _JOINERS.fullmatch(s.text[merged[-1][1] : start])):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple((starts[a], ends[b - 1]) for a, b in merged)


def parse(text: str, now: datetime) -> TimeParse:
    """Parse the first Danish time expression in `text`, relative to the aware `now`."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    now = now.astimezone(CPH)
    if not isinstance(text, str):
        text = ""
    folded, starts, ends = fold_with_offsets(text[:MAX_CHARS])
    s = scan(folded)

    def result(used: list[Span], res: _Result, alts: tuple[datetime, ...] = ()) -> TimeParse:
        spans = _spans(s, used, starts, ends)
        return TimeParse(text, res.when, res.rrule, spans, alts, res.assumed, res.error)

    if s.impossible:
        return result(s.impossible, _Result(None, error="impossible"))
    if s.durations:
        delta, span = s.durations[0]
        when = (now.astimezone(timezone.utc) + delta).astimezone(CPH)
        return result([span], _Result(when))
    future_day = bool(s.days) or bool(s.repeats)
    if s.past and not future_day:
        return result(s.past + [span for _, span in s.clocks[:1]], _Result(None, error="past"))
    res = _resolve(s, now)
    if res.when is None and res.error == "none":
        return result([], res)
    if s.repeats:
        used = [sp for _, sp in s.repeats] + [sp for _, sp in s.clocks] + [sp for _, sp in s.parts]
        used += [sp for _, sp in s.days[:1]]
    else:
        used = [sp for _, sp in s.days[:1] + s.parts[:1] + s.clocks[:1]]
    alts: tuple[datetime, ...] = ()
    if res.when is not None and any(hours(c, None)[1] is not None for c, _ in s.clocks):
        other = _resolve(s, now, flip=True).when
        if other is not None and other != res.when:
            alts = (other,)
    return result(used, res, alts)


def parse_duration(text: str) -> timedelta | None:
    """A length of time: "10 minutter", "et kvarter", "en halv time", "om 2 timer og 5 min"."""
    folded = fold_with_offsets(text[:MAX_CHARS])[0].strip()
    folded = re.sub(r"^(?:om|i|efter)\s+", "", folded)
    if not re.fullmatch(rf"{DURATION}\s*[.!?]?", folded):
        return None
    return duration_of(folded)
