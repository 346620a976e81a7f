"""python -m nlu.danish_time [--now ISO] [TEXT]: one JSON line per expression.

Reads one expression per line from standard input unless TEXT is given, and writes
{"text": ..., "when": ISO 8601 with offset or null, "rrule": RRULE or null} per line.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from nlu.danish_time.resolve import CPH, parse


def aware(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value!r}") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"needs a UTC offset, e.g. +01:00: {value!r}")
    return moment


def line(text: str, now: datetime) -> str:
    result = parse(text, now)
    when = result.when.isoformat() if result.when else None
    return json.dumps({"text": text, "when": when, "rrule": result.rrule}, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlu.danish_time", description=__doc__)
    parser.add_argument("--now", type=aware, help="ISO 8601 time with offset (default: now)")
    parser.add_argument("text", nargs="?", help="one expression (default: read stdin lines)")
    args = parser.parse_args(argv)
    now = args.now or datetime.now(CPH)
    if args.text is not None:
        print(line(args.text, now))
        return 0
    for raw in sys.stdin:
        print(line(raw.rstrip("\r\n"), now), flush=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
