"""What the assistant says about reminders: pure functions over reminders, in short
Danish that can be spoken.

The actions (actions/reminders.py) read the tracker, call the store and these, and say
what comes back. Lists are read as short lists: at most three, then "og N mere". When a
reminder is due only the citizen's own words are repeated back; never any advice about
doses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.core.danish import spoken_time
from bot.core.danish.lateness import ON_TIME, late_note
from bot.core.danish.lists import join_list
from bot.reminders.model import Reminder

SPOKEN_AT_MOST = 3
READ_AT_MOST = 12  # a list read in Teams, not spoken: a staff member plans from all of it

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


def ask_time_on(day: datetime, now: datetime, rrule: str | None = None) -> str:
    """'Hvad tid på tirsdag? Sig for eksempel »klokken 10«.' ('hver mandag' for a rule)."""
    days = spoken_time.repetition(rrule, day, clock=False) if rrule else spoken_time.day(day, now)
    return f"Hvad tid {days}? Sig for eksempel »klokken 10«."


def ask_part_of_day(readings: Sequence[datetime]) -> str:
    """'Mener du klokken 8 om morgenen eller klokken 20 om aftenen?'"""
    morning, evening = sorted(readings, key=lambda d: d.hour)[:2]
    return (
        f"Mener du {spoken_time.clock(morning.hour, morning.minute)} om morgenen "
        f"eller {spoken_time.clock(evening.hour, evening.minute)} om aftenen?"
    )


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


def listing(
    items: Sequence[tuple[Reminder, datetime | None]],
    now: datetime,
    at_most: int = SPOKEN_AT_MOST,
) -> str:
    """All reminders, the first `at_most` of them said (three spoken; READ_AT_MOST in
    Teams, where a staff member plans from the list)."""
    if not items:
        return NONE_YET
    lines = [line(r, due, now) for r, due in items[:at_most]]
    count = len(items)
    head = "Du har én påmindelse:" if count == 1 else f"Du har {count} påmindelser:"
    text = f"{head} {join_list(lines)}."
    if count > at_most:
        rest = count - at_most
        text += f" Og {rest} mere. Spørg om en bestemt, hvis du vil høre den."
    return text


def day_listing(
    items: Sequence[tuple[Reminder, datetime]], day: str, at_most: int = SPOKEN_AT_MOST
) -> str:
    """'I morgen har du 2 påmindelser: at tage Panodil klokken 8 og ...' for one day."""
    head = day[:1].upper() + day[1:]
    if not items:
        return f"{head} har du ingen påmindelser."
    said = [f"{what_of(r)} {spoken_time.clock(due.hour, due.minute)}" for r, due in items[:at_most]]
    count = "én påmindelse" if len(items) == 1 else f"{len(items)} påmindelser"
    text = f"{head} har du {count}: {join_list(said)}."
    if len(items) > at_most:
        text += f" Og {len(items) - at_most} mere."
    return text


# Whose it is does not tell two apart: "øjendråber" and "Karens øjendråber" (set 54, a
# nurse in Teams had been asked "den om øjendråber eller den om Karen Jensens øjendråber")
_OWNER = re.compile(
    r"^(?:(?:dine|din|dit|mine|min|mit|hendes|hans|sine|sin|sit)\s+|(?:[A-ZÆØÅ]\w*\s+)*[A-ZÆØÅ]\w*s\s+)"
)


def which(reminders: Sequence[Reminder], now: datetime | None = None) -> str:
    """'Mener du påmindelsen om at tage Panodil eller om dine øjendråber?'; two of the
    same words told apart by their times ('den om gåtur hver dag klokken 11 eller den om
    gåtur på torsdag klokken 11', set 23 had asked 'gåtur eller gåtur'), whoever's they
    are said to be."""
    shown = reminders[:SPOKEN_AT_MOST]
    words = [_OWNER.sub("", what_of(r)).casefold() for r in shown]
    same = len(set(words)) < len(words)
    names = [f"om {line(r, None, now) if same and now else what_of(r)}" for r in shown]
    return f"Hvilken påmindelse mener du? Den {join_list(names, 'eller den')}?"


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


# A reminder told as a clause ("din søn kommer") is said "om at din søn kommer": without
# the "at" it reads as a question ("om din søn kommer" = whether he comes).
_SUBJECTS = frozenset("din dit dine min mit mine jeg du han hun de vi der".split())
_FINITE = frozenset(
    "kommer skal har er går ringer henter besøger kører starter begynder lukker åbner"
    " holder fylder spiller bliver kan vil må".split()
)


def _a_clause(what: str) -> bool:
    words = what.casefold().split()
    if len(words) < 2:
        return False
    if words[0] in _SUBJECTS - {"din", "dit", "dine", "min", "mit", "mine"}:
        return words[1] in _FINITE
    subject = 2 if words[0] in _SUBJECTS else 1  # "din søn kommer", "frisøren kommer"
    return len(words) > subject and words[subject] in _FINITE


def confirmation(what: str, when: datetime, rrule: str | None, now: datetime) -> str:
    """'Jeg minder dig om at tage Panodil i morgen klokken 8.'"""
    if what.startswith("om "):
        about = what
    elif what.startswith("at ") or not _a_clause(what):
        about = f"om {what}"
    else:
        about = f"om at {what}"
    said = spoken_time.repetition(rrule, when) if rrule else spoken_time.moment(when, now)
    text = f"Jeg minder dig {about} {said}."
    if rrule:
        text += f" Første gang er {spoken_time.moment(when, now)}."
    return text


def _clean(text: str) -> str:
    return text.strip().rstrip(".!?")


def due_message(reminder: Reminder, late_by: timedelta) -> str:
    """'Det er tid til at tage Panodil.'; late: '... for 20 minutter siden. Har du taget den?'"""
    late = late_by >= ON_TIME
    if reminder.medicine:
        what = f"at tage {_clean(reminder.medicine)}"
        if not late:
            return f"Det er tid til {what}."
        return f"Det var tid til {what} {late_note(late_by)}. Har du taget den?"
    # Free text is the citizen's own words ("øjendråber", "tag morgenpillerne").
    text = _clean(reminder.text)
    if not late:
        return f"Det er tid til din påmindelse: {text}."
    return f"Du havde en påmindelse {late_note(late_by)}: {text}. Har du nået det?"
