"""Held-out set 58's classes, read from a message's words: a yes/no follow-up about the
subject just told ("er det noget man finder på biblioteket?"), whose words name one of
its sentences; which of the categories the thing just told belongs to, asked at length
("og hvilken af kategorierne hører det så ind under?"); and a need about forgetting
one's pills, said with the pills in a compound of their own ("morgenpillerne"), which
the medicine technologies answer first.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_text as _said

# "er det noget man finder på biblioteket?", "ligger den på biblioteket", "kan man det
# hos kommunen": a question answered yes or no, of the subject just told ("det", "den")
_YES_NO = re.compile(
    r"^(?:(?:og|men|sa|saa|ok|okay|nu) )?(?:er|var|ligger|findes|foregar|foregaar|sker"
    r"|holder|kan|ma|maa|far|faar|har|bruger|gaelder|hjaelper|virker|passer|hedder"
    r"|fungerer|kommer|handler|drejer) (?:\w+ )?(?:det|den|de|dem|man|dette|denne)\b"
)
# words too plain to tell one sentence of a subject from another
GENERIC_STEMS = frozenset(
    {
        "find",
        "findes",
        "lig",
        "ligg",
        "ligger",
        "hjemm",
        "noget",
        "nog",
        "ting",
        "sted",
        "stedet",
        "fa",
        "far",
        "gor",
        "hav",
        "brug",
        "man",
        "ogsa",
        "bare",
        "egentlig",
        "rigtig",
        "godt",
        "lidt",
        "sa",
        "nu",
    }
)
_FOLLOW_WORDS = 12


def asks_yes_no(text: str) -> bool:
    """A short question answered yes or no about "it" ("er det noget man finder på
    biblioteket?", "ligger den på biblioteket?")."""
    said = _said(text)
    return len(said.split()) <= _FOLLOW_WORDS and _YES_NO.search(said) is not None


# "negation": a sentence that says no cannot answer "ja"
_NEGATED = re.compile(r"\b(?:ikke|ingen|intet|aldrig|hverken)\b")


def negated(sentence: str) -> bool:
    return _NEGATED.search(_said(sentence)) is not None


# "hvilken af kategorierne hører det så ind under", "i hvilken kategori ligger den",
# "hvor i kategorierne hører den hjemme", "hvilken kategori er det nu den hører til"
_ITS_CATEGORY = re.compile(
    r"\bhvilken (?:af (?:de |kl'?s )?(?:\d+ |femten )?)?(?:kategori\w*|gruppe\w*)\b"
    r"|\bhvor (?:i|blandt|under) (?:\w+ )?kategori\w* (?:horer|hoerer|ligger|falder|er)\b"
    r"|\bi hvilken (?:\w+ )?kategori\w*\b"
    r"|\bhvad (?:for en|slags) kategori\w*\b"
)
_POINTS = re.compile(r"\b(?:det|den|de|dem|dette|denne|der)\b")


def asks_its_category(text: str) -> bool:
    """Which of the categories "it" belongs to, however long the asking ("og hvilken af
    kategorierne hører det så ind under?")."""
    said = _said(text)
    return _ITS_CATEGORY.search(said) is not None and _POINTS.search(said) is not None


# one's pills or medicine, also in a compound ("morgenpillerne", "hjertemedicinen",
# "blodtrykspiller"), not telemedicine
_MEDICINE = re.compile(
    r"\b(?!tele)\w*(?:piller|pillerne|pillen|pille|medicin|medicinen|tabletter|tabletterne"
    r"|insulin|insulinen|doser|dosis)\b"
)
_PILLS = re.compile(r"\b\w+(piller|pillerne|pillen|pille|medicin|medicinen)\b")
# forgetting or not keeping track
_FORGETS = re.compile(
    r"\b(?:glemmer|glemte|glemt|glemme|husker|huske|huskes|styr pa|styr paa|roder|tvivl"
    r"|forkert\w*|mindes|minde\w*)\b"
)


def forgets_medicine(text: str) -> bool:
    """A need told of forgetting one's pills ("han glemmer om han har taget sine
    morgenpiller", "hun kan ikke huske sin medicin")."""
    said = _said(text)
    return _MEDICINE.search(said) is not None and _FORGETS.search(said) is not None


def plain_medicine(text: str) -> str:
    """Pills in a compound said plainly ("morgenpiller" as "piller")."""
    return _PILLS.sub(lambda m: m.group(1), text)


# a person wanted instead: "jeg vil have (et) rigtig(t) menneske", "hellere en hjemmehjælper"
_PEOPLE = re.compile(
    r"\b(?:\w*menneske\w*|person\w*|hjemmehjaelper\w*|medarbejder\w*|hjemmeplej\w*"
    r"|sosu\w*|plejer\w*)\b"
)


def wants_people(text: str) -> bool:
    """A person wanted instead of the technology ("… jeg vil have rigtig menneske")."""
    return _PEOPLE.search(_said(text)) is not None
