"""Held-out set 47's classes, read from a message's words: a short question of when, how
many or who about the fact just told ("og hvornår er det så man regner med det", "hvor
mange var det nu"), answered by that fact again; and who decides about technology under
the rules of magtanvendelse ("hvem godkender tryghedsskabende teknologi til en voksen").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold: "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_text as _said
from bot.knowledge.facts import said_words

WHEN = "when"
HOW_MANY = "how many"
WHO = "who"

# "(det var mange.) og hvornår er det så man regner med det?": the question word first,
# after a few openers; what follows it only points back to the fact just told
_ASKED_AGAIN = re.compile(
    r"^(?:(?:og|men|ok|okay|ja|jamen|sa|saa|nej|undskyld|hov|altsa|lige) )*"
    r"(?P<q>hvornar|hvornaar|hvilket ar|hvilket aar|hvor mange|hvem)"
    r"(?P<rest>(?: \w+){1,9})$"
)
_POINTS_BACK = frozenset("det den de dem".split())
# the words a question of the fact itself may hold after its question word: pointing
# back, being and happening, expecting, fillers; a word of its own ("kommer
# hjemmeplejen", "lavede undersøgelsen", "sagde det": the source) asks something else
_ONLY_BACK = frozenset(
    "det den de dem der som man vi du er var bliver blev skal skulle sker ske skete"
    " gaelder galdt regner regnede med forventer forventede tror troede drejer drejede"
    " sig om sa saa nu igen egentlig lige da ogsa cirka ca vaere vaeret have havde"
    " handler handlede nok mon i alt".split()
)


def _last_sentence(text: str) -> str:
    """The last sentence: "Det var mange. Og hvornår er det så?" asks its last."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip(" .!?")]
    return parts[-1] if parts else text


def asked_again(text: str, told: str = "") -> str | None:
    """WHEN, HOW_MANY or WHO, when the message asks only that of the fact just told
    (its own words point back to it, and it names nothing new); None otherwise. A count
    asked with the told sentence's own verb ("og hvor mange % nævner den" right after
    "omkring 75 % nævner skærmteknologi", set 50) asks it again too."""
    found = _ASKED_AGAIN.match(_said(_last_sentence(text)))
    if found is None:
        return None
    rest = found["rest"].split()
    own = set(said_words(told)) if found["q"].startswith("hvor mange") else set()
    if own and "%" in told:
        own |= {"procent", "pct"}
    if not _POINTS_BACK & set(rest) or not set(rest) <= _ONLY_BACK | own:
        return None
    asked = found["q"]
    if asked.startswith("hvor mange"):
        return HOW_MANY
    return WHO if asked == "hvem" else WHEN


# technology under the rules of magtanvendelse: tryghedsskabende velfærdsteknologi, the
# rules themselves, the Servicelov's §§ 128 b and 136 e, a citizen who cannot consent
_COUNCIL_MATTER = re.compile(
    r"\btryghedsskab\w*|\btryghedstekn\w*|\bmagtanvend\w*|(?:\bparagraf|§) (?:128|136)\b"
    r"|\bikke (?:\w+ ){0,2}(?:give|gi) (?:sit |sin |et )?samtykke\b"
)
_NOT_THE_COUNCIL = re.compile(r"\bpositivlist\w*|\braad\w*|\brad(?:et)?\b|\bminist\w*")


def names_council_matter(text: str) -> bool:
    """The message names technology that the municipal council approves (tryghedsskabende
    teknologi, magtanvendelse, § 128 b, a citizen who cannot consent), and not the
    positive list or the council of advisers, which others decide on."""
    said = _said(text)
    return bool(_COUNCIL_MATTER.search(said)) and not _NOT_THE_COUNCIL.search(said)
