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
        return said_again(text)
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
        return said_again(text)
    old, new = pairs[0]
    if new[0] != 0:  # the correction is the time itself, said first after "nej vent"
        return said_again(text)
    at = mark.end()
    new_text = text[starts[at + new[0]] : ends[at + new[1] - 1]]
    head = text[: starts[old[0]]] + new_text + text[ends[old[1] - 1] : starts[mark.start()]]
    tail = text[ends[at + new[1] - 1] :] if at + new[1] < len(folded) else ""
    return " ".join(f"{head}{tail}".split())


# A bare "nej" in the middle of a sentence, then a time of the same kind within a few
# words: "på søndag klokken fire nej det er på lørdag Henning på lørdag", "halvanden time
# nej det er kun en time Henning en time", "otte minutter nej Henning vil have dem bløde
# seks minutter" (set 46: a couple correcting each other at the speaker).
_BARE_NO = re.compile(r"(?<=\s)nej\b[\s,]*")
# Words allowed between "nej" and the correcting time ("det er kun", "Henning vil have dem
# bløde"), and after it ("Henning", "på lørdag" again).
MAX_WORDS_BEFORE_CORRECTION = 6
_NAME = re.compile(r"[A-ZÆØÅ][a-zæøå]+")


def _same_kind(said: str, then: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The last time said before the "nej" and the first after it, of one kind (a
    weekday, a clock time, a length): the pair whose correction comes first."""
    before, after = scan(said), scan(then)
    pairs: list[tuple[tuple[int, int], tuple[int, int]]] = []
    lengths = [m.span() for m in _LENGTH.finditer(said)]
    first = _LENGTH.search(then)
    if lengths and first is not None:
        pairs.append((lengths[-1], first.span()))
    if before.clocks and after.clocks:
        pairs.append((before.clocks[-1][1], after.clocks[0][1]))
    days_before = [span for day, span in before.days if day.kind == "wd"]
    days_after = [span for day, span in after.days if day.kind == "wd"]
    if days_before and days_after:
        pairs.append((days_before[-1], days_after[0]))
    return min(pairs, key=lambda p: p[1][0]) if pairs else None


def said_again(text: str) -> str:
    """`text` with a time corrected after a bare "nej" put right; else unchanged."""
    folded, starts, ends = fold_with_offsets(text)
    mark = _BARE_NO.search(folded)
    if mark is None:
        return text
    said, then = folded[: mark.start()], folded[mark.end() :]
    pair = _same_kind(said, then)
    if pair is None:
        return text
    old, new = pair
    between = then[: new[0]]
    if len(between.split()) > MAX_WORDS_BEFORE_CORRECTION:
        return text
    found = scan(between)
    if found.days or found.clocks or found.parts or found.durations:
        # "kl 21 i aften. nej vent, i morgen aften kl 21" (set 30): the day is corrected
        # too; the time parser reads the whole of it as said
        return text
    at = mark.end()
    new_text = text[starts[at + new[0]] : ends[at + new[1] - 1]]
    head = text[: starts[old[0]]] + new_text + text[ends[old[1] - 1] : starts[mark.start()]]
    tail = text[ends[at + new[1] - 1] :] if at + new[1] < len(folded) else ""
    return " ".join(f"{head} {_without_echo(tail, new_text)}".split())


def _without_echo(tail: str, new_text: str) -> str:
    """The words after the correction without a name said to someone nor the correction
    said again at their start ("… på lørdag Henning på lørdag")."""
    rest = tail.strip(" ,.")
    while True:
        name = _NAME.match(rest)
        if name is not None:
            rest = rest[name.end() :].strip(" ,.")
            continue
        if rest.lower().startswith(new_text.lower()):
            rest = rest[len(new_text) :].strip(" ,.")
            continue
        return rest
