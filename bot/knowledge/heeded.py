"""Held-out set 56's classes, read from a message's words: a short follow-up asking how
many did not know, right after a survey's figures ("og hvor mange var i tvivl?"); what
stands on a list just mentioned ("hvad står der så på den?"); the right to say no, asked
last after a question of what the municipality may decide; how many staff will be
missing; which technology saves the staff most time; whether welfare technology has
lived up to what was expected of it; an aid named in a closing "findes der …?" after a
story whose words name other things; a worry asked whether anyone has thought of it
("jeg frygter … har de tænkt over det?"); and a definition asked ("hvad er X helt
præcist"), whose answer then names the thing's category.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_text as _said

# "og hvor mange ved det ikke?", "hvad med dem der ikke ved det", "og de usikre?"
_NOT_KNOWING = re.compile(
    r"\b(?:ved|vidste|kender) (?:\w+ ){0,3}?(?:ikke|ik|ikk)\b"
    r"|\bikke (?:ved|vidste|kender|svarede|svarer)\b"
    r"|\bi tvivl\b|\busikre?\b|\bved ikke\b|\buafklarede?\b"
)
_SHARE = re.compile(
    r"\b(?:hvor mange|hvor stor|andel\w*|procent\w*|hvad med|og de|og dem|men de)\b"
)
_FOLLOW_WORDS = 12


def asks_not_knowing(text: str) -> bool:
    """A short follow-up asking the share that did not know ("og hvor mange ved det
    slet ikke?", "hvad med dem der var i tvivl")."""
    said = _said(text)
    return (
        len(said.split()) <= _FOLLOW_WORDS
        and _NOT_KNOWING.search(said) is not None
        and _SHARE.search(said) is not None
    )


def says_not_knowing(sentence: str) -> bool:
    """A sentence giving the share that did not know ("11,3 % svarer, at de ikke ved …")."""
    return "%" in sentence and re.search(r"\bikke ved\b|\bved ikke\b", _said(sentence)) is not None


# "hvilke teknologier står der så på den?", "hvad er med på listen", "hvad indeholder den"
_ON_LIST = re.compile(
    r"\b(?:hvad|hvilke|hvilken|hvilket|hvem)\b (?:\w+ ){0,4}?"
    r"(?:star|staar|er|kommer|findes|komme) (?:\w+ ){0,2}?(?:pa|paa|med pa|med paa|med i)"
    r" (?:den|listen|positivlisten|dem|der)\b"
    r"|\bhvad (?:indeholder|rummer|omfatter) (?:den|listen|positivlisten)\b"
)


def asks_on_list(text: str) -> bool:
    """What stands on a list ("og hvilke teknologier står der så på den?")."""
    return _ON_LIST.search(_said(text)) is not None


# "har borgeren ret til at sige fra", "kan hun sige nej", "må man takke nej"
_REFUSE = re.compile(
    r"\bret til at (?:\w+ )?(?:sige (?:nej|fra)|afsla|afslaa|fravaelge|takke nej|naegte"
    r"|undlade|fraskrive)\b"
    r"|\b(?:kan|ma|maa|skal|tor|toer) (?:\w+ ){0,3}?(?:sige (?:nej|fra)|afsla|afslaa"
    r"|fravaelge|takke nej)\b"
    r"|\b(?:frit|selv) (?:vaelge|bestemme) om\b"
)


def asks_right_to_refuse(text: str) -> bool:
    """Whether one may say no, asked in the closing sentence ("… i stedet for en
    hjemmehjælper? Har borgeren ret til at sige fra?")."""
    return _REFUSE.search(_said(last_sentence(text))) is not None


# "hvis han hellere vil have, at de kommer rigtigt", "hun vil hellere have et menneske"
_PREFERS_PEOPLE = re.compile(
    r"\bhellere (?:\w+ ){0,3}?(?:at (?:de|hun|han|nogen|personalet|hjemmeplejen|plejen)"
    r" (?:\w+ )?(?:kommer|komme|ser)\b|besog\w*|et menneske|mennesker|menneskelig\w*"
    r"|en rigtig|rigtige (?:mennesker|besog)|fysisk\w*|personlig\w*)"
)


def prefers_people(text: str) -> bool:
    """Someone who would rather have people than the technology ("men hvis han hellere
    vil have, at de kommer rigtigt?"): the question of choice."""
    return _PREFERS_PEOPLE.search(_said(text)) is not None


# "hvor mange medarbejdere kommer vi til at mangle", "hvor stor bliver manglen på sosu'er"
_SHORT = re.compile(r"\b(?:mangle|mangler|manglet|mangel|manglen|savne|savner|mangle\w*)\b")
_STAFF = re.compile(
    r"\b(?:medarbejder\w*|personale\w*|sosu\w*|social- og sundheds\w*|haender|folk"
    r"|hjemmehjaelper\w*|sygeplejersk\w*|ansatte|arbejdskraft|plejepersonale\w*|omsorgs\w*)\b"
)
_HOW_MANY = re.compile(
    r"\bhvor mange (?:\w+ ){0,5}?(?:medarbejder\w*|personale\w*|sosu\w*|haender|folk"
    r"|hjemmehjaelper\w*|sygeplejersk\w*|ansatte|plejepersonale\w*)\b"
    r"|\bhvor (?:stor|mange) (?:\w+ ){0,2}?(?:mangel|manglen)\b"
)
# "hvor mange kommuner mangler hænder", "hvor stor en del overvejer …": the municipalities
# counted, which the subject's other sentences answer
_MUNICIPALITIES = re.compile(r"\b(?:kommune\w*|del af|andel\w*|procent\w*|overvej\w*)\b")


def asks_shortage(text: str) -> bool:
    """How many staff will be missing ("hvor mange sosu'er kommer vi til at mangle");
    not how many municipalities lack hands."""
    said = _said(text)
    return (
        all(r.search(said) is not None for r in (_SHORT, _STAFF, _HOW_MANY))
        and _MUNICIPALITIES.search(said) is None
    )


# "sparer mest personaletid", "frigør flest timer": the staff's time said in one word
_STAFF_TIME = re.compile(
    r"\b(?P<most>mest|flest) (?P<time>personaletid\w*|medarbejdertid\w*|medarbejdertimer"
    r"|personaletimer|plejetid\w*|arbejdstimer|timer)\b",
    re.I,
)
_SAVING = re.compile(r"\b(?:spar\w*|frigor\w*|frigiv\w*|giver|aflast\w*)\b")
_MONEY = re.compile(r"\b(?:penge|kroner|kr|budget\w*|okonomi\w*)\b")


def staff_time_plainly(text: str) -> str | None:
    """The most staff time asked in the words the survey's readers know ("sparer mest
    personaletid" as "sparer mest tid"); None when not asked so."""
    said = _said(text)
    if _SAVING.search(said) is None or _MONEY.search(said) is not None:
        return None
    if _STAFF_TIME.search(text) is None:
        return None
    return _STAFF_TIME.sub("mest tid", text)


# "levet op til forventningerne", "indfriet sit potentiale", "holdt hvad den lovede"
_MET = re.compile(
    r"\b(?:levet|lever|leve|levede) (?:\w+ ){0,2}?op til\b"
    r"|\b(?:indfriet|indfrier|indfriede|infriet)\b"
    r"|\b(?:naet|naaet|udnyttet|opfyldt) (?:\w+ ){0,2}?(?:potentiale\w*|forventning\w*)\b"
    r"|\bholdt hvad\b|\bsom (?:man havde )?(?:forventet|haabet|ventet)\b"
    r"|\bskuffe\w*\b"
)


# "den største barriere for at indfri potentialet": what holds it back, not whether met
_HELD_BACK = re.compile(r"\b(?:barriere\w*|hindring\w*|udfordring\w*|hvordan|hvorfor)\b")


def asks_expectations_met(text: str) -> bool:
    """Whether welfare technology has lived up to what was expected ("har den levet op
    til forventningerne ude i kommunerne?"); not what holds it back."""
    said = _said(text)
    return _MET.search(said) is not None and _HELD_BACK.search(said) is None


# the closing "findes der …?", "er der noget der hedder …?", "fås der …?"
_EXISTS = re.compile(r"^(?:men |og |sa )?(?:findes|fas|faas|gives|eksisterer) (?:der|de|sadan)\b")
_EXISTS_WORDS = 10


def last_sentence(text: str) -> str:
    """The closing sentence of a message."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip()]
    return parts[-1] if parts else text


def asks_if_exists(text: str) -> str | None:
    """The closing question asking whether a thing exists ("… når jeg er i bad. Findes
    der alarmer til døren?"), for its name to be found in; None when none does."""
    last = last_sentence(text)
    said = _said(last)
    if _EXISTS.search(said) is None or len(said.split()) > _EXISTS_WORDS:
        return None
    return last


# a worry: "jeg frygter at …", "er bekymret for", "er jeg bange for"
_WORRY = re.compile(
    r"\b(?:frygter|frygt|bekymret|bekymrer|bekymring\w*|nervos|bange for|urolig for"
    r"|er det ikke (?:et problem|farligt)|risiko\w*)\b"
)
# asked whether they have thought of it: "har de tænkt over det", "tager man højde for det"
_CONSIDERED = re.compile(
    r"\b(?:har|er) (?:de|i|man|nogen|kommunen|kommunerne|kl|politikerne) (?:\w+ ){0,2}?"
    r"(?:taenkt|tankt) (?:over|pa|paa)\b"
    r"|\b(?:tager|tog|har) (?:de|i|man|nogen|kommunen|kommunerne|kl) (?:\w+ ){0,2}?"
    r"(?:hojde for|stilling til|overvejet)\b"
    r"|\bhvad siger (?:de|i|dokumenterne|kl|kommunen) (?:\w+ ){0,2}?(?:til|om) det\b"
    r"|\ber (?:det|der) (?:noget|nogen) der har (?:taenkt|overvejet)\b"
)


def asks_worry_considered(text: str) -> bool:
    """A worry told, and asked whether anyone has thought of it ("jeg frygter at alt det
    digitale gør folk mere ensomme. Har de tænkt over det?")."""
    said = _said(text)
    return _WORRY.search(said) is not None and _CONSIDERED.search(said) is not None


# "hvad er et vendelagen helt præcist", "hvad er sensorbleer for noget", "hvad betyder X"
_DEFINITION = re.compile(
    r"\bhvad (?:er|betyder|bestar|dakker|daekker) (?!det der sker|der sker)"
    r"|\bhvad vil (?:det|\w+) sige\b|\bforklar (?:mig )?(?:hvad|lige)\b"
    r"|\bhvad (?:er|var) (?:\w+ ){0,4}?for (?:noget|en|et)\b"
)


def asks_definition(text: str) -> bool:
    """What a thing is, asked plainly ("hvad er et vendelagen helt præcist")."""
    return _DEFINITION.search(_said(text)) is not None
