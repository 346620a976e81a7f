"""Words typed together that Danish writes apart: "hvormange", "hvorlænge".

A man of 73 typing slowly (set 40: "kan du sige hvormange piller jeg må ta") fuses
the question word with the next; the model and the readers know them apart. Only
"hvor" with a word of amount, length or frequency: "hvordan", "hvornår" and
"hvorfor" are words of their own.
"""

from __future__ import annotations

import re

_FUSED = re.compile(
    r"\b(hvor)(mange|meget|lang|langt|længe|laenge|tit|ofte|stor|stort|gammel|langt)\b",
    re.IGNORECASE,
)


def unfused(text: str) -> str:
    """The text with the fused question words written apart."""
    return _FUSED.sub(r"\1 \2", text)
