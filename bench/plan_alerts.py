"""Finding due plan alerts: 10 000 citizens, each with three daily items with a reminder.

Every citizen has home care in the morning (15 minutes' notice), something at midday
(30 minutes) and care in the evening (at the start), at five-minute times spread over
those hours, daily from 5 January 2026; one in ten series has removed occurrences and
one in ten a moved one. Measured at moments spread over the year of the series (both
clock changes included):

- a pass: what the worker does every 5 seconds (find_due after a pass 5 seconds earlier);
- the busiest pass: the first after the minute with the most alerts due;
- a first pass: a worker starting, which looks back over the grace period.

Only finding is timed (SQL, loading the candidates, expanding them), not delivering.

    python -m bench.plan_alerts [--citizens 10000] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench.record import record
from bot.core.clock import COPENHAGEN
from bot.plan.alert_worker import PlanAlertPolicy, find_due
from bot.plan.alerts import PlanAlerts
from bot.plan.model import Override, make_draft
from bot.plan.store import PlanStore

FIRST = datetime(2026, 1, 5, tzinfo=COPENHAGEN)
SERIES = [  # title, first hour, hours wide, minutes' notice
    ("Hjemmeplejen morgen", 7, 3, 15),
    ("Dagcenter eller frokost", 11, 3, 30),
    ("Hjemmeplejen aften", 19, 3, 0),
]
PASS = timedelta(seconds=5)
RUNS = 200


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


def fill(store: PlanStore, citizens: int, rng: random.Random) -> Counter[tuple[int, int]]:
    """The items, added per citizen through the store; returns items per (hour, minute)."""
    times: Counter[tuple[int, int]] = Counter()
    for c in range(citizens):
        drafts = []
        for n, (title, hour, hours, notice) in enumerate(SERIES):
            start = FIRST.replace(hour=hour) + timedelta(minutes=5 * rng.randrange(hours * 12))
            exdates: list[datetime] = []
            overrides: list[Override] = []
            if (c + n) % 10 == 3:
                exdates = [start + timedelta(days=d) for d in range(3, 365, 9)]
            elif (c + n) % 10 == 7:
                day = start + timedelta(days=rng.randrange(30, 360))
                overrides = [Override(day, day + timedelta(hours=2), day + timedelta(hours=3))]
            draft = make_draft(
                FIRST - timedelta(days=1),
                title,
                start,
                start + timedelta(minutes=30),
                rrule="FREQ=DAILY",
                exdates=exdates,
                overrides=overrides,
                remind_before_minutes=notice,
            )
            drafts.append(draft)
            due = start - timedelta(minutes=notice)
            times[(due.hour, due.minute)] += 1
        store.add_drafts(f"borger-{c}", drafts, acting="bench")
    return times


def timed(fn: Callable[[datetime], int], moments: list[datetime]) -> dict[str, float]:
    took, found = [], []
    for now in moments:
        t0 = time.perf_counter()
        found.append(fn(now))
        took.append((time.perf_counter() - t0) * 1000)
    took.sort()
    return {
        "p50_ms": round(statistics.median(took), 1),
        "p99_ms": round(took[int(0.99 * (len(took) - 1))], 1),
        "max_ms": round(took[-1], 1),
        "due_mean": round(statistics.mean(found), 1),
        "due_max": max(found),
    }


def run(url: str, citizens: int) -> dict[str, Any]:
    rng = random.Random(5)
    clock = FixedClock(FIRST - timedelta(days=1))
    plans, alerts = PlanStore(url, clock), PlanAlerts(url, clock)
    plans.create_schema()
    alerts.create_schema()
    t0 = time.perf_counter()
    times = fill(plans, citizens, rng)
    load_s = time.perf_counter() - t0
    policy = PlanAlertPolicy()
    year = [FIRST + timedelta(days=rng.uniform(20, 360)) for _ in range(RUNS)]
    # Whole Copenhagen seconds, as the clock reads them (also on the two change days).
    moments = [m.replace(microsecond=0) for m in year]

    def one_pass(now: datetime) -> int:
        return len(find_due(alerts, now, now - PASS, policy))

    def first_pass(now: datetime) -> int:
        return len(find_due(alerts, now, None, policy))

    (hour, minute), busiest = times.most_common(1)[0]
    busy = [
        (m.replace(hour=hour, minute=minute, second=0) + timedelta(seconds=rng.randrange(5)))
        for m in moments[:40]
    ]
    results = {
        "citizens": citizens,
        "items": 3 * citizens,
        "load_s": round(load_s, 1),
        "pass": timed(one_pass, moments),
        "busiest_pass": {"due_at_that_minute": busiest, **timed(one_pass, busy)},
        "first_pass": timed(first_pass, moments[:50]),
    }
    plans.dispose()
    alerts.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--citizens", type=int, default=10_000)
    parser.add_argument("--db", help="a PostgreSQL URL (an empty schema); default SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="velfaerd-bench-") as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'plan.db'}"
        results = run(url, args.citizens)
    backend = "PostgreSQL" if args.db else "SQLite"
    rows = [
        {
            "pass": name,
            "p50 ms": results[key]["p50_ms"],
            "p99 ms": results[key]["p99_ms"],
            "max ms": results[key]["max_ms"],
            "alerts found (max)": results[key]["due_max"],
        }
        for name, key in (
            ("every 5 s", "pass"),
            ("busiest minute", "busiest_pass"),
            ("first after start", "first_pass"),
        )
    ]
    rows.append({"pass": f"({results['items']} daily items, {args.citizens} citizens, {backend})"})
    record("plan_alerts" if not args.db else "plan_alerts_pg", {**results, "db": backend}, rows)


if __name__ == "__main__":
    main()
