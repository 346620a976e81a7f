"""Whether something may be done against a person's will: "kan de give ham den alligevel"
(he has said no), "uden at hun har sagt ja", "skal han ikke selv sige ja til det"
(held-out set 19). The documents answer it with voluntariness (KL's ethics) and, for
the technologies under the rules of magtanvendelse, with consent and the municipal
council's approval."""

from __future__ import annotations

import re

from bot.core.text import fold

_AGAINST_WILL = re.compile(
    # "kan de give ham den alligevel", "må kommunen sætte den på hende alligevel"
    r"\b(?:kan|ma|maa|mon|vil|skal|har) (?:de|kommunen|personalet|plejehjemmet|bostedet|hjemmeplejen"
    r"|plejen|i|man) (?:\w+ ){1,4}alligevel\b"
    # "uden at hun har sagt ja", "uden at moren selv har sagt ja", "uden hendes samtykke"
    r"|\buden at (?:\w+ ){1,2}(?:selv )?(?:har |have )?(?:sagt ja|givet lov|givet samtykke|samtykket)"
    r"|\buden (?:hans|hendes|deres|sit|hans eget|hendes eget) (?:samtykke|accept|tilladelse|ja|vidende)\b"
    # in secret: "uden hun ved det", "uden at han opdager det", "i al hemmelighed" (set 22)
    r"|\buden (?:at )?(?:hun|han|de|min \w+|borgeren|hans \w+|hendes \w+) (?:selv )?(?:ved (?:af )?det|ved noget"
    r"|opdager det|far det at vide|faar det at vide|merker det|maerker det|kan se det)\b"
    r"|\buden at (?:sige|fortaelle) (?:det )?(?:til )?(?:ham|hende|dem|borgeren)\b"
    r"|\bi (?:al )?hemmelighed\b|\bi smug\b|\bhemmeligt\b"
    # "skal jeg finde mig i at de sætter en alarm op" (set 33)
    r"|\b(?:skal|ma|maa|behover|bliver) (?:jeg|vi|han|hun|man|min \w+) (?:\w+ ){0,2}finde (?:mig|os|sig) i\b"
    # "skal han ikke selv sige ja til det", "må hun ikke selv bestemme det"
    r"|\b(?:skal|ma|maa|kan|bestemmer) (?:han|hun|de|min \w+|borgeren) (?:ikke )?selv "
    r"(?:sige ja|give (?:sit |hans |hendes )?(?:samtykke|lov)|bestemme|sige god for|sige nej)\b"
)


def asks_against_will(text: str) -> bool:
    """The sentence asks whether a thing may be done to someone who has not said yes."""
    return _AGAINST_WILL.search(" ".join(fold(text).split())) is not None


_APPROVAL = re.compile(r"magtanvend|kommunalbestyrels|samtyk|positivlist")


def needs_approval(sentences: tuple[str, ...]) -> bool:
    """The item's own sentences put it under consent, magtanvendelse or the council."""
    return any(_APPROVAL.search(fold(s)) for s in sentences)
