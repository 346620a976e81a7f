"""Whether one may say no to technology and have a person instead: a question the
knowledge answers (the documents' right to choose, bot/knowledge/answers.py) and the
conversation's "a person, please" (actions/conversation.py) both read."""

from __future__ import annotations

import re

from bot.core.text import fold

# Whether one may say no to technology, a person preferred ("kan jeg sige nej tak til al
# det der teknologi hvis jeg hellere vil have et menneske", set 14): a question about
# the right to choose, not a request for a person now.
_MAY_REFUSE = re.compile(
    r"\b(?:kan|ma|skal|har) (?:jeg|man|vi|hun|han|min \w+|borger\w*) (?:\w+ ){0,2}(?:lov til at |ret til at )?"
    r"(?:sige nej|takke nej|fravaelge|fravalge|undvaere|slippe for|afvise|sige fra)\b"
    r"(?:(?: \w+){0,6} \w*teknolog\w*"
    # "må jeg godt sige nej tak til det?" of the technology just told (set 47)
    r"|(?: tak)?(?: til)? (?:det|den|dem)(?: (?:igen|sa|bare|altsa|egentlig))?(?: ?[?.!,]|$)"
    # "… hvis jeg hellere vil have at der kommer et rigtigt menneske ud" (set 47)
    r"|.*\b(?:hellere|i stedet|foretraekker)\b(?: \w+){0,8} (?:\w*menneske\w*|person\w*|nogen"
    r"|hjemmehjaelper\w*|medarbejder\w*)\b"
    r"|.*\b(?:\w*menneske|person|nogen|hjemmehjaelper|medarbejder)\w* (?:\w+ ){0,3}i stedet\b"
    # "… til det jeg vil have rigtig menneske kommer" (set 58): a person wanted, said plainly
    r"|.*\bvil (?:\w+ ){0,2}(?:have|ha|hellere) (?:\w+ ){0,3}(?:\w*menneske\w*|person\w*"
    r"|hjemmehjaelper\w*|medarbejder\w*)\b)"
    # "kan kommunen tvinge min mor til at få skærmbesøg" (set 19)
    r"|\b(?:kan|ma|maa|har) (?:kommunen|de|man|hjemmeplejen|visitationen) (?:\w+ )?(?:tvinge|presse)"
    r" (?:min \w+|hende|ham|mig|os|borgeren|dem) (?:\w+ ){0,2}til at (?:fa|modtage|tage imod|bruge|have)\b"
)


def asks_to_refuse_technology(text: str) -> bool:
    """Asked whether one may say no to technology (and have a person instead)."""
    return _MAY_REFUSE.search(" ".join(fold(text).split())) is not None
