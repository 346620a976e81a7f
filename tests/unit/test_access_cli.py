"""python -m bot.access: checking a roster, a new device key, and the access log."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from bot.access.audit import AccessLog
from bot.core.clock import COPENHAGEN
from testkit.support import ManualClock

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.access", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_check_says_what_is_wrong_or_what_is_there(tmp_path: Path) -> None:
    good = tmp_path / "roster.yml"
    good.write_text("citizens: [{id: karen, name: Karen}]\nstaff: []\n", encoding="utf-8")
    done = cli("check", str(good))
    assert done.returncode == 0 and "1 citizens, 0 staff, 0 devices" in done.stdout
    bad = tmp_path / "bad.yml"
    bad.write_text("citizens: [{id: karen}]\n", encoding="utf-8")
    done = cli("check", str(bad))
    assert done.returncode == 1 and "'name' must be" in done.stderr


def test_device_prints_a_key_and_only_its_digest_for_the_roster() -> None:
    done = cli("device", "hoejttaler-karen", "karen")
    assert done.returncode == 0
    key = done.stdout.splitlines()[0].removeprefix("VELFAERD_VOICE_DEVICE_KEY=")
    assert len(key) >= 40
    assert f"key_sha256: {hashlib.sha256(key.encode()).hexdigest()}" in done.stdout
    assert done.stdout.count(key) == 1  # the key is shown once, never in the entry


def test_log_lists_staff_access_newest_first(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'access.db'}"
    clock = ManualClock(datetime(2026, 11, 23, 9, 0, tzinfo=COPENHAGEN))
    log = AccessLog(url, clock)
    log.create_schema()
    log.record("staff:anne", "action_tell_plan", "karen")
    clock.current = clock.current.replace(hour=10)
    log.record("staff:bo", "export", "karen")
    log.dispose()
    done = cli("log", "karen", env={"VELFAERD_ACCESS_DB": url})
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "2026-11-23 10:00:00  staff:bo  export",
        "2026-11-23 09:00:00  staff:anne  action_tell_plan",
    ]
