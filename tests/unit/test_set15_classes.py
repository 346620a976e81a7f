"""New users' Danish, by class (held-out set 15): our own sentences of each class."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.advice import asks_medical_advice
from bot.knowledge.answers import Answerer
from bot.ranking import farewell_unsaid, meta_asked, need_asked, thing_not_me
from bot.safety.detect import detect, doubtful

ROOT = Path(__file__).resolve().parents[2]
TECHNOLOGY = [{"entity": "technology", "value": "Sensormadrasser"}]


def ranked(*names: str) -> list[dict[str, object]]:
    return [{"name": n, "confidence": c} for n, c in zip(names, (0.6, 0.2, 0.1), strict=False)]


# -- the model's first guess set aside when the words say otherwise ---------------------


def test_goodbye_without_a_farewell_is_no_goodbye() -> None:
    said = "må jeg se hvad I har skrevet ned om mig"
    assert farewell_unsaid(ranked("goodbye", "ask_privacy"), said)[0]["name"] == "ask_privacy"
    for bye in ("nå men så farvel da", "godnat og tak", "det var det hele for i dag"):
        assert farewell_unsaid(ranked("goodbye", "ask_privacy"), bye)[0]["name"] == "goodbye"


def test_a_technology_asked_about_is_not_a_question_about_the_assistant() -> None:
    said = "hvad er sådan en sensor madras"
    assert (
        thing_not_me(ranked("ask_is_bot", "ask_technology"), TECHNOLOGY, said)[0]["name"]
        == "ask_technology"
    )
    assert thing_not_me(ranked("ask_is_bot"), TECHNOLOGY, "er du en robot")[0]["name"] == (
        "ask_is_bot"
    )
    assert thing_not_me(ranked("ask_is_bot"), [], said)[0]["name"] == "ask_is_bot"


def test_a_mistyped_thing_asked_about_is_not_the_assistant() -> None:
    # stop 51's smoke test: "hvad er en løftsol" (løftestol mistyped) was what the
    # assistant is; no technology entity, only the article and the thing
    for said in ("hvad er en løftsol", "Hvad er et vaske toilet?", "øh hva er en skyltoilet"):
        assert thing_not_me(ranked("ask_is_bot"), [], said)[0]["name"] == "ask_technology"
    for about_me in (
        "hvad er en chatbot",
        "hvad er en velfærdsassistent",
        "hvad er du",
        "hvad er en robot",
        "hvad er et menneske",
        "hvad er en løftsol egentlig for noget du",
    ):
        assert thing_not_me(ranked("ask_is_bot"), [], about_me)[0]["name"] == "ask_is_bot"


def test_the_machines_data_are_the_documents_not_ones_own() -> None:
    said = "hvad gør kommunerne med de data som robotterne samler"
    assert meta_asked(ranked("ask_privacy", "ask_topic"), said)[0]["name"] == "ask_topic"
    own = "hvad gemmer kommunerne om mig"
    assert meta_asked(ranked("ask_privacy", "ask_topic"), own)[0]["name"] == "ask_privacy"


def test_can_technology_help_us_is_a_need() -> None:
    said = "min søn bor i Berlin kan teknologien hjælpe os med at se hinanden"
    assert need_asked(ranked("ask_topic", "describe_need"), said)[0]["name"] == "describe_need"


# -- knowledge ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "fact"),
    [
        ("hvem har skrevet digtet om skærmtrolden", "Iboja Wandall-Holm"),
        ("hvorfor siger kommunen ikke hvilke mærker man skal købe", "reklamere"),
    ],
)
def test_the_documents_facts_asked_in_other_words(real: Answerer, said: str, fact: str) -> None:
    found = real.answer_question(said)
    assert found is not None and fact in found.text, (said, found)


def test_an_unsure_question_for_the_kinds_gets_the_15_categories(real: Answerer) -> None:
    found = real.best_guess("øh hvor mange slags velfærds teknologi findes der egentlig")
    assert found is not None and "15 kategorier" in found.text, found


def test_a_need_told_then_what_exists_asked_gets_ideas(real: Answerer) -> None:
    found = real.best_guess("far glemmer hele tiden hvilken dag det er. hvad findes der?")
    assert found is not None and found.text.startswith("Det kunne være"), found


def test_which_category_right_after_a_technology_is_its_category(real: Answerer) -> None:
    found = real.categories_asked("hvilken kategori hører den under", "katapultsaeder")
    assert "mobilitetsteknologi" in found.text, found
    assert (
        "15 kategorier" in real.categories_asked("hvilke kategorier er der", "katapultsaeder").text
    )


# -- never dosage advice; the safety net's doubts ----------------------------------------


def test_how_many_at_once_asks_for_advice() -> None:
    assert asks_medical_advice("må jeg så godt ta tre på en gang")
    assert asks_medical_advice("kan hun tage to ad gangen")
    assert not asks_medical_advice("klokken ti om formiddagen")


def test_a_duty_said_to_the_forms_question_is_no_emergency() -> None:
    assert doubtful("at jeg skal tage min blodtryksmedicin")
    assert detect("at jeg skal tage min blodtryksmedicin") is None
    # a real overdose said so is still the net's
    assert detect("at jeg har taget alle mine piller på en gang") is not None


def test_falls_counted_with_help_asked_for_is_a_need_not_an_alarm() -> None:
    said = "min mand er faldet tre gange i køkkenet er der ikke noget der kan hjælpe ham"
    assert doubtful(said) and detect(said) is None
    assert detect("min mand er faldet og kan ikke komme op er der noget der kan hjælpe") is not None


def test_how_long_is_asked_of_a_year_and_a_categorys_technologies_count(real: Answerer) -> None:
    """ "og hvor længe har de haft det i København" after skærmbesøg: a screen-visit
    technology's sentence "siden 2016" (set 15 had got "forstod ikke")."""
    found = real.best_guess("og hvor længe har de haft det i københavn", "skaermbesoeg")
    assert found is not None and "2016" in found.text, found
    found = real.answer_question("hvor lang tid har man brugt velfærdsteknologi i Danmark")
    assert found is not None and "2007" in found.text, found
