"""bot.home.parse and bot.home.resolve: Danish words to an action, devices and a value."""

from __future__ import annotations

import pytest

from bot.home import replies
from bot.home.config import DeviceKind
from bot.home.parse import HEAT_OFF_DEGREES, Action, Amount, number_at, parse, tokens
from bot.home.resolve import Choose, Problem, Targets, resolve
from bot.home.several import commands, last_command
from testkit.mqtt import example_home

HOME = example_home(1883)


@pytest.mark.parametrize(
    ("said", "action", "kind", "value"),
    [
        ("tænd lyset i køkkenet", Action.ON, DeviceKind.LIGHT, None),
        ("sluk alt lyset i stuen", Action.OFF, DeviceKind.LIGHT, None),
        ("slå lyset fra", Action.OFF, DeviceKind.LIGHT, None),
        ("slå lyset til", Action.ON, DeviceKind.LIGHT, None),
        ("skru ned for lyset", Action.DIMMER, DeviceKind.LIGHT, None),
        ("dæmp lyset", Action.DIMMER, DeviceKind.LIGHT, None),
        ("skru op for lyset", Action.BRIGHTER, DeviceKind.LIGHT, None),
        ("sæt lyset til 30 procent", Action.BRIGHTNESS, DeviceKind.LIGHT, 30),
        ("sæt lyset til 30 %", Action.BRIGHTNESS, DeviceKind.LIGHT, 30),
        ("sæt lyset til hundrede procent", Action.BRIGHTNESS, DeviceKind.LIGHT, 100),
        ("sæt lyset til femogtres procent", Action.BRIGHTNESS, DeviceKind.LIGHT, 65),
        ("sæt lyset til fem og tres procent", Action.BRIGHTNESS, DeviceKind.LIGHT, 65),
        ("gør lyset varmere", Action.WARM_LIGHT, DeviceKind.LIGHT, None),
        ("koldere lys tak", Action.COLD_LIGHT, DeviceKind.LIGHT, None),
        ("sæt varmen til 22 grader", Action.SET_TEMPERATURE, DeviceKind.THERMOSTAT, 22),
        ("sæt varmen til 22,5 grader", Action.SET_TEMPERATURE, DeviceKind.THERMOSTAT, 22.5),
        (
            "sæt varmen til tyve komma fem grader",
            Action.SET_TEMPERATURE,
            DeviceKind.THERMOSTAT,
            20.5,
        ),
        (
            "sæt varmen til tyve og en halv grad",
            Action.SET_TEMPERATURE,
            DeviceKind.THERMOSTAT,
            20.5,
        ),
        ("jeg vil have 23 grader", Action.SET_TEMPERATURE, DeviceKind.THERMOSTAT, 23),
        ("skru op for varmen", Action.WARMER, DeviceKind.THERMOSTAT, None),
        ("skru ned for varmen", Action.COLDER, DeviceKind.THERMOSTAT, None),
        ("rul gardinet ned", Action.CLOSE, DeviceKind.COVER, None),
        ("rul rullegardinet op", Action.OPEN, DeviceKind.COVER, None),
        ("træk gardinerne for", Action.CLOSE, DeviceKind.COVER, None),
        ("træk gardinerne fra", Action.OPEN, DeviceKind.COVER, None),
        ("kør gardinet halvt ned", Action.POSITION, DeviceKind.COVER, 50),
        ("sæt rullegardinet til 30 procent", Action.POSITION, DeviceKind.COVER, 30),
        ("stop gardinet", Action.STOP, DeviceKind.COVER, None),
        ("lås døren", Action.LOCK, DeviceKind.LOCK, None),
        ("lås døren op", Action.UNLOCK, DeviceKind.LOCK, None),
        ("åbn døren", Action.UNLOCK, DeviceKind.LOCK, None),
        ("slå alarmen til", Action.ARM, DeviceKind.ALARM, None),
        ("slå alarmen fra", Action.DISARM, DeviceKind.ALARM, None),
        ("er lyset tændt i gangen?", Action.ASK_STATE, DeviceKind.LIGHT, None),
        ("er der tændt i køkkenet", Action.ASK_STATE, DeviceKind.LIGHT, None),
        ("hvilke lys er tændt?", Action.ASK_WHICH_ON, DeviceKind.LIGHT, None),
        ("hvor varmt er der i badeværelset?", Action.ASK_TEMPERATURE, DeviceKind.THERMOSTAT, None),
        ("hvad er temperaturen i stuen", Action.ASK_TEMPERATURE, DeviceKind.THERMOSTAT, None),
        ("er døren låst", Action.ASK_STATE, DeviceKind.LOCK, None),
        ("er du sød at tænde lyset", Action.ON, DeviceKind.LIGHT, None),
        ("kan du slukke lyset", Action.OFF, DeviceKind.LIGHT, None),
    ],
)
def test_actions(said: str, action: Action, kind: DeviceKind, value: float | None) -> None:
    command = parse(said, HOME)
    assert (command.action, command.kind, command.value) == (action, kind, value)


@pytest.mark.parametrize(
    ("said", "rooms"),
    [
        ("tænd lyset i soveværelset", ("sovevaerelse",)),
        ("tænd lyset i sove værelset", ("sovevaerelse",)),
        ("tænd lyset i sovevaerelset", ("sovevaerelse",)),
        ("tænd lyset i SOVEVÆRELSET", ("sovevaerelse",)),
        ("tænd lyset på badeværelset", ("badevaerelse",)),
        ("tænd lyset i bade værelset", ("badevaerelse",)),
        ("tænd lyset i køkkenet og i stuen", ("koekken", "stue")),
        ("tænd lyset i entréen", ("gang",)),
        ("tænd lyset i entreen", ("gang",)),
    ],
)
def test_rooms_in_compounds_and_without_danish_letters(said: str, rooms: tuple[str, ...]) -> None:
    assert parse(said, HOME).rooms == rooms


def test_device_names_win_over_room_names_inside_them() -> None:
    command = parse("sluk gulvvarmen i badeværelset", HOME)
    assert command.devices == ("gulvvarme-bad",) and command.rooms == ()
    assert parse("tænd lampen i loftet", HOME).devices == ("loftslampe-stue",)


def test_one_or_all() -> None:
    assert parse("tænd lampen i stuen", HOME).amount is Amount.ONE
    assert parse("tænd lyset i stuen", HOME).amount is Amount.ALL
    assert parse("tænd lamperne i stuen", HOME).amount is Amount.ALL
    assert parse("tænd begge lamper i stuen", HOME).amount is Amount.ALL
    assert parse("sluk alt lyset", HOME).whole_home
    assert parse("sluk lyset i hele huset", HOME).whole_home
    assert not parse("sluk lyset i stuen", HOME).whole_home


@pytest.mark.parametrize(
    ("said", "place", "thing"),
    [
        ("tænd lyset i garagen", "garagen", None),
        ("tænd lyset i kælderen", "kælderen", None),
        ("tænd fjernsynet", None, "fjernsynet"),
        ("sluk for kaffemaskinen", None, "kaffemaskinen"),
        ("tænd lyset i dag", None, None),  # "i dag" is not a room
        ("tænd lyset på fuld styrke", None, None),
    ],
)
def test_unknown_places_and_things(said: str, place: str | None, thing: str | None) -> None:
    command = parse(said, HOME)
    assert (command.unknown_place, command.unknown_thing) == (place, thing)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("22", 22),
        ("toogtyve", 22),
        ("to og tyve", 22),
        ("halvfjerds", 70),
        ("niogfirs", 89),
        ("hundrede", 100),
        ("et hundrede", 100),
        ("tyve komma fem", 20.5),
        ("22,5", 22.5),
    ],
)
def test_numbers(words: str, value: float) -> None:
    said = tokens(words + " procent")
    found = number_at(said, len(said) - 1)
    assert found is not None and found[0] == value


def test_resolve_uses_the_speakers_room_and_asks_when_it_cannot_tell() -> None:
    on = parse("tænd lyset", HOME)
    found = resolve(on, HOME, "koekken")
    assert isinstance(found, Targets) and [d.id for d in found.devices] == ["koekkenlys"]
    asked = resolve(on, HOME, None)
    assert isinstance(asked, Choose) and "stue" in asked.rooms
    lamp = resolve(parse("tænd lampen", HOME), HOME, "stue")
    assert isinstance(lamp, Choose) and [d.id for d in lamp.devices] == [
        "loftslampe-stue",
        "sofalampe",
    ]
    # The speaker's room has no blinds: say so rather than guess another room.
    none = resolve(parse("rul gardinet ned", HOME), HOME, "koekken")
    assert isinstance(none, Problem) and none.code == "none_here"
    # One door in the home: no room is needed.
    door = resolve(parse("er døren låst", HOME), HOME, "stue")
    assert isinstance(door, Targets) and [d.id for d in door.devices] == ["hoveddoer"]


def test_a_sensor_cannot_be_commanded() -> None:
    found = resolve(parse("tænd termometeret i soveværelset", HOME), HOME, None)
    assert (
        isinstance(found, Problem) and found.code == "unclear" and found.kind is DeviceKind.SENSOR
    )


@pytest.mark.parametrize(
    "said",
    ["", "   ", "?!", "a" * 10_000, "tænd " * 2000, "\x00\x01", "Включи свет", "turn on the light"],
)
def test_odd_input_parses_to_something_harmless(said: str) -> None:
    command = parse(said, HOME)
    found = resolve(command, HOME, "stue")
    assert isinstance(found, (Targets, Choose, Problem))
    if said.startswith("tænd"):
        return
    assert isinstance(found, Problem)


# -- issue 21: the failing classes, each with examples of our own ----------------------


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("åbn for gardinerne", Action.OPEN),
        ("åben for rullegardinet i stuen", Action.OPEN),
        ("luk op for persiennerne", Action.OPEN),
        ("træk fra", Action.OPEN),
        ("træk for gardinerne", Action.CLOSE),
        ("luk for gardinerne", Action.CLOSE),
    ],
)
def test_open_for_opens_and_pull_for_closes(said: str, action: Action) -> None:
    command = parse(said, HOME)
    assert (command.kind, command.action) == (DeviceKind.COVER, action)


def test_open_for_the_door_unlocks_and_closing_it_locks() -> None:
    assert parse("åbn for døren", HOME).action is Action.UNLOCK
    assert parse("luk døren", HOME).action is Action.LOCK
    assert parse("aflås døren", HOME).action is Action.LOCK  # "aflåst" is locked
    assert parse("luk for varmen", HOME).value == HEAT_OFF_DEGREES


@pytest.mark.parametrize(
    ("said", "action", "kind"),
    [
        ("er gardinerne åbne?", Action.ASK_STATE, DeviceKind.COVER),
        ("er persiennerne lukkede", Action.ASK_STATE, DeviceKind.COVER),
        ("hvilke gardiner er åbne", Action.ASK_WHICH_ON, DeviceKind.COVER),
        ("hvilke døre er åbne", Action.ASK_WHICH_ON, DeviceKind.LOCK),
        ("er lyset tændt i køkkenet", Action.ASK_STATE, DeviceKind.LIGHT),
        ("har jeg husket at låse døren", Action.ASK_STATE, DeviceKind.LOCK),
        ("kan du se om lyset er slukket i gangen", Action.ASK_STATE, DeviceKind.LIGHT),
        ("lyset i stuen er det tændt", Action.ASK_STATE, DeviceKind.LIGHT),
    ],
)
def test_a_question_with_a_state_word_is_never_a_command(
    said: str, action: Action, kind: DeviceKind
) -> None:
    command = parse(said, HOME)
    assert (command.action, command.kind) == (action, kind)


def test_which_blinds_are_open_is_answered_about_blinds() -> None:
    found = resolve(parse("hvilke gardiner er åbne", HOME), HOME, "koekken")
    assert isinstance(found, Targets)
    assert {d.kind for d in found.devices} == {DeviceKind.COVER} and len(found.devices) == 2
    states = {d.id: {"position": 100 if d.room == "stue" else 0} for d in found.devices}
    said = replies.which_on(HOME, found.devices, states)
    assert "oppe" in said and "nede" in said and "lys" not in said


@pytest.mark.parametrize(
    ("said", "degrees"),
    [
        ("sæt varmen til 21", 21),
        ("20° i stuen", 20),
        ("juster varmen til 23", 23),
        ("enogtyve grader", 21),
        ("sæt varmen til toogtyve komma fem", 22.5),
        ("tyve en halv grad", 20.5),
        ("varmen i stuen skal være 24", 24),
        ("skru varmen op til 21", 21),
        ("ned på 19 med varmen", 19),
    ],
)
def test_temperatures_said_every_way_set_that_value(said: str, degrees: float) -> None:
    command = parse(said, HOME)
    assert (command.action, command.value) == (Action.SET_TEMPERATURE, degrees)


def test_degrees_up_or_down_are_a_step_not_a_value() -> None:
    assert parse("skru en grad op for varmen", HOME).action is Action.WARMER
    assert parse("skru varmen to grader ned", HOME).action is Action.COLDER


@pytest.mark.parametrize(
    ("said", "action", "value"),
    [
        ("sæt lysstyrken til 40", Action.BRIGHTNESS, 40),
        ("lyset på maksimum", Action.BRIGHTNESS, 100),
        ("sæt lyset på den højeste", Action.BRIGHTNESS, 100),
        ("skru lyset helt op", Action.BRIGHTNESS, 100),
        ("halv styrke i stuen", Action.BRIGHTNESS, 50),
        # half said as a noun or in the plural (set 5: it dimmed to 5 %)
        ("skru lyset i stuen ned til det halve", Action.BRIGHTNESS, 50),
        ("dæmp lyset til halvdelen", Action.BRIGHTNESS, 50),
        ("svagt lys", Action.DIMMER, None),
        ("dæmp belysningen", Action.DIMMER, None),
        ("lidt mere lys", Action.BRIGHTER, None),
        ("skru lyset ned på 30", Action.BRIGHTNESS, 30),
    ],
)
def test_brightness(said: str, action: Action, value: float | None) -> None:
    command = parse(said, HOME)
    assert (command.kind, command.action, command.value) == (DeviceKind.LIGHT, action, value)


@pytest.mark.parametrize(
    ("said", "action", "rooms"),
    [
        ("sluk badeværelsets lys", Action.OFF, ("badevaerelse",)),
        ("tænd stuens lamper", Action.ON, ("stue",)),
        ("lyset må godt gå ud", Action.OFF, ()),
        ("lys på i gangen", Action.ON, ("gang",)),
        ("slu lyset", Action.OFF, ()),
        ("sluk lige for lyset derude i køkkenet", Action.OFF, ("koekken",)),
        ("sluk lyset herinde", Action.OFF, ()),
        ("sluk lyset i stuen ikke i køkkenet", Action.OFF, ("stue",)),
    ],
)
def test_genitives_plurals_and_spoken_debris(
    said: str, action: Action, rooms: tuple[str, ...]
) -> None:
    command = parse(said, HOME)
    assert (command.kind, command.action, command.rooms) == (DeviceKind.LIGHT, action, rooms)


def test_a_room_the_home_lacks_is_said_without_its_genitive() -> None:
    assert parse("sluk kontorets lys", HOME).unknown_place == "kontoret"


def test_for_before_a_name_is_not_part_of_it() -> None:
    assert parse("åbn for døren", HOME).devices == ()


@pytest.mark.parametrize(
    ("before", "said", "action", "kind", "rooms", "devices"),
    [
        ("tænd lyset i køkkenet", "sluk det igen", Action.OFF, DeviceKind.LIGHT, ("koekken",), ()),
        ("tænd lyset i køkkenet", "og i stuen", Action.ON, DeviceKind.LIGHT, ("stue",), ()),
        ("tænd lyset i køkkenet", "og så ude i stuen", Action.ON, DeviceKind.LIGHT, ("stue",), ()),
        ("tænd sengelampen", "sluk den igen", Action.OFF, DeviceKind.LIGHT, (), ("sengelampe",)),
        ("sæt varmen i stuen til 21", "skru lidt op for den", Action.WARMER, DeviceKind.THERMOSTAT,
         ("stue",), ()),
        ("rul gardinet ned i stuen", "op igen", Action.OPEN, DeviceKind.COVER, ("stue",), ()),
        ("er lyset tændt i stuen", "hvad med i køkkenet", Action.ASK_STATE, DeviceKind.LIGHT,
         ("koekken",), ()),
    ],
)  # fmt: skip
def test_it_and_and_in_refer_to_the_last_command(
    before: str,
    said: str,
    action: Action,
    kind: DeviceKind,
    rooms: tuple[str, ...],
    devices: tuple[str, ...],
) -> None:
    command = parse(said, HOME, parse(before, HOME))
    assert (command.action, command.kind, command.rooms, command.devices) == (
        action,
        kind,
        rooms,
        devices,
    )


def test_without_a_last_command_it_refers_to_nothing() -> None:
    command = parse("sluk det igen", HOME)
    assert command.rooms == () and command.devices == ()
    # Another kind of device named: the last command does not carry over.
    assert parse("sluk lyset", HOME, parse("rul gardinet ned i stuen", HOME)).rooms == ()


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("gardinerne er åbne", Action.ASK_STATE),
        ("gardinerne er åbne luk dem", Action.CLOSE),
        ("døren er åben", Action.ASK_STATE),
        ("gardinerne er nede rul dem op", Action.OPEN),
        ("lyset er tændt i køkkenet sluk det", Action.OFF),
    ],
)
def test_a_state_after_er_describes_and_only_a_verb_commands(said: str, action: Action) -> None:
    assert parse(said, HOME).action is action


def test_alt_for_is_far_too_not_everything() -> None:
    command = parse("lyset er alt for kraftigt", HOME)
    assert (command.action, command.whole_home) == (Action.DIMMER, False)


# -- two commands in one sentence (bot.home.several) -----------------------------------


def _read(
    said: str,
) -> list[tuple[Action | None, DeviceKind | None, tuple[str, ...], tuple[str, ...]]]:
    return [(c.action, c.kind, c.rooms, c.devices) for c in commands(said, HOME)]


def test_two_commands_in_one_sentence_are_read_apart() -> None:
    assert _read("tænd lyset i køkkenet og sluk det i stuen") == [
        (Action.ON, DeviceKind.LIGHT, ("koekken",), ()),
        (Action.OFF, DeviceKind.LIGHT, ("stue",), ()),  # "det": the light of the part before
    ]
    assert _read("tænd lyset i køkkenet og træk gardinerne for i stuen") == [
        (Action.ON, DeviceKind.LIGHT, ("koekken",), ()),
        (Action.CLOSE, DeviceKind.COVER, ("stue",), ()),
    ]
    assert [c[0] for c in _read("tænd lyset, og så skru op for varmen")] == [
        Action.ON,
        Action.WARMER,
    ]
    assert [c[0] for c in _read("sluk alt lyset og lås hoveddøren")] == [Action.OFF, Action.LOCK]


@pytest.mark.parametrize(
    "said",
    [
        "sluk lyset i stuen og i køkkenet",  # one command, two rooms
        "sæt varmen til to og tyve grader",  # "og" inside a number
        "sæt varmen til tyve og en halv grad",
        "tænd lyset i stuen",
    ],
)
def test_one_command_with_og_in_it_stays_one(said: str) -> None:
    assert commands(said, HOME) == []


def test_the_next_sentence_refers_to_the_last_command_said() -> None:
    last = last_command("tænd lyset i køkkenet og træk gardinerne for i stuen", HOME)
    assert (last.action, last.kind) == (Action.CLOSE, DeviceKind.COVER)
    assert parse("og i soveværelset", HOME, last).kind is DeviceKind.COVER


@pytest.mark.parametrize(
    ("first", "then", "action", "value"),
    [
        # set 21: a value said as a correction right after a command
        ("sæt varmen i stuen til 23 grader", "nej toogtyve er fint", Action.SET_TEMPERATURE, 22.0),
        (
            "sæt varmen i stuen til 23 grader",
            "nej det er for varmt atten",
            Action.SET_TEMPERATURE,
            18.0,
        ),
        ("rul gardinet ned i stuen", "nej kun halvvejs", Action.POSITION, 50.0),
        ("tænd lyset i køkkenet", "hov kun halvt", Action.BRIGHTNESS, 50.0),
    ],
)
def test_a_value_said_as_a_correction_is_for_the_last_device(
    first: str, then: str, action: Action, value: float
) -> None:
    before = parse(first, HOME)
    command = parse(then, HOME, before)
    assert (command.action, command.value, command.rooms) == (action, value, before.rooms)


def test_a_correction_without_a_value_is_not_a_value() -> None:
    before = parse("sæt varmen i stuen til 23 grader", HOME)
    assert parse("nej tak", HOME, before).value in (None, 23.0)  # no value made up


def test_a_word_split_by_speech_recognition_is_joined() -> None:
    command = parse("sæt termo staten i stuen på enogtyve", HOME)
    assert (command.kind, command.action, command.value) == (
        DeviceKind.THERMOSTAT,
        Action.SET_TEMPERATURE,
        21.0,
    )
