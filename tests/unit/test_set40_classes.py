"""Set 40's classes outside knowledge (the web chat and Teams), in our own sentences."""

from __future__ import annotations

import pytest

from bot.conversation.reading import asks_about_my_data, asks_my_name
from bot.core.danish.fused import unfused
from bot.inbound import check_text
from bot.ranking import READ_SURE, thanks_said
from bot.safety.detect import detect, doubtful
from testkit.ranking import ranked


@pytest.mark.parametrize(
    "said",
    [
        "er det her en rigtig person jeg chatter med",
        "Er dette en robot, eller sidder der en medarbejder og skriver?",
        "min mor spørger om hun snakker med et menneske",
        "sidder der nogen fra biblioteket og læser med",
    ],
)
def test_whether_a_person_answers_is_about_the_assistant(said: str) -> None:
    assert asks_my_name(said)


@pytest.mark.parametrize(
    "said",
    [
        "Bliver beskederne gemt et sted?",
        "kan samtalen slettes bagefter",
        "når hun logger af, bliver det hele så slettet",
    ],
)
def test_whether_the_chat_is_kept_or_deleted_is_the_privacy_answer(said: str) -> None:
    assert asks_about_my_data(said)


def test_a_short_thanks_with_praise_is_thanks() -> None:
    assert thanks_said(ranked("ask_examples", confidence=0.39), "Tak, det var nyttigt.")[0] == {
        "name": "thank",
        "confidence": READ_SURE,
    }
    # "ja tak" to "Skal jeg give din kontaktperson besked?" is the yes (the integration
    # test of the emergency's offer caught it taken for thanks)
    for answer in ("ja tak", "nej tak", "tak ja"):
        assert thanks_said(ranked("affirm", ("thank",), 0.6), answer)[0]["name"] == "affirm"
    assert thanks_said(ranked("thank", ("affirm",), 0.6), "ja tak")[0] == {
        "name": "thank",
        "confidence": 0.6,
    }
    # a thanks with a question after it, a sure model, an emergency it is sure of:
    # unchanged (one it is unsure of the safety net would not take: a thanks, set 44)
    assert thanks_said(ranked("ask_more"), "tak men hvor får jeg den")[0]["name"] == "ask_more"
    sure = ranked("report_emergency", confidence=0.95)
    assert thanks_said(sure, "tak")[0]["name"] == "report_emergency"
    assert thanks_said(ranked("report_emergency"), "tak")[0]["name"] == "thank"
    sure = ranked("goodbye", confidence=0.95)
    assert thanks_said(sure, "tak for i dag")[0]["name"] == "goodbye"


def test_fused_question_words_are_written_apart() -> None:
    assert unfused("hvormange gange om dagen") == "hvor mange gange om dagen"
    assert unfused("Hvorlænge varer det") == "Hvor længe varer det"
    assert unfused("hvordan og hvornår og hvorfor") == "hvordan og hvornår og hvorfor"
    assert check_text("hvormange piller må jeg ta", 500) == "hvor mange piller må jeg ta"


def test_help_with_an_application_doubts_the_models_crisis() -> None:
    # set 40: "… jeg tror tiden er kommet. Kan du hjælpe mig med at søge om en
    # plejehjemsplads til ham" got Livslinien from the model at 0.99
    said = "Nu er det vist ved at være tid. Vil du hjælpe os med at søge om en plads til mor?"
    assert detect(said) is None and doubtful(said)
    # what the net itself reads is still taken, whatever the doubt
    assert detect("jeg vil ikke leve mere, kan du hjælpe mig med at udfylde noget") is not None


def test_a_terse_when_asked_of_a_decision_is_no_crisis() -> None:
    # set 40: "besluttet hvornår?" after the pool's yearly sum got Livslinien (the model)
    for said in ("vedtaget hvornår?", "og evalueret hvornår"):
        assert detect(said) is None and doubtful(said)
    assert detect("jeg vil ikke leve mere, hvornår er det slut") is not None
