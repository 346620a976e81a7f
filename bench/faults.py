"""Faults under load in the production profile (testkit/faults.py does the run).

100 citizens say 20 sentences each over REST while 200 reminders fall due, and as the
turns get done a Rasa process, an action server process and a reminder worker are
killed with SIGKILL and PostgreSQL is restarted. Recorded: failed requests (which the
simulated clients send again), turns given up, whether every citizen's turns are kept
in order, latency, and how often each dose was announced.

    python -m bench.faults [--citizens 100] [--turns 20] [--doses 200] [--spread 60]

Issue 20's proof: the fault test's size run 20 times in a row with every core held
busy by a spinning process (bench/busy.py), recorded as faults-busy:

    python -m bench.faults --citizens 20 --turns 10 --doses 20 --spread 20 --repeat 20 --busy

Restarts this machine's PostgreSQL (pg_ctlcluster): run it where nothing else needs it.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from typing import Any

from bench.busy import busy
from bench.record import record
from bot.settings import PROJECT_ROOT
from testkit.faults import Outcome, run


@contextlib.contextmanager
def pressure(on: bool) -> Iterator[None]:
    if not on:
        yield
        return
    with busy():
        yield


def summary(outcomes: list[Outcome]) -> dict[str, Any]:
    """What the repeated runs add up to: the promise is 0 never and 0 twice in every run."""
    rows = [o.row() for o in outcomes]
    return {
        "runs": len(rows),
        "doses": sum(r["doses"] for r in rows),
        "announced once": sum(r["announced once"] for r in rows),
        "never announced": sum(r["never announced"] for r in rows),
        "announced twice or more": sum(r["announced twice or more"] for r in rows),
        "runs with a citizen's turns out of order": sum(
            1 for o in outcomes if o.turns_in_order()[1]
        ),
        "turns given up": sum(r["turns given up"] for r in rows),
        "failed requests (sent again)": sum(r["failed requests"] for r in rows),
        "doses not taken": sum(r["doses"] - r["dose states"].get("taken", 0) for r in rows),
        "minutes": round(sum(r["seconds"] for r in rows) / 60, 1),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--citizens", type=int, default=100)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--doses", type=int, default=200)
    parser.add_argument("--spread", type=float, default=60.0, help="seconds")
    parser.add_argument("--repeat", type=int, default=1, help="runs in a row")
    parser.add_argument("--busy", action="store_true", help="every core held busy (issue 20)")
    args = parser.parse_args(argv)
    log_dir = PROJECT_ROOT / "var" / "log" / "bench-faults"
    settings = {"citizens": args.citizens, "turns_each": args.turns, "doses": args.doses}
    outcomes: list[Outcome] = []
    with pressure(args.busy):
        for number in range(1, args.repeat + 1):
            outcome = run(args.citizens, args.turns, args.doses, args.spread, log_dir)
            outcomes.append(outcome)
            row = outcome.row()
            print(f"run {number} of {args.repeat}:", flush=True)
            for key, value in row.items():
                print(f"  {key}: {value}", flush=True)
            for sender, lists in outcome.not_in_order().items():
                print(f"{sender} said {lists['said']}\n{' ' * len(sender)} kept {lists['kept']}")
    rows = [o.row() for o in outcomes]
    name = "faults-busy" if args.busy else "faults"
    if args.repeat == 1:
        record(
            name,
            {**settings, "spread_s": args.spread, "busy": args.busy, "run": rows[0],
             "not_in_order": outcomes[0].not_in_order()},
            rows,
        )  # fmt: skip
        return
    total = summary(outcomes)
    record(
        name,
        {**settings, "spread_s": args.spread, "busy": args.busy, "summary": total, "runs": rows},
        [total],
    )


if __name__ == "__main__":
    main()
