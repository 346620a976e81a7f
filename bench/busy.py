"""Hold every core busy while a command runs: the shared CI machine of issue 20.

A shared machine runs other work beside ours. To show that the tests and the
exactly-once promise do not lean on an idle machine, this starts one spinning
process per core (same priority as the command), runs the command, and records its
exit status and time in var/bench/busy-<name>.json.

    python -m bench.busy [--cores N] [--name suite] -- make test
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from bench.record import record

SPIN = "while True:\n    pass\n"


@contextmanager
def busy(cores: int | None = None) -> Iterator[list[subprocess.Popen[bytes]]]:
    """`cores` processes that spin until the block ends (default: one per core)."""
    count = cores if cores is not None else os.cpu_count() or 1
    spinners = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(count)]
    try:
        yield spinners
    finally:
        for spinner in spinners:
            spinner.kill()
        for spinner in spinners:
            spinner.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cores", type=int, default=None, help="spinners (default: cores)")
    parser.add_argument("--name", default="command", help="name of the record")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command after --")
    began = time.monotonic()
    with busy(args.cores) as spinners:
        status = subprocess.call(command)
    seconds = round(time.monotonic() - began, 1)
    row = {
        "command": " ".join(command),
        "spinning processes": len(spinners),
        "cores": os.cpu_count(),
        "exit status": status,
        "minutes": round(seconds / 60, 1),
    }
    record(f"busy-{args.name}", {"run": row}, [row])
    return status


if __name__ == "__main__":
    sys.exit(main())
