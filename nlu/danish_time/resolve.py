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
    ClockTime,
    Day,
    Repeat,
    Scan,
    Span,
    duration_of,
    scan,
    valid_day_month,
)
from nlu.danish_time.words import (
    RRULE_DAYS,
    abbreviated_days,
    asr_joined,
    fold_with_offsets,
    unpaused,
)

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
    # "impossible", "past", "none" (nothing found), "unclear" (a time was said, but not
    # all of it was understood: the dialogue asks rather than guess) or None
    error: str | None = None
    # a day, date, repetition or length of time was said, not only a clock time ("nej,
    # på fredag klokken ti" names its own day; "nej, klokken ti" does not)
    day_said: bool = False
    part_said: bool = False  # a part of the day ("om morgenen", "i aften", "tidlig")

    def said(self) -> str:
        """The words of the first expression used, as they were said ("den tredivte
        februar"): the answer to an impossible one names it."""
        if not self.spans:
            return ""
        start, end = self.spans[0]
        return self.text[start:end]


def localise(naive: datetime) -> datetime:
    """Wall-clock time in Copenhagen: a time skipped in spring moves forward by the gap,
    a time repeated in autumn is the first of the two (fold=0)."""
    aware = naive.replace(tzinfo=CPH, fold=0)
    return aware.astimezone(timezone.utc).astimezone(CPH)


def hours(clock: ClockTime, part: str | None) -> tuple[int, int | None]:
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


def _month_after(today: date, months: int = 1) -> tuple[int, int]:
    index = today.year * 12 + today.month - 1 + months
    return index // 12, index % 12 + 1


def nth_weekday(year: int, month: int, n: int, weekday: int) -> date | None:
    """The n-th (1-5, or -1 the last, -2 the one before) weekday of a month, if it exists."""
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if n > 0:
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        day = last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    return day if day.month == month else None


def _candidates(day: Day | None, today: date) -> Iterator[date]:
    if day is None:
        yield from (today + timedelta(days=n) for n in range(3))
    elif day.kind == "rel":
        yield today + timedelta(days=day.value[0])
    elif day.kind == "wd":  # the coming weekday (never today), and weeks after it
        extra = day.value[1] if len(day.value) > 1 else 0
        yield today + timedelta(days=(day.value[0] - today.weekday() - 1) % 7 + 1 + extra)
    elif day.kind == "week":  # Monday, or the weekday, of this or a later week
        weeks, weekday = day.value
        yield today + timedelta(days=7 * weeks - today.weekday() + max(weekday, 0))
    elif day.kind == "weekend":  # "i weekenden": today if it is one; "næste": not this one
        skip = day.value[0] and today.weekday() >= 5
        start = today + timedelta(days=7 - today.weekday()) if skip else today
        days = (start + timedelta(days=n) for n in range(14))
        yield from (one for one in days if one.weekday() >= 5)
    elif day.kind == "next_month":
        year, month = _month_after(today)
        if valid_day_month(day.value[0], month, year):
            yield date(year, month, day.value[0])
    elif day.kind == "nth":  # "den første mandag i december / i næste måned"
        n, weekday, month = day.value
        if month:
            months = [(y, month) for y in range(today.year, today.year + 3)]
        else:
            months = [_month_after(today)]
        for year, month_ in months:
            found = nth_weekday(year, month_, n, weekday)
            if found is not None and found >= today:
                yield found
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
    tried = False
    for candidate in _candidates(day, today):
        tried = True
        when = _at(candidate, hour, minute)
        if when > now:
            return _Result(when, assumed=assumed)
        if day is not None and day.kind in ("rel", "wd", "week", "next_month"):
            break
    if not tried:  # "den 31. i næste måned" in January, "den femte mandag i februar"
        return _Result(None, error="impossible")
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
    if rep.freq == "MONTHLY" and rep.byday:  # "den første mandag i måneden": BYDAY=1MO
        fields.append("BYDAY=" + ",".join(rep.byday))
    elif rep.freq == "MONTHLY":
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


_UNTIL_GAP = re.compile(r"\s*(?:(?:den|pa|d\.)\s*)?")


def until_days(s: Scan) -> list[tuple[Day, Span]]:
    """The days said right after "indtil", "til og med" (each ends a repetition)."""
    found = []
    for _, end in s.untils:
        for day, span in s.days:
            if span[0] >= end and _UNTIL_GAP.fullmatch(s.text[end : span[0]]):
                found.append((day, span))
                break
    return found


def _with_exceptions(s: Scan, rep: Repeat) -> Repeat | None:
    """The repetition without the weekdays said after "undtagen"; None if that makes no sense."""
    if not s.excepts:
        return rep
    if rep.interval != 1 or rep.freq not in ("DAILY", "WEEKLY"):
        return None  # "hver anden uge undtagen ...", "den 1. i måneden undtagen ...": ask
    if rep.freq == "DAILY":
        days = set(range(7))
    elif rep.byday:
        days = {RRULE_DAYS.index(d) for d in rep.byday}
    else:
        return None
    for excluded, _ in s.excepts:
        days -= excluded
    if not days:
        return None
    kept = Repeat("WEEKLY", 1, tuple(RRULE_DAYS[d] for d in sorted(days)))
    kept.per_day = rep.per_day
    return kept


def _in_month(month: int, today: date) -> tuple[date, date]:
    """The first and last day of the month's next occurrence (this one, if it is now)."""
    year = today.year + (month < today.month)
    first = date(year, month, 1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _until_text(s: Scan, today: date, first: datetime) -> tuple[str, datetime | None]:
    """';UNTIL=...Z' for "indtil fredag", "i 14 dage" or "i december" (to the end of
    that day), and that end; ("", None) without one."""
    last: date | None = None
    for month, _ in s.months[:1]:
        last = _in_month(month, today)[1]
    for day, _ in until_days(s)[:1]:
        last = next((d for d in _candidates(day, today) if d >= today), None)
    for (count, unit), _ in s.lasting[:1]:
        if unit == "maned":  # "i en måned": to the day before the same date
            year, month = _month_after(first.date(), count)
            while not valid_day_month(first.day, month, year):
                first -= timedelta(days=1)
            last = date(year, month, first.day) - timedelta(days=1)
        else:
            last = first.date() + timedelta(days=max(count, 1) - 1)
    if last is None:
        return "", None
    end = localise(datetime.combine(last, time(23, 59, 59)))
    return f";UNTIL={end.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}", end


def _repeating(s: Scan, now: datetime, flip: bool) -> _Result:
    merged = _with_exceptions(s, _merge([r for r, _ in s.repeats]))
    if merged is None:
        return _Result(None, error="unclear")
    rep = merged
    ends = {span for _, span in until_days(s)}
    starts = [d for d, span in s.days if span not in ends]
    weekdays = sorted({d.value[0] for d in starts if d.kind == "wd" and len(d.value) == 1})
    if rep.freq == "WEEKLY" and not rep.byday and weekdays:
        # "hver anden uge på tirsdag", "tirsdag og torsdag hver anden uge": the rule's days
        rep = Repeat("WEEKLY", rep.interval, tuple(RRULE_DAYS[d] for d in weekdays))
        starts = [d for d in starts if d.kind != "wd"]
    parts = [p for p, _ in s.parts]
    clocks = [c for c, _ in s.clocks]
    times: list[tuple[int, int]] = []
    for i, clock in enumerate(clocks):
        # "… om morgenen. … hver morgen klokken 9" (set 34): one part of the day said twice
        part = (
            parts[i] if len(parts) == len(clocks) else (parts[0] if len(set(parts)) == 1 else None)
        )
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
    day = starts[0] if starts else None
    if day is not None:  # "hver dag fra den 1. december"
        first_day = next(_candidates(day, now.date()), None)
        if first_day is not None:
            start = max(start, datetime.combine(first_day, time()))
    for month, _ in s.months[:1]:  # "hver dag i december"
        start = max(start, datetime.combine(_in_month(month, now.date())[0], time()))
    for count, occurrence in enumerate(rrulestr(first, dtstart=start)):
        when = localise(occurrence)
        if when > now:
            until, end = _until_text(s, now.date(), when)
            if end is not None and end < when:
                return _Result(None, error="past")  # "hver dag indtil i går"
            return _Result(when, rrule=text + until, assumed=not clocks)
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
    folded, starts, ends = abbreviated_days(
        *asr_joined(*unpaused(*fold_with_offsets(text[:MAX_CHARS])))
    )
    s = scan(folded)

    def result(used: list[Span], res: _Result, alts: tuple[datetime, ...] = ()) -> TimeParse:
        spans = _spans(s, used, starts, ends)
        day_said = bool(s.days or s.repeats or s.months or s.durations)
        return TimeParse(
            text, res.when, res.rrule, spans, alts, res.assumed, res.error, day_said, bool(s.parts)
        )

    if s.impossible:
        return result(s.impossible, _Result(None, error="impossible"))
    unclear = list(s.unclear)
    if s.repeats:  # an exception or an end said but not understood: ask, never drop it
        unclear += s.hedges + [sp for sp in s.untils if sp[1] not in _until_ends(s)]
    if unclear:
        return result(unclear, _Result(None, error="unclear"))
    if s.durations:
        delta, span = s.durations[0]
        when = (now.astimezone(timezone.utc) + delta).astimezone(CPH)
        return result([span], _Result(when))
    if not s.repeats and len(s.days) > 1 and s.clocks:
        _day_of_the_hour(s)
    future_day = bool(s.days) or bool(s.repeats)
    if s.past and not future_day:
        return result(s.past + [span for _, span in s.clocks[:1]], _Result(None, error="past"))
    res = _resolve(s, now)
    if res.when is None and res.error == "none":
        return result([], res)
    if s.repeats:
        used = [sp for _, sp in s.repeats] + [sp for _, sp in s.clocks] + [sp for _, sp in s.parts]
        used += [sp for _, sp in s.days[:1] + until_days(s) + s.excepts + s.lasting + s.months]
        used += s.untils + s.open_ended
    else:
        used = [sp for _, sp in s.days[:1] + s.parts[:1] + s.clocks[:1]]
    alts: tuple[datetime, ...] = ()
    if res.when is not None and any(hours(c, None)[1] is not None for c, _ in s.clocks):
        other = _resolve(s, now, flip=True).when
        if other is not None and other != res.when:
            alts = (other,)
    return result(used, res, alts)


_CORRECTING = re.compile(r"\b(?:nej|ikke|vent|undskyld|eller|rettere|altsa)\b")


def _day_of_the_hour(s: Scan) -> None:
    """Of several days said once, the one said nearest the hour first: "han skal til
    kontrol på torsdag, …, mind mig om papirerne onsdag aften klokken otte" is Wednesday
    (set 47: Thursday, the first day said, at eight). Ties keep the first. Not where a
    day is corrected between them ("kl 21 i aften. nej vent, i morgen aften"): the rules'
    own order stands there."""
    first = min(start for _, (start, _end) in s.days)
    last = max(end for _, (_start, end) in s.days)
    if _CORRECTING.search(s.text[first:last]):
        return
    clock = s.clocks[0][1]

    def apart(said: tuple[Day, Span]) -> int:
        start, end = said[1]
        return max(clock[0] - end, start - clock[1], 0)

    s.days.sort(key=apart)


def _until_ends(s: Scan) -> set[int]:
    """The ends of the "indtil" markers that have a day after them."""
    return {
        end
        for _, end in s.untils
        if any(span[0] >= end and _UNTIL_GAP.fullmatch(s.text[end : span[0]]) for _, span in s.days)
    }


def parse_duration(text: str) -> timedelta | None:
    """A length of time: "10 minutter", "et kvarter", "en halv time", "om 2 timer og 5 min"."""
    folded = fold_with_offsets(text[:MAX_CHARS])[0].strip()
    folded = re.sub(r"^(?:om|i|efter)\s+", "", folded)
    if not re.fullmatch(rf"{DURATION}\s*[.!?]?", folded):
        return None
    return duration_of(folded)
