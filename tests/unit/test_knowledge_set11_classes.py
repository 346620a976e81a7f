"""Knowledge questions as new users ask them (held-out set 11's classes): our own
sentences of each class."""

from __future__ import annotations

import pytest

from bot.knowledge.answers import Answerer

# -- knowledge: what a named thing is, what a question asks for, how it works --------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # what a named topic is, with a remark after it
        ("hvad er de tre bundlinjer som alle taler om", "arbejdsmiljø"),
        # the thing after "hvad er de", of two named
        ("KL's erklæring, hvad er de vigtigste principper i den", "medmenneskelige"),
        # how a named technology works: its own summary, not another's sentence
        ("træning over nettet hvordan fungerer det", "online træningsprogram"),
        # whether one may be made to have it: the question of choice
        ("kan kommunen bare bestemme at min far skal have en spiserobot", "fravælge"),
        # may staff do it: the rules, before how to apply
        ("må vi give en beboer en gps uden videre eller skal vi søge", "positivlisten"),
        # what a category holds
        ("hvad hører med under telemedicin", "TeleKOL"),
        # the survey's expected effort, said with "bruge mere af det der"
        ("hvor mange kommuner vil bruge mere af den der teknologi", "83,8"),
        # the shortage, as people say it
        ("de siger der mangler folk i ældreplejen hvor mange", "40.000"),
    ],
)
def test_knowledge_questions_of_set_11s_classes(real: Answerer, text: str, said: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and said in reply.text, (text, reply)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("hvad slags data bruger kommunerne fra teknologierne", "Aktivitetsdata"),
        ("jeg er ikke særlig god til min tablet hvor kan jeg få nogen til at hjælpe", "Nethjælpen"),
    ],
)
def test_a_fact_asked_beside_a_need_is_the_fact(real: Answerer, text: str, said: str) -> None:
    reply = real.answer_specific(text)
    assert reply is not None and said in reply.text, (text, reply)


def test_a_kind_of_help_for_a_need_is_still_a_need(real: Answerer) -> None:
    assert real.answer_specific("hvad slags hjælp kan man få til at spise") is None


def test_a_keywords_fact_comes_before_the_summary(real: Answerer) -> None:
    """ "hvad er det … for noget" with a keyword of a topic: the sentence that holds it."""
    reply = real.answer_question("hvad er det velfærdsteknologiske landkort egentlig for noget")
    assert reply is not None and "landkort" in reply.text, reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # set 12's classes, in our own sentences
        ("hvornår bliver det overvågning og ikke omsorg at passe på en", "overvågning"),
        ("hvor mange kommuner vil lave mere med teknologi fremover", "83,8"),
    ],
)
def test_knowledge_questions_of_set_12s_classes(real: Answerer, text: str, said: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and said in reply.text, (text, reply)


def test_help_with_a_new_ipad_is_nethjaelpen(real: Answerer) -> None:
    text = (
        "min nabo har fået en tablet og kan ikke finde ud af den, findes der nogen der kan hjælpe"
    )
    reply = real.answer_specific(text)
    assert reply is not None and "Nethjælpen" in reply.text, reply
