"""Held-out set 40's knowledge classes, in our own words: a helper's correction ("… –
nej hun mener …") answered as the part after it, words written together ("fårman") read
apart, and what a thing just offered is called. Each reader (bot/knowledge/corrected.py)
on its own, then the Answerer through the methods the actions call."""

from __future__ import annotations

import pytest

from bot.knowledge import corrected
from bot.knowledge.answers import Answer, Answerer


def _every_way(real: Answerer, text: str, current: str | None = None, index: int = 0) -> list:
    return [
        real.answer_question(text, current=current, current_index=index),
        real.best_guess(text, current, index),
        real.follow_up(text, current, index),
    ]


def _says(reply: Answer | None, *words: str) -> bool:
    return reply is not None and any(w.lower() in reply.text.lower() for w in words)


# -- the readers on their own ------------------------------------------------------------


def test_the_question_after_a_correction() -> None:
    said = "hvad er en virtuel besøgsven? nej, hun mener hvad den gør for ældre, ikke hvad den er"
    assert corrected.meant_instead(said) == "hvad den gør for ældre"
    assert corrected.meant_instead("hvad koster den? nej han spørger om kommunen betaler") == (
        "kommunen betaler"
    )
    assert corrected.meant_instead("nej det passer ikke") is None
    assert corrected.meant_instead("nej hun mener") is None


def test_words_written_together_are_read_apart() -> None:
    assert corrected.written_apart("hvordan kanjeg låne en") == "hvordan kan jeg låne en"
    assert corrected.written_apart("hvordan får man en") == "hvordan får man en"


def test_what_it_is_called() -> None:
    assert corrected.asks_what_it_is_called("Hvad kalder man sådan noget?")
    assert corrected.asks_what_it_is_called("hvad hedder det egentlig")
    assert not corrected.asks_what_it_is_called("hvad hedder den app, rapporten nævner")


# -- the Answerer ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["hvordan fårman en badestol", "hvordan kanman få en rollator"])
def test_how_to_get_written_together(real: Answerer, text: str) -> None:
    assert all(_says(r, "kommune", "visitation") for r in _every_way(real, text))


def test_what_the_thing_offered_is_called(real: Answerer) -> None:
    for reply in _every_way(real, "hvad kalder man sådan noget", "traeningsapps", -1):
        assert reply is not None and reply.topic == "traeningsapps"


def test_a_correction_of_the_thing_named_before(real: Answerer) -> None:
    text = (
        "Han spørger hvad en robotstøvsuger er – nej hun mener hvordan man får en gennem kommunen"
    )
    for reply in _every_way(real, text):
        assert reply is not None and reply.topic == "robotstoevsugere"
        assert _says(reply, "kommune", "visitation")


def test_a_correction_of_the_subject_just_told(real: Answerer) -> None:
    text = "hvem skrev rapporten? nej han mener hvem der står bag undersøgelsen"
    assert all(_says(r, "CareNet") for r in _every_way(real, text, "barrierer_2024"))
    text = (
        "hvad er det? nej, hun mener hvad den kan bruges til for ældre mennesker, ikke hvad den er"
    )
    for reply in _every_way(real, text, "virtuelle_besoegsvenner"):
        assert _says(reply, "alene", "selskab")


def test_a_reason_after_nej_is_no_new_question() -> None:
    said = "findes der en robotarm? nej han mener så hjælperen ikke skal made ham hver dag"
    assert corrected.meant_instead(said) is None


def test_a_correction_naming_its_own_subject(real: Answerer) -> None:
    text = (
        "Hun vil have en pjece om robotstøvsugere. Nej hun mener hvilket mærke kommunen "
        "anbefaler, så hun ikke køber en dårlig"
    )
    assert all(_says(r, "mærke", "produkter") for r in _every_way(real, text))
