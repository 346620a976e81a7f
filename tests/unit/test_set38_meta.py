"""Set 38's classes about the assistant itself (meta), in our own sentences."""

from __future__ import annotations

import pytest

from bot.conversation.reading import (
    another_year,
    asks_about_my_data,
    asks_another_year,
    asks_my_name,
    asks_to_delete_what_was_written,
    wants_a_person,
)
from bot.core.danish.formal import as_du
from bot.inbound import check_text
from bot.ranking import (
    meta_asked,
    need_asked,
    person_asked,
    request_asked_last,
    year_asked_again,
)
from testkit.ranking import ranked


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("Må jeg spørge, om De kan hjælpe mig?", "Må jeg spørge, om du kan hjælpe mig?"),
        ("Hvad ved De om Deres kilder?", "Hvad ved du om dine kilder?"),
        ("Jeg takker Dem for Deres svar.", "Jeg takker dig for din svar."),
        # "they" at a sentence's start, and speech in lower case, stay
        ("De kommer klokken ti. Kan du huske det?", "De kommer klokken ti. Kan du huske det?"),
        ("hvornår kommer de fra kommunen", "hvornår kommer de fra kommunen"),
    ],
)
def test_the_formal_you_is_read_as_du(said: str, meant: str) -> None:
    assert as_du(said) == meant


def test_the_chat_gets_the_formal_you_as_du() -> None:
    assert check_text("Ved De, hvad klokken er?", 500) == "Ved du, hvad klokken er?"


def test_a_machine_or_a_person_asked_is_about_the_assistant() -> None:
    said = "Sidder der en fra kommunen og skriver, eller er det et program, som svarer?"
    assert asks_my_name(said)
    assert meta_asked(ranked("ask_human"), said)[0]["name"] == "ask_is_bot"
    assert not asks_my_name("er det en robot der kan løfte en person")


def test_what_was_written_deleted_when_said_first() -> None:
    said = "Jeg skrev noget om min datters skilsmisse før, det var dumt. Vil du slette det?"
    assert asks_to_delete_what_was_written(said)
    # the reader of a request said last leaves it to the privacy answer
    read = meta_asked(ranked("cancel_plan_item"), said)
    assert read[0]["name"] == "ask_privacy"
    assert request_asked_last(read, said)[0]["name"] == "ask_privacy"
    assert not asks_to_delete_what_was_written("jeg har skrevet tandlæge i planen, slet den")


@pytest.mark.parametrize(
    "said",
    [
        "hvad sker der med det hun har fortalt om sin søn",
        "Husker du mine beskeder, og hvor længe?",
        "hvor lang tid gemmer I det",
    ],
)
def test_what_is_kept_asked_in_other_words(said: str) -> None:
    assert asks_about_my_data(said)
    assert meta_asked(ranked("ask_orientation"), said)[0]["name"] == "ask_privacy"


def test_a_person_to_call_asked_after_a_complaint() -> None:
    said = "Svarene er for lange til mig. Er der ikke en person, jeg kan tale med?"
    assert wants_a_person(said)
    unsure = [{"name": "ask_human", "confidence": 0.35}]
    assert person_asked(unsure, said)[0] == {"name": "ask_human", "confidence": 0.9}


def test_the_last_question_asked_again_of_another_year() -> None:
    before = "hvor mange kommuner havde skærmbesøg"
    assert another_year("og hvad så i 2021", before) == f"{before} fra 2021?"
    assert another_year(
        "nej jeg mente den fra 2020 ikke 2024", "hvad viste rapporten fra 2024"
    ) == ("hvad viste rapporten fra 2020")
    assert another_year("jeg blev født i 1941", before) is None
    assert another_year("og i 2021", "") is None
    assert asks_another_year("hvad med i 2020?") and not asks_another_year("2020")
    assert year_asked_again(ranked("out_of_scope"), "og i 2019?")[0]["name"] == "nlu_fallback"
    assert year_asked_again(ranked("set_reminder"), "og i 2019?")[0]["name"] == "set_reminder"


def test_what_aids_there_are_asked_is_a_need_even_where_the_model_read_a_crisis() -> None:
    # set 38, knowledge: a question about aids with "ikke kan stå så længe" in it got
    # Livslinien from the model; the safety net doubts it, and the need is read
    said = "hvad for nogle ting er der til at hjælpe en når man ikke kan gå så langt mere"
    assert need_asked(ranked("thank"), said)[0]["name"] == "describe_need"
    crisis = ranked("report_crisis", ("goodbye",), 0.93)
    doubted = "hvad for nogen ting er der til at hjælpe en i køkkenet nu jeg ikke kan stå så længe"
    assert need_asked(crisis, doubted)[0]["name"] == "describe_need"
    # a crisis the net does not doubt stays the model's
    assert need_asked(crisis, "jeg kan ikke mere og vil ikke leve")[0]["name"] == "report_crisis"
