"""What staff are told about their citizens, in Danish."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timezone

from bot.access.roster import Citizen
from bot.core.danish.lists import join_list
from bot.core.danish.spoken_time import clock
from bot.plan.model import Occurrence
from bot.plan.replies import line
from bot.reminders.model import Dose, DoseState

STAFF_ONLY = "Det kan kun personale spørge om, i Teams."
NO_CITIZENS = "Du har ingen borgere tilknyttet i borgerlisten. Spørg din leder."
NOT_FOUND = (
    "Jeg kan ikke finde en borger med det navn blandt dine borgere. "
    "Skriv »mine borgere« for at se dem."
)
_STATES = {
    DoseState.TAKEN: "taget",
    DoseState.SKIPPED: "sprunget over",
    DoseState.MISSED: "ikke bekræftet",
    DoseState.ASKED: "venter på svar",
    DoseState.CANCELLED: "aflyst",
}


def my_citizens(citizens: Sequence[Citizen]) -> str:
    if not citizens:
        return NO_CITIZENS
    return f"Dine borgere: {join_list([c.name for c in citizens])}."


# The question when a request names none of the staff member's citizens, or several;
# the answer (a name) is the request again, for that one (bot.channels.teams).
WHICH_OF_THEM = "Hvem af dem mener du"
WHICH_OF_YOURS = "Hvem af dine borgere er det"
# More than this many citizens are not read out in the question.
WHICH_LISTED = 4


def which_citizen(named: Sequence[Citizen], mine: Sequence[Citizen]) -> str:
    """When a sentence names none of their citizens, or more than one: a question,
    answered with a name (set 20: "mind om støttestrømper i morgen kl 7" had got a
    statement that no citizen had that name, and "karen" after it was not understood)."""
    if not mine:
        return NO_CITIZENS
    if len(named) > 1:
        return f"{WHICH_OF_THEM}: {join_list([c.name for c in named], 'eller')}?"
    if len(mine) <= WHICH_LISTED:
        return f"{WHICH_OF_YOURS}: {join_list([c.name for c in mine], 'eller')}?"
    return f"{WHICH_OF_YOURS}? Skriv navnet, eller skriv »mine borgere« for at se dem."


def asked_which(reply: str) -> bool:
    """The reply is the question which citizen a request was for."""
    return reply.startswith((WHICH_OF_THEM, WHICH_OF_YOURS))


def day_plan(citizen: Citizen, occurrences: Sequence[Occurrence], day_words: str) -> str:
    """'Karen Jensen i morgen: klokken 10 frisør og klokken 14 gåtur.'"""
    if not occurrences:
        return f"Der står ikke noget i {genitive(citizen.name)} plan {day_words}."
    return f"{citizen.name} {day_words}: {join_list([line(o) for o in occurrences])}."


def medicine_today(
    citizen: Citizen | None, doses: Sequence[Dose], texts: dict[int, str], now: datetime
) -> str:
    """'Karen Jensen i dag: klokken 8 hjertemedicin: taget; klokken 20 ...: ikke endnu.'

    citizen None: the citizen asking about themselves ('I dag: ...').
    """
    who = citizen.name if citizen else "Du"
    if not doses:
        return f"{who} har ingen medicinpåmindelser i dag."
    instant = now.astimezone(timezone.utc)
    parts = []
    for dose in doses:
        due = dose.due_at
        state = _STATES.get(dose.state)
        if state is None:  # pending: later today, or due and about to be said
            state = "ikke endnu" if due > instant else "venter på svar"
        parts.append(f"{clock(due.hour, due.minute)} {texts.get(dose.reminder_id, '')}: {state}")
    if all(dose.state == DoseState.CANCELLED for dose in doses):
        # only cancelled ones: say that nothing is to be taken first (set 28 had got
        # "Karen Jensen i dag: klokken 21 øjendråber: aflyst.", no answer to "har hun taget")
        listed = "; ".join(part.removesuffix(": aflyst") for part in parts)
        return f"{who} har ingen medicin at tage i dag. Aflyst: {listed}."
    head = f"{citizen.name} i dag" if citizen else "I dag"
    return f"{head}: {'; '.join(parts)}."


_QUOTED = re.compile(r"(»[^«]*«)")
_SECOND_PERSON = re.compile(r"\b(?:(Du) har|har (du)|(dig)|(din|dit|dine))\b")


def about(citizen: Citizen, text: str) -> str:
    """A reply worded for the citizen, said to staff about them.

    'Du har' and 'har du' get the citizen's name, 'dig' the name and 'din/dit/dine' its
    genitive: "Hvad skal jeg minde dig om?" -> "Hvad skal jeg minde Karen Jensen om?".
    The full name the first time, the first name after. Other 'du' are questions to the
    staff member and stay; examples in »quotes« stay as they are.
    """
    first = citizen.name.split()[0] if citizen.name.split() else citizen.name
    said = 0

    def name() -> str:
        nonlocal said
        said += 1
        return citizen.name if said == 1 else first

    def swap(match: re.Match[str]) -> str:
        if match.group(1):
            return f"{name()} har"
        if match.group(2):
            return f"har {name()}"
        if match.group(3):
            return name()
        return genitive(name())

    parts = _QUOTED.split(text)
    return "".join(p if p.startswith("»") else _SECOND_PERSON.sub(swap, p) for p in parts)


def genitive(name: str) -> str:
    """'Karen Jensens', but 'Jens\'' and 'Max\'' (Danish: an apostrophe after s, x, z)."""
    return f"{name}'" if name[-1:].lower() in {"s", "x", "z"} else f"{name}s"
