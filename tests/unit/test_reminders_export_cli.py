"""The staff export command: one citizen's adherence log as CSV, nobody else's."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from bot.core.clock import COPENHAGEN
from bot.reminders.store import ReminderStore
from testkit.support import ManualClock


def test_export_command_writes_only_that_citizens_log(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    clock = ManualClock(datetime(2026, 11, 22, 9, 0, tzinfo=COPENHAGEN))
    store = ReminderStore(url, clock)
    store.create_schema()
    due = clock.now() + timedelta(minutes=5)
    store.add("anna", "at tage Panodil", due, medicine="Panodil")
    store.add("bent", "at tage Marevan", due, medicine="Marevan")
    clock.advance(timedelta(minutes=6))
    store.mark("anna", store.doses("anna")[0].id, "taken")
    store.mark("bent", store.doses("bent")[0].id, "skipped")
    store.dispose()

    out = subprocess.run(
        [sys.executable, "-m", "bot", "export", "--citizen", "anna", "--db", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out[0] == "citizen;reminder;medicine;due;outcome;answered_at"
    assert len(out) == 2 and out[1].startswith("anna;") and ";Panodil;" in out[1]
    assert ";taken;" in out[1] and "Marevan" not in "".join(out)


def test_export_command_without_citizen_is_a_usage_error() -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "export"], capture_output=True, text=True)
    assert result.returncode == 2 and "--citizen" in result.stderr
