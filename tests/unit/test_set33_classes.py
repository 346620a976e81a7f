"""Set 33's classes outside the knowledge answers, in our own sentences: which intent
answers a question the model gave to another — citizens in general taken for the staff
member's own, someone else's age taken for a question about the assistant, machines
caring instead of people taken for a wish to talk to a person, medical advice asked in
so many words, and what is kept about one's citizens asked by staff."""

from __future__ import annotations

import pytest

from bot.conversation.reading import asks_about_my_data
from bot.knowledge.advice import asks_medical_advice
from bot.ranking import advice_asked, citizens_unasked, replaced_asked, someone_else_asked
from testkit.ranking import ranked


def _ranked(first: str, second: str = "ask_topic") -> list[dict[str, object]]:
    return ranked(first, (second, "ask_more"))


@pytest.mark.parametrize(
    "said",
    [
        "hvad får borgerne ud af det?",
        "hvilke borgere har gavn af sengeteknologi",
        "er det godt for borgerne",
    ],
)
def test_citizens_in_general_are_not_the_staff_members_own(said: str) -> None:
    assert citizens_unasked(_ranked("list_my_citizens"), said)[0]["name"] == "ask_topic"


@pytest.mark.parametrize(
    "said",
    ["hvem er mine borgere", "hvilke borgere har jeg", "vis mig mine beboere", "hvem har vi i dag"],
)
def test_ones_own_citizens_asked_stay_asked(said: str) -> None:
    assert citizens_unasked(_ranked("list_my_citizens"), said)[0]["name"] == "list_my_citizens"


@pytest.mark.parametrize("said", ["hvor gammel var hun", "hvad hed han", "hvornår skrev hun det"])
def test_someone_elses_age_or_name_is_no_question_about_the_assistant(said: str) -> None:
    assert someone_else_asked(_ranked("ask_is_bot"), said)[0]["name"] == "ask_topic"


@pytest.mark.parametrize(
    "said",
    [
        "hvor gammel er du",
        "hvad hedder De",
        "er hun et rigtigt menneske eller en robot",
        "hvem er du egentlig",
    ],
)
def test_the_assistant_asked_about_stays_asked(said: str) -> None:
    assert someone_else_asked(_ranked("ask_is_bot"), said)[0]["name"] == "ask_is_bot"


@pytest.mark.parametrize(
    "said",
    [
        "skal en robot tage sig af mig i stedet for hjemmeplejen",
        "vil teknologien erstatte personalet",
        "kommer der maskiner i stedet for rigtige mennesker",
    ],
)
def test_machines_instead_of_people_is_the_supplement_topic(said: str) -> None:
    assert replaced_asked(_ranked("ask_human"), said)[0]["name"] == "ask_topic"


@pytest.mark.parametrize(
    "said", ["jeg vil tale med et menneske i stedet for dig", "kan jeg få et rigtigt menneske"]
)
def test_a_person_asked_for_stays_asked(said: str) -> None:
    assert replaced_asked(_ranked("ask_human"), said)[0]["name"] == "ask_human"


@pytest.mark.parametrize(
    "said", ["giver du medicinske råd", "kan I give lægefaglig rådgivning til min mor"]
)
def test_medical_advice_asked_by_its_kind_gets_the_one_answer(said: str) -> None:
    assert asks_medical_advice(said)
    assert advice_asked(_ranked("nlu_fallback"), said)[0]["name"] == "ask_medical_advice"


def test_medical_equipment_is_no_advice() -> None:
    assert not asks_medical_advice("hvad er medicinsk udstyr")
    assert (
        advice_asked(_ranked("nlu_fallback"), "hvad er medicinsk udstyr")[0]["name"]
        == "nlu_fallback"
    )


@pytest.mark.parametrize(
    "said",
    [
        "hvad gemmer I om vores borgere",
        "hvad har du om mine borgere",
        "hvad har I om jeres brugere",
    ],
)
def test_what_is_kept_about_ones_citizens_is_the_privacy_question(said: str) -> None:
    assert asks_about_my_data(said)
