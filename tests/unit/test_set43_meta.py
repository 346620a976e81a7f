"""Set 43's meta classes (a byrådsmedlem in the web chat, a discharge nurse in Teams, a
hard-of-hearing man at his speaker), each in sentences of our own beside the set's."""

from __future__ import annotations

import pytest

from bot.conversation.reading import asks_about_my_data, asks_me_to_write, asks_slower
from bot.ranking import meta_asked, thanks_said
from testkit.ranking import ranked


@pytest.mark.parametrize(
    "said",
    [
        "Det svarer jo overhovedet ikke på mit spørgsmål, og det er ærlig talt lidt "
        "frustrerende, når jeg sidder med et møde om to dage",
        "du svarer slet ikke på det jeg spørger om",
        "det her er altså frustrerende",
    ],
)
def test_frustration_gets_the_way_to_a_person(said: str) -> None:
    assert meta_asked(ranked("describe_need"), said)[0]["name"] == "ask_human"


def test_a_question_with_frustration_in_it_is_still_the_question() -> None:
    said = "hvorfor er det så frustrerende at få en rollator?"
    assert meta_asked(ranked("ask_technology"), said)[0]["name"] == "ask_technology"


@pytest.mark.parametrize(
    "said",
    [
        "kan du ikke tale lidt langsommere jeg hører ikke så godt",
        "sig det lige lidt langsommere",
        "du taler alt for hurtigt",
    ],
)
def test_slower_speech_asked(said: str) -> None:
    assert asks_slower(said)
    assert meta_asked(ranked("ask_topic"), said)[0]["name"] == "ask_repeat"


def test_a_slow_thing_is_no_request_to_speak_slower() -> None:
    assert not asks_slower("hvorfor går det så langsomt med velfærdsteknologi")


@pytest.mark.parametrize(
    "said",
    [
        "hvem kan se det jeg skriver til dig her i teams",
        "hvem kan læse det jeg skriver",
        "hvem får adgang til det jeg siger",
    ],
)
def test_who_can_see_what_one_writes_is_a_privacy_question(said: str) -> None:
    assert asks_about_my_data(said)
    assert meta_asked(ranked("ask_is_bot"), said)[0]["name"] == "ask_privacy"


@pytest.mark.parametrize(
    "said",
    [
        "Kan du skrive ansøgningen til kommunen for mig, så jeg bare skal sende den?",
        "Kunne du skrive et kort notat på en side til mine kolleger i ældreudvalget",
        "kan du skrive business casen",
        "vil du udfylde skemaet for mig",
    ],
)
def test_a_text_asked_written_is_what_it_cannot_do(said: str) -> None:
    assert asks_me_to_write(said)
    assert meta_asked(ranked("ask_topic"), said)[0]["name"] == "out_of_scope"


def test_writing_in_the_plan_is_no_text_asked_written() -> None:
    assert not asks_me_to_write("kan du skrive frisør i min plan på torsdag")
    assert not asks_me_to_write("kan du skrive en påmindelse til mig")


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        (
            "Tak skal du have, nu føler jeg mig noget bedre forberedt til torsdagens udvalgsmøde",
            "thank",
        ),
        ("Tusind tak, du har faktisk været en stor hjælp i dag", "thank"),
        ("tak for hjaelpen og god dag", "goodbye"),
        ("mange tak og hav en god weekend", "goodbye"),
        ("tak skal do ha do er sød", "thank"),  # spoken "do" for "du" (set AT)
        ("tak skal I ha for i dag", "thank"),
    ],
)
def test_a_thanks_with_a_remark_or_a_goodbye(said: str, intent: str) -> None:
    assert thanks_said(ranked("nlu_fallback"), said)[0]["name"] == intent


@pytest.mark.parametrize(
    "said",
    ["tak for det, sluk lyset i stuen", "mange tak men hvad med Jens", "tak kan du hjælpe mig"],
)
def test_a_thanks_before_a_request_is_the_request(said: str) -> None:
    assert thanks_said(ranked("nlu_fallback"), said)[0]["name"] == "nlu_fallback"


def test_a_text_asked_written_over_an_unsure_crisis_and_slower_over_an_unsure_repeat() -> None:
    said = "Kan du skrive ansøgningen til kommunen for mig, så jeg bare skal sende den?"
    unsure = [
        {"name": "report_crisis", "confidence": 0.69},
        {"name": "ask_topic", "confidence": 0.1},
    ]
    assert meta_asked(unsure, said)[0]["name"] == "out_of_scope"
    sure = [
        {"name": "report_crisis", "confidence": 0.95},
        {"name": "ask_topic", "confidence": 0.01},
    ]
    assert meta_asked(sure, said)[0]["name"] == "report_crisis"
    slower = "kan du ikke tale lidt langsommere jeg hører ikke så godt"
    repeat = [{"name": "ask_repeat", "confidence": 0.39}, {"name": "ask_human", "confidence": 0.2}]
    assert meta_asked(repeat, slower)[0] == {"name": "ask_repeat", "confidence": 0.9}
