"""Several requests in one staff message, as a home helper types them in Teams between
two visits (set 46): "mind Karen om panodil kl 8 i mrg og skriv frisør i hendes plan fre
kl 10", "mind Jens om vanddrivende kl 8 og Karen om øjendråber kl 21, begge i mrg",
"mind Jens om morgenmedicin kl 8 dgl og øjendråber kl 21 dgl". The model reads one
intent a message, so the first request was made with the rest as its text.

requests() cuts such a message into the requests it holds, each said as if alone, for
the channel to hand on one after the other. Only where every piece is a whole request
of its own: a request verb opens the next one, or one of the staff member's citizens
and "om" do ("… og Karen om …", the verb said once), or a thing and its own clock time
do ("… og øjendråber kl 21 dgl"). Anything else is one request, as before: "mind Karen
om at tage piller kl 8 og kl 20" (one reminder, two times), "skriv frisør og fodpleje i
hendes plan". A tail shared by all ("…, begge i mrg") goes with each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.text import fold

# the verbs a request opens with (lower case, as typed with or without æøå)
_VERB = (
    r"(?:mind|husk|skriv|sæt|saet|tilføj|tilfoj|tilfoej|opret|slet|fjern|flyt|ryk|aflys|lav"
    r"|påmind|paamind|pamind)"
)
_NEXT_REQUEST = re.compile(rf",? og (?:så |sa |saa )?(?:lige )?(?={_VERB}\b)")
_AND = re.compile(r",? og ")
_POINTS_BACK = re.compile(rf"^{_VERB} (?:lige )?(?:den|det|dem|en ny|ny|samme|en til)\b")
_CLOCK = re.compile(r"\b(?:kl\.?|klokken) ?\d{1,2}(?:[.:]\d{2})?\b")
_SHARED_TAIL = re.compile(r",?\s*\bbegge(?: to)?\b\s+(?P<tail>.+)$")
_REMINDER_START = re.compile(rf"^(?P<verb>{_VERB}(?: \w+)?) (?P<who>\w+) om ")

MAX_PIECES = 4


def requests(text: str, citizens: Sequence[str] = ()) -> list[str]:
    """The requests a staff message holds, in order; [text] when it holds one.
    `citizens` are the first names of the staff member's own citizens."""
    said = text.strip()
    tail = ""
    shared = _SHARED_TAIL.search(said)
    if shared is not None:
        tail, said = " " + shared["tail"].strip(" ."), said[: shared.start()]
    pieces = _by_verb(said)
    if len(pieces) == 1:
        pieces = _by_citizen(said, citizens) or _by_thing(said) or pieces
    if len(pieces) == 1 or len(pieces) > MAX_PIECES:
        return [text]
    return [piece.strip(" ,.") + tail for piece in pieces]


def _by_verb(said: str) -> list[str]:
    """ "… og skriv frisør i hendes plan …": a request verb opens the next request;
    each piece must open with one."""
    folded = said.lower()  # the same length: offsets hold
    if not re.match(rf"^{_VERB}\b", folded):
        return [said]
    cuts = [m.span() for m in _NEXT_REQUEST.finditer(folded)]
    pieces = _cut(said, cuts)
    if any(_POINTS_BACK.match(piece.lower()) for piece in pieces[1:]):
        # "slet Karens påmindelse om panodil og sæt en ny kl 9": the second is the
        # first's, not a request of its own
        return [said]
    return pieces


def _by_citizen(said: str, citizens: Sequence[str]) -> list[str] | None:
    """ "mind Jens om vanddrivende kl 8 og Karen om øjendråber kl 21": the verb said
    once, a citizen of one's own and "om" open the next."""
    folded = said.lower()  # the same length: offsets hold
    start = _REMINDER_START.match(folded)
    names = {fold(name) for name in citizens}
    if start is None or fold(start["who"]) not in names:
        return None
    cuts = [
        m.span()
        for m in re.finditer(r",? og (?=(\w+) om )", folded)
        if fold(m.group(1)) in names and fold(m.group(1)) != fold(start["who"])
    ]
    if not cuts:
        return None
    verb = said[: len(start["verb"])]
    pieces = _cut(said, cuts)
    return [pieces[0], *(f"{verb} {piece}" for piece in pieces[1:])]


def _by_thing(said: str) -> list[str] | None:
    """ "mind Jens om morgenmedicin kl 8 dgl og øjendråber kl 21 dgl": two things, each
    with its own clock time; not "… kl 8 og kl 20" (one thing, two times)."""
    folded = said.lower()  # the same length: offsets hold
    start = _REMINDER_START.match(folded)
    if start is None:
        return None
    ands = list(_AND.finditer(folded))
    if len(ands) != 1:
        return None
    before, after = folded[: ands[0].start()], folded[ands[0].end() :]
    clock = _CLOCK.search(after)
    if not _CLOCK.search(before) or clock is None or clock.start() == 0:
        return None
    if not re.match(r"^(?:at )?[^\W\d]{3,}", after) or re.match(rf"^{_VERB}\b", after):
        return None
    head = said[: start.end()]
    pieces = _cut(said, [ands[0].span()])
    return [pieces[0], head + pieces[1]]


def _cut(said: str, cuts: list[tuple[int, int]]) -> list[str]:
    """`said` without the joins at `cuts`, in pieces."""
    pieces, at = [], 0
    for start, end in cuts:
        pieces.append(said[at:start])
        at = end
    pieces.append(said[at:])
    return [p for p in (piece.strip(" ,.") for piece in pieces) if p]
