"""Issue 20's proof tools: the spinners that hold the cores busy go away with the
block, and the repeated fault runs' summary shows a double or a lost dose in any run."""

from __future__ import annotations

from collections import Counter

from bench.busy import busy
from bench.faults import summary
from testkit.faults import Outcome


def a_run(announced: dict[str, int], taken: int, kept_in_order: bool = True) -> Outcome:
    outcome = Outcome(citizens=1, turns_each=1, doses=3)
    outcome.announced = Counter(announced)
    outcome.states = Counter({"taken": taken, "asked": 3 - taken} if taken < 3 else {"taken": 3})
    outcome.said = {"fejl-000": ["hej"]}
    outcome.kept = {"fejl-000": ["hej"] if kept_in_order else []}
    outcome.attempts = [(10.0, True)]
    return outcome


def test_spinners_run_in_the_block_and_are_gone_after_it() -> None:
    with busy(2) as spinners:
        assert len(spinners) == 2
        assert all(spinner.poll() is None for spinner in spinners)
    assert all(spinner.poll() is not None for spinner in spinners)


def test_a_clean_series_sums_to_every_dose_once() -> None:
    runs = [a_run({"a": 1, "b": 1, "c": 1}, taken=3) for _ in range(3)]
    total = summary(runs)
    assert total["runs"] == 3
    assert total["doses"] == total["announced once"] == 9
    assert total["never announced"] == total["announced twice or more"] == 0
    assert total["doses not taken"] == 0
    assert total["runs with a citizen's turns out of order"] == 0


def test_one_double_lost_or_moved_anywhere_shows_in_the_summary() -> None:
    runs = [
        a_run({"a": 1, "b": 1, "c": 1}, taken=3),
        a_run({"a": 2, "b": 1, "c": 1}, taken=3),  # a dose said twice
        a_run({"a": 1, "b": 1}, taken=2, kept_in_order=False),  # one never said, a turn lost
    ]
    total = summary(runs)
    assert total["announced twice or more"] == 1
    assert total["never announced"] == 1
    assert total["doses not taken"] == 1
    assert total["runs with a citizen's turns out of order"] == 1
