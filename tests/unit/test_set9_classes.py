"""New users' Danish, by class (held-out set 9): our own sentences of each class."""

from __future__ import annotations

import pytest

from bot.conversation import reading as conversation_reading
from bot.conversation import replies as conversation_replies

# -- the hour or the day asked as speech says it ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hva tid er det nu",
        "hvor meget er klokken blevet",
        "hvilken dag er det i dag for jeg aner det ikke",
        "hvad er klokken nu jeg har vist sovet",
    ],
)
def test_the_hour_or_the_day_asked_in_speech(text: str) -> None:
    assert conversation_reading.asks_orientation(text), text


@pytest.mark.parametrize(
    "text", ["hvilken dag er det jeg skal til lægen", "hvad tid er det vi skal køre"]
)
def test_when_something_happens_is_no_orientation(text: str) -> None:
    assert not conversation_reading.asks_orientation(text), text


# -- what is kept of what one writes, and whether the speaker listens ----------


@pytest.mark.parametrize(
    "text",
    [
        "hvor lang tid gemmer I det man skriver",
        "hvem kan se det vi taster ind her",
        "lytter den med på alt hvad vi snakker om også når vi sover",
        "hører I efter hvad vi taler om om natten",
    ],
)
def test_what_is_kept_asked_at_length(text: str) -> None:
    assert conversation_reading.asks_about_my_data(text), text


def test_listening_at_night_is_answered_first() -> None:
    said = "hører den efter hvad vi siger også om natten"
    assert conversation_replies.privacy("memory", said).startswith("Højttaleren lytter kun")


@pytest.mark.parametrize(
    "text", ["hvor længe holder batteriet", "hvem kan se min plan", "hører du mig"]
)
def test_other_questions_are_no_privacy_question(text: str) -> None:
    assert not conversation_reading.asks_about_my_data(text), text
