"""Faults under load in the production profile: a Rasa process, an action server process
and a reminder worker killed with SIGKILL, and PostgreSQL restarted, while citizens
talk and reminders fall due. Nothing said is lost or moved, no dose is lost or
announced twice, and the damage is a few failed requests that the clients sent again.

A small run of what bench/faults.py measures (testkit/faults.py). It restarts this
machine's PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from testkit.faults import FAULTS, run

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.integration


def test_kills_and_a_database_restart_under_load_lose_and_double_nothing() -> None:
    outcome = run(
        citizens=20, turns=10, doses=20, spread=20, log_dir=ROOT / "var" / "log" / "faults"
    )
    row = outcome.row()
    assert [name for name, _ in outcome.faults] == list(FAULTS), row
    assert outcome.given_up == 0, row  # every turn went through within ATTEMPTS tries
    good, bad = outcome.turns_in_order()
    assert bad == 0, outcome.not_in_order()
    # Bounded damage: a turn in flight in a killed process, or during the restart.
    assert outcome.failed <= 20, row
    assert outcome.kept_twice <= outcome.failed, row
    assert len(outcome.announced) == 20 and set(outcome.announced.values()) == {1}, row
    assert outcome.states == {"taken": 20}, row
