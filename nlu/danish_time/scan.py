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
    spoken_numbers,
)

Span = tuple[int, int]


@dataclass(frozen=True)
class ClockTime:
    hour: int  # as said: 0-24; 1-12 may still need a part of the day
    minute: int
    explicit: bool  # 24-hour value ("14", "08", "20.15"), noon or midnight: never ambiguous


@dataclass(frozen=True)
class Day:
    # "rel" (days from today), "wd" (weekday 0-6, days added), "date" (d, m, y or 0),
    # "week" (weeks ahead, weekday or -1), "weekend" (1: not this one), "next_month"
    # (day of next month), "nth" (n: 1-5 or -1, weekday, month or 0 for next month)
    kind: str
    value: tuple[int, ...]


@dataclass
class Repeat:
    freq: str = "DAILY"
    interval: int = 1
    byday: tuple[str, ...] = ()
    bymonthday: int | None = None
    per_day: int = 0  # "tre gange om dagen" without times
    # with FREQ=MONTHLY, byday holds ordinals: ("1MO",), ("-1FR",), ("2TH", "4TH")


@dataclass
class Scan:
    text: str
    past: list[Span] = field(default_factory=list)
    impossible: list[Span] = field(default_factory=list)
    durations: list[tuple[timedelta, Span]] = field(default_factory=list)
    days: list[tuple[Day, Span]] = field(default_factory=list)
    parts: list[tuple[str, Span]] = field(default_factory=list)
    clocks: list[tuple[ClockTime, Span]] = field(default_factory=list)
    repeats: list[tuple[Repeat, Span]] = field(default_factory=list)
    excepts: list[tuple[frozenset[int], Span]] = field(default_factory=list)  # weekdays 0-6
    untils: list[Span] = field(default_factory=list)  # "indtil", "til og med": a day follows
    lasting: list[tuple[tuple[int, str], Span]] = field(default_factory=list)  # (3, "maned")
    months: list[tuple[int, Span]] = field(default_factory=list)  # "hver dag i december"
    open_ended: list[Span] = field(default_factory=list)  # "indtil videre"
    unclear: list[Span] = field(default_factory=list)  # said, not understood: never guessed
    hedges: list[Span] = field(default_factory=list)  # "undtagen ..." not understood


NUMW = spoken_numbers(NUMBERS)  # "fem og tyve" as well as "femogtyve"
NUM = rf"(?:\d{{1,2}}|{NUMW})"
# In a list of clock times "otte og tyve" is 8 and 20: only 21-24 may be said in parts.
CLOCKW = spoken_numbers([w for w, n in NUMBERS.items() if n <= 24])
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
_HALF = r"(?:en\s+halv|et\s+halvt|1[/\u2044]2)"  # "½" folds to "1⁄2"
QTY = (
    rf"(?:(?:\d+|{NUMW})\s+(?:og\s+)?{_HALF}"  # "fire et halvt minut", "to og en halv time"
    rf"|{_HALF}|halvanden|halvandet|\d+(?:[.,]\d+)?|{NUMW})"
)
# The genitive too: "et minuts nedtælling", "ti minutters pause", "en times tid".
# "min" before a person or a thing is "my", not minutes: "halv elleve min søn henter mig".
_MY = (
    r"(?!\s+(?:son|datter|mand|kone|nabo|bror|soster|far|mor|familie|ven|veninde|nevo"
    r"|niece|barnebarn|born|borneborn|hjemmehjaelp\w*|laege|hund|kat|medicin|pille\w*"
    r"|tablet\w*|aftale|tid|kaeste|kaereste|svoger|svigerinde|svigerdatter|svigerson)\b)"
)
UNIT = (
    rf"(?:minutters|minutter|minuters|minuter|minuts|minut|min{_MY}|timers|timer|times|time"
    r"|kvarters|kvarter|sekunders|sekunder|sekunds|sekund|sek)\b\.?"
)
ITEM = rf"{QTY}\s*{UNIT}"
DURATION = rf"{ITEM}(?:(?:\s*(?:,|og)\s*|\s+){ITEM})*"
_ITEM_RE = re.compile(rf"(?P<q>{QTY})\s*(?P<u>{UNIT})")
_NOT_A_TIME = (
    rf"(?!\s*(?:[.:/]\d|minut|min\b{_MY}|time[nr]?\b|dage?\b|dogn|uger?\b|gange?\b|kvarter"
    r"|piller?\b|tablet|stk|mg\b|ml\b))"
)
_HALVES = re.compile(r"(?P<n>\w*?)(?:og)?(?:enhalv|ethalvt|1[/\u2044]2)")
_SECONDS = {"min": 60, "tim": 3600, "kva": 900, "sek": 1}


def duration_of(text: str) -> timedelta | None:
    """The length of "2 timer og 10 minutter", "et kvarter", "halvanden time"; folded input."""
    total = 0.0
    for m in _ITEM_RE.finditer(text):
        q = re.sub(r"\s+", "", m["q"])
        halves = _HALVES.fullmatch(q)
        if halves and halves["n"]:
            amount = (number(halves["n"]) or 0) + 0.5
        elif halves:
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


# "om præcis 40 minutter", "om lige knap en time" (set 42): the length, however hedged
@rule(
    rf"\b(?:om|efter)\s+(?:(?:ca\.?|cirka|omkring|praecis|nojagtig|lige|godt|knap|sadan)\s+)*"
    rf"(?P<d>{DURATION})"
)
def _duration(s: Scan, m: re.Match[str], span: Span) -> None:
    value = duration_of(m["d"])
    if value is not None:
        s.durations.append((value, span))


_NEXT = r"(?:naeste|naste|neste|kommende)"
_PA_WD = rf"(?:(?:pa|{_NEXT})\s+)?(?P<w>{WD})"
_WEEKS = rf"om\s+(?P<n>{NUM})\s+(?P<u>uger?|dage)"


@rule(rf"\b{_PA_WD}\s+{_WEEKS}\b")
@rule(rf"\b{_WEEKS}\s+(?:pa\s+)?(?P<w>{WD})\b")
def _weekday_weeks(s: Scan, m: re.Match[str], span: Span) -> None:
    """'torsdag om en uge', 'om en uge på fredag', 'fredag om otte dage': a week after
    the coming one ("om otte dage" and "om fjorten dage" are one and two weeks)."""
    n = number(m["n"]) or 0
    weeks = n if m["u"].startswith("u") else {8: 1, 14: 2, 15: 2}.get(n)
    if weeks is None or not 0 < weeks < 53:
        s.unclear.append(span)
        return
    s.days.append((Day("wd", (WEEKDAYS.index(m["w"]), 7 * weeks)), span))


@rule(r"\b(?P<d>i\s*dag|i\s*morgen)\s+(?:om\s+)?(?:otte|8)\s+dage\b")
def _week_from(s: Scan, m: re.Match[str], span: Span) -> None:
    """'i dag otte dage': a week from today (Danes count both ends)."""
    s.days.append((Day("rel", (7 if m["d"].endswith("dag") else 8,)), span))


@rule(rf"\bom\s+(?P<n>{NUM})\s+(?P<u>dage?|dogn|uger?)\b")
def _days_ahead(s: Scan, m: re.Match[str], span: Span) -> None:
    n = number(m["n"]) or 0
    s.days.append((Day("rel", (n * (7 if m["u"].startswith("u") else 1),)), span))


# --- repetition -----------------------------------------------------------------------


@rule(r"\b(?:indtil|til)\s+videre(?:\s+besked)?\b")
def _open_ended(s: Scan, m: re.Match[str], span: Span) -> None:
    s.open_ended.append(span)


@rule(
    r"\b(?:indtil(?:\s+og\s+med)?|til\s+og\s+med|frem\s+til|helt\s+til|til(?=\s+(?:den\s+|d\.\s*)\d))\b"
)
def _until(s: Scan, m: re.Match[str], span: Span) -> None:
    s.untils.append(span)  # the day said right after it ends the repetition


@rule(rf"\b(?:i\s+)?(?:i|de\s+{_NEXT})\s+(?P<n>{NUM})\s+(?P<u>dage?|dogn|uger?|maned(?:er)?)\b")
def _lasting(s: Scan, m: re.Match[str], span: Span) -> None:
    n = number(m["n"]) or 0
    unit = "maned" if m["u"].startswith("m") else "dag"
    s.lasting.append(((n * (7 if m["u"].startswith("u") else 1), unit), span))


_OW = r"(?:forste|anden|andet|tredje|fjerde|femte|n(?:ae|a|e)stsidste|sidste|[1-5]\.)"
_OW_VALUE = {"forste": 1, "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5}
_OW_VALUE.update({"sidste": -1, "naestsidste": -2, "nastsidste": -2, "nestsidste": -2})


@rule(
    rf"\b(?:hver\s+)?(?:den\s+)?(?P<o>{_OW}(?:\s*(?:,|og)\s*(?:den\s+)?{_OW})*)\s+(?P<w>{WD})\s+"
    rf"(?:i\s+(?:hver\s+|alle\s+)?maned(?:en|er)?|hver\s+maned"
    rf"|(?P<one>i\s+(?:(?P<next>{_NEXT})\s+maned|(?P<m>{MON}))))\b"
)
def _nth_weekday(s: Scan, m: re.Match[str], span: Span) -> None:
    """'den første mandag i måneden' (monthly), 'den sidste fredag i december' (once)."""
    ordinals = [_OW_VALUE.get(o) or int(o[0]) for o in re.findall(_OW, m["o"])]
    wd = WEEKDAYS.index(m["w"])
    if not m["one"]:
        byday = tuple(f"{n}{RRULE_DAYS[wd]}" for n in sorted(set(ordinals), key=lambda n: n % 9))
        s.repeats.append((Repeat("MONTHLY", byday=byday), span))
    elif len(ordinals) == 1:
        s.days.append((Day("nth", (ordinals[0], wd, MONTHS[m["m"]] if m["m"] else 0)), span))
    else:
        s.unclear.append(span)


_NTH = {"anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6}


@rule(rf"\bhver\s+(?P<o>forste|sidste|n(?:ae|a|e)stsidste)\s+(?P<w>{WD})\b")
def _nth_weekday_monthly(s: Scan, m: re.Match[str], span: Span) -> None:
    """'hver første mandag', 'hver sidste fredag': of the month ("hver anden" is an interval)."""
    byday = f"{_OW_VALUE[m['o']]}{RRULE_DAYS[WEEKDAYS.index(m['w'])]}"
    s.repeats.append((Repeat("MONTHLY", byday=(byday,)), span))


@rule(rf"\bhver\s+(?P<n>{ORD}|\d{{1,2}}\.)\s+(?P<u>dag|uge|maned|{WD})\b")
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
_XDAY = rf"(?:(?:om|pa|i)\s+)?(?:{_WDX}|weekend(?:en|er|erne)?|hverdag(?:e|en|ene)?)"


@rule(
    rf"\b(?:undtagen|bortset\s+fra|pa\s+naer|ikke)\s+{_XDAY}"
    rf"(?:\s*(?:,|og|eller)\s*{_XDAY})*\b"
)
def _except(s: Scan, m: re.Match[str], span: Span) -> None:
    """'hver dag undtagen onsdag', 'men ikke om søndagen', 'bortset fra weekenden'."""
    days = {WEEKDAYS.index(w) for w in re.findall(WD, m[0])}
    if "weekend" in m[0]:
        days |= {5, 6}
    if "hverdag" in m[0]:
        days |= {0, 1, 2, 3, 4}
    s.excepts.append((frozenset(days), span))


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
    rf"\b(?:(?:den\s+|d\.\s*)?(?P<d>{_MDAY})\s+(?:dag\s+)?"
    rf"(?:(?:i\s+)?(?:hver|alle)\s+maned(?:er)?|i\s+maneden)"
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


# "dgl" and "ugl": daily and weekly as a home helper shortens them in Teams ("mind Jens
# om morgenmedicin kl 8 dgl", set 46)
@rule(
    r"\b(?:(?:hver(?:\s+eneste)?|alle)\s+dage?|alle\s+ugens\s+(?:syv\s+|7\s+)?dage|dagligt?"
    r"|dgl\.?(?!\w))"
)
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


@rule(r"\b(?:hver\s+uge|ugentligt?|ugl\.?(?!\w))")
def _weekly(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("WEEKLY"), span))


@rule(r"\b(?:hver\s+maned|manedligt?)\b")
def _monthly(s: Scan, m: re.Match[str], span: Span) -> None:
    s.repeats.append((Repeat("MONTHLY"), span))


# --- days -----------------------------------------------------------------------------


@rule(rf"\b(?:(?:i\s+)?(?:sidste|forrige)\s+(?:{WD}|uge)|i\s*(?:{WD})s)\b")
def _past_day(s: Scan, m: re.Match[str], span: Span) -> None:
    s.past.append(span)  # "sidste fredag", "i fredags", "i sidste uge"


@rule(rf"\b(?:{ORD}|sidste|\d{{1,2}}\.)\s+(?:{WD}|hverdag|weekend)")
def _nth_unknown(s: Scan, m: re.Match[str], span: Span) -> None:
    s.unclear.append(span)  # "første mandag efter jul": never read as a plain Monday


_HOLIDAYS = {"juleaften": (24, 12), "juledag": (25, 12), "nytarsaften": (31, 12)}
_HOLIDAYS["nytarsdag"] = (1, 1)


@rule(rf"\b(?:den\s+|d\.\s*)?(?:(?P<d>\d{{1,2}})\.?|(?P<o>{ORD}))\s+(?:i\s+)?{_NEXT}\s+maned\b")
@rule(rf"\bi\s+{_NEXT}\s+maned\s+(?:den\s+|d\.\s*)(?:(?P<d>\d{{1,2}})\b\.?|(?P<o>{ORD})\b)")
def _next_month_day(s: Scan, m: re.Match[str], span: Span) -> None:
    day = int(m["d"]) if m["d"] else ORDINALS[m["o"]]
    if 0 < day <= 31:
        s.days.append((Day("next_month", (day,)), span))
    else:
        s.impossible.append(span)


@rule(
    rf"\b(?:(?:pa\s+)?(?P<w>{WD})\s+)?(?:i\s+)?(?P<k>{_NEXT}|denne|den\s+her)\s+uge"
    rf"(?:\s+(?:pa\s+|om\s+)?(?P<v>{WD})(?:en)?)?\b"
)
def _week(s: Scan, m: re.Match[str], span: Span) -> None:
    """'næste uge' (its Monday), 'tirsdag i næste uge', 'i denne uge på fredag'."""
    weeks = 0 if m["k"].startswith("de") else 1
    day = m["w"] or m["v"]
    if day is None and weeks == 0:
        s.unclear.append(span)  # "i denne uge": which day?
        return
    s.days.append((Day("week", (weeks, WEEKDAYS.index(day) if day else -1)), span))


@rule(rf"\b(?:(?:i|til|pa)\s+(?P<n>{_NEXT}\s+)?weekend(?:en)?|(?P<m>{_NEXT})\s+weekend)\b")
def _weekend_day(s: Scan, m: re.Match[str], span: Span) -> None:
    s.days.append((Day("weekend", (1 if m["n"] or m["m"] else 0,)), span))


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
    r"(?<!\bkl\s)(?<!\bkl\.\s)(?<!\bkl\.)(?<!\bklokken\s)"  # "kl 8 i december" is no date
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


# also as spoken in Jutland and written by a recogniser: "i morn", "i mojn", "i mårn" (sets
# 14, 15), "i mårgen", "i mor'n" (sets 24, 25); and as staff shorten it in a chat: "imr",
# "i mrg", "imorg" (set 30)
@rule(
    r"\b(?P<e>tidligt?\s+)?i\s*(?:morgen|morn|mor'n|mor\u2019n|mojn|moin|marn|maarn|mårn|margen|maargen|mårgen"
    r"|mr|mrg|morg)"
    r"(?P<t>\s+tidligt?)?\b"
)
def _tomorrow(s: Scan, m: re.Match[str], span: Span) -> None:
    s.days.append((Day("rel", (1,)), span))
    if m["t"] or m["e"]:
        s.parts.append(("morgen", span))


@rule(r"\bi\s*dag\b")
def _today(s: Scan, m: re.Match[str], span: Span) -> None:
    s.days.append((Day("rel", (0,)), span))


@rule(r"\bi\s+(?P<p>aften|nat|eftermiddag|formiddag)\b")
def _tonight(s: Scan, m: re.Match[str], span: Span) -> None:
    s.days.append((Day("rel", (0,)), span))
    s.parts.append((m["p"], span))


_MONTH_NAMES = [name for name in MONTHS if len(name) > 4 or name == "maj"]


@rule(rf"\bi\s+(?P<m>{alternation(_MONTH_NAMES)})\b")
def _in_month(s: Scan, m: re.Match[str], span: Span) -> None:
    s.months.append((MONTHS[m["m"]], span))  # "hver dag i december": that month only


@rule(r"\b(?:undtagen|bortset\s+fra|pa\s+naer)\b")
def _hedge(s: Scan, m: re.Match[str], span: Span) -> None:
    s.hedges.append(span)  # an exception not understood: a repetition is then unclear


# --- clock times ----------------------------------------------------------------------


def _clock(s: Scan, span: Span, h: int, minute: int, explicit: bool) -> None:
    if 0 <= h <= 24 and 0 <= minute <= 59 and not (h == 24 and minute):
        s.clocks.append((ClockTime(h, minute, explicit), span))
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
    rf"\b(?:(?:ved|omkring|cirka|ca\.?|hen\s*ad)\s+)?(?:{KL}\s*)?(?P<h>\d{{1,2}}|{CLOCKW})\s*-?\s*tiden\b"
)
def _about(s: Scan, m: re.Match[str], span: Span) -> None:
    """'ved 8-tiden', 'ved ottetiden', 'omkring ni tiden': the whole hour."""
    h = number(m["h"])
    if h is None or h > 24:
        s.impossible.append(span)
    else:
        _clock(s, span, h, 0, h > 12 or h == 0 or m["h"].startswith("0"))


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


_LIST_ITEM = rf"(?:\d{{1,2}}(?:[.:]\d{{2}})?|{CLOCKW})\b{_NOT_A_TIME}"


@rule(rf"\b{KL}\s*{_LIST_ITEM}(?:\s*(?:,|og|&)\s*(?:{KL}\s*)?{_LIST_ITEM})*")
def _clock_list(s: Scan, m: re.Match[str], span: Span) -> None:
    items = list(re.finditer(rf"(?<!\w)(?:\d{{1,2}}(?:[.:]\d{{2}})?|{CLOCKW})\b", m[0]))
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


# "klokken 2 over middag" (Himmerland, set 42): the afternoon, not the hour of noon
@rule(r"\bover\s+middag(?:en)?\b")
def _over_noon(s: Scan, m: re.Match[str], span: Span) -> None:
    s.parts.append(("eftermiddag", span))


@rule(r"\b(?:ved\s+)?(?P<w>middag(?:stid)?|midnat)\b")
def _noon(s: Scan, m: re.Match[str], span: Span) -> None:
    _clock(s, span, 24 if m["w"] == "midnat" else 12, 0, True)


# Hours a bare number may have before a part of the day ("ni i aften", "otte om
# morgenen"); others are more likely a count ("tag to om aftenen": two pills).
_PART_HOURS = {
    "morgen": range(4, 12),
    "formiddag": range(8, 12),
    "middag": (11, 12, 1),
    "eftermiddag": range(1, 8),
    "aften": range(5, 13),
    "nat": (10, 11, 12, 1, 2, 3, 4, 5),
}
_COUNT_WORDS = ("en", "et", "een", "eet")


@rule(
    r"(?<!\btag\s)(?<!\btage\s)(?<!\btager\s)(?<!\bgiv\s)(?<!\bgive\s)(?<!\bspis\s)"
    r"(?<!\ber\s)(?<!\bvar\s)(?<!\bbliver\s)(?<!\bhar\s)"  # "vi er fem i aften": people
    rf"\b(?P<h>\d{{1,2}}|{CLOCKW})(?=\s+(?:i\s+(?P<i>aften|nat|eftermiddag|formiddag|morgen\s+tidlig)"
    rf"|om\s+(?P<o>{PART}))\b)"
)
def _hour_before_part(s: Scan, m: re.Match[str], span: Span) -> None:
    h = number(m["h"])
    part = PART_WORDS[m["o"]] if m["o"] else m["i"].split()[0]
    if h is not None and m["h"] not in _COUNT_WORDS and h in _PART_HOURS[part]:
        _clock(s, span, h, 0, False)


# Speech in pieces after a stroke, or a telegraphic note ("skriv læge mandag ni morgen",
# "medicin otte aften", "øjendråber hver aften ni", set 46): an hour beside a bare part of
# the day, in the hours that part has.
_BARE_PART = r"(?P<p>morgen|formiddag|eftermiddag|aften)(?:en)?"


@rule(
    r"(?<!\btag\s)(?<!\btage\s)(?<!\bgiv\s)(?<!\bgive\s)(?<!\bi\s)"
    rf"\b(?P<h>\d{{1,2}}|{CLOCKW})\s+{_BARE_PART}\b"
)
def _hour_bare_part(s: Scan, m: re.Match[str], span: Span) -> None:
    h = number(m["h"])
    part = PART_WORDS.get(m["p"], m["p"])
    if h is not None and m["h"] not in _COUNT_WORDS and h in _PART_HOURS[part]:
        _clock(s, (span[0], span[0] + len(m["h"])), h, 0, False)
        s.parts.append((part, (span[1] - len(m[0]) + len(m["h"]) + 1, span[1])))


@rule(rf"(?<!\bi\s)\b(?:hver\s+)?{_BARE_PART}\s+(?P<h>\d{{1,2}}|{CLOCKW})\b{_NOT_A_TIME}")
def _bare_part_hour(s: Scan, m: re.Match[str], span: Span) -> None:
    h = number(m["h"])
    part = PART_WORDS.get(m["p"], m["p"])
    if h is not None and m["h"] not in _COUNT_WORDS and h in _PART_HOURS[part]:
        start = span[1] - len(m["h"])
        s.parts.append((part, (span[0], start - 1)))
        _clock(s, (start, span[1]), h, 0, False)


# ... or a bare hour right after the day ("skriv frisør i morgen elleve", "bingo lørdag to")
_DAY_BEFORE = "|".join(f"(?<={day} )" for day in ("i morgen", "i overmorgen", *WEEKDAYS))


@rule(rf"(?:{_DAY_BEFORE})(?P<h>\d{{1,2}}|{CLOCKW})\b{_NOT_A_TIME}(?!\s+(?:om|i)\s)")
def _hour_after_day(s: Scan, m: re.Match[str], span: Span) -> None:
    h = number(m["h"])
    if h is not None and m["h"] not in _COUNT_WORDS and 1 <= h <= 23:
        _clock(s, span, h, 0, h > 12)


# ... or right after a part said with "hver" or "om" ("øjendråber hver aften ni")
_PART_BEFORE = "|".join(
    f"(?<={part} )"
    for part in ("morgen", "morgenen", "formiddag", "formiddagen", "eftermiddag", "eftermiddagen")
    + ("aften", "aftenen")
)


@rule(rf"(?:{_PART_BEFORE})(?P<h>\d{{1,2}}|{CLOCKW})\b{_NOT_A_TIME}")
def _hour_after_part(s: Scan, m: re.Match[str], span: Span) -> None:
    h = number(m["h"])
    before = s.text[: span[0]].split()
    part = PART_WORDS.get(before[-1], before[-1]) if before else ""
    if h is not None and m["h"] not in _COUNT_WORDS and h in _PART_HOURS.get(part, ()):
        _clock(s, span, h, 0, False)


@rule(rf"(?<!god\s)(?<!go\s)\b(?:om\s+)?(?P<p>{PART}|tidligt?)\b")
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
