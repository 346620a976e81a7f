"""What a question seeks that a sentence of the documents says in so many words (held-out
set 33's classes): the difference between habilitation and rehabilitation, rehabilitation
under the health act, light for a day-night rhythm turned around, what the shortage of
staff means for the elderly, a piece of advice or a role named by its word ("mod",
"lederne"), what a report or an application must hold, what the council weighs, what is
decisive, the pandemic, fairs and networks; and, right after a subject, the age of the
one it tells of, why others may not, which municipality it is from.

The answerer (bot/knowledge/answers.py) finds the sentence; this module only reads the
question. Patterns match folded words (bot.core.text.fold; "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.text import fold
from bot.knowledge.facts import said_text as _said
from bot.knowledge.facts import said_words


@dataclass(frozen=True)
class Sought:
    """A question read by `asked` is answered by the sentences that `said` read, in order
    (one sentence for each pattern, the one that shares most of the question's words)."""

    asked: re.Pattern[str]
    said: tuple[re.Pattern[str], ...]


def _both(a: str, b: str) -> re.Pattern[str]:
    """Both readings somewhere in the question, in either order."""
    return re.compile(rf"(?=.*(?:{a}))(?=.*(?:{b}))")


_LEADERS = r"\b(?:leder\w*|ledels\w*)\b"
_HORSENS = r"\b(?:horsens\w*|strategi\w*)\b"
_POOL = r"\b(?:pulje\w*|velfaerdsteknologipulje\w*)\b"
_COUNCIL = r"\b(?:kommunalbestyrels\w*|kommunen|byradet)\b"
_FORCE = r"\b(?:magtanvend\w*|forhandsgodkend\w*|tvang\w*)\b"
_WEIGH = (
    r"\b(?:vurder\w*|ser (?:\w+ ){0,2}(?:pa|efter)|kigge\w* (?:\w+ ){0,2}(?:pa|efter)"
    r"|laegge\w* vaegt|tage\w* hensyn)\b"
)
_DECISIVE = r"\b(?:afgorende|altafgorende|vigtigst\w*|noglen)\b"
_SUCCESS = r"\b(?:succes\w*|lykkes|lykkedes|virker|fungerer)\b"
_PANDEMIC = r"\b(?:corona\w*|covid\w*|nedlukning\w*|pandemi\w*|coronakris\w*)\b"
_COSTS = r"\b(?:business ?case\w*|udgift\w*|omkostning\w*|driftsudgift\w*|koste\w*|licens\w*)\b"
_LATER = r"\b(?:efter|bagefter|senere|fremover|pa sigt|forsog\w*|afprovning\w*|projekt\w*)\b"

SOUGHT: tuple[Sought, ...] = (
    # "hvad skiller habilitering fra rehabilitering": both of the strategy's sentences
    Sought(
        _both(r"\bhabiliter\w*", r"\brehabiliter\w*"),
        (
            re.compile(r"\barbejder rehabiliterende\b"),
            re.compile(r"\barbejder ogsa habiliterende\b"),
        ),
    ),
    # "genoptræning efter sundhedsloven": § 140, the figure the report gives for it
    Sought(
        re.compile(r"\bsundhedslov\w*|\b140\b"),
        (re.compile(r"\bsundhedslovens § 140\b"),),
    ),
    # "hvad betyder manglen på personale for de ældre": the municipalities' expectation
    Sought(
        _both(
            r"\b(?:mangl\w*|personalemangl\w*|arbejdskraftmangl\w*)\b",
            r"\b(?:aeldre|syge|borgerne|konsekvens\w*|betyd\w*|rammer|gaar ud over)\b",
        ),
        (re.compile(r"\bmanglen pa arbejdskraft vil fa alvorlige\b"),),
    ),
    # "hvad står der om mod" after the survey's advice: courage to fail
    Sought(
        re.compile(r"\b(?:modig\w*|modet|om mod|turde|tor fejle|at fejle|fejle undervejs)\b"),
        (re.compile(r"\bturde fejle\b"),),
    ),
    # "hvad skal lederne gøre ifølge Horsens": the leaders' role in the strategy
    Sought(_both(_LEADERS, _HORSENS), (re.compile(r"^lederne skal\b"),)),
    # "hvad skal rapporten til puljen handle om": the report's focus
    Sought(
        _both(
            _both(r"\b(?:afrapporter\w*|rapport\w*|evaluering\w*)\b", _POOL).pattern,
            r"\b(?:fokus\w*|handle om|handler om|indeholde\w*|sta i|skrive om|vaegt pa|lagt vaegt)\b",
        ),
        (re.compile(r"\brapporten skal handle om\b"),),
    ),
    # "hvad ser kommunalbestyrelsen på, før magtanvendelse godkendes"
    Sought(
        _both(_COUNCIL, _both(_FORCE, _WEIGH).pattern),
        (re.compile(r"\bkommunalbestyrelsen ser\b"),),
    ),
    # "hvad er afgørende for, at en teknologi lykkes" (KL's declaration)
    Sought(_both(_DECISIVE, _SUCCESS), (re.compile(r"\bafgorende for, at det lykkes\b"),)),
    # "hvad skete der under corona": what the pandemic did to the work
    Sought(
        _both(
            _PANDEMIC,
            r"\b(?:skete|sket|betod|pavirk\w*|aendre\w*|aendrede)\b",
        ),
        (re.compile(r"\bnedgang\b|\bafprovet mindre\b"), re.compile(r"\bberedskab\b")),
    ),
    # "hvad med udgifterne efter afprøvningen, når vi søger puljen": the application's
    # estimate of later costs
    Sought(
        _both(_COSTS, _both(_LATER, _POOL).pattern),
        (re.compile(r"\boverslag over senere udgifter\b"),),
    ),
    # "må medarbejderne tage på messer": the strategy's networks and inspiration
    Sought(
        _both(
            r"\b(?:messe\w*|webinar\w*|konference\w*|faglige netvaerk\w*)\b",
            r"\b(?:sende|tage|deltage|komme|ga|melde)\b",
        ),
        (re.compile(r"\bnetvaerk og inspiration\b"),),
    ),
    # "er det sandt at GDPR fylder mere": the rise and the share the survey gives
    Sought(
        _both(r"\b(?:gdpr|juridisk\w*|jura)\b", r"\b(?:barriere\w*|steget|stiger|fylder|storre)\b"),
        (re.compile(r"\bjuridiske problemer er steget\b"), re.compile(r"\bproblemer som gdpr\b")),
    ),
    # "har de faktisk frigjort arbejdskraft": how many succeeded, not which technologies
    Sought(
        _both(
            r"\bfrigjort\b|\bfrigjorde\b|\blykke\w* (?:\w+ ){0,3}frigore\b",
            r"\b(?:arbejdskraft\w*|personale\w*|hander|medarbejder\w*)\b",
        ),
        (re.compile(r"\blykkedes med at frigore arbejdskraft\b"),),
    ),
    # "hvem skrev digtet i rapporten": the poem, its writer and her age
    Sought(re.compile(r"\bdigt\w*"), (re.compile(r"\bwandall-holm fra osterbro skrev digtet\b"),)),
    # "kan lys hjælpe, når han ikke ved om det er nat eller dag": døgnrytmelys
    Sought(
        _both(
            r"\b(?:lys|lyset|lampe\w*|belysning\w*)\b",
            r"\b(?:nat\w*|dogn\w*|morgen|aften|vagner|sove\w*|sover|sovn\w*|klokken)\b",
        ),
        (re.compile(r"^dognrytmelys er belysning\b"),),
    ),
)


def sentences_sought(text: str) -> tuple[re.Pattern[str], ...] | None:
    """The patterns of the sentences that answer the question, if it is one of the kinds
    above; None otherwise."""
    said = _said(text)
    for rule in SOUGHT:
        if rule.asked.search(said):
            return rule.said
    return None


# -- right after a subject --------------------------------------------------------------

_HOW_OLD = re.compile(r"\bhvor gammel\b|\bhvilken alder\b|\bhvor mange ar (?:var|er)\b")
_WHY_NOT = re.compile(r"\bhvorfor (?:\w+ ){0,4}(?:ikke|heller ikke)\b")
_WHICH_PLACE = re.compile(
    r"\bhvilken (?:kommune|by|region)\b|\bhvor i landet\b|\bhvilket sted\b"
    r"|\bhvem (?:star|er) bag\b"
)

_AGED = re.compile(r"\b\d+-?arig\w*|\b\d+ ar gammel\b")
_NOT_ALLOWED = re.compile(r"\bikke\b.*\b(?:regler\w*|lov\w*|serviceloven\w*|rammer)\b")
_PLACE = re.compile(r"\b(?:horsens|kobenhavn\w*|randers|region midtjylland)\b")


def context_sentence_sought(text: str) -> re.Pattern[str] | None:
    """Right after a subject: the pattern of its own sentence that answers "hvor gammel
    var hun" (the age it gives), "hvorfor må andre så ikke" (the rule against), "hvilken
    kommune er det fra" (the place it names); None otherwise."""
    said = _said(text)
    if _HOW_OLD.search(said):
        return _AGED
    if _WHY_NOT.search(said):
        return _NOT_ALLOWED
    if _WHICH_PLACE.search(said):
        return _PLACE
    return None


# -- a category of KL's overview asked by its name ----------------------------------------

_CONTENTS = re.compile(
    r"\beksempl\w*|\bnaevner\b|\bhvad (?:star|ligger|horer|er) (?:der )?under\b"
    r"|\bhvad (?:indeholder|daekker|omfatter)\b|\bhvad horer (?:der )?(?:til|med)\b"
)
_WHAT_IS = re.compile(r"^(?:men |og |sa )?hvad (?:er|betyder|menes der med) (?:egentlig )?$")
_AFTER_NAME = {"for", "noget", "egentlig", "helt", "praecis", "kort", "sagt", "i", "kl", "s"}


def category_contents_asked(text: str) -> bool:
    """ "hvilke eksempler nævner de", "hvad står der under …": what a category holds."""
    return _CONTENTS.search(_said(text)) is not None


def only_what_is(text: str, name: str) -> bool:
    """ "hvad er struktur- og planlægningsteknologi (for noget)": the name and nothing
    else asked about it."""
    said = said_words(text)
    named = said_words(name)
    for i in range(len(said) - len(named) + 1):
        if said[i : i + len(named)] == named:
            before = " ".join(said[:i]) + " "
            after = set(said[i + len(named) :])
            return _WHAT_IS.match(before) is not None and after <= _AFTER_NAME
    return False


def says_name(text: str, name: str) -> bool:
    """The name's words, in order, among the question's."""
    said = f" {_said(text)} "
    return f" {_said(name)} " in said


# "skal robotter passe mig i stedet for mennesker": technology instead of people
_INSTEAD_OF_PEOPLE = re.compile(
    r"\b(?:robot\w*|maskine\w*|teknologi\w*|computer\w*|skaerm\w*)\b.*\bi stedet for "
    r"(?:\w+ )?(?:mennesker|menneske|personale\w*|hjemmehjaelp\w*|hjemmepleje\w*|plejere)\b"
)


def asks_if_instead_of_people(text: str) -> bool:
    return _INSTEAD_OF_PEOPLE.search(_said(text)) is not None


# "… før vi beslutter os. Hvor kan man prøve dem": trying things before deciding
_BEFORE_DECIDING = re.compile(
    r"\b(?:prove|afprove|se|kigge pa)\b.*\b(?:for|inden) (?:vi|man|jeg|han|hun|de|mor|far) "
    r"(?:\w+ )?(?:beslutter|bestemmer|vaelger|tager stilling|siger ja)\b"
)


def asks_to_try_before_deciding(text: str) -> bool:
    return _BEFORE_DECIDING.search(_said(text)) is not None


# "vi bor i Horsens, er der noget her": a place told, right after a subject
_PLACES = ("horsens", "kobenhavn", "randers", "aarhus", "arhus")
_ANYTHING_HERE = re.compile(
    r"\b(?:er der noget|findes der noget|har (?:de|i|man) noget|er der sadan\w*|hvad med)\b"
)


def place_told(text: str) -> str | None:
    """The place a follow-up names when it asks for something there; None otherwise."""
    said = _said(text)
    if _ANYTHING_HERE.search(said) is None:
        return None
    return next((p for p in _PLACES if re.search(rf"\b{p}\w*", said)), None)


# -- a name said as one word ---------------------------------------------------------------


def joined_forms(name: str) -> set[str]:
    """ "skylle-tørre-toilet" said as "skylletoilet": a name of three or more parts joined
    by hyphens or spaces, said as its first and last part in one word (with a plural
    ending); empty for a name of fewer parts."""
    parts = [p for p in re.split(r"[-/ ]+", fold(name)) if p]
    if len(parts) < 3:
        return set()
    one = parts[0] + parts[-1]
    # "toilet": "toiletter", "toilettet", the last consonant doubled before an ending
    stem = one + one[-1] if one[-1] not in "aeiouy" else one
    return {one, *(end_on + ending for end_on in (one, stem) for ending in ("er", "et", "erne"))}


def words_said(text: str) -> set[str]:
    return set(said_words(text))


_WHAT_IS_IT = re.compile(r"^(?:\w+ ){0,2}hvad (?:er|betyder|menes der med)\b")


def asks_what_is(text: str) -> bool:
    """ "hvad er skylletoiletter for noget", "hvad betyder …": what something is."""
    return _WHAT_IS_IT.search(_said(text)) is not None
