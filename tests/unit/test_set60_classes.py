"""Classes of held-out conversation set 60's failures, in our own sentences: a
temperature corrected last with no verb and no "grader" and a visitor's name begun and
said again (a man after a stroke), a fall supposed as a worry (a need); and three
sentences of a grandson's questions that the safety net or the model had alarmed on:
forgetting one's medicine or taking it twice told as a habit, confusion at dusk beside a
question about lighting, and where someone lives told alone."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.home.parse import Action, parse
from bot.plan.replies import visit_reply
from bot.ranking import need_asked
from bot.safety.detect import detect, doubtful
from testkit.mqtt import example_home
from testkit.ranking import ranked

HOME = example_home(1883)


@pytest.mark.parametrize(
    ("said", "value"),
    [("varme stue enogtyve nej treogtyve", 23.0), ("varmen bad tyve nej nitten", 19.0)],
)
def test_a_temperature_corrected_last(said: str, value: float) -> None:
    command = parse(said, HOME)
    assert command.action is Action.SET_TEMPERATURE and command.value == value


def test_a_number_after_nej_that_is_no_temperature_is_not_set() -> None:
    assert parse("varmen i stuen nej to", HOME).action is not Action.SET_TEMPERATURE


@pytest.mark.parametrize(
    "said",
    [
        "far glemmer tit sine piller eller tager dem to gange",
        "hun glemmer sin medicin og tar den nogle gange to gange",
        "min mor bliver forvirret når det bliver mørkt, findes der noget lys der hjælper",
    ],
)
def test_a_habit_beside_a_question_is_no_emergency(said: str) -> None:
    assert detect(said) is None
    assert doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "far bor alene i et hus på landet",
        "hun bor selv på tredje sal uden elevator",
        "min mormor bor i en lejlighed i byen",
    ],
)
def test_where_someone_lives_told_alone_doubts_the_model(said: str) -> None:
    assert detect(said) is None
    assert doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "mor glemmer sin medicin og har taget den to gange i dag og er svimmel",
        "far bor alene og ligger på gulvet",
        "hun bliver pludselig forvirret nu, findes der noget",
    ],
)
def test_the_real_thing_still_alarms(said: str) -> None:
    assert detect(said) is not None


@pytest.mark.parametrize(
    "said",
    ["hvad nu hvis far falder i badet og ingen er der", "men hvad hvis min mor besvimer om natten"],
)
def test_a_fall_supposed_as_a_worry_is_a_need(said: str) -> None:
    read = need_asked(ranked("report_crisis", ("ask_human",), confidence=0.3), said)
    assert read[0]["name"] == "describe_need"


def test_a_fall_told_is_left_to_the_net() -> None:
    said = "hun er faldet og kan ikke nå telefonen"
    read = need_asked(ranked("report_emergency", ("ask_human",), confidence=0.95), said)
    assert read[0]["name"] == "report_emergency"


def test_a_visitor_begun_and_said_again_is_named_in_full() -> None:
    now = datetime(2026, 12, 8, 10, tzinfo=timezone.utc)
    said = visit_reply([], now, "hvornår kommer hjemme hjemmeplejen")
    assert "hjemmeplejen kommer" in said
