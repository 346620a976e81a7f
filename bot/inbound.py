"""Check an incoming chat message before it reaches the assistant.

Pure: takes the raw request body, returns either a message to process, a Danish
reply to send without touching the conversation, or a client error. Nothing here
raises on bad input.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bot.core.danish.borrowed import in_danish_words
from bot.core.danish.clock import klokken
from bot.core.danish.formal import as_du
from bot.core.danish.fused import unfused
from bot.core.danish.little import little_words
from bot.core.text import has_letters, strip_control
from bot.ratelimit import TOO_FAST
from bot.safety.answers import Situation, compose
from bot.safety.detect import detect
from bot.safety.settings import SafetySettings
from nlu.danish_time.corrected import as_meant

MAX_BODY_BYTES = 1_000_000
MAX_SENDER_CHARS = 128
# fullmatch: "$" alone lets a trailing newline through (a forged log line).
_SENDER = re.compile(r"[\w.@:+\-]{1,128}")

EMPTY_REPLY = "Jeg fik ikke nogen besked. Hvad kan jeg hjælpe med?"
NO_WORDS_REPLY = (
    "Jeg kan kun læse ord, ikke billeder eller tegn. Skriv gerne dit spørgsmål med ord."
)


def too_long_reply(limit: int) -> str:
    return f"Din besked er for lang til mig. Skriv den gerne kortere, under {limit} tegn."


@dataclass(frozen=True)
class Accepted:
    sender: str
    text: str
    metadata: dict[str, Any] | None


@dataclass(frozen=True)
class Answered:
    """Answer directly in Danish; the conversation is not changed."""

    sender: str
    text: str


@dataclass(frozen=True)
class Rejected:
    status: int
    error: str


Outcome = Accepted | Answered | Rejected


def check(body: bytes, max_chars: int) -> Outcome:
    if len(body) > MAX_BODY_BYTES:
        return Rejected(413, "Forespørgslen er for stor.")
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: [[[[...]]]]
        return Rejected(400, "Forespørgslen er ikke gyldig JSON.")
    if not isinstance(payload, dict):
        return Rejected(400, "Forespørgslen skal være et JSON-objekt med 'sender' og 'message'.")

    sender = payload.get("sender")
    if isinstance(sender, int) and not isinstance(sender, bool):
        sender = str(sender)
    if not isinstance(sender, str) or not valid_sender(sender):
        return Rejected(
            400,
            "'sender' skal være en tekst på 1-128 tegn (bogstaver, tal og . _ - @ : +).",
        )

    message = payload.get("message")
    if not isinstance(message, str):
        return Rejected(400, "'message' skal være en tekst.")

    metadata = payload.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return Rejected(400, "'metadata' skal være et JSON-objekt.")

    checked = check_text(message, max_chars)
    if isinstance(checked, Answered):
        return Answered(sender, checked.text)
    # Only what a speaker may say about itself, as over socket.io (where_from).
    return Accepted(sender, checked, where_from(metadata))


_WHERE_KEYS = ("room", "speaker")
_WHERE_CHARS = 64


def where_from(metadata: Any) -> dict[str, str] | None:
    """What a speaker may say about itself with a message: its room and its id (the
    home's default room, bot/home). Anything else, or anything odd, is dropped."""
    if not isinstance(metadata, dict):
        return None
    kept = {
        key: value
        for key in _WHERE_KEYS
        if isinstance(value := metadata.get(key), str) and 0 < len(value) <= _WHERE_CHARS
    }
    return kept or None


_BARE_INTENT = re.compile(r"/[a-z][a-z_]{0,40}")


def valid_sender(sender: object) -> bool:
    """A sender id we take: 1-128 of letters, digits and . _ - @ : +."""
    return isinstance(sender, str) and _SENDER.fullmatch(sender) is not None


def no_shorthand(text: str) -> str:
    """The text as words: Rasa reads "/affirm{...}" as an intent with entities (slots)
    of the sender's choosing, which no citizen types and an attacker would. A bare
    lower-case "/affirm" (a button's payload) stays; it sets nothing but the intent,
    and never one of the worker's EXTERNAL_ ones."""
    if _BARE_INTENT.fullmatch(text):
        return text
    return text.lstrip("/ \t")


def check_text(message: Any, max_chars: int) -> str | Answered:
    """The message as the assistant gets it (control characters and runs of space
    gone, a time corrected in the same breath put right: nlu.danish_time.corrected,
    the formal "De" as "du": bot.core.danish.formal, "hvormange" apart:
    bot.core.danish.fused, "reminder" as "påmindelse": bot.core.danish.borrowed), or
    the Danish answer for an
    empty, too long or wordless one."""
    text = " ".join(strip_control(message).split()) if isinstance(message, str) else ""
    text = no_shorthand(text)
    if not text:
        return Answered("", EMPTY_REPLY)
    if len(text) > max_chars:
        # An emergency is never refused for its length: the part that says it goes on.
        if detect(text[:max_chars]) is not None:
            return text[:max_chars]
        if detect(text[-max_chars:]) is not None:
            return text[-max_chars:]
        return Answered("", too_long_reply(max_chars))
    if not has_letters(text):
        return Answered("", NO_WORDS_REPLY)
    return as_read(text)


def as_read(text: str) -> str:
    """A message as the readers after the door take it, on every channel (Teams too):
    "reminder" as "påmindelse", "hvormange" apart, the formal "De" as "du", a time
    corrected in the same breath put right, the dialect's "klokke elleve" as "klokken
    elleve", spoken "te" before an hour or a person as "til" and "å" opening a follow-up
    as "og"."""
    return as_meant(as_du(unfused(klokken(little_words(in_danish_words(text))))))


FAILURE_REPLY = "Der gik noget galt hos mig. Prøv igen om lidt, eller ring til kommunen."


def failure_reply(text: str) -> str:
    """What a turn that failed answers (an action server or a database down): to an
    emergency its own answer first, from the safety net, which needs neither; else the
    apology."""
    return _emergency_first(text, FAILURE_REPLY)


def too_fast_reply(text: str) -> str:
    """What a message over the sender's rate answers: to an emergency its own answer
    first (the smoke test: "jeg er faldet og kan ikke komme op" after a quick run of
    messages had got only "Du skriver meget hurtigt"); else the request to wait."""
    return _emergency_first(text, TOO_FAST)


def emergency_answer(text: str) -> str | None:
    """The safety net's answer when the text is an emergency, else None; it needs
    neither the conversation nor the action server."""
    found = detect(text) if text else None
    if found is None:
        return None
    try:
        settings = SafetySettings.from_env()
    except Exception:  # a bad setting is logged where the action server reads it
        settings = SafetySettings()
    return compose(found.kinds, settings.answers(), settings.numbers(""), Situation())


def _emergency_first(text: str, reply: str) -> str:
    """`reply`, after the safety net's answer when the text is an emergency."""
    answer = emergency_answer(text)
    return reply if answer is None else f"{answer} {reply}"
