"""Set 50's daily-use classes (a Vendsyssel man of 80 and a woman of 72 with poor sight
at their speakers), in sentences of our own, with near misses. The set itself is
scored by bench/nlu_conversations.py; the home follow-ups through the assistant in
tests/integration/test_home_conversation.py."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.clock import COPENHAGEN
from bot.core.danish.clock import klokken
from bot.core.danish.spoken import standard_words
from bot.followup import MOVE, what_to_do
from bot.home.parse import Action, meant_instead, parse
from bot.home.several import commands
from bot.inbound import as_read
from bot.knowledge.advice import asks_medical_advice
from bot.reminders.reading import reminder_what
from bot.safety.detect import ACUTE, detect
from nlu.danish_time import parse as parse_time
from testkit.mqtt import example_home

NOW = datetime(2026, 12, 7, 9, 40, tzinfo=COPENHAGEN)
HOME = example_home(1883)


@pytest.mark.parametrize(
    ("said", "hour"),
    [
        ("mind mæ om æ piller klokke ni", 9),
        ("hver onsdag klokke halv elleve ska a te fodterapeut", 10),
        ("klokke sytten", 17),
        ("i morgen klokka 7 om morgenen", 7),
    ],
)
def test_the_dialects_klokke_before_an_hour_is_klokken(said: str, hour: int) -> None:
    got = parse_time(as_read(said), NOW)
    assert got.when is not None and got.when.hour == hour


@pytest.mark.parametrize(
    "said",
    ["ring med klokke", "den gamle klokke på kirken", "en klokke og en fløjte"],
)
def test_a_bell_stays_a_bell(said: str) -> None:
    assert klokken(said) == said


def test_two_hours_joined_by_jutlandic_å_are_two_hours() -> None:
    said = klokken("hver dag klokke syv om morgenen å klokke ni om aftenen")
    assert said == "hver dag klokken syv om morgenen og klokken ni om aftenen"
    assert klokken("a ska å handle klokke ti") == "a ska å handle klokken ti"


@pytest.mark.parametrize("said", ["husk mæ lige på nowwet", "ka do mind mæ om nowwet"])
def test_vendsyssels_nowwet_is_the_vague_noget(said: str) -> None:
    assert "noget" in standard_words(said)
    assert reminder_what(said, [], None) == ""


def test_nowwet_inside_a_thing_to_remember_is_kept_as_noget() -> None:
    assert reminder_what("mind mæ om å køb nowwet mælk", [], None).endswith("noget mælk")


@pytest.mark.parametrize(
    ("before", "said", "device", "action"),
    [
        ("tænd natlampen", "nej undskyld, jeg mente lampen i gangen", "gangelys", Action.ON),
        ("sluk loftslampen", "hov det var sofalampen", "sofalampe", Action.OFF),
        ("tænd lampen i gangen", "nej jeg tænkte på spejllampen", "badevaerelseslys", Action.ON),
    ],
)
def test_another_device_meant_gets_the_last_command(
    before: str, said: str, device: str, action: Action
) -> None:
    assert meant_instead(said)
    got = parse(said, HOME, parse(before, HOME))
    assert got.devices == (device,) and got.action is action


def test_a_room_meant_instead_keeps_the_value() -> None:
    got = parse(
        "nej undskyld jeg mente i soveværelset", HOME, parse("sæt varmen i stuen til 22", HOME)
    )
    assert got.rooms == ("sovevaerelse",)
    assert got.action is Action.SET_TEMPERATURE and got.value == 22


@pytest.mark.parametrize(
    ("before", "said"),
    [
        ("tænd lampen i gangen", "nej undskyld jeg mente gardinet"),  # another type
        ("tænd lampen i gangen", "nej jeg mente det ikke"),
    ],
)
def test_what_is_meant_must_be_of_the_same_type_and_named(before: str, said: str) -> None:
    assert parse(said, HOME, parse(before, HOME)).action is None


def test_meant_needs_the_correction_first() -> None:
    assert not meant_instead("jeg mente lampen i gangen var tændt")
    assert not meant_instead("tænd lampen i gangen")


@pytest.mark.parametrize(
    "said",
    [
        "hvor varmt er der herinde, jeg synes jeg fryser",
        "hvor mange grader er der i stuen, det er hundekoldt",
        "er der tændt i gangen, det er så mørkt",
    ],
)
def test_a_question_and_its_reason_is_only_the_question(said: str) -> None:
    assert commands(said, HOME) == []
    assert parse(said, HOME).action in (Action.ASK_TEMPERATURE, Action.ASK_STATE)


def test_a_question_and_a_command_are_both_read() -> None:
    got = commands("hvor varmt er der i stuen, og skru op for varmen", HOME)
    assert [c.action for c in got] == [Action.ASK_TEMPERATURE, Action.WARMER]


def test_jutlandic_ska_is_skal_in_a_home_command() -> None:
    got = parse("den ska ned på tyve procent", HOME, parse("tænd sofalampen", HOME))
    assert got.devices == ("sofalampe",) and got.value == 20


@pytest.mark.parametrize(
    "said",
    ["nej undskyld, jeg mente et kvarter", "nej jeg mente tyve minutter", "hov, ti sekunder"],
)
def test_a_duration_corrected_right_after_is_the_things_new_time(said: str) -> None:
    assert what_to_do(said) == MOVE


def test_a_no_without_a_time_is_no_correction() -> None:
    assert what_to_do("nej undskyld jeg mente det ikke sådan") is None


@pytest.mark.parametrize(
    "said",
    [
        "jeg er bange for at falde om natten og ligge på gulvet uden at nogen ved det",
        "min far er utryg ved at falde og ligge i timevis, findes der noget til det",
        "a er bange for å fald i æ bad og ligge der hele natten",
    ],
)
def test_a_fall_feared_is_no_emergency(said: str) -> None:
    assert detect(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "hun er bange for at falde, og i nat faldt hun og kan ikke komme op",
        "jeg er bange for at falde og nu ligger jeg på gulvet",
        "han har altid været bange for at falde men nu er han faldet og kan ikke rejse sig",
    ],
)
def test_a_fall_told_after_the_fear_is_acute(said: str) -> None:
    found = detect(said)
    assert found is not None and ACUTE in found.kinds


@pytest.mark.parametrize(
    "said",
    [
        "jeg glemte en af mine hjertepiller i går, må jeg tage to i dag så",
        "han glemte sin medicin i morges kan han tage dobbelt i aften",
        "a glemte æ piller i går ka a ta dem begge i dag",
    ],
)
def test_a_forgotten_dose_told_first_then_a_double_asked_is_advice(said: str) -> None:
    assert asks_medical_advice(said)


@pytest.mark.parametrize(
    "said",
    ["jeg glemte min nøgle må jeg tage to med", "jeg glemte at købe kaffe, må jeg tage to pakker"],
)
def test_a_double_of_something_else_forgotten_is_no_advice(said: str) -> None:
    assert not asks_medical_advice(said)


@pytest.mark.parametrize(
    "said",
    ["er det i stedet for at hjemmeplejen kommer?", "er robotten i stedet for at de kommer"],
)
def test_a_question_with_instead_of_is_no_move_of_the_thing_just_made(said: str) -> None:
    assert what_to_do(as_read(said)) is None


def test_a_time_said_instead_is_still_a_move() -> None:
    assert what_to_do("flyt den til ni i stedet") == MOVE
    assert what_to_do("kan den være klokken ti i stedet for klokken ni") == MOVE
