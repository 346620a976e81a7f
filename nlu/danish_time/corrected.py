"""A time corrected in the same breath: "på fredag klokken ni nej vent klokken ti", "sæt
en timer på et kvarter nej vent en halv time" (set 36, at the speaker). The sentence as
meant: the time said last put where the one it corrects stood, the correction's words
gone, so that every reader after it (the time parser, the plan's title, the reminder's
thing, the timer) reads one time."""

from __future__ import annotations

import re

from nlu.danish_time.scan import DURATION, Span, scan
from nlu.danish_time.words import fold_with_offsets

# "nej vent", "nej undskyld", "nej jeg mener", "eller nej", "hov jeg mener" (folded)
_CORRECTION = re.compile(
    r"[\s,]*\b(?:(?:nej|nae|naeh)[\s,]+(?:vent|undskyld|jeg mener|jeg mente)"
    r"|eller nej|hov[\s,]+(?:nej[\s,]+)?(?:jeg mener|jeg mente|undskyld))\b[\s,]*"
)

_LENGTH = re.compile(rf"\b{DURATION}\b")


def as_meant(text: str) -> str:
    """`text` with a clock time or a length corrected in it put right; else unchanged.

    Only where the words after the correction begin with a time of the same kind (a
    clock time for a clock time, a length for a length) and the words before it hold
    one: "nej vent, det var min søster" is left as it is."""
    folded, starts, ends = fold_with_offsets(text)
    mark = _CORRECTION.search(folded)
    if mark is None or mark.start() == 0:
        return text
    said, then = folded[: mark.start()], folded[mark.end() :]
    before, after = scan(said), scan(then)
    pairs: list[tuple[Span, Span]] = []
    lengths = [m.span() for m in _LENGTH.finditer(said)]
    first = _LENGTH.match(then)
    if lengths and first is not None:
        pairs.append((lengths[-1], first.span()))
    if after.clocks and before.clocks:
        pairs.append((before.clocks[-1][1], after.clocks[0][1]))
    if not pairs:
        return text
    old, new = pairs[0]
    if new[0] != 0:  # the correction is the time itself, said first after "nej vent"
        return text
    at = mark.end()
    new_text = text[starts[at + new[0]] : ends[at + new[1] - 1]]
    head = text[: starts[old[0]]] + new_text + text[ends[old[1] - 1] : starts[mark.start()]]
    tail = text[ends[at + new[1] - 1] :] if at + new[1] < len(folded) else ""
    return " ".join(f"{head}{tail}".split())
