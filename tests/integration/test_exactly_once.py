"""Several real reminder workers on PostgreSQL: every due dose reaches Rasa exactly once,
also when one worker is killed (SIGKILL) in the middle of its deliveries.

A small run of what bench/exactly_once.py measures (testkit/standin/fleet.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from testkit.standin.fleet import LEASE, run
from testkit.support import drop_database, fresh_database

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.integration


def test_three_workers_one_killed_every_dose_once() -> None:
    db = fresh_database("fleet")
    try:
        outcome = run(
            db,
            workers=3,
            reminders=600,
            spread=20,
            kill=True,
            log_dir=ROOT / "var" / "log" / "exactly-once",
        )
    finally:
        drop_database(db)
    assert outcome.missing == 0, outcome.row()
    assert outcome.doubled == 0, outcome.row()
    assert outcome.states == {"taken": 600}, outcome.states
    # The claims the killed worker held were taken over once they ran out (one minute).
    # Before it died, its deliveries timed out (10 s) and a dose it took again waited
    # that long once more: at most a lease and two time-outs in all.
    lease = LEASE.total_seconds()
    assert lease - 5 < max(outcome.lateness) < lease + 2 * 10 + 5, outcome.row()
