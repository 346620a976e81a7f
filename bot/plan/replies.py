"""What the assistant says about the day plan: pure functions over occurrences, in short
Danish.

The actions (actions/plan.py) read the tracker, call the store and these, and say what
comes back. A day is read three items at a time, then "Vil du høre resten?", because
a long list is lost when it is spoken.

Before a plan item the citizen hears one short sentence (alert_text): "Om et kvarter
kommer fysioterapeuten." "Om 10 minutter: frisør, hos Salon Lis." "Nu er det tid til:
gåtur." Lengths and clock times are the reminders' and bot.core.danish.spoken_time's
wording; only the sentence frames are new here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from bot.core.clock import COPENHAGEN
from bot.core.danish import spoken_time
from bot.core.danish.lateness import ON_TIME, late_note
from bot.core.danish.lists import join_list, lower_first
from bot.core.text import fold, words
from bot.plan.model import Occurrence, PlanItem

SPOKEN_AT_MOST = 3

ASK_REST = "Vil du høre resten?"
NOTHING_LATER = "Der står ikke mere i din plan den næste uge."
NOT_FOUND = (
    "Det kan jeg ikke finde i din plan den næste uge. "
    "Sig det gerne med andre ord, eller spørg personalet."
)
ASK_STAFF = "Spørg gerne personalet."
# who is asked about: "hvornår kommer (de fra) hjemmeplejen", "kommer min datter i dag"
_VISITOR = re.compile(
    # "hvornår kommer den hjemmepleje" (set 32): the article said before the name
    # and West Jutland's "æ" ("hvornår kommer æ hjemmepleje", set 39)
    r"\bkommer (?:de |den |det |æ |hun |han |nogen |der nogen )?(?:fra )?(?P<who>(?:min |mit |mine )?[^\W\d_]{3,})\b"
    r"(?<!\bigen)(?<!\bhjem)(?<!\bher)"
)
# A visitor's name split by speech recognition ("hjemme plejen", "fod terapeuten", set 24)
_SPLIT_VISITOR = re.compile(
    r"\b(hjemme|syge|fod|fysio|ergo|tand|natte?) (pleje\w*|hjælp\w*|hjaelp\w*|terapeut\w*|læge\w*|laege\w*|plejerske\w*|vagt\w*)\b"
)
# A name begun and said again in full ("hvornår kommer fysio fysioterapeuten", set 60: a
# man after a stroke; "fysio" had been named back)
_RESTARTED = re.compile(r"\b([^\W\d_]{3,}) (\1[^\W\d_]+)\b")
SAVED = "Det er skrevet i din plan."
MOVED = "Det er flyttet i din plan."
CANCELLED = "Det er fjernet fra din plan."
DROPPED = "Godt, så lader jeg din plan være, som den er."
SAVE_FAILED = "Jeg kunne ikke ændre din plan. Prøv igen, eller sig »menneske«."
NO_QUESTION = "Jeg har ikke spurgt om noget lige nu. Hvad vil du gerne vide om din plan?"
ASK_TITLE = "Hvad skal jeg skrive i din plan? Sig for eksempel »frisør«."
ASK_WHEN = "Hvornår er det? Sig for eksempel »på torsdag klokken 10«."
TITLE_TOO_LONG = "Det er for langt til planen. Sig det kort, for eksempel »frisør«."
ONE_TIME_A_DAY = (
    "En aftale i planen har ét tidspunkt. Sig ét klokkeslæt, for eksempel »hver tirsdag "
    "klokken 14«."
)
ASK_NEW_TIME = (
    "Hvornår skal det være i stedet? Sig for eksempel »flyt frisøren til fredag klokken 10«."
)
ONLY_NEW_CLOCK = (
    "En fast aftale kan jeg kun flytte til et andet klokkeslæt på de samme dage. "
    "Bed personalet om at ændre dagene."
)

# Said back to the citizen: "min datter" in the plan is "din datter" when spoken.
_SWAP = {"mig": "dig", "min": "din", "mit": "dit", "mine": "dine", "jeg": "du"}


def you(text: str) -> str:
    """The citizen's own words said back to them: 'min datter' -> 'din datter'."""
    return " ".join(_SWAP.get(w.lower(), w) for w in text.split())


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clock(when: datetime) -> str:
    return spoken_time.clock(when.hour, when.minute)


def title(item: PlanItem) -> str:
    """The title inside a sentence: 'Frisør' is 'frisør', 'MR-scanning' stays."""
    return you(lower_first(item.title))


def what(item: PlanItem) -> str:
    """'frisør, Salon Lis' or 'morgenhjælp med hjemmeplejen'."""
    text = title(item)
    if item.who and item.who.lower() not in item.title.lower():
        text += f" med {you(item.who)}"
    if item.place:
        text += f", {item.place}"
    return text


def line(occ: Occurrence) -> str:
    """'klokken 10 frisør, Salon Lis'."""
    return f"{_clock(occ.start)} {what(occ.item)}"


def orientation(now: datetime, clock_first: bool) -> str:
    """Weekday, date, part of day and the time: what a person with dementia needs."""
    time_said = f"Klokken er {_clock(now).removeprefix('klokken ')}."
    day_said = f"Det er {spoken_time.weekday_and_date(now)}, {spoken_time.part_of_day_said(now)}."
    return f"{time_said} {day_said}" if clock_first else f"{day_said} {time_said}"


def chunk(lines: Sequence[str]) -> tuple[str, list[str]]:
    """The first lines joined for speaking, and what is left for "resten"."""
    said, rest = list(lines[:SPOKEN_AT_MOST]), list(lines[SPOKEN_AT_MOST:])
    text = f"{_capital(join_list(said))}."
    if rest:
        more = "én ting mere" if len(rest) == 1 else f"{len(rest)} ting mere"
        text += f" Der er {more}. {ASK_REST}"
    return text, rest


def day_plan(
    occurrences: Sequence[Occurrence], day_words: str, now: datetime
) -> tuple[str, list[str]]:
    """('I dag: klokken 10 frisør og klokken 14 gåtur.', lines not said yet)."""
    today = day_words == "i dag"
    instant = now.astimezone(timezone.utc)  # not by wall clock: see queries
    left = [o for o in occurrences if o.end > instant] if today else list(occurrences)
    if not left:
        if today and occurrences:
            return "Der står ikke mere i din plan i dag.", []
        return f"Der står ikke noget i din plan {day_words}.", []
    text, rest = chunk([line(o) for o in left])
    return f"{_capital(day_words)}: {text[:1].lower()}{text[1:]}", rest


def now_reply(current: Occurrence | None, upcoming: Occurrence | None, now: datetime) -> str:
    """What is going on now, and what comes after."""
    if current is not None:
        text = f"Lige nu: {what(current.item)}, til {_clock(current.end)}."
        if upcoming is not None:
            text += f" Bagefter: {_when(upcoming, now)} {what(upcoming.item)}."
        return text
    if upcoming is not None:
        return (
            "Lige nu står der ikke noget i din plan. "
            f"Det næste er {_when(upcoming, now)}: {what(upcoming.item)}."
        )
    return "Der står ikke noget i din plan lige nu, og heller ikke den næste uge."


def next_reply(upcoming: Occurrence | None, now: datetime) -> str:
    if upcoming is None:
        return NOTHING_LATER
    return f"Det næste er {_when(upcoming, now)}: {what(upcoming.item)}."


def _when(occ: Occurrence, now: datetime) -> str:
    """'klokken 14' today, else 'i morgen klokken 14'."""
    if occ.start.date() == now.date():
        return _clock(occ.start)
    return spoken_time.moment(occ.start, now)


def visit_reply(found: Sequence[Occurrence], now: datetime, asked: str = "") -> str:
    """'Hjemmeplejen kommer i dag klokken 14.' for the first matching occurrence; when
    none, the visitor asked about named back (set 12: "hvornår kommer de fra
    hjemmeplejen i dag" had got the plan's general "not found")."""
    if not found:
        said = _RESTARTED.sub(r"\2", " ".join(asked.lower().split()))
        visitor = _VISITOR.search(_SPLIT_VISITOR.sub(r"\1\2", said))
        if visitor is None:
            return NOT_FOUND
        return f"Jeg kan ikke se i din plan, at {you(visitor['who'])} kommer den næste uge. {ASK_STAFF}"
    occ = found[0]
    item = occ.item
    when = spoken_time.moment(occ.start, now)
    if item.who:
        text = f"{_capital(you(item.who))} kommer {when}"
        if item.who.lower() not in item.title.lower():
            text += f", til {title(item)}"
        return text + "."
    return f"{_capital(title(item))} er {when}."


def which(
    items: Sequence[PlanItem], starts: Sequence[datetime] = (), now: datetime | None = None
) -> str:
    """'Mener du frisør eller gåtur?'; items of one name told apart by when they are
    ('Mener du fodterapeut på mandag klokken 11 eller fodterapeut på torsdag klokken 9?')."""
    shown = items[:SPOKEN_AT_MOST]
    names = [title(i) for i in shown]
    if len(set(names)) < len(names) and now is not None and len(starts) >= len(shown):
        names = [
            f"{n} {spoken_time.moment(at, now)}"
            for n, at in zip(names, starts[: len(names)], strict=True)
        ]
        return f"Mener du {join_list(names, 'eller')}? Sig det gerne igen med dag og tid."
    return f"Mener du {join_list(names, 'eller')}? Sig det gerne igen med navnet."


def overlap_note(overlapping: Sequence[Occurrence]) -> str:
    if not overlapping:
        return ""
    names = join_list([title(o.item) for o in overlapping[:2]])
    return f"Du har allerede {names} på det tidspunkt. "


def ask_add(
    said: str,
    start: datetime,
    rrule: str | None,
    now: datetime,
    overlapping: Sequence[Occurrence],
) -> str:
    """'Skal jeg skrive »frisør« i din plan på torsdag klokken 10?'"""
    when = spoken_time.moment(start, now)
    if rrule:
        when = f"{spoken_time.repetition(rrule, start)}, første gang {when}"
    return f"{overlap_note(overlapping)}Skal jeg skrive »{you(said)}« i din plan {when}?"


def ask_move(
    occ: Occurrence,
    new_start: datetime,
    now: datetime,
    *,
    one_day: bool,
    overlapping: Sequence[Occurrence] = (),
) -> str:
    """'Skal jeg flytte frisør fra i morgen klokken 10 til fredag klokken 10?'"""
    name = title(occ.item)
    old = spoken_time.moment(occ.start, now)
    new = spoken_time.moment(new_start, now)
    if occ.item.rrule is None:
        return f"{overlap_note(overlapping)}Skal jeg flytte {name} fra {old} til {new}?"
    if one_day:
        return (
            f"{overlap_note(overlapping)}Skal jeg flytte {name} fra {old} til {new}, kun den dag?"
        )
    return (
        f"Skal jeg så flytte {name} til {_clock(new_start)} alle gange fra "
        f"{spoken_time.day(occ.start, now)} af?"
    )


def ask_cancel(occ: Occurrence, now: datetime, *, one_day: bool) -> str:
    """'Skal jeg aflyse frisør i morgen klokken 10?'"""
    name = title(occ.item)
    when = spoken_time.moment(occ.start, now)
    if occ.item.rrule is None:
        return f"Skal jeg aflyse {name} {when}?"
    if one_day:
        return f"Skal jeg aflyse {name} {when}, kun den dag?"
    return f"Skal jeg så fjerne {name} helt fra din plan, alle gange?"


def ask_clock(day: datetime, now: datetime) -> str:
    """'Hvad tid på torsdag? Sig for eksempel »klokken 10«.'"""
    return f"Hvad tid {spoken_time.day(day, now)}? Sig for eksempel »klokken 10«."


# Spoken Danish counts the quarters of an hour rather than their minutes.
_QUARTERS = {15: "et kvarter", 30: "en halv time", 45: "tre kvarter"}


# A place said with its own preposition ("på biblioteket") is kept as written.
_PREPOSITIONS = {"hos", "i", "pa", "ved", "til", "inde", "ude", "hjemme", "nede", "oppe"}


# Said back to the citizen: "min datter" is "din datter".
_YOURS = {"min": "din", "mit": "dit", "mine": "dine", "mig": "dig"}


# Closer than this ahead is "nu"; further rounds to at least "om et minut". Behind, the
# reminders' ON_TIME decides when it becomes "for ... siden".
_SOON = timedelta(seconds=30)


def alert_text(occurrence: Occurrence, now: datetime) -> str:
    """The sentence for an occurrence at `now`: ahead, at its start, or a little late."""
    item = occurrence.item
    start = occurrence.start.astimezone(COPENHAGEN)
    here = now.astimezone(COPENHAGEN)
    until = start.astimezone(timezone.utc) - here.astimezone(timezone.utc)
    title = _yours(item.title.strip().rstrip(".!?"))
    who = _yours(item.who.strip()) if item.who else None
    visit = who is not None and _visit(title, who)
    what = title
    if who and not visit and fold(who) not in fold(title):
        what += f", med {who}"
    if item.place:
        what += f", {_place(_yours(item.place.strip()))}"
    if until >= _SOON:
        lead = _ahead(start, here, until)
        if visit:
            return f"{lead}{',' if ',' in lead else ''} kommer {who}."
        return f"{lead}: {what}."
    if until > -ON_TIME:
        return f"Nu kommer {who}." if visit else f"Nu er det tid til: {what}."
    ago = _capital(late_note(-until))
    return f"{ago} skulle {who} komme." if visit else f"{ago} var det tid til: {what}."


def span(length: timedelta) -> str:
    """'et kvarter', '10 minutter', 'en time', 'halvanden time', '2 timer'."""
    minutes = max(1, round(length.total_seconds() / 60))
    if minutes in _QUARTERS:
        return _QUARTERS[minutes]
    # late_note says a length as "for <length> siden"; its middle is the length alone.
    said = late_note(timedelta(minutes=minutes))
    return said.removeprefix("for ").removesuffix(" siden")


def _ahead(start: datetime, now: datetime, until: timedelta) -> str:
    """'Om et kvarter', 'Om 2 timer, klokken 14', 'I morgen klokken 9'."""
    if start.date() != now.date():
        return _capital(spoken_time.moment(start, now))
    if until >= timedelta(hours=1):
        return f"Om {span(until)}, {spoken_time.clock(start.hour, start.minute)}"
    return f"Om {span(until)}"


def _visit(title: str, who: str) -> bool:
    """A title that only names the visitor ('Fysioterapi' by 'fysioterapeuten')."""
    title_words, who_words = words(title), words(who)
    if len(title_words) != 1 or not who_words:
        return False
    a, b = title_words[0], who_words[-1]
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= min(5, len(a))


def _place(place: str) -> str:
    first = words(place)[:1]
    return place if first and first[0] in _PREPOSITIONS else f"hos {place}"


def _yours(text: str) -> str:
    out = []
    for word in text.split():
        swapped = _YOURS.get(word.lower())
        if swapped is not None and word[:1].isupper():
            swapped = swapped.capitalize()
        out.append(swapped or word)
    return " ".join(out)
