"""Danish words for times: spelling folding with offsets, numbers, ordinals, names.

Folding follows bot.core.text.fold (æ→ae, ø→o, å→a, then aa→a and oe→o, lower case,
accents dropped) so "lørdag", "loerdag" and "lordag" all read "lordag". Unlike that
function it keeps, for every folded character, where it came from in the input, so a
match in the folded text maps back to a span of the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_LETTER = {"æ": "ae", "ø": "o", "å": "a"}


def fold_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text and, per folded character, the start and end offset in `text`.

    The same steps as bot.core.text.fold, in its order, each keeping where its characters came
    from: lower case, æ/ø/å spelled out, "aa" then "oe" joined (left to right, as
    str.replace does), then accents dropped (a property test holds the two together)."""
    lowered = text.lower()  # whole, as fold does: a final sigma is lowered in context
    spans: list[tuple[str, int, int]] = []
    at = 0
    for i, ch in enumerate(text):  # "İ" lowers to two characters, both from here
        size = len(ch.lower())
        spans += [(c, i, i + 1) for c in lowered[at : at + size]]
        at += size
    spans = [(c, a, b) for ch, a, b in spans for c in _LETTER.get(ch, ch)]
    for pair in ("aa", "oe"):
        spans = _joined(spans, pair)
    out = [
        (c, a, b)
        for ch, a, b in spans
        for c in unicodedata.normalize("NFKD", ch)
        if not unicodedata.combining(c)
    ]
    return "".join(c for c, _, _ in out), [a for _, a, _ in out], [b for _, _, b in out]


def _joined(spans: list[tuple[str, int, int]], pair: str) -> list[tuple[str, int, int]]:
    """`pair` made its first letter wherever str.replace(pair, pair[0]) would."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(spans):
        if i + 1 < len(spans) and spans[i][0] + spans[i + 1][0] == pair:
            out.append((pair[0], spans[i][1], spans[i + 1][2]))
            i += 2
        else:
            out.append(spans[i])
            i += 1
    return out


_UNITS = "nul en to tre fire fem seks syv otte ni".split()
_TEENS = "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split()
_TENS = {
    20: ("tyve",),
    30: ("tredive", "tredve", "tretti"),  # "atten tretti", spoken (set 32)
    40: ("fyrre", "fyrretyve"),
    50: ("halvtreds", "halvtredsindstyve"),
    60: ("tres", "tresindstyve"),
    70: ("halvfjerds", "halvfjerdsindstyve"),
    80: ("firs", "firsindstyve"),
    90: ("halvfems", "halvfemsindstyve"),
}


def _numbers() -> dict[str, int]:
    table = {word: n for n, word in enumerate(_UNITS)}
    table.update({"et": 1, "een": 1, "eet": 1})
    table.update({word: 10 + n for n, word in enumerate(_TEENS)})
    for tens, names in _TENS.items():
        for name in names:
            table[name] = tens
            for n in range(1, 10):
                table[f"{_UNITS[n]}og{name}"] = tens + n
    return table


NUMBERS: dict[str, int] = _numbers()

_ORDINAL_UNITS = "forste anden tredje fjerde femte sjette syvende ottende niende".split()
_ORDINAL_TEENS = (
    "tiende ellevte tolvte trettende fjortende femtende sekstende syttende attende nittende"
).split()


def _ordinals() -> dict[str, int]:
    table = {word: n + 1 for n, word in enumerate(_ORDINAL_UNITS)}
    table["andet"] = 2
    table.update({word: 10 + n for n, word in enumerate(_ORDINAL_TEENS)})
    table["tyvende"] = 20
    table["tredivte"] = 30
    for n in range(1, 10):
        table[f"{_UNITS[n]}ogtyvende"] = 20 + n
    table["enogtredivte"] = 31
    return table


ORDINALS: dict[str, int] = _ordinals()

MONTHS: dict[str, int] = {}
for _n, _name in enumerate(
    "januar februar marts april maj juni juli august september oktober november december".split()
):
    MONTHS[_name] = _n + 1
    MONTHS[_name[:3]] = _n + 1
MONTHS["sept"] = 9

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag")
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so a prefix never wins."""
    return "|".join(sorted(words, key=len, reverse=True))


def spoken_numbers(words: Iterable[str]) -> str:
    """Like alternation(), but a compound may also be said in parts, as speech
    recognition writes it: "fem og tyve" and "femogtyve" are both 25."""
    return "|".join(
        re.sub(r"(?<=\w)og(?=\w)", r"\\s*og\\s*", w) for w in sorted(words, key=len, reverse=True)
    )


def number(token: str) -> int | None:
    """The value of a number written in digits or Danish words ("otte", "enogtyve")."""
    token = re.sub(r"\s+", "", token)
    if token.isdigit():
        return int(token)
    if token.endswith(".") and token[:-1].isdigit():
        return int(token[:-1])
    return NUMBERS.get(token, ORDINALS.get(token))


# Words speech recognition splits in two ("søn dag", "ons dag", "i mor gen", set 21),
# joined again: the space is taken out of the folded text and its offsets, so the spans
# still point into what was said.
_SPLIT_WORDS = re.compile(
    r"\b(?:man|tirs|ons|tors|fre|lor|son)(?P<gap> )dag(?:en|e)?\b"
    r"|\b(?:i|over|i over) mor(?P<gap2> )gen\b"
)


# Staff shorthand for a weekday ("skriv fodterapeut i Karens plan på ons kl 11", "læge
# tors kl 13.30", "hver tirs kl 14", set 46): the abbreviation after "på", "hver",
# "næste", "fra", "til" or "og", or before a clock time or a date. Not "man" the pronoun
# ("man kan"), nor "søn" the son ("min søn kommer"): those only before a clock time.
_ABBREVIATED_DAY = re.compile(
    r"(?:\b(?:pa|hver|naeste|fra|til|og|om|inden|for|senest|ugl|ugentlig\w*) )"
    r"(?P<a>tirs|ons|tors|fre|lor)\.?(?=[\s,.]|$)"
    r"|\b(?P<b>man|tirs|ons|tors|fre|lor|son)\.?(?= (?:kl\.?|klokken|d\.|den) ?\d)"
)


def abbreviated_days(
    folded: str, starts: list[int], ends: list[int]
) -> tuple[str, list[int], list[int]]:
    """`folded` (and its offsets) with a weekday's abbreviation written out: "dag" put
    after it, its offsets those of the abbreviation's end, so spans still point into what
    was said."""
    ats = [
        m.end(g)
        for m in _ABBREVIATED_DAY.finditer(folded)
        for g in ("a", "b")
        if m.group(g) is not None
    ]
    for at in reversed(ats):
        folded = folded[:at] + "dag" + folded[at:]
        starts = starts[:at] + [starts[at - 1]] * 3 + starts[at:]
        ends = ends[:at] + [ends[at - 1]] * 3 + ends[at:]
    return folded, starts, ends


# Words said in pieces ("skriv... frisør... i morgen... elleve", "klokken... fjorten", set
# 46): the dots taken out, so "klokken fjorten" reads as one time.
_PAUSE = re.compile(r" ?(?:\.{2,}|\u2026) ?")


# A number before a pause belongs to what follows only when that is a unit or a part of
# the day ("ti... minutter", "otte... aften"); else the pause stays a break ("klokken
# otte... piller": two pills are no time).
_UNIT_AFTER = re.compile(
    r"(?:minut|min\b|sekund|sek\b|time|timer|kvarter|dag|uge|maned|morgen|formiddag"
    r"|eftermiddag|aften|nat|over|i\b|halv)"
)


def unpaused(folded: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    """`folded` (and its offsets) with the dots of a pause made one space, or a comma
    after a number that does not go on into a unit or a part of the day."""
    for m in reversed(list(_PAUSE.finditer(folded))):
        a, b = m.span()
        before = folded[:a].split()
        joined = not (before and number(before[-1]) is not None)
        joined = joined or _UNIT_AFTER.match(folded[b:]) is not None
        folded = folded[:a] + (" " if joined else ",") + folded[b:]
        starts = starts[:a] + [starts[a]] + starts[b:]
        ends = ends[:a] + [ends[b - 1]] + ends[b:]
    return folded, starts, ends


def asr_joined(folded: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    """`folded` (and its offsets) with the gap of a split day word closed."""
    gaps = [
        m.start(g)
        for m in _SPLIT_WORDS.finditer(folded)
        for g in ("gap", "gap2")
        if m.group(g) is not None
    ]
    for at in reversed(gaps):
        folded = folded[:at] + folded[at + 1 :]
        starts = starts[:at] + starts[at + 1 :]
        ends = ends[:at] + ends[at + 1 :]
    return folded, starts, ends
