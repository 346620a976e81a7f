"""Classes of held-out conversation set 59's failures, in our own sentences: a request
said after a story without "så" (with "kan du", or an imperative with "mig" or the plan
named) and "så du må minde mig om", a home command in the imperative said last after a
story, the day asked with "de" for "det"; and three everyday sentences the safety net
had alarmed on: a lamp that "står og brænder", an illness as the time something is hard,
a cough medicine."""

from __future__ import annotations

import pytest

from bot.conversation.reading import asks_orientation, request_after_story
from bot.ranking import home_ordered, request_asked_last
from bot.safety.detect import detect
from testkit.ranking import ranked


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        (
            "min nabo har lovet at køre mig men han glemmer tit tiden så du må minde mig om"
            " at ringe til ham fredag klokken ni",
            "du må minde mig om at ringe til ham fredag klokken ni",
        ),
        (
            "tænderne driller igen og jeg har endelig fået en tid kan du skrive tandlæge i min"
            " plan på mandag klokken otte",
            "kan du skrive tandlæge i min plan på mandag klokken otte",
        ),
        (
            "vi mødes altid i kirken og det er jo hyggeligt skriv kirkekaffe i min kalender på"
            " søndag klokken elleve",
            "skriv kirkekaffe i min kalender på søndag klokken elleve",
        ),
        (
            "min datter har travlt med børnene og hun bliver ked af det hvis jeg glemmer det"
            " mind mig om at ringe til hende i morgen klokken fem",
            "mind mig om at ringe til hende i morgen klokken fem",
        ),
    ],
)
def test_a_request_after_a_story_without_sa(said: str, asked: str) -> None:
    assert request_after_story(said) == asked


@pytest.mark.parametrize(
    "said",
    [
        # the story's own "kan du tro", "kan ikke huske" are no request
        "det er alderen kan du tro og jeg kan ikke huske hvad lægen sagde i går",
        # the request points back into the story
        "mind mig om at ringe til min søster hun bor i Maribo og har fødselsdag kan du huske det",
    ],
)
def test_no_request_opens_a_story(said: str) -> None:
    assert request_after_story(said) == said


def test_du_ma_minde_mig_om_is_a_reminder_asked_last() -> None:
    said = "hun har fødselsdag på torsdag og det glemte jeg sidste år så du må minde mig om det på torsdag klokken ti"
    # points into the story: "det" — the reminder is still asked, the text kept whole
    assert request_after_story(said) == said
    said = "hun har fødselsdag på torsdag og det glemte jeg sidste år så du må minde mig om at ringe på torsdag klokken ti"
    read = request_asked_last(ranked("set_reminder", ("add_plan_item",), confidence=0.37), said)
    assert read[0] == {"name": "set_reminder", "confidence": 0.9}


@pytest.mark.parametrize(
    "said",
    [
        "min mand sørgede altid for lyset men nu er han væk så nu må jeg selv sluk lyset i stuen",
        "jeg er træt og skal i seng nu lås døren",
    ],
)
def test_a_home_command_said_last_after_a_story(said: str) -> None:
    read = home_ordered(ranked("nlu_fallback", ("ask_topic", "home_control"), confidence=0.3), said)
    assert read[0]["name"] == "home_control"


def test_an_infinitive_last_is_no_command() -> None:
    said = "jeg ved ikke om jeg har husket at låse døren"
    read = home_ordered(ranked("nlu_fallback", ("ask_topic", "home_control"), confidence=0.3), said)
    assert read[0]["name"] == "nlu_fallback"


def test_the_day_asked_with_de_for_det() -> None:
    assert asks_orientation("hvilken dag er de i dag jeg er helt væk")


@pytest.mark.parametrize(
    "said",
    [
        "lampen står og brænder i køkkenet hele natten kan du slukke den",
        "jeg glemmer tit mine piller når jeg er syg",
        "husk mig på at tage min hostesaft i aften klokken ni",
        "mind mig om at købe hoste medicin på apoteket",
    ],
)
def test_everyday_sentences_are_no_emergency(said: str) -> None:
    assert detect(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "gardinet står og brænder",
        "nu når jeg er syg kan jeg ikke huske min medicin og jeg har feber",
        "han hoster voldsomt og har feber",
    ],
)
def test_the_real_thing_still_alarms(said: str) -> None:
    assert detect(said) is not None


@pytest.mark.parametrize(
    "said",
    [
        # the day in the story, the hour in the request: one time said in two places
        "på fredag kommer min datter og vi skal bage kan du minde mig om at købe mel klokken ti",
        # no time in the request: nothing to read the request alone for
        "min søster har lige fået et barnebarn og hun er så glad kan du skrive barnedåb i min plan",
    ],
)
def test_a_request_opening_without_sa_is_cut_only_with_its_own_time(said: str) -> None:
    assert request_after_story(said) == said
