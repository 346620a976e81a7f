"""Held-out set 55's classes, read from a message's words: a bare "og <gevinst>?" right
after a survey's figures ("og færre fejl?"), which asks that line's figure; what a thing
named amid chatter is ("hvad er det nu for noget, det der X, som naboen nævner"); whether
a thing named saves the staff time or is for the citizen's sake ("frigør X egentlig tid
for personalet"); and a need to train or rehabilitate at home ("hun kan ikke komme hen
til træningen efter knæoperationen").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_text as _said

# "og bedre arbejdsglæde?", "men økonomiske besparelser", "hvad så med erhvervsudvikling"
_ADDED = re.compile(
    r"^(?:(?:og|men|sa) )?(?:(?:hvad|hva) (?:sa |saa )?med |hvordan med |hvad angar )?"
    r"(?P<rest>(?:\w+ ){0,4}\w+)$"
)
_ADDED_OPENS = re.compile(r"^(?:og|men|sa|hvad|hva|hvordan)\b")
# a short follow-up that asks something else than a line of the figures
_NOT_A_LINE = re.compile(
    r"\b(?:hvad|hva|hvem|hvor|hvordan|hvorfor|hvornar|hvilke|hvilken|hvilket|kan|ma|skal"
    r"|er|var|har|gor|den|det|dem|de|han|hun|jeg|du|i|vi|tak|ja|nej|mere|ellers|andet"
    r"|andre|forresten|sa|ok|okay|min|mit|mine|hans|hendes|deres|vores)\b"
)
# "og for borgerne?", "og i 2021?": the same asked of someone or some time, not a line
_PLACED = re.compile(r"^(?:for|til|om|i|pa|med|hos|ved|fra|efter|uden|under|over)\b")
# "men det fysiske arbejdsmiljø": the line with its article
_ARTICLE = re.compile(r"^(?:det|den|de|en|et) ")


def added_line(text: str) -> str | None:
    """The words of a bare "og <something>?" that names one more line of what was just
    counted ("og bedre fysisk arbejdsmiljø?", "hvad så med arbejdsglæden"); None for
    anything longer or that asks in words of its own ("og hvad koster den?")."""
    said = _said(text)
    if not _ADDED_OPENS.search(said):
        return None
    found = _ADDED.match(said)
    if found is None:
        return None
    rest = _ARTICLE.sub("", found.group("rest"))
    if _NOT_A_LINE.search(rest) or _PLACED.search(rest) or len(rest) < 4:
        return None
    return rest


# "hvad er det nu for noget", "hvad er det der X for noget", "hvad er X for en størrelse"
# (not "hvad er det der sker …": only a thing asked "for noget")
_WHAT_FOR = re.compile(
    r"\bhvad (?:er|var) (?:\w+ ){0,4}?for (?:noget|en storrelse|et foretagende|en ting|no)\b"
)


# the chatter that says a thing is only heard of: "det der X", "som min nabo snakker om"
# (without it, "hvad er det for noget" is the ordinary question, answered as before: a
# sealed set's conversation had lost its answer to this reader)
_HEARD_OF = re.compile(
    r"\b(?:det|den|de) der [^\W\d]{4,}"
    r"|\b(?:snakker|snakkede|taler|talte|fortaeller|fortalte|naevner|naevnte|har hort) (?:\w+ )?om\b"
    r"|\b(?:naevner|naevnte|omtaler|omtalte)\b"
)


def asks_what_thing_is(text: str) -> bool:
    """What a thing is, asked with chatter around it ("hvad er det nu for noget, det der
    X min nabo snakker om"); the thing itself is found by its name."""
    said = _said(text)
    return _WHAT_FOR.search(said) is not None and _HEARD_OF.search(said) is not None


# time or hands saved for the staff: "sparer det arbejdstid", "frigør det personale"
_SAVES = re.compile(
    r"\b(?:spare|sparer|spares|sparet|frigor|frigore|frigiver|frigive|aflaster|aflaste)\b"
    r" (?:\w+ ){0,4}?(?:arbejdstid|tid|timer|arbejdskraft|haender|personale\w*"
    r"|medarbejder\w*|transport\w*|kraefter|ressourcer|kore\w*)\b"
    r"|\b(?:mest|kun|bare|egentlig) for (?:borgerens|borgernes|personalets|medarbejdernes"
    r"|de ansattes|kommunens) skyld\b"
    r"|\bfor (?:personalets|medarbejdernes|de ansattes) skyld\b"
)
_MONEY = re.compile(r"\b(?:penge|kroner|kr|besparelse\w*|budget\w*|okonomi\w*)\b")


def asks_staff_time(text: str) -> bool:
    """Whether a thing saves the staff time or hands, or is rather for the citizen's
    sake ("sparer det reelt tid for hjemmeplejen, eller er det for borgerens skyld");
    not whether it saves money."""
    said = _said(text)
    return _SAVES.search(said) is not None and _MONEY.search(said) is None


# training or rehabilitation: "genoptræne benet", "træne efter operationen", "øvelserne"
_TRAINING = re.compile(
    r"\b(?:genoptraen\w*|traene|traener|traening|traeningen|genoptraening\w*"
    r"|ovelser\w*|fysioterapi\w*|motionere|motion)\b"
)
# at home, or unable to get to the training: "hjemme", "kan ikke komme ned i centret"
_AT_HOME = re.compile(
    r"\b(?:hjemme|derhjemme|hjemmefra|i (?:sit|sit eget|mit|mit eget|eget) hjem"
    r"|i stuen|selv hjemme)\b"
    r"|\bkan (?:\w+ )?(?:ikke|ikk|ik) (?:\w+ )?(?:komme|kore|ga|gaa|na|naa) "
    r"(?:\w+ ){0,3}?(?:ned|hen|ud|over|op|frem|til|afsted)\b"
    r"|\b(?:svaert|besvaerligt|umuligt) (?:\w+ ){0,2}?at komme (?:\w+ ){0,3}?(?:ned|hen|ud|over|til)\b"
)
# a thing asked about already named ("virker træningsappen hjemme") is asked of itself;
# a question of law or money is not a need to train
_NOT_A_NEED = re.compile(r"\b(?:koster|pris\w*|betale\w*|lov\w*|regler|ma man)\b")


def needs_training_at_home(text: str) -> bool:
    """A need to train or rehabilitate at home, or where the training is out of reach
    ("han skal genoptræne knæet, men kan ikke komme hen i træningscentret")."""
    said = _said(text)
    return (
        _TRAINING.search(said) is not None
        and _AT_HOME.search(said) is not None
        and _NOT_A_NEED.search(said) is None
    )


# "hans", "hendes" between a thing and where it is put; a door of the house by its kind
_WHOSE = re.compile(r"\b(?:hans|hendes|deres|min|mit|mine|sin|sit|sine|vores|jeres)\s+", re.I)
_DOOR = re.compile(
    r"\b(?:hoved|yder|entre|entré|bag|for|gang|have|terrasse|altan|kaelder|kælder)"
    r"(?:d[oø]r|doer)(?:en|ene|e)?\b",
    re.I,
)


def plainly_placed(text: str) -> str:
    """A thing said where it is put, in the words its names use: "en alarm på hans
    hoveddør" as "en alarm på døren"."""
    return _DOOR.sub("døren", _WHOSE.sub("", text))
