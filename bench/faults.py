"""Faults under load in the production profile (tests/faults.py does the run).

100 citizens say 20 sentences each over REST while 200 reminders fall due, and as the
turns get done a Rasa process, an action server process and a reminder worker are
killed with SIGKILL and PostgreSQL is restarted. Recorded: failed requests (which the
simulated clients send again), turns given up, whether every citizen's turns are kept
in order, latency, and how often each dose was announced.

    python -m bench.faults [--citizens 100] [--turns 20] [--doses 200] [--spread 60]

Restarts this machine's PostgreSQL (pg_ctlcluster): run it where nothing else needs it.
"""

from __future__ import annotations

import argparse

from bench.record import record
from bot.settings import PROJECT_ROOT
from tests.faults import run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--citizens", type=int, default=100)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--doses", type=int, default=200)
    parser.add_argument("--spread", type=float, default=60.0, help="seconds")
    args = parser.parse_args(argv)
    log_dir = PROJECT_ROOT / "var" / "log" / "bench-faults"
    outcome = run(args.citizens, args.turns, args.doses, args.spread, log_dir)
    row = outcome.row()
    for key, value in row.items():
        print(f"{key}: {value}", flush=True)
    for sender, lists in outcome.not_in_order().items():
        print(f"{sender} said {lists['said']}\n{' ' * len(sender)} kept {lists['kept']}")
    settings = {"citizens": args.citizens, "turns_each": args.turns, "doses": args.doses}
    record(
        "faults",
        {**settings, "spread_s": args.spread, "run": row, "not_in_order": outcome.not_in_order()},
        [row],
    )


if __name__ == "__main__":
    main()
