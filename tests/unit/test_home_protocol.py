"""bot.home.protocol: what devices publish, read into one plain state; never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.home.config import Device
from bot.home.parse import Action
from bot.home.protocol import messages, reached, read, target
from testkit.mqtt import example_home

HOME = example_home(1883)
BY_ID = {d.id: d for d in HOME.devices}


def state(device_id: str, topic: str, payload: bytes) -> dict[str, object]:
    return read(BY_ID[device_id], HOME.broker, topic, payload)


@pytest.mark.parametrize(
    ("device", "topic", "payload", "expected"),
    [
        (
            "loftslampe-stue",
            "zigbee2mqtt/stue/loftslampe",
            b'{"state":"ON","brightness":127,"color_temp":370}',
            {"on": True, "brightness": 50, "color_temp": 370},
        ),
        (
            "sofalampe",
            "hjem/stue/sofalampe/state",
            b'{"state":"OFF","brightness":255}',
            {"on": False, "brightness": 100},
        ),
        (
            "termostat-stue",
            "zigbee2mqtt/stue/termostat",
            b'{"occupied_heating_setpoint":21.5,"local_temperature":20.1}',
            {"setpoint": 21.5, "temperature": 20.1},
        ),
        ("gulvvarme-bad", "hjem/bad/gulvvarme/temperatur", b"24", {"setpoint": 24.0}),
        ("gulvvarme-bad", "hjem/bad/gulvvarme/aktuel", b"22.5", {"temperature": 22.5}),
        ("rullegardin-sove", "hjem/sove/rullegardin/state", b"closed", {"position": 0}),
        ("rullegardin-sove", "hjem/sove/rullegardin/state", b"opening", {"moving": "opening"}),
        ("rullegardin-sove", "hjem/sove/rullegardin/position", b"40", {"position": 40}),
        (
            "hoveddoer",
            "zigbee2mqtt/gang/hoveddoer",
            b'{"state":"LOCK","lock_state":"not_fully_locked"}',
            {"locked": False, "jammed": True},
        ),
        ("alarm", "hjem/alarm/state", b"triggered", {"alarm": "triggered"}),
        (
            "temperatur-sove",
            "zigbee2mqtt/sovevaerelse/termometer",
            b'{"temperature":18.2,"humidity":50}',
            {"temperature": 18.2},
        ),
        # Rubbish is ignored, not guessed at.
        ("loftslampe-stue", "zigbee2mqtt/stue/loftslampe", b"not json", {}),
        ("loftslampe-stue", "zigbee2mqtt/stue/loftslampe", b'{"brightness":"lots"}', {}),
        ("gulvvarme-bad", "hjem/bad/gulvvarme/temperatur", b"NaN degrees", {}),
        ("alarm", "hjem/alarm/state", b"party", {}),
        ("hoveddoer", "zigbee2mqtt/gang/hoveddoer", b"\xff\xfe", {}),
    ],
)
def test_states_are_read(
    device: str, topic: str, payload: bytes, expected: dict[str, object]
) -> None:
    assert state(device, topic, payload) == expected


@given(payload=st.binary(max_size=300), which=st.sampled_from(HOME.devices))
def test_any_payload_on_any_state_topic_is_read_without_error(
    payload: bytes, which: Device
) -> None:
    for topic in ("zigbee2mqtt/x", "hjem/alarm/state", "hjem/bad/gulvvarme/aktuel"):
        assert isinstance(read(which, HOME.broker, topic, payload), dict)


def test_targets_and_limits() -> None:
    lamp, heat = BY_ID["loftslampe-stue"], BY_ID["gulvvarme-bad"]
    assert target(lamp, Action.BRIGHTNESS, 150, {}) == {"on": True, "brightness": 100}
    assert target(lamp, Action.BRIGHTNESS, 0, {}) == {"on": False}
    assert target(lamp, Action.DIMMER, None, {"on": True, "brightness": 20}) == {
        "on": True,
        "brightness": 5,
    }
    assert target(heat, Action.SET_TEMPERATURE, 40, {}) == {"setpoint": 30.0}  # its own max
    assert target(heat, Action.SET_TEMPERATURE, 21.3, {}) == {"setpoint": 21.5}  # half degrees
    assert reached({"brightness": 50}, {"brightness": 51})
    assert not reached({"on": True}, {})
    # A Home Assistant cover with a set_position_topic gets the number there.
    cover = BY_ID["rullegardin-sove"]
    (message,) = messages(cover, HOME.broker, {"position": 30}, Action.POSITION)
    assert (message.topic, message.payload) == ("hjem/sove/rullegardin/position/set", b"30")
