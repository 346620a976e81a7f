"""Times and repetitions said back in plain Danish: "i morgen klokken 8", "hver tirsdag og
torsdag klokken 8.30". Short enough to be spoken; the reminders and the day plan share it.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from bot.core.clock import COPENHAGEN
from bot.core.danish.lists import join_list

WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MONTHS = [
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
]  # fmt: skip
_BYDAY = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_ORDINAL_WORDS = {2: "anden", 3: "tredje", 4: "fjerde"}


def clock(hour: int, minute: int) -> str:
    """'klokken 8', 'klokken 14.30' (Danish writes a full stop between hours and minutes)."""
    return f"klokken {hour}" if minute == 0 else f"klokken {hour}.{minute:02d}"


def day(when: datetime, now: datetime) -> str:
    """'i dag', 'i morgen', 'i overmorgen', 'på tirsdag', or 'den 3. december'."""
    days = (when.date() - now.date()).days
    if days == 0:
        return "i dag"
    if days == 1:
        return "i morgen"
    if days == 2:
        return "i overmorgen"
    if 2 < days < 7:
        return f"på {WEEKDAYS[when.weekday()]}"
    text = f"den {when.day}. {MONTHS[when.month - 1]}"
    return text if when.year == now.year else f"{text} {when.year}"


def weekday_and_date(when: datetime) -> str:
    """'mandag den 23. november': the orientation people with dementia ask for."""
    return f"{WEEKDAYS[when.weekday()]} den {when.day}. {MONTHS[when.month - 1]}"


# (first hour, name): night until 5, then morning, forenoon, noon, afternoon, evening.
_PARTS_OF_DAY = [
    (0, "nat"), (5, "morgen"), (9, "formiddag"), (12, "middag"),
    (13, "eftermiddag"), (18, "aften"), (23, "nat"),
]  # fmt: skip
_PART_SAID = {
    "nat": "om natten",
    "morgen": "om morgenen",
    "formiddag": "om formiddagen",
    "middag": "ved middagstid",
    "eftermiddag": "om eftermiddagen",
    "aften": "om aftenen",
}


def part_of_day(when: datetime) -> str:
    """'morgen', 'formiddag', 'middag', 'eftermiddag', 'aften' or 'nat'."""
    return [name for first, name in _PARTS_OF_DAY if when.hour >= first][-1]


def part_of_day_said(when: datetime) -> str:
    """'om morgenen', 'ved middagstid', 'om aftenen'."""
    return _PART_SAID[part_of_day(when)]


def moment(when: datetime, now: datetime) -> str:
    """'i morgen klokken 8'."""
    return f"{day(when, now)} {clock(when.hour, when.minute)}"


def _rule_parts(rrule: str) -> dict[str, str]:
    parts = {}
    for item in rrule.upper().split(";"):
        key, _, value = item.partition("=")
        parts[key.strip()] = value.strip()
    return parts


def _clocks(parts: dict[str, str], first: datetime) -> str:
    hours = [int(h) for h in parts.get("BYHOUR", str(first.hour)).split(",") if h]
    minutes = [int(m) for m in parts.get("BYMINUTE", str(first.minute)).split(",") if m]
    if len(minutes) == len(hours):
        pairs = list(zip(hours, minutes, strict=True))
    else:  # one minute for every hour, or a BYSETPOS list: say the hours with it
        pairs = [(h, minutes[0] if minutes else 0) for h in hours]
    if len(pairs) == 1:
        return clock(*pairs[0])
    said = [clock(*pairs[0])] + [(str(h) if m == 0 else f"{h}.{m:02d}") for h, m in pairs[1:]]
    return join_list(said)


_NTH = {1: "første", 2: "anden", 3: "tredje", 4: "fjerde", -1: "sidste"}
_NTH_DAY = re.compile(r"([+-]?\d)([A-Z]{2})")


def _until(parts: dict[str, str]) -> str:
    """' til og med den 27. november' for a rule's UNTIL (UTC, the end of that day)."""
    until = parts.get("UNTIL", "")
    try:
        last = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return ""
    day = last.astimezone(COPENHAGEN)
    return f" til og med den {day.day}. {MONTHS[day.month - 1]}"


def repetition(rrule: str, first: datetime, clock: bool = True) -> str:
    """'hver dag klokken 8 og 20', 'alle hverdage klokken 8', 'hver tirsdag og torsdag
    ...', 'den første mandag i hver måned ...', '... til og med den 27. november';
    without `clock` only the days ('hver mandag'), to ask the time of."""
    said = _repetition(rrule, first, clock) + _until(_rule_parts(rrule))
    return " ".join(said.split())


def _repetition(rrule: str, first: datetime, clock: bool = True) -> str:
    parts = _rule_parts(rrule)
    freq = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1") or 1)
    every = "hver" if interval == 1 else f"hver {_ORDINAL_WORDS.get(interval, f'{interval}.')}"
    at = _clocks(parts, first) if clock else ""
    if freq == "DAILY":
        return f"{every} dag {at}"
    if freq == "WEEKLY":
        days = [d[-2:] for d in parts.get("BYDAY", "").split(",") if d]
        if not days:
            days = [list(_BYDAY)[first.weekday()]]
        if sorted(days, key=_BYDAY.__getitem__) == ["MO", "TU", "WE", "TH", "FR"]:
            return f"alle hverdage {at}"
        if sorted(days) == ["SA", "SU"]:
            return f"hver weekend {at}"
        names = [WEEKDAYS[_BYDAY[d]] for d in sorted(days, key=_BYDAY.__getitem__)]
        return f"{every} {join_list(names)} {at}"
    if freq == "MONTHLY":
        nth = _NTH_DAY.fullmatch(parts.get("BYDAY", ""))
        if nth and int(nth[1]) in _NTH and nth[2] in _BYDAY:
            weekday = WEEKDAYS[_BYDAY[nth[2]]]
            return f"den {_NTH[int(nth[1])]} {weekday} i hver måned {at}"
        monthday = parts.get("BYMONTHDAY", str(first.day))
        return f"den {monthday}. i hver måned {at}"
    if freq == "HOURLY":
        return "hver time"
    return f"gentaget, første gang {first.day}. {MONTHS[first.month - 1]} {at}"
