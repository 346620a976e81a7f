"""Held-out set 51's knowledge classes, in our own words: when the survey just told was
sent out; the name of the person just told about; whom the offer just told is for; what
the principle just told means in practice; whether a thing suits everyone; a category
asked together with the others in it; and a technology's "Det hjælper …" sentence,
given first, with its name. Each reader (bot/knowledge/pursued.py) on its own, then the
Answerer through the methods the actions call, with near misses that keep their
answers."""

from __future__ import annotations

import pytest

from bot.knowledge import pursued
from bot.knowledge.answers import Answerer
from testkit.knowledge import asked as _asked
from testkit.knowledge import every_way as _every_way
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("og hvornår blev skemaet sendt ud", True),
        ("i hvilken periode var det", True),
        ("hvornår sendte de undersøgelsen ud", True),
        ("hvornår var det kommunerne svarede", True),
        ("hvornår kommer hjemmeplejen", False),
        ("hvornår kan jeg få en rollator", False),
    ],
)
def test_when_sent(text: str, yes: bool) -> None:
    assert pursued.asks_when_sent(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvad hed hun", True),
        ("og hvad hedder han egentlig", True),
        ("hvad var navnet på kvinden", True),
        ("hvad hedder den", False),
        ("hvad hedder du", False),
    ],
)
def test_name_of_the_told(text: str, yes: bool) -> None:
    assert pursued.asks_name_of_the_told(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("og til hvem er det", True),
        ("hvem er det egentlig til", True),
        ("hvem kan få den", False),  # set 27: whom it helps, the municipality decides
        ("hvem er du", False),
        ("hvem betaler for det", False),
    ],
)
def test_for_whom(text: str, yes: bool) -> None:
    assert pursued.asks_for_whom(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvad betyder det i praksis for en borger", True),
        ("hvad vil det sige i praksis", True),
        ("hvordan foregår det så i praksis", True),
        ("hvad betyder velfærdsteknologi", False),
    ],
)
def test_in_practice(text: str, yes: bool) -> None:
    assert pursued.asks_in_practice(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("passer det til alle", True),
        ("er det noget for alle", True),
        ("kan alle ældre bruge det", True),
        ("passer den til min mor", False),
        ("er det gratis for alle", False),
    ],
)
def test_for_everyone(text: str, yes: bool) -> None:
    assert pursued.asks_if_for_everyone(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("gps hvilken kategori hører den til og hvad er der ellers", True),
        ("hvad kategori er en vendeseng, og hvilke andre findes der", True),
        ("hvilken kategori hører en vendeseng til", False),
        ("hvad er der ellers i kategorien", False),
    ],
)
def test_category_and_others(text: str, yes: bool) -> None:
    assert pursued.asks_category_and_others(text) is yes


# -- the Answerer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["og hvornår blev skemaet sendt ud", "i hvilken periode løb den", "hvornår sendte de det ud"],
)
def test_when_the_survey_was_sent(real: Answerer, text: str) -> None:
    first = _asked(real, "hvor mange kommuner svarede på KL's statusrapport fra 2020")
    assert first is not None
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "september", "oktober"), reply


@pytest.mark.parametrize("text", ["og hvad hed hun", "hvad var navnet på kvinden"])
def test_the_name_of_the_person_told(real: Answerer, text: str) -> None:
    first = _asked(real, "hvad handlede digtet om skærmbesøg, som en ældre kvinde skrev")
    assert first is not None
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "Iboja", "Wandall"), reply


@pytest.mark.parametrize("text", ["og til hvem er det", "hvem er det egentlig for"])
def test_for_whom_the_offer_told(real: Answerer, text: str) -> None:
    first = _asked(real, "siden hvornår har man kunnet få skærmbesøg i København")
    assert first is not None and _says(first, "65")
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "65 år", "eget hjem"), reply


@pytest.mark.parametrize(
    "text", ["hvad betyder det i praksis for min mor", "hvordan foregår det i praksis"]
)
def test_the_principle_in_practice(real: Answerer, text: str) -> None:
    first = _asked(real, "hvad går mindste indgriben princippet ud på")
    assert first is not None and _says(first, "oplysning")
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "oplysning", "bevilges", "netværk"), reply


@pytest.mark.parametrize(
    "text",
    [
        "kommunen vil lave skærmbesøg hos min far, passer det til alle",
        "er skærmbesøg noget for alle",
    ],
)
def test_whether_screen_visits_suit_everyone(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text)[:2]:
        assert _says(reply, "ikke alle", "menneskelig"), reply


def test_everyone_after_the_thing_told(real: Answerer) -> None:
    first = _asked(real, "hvad er skærmbesøg")
    assert first is not None
    reply = real.answer_question(
        "passer det til alle", current=first.topic, current_index=first.more_index
    )
    assert _says(reply, "ikke alle"), reply


@pytest.mark.parametrize(
    "text",
    [
        "smart home, hvilken kategori er det, og hvad er der ellers i den",
        "hvad kategori hører smart home til og hvad findes der ellers",
    ],
)
def test_a_category_with_the_others(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text)[:2]:
        assert _says(reply, "tryghedsskabende"), reply
        assert _says(reply, "gps", "sensorgulv", "låse", "stemmestyring"), reply


def test_a_category_alone_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("hvilken kategori hører smart home til")
    assert _says(reply, "tryghedsskabende"), reply
    assert not _says(reply, "er der også"), reply


def test_what_helps_is_named_when_first_told(real: Answerer) -> None:
    reply = real.answer_question("findes der noget der giver besked hvis min mor falder om natten")
    assert reply is not None and not reply.text.startswith("Det hjælper"), reply


def test_what_helps_keeps_its_pronoun_when_talked_about(real: Answerer) -> None:
    here = real.kb.get("traedemaatter_med_alarm")
    assert here is not None and here.helps
    reply = real.follow_up("fortæl mere", here.id, len(here.more))
    assert reply is not None and reply.text == here.helps, reply
