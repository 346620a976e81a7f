"""Held-out set 29's further knowledge classes, in our own words: a difference asked, more
effort ahead, the rules and what the council weighs, a thing told about, whom to ask,
a pool applied for, trying before buying (out of scope no more) and a spouse's dementia."""

from __future__ import annotations

import pytest

from bot.knowledge.answers import Answerer
from bot.ranking import meta_asked


@pytest.mark.parametrize(
    "text",
    [
        "hvori ligger forskellen mellem velfærdsteknologi og et hjælpemiddel egentlig",
        "kan du sige mig forskellen på hjælpemidler og velfærdsteknologi",
    ],
)
def test_a_difference_gets_both_sides(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "funktionsevne" in reply.text and "måder" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "tror kommunerne at de kommer til at satse mere på teknologi i de kommende år",
        "hvor stor en del af kommunerne vil øge deres indsats fremover",
    ],
)
def test_more_effort_ahead_gets_the_2024_survey(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "83,8" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "hvilken paragraf skal tryghedsteknologi til en voksen søges efter",
        "efter hvilke paragraffer søges tryghedsskabende teknologi når det gælder voksne",
    ],
)
def test_the_paragraphs_applied_under_for_adults(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "§ 128 b" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "hvad lægger kommunalbestyrelsen vægt på før de godkender en GPS til en borger",
        "hvilke kriterier bruger de i kommunalbestyrelsen når de vurderer sådan en sag",
    ],
)
def test_what_the_council_weighs(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "dokumentation" in reply.text, reply


def test_what_the_council_weighs_for_a_child(real: Answerer) -> None:
    reply = real.answer_question(
        "hvad ser kommunalbestyrelsen på når de godkender en alarm til et barn"
    )
    assert reply is not None and "barnets" in reply.text, reply


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("kan du fortælle lidt om gps til folk med demens", "gps_systemer"),
        ("fortæl om sensorgulve til ældre med demens", "sensorgulve"),
    ],
)
def test_told_about_a_thing_is_the_thing(real: Answerer, text: str, topic: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == topic, reply


def test_is_a_gps_legal_after_it(real: Answerer) -> None:
    first = real.answer_question("kan du fortælle lidt om gps til folk med demens")
    assert first is not None
    reply = real.answer_question("men må man det egentlig", current=first.topic, current_index=0)
    assert reply is not None and "positivlisten" in reply.text, reply


@pytest.mark.parametrize(
    "text", ["hvem kan jeg så spørge om sådan en", "hvem skal min mor kontakte om det"]
)
def test_whom_to_ask_after_a_technology(real: Answerer, text: str) -> None:
    for reply in (
        real.best_guess(text, "automatiske_doseringsmaskiner", 1),
        real.follow_up(text, "automatiske_doseringsmaskiner", 1),
    ):
        assert reply is not None and "visitation" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "kan vores afdeling søge penge fra puljen til en spiserobot",
        "vi overvejer at søge om midler fra puljen til nogle loftslifte",
    ],
)
def test_a_pool_applied_for_a_thing_is_the_pool(real: Answerer, text: str) -> None:
    first = real.answer_question(text)
    assert first is not None and first.topic == "soeg_velfaerdsteknologipuljen", first
    contents = real.answer_question(
        "hvad skal ansøgningen indeholde", current=first.topic, current_index=first.more_index
    )
    assert contents is not None and "bundlinjer" in contents.text, contents


def test_application_contents_right_after_a_thing(real: Answerer) -> None:
    reply = real.answer_question("hvad skriver vi i ansøgningen", current="robotstoevsugere")
    assert reply is not None and "overslag" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "min mormor vil gerne teste et par hjælpemidler inden hun køber dem, hvor gør man det",
        "en dame i klubben vil prøve noget af først før hun køber selv. Er der et sted til det?",
    ],
)
def test_trying_before_buying_is_no_out_of_scope(real: Answerer, text: str) -> None:
    ranking = [
        {"name": "out_of_scope", "confidence": 0.8},
        {"name": "ask_topic", "confidence": 0.1},
    ]
    assert meta_asked(ranking, text)[0]["name"] == "ask_topic"
    reply = real.answer_question(text, prefer_topics=True)
    assert reply is not None and "Teknoteket" in reply.text, reply


def test_a_car_tried_before_buying_stays_out_of_scope() -> None:
    ranking = [{"name": "out_of_scope", "confidence": 0.8}]
    assert (
        meta_asked(ranking, "jeg vil prøve en bil før jeg køber den")[0]["name"] == "out_of_scope"
    )


@pytest.mark.parametrize(
    "text",
    [
        "min mand er blevet dement, findes der noget teknologi til ham",
        "vi har lige fået at vide at far har demens, hvad kan teknologi gøre",
    ],
)
def test_a_spouses_dementia_gets_safety_technology(real: Answerer, text: str) -> None:
    reply = real.suggest_for_need(text)
    assert reply is not None and "gps" in reply.text.lower(), reply
