"""Two home commands in one sentence: "tænd lyset i køkkenet og sluk det i stuen".

Read as one command, such a sentence mixed its parts (both rooms turned off). It is cut
where a new command starts ("og", "og så", a comma, "bagefter"), and only when every
part says its own action: "sluk lyset i stuen og i køkkenet" and "sæt varmen til to og
tyve grader" stay one command. Each part is read against the one before it, so "og
sluk det i stuen" means the light of the part before.
"""

from __future__ import annotations

import re

from bot.home.config import HomeConfig
from bot.home.parse import NUMBERS, QUESTIONS, HomeCommand, parse, says_a_switch, tokens

# Where a second command may start. "og" inside a number ("to og tyve") is not one.
# Jutlandic "å" for "og" before a second command ("sluk æ lys i æ køkken å rul æ gardin
# ned", set 46)
_CUT = re.compile(
    r"\s*(?:,|;|\bog så\b|\bog saa\b|\bog\b|\bbagefter\b|\bderefter\b"
    r"|\bå\b(?=\s+(?:rul|sluk|tænd|skru|sæt|træk|luk|åbn|lås|dæmp)))\s+",
    re.I,
)
MAX_PARTS = 4


# A question about the home and, after it, what to do about it: "har du husket at låse
# hoveddøren nej så lås den", "er lyset tændt i køkkenet? så sluk det" (set 53: only the
# question was answered)
_ASKED_THEN = re.compile(
    r"^(?P<asked>.*?\w)\s*(?:\?\s*(?:(?:nej|ja|jo)\s*,?\s*)?(?:så\s+|saa\s+)?"
    r"|,?\s+(?:nej|ja|jo|ellers)\s*,?\s+(?:så|saa)\s+)(?P<then>\w.*)$",
    re.I,
)


def _asked_then_told(
    text: str, home: HomeConfig, previous: HomeCommand | None
) -> list[HomeCommand]:
    """A question and a command after it (`_ASKED_THEN`), or []."""
    found = _ASKED_THEN.match(text.strip())
    if found is None:
        return []
    asked = parse(found["asked"], home, previous)
    if asked.action not in QUESTIONS:
        return []
    then = parse(found["then"], home, asked)
    if then.action is None or then.action in QUESTIONS:
        return []
    return [asked, then]


def commands(text: str, home: HomeConfig, previous: HomeCommand | None = None) -> list[HomeCommand]:
    """The commands a sentence says, in order: two or more, or [] when it says one."""
    asked_then = _asked_then_told(text, home, previous)
    if asked_then:
        return asked_then
    parts = _parts(text)
    if len(parts) < 2 or len(parts) > MAX_PARTS:
        return []
    alone = [parse(part, home) for part in parts]
    if any(command.action is None for command in alone):
        return []  # "og i køkkenet": the first command's second room, not a new command
    if any(c.action in QUESTIONS for c in alone) and not all(
        c.action in QUESTIONS or says_a_switch(part) for c, part in zip(alone, parts, strict=True)
    ):
        # "hvor varmt er der herinde, jeg synes jeg fryser" (set 50): a question and why
        # it is asked, not a command; the heat had been turned up
        return []
    read: list[HomeCommand] = []
    before = previous
    for part in parts:
        command = parse(part, home, before)
        read.append(command)
        before = command
    return read


def last_command(text: str, home: HomeConfig) -> HomeCommand:
    """What "det" in the next sentence refers to: the last command said."""
    several = commands(text, home)
    return several[-1] if several else parse(text, home)


def _parts(text: str) -> list[str]:
    pieces: list[str] = []
    rest = text.strip()
    start = 0
    for cut in _CUT.finditer(rest):
        left = rest[start : cut.start()]
        if _ends_in_number(left):
            continue  # "to og tyve grader"
        pieces.append(left)
        start = cut.end()
    pieces.append(rest[start:])
    return [p for p in (piece.strip(" .,;!?") for piece in pieces) if p]


def _ends_in_number(text: str) -> bool:
    words = tokens(text)
    if not words:
        return False
    return words[-1].isdigit() or words[-1] in NUMBERS
