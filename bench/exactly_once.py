"""Exactly once with several reminder workers: 5 000 reminders due across two minutes.

Real worker processes (python -m bot worker) on a fresh PostgreSQL database, with
two and with four workers, each time once undisturbed and once with one worker
killed (SIGKILL) halfway through the due times. A stand-in for Rasa's HTTP API
(testkit/standin/rasa.py) takes 50 ms per delivery and answers each dose at once as the
citizen would, so every dose should arrive exactly once; lateness is from the due
time to its first arrival. A dose the killed worker had claimed is delivered by
another after the claim runs out (one minute here; the repeat interval, 10 minutes
by default). testkit/standin/fleet.py has the details.

    python -m bench.exactly_once [--reminders 5000] [--spread 120] [--workers 2 4]
"""

from __future__ import annotations

import argparse

from bench.record import record
from bot.settings import PROJECT_ROOT
from testkit.standin.fleet import run
from testkit.support import drop_database, fresh_database


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reminders", type=int, default=5000)
    parser.add_argument("--spread", type=float, default=120.0, help="seconds")
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 4])
    args = parser.parse_args(argv)
    rows = []
    for workers in args.workers:
        for kill in (False, True):
            db = fresh_database("fleet")
            try:
                outcome = run(
                    db,
                    workers=workers,
                    reminders=args.reminders,
                    spread=args.spread,
                    kill=kill,
                    log_dir=PROJECT_ROOT / "var" / "log" / "bench-exactly-once",
                )
            finally:
                drop_database(db)
            row = outcome.row()
            row["final states"] = dict(outcome.states)
            print(row, flush=True)
            rows.append(row)
    record(
        "exactly_once",
        {"reminders": args.reminders, "spread_seconds": args.spread, "runs": rows},
        rows,
    )


if __name__ == "__main__":
    main()
