"""Held-out set 53's knowledge classes, in our own words: a question said last after a
sentence or two that only frame it (a meeting, a reason, a wish), answered as asked alone;
how much money the pool holds; and what the municipality does to tell citizens and
relatives what there is. The reader (bot/knowledge/framed.py) on its own, then the
Answerer through the methods the actions call, with near misses that keep their
answers."""

from __future__ import annotations

import pytest

from bot.knowledge import framed
from bot.knowledge.answers import Answerer
from testkit.knowledge import says as _says

# -- the reader on its own ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        (
            "Jeg skal holde oplæg for kollegerne i næste uge. Hvornår udkom KL's statusrapport?",
            "Hvornår udkom KL's statusrapport?",
        ),
        (
            "Vi er tre nye assistenter og vil gerne lære noget. "
            "Hvilken kategori hører vendepuder under?",
            "Hvilken kategori hører vendepuder under?",
        ),
        ("Hvor mange kommuner svarede på undersøgelsen?", None),  # one sentence
        ("Min far har en rollator. Hvad koster den?", None),  # leans on the one before
        ("Min mor har demens. Hvad findes der?", None),  # names nothing of its own
        ("Hvad er en GPS? Hvem betaler for den?", None),  # the first asks too
        ("Vi har møde i morgen. Jeg vil gerne have tal med.", None),  # no question
    ],
)
def test_closing_question(text: str, closing: str | None) -> None:
    assert framed.closing_question(text) == closing


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvor stor er velfærdsteknologipuljen", True),
        ("hvor mange kroner er der i puljen hvert år", True),
        ("Vi vil søge puljen til nogle sensorer. Hvor meget er der i den om året?", True),
        ("hvor meget tid tager det at søge puljen", False),
        ("hvordan søger man penge fra puljen", False),
        ("hvor mange penge sparer kommunerne på teknologien", False),
    ],
)
def test_asks_pool_amount(text: str, yes: bool) -> None:
    assert framed.asks_pool_amount(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("informerer kommunen borgerne om de muligheder der er", True),
        ("hvordan oplyser Horsens de ældre om hjælpemidlerne", True),
        ("gør I noget for at fortælle familierne, hvad man kan få", True),
        ("kan du fortælle mig, hvad der findes til min mor", False),  # asks the assistant
        ("hvad kan oplysningerne fra sensorerne bruges til", False),
        ("hvad siger kommunen om teknologi", False),
    ],
)
def test_asks_informing(text: str, yes: bool) -> None:
    assert framed.asks_informing(text) is yes


# -- the Answerer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jeg skal fremlægge noget for mine kolleger i morgen og mangler et tal. "
        "Hvor mange kommuner svarede på undersøgelsen fra 2024?",
        "Vi holder temadag i hjemmeplejen, så jeg samler nogle tal. "
        "Hvor mange kommuner var med i undersøgelsen fra 2024?",
    ],
)
def test_the_closing_question_is_answered(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text), real.best_guess(text)):
        assert _says(reply, "80 af landets"), reply


@pytest.mark.parametrize(
    "text",
    [
        "Jeg tænker på at søge velfærdsteknologipuljen til nogle sensorer. Hvor stor er puljen?",
        "Vi vil gerne prøve nye løfteredskaber i vores team. "
        "Hvor mange penge har puljen i Horsens om året?",
        "hvor meget er der i velfærdsteknologipuljen hvert år",
    ],
)
def test_the_pools_amount(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text), real.best_guess(text)):
        assert _says(reply, "2 mio"), reply


def test_how_to_apply_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("hvordan søger man velfærdsteknologipuljen")
    assert reply is not None and reply.topic == "soeg_velfaerdsteknologipuljen", reply


@pytest.mark.parametrize(
    "text",
    [
        "Min far bor alene i Horsens. Oplyser kommunen de pårørende om, "
        "hvilke hjælpemidler der findes?",
        "hvordan informerer Horsens Kommune borgerne om teknologierne",
    ],
)
def test_the_municipality_informs(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text), real.best_guess(text)):
        assert _says(reply, "overskud i hverdagen"), reply
        assert _says(reply, "pjecer"), reply


def test_a_subject_told_before_the_question_keeps_it(real: Answerer) -> None:
    text = "KL udgav en statusrapport i 2020. Hvor mange kommuner var med?"
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == "statusrapport_2020", reply


def test_a_need_told_then_asked_keeps_its_answer(real: Answerer) -> None:
    text = "Min mor har demens. Hvad findes der?"
    reply = real.suggest_for_need(text)
    assert reply is not None and reply.text.startswith("Det kunne være"), reply
    assert real.answer_question(text) == reply


def test_the_leaflets_keep_their_answer(real: Answerer) -> None:
    reply = real.answer_question("hvad står der i teknologipjecerne")
    assert reply is not None and reply.topic == "teknologipjecer", reply
