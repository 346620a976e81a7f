"""What a question asks in everyday words, read from its words (held-out sets 29-30): where a
technology belongs ("hvad hører den så under", "hvad hedder den gruppe"), a subject asked
to be explained ("forklar det medmenneskelige lidt mere", "hvad mener KL med det faglige"),
technology as a way to save ("er det ikke bare for at spare på hjemmehjælpen"), trying
before buying with no aid named, whether the assistant is a program or a person, what
welfare technology itself is asked with filler ("hvad er det der velfærdsteknologi
egentlig"), what a document says about a subject ("hvad står der om os"), a need asked as
"noget der kan hjælpe med X", whether a thing comes as an app or on a screen, and a year
said in words ("to tusind og fire og tyve").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold; "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_words


def _said(text: str) -> str:
    return " ".join(said_words(text))


# "hvad hører stemmestyring så under", "hvilken af dem hører den til", "hvad hedder den
# gruppe den hører til" (sets 29-30): the category of a thing
_BELONGS = re.compile(
    r"\bhorer (?:\w+ ){0,3}?(?:under|til|ind under|hjemme)\b"
    r"|\b(?:gruppe|gruppen|hovedgruppe|overgruppe)\b"
)


def asks_where_it_belongs(text: str) -> bool:
    return _BELONGS.search(_said(text)) is not None


# "forklar lige det medmenneskelige lidt mere", "hvad mener KL med det faglige princip",
# "kan du uddybe det individuelle": a subject asked to be explained
_EXPLAIN = re.compile(
    r"\b(?:forklar\w*|uddyb\w*|hvad mener (?:\w+ ){1,2}?med|hvad menes (?:der )?med"
    r"|hvad ligger der i|hvad vil det sige|hvad ga?r (?:\w+ )?ud pa)\b"
)


def asks_to_explain(text: str) -> bool:
    return _EXPLAIN.search(_said(text)) is not None


# "er det ikke bare fordi de vil spare på hjemmehjælpen", "handler det bare om at spare
# penge": technology as a saving on care, which the documents answer with a supplement
_SAVING = re.compile(r"\b(?:spare\w*|sparer|spar|besparels\w*|nedskaering\w*|skaere ned)\b")
_ONLY = re.compile(r"\b(?:bare|kun|blot|udelukkende|egentlig bare)\b")


def asks_if_only_saving(text: str) -> bool:
    said = _said(text)
    return _SAVING.search(said) is not None and _ONLY.search(said) is not None


# "kan man låne noget og prøve det af først inden man køber det": trying before buying,
# with no aid or technology named
_BEFORE_BUYING = re.compile(
    r"\b(?:for|inden|forst) (?:\w+ ){0,2}?(?:kober|kobe|kobes|anskaffer|anskaffe|investerer)\b"
)


def asks_to_try_before_buying(text: str) -> bool:
    return _BEFORE_BUYING.search(_said(text)) is not None


# "er det en chatbot eller sidder der en frivillig og svarer", "er du en robot eller et
# menneske": whether the assistant is a program or a person
_PROGRAM_OR_PERSON = re.compile(
    r"\b(?:er (?:det|du|i|der) (?:en |et )?(?:chatbot|chat bot|robot|computer\w*|maskine|program)"
    r"|(?:chatbot|robot|computer\w*|maskine) eller (?:et |en )?(?:menneske|person|rigtig\w*))\b"
)
_A_PERSON = re.compile(
    r"\b(?:menneske|person|frivillig|medarbejder|rigtig \w+|levende|sidder (?:der|du|i) )"
)


def asks_program_or_person(text: str) -> bool:
    said = _said(text)
    return _PROGRAM_OR_PERSON.search(said) is not None and _A_PERSON.search(said) is not None


# "hvad er det der velfærdsteknologi egentlig", "hvad er det med velfærdsteknologi for
# noget": what welfare technology itself is, said with spoken filler
_WHAT_WELFARE_IS = re.compile(
    r"^(?:\w+ ){0,2}?(?:hvad|hva) (?:er|betyder) (?:det (?:der|med) |sadan noget |det |noget med )?"
    r"velfaerds ?teknologi(?: (?:egentlig|egentligt|for noget|overhovedet|helt praecist|nu|sa"
    r"|igen|for en stoerrelse|for en storrelse))*$"
)


def asks_what_welfare_is(text: str) -> bool:
    return _WHAT_WELFARE_IS.search(_said(text)) is not None


# "hvad står der om os i kommunens strategi", "hvad skriver de om Nethjælpen": what a
# document says about a subject, its summary
_WRITTEN_ABOUT = re.compile(
    r"\bhvad (?:star|staar|skriver|skrives) (?:der|de|man|den) (?:\w+ )?om\b"
)


def asks_what_is_written(text: str) -> bool:
    return _WRITTEN_ABOUT.search(_said(text)) is not None


# "er der noget teknologi der kan hjælpe med søvnen", "findes der en robot der kan hjælpe
# med at vaske tøjet": a need told after "… der kan hjælpe med"
_HELPS_WITH_A_NEED = re.compile(
    r"\b(?:teknologi\w*|hjaelpemid\w*|losning\w*|noget|robot\w*|maskine\w*|ting)"
    r" (?:\w+ )?(?:der|som) (?:kan )?hjaelpe?r? (?:til )?(?:med|ved)\b"
)


def asks_help_with_a_need(text: str) -> bool:
    return _HELPS_WITH_A_NEED.search(_said(text)) is not None


# "kan man få det som app på telefonen", "findes det også på video": whether a thing comes
# in a form; the word after "som"/"på" is looked for in its own sentences
_AS_FORM = re.compile(
    r"\b(?:fa|faa|fas|findes|fins|bruge|bruges|have|kobe) (?:det|den|dem|de) (?:ogsa )?(?:som|pa|via|over)"
    r" (?:en |et )?(?P<form>\w{3,})\b"
)


def form_asked(text: str) -> str | None:
    found = _AS_FORM.search(_said(text))
    return found.group("form") if found is not None else None


# "to tusind og fire og tyve", "totusind og fireogtyve" (a speech recogniser's year)
_UNITS = {
    "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
    "otte": 8, "ni": 9,
}  # fmt: skip
_TENS = {"tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50}
_TEENS = {
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
}  # fmt: skip
_SPOKEN_YEAR = re.compile(
    r"\bto ?tusind(?:e)?(?: og)? ?(?:(?P<unit>en|et|to|tre|fire|fem|seks|syv|otte|ni) ?og ?"
    r"(?P<tens>tyve|tredive|fyrre|halvtreds)|(?P<tens_only>tyve|tredive|fyrre|halvtreds)"
    r"|(?P<teen>ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)"
    r"|(?P<small>en|et|to|tre|fire|fem|seks|syv|otte|ni))\b",
    re.IGNORECASE,
)


def spoken_years(text: str) -> str:
    """The sentence with a year said in words written as digits."""

    def year(m: re.Match[str]) -> str:
        if m.group("tens"):
            value = _TENS[m.group("tens").lower()] + _UNITS[m.group("unit").lower()]
        elif m.group("tens_only"):
            value = _TENS[m.group("tens_only").lower()]
        elif m.group("teen"):
            value = _TEENS[m.group("teen").lower()]
        else:
            value = _UNITS[m.group("small").lower()]
        return str(2000 + value)

    return _SPOKEN_YEAR.sub(year, text)


# "kan det ikke gøre folk mere ensomme", "bliver de så ikke overvåget hele tiden" right
# after a technology: a worry about it, which a subject of the documents answers
_WORRY = re.compile(
    r"^(?:\w+ )?(?:kan|vil|gor|bliver|giver) (?:det|den|de) (?:sa )?(?:ikke|ik) \w+"
)


def asks_a_worry(text: str) -> bool:
    return _WORRY.search(_said(text)) is not None
