"""Danish lists read aloud: "A, B og C" (no comma before the last item)."""

from __future__ import annotations

from collections.abc import Sequence


def join_list(items: Sequence[str], conjunction: str = "og") -> str:
    """'A', 'A og B', 'A, B og C' — Danish has no comma before the last item."""
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the word is an acronym (GPS, VR)."""
    if len(text) > 1 and text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]
