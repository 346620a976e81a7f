"""The home over a real Mosquitto: Danish words in, MQTT messages out, simulated
Zigbee2MQTT and Home Assistant devices answering, and what the citizen is told.

The table is the issue's: per device type and room, the exact messages a command
must send, with compound rooms, "alt lyset", numbers in words and the way speech
recognition writes (no punctuation, split compounds, no æøå).
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.core.text import fold
from bot.home.config import HomeConfig, pin_digest
from bot.home.control import HomeControl, PinGuard
from bot.home.link import HomeLink
from bot.home.said_pin import PLACEHOLDER
from testkit.mqtt import PrivateBroker, example_home
from testkit.standin.home_devices import SimulatedHome

Z = "zigbee2mqtt"


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateBroker]:
    with PrivateBroker(tmp_path_factory.mktemp("mqtt")) as running:
        yield running


@pytest.fixture
def home(broker: PrivateBroker) -> HomeConfig:
    return example_home(broker.port)


@pytest.fixture
def devices(home: HomeConfig, broker: PrivateBroker) -> Iterator[SimulatedHome]:
    sim = SimulatedHome(home, port=broker.port).start()
    yield sim
    sim.stop()


@pytest.fixture
def control(home: HomeConfig, devices: SimulatedHome) -> Iterator[HomeControl]:
    link = HomeLink(home)
    link.start()
    assert link.wait_ready(30)
    yield HomeControl(home, link)
    link.stop()


def has(reply: str, *words: str) -> bool:
    return all(fold(w) in fold(reply) for w in words)


def sent(sim: SimulatedHome) -> list[tuple[str, Any]]:
    """Every command the devices received, JSON decoded where it is JSON."""
    out: list[tuple[str, Any]] = []
    for r in sim.received:
        text = r.payload.decode()
        try:
            out.append((r.topic, json.loads(text) if text.startswith("{") else text))
        except ValueError:
            out.append((r.topic, text))
    return out


ALL_OFF = [
    (f"{Z}/stue/loftslampe/set", {"state": "OFF"}),
    ("hjem/stue/sofalampe/set", {"state": "OFF"}),
    (f"{Z}/koekken/loft/set", {"state": "OFF"}),
    (f"{Z}/sovevaerelse/sengelampe/set", {"state": "OFF"}),
    (f"{Z}/bad/loft/set", {"state": "OFF"}),
    (f"{Z}/gang/loft/set", {"state": "OFF"}),
]

# (what is said, the speaker's room, the messages expected, words of the reply)
TABLE: list[tuple[str, str | None, list[tuple[str, Any]], tuple[str, ...]]] = [
    # lights, by room, by name, all of a room, the whole home
    ("tænd lyset i køkkenet", None, [(f"{Z}/koekken/loft/set", {"state": "ON"})], ("tændt",)),
    (
        "Tænd lyset i soveværelset.",
        None,
        [(f"{Z}/sovevaerelse/sengelampe/set", {"state": "ON"})],
        ("sengelampen", "tændt"),
    ),
    ("tænd lyset på badeværelset", None, [(f"{Z}/bad/loft/set", {"state": "ON"})], ("tændt",)),
    ("sluk alt lyset i stuen", None, ALL_OFF[:2], ("lyset i stuen", "slukket")),
    (
        "tænd lampen ved sofaen",
        None,
        [("hjem/stue/sofalampe/set", {"state": "ON"})],
        ("lampen ved sofaen er tændt",),
    ),
    (
        "tænd loftslampen",
        "koekken",
        [(f"{Z}/stue/loftslampe/set", {"state": "ON"})],
        ("loftslampen er tændt",),
    ),
    ("sluk lyset i hele huset", None, ALL_OFF, ("slukket", "hele hjemmet")),
    ("sluk alt lyset", "stue", ALL_OFF, ("hele hjemmet",)),
    ("tænd lyset", "gang", [(f"{Z}/gang/loft/set", {"state": "ON"})], ("ganglampen er tændt",)),
    ("tænd i køkkenet", "stue", [(f"{Z}/koekken/loft/set", {"state": "ON"})], ("tændt",)),
    # speech recognition: lower case, split compounds, no æøå, numbers as words
    (
        "tænd lyset i sove værelset",
        None,
        [(f"{Z}/sovevaerelse/sengelampe/set", {"state": "ON"})],
        ("tændt",),
    ),
    ("sluk lyset i bade værelset", None, [(f"{Z}/bad/loft/set", {"state": "OFF"})], ("slukket",)),
    ("taend lyset i koekkenet", None, [(f"{Z}/koekken/loft/set", {"state": "ON"})], ("tændt",)),
    (
        "kan du tænde lyset i entréen tak",
        None,
        [(f"{Z}/gang/loft/set", {"state": "ON"})],
        ("tændt",),
    ),
    # brightness and colour
    (
        "sæt lyset i soveværelset til 30 procent",
        None,
        [(f"{Z}/sovevaerelse/sengelampe/set", {"state": "ON", "brightness": 76})],
        ("30 procent",),
    ),
    (
        "sæt lyset i stuen til tredive procent",
        None,
        [
            (f"{Z}/stue/loftslampe/set", {"state": "ON", "brightness": 76}),
            ("hjem/stue/sofalampe/set", {"state": "ON", "brightness": 76}),
        ],
        ("30 procent",),
    ),
    (
        # a light that only switches (set 6: never confirmed, as it sent no brightness)
        "lyset i gangen på tredive procent",
        None,
        [(f"{Z}/gang/loft/set", {"state": "ON"})],
        ("tændt, men kan ikke dæmpes",),
    ),
    (
        "sæt køkkenlampen til halvfjerds procent",
        None,
        [(f"{Z}/koekken/loft/set", {"state": "ON", "brightness": 178})],
        ("70 procent",),
    ),
    (
        "tænd loftslampen på fuld styrke",
        None,
        [(f"{Z}/stue/loftslampe/set", {"state": "ON", "brightness": 254})],
        ("100 procent",),
    ),
    (
        "gør lyset varmere",
        "sovevaerelse",
        [(f"{Z}/sovevaerelse/sengelampe/set", {"state": "ON", "color_temp": 454})],
        ("varmere",),
    ),
    (
        "giv mig et koldere lys",
        "sovevaerelse",
        [(f"{Z}/sovevaerelse/sengelampe/set", {"state": "ON", "color_temp": 250})],
        ("hvidere",),
    ),
    # heating: Zigbee2MQTT thermostat with its own set point key, Home Assistant climate
    (
        "sæt varmen i stuen til 22 grader",
        None,
        [(f"{Z}/stue/termostat/set", {"occupied_heating_setpoint": 22.0})],
        ("22 grader",),
    ),
    (
        "sæt varmen i badeværelset til toogtyve komma fem grader",
        None,
        [("hjem/bad/gulvvarme/temperatur/set", "22.5")],
        ("22,5 grader",),
    ),
    (
        "skru op for varmen",
        "badevaerelse",
        [("hjem/bad/gulvvarme/temperatur/set", "21")],
        ("21 grader",),
    ),
    (
        "skru ned for varmen i stuen",
        None,
        [(f"{Z}/stue/termostat/set", {"occupied_heating_setpoint": 19.0})],
        ("19 grader",),
    ),
    (
        "sæt varmen til 40 grader",
        "stue",
        [(f"{Z}/stue/termostat/set", {"occupied_heating_setpoint": 28.0})],
        ("28 grader", "højeste"),
    ),
    # blinds: Zigbee2MQTT cover, Home Assistant cover with a position topic
    ("rul gardinet ned", "stue", [(f"{Z}/stue/rullegardin/set", {"state": "CLOSE"})], ("nede",)),
    (
        "træk gardinerne fra i soveværelset",
        None,
        [("hjem/sove/rullegardin/set", "OPEN")],
        ("oppe",),
    ),
    (
        "sæt rullegardinet i soveværelset til halvtreds procent",
        None,
        [("hjem/sove/rullegardin/position/set", "50")],
        ("50 procent",),
    ),
    (
        "kør stuegardinet halvt ned",
        None,
        [(f"{Z}/stue/rullegardin/set", {"position": 50})],
        ("50 procent",),
    ),
]


@pytest.mark.parametrize(
    ("said", "room", "expected", "reply_words"), TABLE, ids=[t[0] for t in TABLE]
)
def test_command_table(
    control: HomeControl,
    devices: SimulatedHome,
    said: str,
    room: str | None,
    expected: list[tuple[str, Any]],
    reply_words: tuple[str, ...],
) -> None:
    reply = control.handle(said, room)
    assert reply.pending is None, reply
    assert has(reply.text, *reply_words), reply.text
    assert sorted(sent(devices), key=str) == sorted(expected, key=str)


def test_questions_are_answered_from_retained_state(
    control: HomeControl, devices: SimulatedHome
) -> None:
    assert has(control.handle("er lyset tændt i gangen?").text, "ganglampen er slukket")
    control.handle("tænd lyset i gangen")
    devices.received.clear()
    assert has(control.handle("er lyset tændt i gangen").text, "ganglampen er tændt")
    assert has(control.handle("hvilke lys er tændt?").text, "ganglampen")
    said = control.handle("hvor varmt er der i badeværelset?").text
    assert has(said, "20,5 grader i badeværelset", "sat til 20 grader"), said
    assert has(control.handle("hvor varmt er det i soveværelset").text, "19,5 grader")
    assert has(control.handle("er hoveddøren låst").text, "hoveddøren er låst")
    assert has(control.handle("er alarmen slået til").text, "slået fra")
    assert has(control.handle("er gardinerne nede i stuen").text, "oppe")
    assert devices.received == []  # questions send nothing


def test_a_new_connection_knows_the_state_from_retained_messages(
    home: HomeConfig, devices: SimulatedHome
) -> None:
    devices.states["gangelys"]["state"] = "ON"
    devices._publish(home.devices[5])  # the hall light, as if switched by hand
    time.sleep(0.2)
    link = HomeLink(home)
    link.start()
    try:
        assert link.wait_ready(30)
        said = HomeControl(home, link).handle("er der tændt i gangen").text
        assert has(said, "ganglampen er tændt"), said
    finally:
        link.stop()


def test_one_of_two_lamps_is_asked_for(control: HomeControl, devices: SimulatedHome) -> None:
    reply = control.handle("tænd lampen i stuen")
    assert reply.text == "Der er to lamper i stuen: loftslampen eller lampen ved sofaen?"
    assert reply.pending and devices.received == []
    done = control.answer(reply.pending, "den ved sofaen")
    assert done.text == "Lampen ved sofaen er tændt.", done
    assert sent(devices) == [("hjem/stue/sofalampe/set", {"state": "ON"})]


@pytest.mark.parametrize(
    ("answer", "topic"),
    [
        ("loftslampen", f"{Z}/stue/loftslampe/set"),
        ("den første", f"{Z}/stue/loftslampe/set"),
        ("sofaen", "hjem/stue/sofalampe/set"),
        ("lampen i loftet tak", f"{Z}/stue/loftslampe/set"),
    ],
)
def test_answers_that_pick_a_lamp(
    control: HomeControl, devices: SimulatedHome, answer: str, topic: str
) -> None:
    reply = control.handle("sluk lampen i stuen")
    assert reply.pending
    assert has(control.answer(reply.pending, answer).text, "slukket")
    assert [t for t, _ in sent(devices)] == [topic]


def test_both_lamps_and_a_room_when_no_speaker_room(
    control: HomeControl, devices: SimulatedHome
) -> None:
    reply = control.handle("tænd lampen i stuen")
    assert reply.pending
    assert has(control.answer(reply.pending, "begge").text, "lyset i stuen er tændt")
    devices.received.clear()
    reply = control.handle("tænd lyset")  # no room said, no speaker room
    assert reply.text.startswith("I hvilket rum?") and reply.pending
    assert has(control.answer(reply.pending, "i køkkenet").text, "køkkenlampen er tændt")
    assert [t for t, _ in sent(devices)] == [f"{Z}/koekken/loft/set"]


@pytest.mark.parametrize("answer", ["nej", "glem det", "", "hvad er klokken"])
def test_no_or_nonsense_to_a_question_does_nothing(
    control: HomeControl, devices: SimulatedHome, answer: str
) -> None:
    reply = control.handle("tænd lampen i stuen")
    assert reply.pending
    said = control.answer(reply.pending, answer)
    assert said.pending is None and has(said.text, "ikke")
    assert devices.received == []


def test_locking_asks_first(control: HomeControl, devices: SimulatedHome) -> None:
    devices.states["hoveddoer"].update(state="UNLOCK", lock_state="unlocked")
    reply = control.handle("lås hoveddøren")
    assert reply.text == "Skal jeg låse hoveddøren?" and reply.pending
    assert devices.received == []
    assert control.answer(reply.pending, "nej").text == "Okay, så gør jeg ikke noget."
    assert devices.received == []
    reply = control.handle("lås døren")
    assert control.answer(reply.pending or "", "ja tak").text == "Hoveddøren er låst."
    assert sent(devices) == [(f"{Z}/gang/hoveddoer/set", {"state": "LOCK"})]


def test_a_lock_that_does_not_close_fully_is_reported(
    control: HomeControl, devices: SimulatedHome
) -> None:
    devices.jammed.add("hoveddoer")
    reply = control.handle("lås hoveddøren")
    said = control.answer(reply.pending or "", "ja").text
    assert has(said, "ikke gik helt i"), said


def test_arming_the_alarm_asks_first(control: HomeControl, devices: SimulatedHome) -> None:
    reply = control.handle("slå tyverialarmen til")
    assert reply.text == "Skal jeg slå tyverialarmen til?"
    assert control.answer(reply.pending or "", "ja").text == "Tyverialarmen er slået til."
    assert sent(devices) == [("hjem/alarm/set", "ARM_AWAY")]


def test_unlocking_and_disarming_by_voice_are_off_by_default(
    control: HomeControl, devices: SimulatedHome
) -> None:
    for said in ("lås døren op", "lås hoveddøren op", "åbn døren", "slå alarmen fra"):
        reply = control.handle(said)
        assert reply.pending is None and has(reply.text, "må ikke"), (said, reply)
    assert devices.received == []


def _with_pin(broker: PrivateBroker, pin: str) -> HomeConfig:
    salt = secrets.token_hex(16)
    safety = {
        "unlock_by_voice": True,
        "pin": {"salt": salt, "pbkdf2_sha256": pin_digest(pin, salt, 10000), "iterations": 10000},
    }
    return example_home(broker.port, safety=safety)


@pytest.fixture
def pin_home(broker: PrivateBroker) -> Iterator[tuple[HomeControl, SimulatedHome, list[float]]]:
    home = _with_pin(broker, "471100")
    sim = SimulatedHome(home, port=broker.port).start()
    link = HomeLink(home)
    link.start()
    assert link.wait_ready(30)
    clock = [1000.0]
    yield HomeControl(home, link, PinGuard(lambda: clock[0])), sim, clock
    link.stop()
    sim.stop()


def test_unlocking_when_enabled_needs_the_spoken_pin(
    pin_home: tuple[HomeControl, SimulatedHome, list[float]],
) -> None:
    control, sim, _ = pin_home
    reply = control.handle("lås hoveddøren op")
    assert reply.text == "Sig din kode, så låser jeg hoveddøren op." and reply.pending
    assert control.answer(reply.pending, "fire syv et et nul nul").text == "Hoveddøren er låst op."
    assert sent(sim) == [(f"{Z}/gang/hoveddoer/set", {"state": "UNLOCK"})]


def test_three_wrong_pins_stop_pin_checks_for_a_while(
    pin_home: tuple[HomeControl, SimulatedHome, list[float]],
) -> None:
    control, sim, clock = pin_home
    for _ in range(2):
        reply = control.handle("lås døren op")
        assert control.answer(reply.pending or "", "1 2 3 4 5 6").text.startswith(
            "Koden passer ikke"
        )
    reply = control.handle("lås døren op")
    assert has(control.answer(reply.pending or "", "000000").text, "for mange gange")
    assert has(control.handle("lås døren op").text, "for mange gange")  # even asking
    assert sim.received == []
    clock[0] += 16 * 60
    reply = control.handle("lås døren op")
    assert control.answer(reply.pending or "", "471100").text == "Hoveddøren er låst op."


def test_a_pin_checked_where_it_arrived_is_taken_as_the_channel_found_it(
    pin_home: tuple[HomeControl, SimulatedHome, list[float]],
) -> None:
    """Issue 19, finding 5: the words are only the placeholder (bot.home.said_pin); the
    channel's verdict decides, a wrong one counts, and a PIN nobody asked for runs
    nothing."""
    control, sim, _ = pin_home
    reply = control.handle("lås døren op")
    wrong = control.answer(reply.pending or "", PLACEHOLDER, pin_matched=False)
    assert wrong.text.startswith("Koden passer ikke")
    assert sim.received == []
    reply = control.handle("lås døren op")
    assert control.answer(reply.pending or "", PLACEHOLDER, pin_matched=True).text == (
        "Hoveddøren er låst op."
    )
    reply = control.handle("lås døren")  # asks "skal jeg låse ...?", not for a PIN
    assert not control.answer(reply.pending or "", PLACEHOLDER, pin_matched=True).understood
    assert len(sim.received) == 1


def test_a_pin_shorter_than_six_digits_is_never_tried(
    pin_home: tuple[HomeControl, SimulatedHome, list[float]],
) -> None:
    """Issue 19, finding 8: four digits are guessed in hours; a short one is refused
    without being compared, and does not count as a try."""
    control, sim, _ = pin_home
    for _ in range(5):
        reply = control.handle("lås døren op")
        assert has(control.answer(reply.pending or "", "4 7 1 1").text, "mindst seks cifre")
    reply = control.handle("lås døren op")
    assert control.answer(reply.pending or "", "471100").text == "Hoveddøren er låst op."
    assert len(sim.received) == 1


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("tænd lyset i garagen", ("ikke noget rum, der hedder garagen", "stuen")),
        ("tænd fjernsynet", ("kan ikke styre fjernsynet", "lyset")),
        ("sluk for kaffemaskinen", ("kan ikke styre kaffemaskinen",)),
        ("rul gardinet ned i køkkenet", ("ingen gardiner i køkkenet",)),
        ("sæt varmen i gangen til 20 grader", ("ingen radiatorer i gangen",)),
        ("gør noget ved varmen", ("hvad skal jeg gøre med varmen",)),
    ],
)
def test_unknown_rooms_and_devices_get_a_clear_answer_and_nothing_is_sent(
    control: HomeControl, devices: SimulatedHome, said: str, words: tuple[str, ...]
) -> None:
    reply = control.handle(said)
    assert reply.pending is None
    assert has(reply.text, *words), reply.text
    assert devices.received == []


def test_a_silent_device_is_named_and_gets_one_message(
    control: HomeControl, devices: SimulatedHome
) -> None:
    devices.silent.add("gangelys")
    started = time.monotonic()
    said = control.handle("sluk lyset i hele huset").text
    took = time.monotonic() - started
    assert has(said, "slukket", "ganglampen svarer ikke"), said
    assert 1.4 < took < 5, took  # the home's answer_seconds (1.5 here), not more
    time.sleep(2)  # nothing is sent again later
    assert len(devices.commands("gangelys")) == 1
    assert len(devices.received) == len(ALL_OFF)


def test_a_slow_device_that_answers_in_time_is_confirmed(
    control: HomeControl, devices: SimulatedHome
) -> None:
    devices.delay = 0.5
    assert control.handle("tænd lyset i køkkenet").text == "Køkkenlampen er tændt."


def test_broker_down_says_so_and_sends_nothing_later(tmp_path: Path) -> None:
    broker = PrivateBroker(tmp_path).start()
    home = example_home(broker.port)
    sim = SimulatedHome(home, port=broker.port).start()
    link = HomeLink(home)
    link.start()
    assert link.wait_ready(30)
    control = HomeControl(home, link, connect_seconds=1.0)
    try:
        sim.stop(clear=False)
        broker.stop()
        time.sleep(0.3)
        started = time.monotonic()
        said = control.handle("tænd lyset i køkkenet").text
        assert said.startswith("Jeg kan ikke få forbindelse"), said
        assert time.monotonic() - started < 3
        # The broker comes back; the link reconnects; the command must not turn up.
        broker.start()
        watcher = SimulatedHome(home, port=broker.port).start()
        assert link.wait_ready(40), "the link did not reconnect"
        time.sleep(1)
        assert watcher.received == []
        assert control.handle("tænd lyset i køkkenet").text == "Køkkenlampen er tændt."
        assert len(watcher.received) == 1
        watcher.stop()
    finally:
        link.stop()
        broker.stop()


def test_never_configured_broker_answers_quickly(tmp_path: Path) -> None:
    from testkit.support import free_port

    home = example_home(free_port())  # nothing listens there
    control = HomeControl(home, HomeLink(home), connect_seconds=1.0)
    try:
        started = time.monotonic()
        assert control.handle("sluk lyset i køkkenet").text.startswith(
            "Jeg kan ikke få forbindelse"
        )
        assert time.monotonic() - started < 3
    finally:
        control.link.stop()


def test_a_new_command_instead_of_an_answer_is_done(
    control: HomeControl, devices: SimulatedHome
) -> None:
    reply = control.handle("tænd lampen i stuen")
    assert reply.pending
    said = control.answer(reply.pending, "tænd lyset i gangen")
    assert said.text == "Ganglampen er tændt." and said.pending is None
    assert [t for t, _ in sent(devices)] == [f"{Z}/gang/loft/set"]
    assert not control.answer(reply.pending, "hvad er klokken").understood


def test_lights_turned_up_from_different_levels(
    control: HomeControl, devices: SimulatedHome
) -> None:
    control.handle("sæt loftslampen til 50 procent")
    control.handle("tænd lampen ved sofaen")
    devices.received.clear()
    said = control.handle("skru op for lyset i stuen").text
    assert said == "Lyset i stuen er skruet op.", said
    assert sorted((t, p.get("brightness")) for t, p in sent(devices)) == [
        ("hjem/stue/sofalampe/set", 255),
        (f"{Z}/stue/loftslampe/set", 190),
    ]
    devices.received.clear()
    assert control.handle("dæmp lyset i køkkenet").text == "Køkkenlampen er slukket."
    assert devices.received == []  # a dark room is not dimmed, nor turned on


def test_two_commands_in_one_sentence_each_reach_their_devices(
    control: HomeControl, devices: SimulatedHome
) -> None:
    """Read as one, "tænd ... og sluk det ..." turned both rooms off."""
    devices.states["koekkenlys"]["state"] = "OFF"
    reply = control.handle("tænd lyset i køkkenet og sluk det i stuen")
    assert reply.pending is None, reply
    assert sorted(sent(devices), key=str) == sorted(
        [
            (f"{Z}/koekken/loft/set", {"state": "ON"}),
            (f"{Z}/stue/loftslampe/set", {"state": "OFF"}),
            ("hjem/stue/sofalampe/set", {"state": "OFF"}),
        ],
        key=str,
    )
    assert has(reply.text, "tændt", "slukket"), reply.text


def test_a_question_in_a_two_part_sentence_is_asked_after_the_rest_is_done(
    control: HomeControl, devices: SimulatedHome
) -> None:
    devices.states["hoveddoer"].update(state="UNLOCK", lock_state="unlocked")
    reply = control.handle("lås hoveddøren og rul gardinet ned i stuen")
    assert sent(devices) == [(f"{Z}/stue/rullegardin/set", {"state": "CLOSE"})]
    assert reply.text.endswith("Skal jeg låse hoveddøren?") and reply.pending, reply
    assert control.answer(reply.pending, "ja").text == "Hoveddøren er låst."
