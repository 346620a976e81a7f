"""What to say in an emergency: the right number first, then what else helps.

One answer for the kinds a sentence says, most severe first, short enough to be
spoken: acute danger starts with "Ring 1-1-2 nu."; poisoning names Giftlinjen; thoughts
of suicide get a warm sentence and Livslinien; the urgent but not life-threatening get
lægevagten; a bare "hjælp" gets one short question; a question about Giftlinjen or
Livslinien gets their numbers, calmly. Never a product tip, never a dose.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.safety.detect import (
    ACUTE,
    HELP,
    HELPLINE,
    KINDS,
    POISONING,
    SUICIDE,
    URGENT,
    detect,
    normalise,
)
from bot.safety.patterns.doubt import ABOUT_112
from bot.safety.settings import SafetySettings

NO_ASSISTANT = "Jeg kan ikke få fat i assistenten lige nu."


@dataclass(frozen=True)
class Situation:
    """What the answer may say besides the numbers."""

    emergency_call: bool = False  # the citizen has a nødkald
    contact: str | None = None  # whom the assistant can tell (None: no one)
    told: bool = False  # the contact is being told already (no question)


def severity(kinds: Iterable[str]) -> frozenset[str]:
    """The kinds to answer. Pills taken to die are danger now, so acute too; urgent
    and a bare cry for help add nothing once there is acute danger."""
    found = set(kinds) & set(KINDS)
    if {POISONING, SUICIDE} <= found:
        found.add(ACUTE)
    if ACUTE in found:
        found -= {URGENT, HELP}
    if found - {HELP, HELPLINE}:
        found -= {HELP, HELPLINE}
    if HELP in found:
        found.discard(HELPLINE)
    return frozenset(found)


def compose(
    kinds: Iterable[str],
    texts: Mapping[str, str],
    numbers: Mapping[str, str],
    situation: Situation,
) -> str:
    """The answer, as one short text."""
    found = severity(kinds)
    said: list[str] = []
    if ACUTE in found:
        said.append(texts["acute"])
        if situation.emergency_call:
            said.append(texts["emergency_call"])
        said.append(texts["cannot_call"])
    if POISONING in found:
        said.append(texts["poisoning_also" if ACUTE in found else "poisoning"])
    if SUICIDE in found:
        said.append(texts["suicide"])
    if URGENT in found:
        said.append(texts["urgent"])
    if HELP in found:
        said.append(texts["help"])
    if ACUTE in found and situation.contact:
        said.append(texts["told" if situation.told else "offer"])
    values = {**numbers, "contact": situation.contact or numbers.get("contact", "")}
    return " ".join(said).format(**values)


def offers_contact(kinds: Iterable[str]) -> bool:
    """Whether the answer to these kinds offers to tell the contact person."""
    return ACUTE in severity(kinds)


def offline_answer(text: str, settings: SafetySettings) -> str | None:
    """What the speaker itself says to an emergency when the assistant cannot be
    reached (no offer: no one can be told from here); None if it is none."""
    found = detect(text)
    if found is None:
        return None
    answer = compose(found.kinds, settings.answers(), settings.numbers(""), Situation())
    return f"{answer} {NO_ASSISTANT}"


_LINES = (
    ("gift", "helpline_giftlinjen"),
    ("livs", "helpline_livslinien"),
    ("vagt", "helpline_laegevagt"),
    ("1813", "helpline_laegevagt"),
    (
        "laege",
        "helpline_laegevagt",
    ),  # a doctor asked for when it does not hurry  # the doctor on call's number in one region
    ("112", "helpline_112"),
)


def helpline_answer(text: str, texts: Mapping[str, str], numbers: Mapping[str, str]) -> str:
    """The number of each line a question names ("hvornår har lægevagten åben?"),
    calmly: no "ring 1-1-2" for a question that is not an emergency."""
    said = normalise(text)
    keys = list(dict.fromkeys(key for stem, key in _LINES if stem in said))
    if not keys:
        # no line named: a question which number to call, or when (set AJ), is 1-1-2's
        keys = ["helpline_112" if ABOUT_112.search(said) else "helpline_giftlinjen"]
    return " ".join(texts[key] for key in keys).format(**numbers)
