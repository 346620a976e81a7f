"""Set 46's home classes (a Vestjylland carpenter, a couple correcting each other, a man
after a stroke at their speakers), in sentences of our own: the Jutlandic article "æ",
rooms said without their ending, "mer" and "herinne", "å" between two commands, a value
corrected in the same breath after "nej", and a reason with someone named after the
command."""

from __future__ import annotations

import pytest

from bot.home.parse import Action, parse
from bot.home.several import commands
from testkit.mqtt import example_home

HOME = example_home(1883)


@pytest.mark.parametrize(
    ("said", "rooms", "devices"),
    [
        ("tænd æ lys i æ køkken", ["koekken"], []),
        ("sluk æ lampe ved æ sofa", [], ["sofalampe"]),
        ("tænd lys i gang", ["gang"], []),
        ("sluk lys i sovekammer", ["sovevaerelse"], []),
    ],
)
def test_jutlandic_article_and_rooms_without_their_ending(
    said: str, rooms: list[str], devices: list[str]
) -> None:
    command = parse(said, HOME)
    assert command.action in (Action.ON, Action.OFF)
    assert sorted(command.rooms) == rooms and sorted(command.devices) == devices
    assert command.unknown_place is None and command.unknown_thing is None


def test_mer_lys_herinne_is_brighter_here() -> None:
    command = parse("lidt mer lys herinne", HOME)
    assert command.action is Action.BRIGHTER and command.unknown_thing is None


def test_a_between_two_commands_is_og() -> None:
    read = commands("tænd æ lys i æ stue å rul æ gardin op i æ soveværelse", HOME)
    assert [(c.action, c.rooms) for c in read] == [
        (Action.ON, ("stue",)),
        (Action.OPEN, ("sovevaerelse",)),
    ]


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("sæt loftslampen på halvtreds procent nej vent hellere fyrre procent", 40.0),
        ("radiatoren i stuen på enogtyve nej det bliver for varmt tyve grader", 20.0),
        ("skru gulvvarmen op på seksogtyve grader nej Grethe siger hun vil have treogtyve", 23.0),
    ],
)
def test_a_value_corrected_in_the_same_breath(said: str, value: float) -> None:
    assert parse(said, HOME).value == value


def test_no_correction_without_a_new_value() -> None:
    assert parse("sæt varmen i stuen til tyve grader nej hvor er det dejligt", HOME).value == 20.0


@pytest.mark.parametrize(
    "said",
    [
        "tænd lyset i stuen Karen skal strikke",
        "og tænd lyset i gangen hun skal ud på badet",
    ],
)
def test_a_reason_with_someone_named_is_not_the_command(said: str) -> None:
    command = parse(said, HOME)
    assert command.action is Action.ON and len(command.rooms) == 1, command
    assert "badevaerelse" not in command.rooms
