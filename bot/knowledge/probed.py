"""Held-out set 59's classes, read from a message's words: what a thing named in a story
is, asked at its end ("hun har fået et brev om X, hvad er det egentlig"); the benefit of
the subject just told, asked with what it is weighed against ("hvad er fordelen for
hende ved det i stedet for at de kommer"); how many municipalities have the subject just
told ("hvor mange kommuner har sådan noget"); whether something may be given to one who
cannot consent ("må kommunen give ham en GPS, selvom han ikke kan give samtykke"); and
when the subject just told was made ("hvornår blev den lavet").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
"""

from __future__ import annotations

import re

from bot.knowledge import benefit
from bot.knowledge.facts import said_text as _said

# "… hvad er det egentlig", "… hvad er det for noget", "… hvad betyder det": the closing
# question of a story that named the thing before it
_WHAT_IS_IT_AT_END = re.compile(
    r"(?:^|\s)(?:(?:og|men|sa|saa) )?(?:hvad|hva) (?:er|var|betyder|betod|gar) (?:det|den|dét)"
    r"(?: (?:egentlig|nu|sa|saa|helt praecist|praecist|for noget|for en storrelse|ud pa))*\W*$"
)
_STORY_WORDS = 5


def story_before_what_it_is(text: str) -> str | None:
    """The story before a closing "hvad er det egentlig" ("hun har fået et brev om
    skærmbesøg"), when there is one of some words; None otherwise."""
    said = _said(text)
    found = _WHAT_IS_IT_AT_END.search(said)
    if found is None:
        return None
    before = said[: found.start()].strip()
    return before if len(before.split()) >= _STORY_WORDS else None


# a thing described rather than named: "sådan en maskine der …", "en robot som …"
_DESCRIBED = re.compile(r"\b(?:sadan|saadan) (?:en|et|noget)\b|\b(?:en|et) \w+ (?:der|som) \w+")


def describes(story: str) -> bool:
    """The story describes a thing ("sådan en maskine der deler medicin ud") rather than
    naming it: the readers of a thing described answer."""
    return _DESCRIBED.search(story) is not None


# what a benefit is weighed against: "… i stedet for at de kommer", "… frem for hjemmehjælp"
_WEIGHED_AGAINST = re.compile(
    r"\s+(?:i stedet for|istedet for|frem for|fremfor|i forhold til|sammenlignet med"
    r"|end (?:at|hvis|nar))\b.*$"
)


def asks_benefit_weighed(text: str) -> bool:
    """ "hvad er fordelen for hende ved det i stedet for at de kommer", "hvad får hun ud
    af det frem for et besøg": the benefit of the subject just told, weighed against
    something (the plain question is benefit.py's)."""
    said = _said(text)
    shorter = _WEIGHED_AGAINST.sub("", said)
    if shorter == said:
        return False
    return benefit.asks_benefit(shorter) or benefit.asks_advantages(shorter)


# "hvor mange kommuner har …", "hvor mange af kommunerne bruger …", "hvor stor en del af
# kommunerne", "er det mange kommuner der har det"
_HOW_MANY_MUNICIPALITIES = re.compile(
    r"\bhvor (?:mange|stor en del|stor en andel|stor en procentdel) (?:\w+ ){0,2}?kommuner\w*\b"
    r"|\b(?:er|har) (?:det|der) (?:mange|fa|faa) kommuner\b"
    r"|\bhvor udbredt (?:er|var) (?:det|den|de|sadan noget)\b"
)
# not how many answered a survey: the survey's own count answers that
_ANSWERED = re.compile(r"\b(?:svar\w*|deltog|deltag\w*|medvirk\w*)\b")


def asks_how_many_municipalities(text: str) -> bool:
    """How many municipalities have or use the subject just told."""
    said = _said(text)
    return _HOW_MANY_MUNICIPALITIES.search(said) is not None and not _ANSWERED.search(said)


# a count in a sentence: digits, a share in words, or a part of all
COUNTED = re.compile(
    r"\d|\b(?:halvdel\w*|tredjedel\w*|fjerdedel\w*|flest\w*|de fleste|alle|ingen|faa|fa)\b"
)
MUNICIPALITIES = re.compile(r"\bkommune\w*")

# "uden samtykke", "selvom han ikke (selv) kan give samtykke", "når hun ikke kan sige ja"
_NO_CONSENT = re.compile(
    r"\buden (?:\w+ ){0,2}samtykke\b"
    r"|\bikke (?:\w+ ){0,3}(?:give|giver|gi|afgive) (?:\w+ ){0,2}samtykke\b"
    r"|\bikke (?:\w+ ){0,2}(?:samtykke|samtykker|sige ja)\b"
    r"|\b(?:han|hun|borgeren|beboeren|de) (?:\w+ )?ikke (?:\w+ ){0,2}(?:forsta\w*|tage stilling)\b"
    r"|\buden at (?:\w+ ){0,3}(?:sagt|sige|siger|giver|give) ja\b"
)
# "må kommunen give ham …", "kan de sætte en alarm op …", "har man lov til at bruge …"
_MAY_GIVE = re.compile(
    r"\b(?:ma|maa|kan|tor|toer|har|skal|bliver|blir|far|faar)\b (?:\w+ ){0,4}?"
    r"(?:give|gi|saette|satte|bruge|installere|lov|godkende|have|ha|fa|faa|tildele|montere)\b"
)


def asks_without_consent(text: str) -> bool:
    """Whether something may be given or used for one who cannot consent ("må kommunen
    give ham en GPS, selvom han ikke selv kan give samtykke?")."""
    said = _said(text)
    return _NO_CONSENT.search(said) is not None and _MAY_GIVE.search(said) is not None


# "hvornår blev den lavet/indført", "hvornår kom den (til)", "fra hvornår gælder den"
_WHEN_MADE = re.compile(
    r"\bhvornar (?:blev|er|var|bliver) (?:den|det|de|listen|ordningen|loven|reglen|reglerne"
    r"|raadet|radet)(?: \w+){0,2}? (?:lavet|lavede|indfort|indfoert|til|oprettet|vedtaget"
    r"|startet|nedsat|skabt|introduceret|begyndt|etableret|indstiftet|udarbejdet|kommet"
    r"|opfundet|udviklet|taget i brug)\b"
    r"|\bhvornar (?:kom|startede|begyndte|opstod) (?:den|det|de|listen|ordningen|loven"
    r"|reglerne)\b"
    r"|\b(?:fra|siden) hvornar (?:er|var|gaelder|galder|har|findes)\b"
    r"|\bhvilket ar (?:blev|kom|var) (?:den|det|de) (?:\w+ )?(?:lavet|indfort|til|oprettet"
    r"|vedtaget|nedsat)\b"
)


def asks_when_made(text: str) -> bool:
    """When the subject just told was made, introduced or came to be."""
    return _WHEN_MADE.search(_said(text)) is not None


# the sentence of a year when a thing came to be: "siden 2021", "blev nedsat i 2021"
SINCE_YEAR = re.compile(
    r"\bsiden (?:\w+ )?(?:19|20)\d\d\b"
    r"|\b(?:indfort|oprettet|nedsat|vedtaget|lavet|etableret|startet|kom)\b[^.]*\b(?:19|20)\d\d\b"
)
