"""Issue 19, finding 5: a PIN is checked where it arrives; the conversation keeps only a
placeholder and a sealed verdict, which opens for its own conversation only, and
not for long."""

from __future__ import annotations

import json
import secrets

import pytest

from bot.home.config import HomeConfig, pin_digest
from bot.home.said_pin import (
    METADATA_KEY,
    PLACEHOLDER,
    ArrivingPins,
    Verdict,
    redacted,
    said_pin,
    verdict,
)
from bot.seal import Seal
from testkit.mqtt import example_home

PIN = "471100"


def home_with_pin(pin: str = PIN, citizens: list[str] | None = None) -> HomeConfig:
    salt = secrets.token_hex(16)
    safety = {
        "unlock_by_voice": True,
        "pin": {"salt": salt, "pbkdf2_sha256": pin_digest(pin, salt, 10000), "iterations": 10000},
    }
    return example_home(1883, citizens=citizens or ["anna"], safety=safety)


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("fire syv et et nul nul", "471100"),
        ("Koden er 471100.", "471100"),
        ("øh 47 11 00", "471100"),
        ("ja det er en to tre fire fem seks syv", "1234567"),
    ],
)
def test_a_message_that_is_only_a_pin_is_one(said: str, digits: str) -> None:
    assert said_pin(said) == digits


@pytest.mark.parametrize(
    "said",
    [
        "1234",  # too short ever to be a PIN
        "en to tre fire fem seks syv otte ni",  # too long
        "klokken 14 30",
        "tænd lyset 471100",
        "mit telefonnummer er 12 34 56 78 til lægen",
        "",
    ],
)
def test_other_messages_are_not_pins(said: str) -> None:
    assert said_pin(said) is None


def test_a_pin_from_a_citizen_with_a_home_becomes_a_placeholder_and_a_verdict() -> None:
    seal = Seal(secrets.token_bytes(32))
    pins = ArrivingPins([home_with_pin()], seal, clock=lambda: 1000.0)
    text, metadata = pins.take("anna", "anna", "fire syv et et nul nul", {"room": "stue"})
    assert text == PLACEHOLDER
    assert metadata is not None and metadata["room"] == "stue"
    assert PIN not in json.dumps(metadata)
    assert verdict(seal, metadata, "anna", now=1001.0) == Verdict(matched=True)
    text, metadata = pins.take("anna", "anna", "1 2 3 4 5 6", None)
    assert text == PLACEHOLDER and verdict(seal, metadata, "anna", now=1001.0) == Verdict(False)


def test_other_words_and_other_citizens_pass_as_they_came() -> None:
    pins = ArrivingPins([home_with_pin()], Seal(secrets.token_bytes(32)))
    assert pins.take("anna", "anna", "lås døren op", {"room": "gang"}) == (
        "lås døren op",
        {"room": "gang"},
    )
    assert not pins.expects("bent")
    assert pins.take("bent", "bent", "471100", None) == ("471100", None)


def test_a_verdict_opens_only_for_its_conversation_its_key_and_a_short_while() -> None:
    seal = Seal(secrets.token_bytes(32))
    pins = ArrivingPins([home_with_pin(citizens=["anna", "bent"])], seal, clock=lambda: 1000.0)
    _, metadata = pins.take("anna", "anna", PIN, None)
    assert verdict(seal, metadata, "anna", now=1000.0) == Verdict(True)
    assert verdict(seal, metadata, "bent", now=1000.0) is None  # another conversation
    assert verdict(Seal(secrets.token_bytes(32)), metadata, "anna", now=1000.0) is None
    assert verdict(seal, metadata, "anna", now=1000.0 + 301) is None  # too old
    forged = {METADATA_KEY: "x~" + json.dumps({"matched": True, "at": 1000.0})}
    assert verdict(seal, forged, "anna", now=1000.0) is None
    assert verdict(seal, {METADATA_KEY: 7}, "anna") is None
    assert verdict(seal, None, "anna") is None


def test_exports_show_no_pin_said_before_it_was_checked() -> None:
    said = {
        "event": "user",
        "text": "fire syv et et nul nul",
        "parse_data": {"text": "fire syv et et nul nul", "entities": [{"value": "fire"}]},
        "metadata": {"room": "gang", METADATA_KEY: "sealed"},
    }
    out = redacted(said)
    assert out["text"] == PLACEHOLDER and out["parse_data"]["text"] == PLACEHOLDER
    assert out["parse_data"]["entities"] == [] and out["metadata"] == {"room": "gang"}
    assert "fire" not in json.dumps(out)
    other = {"event": "user", "text": "tænd lyset i stuen"}
    assert redacted(other) == other
    bot = {"event": "bot", "text": "Sig din kode, så låser jeg hoveddøren op."}
    assert redacted(bot) == bot
