"""Held-out set 52's classes, read from a message's words: the barrier asked about by name
("hvor stor en andel pegede på økonomi som barriere", "og hvad med GDPR?" after the
barriers), a figure asked right after a barrier was told ("hvor mange procent?"), and a
place of a ranking just told ("og hvad lå på andenpladsen?", "hvad var nummer tre").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads and
words. Patterns match folded words (bot.core.text.fold: "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.core.danish.lists import lower_first
from bot.core.text import fold
from bot.knowledge.facts import said_text as _said
from bot.knowledge.questions import asks_figure

# -- the barrier named ----------------------------------------------------------------------

# The survey of 2024's barriers (its question "Hvilke barrierer oplever du er størst"),
# each with the words people name it by, and how the survey's list names it (spoken when
# the documents give no figure for it).
BARRIERS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "accept_staff",
        re.compile(
            r"\b(?:accept\w*|modstand\w*|skepsis|skeptisk\w*|opbakning\w*|vilje\w*)"
            r" (?:\w+ ){0,4}(?:medarbejder\w*|personale\w*|ansatte)\b"
            r"|\b(?:medarbejder\w*|personale\w*|ansatte)(?:s|ne|nes)? (?:\w+ ){0,3}"
            r"(?:accept\w*|modstand\w*|skepsis|vil ikke|acceptere\w*)\b"
        ),
        "accept af teknologien hos medarbejderne",
    ),
    (
        "accept_citizens",
        re.compile(
            r"\b(?:accept\w*|modstand\w*|skepsis|opbakning\w*) (?:\w+ ){0,4}(?:borger\w*|brugerne)\b"
            r"|\b(?:borger\w*|brugerne) (?:\w+ ){0,3}(?:accept\w*|modstand\w*|vil ikke)\b"
        ),
        "accept af teknologien hos borgerne",
    ),
    (
        "law",
        re.compile(
            r"\bgdpr\b|\bjuridisk\w*|\bjura\b|\blovgivning\w*|\bdatabeskyttelse\w*"
            r"|\bpersondata\w*|\bdataindsamling\w*|\blovmaessig\w*"
        ),
        "juridiske problemstillinger som GDPR",
    ),
    (
        "money",
        re.compile(r"\bokonomi\w*|\bbudget\w*|\bfinansiering\w*"),
        "økonomi",
    ),
    (
        "practice",
        re.compile(r"\bimplementering\w*|\bimplementere\w*"),
        "implementering i praksis",
    ),
    (
        "suppliers",
        re.compile(r"\bleverandor\w*"),
        "leverandørernes kompetencer",
    ),
    (
        "management",
        re.compile(r"\bledelse\w*|\bledere\w*|\bledelsens\b"),
        "kompetence og fokus hos ledelsen",
    ),
    (
        "immature",
        re.compile(r"\bumoden\b|\bumodne\b|\bumoden teknologi\b|\bteknologien er ikke moden\b"),
        "umoden teknologi",
    ),
    (
        "unknown",
        re.compile(
            r"\b(?:kendskab|viden) (?:\w+ ){0,3}(?:hvad der findes|teknologi\w*|losning\w*)\b"
            r"|\butilstraekkelig\w* kendskab\b|\bmanglende kendskab\b"
        ),
        "utilstrækkeligt kendskab til, hvad der findes",
    ),
)

# The sentence of the barriers' subject (data/knowledge/topics.yml, barrierer_2024) that
# gives each barrier's figure or trend; a barrier not here has none in the documents.
TOLD: dict[str, re.Pattern[str]] = {
    "money": re.compile(r"^okonomi\b.*%"),
    "law": re.compile(r"\bgdpr\b.*%"),
    "practice": re.compile(r"\bstorste barriere er implementering\b.*%"),
    "accept_staff": re.compile(r"\baccept hos medarbejderne\b.*%"),
    "accept_citizens": re.compile(r"^accept, kompetencer\b"),
    "suppliers": re.compile(r"^accept, kompetencer\b"),
    "management": re.compile(r"^accept, kompetencer\b"),
}

# The sentence with the legal problems' rise, told after their share when GDPR is asked
# about plainly ("er GDPR en stor barriere")
RISE = re.compile(r"\bjuridiske problemer er steget\b")
# "hvor meget er den barriere steget i forhold til året før" (set 52: its share was said
# instead of its rise): a change asked, not the share
_CHANGE = re.compile(
    r"\b(?:steget|stiger|steg|stigning\w*|vokset|voksede|faldet|faldt|fald|aendret\w*|udvikl\w*)\b"
    r"|\bi forhold til (?:aret|sidste ar|tidligere)\b|\bsiden (?:aret )?(?:for|sidst)\b"
)


def asks_change(text: str) -> bool:
    """A barrier's change since the year before asked ("hvor meget er den steget")."""
    return _CHANGE.search(_said(text)) is not None


_BARRIER_WORD = re.compile(
    r"\b(?:barriere\w*|hindring\w*|forhindring\w*|haemsko\w*|bremse\w*|bremser)\b"
    r"|\b(?:star|stod|sta) (?:\w+ ){0,4}i vejen\b|\bspaend\w* (?:\w+ ){0,4}ben\b"
)
# "og økonomi?", "hvad med GDPR", "hvad så med ledelsen": a barrier named right after the
# barriers, alone
_AND_WHAT_OF = re.compile(
    r"^(?:(?:og|men|sa|aeh|ok|okay) )*(?:(?:hvad|hvordan) (?:sa |nu )?med )?"
    r"(?!(?:hvad|hvordan|hvorfor|hvem|hvor|hvilk\w*|kan|ma|er|har|vil|skal) )(?:\w+ ?){1,4}$"
)
_A_FIGURE = re.compile(r"\bprocent\w*|\bandel\w*|\b(?:hvad|hvilket) (?:er|var) tallet\b|\bi tal\b")
# "hvilke barrierer nævner de udover økonomi": the others, not the one named
_BESIDES = re.compile(r"\budover\b|\bud over\b|\bbortset fra\b|\bandre end\b|\bforuden\b")


def barrier_named(text: str) -> str | None:
    """The survey's barrier named in the text ("økonomi", "GDPR", "accept hos
    medarbejderne"), the first of them; None when none is."""
    said = _said(text)
    found = [(m.start(), key) for key, pattern, _ in BARRIERS if (m := pattern.search(said))]
    return min(found)[1] if found else None


def barrier_name(key: str) -> str:
    """How the survey's list names the barrier."""
    return next(name for k, _, name in BARRIERS if k == key)


def asks_of_barrier(text: str, after_barriers: bool) -> bool:
    """A barrier named asked about: with a word for barrier and a figure or "er det en
    barriere" ("hvor stor en andel pegede på økonomi som barriere"), or right after the
    barriers, named alone or with a figure ("og hvad med GDPR?", "hvor mange sagde
    økonomi")."""
    said = _said(text)
    if barrier_named(text) is None or _BESIDES.search(said):
        return False
    if _BARRIER_WORD.search(said):
        return True
    if not after_barriers:
        return False
    return (
        asks_figure(text)
        or _A_FIGURE.search(said) is not None
        or _AND_WHAT_OF.search(said) is not None
    )


# "hvor mange procent?", "hvor stor en andel var det", "og i procent?": a figure asked
# alone, of the sentence just told
_BARE_FIGURE = re.compile(
    r"^(?:(?:og|men|sa|aeh|ok|okay|altsa) )*(?:hvor (?:mange|stor|store|meget)(?: procent| en andel"
    r"| en del| del| andel)?|i procent|procent|(?:hvad|hvilket) (?:er|var) tallet|i tal)"
    r"(?: (?:var|er|sagde|svarede|naevnte|pegede|pa|af|kommunerne|kommuner|dem|det|der|den|sa"
    r"|egentlig|tallet|helt|praecis|cirka|ca))*$"
)


def asks_a_figure(text: str) -> bool:
    """ "hvor mange procent?", "hvor stor en andel var det", "og i procent?": a figure
    asked alone, with nothing else named (of what was just told)."""
    return _BARE_FIGURE.search(_said(text)) is not None


def no_figure(key: str, largest: str) -> str:
    """A barrier the survey lists without a figure: said so, with the largest."""
    return (
        f"Undersøgelsen fra 2024 nævner {barrier_name(key)} blandt barriererne, men giver "
        f"ikke et tal for den. {largest}"
    )


# -- a place of a ranking ---------------------------------------------------------------------

_ORDINALS = {
    "forste": 1,
    "anden": 2,
    "andet": 2,
    "tredje": 3,
    "fjerde": 4,
    "femte": 5,
}
_NUMBERS = {
    "et": 1,
    "en": 1,
    "1": 1,
    "to": 2,
    "2": 2,
    "tre": 3,
    "3": 3,
    "fire": 4,
    "4": 4,
    "fem": 5,
    "5": 5,
}
_SPOKEN = {1: "ét", 2: "to", 3: "tre", 4: "fire", 5: "fem"}
# "andenpladsen", "på tredje pladsen", "anden plads"
_PLACE = re.compile(r"\b(forste|anden|andet|tredje|fjerde|femte) ?plads\w*")
# "hvad var nummer to", "og nummer tre", "på plads nummer 2", "hvad lå som nr. 2"
_NUMBER = re.compile(
    r"(?:^(?:(?:og|men|sa|aeh|ok) )*(?:hvad (?:med |sa med )?|hvem |hvilken (?:\w+ )?)?"
    r"|\b(?:la|var|kom|blev|er|ligger|endte|kommer|placeret|plads|pa) (?:pa |som |sa |der )?)"
    r"(?:plads )?(?:nummer|nr) (et|en|to|tre|fire|fem|[1-5])\b"
)
_ENTRY = re.compile(r"\b([1-9])\.\s*([^,]+?)\s*(?=,|$)")
_YEAR_FIRST = re.compile(r"^((?:19|20)\d\d):\s*")


def place_asked(text: str) -> int | None:
    """The place of a ranking asked ("og hvad lå på andenpladsen" is 2, "hvad var nummer
    tre" 3); None when none is."""
    said = _said(text)
    place = _PLACE.search(said)
    if place is not None:
        return _ORDINALS[place.group(1)]
    number = _NUMBER.search(said)
    return _NUMBERS[number.group(1)] if number is not None else None


def rankings(sentences: tuple[str, ...]) -> list[tuple[str | None, dict[int, str]]]:
    """The numbered lists in a subject's sentences ("2020: 1. Skærmbesøg, 2. …"), each
    with the year it opens with, if any."""
    found = []
    for sentence in sentences:
        year = _YEAR_FIRST.match(sentence)
        places = {int(m.group(1)): m.group(2) for m in _ENTRY.finditer(sentence)}
        if len(places) >= 2:
            found.append((year.group(1) if year else None, places))
    return found


def at_place(
    place: int, lists: list[tuple[str | None, dict[int, str]]], year: str | None = None
) -> str | None:
    """ "Nummer to var medicinhåndtering, både i 2020 og i 2017.": the place in each list
    (of the year asked, when one is); None when no list has it."""
    chosen = [(y, p) for y, p in lists if year is None or y == year] or lists
    named = [(y, p[place]) for y, p in chosen if place in p]
    if not named:
        return None
    opening = f"Nummer {_SPOKEN.get(place, str(place))}"
    names = {fold(n).lower() for _, n in named}
    years = [y for y, _ in named if y is not None]
    first = lower_first(named[0][1])
    if len(names) == 1:
        if len(years) > 1:
            return f"{opening} var {first}, både i {' og i '.join(years)}."
        return f"{opening} var {first}{f' i {years[0]}' if years else ''}."
    each = [f"{lower_first(n)} i {y}" for y, n in named if y is not None]
    return f"{opening} var {' og '.join(each)}."
