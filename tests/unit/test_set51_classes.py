"""Set 51's daily-use classes (a man of 86 in Thy and a gadget-loving man of 74 at their
speakers), in sentences of our own, with near misses. The set itself is scored by
bench/nlu_conversations.py."""

from __future__ import annotations

import pytest

from bot.conversation.reading import _LISTENING
from bot.core.danish.spoken import standard_words
from bot.core.text import fold
from bot.ranking import someone_else_asked
from bot.reminders.reading import asks_my_reminders
from testkit.ranking import ranked


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("skriv fri sør i min plan på fredag", "skriv frisør i min plan på fredag"),
        ("a ska te tand læge i morgen", "jeg skal til tandlæge i morgen"),
        ("husk mig på fod terapeuten", "husk mig på fodterapeuten"),
        ("mind mig om blod tryks piller", "mind mig om blodtrykspiller"),
    ],
)
def test_an_appointment_word_cut_in_two_is_joined(said: str, written: str) -> None:
    assert standard_words(said) == written


@pytest.mark.parametrize("said", ["for kert", "ring til min fri veninde", "en tand og en læge"])
def test_two_real_words_stay_apart(said: str) -> None:
    assert standard_words(said) == said


@pytest.mark.parametrize(
    "said",
    [
        "hwa var det nu a ha bedt dig om å husk",
        "hwa ha a bedt dig om å minde mæ om",
    ],
)
def test_thys_hwa_asks_what_one_asked_to_be_reminded_of(said: str) -> None:
    assert asks_my_reminders(said)


def test_hwa_about_something_else_is_no_list() -> None:
    assert not asks_my_reminders("hwa er klokken")


@pytest.mark.parametrize(
    "said",
    [
        "lytter du egentlig med hele tiden",
        "hører den virkelig efter hele tiden",
        "lytter du faktisk med",
    ],
)
def test_listening_asked_with_a_word_of_doubt_is_about_listening(said: str) -> None:
    assert _LISTENING.search(fold(said))


def test_listening_to_music_is_not_about_listening_in() -> None:
    assert not _LISTENING.search(fold("lytter du egentlig til musik"))


@pytest.mark.parametrize(
    "said",
    ["Hvem er det, der hjælper én der?", "hvem er det som underviser på kurset", "hvem der kommer"],
)
def test_who_helps_at_a_place_is_no_question_about_the_assistant(said: str) -> None:
    assert someone_else_asked(ranked("ask_is_bot", ["ask_knowledge"]), said)[0]["name"] != (
        "ask_is_bot"
    )


@pytest.mark.parametrize(
    "said", ["hvem er det der taler", "hvem er det der hjælper mig her, er det dig"]
)
def test_who_talks_is_still_the_assistant(said: str) -> None:
    assert someone_else_asked(ranked("ask_is_bot", ["ask_knowledge"]), said)[0]["name"] == (
        "ask_is_bot"
    )
