"""Held-out set 50's classes, read from a message's words: what there is of the kind just
suggested or told ("hvad er der så at få", "hvad findes der ellers af den slags"); a
thing asked after by what it is called ("noget der hedder Teknoteket, hvad er det");
who it is that uses the principle just told ("og hvem bruger det"); which the ethical
questions are ("hvad er der af etiske spørgsmål"); when the report just told was made
("hvornår blev den lavet"); how long the approval just told takes ("hvor lang tid tager
det typisk"); whether the technology just told is instead of the home care ("er det i
stedet for at hjemmeplejen kommer"); and why the municipalities find it hard to get the
technology working, which is the survey's barriers.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads and
words. Patterns match folded words (bot.core.text.fold: "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.core.danish.lists import join_list, lower_first
from bot.core.text import fold
from bot.knowledge.facts import OPENERS as _OPENERS
from bot.knowledge.facts import said_text as _said

# -- what there is of the kind ---------------------------------------------------------------

# "æh hwa er der så at få", "og hvad findes der ellers af den slags ting", "hvad kan man
# ellers få": the sentence says no more than that
_WHAT_THERE_IS = re.compile(
    _OPENERS + r"(?:hvad|hva|hwa|va|hvilke|hvilken) (?:andre |flere |slags |ting |andet )*"
    r"(?:er der|er de|findes der|fas der|gives der|kan (?:man|vi|jeg|hun|han|de) (?:sa |ellers )?(?:fa|faa)"
    r"|har (?:i|de|kommunen)|ka (?:man|a|vi|do|hun|han) (?:sa |ellers )?fa)"
    r"(?: (?:sa|ellers|mere|ogsa|egentlig|nu|af|den|det|de|slags|sadan|sadanne|nogle|lignende"
    r"|at|fa|vaelge|imellem|mellem|i|kategori|kategorien|gruppe|gruppen|ting|tingester"
    r"|typer|type|til|hende|ham|mig|os|dem|hjaelpemidler|teknologier|teknologi))*$"
)
_ELSE = re.compile(r"\b(?:ellers|andre|flere|andet|ogsa)\b")


def asks_what_there_is(text: str) -> bool:
    """ "hvad er der så at få" after a thing suggested or told: what there is of its kind."""
    return _WHAT_THERE_IS.search(_said(text)) is not None


def asks_what_else(text: str) -> bool:
    """ "… ellers …": the others, not the one just told."""
    return _ELSE.search(_said(text)) is not None


def in_category(category: str, names: list[str]) -> str:
    """ "I kategorien sengeteknologi er der X, Y og Z." """
    return f"I kategorien {lower_first(category)} er der {join_list(names)}."


# -- a thing asked after by its name -------------------------------------------------------

# "hun har hørt om noget der hedder Teknoteket hvad er det", "der er en ting som kaldes
# skærmbesøg, hvad går det ud på"
_CALLED = re.compile(
    r"\b(?:noget|nogen|en ting|et tilbud|en|et|den|det) (?:der|som) "
    r"(?:hedder|hed|kaldes|kalder sig|hedder noget med) (?P<name>[^,.?!]+?)"
    r"(?=\s*(?:[,.?!]|\bhvad\b|\bhvordan\b|\bog hvad\b|$))",
    re.IGNORECASE,
)
_WHAT_IS_IT = re.compile(
    r"\bhvad (?:er|betyder|gar|går|handler) (?:det|den|de)\b"
    r"|\bhvad (?:er|betyder) (?:det|den) (?:for noget|for en|for et)\b",
    re.IGNORECASE,
)


def name_asked_about(text: str) -> str | None:
    """ "noget der hedder Teknoteket, hvad er det": the name, when what it is is asked."""
    found = _CALLED.search(text)
    if found is None or not _WHAT_IS_IT.search(text[found.end() :]):
        return None
    name = found["name"].strip()
    return name if 0 < len(name.split()) <= 4 else None


# -- who uses it --------------------------------------------------------------------------

_WHO_USES = re.compile(
    _OPENERS + r"hvem (?:er det |er de |var det )?(?:der |som )?(?:egentlig |sa )?"
    r"(?:bruger|bruge|anvender|har|arbejder (?:efter|med|ud fra)|folger|gar ind for|star bag)"
    r" (?:det|den|dem|princippet|ideen|tankegangen)(?: \w+){0,2}$"
)
USES = re.compile(r"\b(?:bruger|anvender|arbejder (?:efter|med|ud fra)|folger)\b")


def asks_who_uses(text: str) -> bool:
    """ "og hvem er det der bruger det?" right after a principle."""
    return _WHO_USES.search(_said(text)) is not None


# -- which the ethical questions are -------------------------------------------------------

_ETHICAL_QUESTIONS = re.compile(
    r"\b(?:hvilke|hvad er der af|hvad er de|hvad for nogle|hvad for|naevn|sig|ramse)"
    r" (?:\w+ ){0,2}etiske (?:sporgsmal|spoergsmaal|overvejelser|problemer|aspekter|sider"
    r"|udfordringer|hensyn)\b"
)


def asks_ethical_questions(text: str) -> bool:
    """ "hvad er der af etiske spørgsmål i det her": which they are."""
    return _ETHICAL_QUESTIONS.search(_said(text)) is not None


# -- when it was made ------------------------------------------------------------------------

_WHEN_MADE = re.compile(
    _OPENERS + r"hvornar (?:blev|er|var) (?:den|det|de|rapporten|undersogelsen|statusrapporten)"
    r"(?: sa| egentlig| nu)* (?:lavet|lavede|udgivet|gennemfort|skrevet|foretaget|udfort|lavet"
    r"|offentliggjort|udsendt|fra)(?: \w+){0,1}$"
    r"|" + _OPENERS + r"hvornar (?:udkom|kom|lavede de) (?:den|det|de|rapporten|undersogelsen)"
    r"(?: ud)?$"
)
_MONTHS = r"januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
DATED = re.compile(rf"\b\d{{1,2}}\. (?:{_MONTHS})\b|\b(?:gennemfort|udgivet|offentliggjort)\b")


def asks_when_made(text: str) -> bool:
    """ "tak, og hvornår blev den lavet" right after a report."""
    return _WHEN_MADE.search(_said(text)) is not None


# -- how long the approval takes ----------------------------------------------------------

_HOW_LONG = re.compile(
    _OPENERS + r"(?:hvor lang tid|hvor laenge) (?:tager|varer|gar der) (?:det|den|sadan noget)?"
    r"(?: \w+){0,3}$"
    r"|" + _OPENERS + r"(?:tager|varer) (?:det|den) (?:\w+ ){0,2}(?:lang tid|laenge)$"
)
COUNCIL = re.compile(r"\bkommunalbestyrels\w*")
TAKES_TIME = re.compile(r"\b(?:tage tid|lang proces|forsinke)\b")


def asks_how_long(text: str) -> bool:
    """ "hvor lang tid tager det typisk", naming nothing."""
    return _HOW_LONG.search(_said(text)) is not None


# -- instead of the home care -----------------------------------------------------------------

_INSTEAD_OF_CARE = re.compile(
    r"\b(?:er|bliver|skal|kommer) (?:det|den|de|skaermen|robotten)"
    r" (?:\w+ ){0,2}i stedet for (?:at )?(?:\w+ )?(?:hjemmepleje\w*|hjemmehjaelp\w*|personale\w*"
    r"|plejere\w*|hjaelpere\w*|sygeplejerske\w*|besog\w*|mennesker|et menneske|de rigtige besog)\b"
)
SUPPLEMENT = re.compile(r"\bsupplement\w*")


def asks_if_instead_of_care(text: str) -> bool:
    """ "er det i stedet for at hjemmeplejen kommer?" right after a technology."""
    return _INSTEAD_OF_CARE.search(_said(text)) is not None


# -- why the municipalities find it hard --------------------------------------------------------

_HARD_FOR_THEM = re.compile(
    r"\b(?:kommune\w*|de|man)\b(?: \w+){0,2} (?:har|haft) (?:det )?svaert(?: ved)?"
    r"|\bhar (?:kommune\w*|de|man) (?:sa |saa |egentlig )?(?:det )?svaert\b"
    r"|\bhvad (?:star|gor det|staar|holder|bremser|spaender) (?:\w+ ){0,2}(?:i vejen|svaert|tilbage|ben)\b"
    r"|\bhvorfor (?:gar|lykkes|virker) (?:det|teknologien) (?:\w+ ){0,2}ikke\b"
)
_OF_TECHNOLOGY = re.compile(r"\b(?:teknologi\w*|velfaerdsteknologi\w*)\b")
_OF_MUNICIPALITIES = re.compile(r"\bkommune\w*|\bundersogelse\w*|\b2024\b")
_WHY = re.compile(r"\bhvorfor\b|\bhvad (?:star|staar|holder|bremser|spaender|gor det)\b")
_OTHER_TROUBLE = re.compile(r"\brekrutt\w*|\bpersonale\w*|\bmedarbejdere\b")


def asks_why_hard(text: str) -> bool:
    """ "hvorfor kommunerne har svært ved at få teknologien til at virke": the barriers;
    not "hvor mange har svært ved at rekruttere", which is recruitment."""
    said = _said(text)
    return (
        _HARD_FOR_THEM.search(said) is not None
        and _WHY.search(said) is not None
        and _OF_TECHNOLOGY.search(said) is not None
        and _OF_MUNICIPALITIES.search(said) is not None
        and _OTHER_TROUBLE.search(said) is None
    )


def folded(sentence: str) -> str:
    return fold(sentence.lower())
