"""bot.home.pins: wrong PINs counted in the database (issue 19, finding 8), so two
action server processes, or one started again, see the same count."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.clock import COPENHAGEN
from bot.home.__main__ import main
from bot.home.pins import PinTries, tell_pin_hold
from bot.safety.notify import emergency_text
from bot.safety.store import SafetyStore
from testkit.mqtt import example_home
from testkit.support import ManualClock


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


def test_the_hold_is_told_once_to_each_citizens_contact(tmp_path: Path, clock: ManualClock) -> None:
    """Issue 19, finding 8: nobody was told of a hold. It becomes a notice the reminder
    worker sends the way it sends emergencies (bot.safety), to each citizen's contact."""
    one, _ = stores(tmp_path, clock)
    notices = SafetyStore(f"sqlite:///{tmp_path / 'safety.db'}", clock)
    notices.create_schema()
    home = example_home(1883, citizens=["anna", "bent"])
    holds: list[str] = []

    def held(name: str) -> None:
        holds.append(name)
        tell_pin_hold(notices, home, {"anna": "mette"}.get)

    guard = one.guard("eksempel", held)
    for _ in range(3):
        guard.failed()
    assert holds == []  # a stop of a quarter of an hour tells nobody
    clock.current += timedelta(minutes=16)
    for _ in range(3):
        guard.failed()
    assert holds == ["eksempel"]
    clock.current += timedelta(minutes=16)
    guard.failed()  # still held (a caller that skips locked()): not told again
    assert holds == ["eksempel"]
    pending = notices.claim_pending(timedelta(seconds=30))
    assert sorted((n.citizen_id, n.contact, n.kinds) for n in pending) == [
        ("anna", "mette", ("pin_hold",)),
        ("bent", None, ("pin_hold",)),
    ]
    text = emergency_text("Anna", pending[0])
    assert "Dørkoden hos Anna" in text and "personalet" in text
    assert "Nødsituation" not in text and "1-1-2" not in text
    notices.dispose()


def test_a_notice_that_cannot_be_kept_does_not_undo_the_hold(
    tmp_path: Path, clock: ManualClock
) -> None:
    one, _ = stores(tmp_path, clock)

    def broken(name: str) -> None:
        raise RuntimeError("the safety database is gone")

    guard = one.guard("eksempel", broken)
    for _ in range(3):
        guard.failed()
    clock.current += timedelta(minutes=16)
    for _ in range(3):
        guard.failed()
    assert guard.locked()
