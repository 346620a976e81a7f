"""A PIN said to the assistant is checked where it arrives and never kept.

A message is an ordinary message: Rasa keeps its text in the conversation (30 days in
production) and the privacy export shows it. So the channel that receives a message
from a citizen whose home has a PIN asks `ArrivingPins.take` first: a message that is
only a PIN ("et to tre fire fem seks", "koden er 123456") is checked against the
home's PIN there, and what goes on into the conversation is the placeholder
"[pinkode]" and a sealed verdict (matched or not, when, for which conversation) in the
message's metadata, which no caller can send (bot.inbound.where_from keeps only room
and speaker). The home's step that opens a door reads the verdict (`verdict`), never
the digits. Wrong PINs are still counted there, only when a PIN was asked for.

Conversations kept before this, and channels that do not check (rasa shell), can
still hold digits: `redacted` takes them out of exports.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.home.config import HomeConfig, Pin
from bot.home.parse import NUMBERS, tokens
from bot.seal import Seal

PLACEHOLDER = "[pinkode]"
MIN_PIN_DIGITS = 6  # a shorter number is never a PIN (python -m bot.home pin)
METADATA_KEY = "pin"
MAX_DIGITS = 8
VERDICT_SECONDS = 300.0  # a verdict older than this opens to nothing
SEAL_PURPOSE = "velfaerd pins"
# Words said around a PIN that carry nothing else ("øh, koden er ...").
# Folded as bot.home.parse.tokens folds them.
_AROUND = {
    "oh",
    "ohm",
    "hm",
    "ja",
    "jo",
    "okay",
    "ok",
    "koden",
    "kode",
    "pinkoden",
    "pinkode",
    "pin",
    "min",
    "mit",
    "er",
    "den",
    "det",
    "nummer",
    "nummeret",
    "tallet",
    "tallene",
    "og",
    "sa",
    "altsa",
    "vaersgo",
}


def said_pin(text: str) -> str | None:
    """The digits, if the message says nothing but a number of PIN length (digits or
    Danish number words, with a few words around them); else None."""
    digits: list[str] = []
    for word in tokens(text):
        if word.isdigit():
            digits.append(word)
        elif word in NUMBERS:
            digits.append(str(NUMBERS[word]))
        elif word not in _AROUND:
            return None
    said = "".join(digits)
    return said if MIN_PIN_DIGITS <= len(said) <= MAX_DIGITS else None


@dataclass(frozen=True)
class Verdict:
    matched: bool


class ArrivingPins:
    """The channel's side: the PINs of the homes, by citizen, and the seal."""

    def __init__(
        self,
        homes: Sequence[HomeConfig],
        seal: Seal,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._pins: dict[str, Pin] = {
            citizen: home.safety.pin
            for home in homes
            if home.safety.pin is not None
            for citizen in home.citizens
        }
        self._seal = seal
        self._clock = clock

    def expects(self, citizen_id: str) -> bool:
        """True when this citizen's home has a PIN (so a PIN may arrive from them)."""
        return citizen_id in self._pins

    def take(
        self, citizen_id: str, owner: str, text: str, metadata: Mapping[str, Any] | None
    ) -> tuple[str, dict[str, Any] | None]:
        """The text and metadata to pass on: the message as it came, or, when it is only
        a PIN from a citizen whose home has one, the placeholder and the sealed verdict.
        Slow on purpose when it checks (the PIN's PBKDF2): call it off the event loop."""
        pin = self._pins.get(citizen_id)
        said = said_pin(text) if pin is not None else None
        if pin is None or said is None:
            return text, dict(metadata) if metadata else None
        verdict = json.dumps({"matched": pin.matches(said), "at": self._clock()})
        kept = dict(metadata or {})
        kept[METADATA_KEY] = self._seal.close(verdict, owner)
        return PLACEHOLDER, kept


def verdict(
    seal: Seal,
    metadata: object,
    owner: str,
    now: float | None = None,
    max_age: float = VERDICT_SECONDS,
) -> Verdict | None:
    """The channel's verdict on the PIN in this message, if the message carries one
    sealed for this conversation within `max_age` seconds; else None."""
    if not isinstance(metadata, Mapping):
        return None
    opened = seal.open(metadata.get(METADATA_KEY), owner)
    if opened is None:
        return None
    try:
        data = json.loads(opened)
        matched, at = data["matched"], float(data["at"])
    except (ValueError, KeyError, TypeError):
        return None
    now = time.time() if now is None else now
    if not isinstance(matched, bool) or not -5.0 <= now - at <= max_age:
        return None
    return Verdict(matched)


def redacted(event: dict[str, Any]) -> dict[str, Any]:
    """A kept conversation event for export: a user message that is only a PIN gets the
    placeholder instead of its digits, and a sealed verdict is left out."""
    if event.get("event") != "user":
        return event
    text = event.get("text")
    out = dict(event)
    if isinstance(text, str) and said_pin(text) is not None:
        out["text"] = PLACEHOLDER
        parse = out.get("parse_data")
        if isinstance(parse, dict):
            out["parse_data"] = {**parse, "text": PLACEHOLDER, "entities": []}
    metadata = out.get("metadata")
    if isinstance(metadata, dict) and METADATA_KEY in metadata:
        out["metadata"] = {k: v for k, v in metadata.items() if k != METADATA_KEY}
    return out
