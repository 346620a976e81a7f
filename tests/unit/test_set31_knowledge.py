"""Held-out set 31's classes, in our own words: a meaning passed on with a remark after it,
a camera asked about by the law, technology for the bed and for the toilet after a need
told at length (with a hedge before it), loneliness asked first, the poem's title, and
the assistant asked to delete what was written or what it can do."""

from __future__ import annotations

import pytest

from bot.conversation.reading import asks_what_i_do
from bot.knowledge.answers import Answerer
from bot.ranking import meta_asked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "min nabo vil gerne vide hvad sanseteknologi dækker over, hun passer sin demente søster",
            "døgnrytmelys",
        ),
        (
            "en kunde spørger hvad velfærdsteknologi betyder, han så det i avisen",
            "velfærdsteknologi",
        ),
        (
            "en dame her spørger hvad sanseteknologi er for noget, min kollega nævnte det",
            "sanserum",
        ),
    ],
)
def test_a_meaning_passed_on_is_the_meaning(real: Answerer, text: str, word: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and word in reply.text, reply
    assert "Teknoteket" not in reply.text and "2 mio" not in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "er det tilladt at montere et webcam hjemme hos min mor så vi kan se hende",
        "må vi som familie sætte kameraer op i hans lejlighed",
        "hvad siger loven om at filme min far derhjemme",
    ],
)
def test_a_camera_asked_by_the_law(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "Videoovervågning" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "min mor er sengeliggende og har fået liggesår. er der noget teknologi til sengen",
        "han kommer næsten ikke op længere og personalet er bange for tryksår, hvilke løsninger"
        " er der til en seng",
    ],
)
def test_technology_for_the_bed(real: Answerer, text: str) -> None:
    reply = real.suggest_for_need(text)
    assert reply is not None and "plejesenge" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "undskyld hvis det er et mærkeligt spørgsmål, men min mor kan ikke længere klare toilettet"
        " selv. hvad findes der",
        "det er lidt flovt at skrive om, men min far har brug for hjælp på toilettet",
    ],
)
def test_toilet_help_after_a_hedge(real: Answerer, text: str) -> None:
    reply = real.suggest_for_need(text)
    assert reply is not None and "ygiejne" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "bliver de gamle ikke mere isolerede af alle de robotter og skærme",
        "min svigerfar spørger om teknologien ikke gør folk ensommere",
        "gør teknik ikke de ældre mere ensomme i sidste ende",
    ],
)
def test_loneliness_asked_first_is_the_ethics(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "frihed" in reply.text, reply


def test_technology_against_loneliness_is_not_the_ethics(real: Answerer) -> None:
    reply = real.suggest_for_need("min mor er meget ensom, findes der teknologi mod det")
    assert reply is None or "tveægget" not in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "jeg hørte om en gammel dame der havde skrevet vers om sine skærmbesøg, hvad ved du",
        "var der ikke en ældre kvinde som digtede om skærmbesøgene",
    ],
)
def test_the_poem_has_its_title(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "Hyldest til skærmfolket" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "kan du fjerne det min svigermor fortalte om sin søn lige før",
        "jeg vil gerne have at du glemmer det jeg skrev om min datter",
    ],
)
def test_deleting_what_was_written_is_privacy(text: str) -> None:
    ranking = [{"name": "cancel_plan_item", "confidence": 0.7}]
    assert meta_asked(ranking, text)[0]["name"] == "ask_privacy"


def test_deleting_a_planned_thing_stays_a_plan() -> None:
    ranking = [{"name": "cancel_plan_item", "confidence": 0.7}]
    assert meta_asked(ranking, "slet det jeg sagde om fredag")[0]["name"] == "cancel_plan_item"


@pytest.mark.parametrize(
    "text",
    [
        "hvad kan du? jeg er frivillig og har en ældre herre ved bordet",
        "hvad kan du hjælpe mig med! jeg står i biblioteket med en borger",
    ],
)
def test_what_i_do_before_who_asks(text: str) -> None:
    assert asks_what_i_do(text)
    ranking = [{"name": "ask_topic", "confidence": 0.6}]
    assert meta_asked(ranking, text)[0]["name"] == "ask_capabilities"
