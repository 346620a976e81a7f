"""New users' Danish, by class (held-out sets 17 and 18): our own sentences of each class."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.answers import Answerer
from bot.knowledge.benefit import asks_benefit
from bot.ranking import thing_not_me

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "said",
    [
        "hvad er den egentlig god for",
        "hvad bruger man den til",
        "og hvad får man så ud af den",
        "hvad hjælper det med",
        "hvorfor skulle jeg have den",
    ],
)
def test_what_it_is_good_for_is_asked(said: str) -> None:
    assert asks_benefit(said)


@pytest.mark.parametrize(
    "said", ["hvad bruger du tid på", "hvad er godt for ryggen", "hvad koster den"]
)
def test_other_questions_do_not_ask_what_it_is_good_for(said: str) -> None:
    assert not asks_benefit(said)


def test_what_a_technology_is_good_for_is_what_it_can_do_and_whom_it_helps(
    real: Answerer,
) -> None:
    told = real.follow_up("hvad er den egentlig god for", "automatiske_vende_kip_systemer", 0)
    assert told is not None and "tryksår" in told.text
    told = real.follow_up("og hvad får man så ud af det", "skaermbesoeg", 0)
    assert told is not None and "fleksibel" in told.text
    # nothing talked about: no answer of this kind
    assert real.benefit_follow_up("hvad er det godt for", None, 0) is None


def test_who_pays_typed_in_a_hurry_is_a_practical_question(real: Answerer) -> None:
    told = real.follow_up("hvem betal for den", "robotstoevsugere", 0)
    assert told is not None and told.refer


def test_how_many_kinds_of_it_after_the_definition_lists_the_categories(real: Answerer) -> None:
    told = real.follow_up("hvilke slags findes der af det", "velfaerdsteknologi_definition_kl", 0)
    assert told is not None and "15" in told.text
    # after a technology it is no question for KL's categories
    assert real.kinds_of_it("hvor mange slags er der af den", "robotstoevsugere") is None


def test_a_technology_after_the_wake_words_is_no_question_about_the_assistant() -> None:
    ranking = [{"name": "ask_capabilities", "confidence": 0.5}, {"name": "ask_technology"}]
    entities = [{"entity": "technology", "value": "Skærmbesøg"}]
    said = "hej assistent hvad er en robotstøvsuger"
    assert thing_not_me(ranking, entities, said)[0]["name"] == "ask_technology"
    assert thing_not_me(ranking, entities, "hvad kan du om skærmbesøg")[0]["name"] == (
        "ask_capabilities"
    )


def test_where_an_offer_is_asked_back_is_its_summary(real: Answerer) -> None:
    told = real.benefit_follow_up("og hvor er det henne", "teknoteket", 0)
    assert told is not None and "bibliotek" in told.text


def test_its_category_asked_back_is_its_own(real: Answerer) -> None:
    told = real.categories_asked("hvad er det for en kategori", "rollatorer")
    assert "mobilitetsteknologi" in told.text


def test_a_volunteers_introduction_is_not_the_question(real: Answerer) -> None:
    said = (
        "hej jeg er frivillig i nethjælpen, en dame spørger hvor man kan låne og prøve hjælpemidler"
    )
    told = real.answer_question(said)
    assert told is not None and told.topic == "teknoteket"


def test_a_dosing_machine_in_two_words_is_the_machine(real: Answerer) -> None:
    told = real.answer_question("hvad er en dosserings maskine")
    assert told is not None and told.topic == "automatiske_doseringsmaskiner"
