"""What a question points at, read from its words (held-out set 38's classes): the kinds
of welfare technology asked at the end of a long message, a need to know someone is
well without calling, whether something may be put up against his will, whether one
decides oneself, the ethics of one technology, how long it takes to get a thing,
whether a citizen may apply to a pool, when something began, a person's name, the kinds
of data, a name said and asked what it is, the purpose of a kind of technology, the
shortage of staff, the drawbacks of a thing and what an evaluation showed.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold; "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_words


def _said(text: str) -> str:
    return " ".join(said_words(text))


def last_sentence(text: str) -> str:
    """The closing sentence of a message (the whole when it is one)."""
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


# "… så jeg ikke skal ringe hele tiden", "så vi ved hun har det godt": being sure from afar
_KNOW_WELL = re.compile(
    r"\b(?:ved|vide|se|hore|tjekke) (?:at |om )?(?:han|hun|de|mor|far|min \w+|vores \w+)"
    r" (?:er|har det) (?:ok|okay|okay|i orden|godt|tryg|uskadt)\b"
    r"|\buden at (?:jeg|vi) (?:\w+ ){0,2}(?:ringe|ringer|kore|tage derud)\b"
    r"|\b(?:holde|have) (?:lidt )?oje med (?:ham|hende|dem|min \w+) (?:hjemmefra|pa afstand|fra \w+)\b"
)
# "selvom han ikke vil", "selv om hun siger nej", "mod hans vilje"
_AGAINST_WILL = re.compile(
    r"\bselv ?om (?:han|hun|de|jeg|min \w+|mor|far|borgeren|beboeren) (?:\w+ )?(?:ikke|ikk|ik)"
    r" (?:vil|onsker)\b"
    r"|\bselv ?om (?:han|hun|de|jeg|min \w+|mor|far|borgeren|beboeren) (?:siger|har sagt) nej\b"
    r"|\bmod (?:hans|hendes|deres|min|borgerens) (?:egen )?vilje\b"
    # "hvis han ikke selv vil", "når hun ikke ønsker det" (set 55)
    r"|\b(?:hvis|nar|naar) (?:han|hun|de|min \w+|mor|far|borgeren|beboeren) (?:\w+ )?"
    r"(?:ikke|ikk|ik) (?:selv )?(?:vil|onsker|har lyst|er med pa|gar med til|siger ja)\b"
)
# "det er mig selv, der bestemmer", "at jeg selv får lov at bestemme"
_I_DECIDE = re.compile(
    r"\b(?:mig|jeg|os|vi) selv(?:,)? (?:der|som) (?:bestemmer|vaelger|beslutter)\b"
    r"|\b(?:jeg|vi) selv (?:kan |ma |far lov at |far lov til at )?(?:bestemme|vaelge)\b"
    r"|\b(?:jeg|vi) (?:kan |ma )?bestemme selv\b|\b(?:jeg|vi) bestemmer selv\b"
)
# "er der nogen etiske overvejelser", "hvad med etikken"
_ETHICS = re.compile(r"\betisk\w*|\betik\w*")
# "hvor lang tid tager det at få en plejeseng", "hvor længe går der, før vi får den"
_HOW_LONG_TO_GET = re.compile(
    r"\bhvor (?:lang tid|laenge) (?:tager|varer|gar|kan) (?:\w+ ){0,3}(?:fa|far)\b"
    r"|\bhvor hurtigt (?:kan|far) (?:man|vi|jeg|han|hun|de) (?:\w+ )?(?:fa|far)?\b"
)
# "kan man som borger selv søge puljen", "må vi borgere søge penge fra puljen"
_CITIZEN_APPLIES = re.compile(
    r"\b(?:borger\w*|privat\w*) (?:\w+ ){0,3}(?:soge|soger|ansoge)\b"
    r"|\b(?:kan|ma) (?:man som |jeg som |vi som )?(?:borger\w*|privatperson\w*) (?:\w+ ){0,3}soge\b"
)
_POOL = re.compile(r"\bpulje\w*|\bvelfaerdsteknologipulje\w*")
# "hvornår begyndte de", "hvornår startede man med"
_WHEN_BEGAN = re.compile(
    r"\bhvornar (?:\w+ ){0,3}(?:begyndte|startede|indforte|kom|fik|begynder|har)\b"
    r"|\bsiden hvornar\b|\bhvilket ar (?:\w+ ){0,3}(?:begyndte|startede|kom)\b"
)
# "hvad hedder den kvinde", "hvad hed manden der …": a person's name
_PERSON_NAMED = re.compile(
    r"\bhvad (?:hedder|hed|var navnet pa|er navnet pa) (?:den|det|hun|han|kvinden|manden"
    r"|personen|borgeren)\b(?: \w+){0,3} (?:kvinde|mand|borger|person|\w*arige|forfatter\w*)\b"
    r"|\bhvem (?:var|er) (?:den|det) (?:\w+ ){0,3}(?:kvinde|mand|borger|person|\w*arige)\b"
    # "hvem var det, der skrev sangen" (a poem's or a song's writer, not a document's)
    r"|\bhvem (?:\w+ ){0,3}(?:skrev|skrevet|forfattede) (?:\w+ ){0,2}(?:digt\w*|sang\w*|vers\w*)"
)
# "hvilke slags data", "de tre kategorier af data", "typer af data"
_KINDS_OF_DATA = re.compile(
    r"\b(?:slags|typer|kategorier|former|arter) (?:af |for )?data\b"
    r"|\bdata\w* (?:\w+ ){0,2}(?:i|inden for) (?:tre|hvilke) (?:slags|typer|kategorier)\b"
)
# "… der hedder Teknoteket. Hvad er det?": a name said, asked what it is
_NAME_SAID = re.compile(r"\b(?:hedder|kaldes|kaldet|hort om|laest om|set)\b")
_WHAT_IS_IT = re.compile(r"^(?:og |men )?hvad er (?:det|den|de)(?: for noget| for en| for et)?$")
# "hvad er formålet med den slags teknologi", "hvad skal den slags apps gøre godt for"
_PURPOSE = re.compile(
    r"\bformal\w* med (?:den|det|de|denne|dette|sadan\w*|sadanne)\b"
    r"|\bhvad er (?:ideen|meningen|pointen) med (?:den|det|de|denne|dette|sadan\w*)\b"
)
# "hvorfor mangler de folk i plejen", "hvor mange hænder mangler vi"
_SHORTAGE = re.compile(
    r"\bmangle\w* (?:\w+ ){0,2}(?:folk|personale|medarbejdere|haender|arbejdskraft|sosu\w*"
    r"|plejere|hjaelpere)\b"
    r"|\b(?:folk|personale|medarbejdere|haender|arbejdskraft|plejere) (?:\w+ ){0,2}mangle\w*"
    r"|\bmangel\w* pa (?:folk|personale|medarbejdere|haender|arbejdskraft|plejere)\b"
)
# "er der ulemper ved", "hvad er bagsiden ved"
_DRAWBACKS = re.compile(r"\bulempe\w*|\bbagside\w*|\bnegative sider\b|\bminusser\b")
# "hvad viste evalueringen", "hvad fandt VIVE ud af", "hvad kom de frem til"
_SHOWED = re.compile(
    r"\bhvad (?:viste|viser|fandt|konkluderede|konkluderer)\b|\bhvad kom (?:\w+ ){0,3}frem til\b"
    r"|\bhvad blev (?:resultatet|konklusionen)\b|\bhvad var (?:resultatet|konklusionen)\b"
)


# "hvor får jeg den", "hvor kan vi få sådan en": where to get the thing just told of
_WHERE_TO_GET_IT = re.compile(
    r"^(?:og |men )?hvor (?:far|kan|skal) (?:jeg|man|vi|han|hun|de) (?:sa |egentlig )?"
    r"(?:fa |skaffe |fat i )?(?:den|det|dem|sadan en|sadan et|sadan nogle|en|et)(?: fra| henne)?$"
)
# a proper name inside a sentence (not its first word)
_PROPER = re.compile(r"(?<=[a-zæøå,] )[A-ZÆØÅ][a-zæøå][\wæøå-]*")


def new_names(sentence: str, question: str) -> list[str]:
    """The proper names a sentence says that the question does not."""
    asked = set(said_words(question))
    return [n for n in _PROPER.findall(sentence) if not set(said_words(n)) <= asked]


# A person's first and last name side by side ("Iboja Wandall-Holm"), not a place alone
_FULL_NAME = re.compile(r"(?<=[a-zæøå,] )[A-ZÆØÅ][a-zæøå][\wæøå]* [A-ZÆØÅ][a-zæøå][\wæøå-]*")


def names_a_person(sentence: str) -> bool:
    """The sentence names someone by first and last name."""
    return _FULL_NAME.search(sentence) is not None


def asks_where_to_get_it(text: str) -> bool:
    return _WHERE_TO_GET_IT.search(_said(text)) is not None


def asks_to_know_well(text: str) -> bool:
    return _KNOW_WELL.search(_said(text)) is not None


def asks_against_will(text: str) -> bool:
    return _AGAINST_WILL.search(_said(text)) is not None


def asks_if_i_decide(text: str) -> bool:
    return _I_DECIDE.search(_said(text)) is not None


def asks_ethics(text: str) -> bool:
    return _ETHICS.search(_said(text)) is not None


def asks_how_long_to_get(text: str) -> bool:
    return _HOW_LONG_TO_GET.search(_said(text)) is not None


def asks_if_citizen_applies(text: str) -> bool:
    said = _said(text)
    return _POOL.search(said) is not None and _CITIZEN_APPLIES.search(said) is not None


def asks_when_began(text: str) -> bool:
    return _WHEN_BEGAN.search(_said(text)) is not None


def asks_persons_name(text: str) -> bool:
    return _PERSON_NAMED.search(_said(text)) is not None


def asks_kinds_of_data(text: str) -> bool:
    return _KINDS_OF_DATA.search(_said(text)) is not None


def name_said_then_asked(text: str) -> bool:
    """ "Hun har hørt om noget der hedder X. Hvad er det?": a name, then what it is."""
    last = last_sentence(text)
    if last == text.strip():
        return False
    before = text.strip()[: -len(last)]
    return (
        _WHAT_IS_IT.search(_said(last)) is not None and _NAME_SAID.search(_said(before)) is not None
    )


def asks_purpose(text: str) -> bool:
    return _PURPOSE.search(_said(text)) is not None


_HOW_MANY_OR_WHY = re.compile(
    r"\bhvor mange (?:\w+ ){0,3}mangle\w*|\bhvorfor (?:\w+ ){0,3}mangle\w*"
    r"|\bhvor mange (?:folk|medarbejdere|haender|plejere)\b|\bhvor stor (?:er )?mangel\w*"
)


def asks_shortage(text: str) -> bool:
    """How many staff are lacking, or why ("hvorfor mangler de hænder i plejen")."""
    said = _said(text)
    return _SHORTAGE.search(said) is not None and _HOW_MANY_OR_WHY.search(said) is not None


def asks_drawbacks(text: str) -> bool:
    return _DRAWBACKS.search(_said(text)) is not None


def asks_what_it_showed(text: str) -> bool:
    return _SHOWED.search(_said(text)) is not None
