"""The formal "De" of older Danes read as the "du" the assistant is spoken to with.

"Kan De slette det?", "Hvor får De Deres oplysninger fra?" (set 38: a woman of 67
writing in careful full sentences): the model had learnt the assistant's "du" and read
the formal "De" as "they", so the question went to the fallback. Only a capital "De",
"Dem" or "Deres" inside a sentence is the formal you: at a sentence's start it may be
"they", and speech is written in lower case, where "de" is always read as "they".
"""

from __future__ import annotations

import re

# after a word (not a sentence's end) and one space; case-sensitive on purpose
_FORMAL = re.compile(r"(?<=[^\s.!?:;] )(De|Dem|Deres)\b")
_NEXT_WORD = re.compile(r" (\w+)")
_PLURAL_ENDINGS = ("er", "erne", "ene", "ne")


def as_du(text: str) -> str:
    """The text with the formal you inside a sentence as du, dig, din or dine."""

    def informal(found: re.Match[str]) -> str:
        word = found.group(1)
        if word == "De":
            return "du"
        if word == "Dem":
            return "dig"
        after = _NEXT_WORD.match(found.string, found.end())
        plural = after is not None and after.group(1).lower().endswith(_PLURAL_ENDINGS)
        return "dine" if plural else "din"

    return _FORMAL.sub(informal, text)
