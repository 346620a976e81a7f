"""Held-out set 49's classes, read from a message's words: whether one can get the thing
just told where one lives ("kan hun få det, hun bor i Valby"); who it is that helps at an
offer just told ("hvem er det der hjælper, er det kommunen"); a request to be brief ("kort
tak", "i korte træk"), which is no map ("landkort"); a need told and whether anything
exists for it ("kan man få noget hvis man glemmer sin medicin"); a thing described by
what it does, asked whether it exists ("findes der en stol der hjælper en op at stå");
and, after a need told, which of the things for it is meant ("hvad er det for nogle
skærme").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads and
words. Patterns match folded words (bot.core.text.fold: "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.core.danish.lists import lower_first
from bot.core.text import fold
from bot.knowledge.facts import said_words


def _said(text: str) -> str:
    return " ".join(said_words(text))


# -- getting it where one lives ------------------------------------------------------------

# "han bor på nørrebro", "hun bor i aarhus kommune", "vi bor ude i Valby"
_LIVES_IN = re.compile(
    r"\b(?:bor|bo|boede)\s+(?:\w+\s+)?(?:på|paa|i)\s+(?P<place>[\wæøå-]+)", re.IGNORECASE
)
_NOT_A_PLACE = frozenset(
    "en et eget egen sit sin hjem hjemme hjemmet hus huset lejlighed lejligheden plejehjem"
    " plejehjemmet plejebolig aeldrebolig bosted bostedet landet byen kommunen anden andet"
    " samme forste stuen kaelderen villa raekkehus sommerhus nabolaget".split()
)
# "kan han få det", "får hun det", "har han ret til det", "er det noget for ham"
_CAN_GET = re.compile(
    r"\b(?:kan|ka|ma|maa|vil) (?:\w+ ){0,3}(?:fa|faa|bruge|ansoge|soge om) (?:det|den|dem|sadan\w*|\w+)\b"
    r"|\bfar (?:han|hun|jeg|man|vi|de|min \w+) (?:det|den|dem)\b"
    r"|\bhar (?:han|hun|jeg|man|vi) ret til\b|\ber det (?:noget )?for (?:ham|hende|mig|os)\b"
    r"|\btilbyder (?:de|kommunen|man) (?:det|den|dem)\b"
)
# the parts of Copenhagen a citizen names for where one lives; the documents speak of
# Københavns Kommune (and of Østerbro)
COPENHAGEN = "kobenhavn"
_COPENHAGEN_PARTS = frozenset(
    "kobenhavn kobenhavns kbh norrebro osterbro vesterbro amager amagerbro valby vanlose"
    " bronshoj bispebjerg sydhavnen sydhavn nordvest christianshavn frederiksberg indre"
    " orestad husum tingbjerg sundby".split()
)
_PERSON = {"han": "han", "hun": "hun", "jeg": "du", "vi": "I", "du": "du"}


def place_lived(text: str) -> str | None:
    """The place where the one asked about lives, as said ("nørrebro"); None when the
    message names none."""
    found = _LIVES_IN.search(text)
    if found is None or fold(found["place"].lower()) in _NOT_A_PLACE:
        return None
    return found["place"]


def asks_to_get_where_one_lives(text: str) -> str | None:
    """The place, when the message asks whether one can get something and says where one
    lives ("kan han få det? han bor på nørrebro"); None otherwise."""
    place = place_lived(text)
    if place is None or _CAN_GET.search(_said(text)) is None:
        return None
    return place


def in_copenhagen(place: str) -> bool:
    return fold(place).replace("-", "") in _COPENHAGEN_PARTS


def who_gets_it(text: str) -> str:
    """Whom the question asks about, as the answer names them ("han", "du")."""
    for word in said_words(text):
        if word in _PERSON:
            return _PERSON[word]
    return "man"


def offered_where(place: str, name: str, told: str | None, who: str) -> str:
    """That the documents say nothing of the place itself; what they say of its
    municipality, if anything; and that the municipality's visitation decides."""
    where = place[:1].upper() + place[1:]
    thing = lower_first(name)
    decides = f"Om {who} kan få det, afgør kommunens visitation."
    if told is None:
        return f"Mine kilder siger ikke noget om {thing} i {where}. {decides}"
    told = told.rstrip(".")
    return (
        f"Mine kilder siger ikke noget særskilt om {where}. {told}, men om {who} kan få det,"
        " afgør kommunens visitation."
    )


# -- who helps at an offer ---------------------------------------------------------------

_WHO_HELPS = re.compile(
    r"\bhvem (?:er (?:det|de) )?(?:egentlig |sa |saa )?(?:der|som)"
    r" (?:hjaelper|underviser|vejleder|star for|tager sig af)\b"
    r"|\bhvem (?:hjaelper|underviser|vejleder) (?:der|dig|en|folk|borgerne|dem|man|os|mig)\b"
    r"|\bhvem star (?:der )?bag\b|\bhvem er (?:det|de) (?:der|som) (?:er der|sidder der)\b"
    r"|\ber det (?:kommunen|kommunens \w+|ansatte|personalet|medarbejdere|bibliotekarer\w*)"
    r" (?:der|som) (?:hjaelper|underviser|star for)\b"
)
# a sentence that names who does the helping
HELPERS = re.compile(
    r"\b(?:frivillig\w*|medarbejder\w*|personale\w*|ansatte|bibliotekar\w*|nethjaelper\w*)\b"
)


def asks_who_helps(text: str) -> bool:
    """Who it is that helps at the offer just told ("hvem er det der hjælper der, er det
    kommunen?", "hvem underviser folk der"); not whom to ask for help ("hvem kan hjælpe
    mig")."""
    return _WHO_HELPS.search(_said(text)) is not None


# -- a request to be brief ---------------------------------------------------------------

_BRIEF = re.compile(
    r",?\s*\b(?:(?:helt|bare|lige|meget|ganske|nu) )?kort(?:t)? (?:tak|fortalt|og godt|forklaret|sagt)\b"
    r"|,?\s*\bi (?:korte|grove) (?:træk|traek)\b|,?\s*\b(?:med|i) (?:få|faa) ord\b"
    r"|,?\s*\bkortfattet\b|,?\s*\bi (?:en|én) (?:sætning|saetning)\b"
    r"|,\s*(?:(?:helt|bare|lige) )?kort(?: tak)?(?=\s*[?.!]*\s*$)"
    r"|(?<=\bforklar )(?:(?:mig|lige|helt) )*kort\b\s*|(?<=\bfortæl )(?:(?:mig|lige|helt) )*kort\b\s*",
    re.IGNORECASE,
)


def without_brevity(text: str) -> str:
    """The message without its request to be brief ("hvad er velfærdsteknologi, kort
    tak" -> "hvad er velfærdsteknologi"); the text itself when it makes none."""
    plain = _BRIEF.sub("", text)
    plain = re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", plain)).strip(" ,")
    return plain if plain != text.strip() and plain else text


# -- a need told, and whether anything exists for it -------------------------------------

_ANYTHING_FOR = re.compile(
    r"\b(?:kan|ka) (?:man|jeg|vi|hun|han|de|min \w+) (?:\w+ )?(?:fa|faa|bruge|lane|faa fat i)"
    r" (?:noget|nogen hjaelp|hjaelp|et hjaelpemiddel|en teknologi|noget teknologi|nogle ting)"
    r"(?: \w+)? (?:hvis|nar|naar|mod|fordi|nu hvor|sa|saa)\b"
    r"|\b(?:findes|fandtes|gives|er) der (?:noget|nogen hjaelp|hjaelp|et hjaelpemiddel|en teknologi)"
    r" (?:hvis|nar|naar|fordi|nu hvor)\b"
)


def asks_what_exists_for_need(text: str) -> bool:
    """Whether anything can be had for a need told in the same sentence ("ka man få noget
    hvis man glemmer sin medicin hele tiden", "er der noget hvis hun ikke kan finde
    hjem"): the things for it, not how to get one."""
    return _ANYTHING_FOR.search(_said(text)) is not None


# -- a thing described, asked whether it exists ------------------------------------------

_EXISTS_DESCRIBED = re.compile(
    r"\b(?:findes|fandtes|gives|er|fas|faas|sælges|saelges) der (?:ikke )?(?:ogsa )?(?:en|et|nogle)"
    r" (?P<what>\w+) (?:der|som)\b"
    r"|\b(?:kan|ka) (?:man|jeg|vi|hun|han) (?:\w+ )?(?:fa|faa|kobe|lane) (?:en|et|nogle) (?P<w2>\w+)"
    r" (?:der|som)\b",
)


def asks_if_described_exists(text: str) -> bool:
    """Whether a thing described by what it does exists ("findes der en stol der hjælper
    en op at stå", "kan man få en seng som vender en")."""
    return _EXISTS_DESCRIBED.search(_said(text)) is not None


# -- which of the things for a need just told --------------------------------------------

_WHICH_THING = re.compile(
    r"\bhvad (?:er|var) (?:det|de|det der) (?:for )?(?:nogle|noget|en|et|for nogle|for en|for et)\b"
    r"|\bhvad (?:for )?(?:nogle|noget|slags|type)\b|\bhvilke\b|\bhvordan (?:virker|fungerer)\b"
)


def asks_which_thing(text: str) -> bool:
    """ "hvad er det for nogle skærme", "hvad slags ure": which thing is meant."""
    return _WHICH_THING.search(_said(text)) is not None


# -- whether a thing exists, whatever intent the model gave it ---------------------------

_EXISTS = re.compile(
    r"\b(?:findes|fandtes|gives|fas|faas) der (?!(?:nogen|en person|et menneske|folk|nogle folk)\b)"
    r"(?:\w+ ){0,4}\w+"
)


def asks_if_exists(text: str) -> bool:
    """ "findes der sensorer i sengen": whether a thing exists, not a person to talk to."""
    return _EXISTS.search(_said(text)) is not None
