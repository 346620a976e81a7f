"""bot.home.pins: wrong PINs counted in the database (issue 19, finding 8), so two
action server processes, or one started again, see the same count."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import COPENHAGEN
from bot.home.__main__ import main
from bot.home.pins import PinTries
from tests.support import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 12, 2, 10, 0, tzinfo=COPENHAGEN))


def stores(tmp_path: Path, clock: ManualClock) -> tuple[PinTries, PinTries]:
    url = f"sqlite:///{tmp_path / 'tries.db'}"
    first, second = PinTries(url, clock), PinTries(url, clock)
    first.create_schema()
    return first, second


def test_two_processes_share_the_count_and_a_restart_keeps_it(
    tmp_path: Path, clock: ManualClock
) -> None:
    one, two = stores(tmp_path, clock)
    a, b = one.guard("eksempel"), two.guard("eksempel")
    a.failed()
    b.failed()
    assert not a.locked() and not b.locked()
    a.failed()  # the third, in another process
    assert a.locked() and b.locked()
    again = PinTries(one.url, clock).guard("eksempel")  # a new process
    assert again.locked()
    clock.current += timedelta(minutes=16)
    assert not again.locked()
    assert not one.guard("andet").locked()  # another home has its own count


def test_a_right_pin_clears_and_slow_tries_do_not_add_up(
    tmp_path: Path, clock: ManualClock
) -> None:
    one, _ = stores(tmp_path, clock)
    guard = one.guard("eksempel")
    guard.failed()
    guard.failed()
    guard.succeeded()
    guard.failed()
    assert not guard.locked()
    guard.failed()
    clock.current += timedelta(minutes=11)  # outside the ten-minute window
    guard.failed()
    assert not guard.locked()


def test_a_second_stop_holds_until_staff_release_it(
    tmp_path: Path,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    one, _ = stores(tmp_path, clock)
    guard = one.guard("eksempel")
    for _ in range(3):
        guard.failed()
    clock.current += timedelta(minutes=16)
    for _ in range(3):
        guard.failed()
    clock.current += timedelta(days=2)
    assert guard.locked(), "held: time does not release it"
    monkeypatch.setenv("VELFAERD_REMINDERS_DB", one.url)
    assert main(["release-pin", "eksempel"]) == 0
    assert "released" in capsys.readouterr().out
    assert not guard.locked()
