"""Held-out set 51's classes, read from a message's words: when the survey just told was
sent out, or in which period ("hvornår blev spørgeskemaet sendt ud", and set 52's "hvornår
blev data samlet ind"); the name of the person just told about ("hvad hed hun"); whom the
offer just told is for ("og til hvem er det"); what the principle just told means in
practice ("hvad betyder det i praksis");
whether a thing suits everyone ("passer det til alle"); and a thing's category asked
together with the others in it ("hvad kategori er det og hvad er der ellers i den").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads and
words. Patterns match folded words (bot.core.text.fold: "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.knowledge.facts import OPENERS as _OPENERS
from bot.knowledge.facts import said_text as _said

# -- when the survey was sent out -----------------------------------------------------------

# "og hvornår blev spørgeskemaet sendt ud, altså i hvilken periode", "i hvilken periode
# løb undersøgelsen", "hvornår var det de svarede"
_WHEN_SENT = re.compile(
    r"\bhvornar (?:blev|er|var|kom) (?:den|det|de|sporgeskema\w*|skema\w*|undersogelse\w*)"
    r" (?:\w+ ){0,2}(?:sendt|send|udsendt|gennemfort|lobet|kort)\b"
    r"|\bhvornar (?:sendte|udsendte|gennemforte) (?:de|kl|man) (?:\w+ ){0,2}"
    r"(?:sporgeskema\w*|skema\w*|undersogelse\w*|den|det)\b"
    r"|\bhvornar (?:var|blev) det (?:at )?(?:de|kommunerne) (?:svarede|besvarede|svarer)\b"
    # "og hvornår blev data samlet ind", "hvornår indsamlede de svarene" (set 52)
    r"|\bhvornar (?:blev|er|var) (?:\w+ ){0,2}(?:data\w*|svar\w*|besvarelse\w*|oplysning\w*"
    r"|tal\w*|undersogelse\w*|sporgeskema\w*) (?:\w+ ){0,2}(?:samlet (?:ind|sammen)"
    r"|indsamlet|indhentet|hentet ind)\b"
    r"|\bhvornar (?:samlede|indsamlede|indhentede|hentede) (?:de|kl|man|kommunerne) (?:\w+ ){0,2}"
    r"(?:data\w*|svar\w*|besvarelse\w*|oplysning\w*|tal\w*|det|dem|den)\b"
    r"|\bhvornar (?:foregik|skete|var) (?:data)?indsamling\w*\b"
    r"|\bhvornar (?:er|blev|var) (?:\w+ ){0,2}(?:data|svarene|tallene) fra\b"
    r"|\b(?:i )?hvilken (?:periode|tidsperiode|maned|maneder)\b"
    r"|\bhvor(?:dan)? lang(?:t)? (?:tid|periode) (?:lob|var|varede|korte) (?:den|det|undersogelse\w*"
    r"|sporgeskema\w*)\b"
)


def asks_when_sent(text: str) -> bool:
    """ "hvornår blev spørgeskemaet sendt ud, altså i hvilken periode" after a survey."""
    return _WHEN_SENT.search(_said(text)) is not None


# -- the name of the person just told about ------------------------------------------------

_WHAT_NAME = re.compile(
    _OPENERS + r"(?:hvad|hva|va) (?:hed|hedder|var navnet pa|er navnet pa) (?:hun|han|den dame"
    r"|damen|kvinden|manden|den mand|den kvinde|personen)(?: (?:sa|egentlig|nu|igen|der))*$"
    r"|" + _OPENERS + r"(?:hvem|hvad) var (?:hun|han)(?: (?:sa|egentlig|nu|igen))*$"
    r"|" + _OPENERS + r"(?:har|ved) (?:du|de|man|vi) (?:hendes|hans) navn$"
)


def asks_name_of_the_told(text: str) -> bool:
    """ "hvad hed hun?" right after a sentence about a person."""
    return _WHAT_NAME.search(_said(text)) is not None


# -- whom it is for -------------------------------------------------------------------------

_FOR_WHOM = re.compile(
    _OPENERS + r"(?:til|for) hvem (?:er|gaelder|var) (?:det|den|de|tilbuddet)"
    r"(?: (?:sa|egentlig|nu|til|for))*$"
    r"|" + _OPENERS + r"hvem (?:er|gaelder|var) (?:det|den|de|tilbuddet) (?:sa |egentlig |nu )*"
    r"(?:til|for|rettet mod|beregnet til|tiltaenkt)$"
)
WHO = re.compile(
    r"\b(?:borger\w*|aeldre|born|unge|voksne|personer|mennesker|folk|pensionist\w*"
    r"|patient\w*|beboer\w*|parorende|over \d+ ar)\b"
)


def asks_for_whom(text: str) -> bool:
    """ "og til hvem er det?" right after an offer."""
    return _FOR_WHOM.search(_said(text)) is not None


# -- what it means in practice --------------------------------------------------------------

_IN_PRACTICE = re.compile(
    r"\b(?:hvad|hva) (?:betyder|vil|indebaerer) (?:det|den|princippet)"
    r" (?:sa |egentlig |konkret |helt )*(?:sige )?(?:i praksis|konkret|i virkeligheden"
    r"|i hverdagen|for (?:en|mig|min|hende|ham|borgeren|en borger|os))\b"
    r"|\bhvordan (?:foregar|virker|fungerer|ser) (?:det|den|princippet) (?:sa |egentlig )*"
    r"(?:ud )?i praksis\b"
)


MEANS = re.compile(r"\bbetyder\b|\bvil sige\b|\bfx\b|\bbl\.a\.")


def asks_in_practice(text: str) -> bool:
    """ "hvad betyder det i praksis for en borger, der søger hjælp" after a principle."""
    return _IN_PRACTICE.search(_said(text)) is not None


# -- whether it suits everyone ---------------------------------------------------------------

_EVERYONE = re.compile(
    r"\b(?:passer|egner|duer|virker|fungerer) (?:det|den|de|skaermbesog|sadan noget)"
    r" (?:sig )?(?:\w+ )?(?:til|for|pa) (?:alle|enhver|alle mennesker|alle borgere|alle aeldre)\b"
    r"|\b(?:er|bliver) (?:det|den|de|skaermbesog) (?:egentlig |sa )?(?:for|til|noget for)"
    r" (?:alle|enhver)\b"
    r"|\bkan (?:alle|enhver) (?:\w+ )?(?:bruge|fa glaede af|have gavn af|klare)\b"
    r"|\bhar (?:alle|enhver) (?:\w+ )?(?:gavn|glaede) af\b"
)
NOT_EVERYONE = re.compile(r"\bikke alle\b|\bikke for alle\b|\bikke enhver\b")


def asks_if_for_everyone(text: str) -> bool:
    """ "passer det til alle?" of a thing named or just told."""
    return _EVERYONE.search(_said(text)) is not None


# -- a category and the others in it ----------------------------------------------------------

_CATEGORY = re.compile(
    r"\b(?:hvad|hvilken|hva|hvilke) (?:for en )?kategori\w*\b|\bhvor horer (?:det|den|de) (?:til|ind)\b"
    r"|\bhvad horer (?:det|den|de) (?:ind )?under\b"
)
_AND_ELSE = re.compile(
    r"\b(?:hvad|hva|hvilke) (?:andre |andet |mere )?(?:er der|findes der|horer|ligger)"
    r" (?:\w+ )?(?:ellers|ogsa|mere|andet)\b"
    r"|\bhvilke andre\b|\bhvad (?:andet|mere) (?:er|findes|horer)\b"
)


def asks_category_and_others(text: str) -> bool:
    """ "smart home hvad kategori er det og hvad er der ellers i den": both at once."""
    said = _said(text)
    category = _CATEGORY.search(said)
    return category is not None and _AND_ELSE.search(said, category.end()) is not None
