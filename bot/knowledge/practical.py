"""Practical questions about a technology: where to get it, who pays, how to apply,
where to try or borrow it, whether it is legal.

The five documents rarely say this for a single technology. Where they say nothing the
answer says so and sends the citizen to the municipality (the action adds the
configured contact); where they do (the positive list, magtanvendelse, Teknoteket) the
answer uses it.
"""

from __future__ import annotations

import re
from enum import Enum

from bot.core.danish.lists import lower_first
from bot.core.text import words
from bot.knowledge import asked as read
from bot.knowledge.facts import asks, folded_words, said_words


class Practical(Enum):
    LEGAL = "legal"
    PRICE = "price"
    GET = "get"
    TRY = "try"


_PRICE = {
    "koster", "koste", "kostede", "pris", "prisen", "priser", "betaler", "betale", "betales",
    "betal",  # "hvem betal for det" (typed in a hurry, set 17)
    "gratis", "egenbetaling", "egenbetalingen", "kobe", "kober", "kobes", "dyrt",
    "billig", "billigt", "udgift", "udgiften",
}  # fmt: skip
_BUY = {"kobe", "kober", "kobes"}
_LAW = {"paragraf", "paragraffer", "paragraffen", "paragrafferne", "lov", "loven", "love",
        "servicelov", "serviceloven", "lovgivning", "lovgivningen"}  # fmt: skip
_GET = {
    "ansoge", "ansoger", "ansogning", "ansogningen", "bevilget", "bevilling", "bevilge",
    "bevilger", "visitation", "visitationen", "visitere", "visiteret", "hjaelpemiddelcenter",
    "soge", "soger", "soges", "skaffe", "skaffer",
    "hjaelpemiddelcentret", "hjaelpemiddelcenteret", "bestille", "bestiller",
}  # fmt: skip
_TRY = {
    "prove", "proves", "afprove", "afproves", "lane", "laner", "lanes", "udlan", "teste",
    "tester", "testes", "demonstration",
}  # fmt: skip
_LEGAL = {
    "lovligt", "lovlig", "ulovligt", "ulovlig", "tilladt", "tilladelse", "forbudt", "loven",
    "lovgivning", "lovgivningen", "regler", "reglerne", "samtykke", "magtanvendelse",
    "godkendt", "godkendes", "godkende", "godkendelse",
}  # fmt: skip


_ALL_WORDS = _PRICE | _GET | _TRY | _LEGAL | {"hvor", "kan", "ma", "fa", "far", "lov", "til"}


def without_practical_words(text: str) -> str:
    """The text without the words that make it a practical question."""
    return " ".join(w for w in words(text) if w not in _ALL_WORDS)


# "er det noget man ka få af kommunen", "får man den gennem kommunen": to get it, from
# the municipality (set 7).
_FROM_MUNICIPALITY = re.compile(
    r"\b(?:fa|far|fas|faet|lane|lanes) (?:\w+ ){0,3}(?:af|fra|hos|gennem|via|igennem) "
    r"(?:kommunen|kommune|visitationen|hjemmeplejen)\b"
)


# "hvordan foregår sådan et besøg", "hvordan virker det": how a thing works or happens, a
# question about the thing itself; what was said before it ("har fået det tilbudt af
# hjemmeplejen") asks nothing practical (set 9).
_HOW_IT_WORKS = re.compile(r"\bhvordan (?:foregar|fungerer|virker|gar det for sig|gar det til)\b")


def asks_how(text: str) -> bool:
    """The sentence asks how a thing works or happens ("hvordan foregår det egentlig")."""
    return _HOW_IT_WORKS.search(" ".join(said_words(text))) is not None


def asks_how_it_works(text: str) -> bool:
    """ "... Hvordan foregår sådan et besøg egentlig?": a question, ending so, whose last
    sentence asks how a thing works or happens, whatever was told before it."""
    said = text.strip()
    if not said.endswith("?"):
        return False
    last = re.split(r"[.!?]\s+", said)[-1]
    return _HOW_IT_WORKS.search(" ".join(said_words(last))) is not None


def classify(text: str) -> Practical | None:
    """Which practical question a sentence asks, if any."""
    plain = " ".join(said_words(text))
    how = _HOW_IT_WORKS.search(plain)
    if how is not None and how.start() > 0:
        return classify(plain[how.start() :])
    said = folded_words(text)
    # "dyr" alone is also an animal ("et robot kæle dyr"): only as "expensive"
    dear = asks(
        text, "er den dyr", "er de dyr", "er dyr", "hvor dyr", "for dyr", "meget dyr", "ret dyr",
        "ikke dyr", "den dyr", "sa dyr",
    )  # fmt: skip
    dear = dear or said_words(text)[:1] == ["er"] and said_words(text)[-1:] == ["dyr"]  # "er X dyr"
    if asks(text, "hvor mange", "hvor tit", "hvor ofte", "hvor stor en del") or "procent" in said:
        return None  # "hvor mange kommuner ... efter sundhedslovens § 140": a figure
    if asks(text, "betale sig", "betaler sig", "betalt sig"):
        said = said - _PRICE  # "kan det betale sig?": worth it, not what it costs
    if said & _LAW:
        return Practical.LEGAL  # "efter hvilke paragraffer søger man om ...": the rules
    if said & _TRY and not said & (_PRICE - _BUY):
        return Practical.TRY  # "kan man prøve en, før man køber?"
    if said & _PRICE or dear or asks(text, "hvem skal betale", "hvad skal jeg give"):
        return Practical.PRICE
    if said & _TRY:
        return Practical.TRY
    # "må vi give en borger med demens en GPS uden videre, eller skal der søges om det":
    # whether it may be done, before how to apply (set 11)
    if asks(text, "uden videre", "uden samtykke", "uden at sporge") or said_words(text)[:2] in (
        ["ma", "vi"], ["ma", "i"], ["ma", "de"], ["ma", "personalet"], ["ma", "kommunen"],
    ):  # fmt: skip
        return Practical.LEGAL
    if read.asks_who_can_get(text) or read.asks_way_to_aids(text):
        # "hvem må få sådan en", "hvem hjælper os med at skaffe et hjælpemiddel" (set 27)
        return Practical.GET
    # "hvor kan man få hjælp til tablet og internet" asks for help, not to get a thing
    help_with = asks(text, "fa hjaelp", "far hjaelp", "fas hjaelp", "fa noget hjaelp")
    if said & _GET or not help_with and asks(
        text,
        "hvor kan jeg fa", "hvor kan man fa", "hvor far man", "hvor far jeg",
        "hvordan far man", "hvordan far jeg", "hvordan kan jeg fa", "hvordan kan man fa",
        "hvor fas", "hvordan fas", "hvor kan vi fa", "soge om", "soger om", "soge en",
        "kan jeg fa", "kan min mor fa", "kan min far fa", "ma jeg fa", "hvor kobes",
        "hvem giver", "giver mig", "fat i", "hvem udleverer", "hvor henvender", "hvem skal jeg kontakte",
        "kan man fa", "man kan fa", "kan hun fa", "kan han fa", "kan vi fa",
    ) or _FROM_MUNICIPALITY.search(" ".join(said_words(text))):  # fmt: skip
        return Practical.GET
    if said & _LEGAL or words(text)[:1] == ["ma"] or asks(
        text, "ma man", "ma i", "ma de", "ma kommunen", "ma personalet", "har man lov",
        "er det lov", "lov til",
    ):  # fmt: skip
        return Practical.LEGAL
    return None


MUNICIPALITY = "Spørg kommunens visitation eller hjælpemiddelcenter"


def no_price(name: str) -> str:
    return (
        f"Mine kilder siger ikke, hvad {lower_first(name)} koster, eller hvem der betaler. "
        f"{MUNICIPALITY}."
    )


def how_to_get(name: str) -> str:
    return (
        f"Mine kilder siger ikke, hvordan man får {lower_first(name)}. Det afgør kommunen. "
        f"{MUNICIPALITY}, om du kan få det."
    )


def who_may_get(name: str, helps: str | None) -> str:
    """ "hvem kan få den" (set 27): whom it helps, if told, and that the municipality
    decides who gets it."""
    decides = f"Hvem der kan få {lower_first(name)}, afgør kommunen. {MUNICIPALITY}."
    return f"{helps} {decides}" if helps else decides


def where_to_try(name: str) -> str:
    return (
        "Teknoteket på bibliotekerne låner små hjælpemidler ud, så man kan prøve dem af. "
        f"{MUNICIPALITY} eller dit bibliotek, om du kan prøve {lower_first(name)}."
    )


def no_rules(name: str) -> str:
    return (
        f"Mine kilder nævner ingen særlige regler for {lower_first(name)}. På socialområdet "
        "hører tryghedsskabende teknologi under Servicelovens regler om magtanvendelse. "
        "Spørg kommunen, hvad der gælder hos jer."
    )


def unknown(kind: Practical, name: str) -> str:
    if kind is Practical.PRICE:
        return no_price(name)
    if kind is Practical.TRY:
        return where_to_try(name)
    if kind is Practical.LEGAL:
        return no_rules(name)
    return how_to_get(name)


# Stems a sentence must share with a legal question to answer it from the item itself.
LEGAL_STEMS = frozenset(
    {"positivlist", "magtanvend", "servicelov", "godkend", "godk", "samtyk", "tillad", "lov"}
)


# "hvor skal han ringe hen", "hvem skal jeg ringe til", "hvor kan hun henvende sig"
# right after a technology (set 19): whom to ask about getting it.
_WHOM_TO_CALL = re.compile(
    r"\b(?:hvor|hvem) (?:skal|kan|ma|bor) (?:jeg|man|han|hun|vi|de|hans \w+|hendes \w+|min \w+"
    r"|mit \w+|vores \w+|borgeren) "
    r"(?:sa |nu |egentlig )?(?:ringe|henvende sig|ga hen|ga til|skrive|snakke med|tale med"
    # "og hvem skal jeg så spørge om det", "hvem kan vi kontakte" (set 29 more)
    r"|sporge|kontakte|rette henvendelse)\b"
    r"|\bhvilket (?:telefon)?nummer\b"
)
# "er der nogen steder han kan få hjælp til at lære det", "hvor kan hun lære at bruge den"
_WHERE_TO_LEARN = re.compile(
    r"\b(?:hvor|sted|steder|nogen|noget|nogle|hvem)\b(?: \w+){0,6} "
    r"(?:laere|laert|oplaering|undervisning|kursus|kurser)\b"
)


def asks_whom_to_call(text: str) -> bool:
    return _WHOM_TO_CALL.search(" ".join(said_words(text))) is not None


def asks_where_to_learn(text: str) -> bool:
    return _WHERE_TO_LEARN.search(" ".join(said_words(text))) is not None
