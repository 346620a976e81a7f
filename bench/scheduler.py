"""Reminder scheduler under load: 10 000 stored reminders, 1 000 of them due in one minute.

Two runs, each on a fresh SQLite file with 10 000 reminders: the 1 000 due ones spread
over one minute, then all 1 000 in the same second. The real run_forever runs with the
real clock; the deliverer is in-process and records when each dose reached it, so the
numbers are the scheduler's and the store's share of lateness (Rasa's HTTP call adds
its own). Memory is this process's resident set with the 10 000 reminders stored.

    python -m bench.scheduler [--stored 10000] [--due 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench.record import record
from bot.core.clock import SystemClock
from bot.reminders.model import Dose, Reminder
from bot.reminders.scheduler import ReminderPolicy, Scheduler
from bot.reminders.store import ReminderStore

LEAD = timedelta(seconds=5)  # first due time after start: room to load before it


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


class RecordingDeliverer:
    def __init__(self, expected: int) -> None:
        self.lateness_ms: list[float] = []
        self.expected = expected
        self.done = asyncio.Event()

    async def deliver(
        self, dose: Dose, reminder: Reminder, late_by: timedelta, attempt: int
    ) -> bool:
        self.lateness_ms.append((time.time() - dose.due_at.timestamp()) * 1000)
        if len(self.lateness_ms) >= self.expected:
            self.done.set()
        return True


class QuietNotifier:
    async def missed(self, dose: Dose, reminder: Reminder) -> None:
        pass


def load_background(store: ReminderStore, count: int, start: datetime) -> float:
    """Reminders due on later days, added through the public API; returns adds per second."""
    began = time.perf_counter()
    for i in range(count):
        when = start + timedelta(days=1, minutes=i % 2880)
        store.add(f"citizen-{i % 2500}", f"Pille {i}", when, rrule="FREQ=DAILY")
    return count / (time.perf_counter() - began)


def load_due(store: ReminderStore, due: int, first: datetime, spread: float) -> None:
    for i in range(due):
        when = first + timedelta(seconds=spread * i / due)
        store.add(f"citizen-{i % 2500}", f"Dosis {i}", when, rrule="FREQ=DAILY")


async def run(stored: int, due: int, spread: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="velfaerd-bench-") as tmp:
        clock = SystemClock()
        store = ReminderStore(f"sqlite:///{Path(tmp) / 'reminders.db'}", clock)
        store.create_schema()
        t0 = time.perf_counter()
        adds_per_s = load_background(store, stored - due, clock.now())
        load_s = time.perf_counter() - t0
        # The due ones last, so their first due time is a fixed LEAD after loading.
        first = clock.now() + LEAD
        load_due(store, due, first, spread)
        if clock.now() > first - timedelta(seconds=1):
            raise SystemExit("adding the due reminders took too long for LEAD")
        rss_kb = status_kb("VmRSS")
        deliverer = RecordingDeliverer(due)
        scheduler = Scheduler(store, clock, deliverer, QuietNotifier(), ReminderPolicy())
        stop = asyncio.Event()
        task = asyncio.create_task(scheduler.run_forever(stop))
        timeout = (first - clock.now()).total_seconds() + spread + 30
        await asyncio.wait_for(deliverer.done.wait(), timeout=timeout)
        stop.set()
        await task
        store.dispose()
    late = sorted(deliverer.lateness_ms)
    return {
        "stored": stored,
        "due": due,
        "spread_s": spread,
        "delivered": len(late),
        "lateness_p50_ms": round(statistics.median(late), 1),
        "lateness_p99_ms": round(late[int(0.99 * (len(late) - 1))], 1),
        "lateness_max_ms": round(late[-1], 1),
        "early": sum(1 for x in late if x < 0),
        "rss_mb": round(rss_kb / 1024, 1),
        "peak_rss_mb": round(status_kb("VmHWM") / 1024, 1),
        "adds_per_s": round(adds_per_s),
        "load_s": round(load_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stored", type=int, default=10_000)
    parser.add_argument("--due", type=int, default=1_000)
    args = parser.parse_args()
    runs = {
        "one minute": asyncio.run(run(args.stored, args.due, spread=60.0)),
        "same second": asyncio.run(run(args.stored, args.due, spread=0.0)),
    }
    rows = [
        {
            "due in": name,
            "stored": r["stored"],
            "due": r["due"],
            "p50 late ms": r["lateness_p50_ms"],
            "p99 late ms": r["lateness_p99_ms"],
            "max late ms": r["lateness_max_ms"],
            "RSS MB": r["rss_mb"],
        }
        for name, r in runs.items()
    ]
    record("scheduler", {"runs": runs}, rows)


if __name__ == "__main__":
    main()
