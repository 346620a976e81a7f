"""Set 44's meta classes (a Nethjælpen volunteer, a worried daughter, a student and a
plejecenter leader), each in sentences of our own: frustration the model took for an
emergency, an assignment or a sending asked, what is written kept or deleted, a thanks
with a remark where the model put an unsure call for help first, trying small aids
before going out to buy."""

from __future__ import annotations

import pytest

from bot.conversation.reading import (
    asks_about_my_data,
    asks_me_to_send,
    asks_me_to_write,
    frustrated,
)
from bot.knowledge.everyday import asks_to_try_before_buying
from bot.ranking import meta_asked, thanks_said
from testkit.ranking import ranked


@pytest.mark.parametrize(
    "said",
    [
        "det her er ikke særlig brugbart",
        "dine svar er altså ikke brugbare",
        "jeg får jo aldrig noget svar på mit spørgsmål",
    ],
)
def test_frustration_is_read(said: str) -> None:
    assert frustrated(said)


@pytest.mark.parametrize("top", ["report_emergency", "report_crisis", "describe_need"])
def test_frustration_gets_a_person_whatever_the_model_guessed(top: str) -> None:
    said = "det her er altså ikke særlig brugbart, jeg får ikke svar på noget"
    assert meta_asked(ranked(top, confidence=0.97), said)[0]["name"] == "ask_human"


def test_a_useful_thing_is_no_frustration() -> None:
    assert not frustrated("er en rollator brugbar på grus")
    assert not frustrated("hun fik svar fra kommunen i går")


@pytest.mark.parametrize(
    "said",
    [
        "kan du ikke bare skrive min opgave",
        "gider du lige skrive en hjemmeopgave om velfærdsteknologi",
    ],
)
def test_an_assignment_asked_written(said: str) -> None:
    assert asks_me_to_write(said)
    assert meta_asked(ranked("report_crisis", confidence=0.8), said)[0]["name"] == "out_of_scope"


@pytest.mark.parametrize(
    "said",
    [
        "kan du sende et referat af samtalen til min chef",
        "vil du maile svaret til min søster",
    ],
)
def test_a_sending_asked(said: str) -> None:
    assert asks_me_to_send(said)
    assert meta_asked(ranked("ask_human", confidence=0.6), said)[0]["name"] == "out_of_scope"


def test_telling_of_sending_is_not_asking() -> None:
    assert not asks_me_to_send("kommunen sendte et brev til min mor")
    assert not asks_me_to_write("hun skrev en opgave om velfærdsteknologi")


@pytest.mark.parametrize(
    "said",
    [
        "han er nervøs for at det han skriver her bliver gemt",
        "jeg har fortalt en del om min mor, kan det blive slettet igen",
        "vi har skrevet meget om far i dag, kan det slettes",
    ],
)
def test_what_is_written_kept_or_deleted(said: str) -> None:
    assert asks_about_my_data(said)
    assert meta_asked(ranked("report_crisis", confidence=0.93), said)[0]["name"] == "ask_privacy"


def test_a_reminder_deleted_is_not_privacy() -> None:
    said = "slet påmindelsen om min medicin"
    assert meta_asked(ranked("cancel_reminder"), said)[0]["name"] == "cancel_reminder"


def test_a_thanks_with_a_remark_over_an_unsure_call_for_help() -> None:
    said = "tak for det!! nu har jeg styr på det hele"
    assert thanks_said(ranked("call_for_help", confidence=0.3), said)[0]["name"] == "thank"
    # an emergency the model is sure of is left to the safety net
    assert thanks_said(ranked("call_for_help", confidence=0.95), said)[0]["name"] == "call_for_help"


def test_trying_small_aids_before_going_out_to_buy() -> None:
    assert asks_to_try_before_buying("han vil prøve en gribetang før han tager ud og køber en")
    assert not asks_to_try_before_buying("før han går ud, skal han have jakke på")
