"""The phrasing table (tests/fixtures/home_phrasing.yml): how Danes say home commands
and questions, and what each should parse to. The parser must get at least 95 % right;
the share is printed, and the misses listed, so a change that loses some is seen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.home.config import HomeConfig
from bot.home.parse import HomeCommand, parse
from testkit.mqtt import example_home

TABLE = Path(__file__).parents[1] / "fixtures" / "home_phrasing.yml"
REQUIRED_SHARE = 0.95
HOME = example_home(1883)


def cases() -> list[dict[str, Any]]:
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return list(data["cases"])


def seen(command: HomeCommand, home: HomeConfig) -> dict[str, Any]:
    """What a parsed command means, in the table's terms."""
    devices = [d for d in home.devices if d.id in command.devices]
    kind = command.kind or (devices[0].kind if devices else None)
    rooms = list(dict.fromkeys(d.room for d in devices)) or list(command.rooms)
    if command.whole_home and not rooms:
        rooms = ["hele"]
    return {
        "kind": kind.value if kind else None,
        "action": command.action.value if command.action else None,
        "value": command.value,
        "rooms": rooms,
        "unknown_place": command.unknown_place,
    }


def wanted(case: dict[str, Any]) -> dict[str, Any]:
    rooms = case.get("rooms") or ([case["room"]] if "room" in case else [])
    value = case.get("value")
    return {
        "kind": case["kind"],
        "action": case["action"],
        "value": None if value is None else float(value),
        "rooms": rooms,
        "unknown_place": case.get("unknown_place"),
    }


def outcome(case: dict[str, Any], home: HomeConfig = HOME) -> dict[str, Any]:
    previous = parse(case["after"], home) if "after" in case else None
    return seen(parse(case["said"], home, previous), home)


def score(home: HomeConfig = HOME) -> tuple[float, list[str]]:
    table = cases()
    misses = []
    for case in table:
        got, want = outcome(case, home), wanted(case)
        if got != want:
            wrong = {k: got[k] for k in want if got[k] != want[k]}
            misses.append(f"{case['said']!r}: got {wrong}, want { {k: want[k] for k in wrong} }")
    return (len(table) - len(misses)) / len(table), misses


def test_the_table_is_big_and_has_no_repeats() -> None:
    table = cases()
    assert len(table) >= 300
    keys = [(c["said"], c.get("after")) for c in table]
    assert len(keys) == len(set(keys))
    for case in table:
        assert case["action"] is None or case["kind"] is not None, case


def test_the_parser_gets_the_table_right(capsys: pytest.CaptureFixture[str]) -> None:
    share, misses = score()
    with capsys.disabled():
        print(f"\nhome phrasing table: {share:.3f} right ({len(misses)} missed)")
        for miss in misses:
            print("  " + miss)
    assert share >= REQUIRED_SHARE, "\n".join(misses)
