"""The clock as dialect says it: "klokke elleve" for "klokken elleve".

A man of 80 in Vendsyssel at his speaker (set 50: "hver mandag klokke elleve ska a ha
min vitaminpille", "klokke fjorten", "klokke otte om morgenen å klokke tyve om
aftenen") drops the n, and says "å" for "og" between two hours; the time parser and
the readers know "klokken". Only before an hour ("ring med klokken", a bell, stays
as it is), and "å" only before another "klokken".
"""

from __future__ import annotations

import re

_HOUR_WORDS = (
    r"\d|halv|kvart|et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten"
    r"|femten|seksten|sytten|atten|nitten|tyve|treogtyve|toogtyve|enogtyve|tredive"
)
_KLOKKE = re.compile(rf"\b(?:klokke|klokka)\b(?=\s+(?:{_HOUR_WORDS}))", re.IGNORECASE)
_AND = re.compile(r"(?<=\w)\s+å\s+(?=(?:klokken|kl\.?)\s)", re.IGNORECASE)


def klokken(text: str) -> str:
    """The text with the dialect's "klokke" before an hour written "klokken"."""
    if not _KLOKKE.search(text):
        return text
    return _AND.sub(" og ", _KLOKKE.sub("klokken", text))
