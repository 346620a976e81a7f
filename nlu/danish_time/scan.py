"""Find the pieces of a Danish time expression in folded text.

Each rule is a regular expression over the folded text (see words.py) and a handler
that turns a match into a piece: a clock time, a day, a part of the day, a repetition,
a duration, or a marker for the past or an impossible value. Rules run in a fixed
order and a later match may not overlap an earlier one, so "hver mandag" is a
repetition before "mandag" can be a day, and "i morgen" a day before "morgen" a part.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from nlu.danish_time.words import (
    MONTHS,
    NUMBERS,
    ORDINALS,
    RRULE_DAYS,
    WEEKDAYS,
    alternation,
    number,
)

Span = tuple[int, int]


@dataclass(frozen=True)
class Clock:
    hour: int  # as said: 0-24; 1-12 may still need a part of the day
    minute: int
    explicit: bool  # 24-hour value ("14", "08", "20.15"), noon or midnight: never ambiguous


@dataclass(frozen=True)
class Day:
    kind: str  # "rel" (days from today), "wd" (weekday 0-6), "date" (d, m, y or 0)
    value: tuple[int, ...]


@dataclass
class Repeat:
    freq: str = "DAILY"
    interval: int = 1
    byday: tuple[str, ...] = ()
    bymonthday: int | None = None
    per_day: int = 0  # "tre gange om dagen" without times


@dataclass
class Scan:
    text: str
    past: list[Span] = field(default_factory=list)
    impossible: list[Span] = field(default_factory=list)
    durations: list[tuple[timedelta, Span]] = field(default_factory=list)
    days: list[tuple[Day, Span]] = field(default_factory=list)
    parts: list[tuple[str, Span]] = field(default_factory=list)
    clocks: list[tuple[Clock, Span]] = field(default_factory=list)
    repeats: list[tuple[Repeat, Span]] = field(default_factory=list)


NUMW = alternation(NUMBERS)
NUM = rf"(?:\d{{1,2}}|{NUMW})"
ORD = alternation(ORDINALS)
MON = alternation(MONTHS)
WD = alternation(WEEKDAYS)
KL = r"(?:klokken|klok|kl\.?)"
PART_WORDS = {
    "morgen": "morgen",
    "morgenen": "morgen",
    "morgnen": "morgen",  # a common misspelling ("om morgnen")
    "formiddag": "formiddag",
    "formiddagen": "formiddag",
    "middag": "middag",
    "middagen": "middag",
    "eftermiddag": "eftermiddag",
    "eftermiddagen": "eftermiddag",
    "aften": "aften",
    "aftenen": "aften",
    "nat": "nat",
    "natten": "nat",
}
PART = alternation(PART_WORDS)
QTY = rf"(?:en\s+halv|et\s+halvt|halvanden|halvandet|\d+(?:[.,]\d+)?|{NUMW})"
UNIT = r"(?:minutter|minuter|minut|min|timer|time|kvarter|sekunder|sekund|sek)\b\.?"
ITEM = rf"{QTY}\s*{UNIT}"
DURATION = rf"{ITEM}(?:\s*(?:,|og)\s*{ITEM})*"
_ITEM_RE = re.compile(rf"(?P<q>{QTY})\s*(?P<u>{UNIT})")
_NOT_A_TIME = (
    r"(?!\s*(?:[.:/]\d|minut|min\b|time[nr]?\b|dage?\b|dogn|uger?\b|gange?\b|kvarter"
    r"|piller?\b|tablet|stk|mg\b|ml\b))"
)
_SECONDS = {"min": 60, "tim": 3600, "kva": 900, "sek": 1}


def duration_of(text: str) -> timedelta | None:
    """The length of "2 timer og 10 minutter", "et kvarter", "halvanden time"; folded input."""
    total = 0.0
    for m in _ITEM_RE.finditer(text):
        q = m["q"].replace(" ", "")
        if q in ("enhalv", "ethalvt"):
            amount = 0.5
        elif q in ("halvanden", "halvandet"):
            amount = 1.5
        elif q[0].isdigit():
            amount = float(q.replace(",", "."))
        else:
            amount = float(NUMBERS[q])
        total += amount * _SECONDS[m["u"][:3]]
    return timedelta(seconds=round(total)) if total > 0 else None


def valid_day_month(d: int, m: int, y: int = 0) -> bool:
    try:
        date(y or 2028, m, d)  # 2028 is a leap year: 29/2 exists without a year
    except ValueError:
        return False
    return True


def _year(text: str | None) -> int:
    if not text:
        return 0
    return int(text) + (2000 if len(text) == 2 else 0)


Handler = Callable[[Scan, "re.Match[str]", Span], None]
RULES: list[tuple[re.Pattern[str], Handler]] = []


def rule(pattern: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        RULES.append((re.compile(pattern), handler))
        return handler

    return register


# --- the past -------------------------------------------------------------------------


@rule(r"\bi\s*(?:forgars|gar|morges|aftes)\b")
def _past(s: Scan, m: re.Match[str], span: Span) -> None:
    s.past.append(span)


# --- relative: "om to timer" ----------------------------------------------------------


@rule(rf"\b(?:om|efter)\s+(?:ca\.?\s+|cirka\s+|omkring\s+)?(?P<d>{DURATION})")
def _duration(s: Scan, m: re.Match[str], span: Span) -> None:
    value = duration_of(m["d"])
    if value is not None:
        s.durations.append((value, span))


@rule(rf"\bom\s+(?P<n>{NUM})\s+(?P<u>dage?|dogn|uger?)\b")
def _days_ahead(s: Scan, m: re.Match[str], span: Span) -> None:
    n = number(m["n"]) or 0
    s.days.append((Day("rel", (n * (7 if m["u"].startswith("u") else 1),)), span))


# --- repetition -----------------------------------------------------------------------

_NTH = {"anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6}


@rule(
    rf"\bhver\s+(?P<n>anden|andet|tredje|fjerde|femte|sjette|\d{{1,2}}\.)\s+(?P<u>dag|uge|maned|{WD})\b"
)
def _interval(s: Scan, m: re.Match[str], span: Span) -> None:
    n = _NTH.get(m["n"]) or number(m["n"]) or 1
    unit = m["u"]
    if unit in WEEKDAYS:
        rep = Repeat("WEEKLY", n, (RRULE_DAYS[WEEKDAYS.index(unit)],))
    else:
        rep = Repeat({"dag": "DAILY", "uge": "WEEKLY", "maned": "MONTHLY"}[unit], n)
    s.repeats.append((rep, span))


def _weekday_list(text: str) -> tuple[str, ...]:
    found = {WEEKDAYS.index(w) for w in re.findall(WD, text)}
    return tuple(RRULE_DAYS[i] for i in sorted(found))


_WDX = rf"(?:{WD})(?:ene|en|e)?"


@rule(
    rf"\b(?:(?:hver(?:\s+eneste)?|alle)\s+{_WDX}|om\s+(?:{WD})en|(?:{WD})e(?:ne)?)"
    rf"(?:\s*(?:,|og)\s*(?:om\s+)?{_WDX})*\b"
)
def _weekdays(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("WEEKLY", byday=_weekday_list(m[0])), span))


@rule(rf"\b(?:fra\s+)?(?P<a>{WD})\s+til\s+(?P<b>{WD})\b")
def _weekday_range(s: Scan, m: re.Match[str], span: Span) -> None:
    a, b = WEEKDAYS.index(m["a"]), WEEKDAYS.index(m["b"])
    days = [(a + i) % 7 for i in range((b - a) % 7 + 1)]
    s.repeats.append((Repeat("WEEKLY", byday=tuple(RRULE_DAYS[i] for i in sorted(days))), span))


@rule(r"\b(?:(?:alle|hver|pa|om)\s+hverdag(?:e|en|ene)?|hverdage(?:ne)?)\b")
def _workdays(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("WEEKLY", byday=RRULE_DAYS[:5]), span))


@rule(r"\b(?:(?:hver|alle)\s+weekend(?:er|s)?|weekender(?:ne)?|om\s+weekenden)\b")
def _weekends(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("WEEKLY", byday=RRULE_DAYS[5:]), span))


_MDAY = rf"(?:\d{{1,2}}\.?|{ORD}|sidste)"


@rule(
    rf"\b(?:(?:den\s+|d\.\s*)?(?P<d>{_MDAY})\s+(?:dag\s+)?(?:i\s+)?(?:hver|alle)\s+maned(?:er)?"
    rf"|(?:hver|alle)\s+maned(?:er)?\s+(?:den\s+|d\.\s*)(?P<e>{_MDAY})(?:\s+dag)?)\b"
)
def _monthday(s: Scan, m: re.Match[str], span: Span) -> None:
    word = m["d"] or m["e"]
    day = -1 if word == "sidste" else number(word) or 0
    if day == 0 or day > 31:
        s.impossible.append(span)
    else:
        s.repeats.append((Repeat("MONTHLY", bymonthday=day), span))


@rule(rf"\b(?P<n>{NUM})\s+gange?\s+(?:om\s+dagen|dagligt?|i\s+dognet|hver\s+dag|pr\.?\s+dag)\b")
def _per_day(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("DAILY", per_day=number(m["n"]) or 1), span))


@rule(r"\b(?:(?:hver(?:\s+eneste)?|alle)\s+dage?|dagligt?)\b")
def _daily(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("DAILY"), span))


@rule(
    rf"(?<!\bi\s)\b(?:(?:hver|alle)\s+)?(?:om\s+)?(?:{PART})(?:\s*(?:,|og)\s*(?:om\s+)?(?:{PART}))+\b"
)
def _part_list(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("DAILY"), span))
    for word in re.finditer(rf"\b(?:{PART})\b", m[0]):
        s.parts.append((PART_WORDS[word[0]], (span[0] + word.start(), span[0] + word.end())))


@rule(rf"\b(?:hver(?:\s+eneste)?|alle)\s+(?P<p>{PART}|morgener|aftener|naetter|netter)\b")
def _part_daily(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("DAILY"), span))
    part = {"morgener": "morgen", "aftener": "aften"}.get(m["p"], PART_WORDS.get(m["p"], "nat"))
    s.parts.append((part, span))


@rule(r"\b(?:hver\s+time|hvert\s+timeslag)\b")
def _hourly(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("HOURLY"), span))


@rule(r"\b(?:hver\s+uge|ugentligt?)\b")
def _weekly(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("WEEKLY"), span))


@rule(r"\b(?:hver\s+maned|manedligt?)\b")
def _monthly(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("MONTHLY"), span))


# --- days -----------------------------------------------------------------------------

_HOLIDAYS = {"juleaften": (24, 12), "juledag": (25, 12), "nytarsaften": (31, 12)}
_HOLIDAYS["nytarsdag"] = (1, 1)


@rule(r"\b(?:(?P<n>forste|anden|1\.|2\.)\s+)?(?P<h>juleaften|juledag|nytarsaften|nytarsdag)\b")
def _holiday(s: Scan, m: re.Match[str], span: Span) -> None:
    d, mo = _HOLIDAYS[m["h"]]
    if m["h"] == "juledag" and m["n"] in ("anden", "2."):
        d = 26
    s.days.append((Day("date", (d, mo, 0)), span))


def _add_date(s: Scan, span: Span, d: int, mo: int, y: int) -> None:
    if valid_day_month(d, mo, y) and (y == 0 or 1900 < y < 2200):
        s.days.append((Day("date", (d, mo, y)), span))
    else:
        s.impossible.append(span)


@rule(
    rf"\b(?:den\s+|d\.\s*)?(?:(?P<d>\d{{1,2}})\.?|(?P<o>{ORD}))\s*(?:i\s+)?(?P<m>{MON})\b\.?"
    rf"(?:\s+(?P<y>\d{{4}})\b)?"
)
def _date_words(s: Scan, m: re.Match[str], span: Span) -> None:
    d = int(m["d"]) if m["d"] else ORDINALS[m["o"]]
    _add_date(s, span, d, MONTHS[m["m"]], _year(m["y"]))


@rule(
    r"\b(?:den\s+|d\.\s*)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})"
    r"(?:\s*[/-]\s*(?P<y>\d{4}|\d{2})|\s+(?P<z>\d{4}))?(?![\d/])"
    r"(?!\s*(?:time|pille|tablet|kop|glas|liter))"
)
def _date_slash(s: Scan, m: re.Match[str], span: Span) -> None:
    _add_date(s, span, int(m["d"]), int(m["m"]), _year(m["y"] or m["z"]))


@rule(
    r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})\b"
    r"|\b(?:den|d\.)\s*(?P<e>\d{1,2})\.(?P<n>\d{1,2})\b\.?"
)
def _date_dots(s: Scan, m: re.Match[str], span: Span) -> None:
    if m["d"]:
        _add_date(s, span, int(m["d"]), int(m["m"]), _year(m["y"]))
    else:
        _add_date(s, span, int(m["e"]), int(m["n"]), 0)


@rule(
    rf"\b(?:(?:pa|nu\s+pa|naeste|naste|neste|kommende|forstkommende|forste\s+kommende)\s+)?(?P<w>{WD})\b"
)
def _weekday(s: Scan, m: re.Match[str], span: Span) -> None:
    s.days.append((Day("wd", (WEEKDAYS.index(m["w"]),)), span))


@rule(r"\b(?:i\s*overmorgen|overmorgen)\b")
def _overmorrow(s: Scan, m: re.Match[str], span: Span) -> None:
    s.days.append((Day("rel", (2,)), span))


@rule(r"\bi\s*morgen(?P<t>\s+tidlig)?\b")
def _tomorrow(s: Scan, m: re.Match[str], span: Span) -> None:
    s.days.append((Day("rel", (1,)), span))
    if m["t"]:
        s.parts.append(("morgen", span))


@rule(r"\bi\s*dag\b")
def _today(s: Scan, m: re.Match[str], span: Span) -> None:
    s.days.append((Day("rel", (0,)), span))


@rule(r"\bi\s+(?P<p>aften|nat|eftermiddag|formiddag)\b")
def _tonight(s: Scan, m: re.Match[str], span: Span) -> None:
    s.days.append((Day("rel", (0,)), span))
    s.parts.append((m["p"], span))


# --- clock times ----------------------------------------------------------------------


def _clock(s: Scan, span: Span, h: int, minute: int, explicit: bool) -> None:
    if 0 <= h <= 24 and 0 <= minute <= 59 and not (h == 24 and minute):
        s.clocks.append((Clock(h, minute, explicit), span))
    else:
        s.impossible.append(span)


def _before(h: int, minutes: int) -> tuple[int, int]:
    """The clock `minutes` before the whole hour `h` (a word hour, 1-12 or 13-24)."""
    total = (h * 60 - minutes) % (24 * 60)
    hour, minute = divmod(total, 60)
    return (hour or 12 if h <= 12 else hour), minute


@rule(
    rf"\b(?:{KL}\s*)?(?P<m>kvart|{NUM})\s+(?:minut(?:ter)?\s+)?(?P<r>over|i)\s+halv\s+(?P<h>{NUM})\b"
)
def _around_half(s: Scan, m: re.Match[str], span: Span) -> None:
    h, mins = number(m["h"]), 15 if m["m"] == "kvart" else number(m["m"])
    if h is None or mins is None or not 0 < mins < 30 or not 0 < h <= 24:
        s.impossible.append(span)
        return
    offset = 30 - mins if m["r"] == "over" else 30 + mins
    hour, minute = _before(h, offset)
    _clock(s, span, hour, minute, h > 12)


@rule(rf"\b(?:{KL}\s*)?halv\s+(?P<h>{NUM})\b{_NOT_A_TIME}")
def _half(s: Scan, m: re.Match[str], span: Span) -> None:
    h = number(m["h"])
    if h is None or not 0 < h <= 24:
        s.impossible.append(span)
        return
    hour, minute = _before(h, 30)
    _clock(s, span, hour, minute, h > 12)


@rule(
    rf"\b(?P<k>{KL}\s*)?(?P<m>kvart|{NUM})\s+(?P<u>minut(?:ter)?\s+)?(?P<r>over|i)\s+(?P<h>{NUM})\b"
    + _NOT_A_TIME
)
def _around_hour(s: Scan, m: re.Match[str], span: Span) -> None:
    h, mins = number(m["h"]), 15 if m["m"] == "kvart" else number(m["m"])
    if m["m"][0].isdigit() and not (m["k"] or m["u"]):
        return  # "2 i 3" is not a time without "minutter" or "kl."
    if h is None or mins is None or not 0 < mins < 30 or h > 24:
        s.impossible.append(span)
        return
    if m["r"] == "over":
        _clock(s, span, h % 24 if h > 12 else h, mins, h > 12 or h == 0)
    else:
        hour, minute = _before(h, mins)
        _clock(s, span, hour, minute, h > 12)


_HOURW = alternation(w for w, n in NUMBERS.items() if n <= 24)
_MINW = alternation([w for w, n in NUMBERS.items() if 10 <= n <= 59] + [rf"nul\s+(?:{NUMW})"])


@rule(rf"\b(?:(?P<k>{KL})\s*)?(?P<h>{_HOURW})\s+(?P<m>{_MINW})\b(?!\s*(?:over|i\b)){_NOT_A_TIME}")
def _word_clock(s: Scan, m: re.Match[str], span: Span) -> None:
    h, minute = number(m["h"]), number(m["m"].removeprefix("nul"))
    if h is not None and minute is not None and minute < 60:
        _clock(s, span, h, minute, h > 12 or h == 0)


_LIST_ITEM = rf"(?:\d{{1,2}}(?:[.:]\d{{2}})?|{NUMW})\b{_NOT_A_TIME}"


@rule(rf"\b{KL}\s*{_LIST_ITEM}(?:\s*(?:,|og|&)\s*(?:{KL}\s*)?{_LIST_ITEM})*")
def _clock_list(s: Scan, m: re.Match[str], span: Span) -> None:
    items = list(re.finditer(rf"(?<!\w)(?:\d{{1,2}}(?:[.:]\d{{2}})?|{NUMW})\b", m[0]))
    values = []
    for item in items:
        hour_text, _, minute_text = item[0].replace(":", ".").partition(".")
        values.append((number(hour_text) or 0, int(minute_text or 0), hour_text))
    has_24h = any(h > 12 for h, _, _ in values)
    for index, ((h, minute, text), item) in enumerate(zip(values, items, strict=True)):
        explicit = has_24h or h > 12 or h == 0 or text.startswith("0")
        start = span[0] if index == 0 else span[0] + item.start()  # the first with "kl."
        _clock(s, (start, span[0] + item.end()), h, minute, explicit)


@rule(r"\b(?P<h>\d{1,2})[.:](?P<m>\d{2})\b(?![.:/]\d)")
def _digits(s: Scan, m: re.Match[str], span: Span) -> None:
    h, minute = int(m["h"]), int(m["m"])
    if h <= 24 and minute <= 59:
        _clock(s, span, h, minute, h > 12 or h == 0 or m["h"].startswith("0"))


@rule(r"\b(?:ved\s+)?(?P<w>middag(?:stid)?|midnat)\b")
def _noon(s: Scan, m: re.Match[str], span: Span) -> None:
    _clock(s, span, 24 if m["w"] == "midnat" else 12, 0, True)


@rule(rf"(?<!god\s)(?<!go\s)\b(?:om\s+)?(?P<p>{PART}|tidlig)\b")
def _part(s: Scan, m: re.Match[str], span: Span) -> None:
    s.parts.append((PART_WORDS.get(m["p"], "morgen"), span))


def scan(folded: str) -> Scan:
    """All pieces of time expressions in `folded`, each rule's matches not overlapping."""
    s = Scan(folded)
    used = bytearray(len(folded))
    for pattern, handler in RULES:
        for m in pattern.finditer(folded):
            start, end = m.span()
            if start == end or any(used[start:end]):
                continue
            used[start:end] = b"\x01" * (end - start)
            handler(s, m, (start, end))
    return s
