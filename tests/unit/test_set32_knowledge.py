"""Held-out set 32's knowledge classes, in our own words: a kind of technology asked for
by a thing ("noget seng-tech", "hygiejne ting"), the thing asked for rather than the
survey it is asked of, and a remark after the question that asks nothing. Each goes
through the Answerer method the action the model chose calls (actions/knowledge.py)."""

from __future__ import annotations

import pytest

from bot.knowledge import everyday as plain
from bot.knowledge.answers import Answerer

# -- a need told, then a kind of technology asked for by the thing it is for --

LYING_STILL = [
    "min far ligger i samme stilling hele natten, findes der noget seng teknologi",
    "han rører sig ikke i løbet af natten, har I noget smart til sengen",
    "mor flytter sig ikke en centimeter når hun sover, kender du nogen smarte seng-gadgets",
]


@pytest.mark.parametrize("text", LYING_STILL)
def test_bed_technology_for_lying_still(real: Answerer, text: str) -> None:
    # unsure (the fallback's best guess), a question, or a need: the same kind
    for reply in (
        real.best_guess(text),
        real.answer_question(text),
        real.suggest_for_need(text),
    ):
        assert reply is not None and reply.topic == "sengeteknologi", reply
        assert "vendelagen" in reply.text and "blive vendt" in reply.text, reply


def test_lying_still_without_the_bed_named_gets_turning(real: Answerer) -> None:
    reply = real.suggest_for_need("hun ligger i samme stilling hele natten, hvad kan hjælpe")
    assert reply is not None and "vende" in reply.text, reply


HYGIENE = [
    "min mor kan ikke klare at vaske sig selv længere, hvilke hygiejne hjælpemidler er der",
    "far kan ikke længere gå i bad uden hjælp, er der noget hygiejne udstyr",
    "bedstemor magter ikke brusebadet mere, findes der nogle smarte hygiejne tingester",
]


@pytest.mark.parametrize("text", HYGIENE)
def test_hygiene_things_for_bathing(real: Answerer, text: str) -> None:
    for reply in (
        real.answer_question(text, entities=["hygiejne"]),
        real.best_guess(text),
        real.suggest_for_need(text),
    ):
        assert reply is not None and reply.topic == "hygiejneteknologi", reply
        assert "toilet" in reply.text and "badestole" in reply.text, reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("er der noget smart seng tech", "seng"),
        ("hvad er der af hygiejne ting", "hygiejne"),
        ("har I noget godt til sengen", "sengen"),
        ("hvad er der af nyt i dag", None),
    ],
)
def test_kind_asked_for_reads_the_thing(text: str, kind: str | None) -> None:
    assert plain.kind_asked_for(text) == kind


# -- the thing asked for, not the survey it is asked of --

BARRIER = [
    "Hvad siger undersøgelsen fra 2024 om, hvad der er den største barriere for at indfri "
    "potentialet i velfærdsteknologi?",
    "Hvad er den største barriere for at indfri potentialet i velfærdsteknologi ifølge 2024 "
    "undersøgelsen fra CareNet og Teknologisk Institut?",
    "I CareNets undersøgelse, hvad er den største barriere når kommunerne skal indfri "
    "potentialet? Svar gerne med procent.",
]


@pytest.mark.parametrize("text", BARRIER)
def test_biggest_barrier_with_its_figure(real: Answerer, text: str) -> None:
    for prefer_topics in (True, False):
        reply = real.answer_question(text, prefer_topics=prefer_topics)
        assert reply is not None and reply.topic == "barrierer_2024", reply
        assert "implementering" in reply.text and "55 %" in reply.text, reply


# -- a remark after the question asks nothing --

DIFFERENCE = [
    "Hvori består forskellen på velfærdsteknologi og hjælpemidler? Det blev nævnt på et møde.",
    "kan du sige forskellen på et hjælpemiddel og velfærdsteknologi? jeg er frivillig og skal "
    "forklare det til en borger",
    "Hvad er forskellen mellem et hjælpemiddel og velfærdsteknologi? Jeg læste om det i "
    "kommunens strategi.",
]


@pytest.mark.parametrize("text", DIFFERENCE)
def test_difference_with_a_remark_after(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text, prefer_topics=True), real.best_guess(text)):
        assert reply is not None and "funktionsevne" in reply.text, reply
        assert "måder" in reply.text, reply


DATA_KINDS = [
    "Hvilke slags data kommer der ud af teknologierne ifølge statusrapporten? Jeg mener der "
    "står noget om kategorier.",
    "Hvilke typer data skaber teknologierne i KL's rapport fra 2020? Der var vist en opdeling "
    "i kategorier.",
    "Hvilke former for data giver teknologierne ifølge KL? Jeg har hørt om tre kategorier.",
]


@pytest.mark.parametrize("text", DATA_KINDS)
def test_kinds_of_data_with_a_remark_after(real: Answerer, text: str) -> None:
    # the model takes the remark's "kategorier" for a wish to hear the categories
    reply = real.categories_asked(text, None)
    assert reply is not None and reply.topic == "data_og_teknologi", reply
    assert "aktivitetsdata" in reply.text.lower() and "teknisk data" in reply.text.lower(), reply


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("hvad er en gps? min nabo har en", "hvad er en gps?"),
        ("hvad er en gps?", None),
        ("hvad er en gps? hvem betaler den", None),
        ("min mor falder. hvad findes der", None),
        ("hvad er velfærdsteknologi? (Horsens Kommune)", None),
    ],
)
def test_question_before_remark(text: str, asked: str | None) -> None:
    assert plain.question_before_remark(text) == asked


def test_a_need_after_a_bare_question_is_kept(real: Answerer) -> None:
    # "hvad kan man gøre?" names nothing: the need after it is what is asked
    reply = real.suggest_for_need("hvad kan man gøre? min far vender sig aldrig i søvne")
    assert reply is not None and "vende" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "hvilke velfærdsteknologier frigør mest arbejdskraft",
        "hvilken velfærdsteknologi sparer mest personaletid",
    ],
)
def test_a_word_like_the_pools_name_does_not_ask_for_the_pool(real: Answerer, text: str) -> None:
    # only "hvad (der) er den …" asks for the thing itself over the survey's sentence
    answer = real.answer_question(text)
    assert answer is not None and "2 mio" not in answer.text


@pytest.mark.parametrize(
    "text",
    [
        "er det ikke bare overvågning med alle de sensorer hos de ældre",
        "er sensorer i folks hjem ikke bare kontrol",
        "er en GPS ikke kun en måde at holde øje med folk på",
    ],
)
def test_only_surveillance_asked_is_the_question_of_care_or_surveillance(
    real: Answerer, text: str
) -> None:
    # set 25's class: a place in the sentence ("i folks hjem") had found Copenhagen
    answer = real.answer_question(text)
    assert answer is not None and "omsorg" in answer.text
