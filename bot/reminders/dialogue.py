"""Replies for the reminder dialogue: pure functions over reminders, said in short Danish.

The actions (actions/reminders.py) read the tracker, call the store and these, and say
what comes back. Lists are read as short lists: at most three, then "og N mere".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta

from bot.core import recurrence
from bot.core.danish import spoken_time
from bot.core.danish.lists import join_list
from bot.core.text import fold
from bot.reminders.model import Reminder
from nlu.danish_time import TimeParse, parse, parse_duration

SPOKEN_AT_MOST = 3

ASK_WHAT = "Hvad skal jeg minde dig om? Sig for eksempel »at tage Panodil«."
ASK_WHEN = (
    "Hvornår skal jeg minde dig om det? "
    "Sig for eksempel »i morgen klokken 8« eller »hver dag klokken 8«."
)
TOO_LONG = "Det er for langt til en påmindelse. Sig det kort, for eksempel »at tage Panodil«."
SAVE_FAILED = "Jeg kunne ikke gemme påmindelsen. Prøv igen, eller sig »menneske«."
DROPPED = "Godt, så laver jeg ikke nogen påmindelse."
NONE_YET = "Du har ingen påmindelser. Sig for eksempel »mind mig om min medicin klokken 8«."
NO_TIME = "Hvad skal det nye tidspunkt være? Sig for eksempel »flyt den til klokken 9«."
NOTHING_DUE = "Der er ingen påmindelse lige nu, som venter på svar."
TAKEN = "Godt. Jeg har skrevet, at du har taget den."
SKIPPED = (
    "Det er noteret, at du springer den over denne gang. Tal med din læge, hvis du er i tvivl."
)
NOT_YET = "Så spørger jeg igen om lidt. Sig »spring over«, hvis du ikke skal tage den."
KEPT = "Godt, jeg beholder dine påmindelser."
SEVERAL_TIMES = "Den påmindelse har flere tider om dagen. Slet den og lav en ny med de nye tider."
ASK_TAKEN = "Sig »taget«, når du har taget den, eller »udsæt 10 minutter«."


_MORNING = ("morgen", "morgnen", "formiddag", "tidlig", "nat")  # "i nat klokken 5" is before noon
_EVENING = ("aften", "eftermiddag")  # checked first: "i morgen aften" is evening


def day_only(parsed: TimeParse) -> bool:
    """A day said for a one-off reminder, with no time of day or part of it ("mind mig om
    tandlægen på tirsdag"): the time is asked, not assumed."""
    return (
        parsed.when is not None
        and parsed.error is None
        and parsed.time_assumed
        and parsed.day_said
        and not parsed.part_said
        and parsed.rrule is None
    )


def ask_time_on(day: datetime, now: datetime) -> str:
    """'Hvad tid på tirsdag? Sig for eksempel »klokken 10«.'"""
    return f"Hvad tid {spoken_time.day(day, now)}? Sig for eksempel »klokken 10«."


def ask_part_of_day(readings: Sequence[datetime]) -> str:
    """'Mener du klokken 8 om morgenen eller klokken 20 om aftenen?'"""
    morning, evening = sorted(readings, key=lambda d: d.hour)[:2]
    return (
        f"Mener du {spoken_time.clock(morning.hour, morning.minute)} om morgenen "
        f"eller {spoken_time.clock(evening.hour, evening.minute)} om aftenen?"
    )


def choose_reading(answer: str, readings: Sequence[datetime]) -> datetime | None:
    """The reading an answer picks: by part of day ("om aftenen") or by the hour ("20")."""
    said = fold(answer)
    by_hour = sorted(readings, key=lambda d: d.hour)
    if any(word in said for word in _EVENING):
        return by_hour[-1]
    if any(word in said for word in _MORNING):
        return by_hour[0]
    numbers = {int(n) for n in re.findall(r"\d{1,2}", said)}
    picked = [d for d in readings if d.hour in numbers]
    return picked[0] if len(picked) == 1 else None


def another_time(readings: Sequence[datetime], parsed: TimeParse) -> bool:
    """The answer to "om morgenen eller om aftenen?" says a clock time of its own, not
    one of the two asked about ("nej, klokken halv elleve om formiddagen")."""
    if parsed.when is None or parsed.time_assumed:
        return False
    asked = {(r.hour, r.minute) for r in readings}
    said = {(d.hour, d.minute) for d in (parsed.when, *parsed.alternatives)}
    return not said & asked


def corrected_readings(parsed: TimeParse, readings: Sequence[datetime]) -> tuple[datetime, ...]:
    """A new time said instead of answering "om morgenen eller om aftenen?" ("næ vent,
    klokken ti", "flyt den til kl 7"): its readings (one, or two to ask about again) on
    the day first asked for, unless the answer names a day of its own."""
    assert parsed.when is not None
    said = (parsed.when, *parsed.alternatives)
    if parsed.day_said or not readings:
        return said
    day = readings[0].date()
    return tuple(recurrence.localise(datetime.combine(day, time(d.hour, d.minute))) for d in said)


def what_of(reminder: Reminder) -> str:
    """'at tage Panodil', 'dine øjendråber': how the reminder is named when said back."""
    if reminder.medicine and reminder.medicine.lower() not in reminder.text.lower():
        return f"at tage {reminder.medicine}"
    return reminder.text


def line(reminder: Reminder, next_due: datetime | None, now: datetime) -> str:
    """'at tage Panodil i morgen klokken 8', 'dine piller hver dag klokken 20'."""
    if reminder.rrule:
        return f"{what_of(reminder)} {spoken_time.repetition(reminder.rrule, reminder.first_due)}"
    when = next_due or reminder.first_due
    return f"{what_of(reminder)} {spoken_time.moment(when, now)}"


def listing(items: Sequence[tuple[Reminder, datetime | None]], now: datetime) -> str:
    if not items:
        return NONE_YET
    lines = [line(r, due, now) for r, due in items[:SPOKEN_AT_MOST]]
    count = len(items)
    head = "Du har én påmindelse:" if count == 1 else f"Du har {count} påmindelser:"
    text = f"{head} {join_list(lines)}."
    if count > SPOKEN_AT_MOST:
        rest = count - SPOKEN_AT_MOST
        text += f" Og {rest} mere. Spørg om en bestemt, hvis du vil høre den."
    return text


def day_listing(items: Sequence[tuple[Reminder, datetime]], day: str) -> str:
    """'I morgen har du 2 påmindelser: at tage Panodil klokken 8 og ...' for one day."""
    head = day[:1].upper() + day[1:]
    if not items:
        return f"{head} har du ingen påmindelser."
    said = [
        f"{what_of(r)} {spoken_time.clock(due.hour, due.minute)}"
        for r, due in items[:SPOKEN_AT_MOST]
    ]
    count = "én påmindelse" if len(items) == 1 else f"{len(items)} påmindelser"
    text = f"{head} har du {count}: {join_list(said)}."
    if len(items) > SPOKEN_AT_MOST:
        text += f" Og {len(items) - SPOKEN_AT_MOST} mere."
    return text


def pick(reminders: Sequence[Reminder], text: str, medicine: str | None) -> list[Reminder]:
    """The reminders a sentence points at: by medicine or the reminder's own words.

    With only one reminder, that one. Several candidates mean the dialogue must ask.
    """
    if len(reminders) == 1:
        return list(reminders)
    said = fold(text)
    wanted = fold(medicine) if medicine else None
    found = [
        r
        for r in reminders
        if (wanted and r.medicine and fold(r.medicine) == wanted)
        or (r.medicine and fold(r.medicine) in said)
        or _shares_content_word(fold(r.text), said)
    ]
    return found


_COMMON = set(
    "at tage min mine din dine om i paa pa paamindelse mig dig den det de og til medicin "
    "piller pillerne medicinen".split()
)


_ENDINGS = re.compile(r"(?:erne|ene|ne|en|er|et|e)$")


def _shares_content_word(reminder_text: str, said: str) -> bool:
    """A said word that starts with the reminder's word ("øjendråberne" names
    "øjendråber"), or whose stem ends one of its compounds ("vitaminerne" names
    "multivitamin")."""
    words = {w for w in reminder_text.split() if len(w) > 3 and w not in _COMMON}
    stems = {_ENDINGS.sub("", s) for s in said.split() if s not in _COMMON}
    return any(s.startswith(w) for w in words for s in said.split()) or any(
        len(stem) >= 5 and w.endswith(stem) for w in words for stem in stems
    )


def which(reminders: Sequence[Reminder]) -> str:
    """'Mener du påmindelsen om at tage Panodil eller om dine øjendråber?'"""
    names = [f"om {what_of(r)}" for r in reminders[:SPOKEN_AT_MOST]]
    return f"Hvilken påmindelse mener du? Den {join_list(names, 'eller den')}?"


def snooze_minutes(text: str, default: int) -> int:
    """The length of time in 'udsæt et kvarter', 'mind mig igen om 5 minutter', else default."""
    words = text.split()[:12]
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            found = parse_duration(" ".join(words[start : start + size]))
            if found is not None:
                return min(max(round(found.total_seconds() / 60), 1), 240)
    return default


def cancelled(reminder: Reminder) -> str:
    return f"Jeg har slettet påmindelsen om {what_of(reminder)}."


def ask_cancel_all(count: int) -> str:
    if count == 1:
        return "Du har én påmindelse. Skal jeg slette den?"
    return f"Du har {count} påmindelser. Er du sikker på, at jeg skal slette dem alle?"


def cancelled_all(count: int) -> str:
    if count == 1:
        return "Jeg har slettet din påmindelse."
    return f"Jeg har slettet alle {count} påmindelser."


def moved(reminder: Reminder, when: datetime, now: datetime) -> str:
    return (
        f"Jeg har flyttet påmindelsen om {what_of(reminder)} til {line_time(reminder, when, now)}."
    )


def line_time(reminder: Reminder, when: datetime, now: datetime) -> str:
    if reminder.rrule:
        return spoken_time.repetition(reminder.rrule, when)
    return spoken_time.moment(when, now)


def snoozed(minutes: int) -> str:
    said = (
        "et kvarter"
        if minutes == 15
        else (
            "en halv time"
            if minutes == 30
            else ("et minut" if minutes == 1 else f"{minutes} minutter")
        )
    )
    return f"Det er i orden. Jeg minder dig om det igen om {said}."


_BARE_HOUR = re.compile(
    r"\btil ((?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?|et|en|to|tre|fire|fem|seks|syv|otte|ni|ti"
    r"|elleve|tolv)\b(?! (?:minutter|min|timer|time|dage|dag|uger|uge|gange|grader|procent))",
    re.IGNORECASE,
)


# A part of the day alone, said to a time already given ("om morgenen" after "klokken
# 9"): which half of the day it is, not a new hour.
_PART_ALONE = re.compile(
    r"^(?:(?:nej|ja|altsa|jeg mener|det er|det var|og|sa)[ ,]+)*"
    r"(?:om|pa|sidst pa|tidligt om|sent om) "
    r"(morgenen|formiddagen|eftermiddagen|aftenen|natten)[ .!?]*$"
)


_PART_NAMED = re.compile(
    r"\b(?:om|i) (morgenen|formiddagen|eftermiddagen|aftenen|natten|formiddag|eftermiddag|aften|nat)\b"
)
_PART_FORM = {"formiddag": "formiddagen", "eftermiddag": "eftermiddagen", "aften": "aftenen",
              "nat": "natten"}  # fmt: skip


_OWN_DOSES = re.compile(
    r"\b(?:har|fik|tog) jeg (?:\w+ )?(?:taget|faet|fat|husket)? ?(?:min|mine|mit) "
    r"(?:\w*medicin\w*|\w*piller|\w*pillen|\w*pille|\w*tabletter|insulin\w*|dosis)\b"
)


def asks_own_doses(text: str) -> bool:
    """ "har jeg fået mine piller i dag?": today's doses and what became of them."""
    return _OWN_DOSES.search(" ".join(fold(text).split())) is not None


def part_of_day_alone(text: str) -> bool:
    """ "om morgenen", "nej, om aftenen": only which half of the day."""
    return _PART_ALONE.match(fold(text).strip()) is not None


def _in_part(due: datetime, part: str) -> datetime | None:
    """`due` at the same clock reading in the part of the day said (9 om aftenen: 21);
    None where that reading does not fall in it (9 om eftermiddagen)."""
    h = due.hour % 12
    hour = {
        "morgenen": h if 4 <= h <= 11 else None,
        "formiddagen": h if 6 <= h <= 11 else None,
        "eftermiddagen": h + 12 if h <= 5 else None,
        "aftenen": h + 12 if 5 <= h <= 11 else None,
        "natten": h + 12 if h >= 10 else (h if h <= 5 else None),
    }[part]
    return None if hour is None else due.replace(hour=hour)


def moved_time(text: str, due: datetime, now: datetime) -> TimeParse:
    """The new time of a reminder due at `due`: a time of day alone keeps its day ("flyt
    den til klokken 14" moves Friday's reminder to Friday 14, not to today), a day alone
    keeps its time of day ("flyt den til tirsdag"), a part of the day alone only says
    which half ("om morgenen" keeps 9, "om aftenen" makes it 21); anything else as said."""
    said = parse(text, now)
    part = _PART_ALONE.match(fold(text).strip())
    if part is not None and said.when is not None and said.rrule is None:
        kept = _in_part(due, part.group(1))
        if kept is not None:
            return replace(said, when=kept, time_assumed=False)
        said = replace(said, when=said.when.replace(year=due.year, month=due.month, day=due.day))
        return said  # the part's usual hour, on the same day
    if said.when is None:
        # "ryk den til ni": a bare hour after "til" is a time of day when moving, in
        # the same half of the day as the reminder (an evening one moves to 21)
        bare = _BARE_HOUR.sub(r"til klokken \1", text)
        if bare != text:
            moved = moved_time(bare, due, now)
            when = moved.when
            if when is not None and moved.alternatives and when.hour < 12 <= due.hour:
                later = when + timedelta(hours=12)
                when = later if later.date() == when.date() else when
            return replace(moved, when=when)
    if said.when is None or said.rrule is not None:
        return said
    midnight = due.replace(hour=0, minute=0, second=0, microsecond=0)
    on_day = parse(text, midnight)
    if on_day.when is not None and on_day.when.date() == due.date() and on_day.when > now:
        return replace(said, when=on_day.when)
    if said.time_assumed:
        when = said.when.replace(hour=due.hour, minute=due.minute)
        named = _PART_NAMED.search(fold(text))  # "i morgen om aftenen": that half of the day
        if named is not None:
            part_of_day = _PART_FORM.get(named.group(1), named.group(1))
            when = _in_part(when, part_of_day) or said.when  # or the part's usual hour
        return replace(said, when=when)
    return said
