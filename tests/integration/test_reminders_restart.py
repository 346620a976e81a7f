"""The real worker process (python -m bot worker) killed and restarted around a due time.

A tiny HTTP server stands in for the Rasa server's delivery channel
(testkit/standin/rasa.py): it accepts the worker's one call per delivery
(EXTERNAL_dose_due with the dose's id) and records it per citizen.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.clock import SystemClock
from bot.reminders.store import ReminderStore
from testkit.standin.rasa import RasaStandIn

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.integration


@pytest.fixture
def rasa() -> Iterator[RasaStandIn]:
    fake = RasaStandIn()
    yield fake
    fake.close()


class Worker:
    """One run of the worker process, its stderr in a file we can wait on."""

    def __init__(self, db: str, rasa_url: str, log: Path) -> None:
        self.log = log
        self.offset = log.stat().st_size if log.exists() else 0
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "worker", "--db", db, "--rasa-url", rasa_url],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=log.open("ab"),
        )

    def wait_started(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"worker exited early:\n{self.log.read_text()}")
            if "reminder worker started" in self.log.read_text()[self.offset :]:
                return
            time.sleep(0.05)
        pytest.fail(f"worker did not start within {timeout} s:\n{self.log.read_text()}")

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> int:
        self.proc.send_signal(sig)
        return self.proc.wait(timeout=10)


def wait_for(rasa: RasaStandIn, count: int, until: float) -> None:
    """Until `count` deliveries have arrived, or `until`."""
    while len(rasa.calls) < count and time.time() < until:
        time.sleep(0.02)


def sleep_until(when: datetime) -> None:
    time.sleep(max(0.0, when.timestamp() - time.time()))


def test_killed_before_due_then_restarted_delivers_once_on_time(
    tmp_path: Path, rasa: RasaStandIn
) -> None:
    db = f"sqlite:///{tmp_path / 'reminders.db'}"
    store = ReminderStore(db, SystemClock())
    store.create_schema()
    due = SystemClock().now() + timedelta(seconds=4)
    reminder = store.add("borger 1", "Panodil", due)

    first = Worker(db, rasa.url, tmp_path / "worker.log")
    first.wait_started()
    assert first.stop(signal.SIGKILL) == -signal.SIGKILL
    assert rasa.calls == []

    second = Worker(db, rasa.url, tmp_path / "worker.log")
    second.wait_started()
    wait_for(rasa, 1, due.timestamp() + 3)
    time.sleep(1.0)  # room for a duplicate to show up
    assert second.stop(signal.SIGTERM) == 0  # clean exit

    (call,) = rasa.calls
    assert call["sender"] == "borger 1"
    assert 0 <= call["at"] - due.timestamp() < 1.0
    (dose,) = store.doses("borger 1", reminder.id)
    assert call["entities"] == {"dose_id": str(dose.id)} and dose.attempts == 1
    store.dispose()


def test_down_at_due_time_delivers_once_late(tmp_path: Path, rasa: RasaStandIn) -> None:
    db = f"sqlite:///{tmp_path / 'reminders.db'}"
    clock = SystemClock()
    store = ReminderStore(db, clock)
    store.create_schema()
    due = clock.now() + timedelta(seconds=2)
    anna_reminder = store.add("anna", "Panodil", due)

    # Another reminder already two minutes overdue: stored through the injected clock as
    # if it had been added five minutes ago (the store refuses past times otherwise).
    class Earlier:
        def now(self) -> datetime:
            return clock.now() - timedelta(minutes=5)

    earlier = ReminderStore(db, Earlier())
    bo_reminder = earlier.add("bo", "Magnyl", clock.now() - timedelta(minutes=2))
    earlier.dispose()

    sleep_until(due + timedelta(seconds=3))
    started = time.time()
    worker = Worker(db, rasa.url, tmp_path / "worker.log")
    wait_for(rasa, 2, started + 6)
    time.sleep(1.0)
    assert worker.stop(signal.SIGINT) == 0

    assert len(rasa.calls) == 2
    (anna,) = rasa.deliveries("anna")
    (bo,) = rasa.deliveries("bo")
    # Lateness is the announce action's business now; each dose went out exactly once.
    assert anna["entities"]["dose_id"] == str(store.doses("anna", anna_reminder.id)[0].id)
    assert bo["entities"]["dose_id"] == str(store.doses("bo", bo_reminder.id)[0].id)
    assert anna["at"] - started < 5  # at once after start-up (imports take most of it)
    store.dispose()
