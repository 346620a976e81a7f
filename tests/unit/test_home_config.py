"""bot.home.config: the example home loads; broken files say where they are broken."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.home.config import (
    DeviceKind,
    HomeConfigError,
    Protocol,
    load_home,
    load_homes,
    parse_config,
    pin_digest,
)
from testkit.mqtt import EXAMPLE_HOME

RAW: dict[str, Any] = yaml.safe_load(EXAMPLE_HOME.read_text(encoding="utf-8"))


def test_the_example_home_loads() -> None:
    home = load_home(EXAMPLE_HOME)
    assert home.home == "eksempel" and home.citizens == ("borger",)
    assert {d.kind for d in home.devices} == set(DeviceKind)
    assert {d.protocol for d in home.devices} == set(Protocol)
    assert home.speaker_room("hoejttaler-stue") == "stue"
    assert home.room("sovevaerelse").said == "soveværelset"
    assert not home.safety.unlock_by_voice


def changed(path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(RAW)
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is None:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("devices.0.room", "kaelder", "no room 'kaelder'"),
        ("devices.1.names", ["loftslampen"], "device name 'loftslampen' is used twice"),
        ("rooms.1.names", ["stuen"], "room name 'stuen' is used twice"),
        ("devices.1.id", "loftslampe-stue", "device id 'loftslampe-stue' is used twice"),
        ("devices.0.type", "toaster", "devices/0/type"),
        ("devices.1.homeassistant", {"state_topic": "x"}, "a light needs command_topic"),
        ("devices.0.zigbee2mqtt", None, "devices/0"),
        ("devices.0.zigbee2mqtt", {"friendly_name": "stue/#"}, "friendly_name"),
        ("devices.6.min", 30, "min must be below max"),
        ("devices.0.min", 5, "only thermostats have min and max"),
        ("devices.6.features", ["brightness"], "only lights have features"),
        (
            "devices.11",
            {
                "id": "a",
                "type": "alarm",
                "room": "gang",
                "names": ["alarmen"],
                "zigbee2mqtt": {"friendly_name": "a"},
            },
            "alarm panel follows Home Assistant",
        ),
        ("speakers.hoejttaler-stue", "kaelder", "no room 'kaelder'"),
        ("safety", {"unlock_by_voice": True}, "unlock_by_voice needs a pin"),
        ("broker.port", 70000, "broker/port"),
        ("citizens", [], "citizens"),
        ("surprise", 1, "Additional properties"),
    ],
)
def test_broken_homes_are_refused_with_where(path: str, value: Any, message: str) -> None:
    with pytest.raises(HomeConfigError, match=message.replace("(", r"\(")):
        parse_config(changed(path, value), "hjem.yml")


def test_files_that_are_not_yaml_or_not_there(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("home: [unclosed", encoding="utf-8")
    with pytest.raises(HomeConfigError, match="not YAML"):
        load_home(bad)
    with pytest.raises(HomeConfigError, match="cannot read"):
        load_home(tmp_path / "missing.yml")
    bad.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(HomeConfigError, match="is not of type 'object'"):
        load_home(bad)


def test_a_citizen_belongs_to_one_home(tmp_path: Path) -> None:
    (tmp_path / "a.yml").write_text(yaml.safe_dump(RAW), encoding="utf-8")
    other = changed("home", "andet")
    (tmp_path / "b.yml").write_text(yaml.safe_dump(other), encoding="utf-8")
    with pytest.raises(HomeConfigError, match="citizen 'borger' is used twice"):
        load_homes(tmp_path)
    other["citizens"] = ["karen"]
    (tmp_path / "b.yml").write_text(yaml.safe_dump(other), encoding="utf-8")
    assert [h.home for h in load_homes(tmp_path)] == ["eksempel", "andet"]


def test_the_pin_is_kept_as_a_salted_slow_hash() -> None:
    safety = {
        "unlock_by_voice": True,
        "pin": {
            "salt": "00" * 16,
            "pbkdf2_sha256": pin_digest("2468", "00" * 16, 10000),
            "iterations": 10000,
        },
    }
    pin = parse_config(changed("safety", safety)).safety.pin
    assert pin is not None and pin.matches("2468") and not pin.matches("2469")
    assert "2468" not in repr(pin)


def test_the_command_line_checks_a_file_and_makes_a_pin_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.home.__main__ import main

    assert main(["check", str(EXAMPLE_HOME)]) == 0
    assert "eksempel: 5 rooms, 13 devices" in capsys.readouterr().out
    broken = tmp_path / "hjem.yml"
    broken.write_text(yaml.safe_dump(changed("devices.0.room", "kaelder")), encoding="utf-8")
    assert main(["check", str(broken)]) == 1
    assert "no room 'kaelder'" in capsys.readouterr().err
    assert main(["pin"], ask=lambda _prompt: "471100") == 0
    entry = yaml.safe_load(capsys.readouterr().out)
    pin = parse_config(changed("safety", entry["safety"])).safety.pin
    assert pin is not None and pin.matches("471100")
    assert main(["pin"], ask=lambda _prompt: "4711") == 1  # at least six digits
    answers = iter(["471100", "471200"])
    assert main(["pin"], ask=lambda _prompt: next(answers)) == 1
    assert main(["pin"], ask=lambda _prompt: "12") == 1
