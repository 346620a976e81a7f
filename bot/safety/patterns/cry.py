"""A bare cry for help ("hjælp", "hjælp mig", "er der nogen"): nothing else said."""

from __future__ import annotations

import re

_HELP_WORD = re.compile(r"^(?:hj(?:ae|e|a)+(?:l+p*|p+)|hjae|j(?:ae|e|a)+l+p*|[yh]elp)(?:e|er)?$")

_FILLERS = frozenset(
    """mig mae os ham hende ska ha jeg har brug for kan ka nogen noget i der er vil ville please
    lige nu hurtigt venligst hallo halo hej oh ah a eh oh o uh ov av au altsa nej ja gud
    herregud ak min mit kom komme her sa vaer sod at og sig send skal hvem ring nogle
    den det kunne til hvad ohh hm hmm undskyld men okay ok vi dog bruge""".split()
)

_ANYONE = re.compile(
    r" er der (?:ikke )?nogen(?: (?:der|som) (?:kan )?(?:hore|horer|hjaelpe) mig)? "
)

# A question about who helps ("hvem er det der hjælper", "hvem hjælper"), asked after the
# assistant named a service: the helper asked about, not help cried for; "hvem kan hjælpe
# mig" stays a cry.
_ASKS_WHO = re.compile(r" hvem (?:\w+ ){0,4}(?:hjaelper|hjaelpes|hjalper|hjelper)\b")


def bare_help(norm: str) -> bool:
    """Only a cry for help: help words and fillers, or "er der nogen (der kan høre mig)"."""
    said = _ANYONE.sub(" hjaelp ", norm).split()
    if _ASKS_WHO.search(norm):
        return False
    return any(_HELP_WORD.match(w) for w in said) and all(
        _HELP_WORD.match(w) or w in _FILLERS for w in said
    )
