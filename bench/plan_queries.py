"""Day plan query latency on SQLite: a citizen with a year of repeating items.

python -m bench.plan_queries
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.record import record
from bot.core.clock import COPENHAGEN
from bot.plan.queries import now_and_next, occurrences_between, today
from bot.plan.store import PlanStore

RUNS = 200
CITIZEN = "bench"
SERIES = [  # title, hour, minute, minutes long, rule
    ("Hjemmeplejen morgen", 7, 30, 30, "FREQ=DAILY"),
    ("Hjemmeplejen aften", 21, 0, 30, "FREQ=DAILY"),
    ("Natpleje", 2, 30, 20, "FREQ=DAILY"),
    ("Fysioterapi", 10, 0, 60, "FREQ=WEEKLY;BYDAY=MO,WE"),
    ("Rengøring", 13, 0, 120, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"),
    ("Dagcenter", 9, 0, 360, "FREQ=WEEKLY;BYDAY=TU,FR"),
    ("Bankospil", 19, 0, 120, "FREQ=MONTHLY;BYDAY=2TH"),
    ("Gåtur med naboen", 15, 0, 60, "FREQ=WEEKLY;BYDAY=SA,SU"),
]


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


def fill(store: PlanStore, first: date) -> int:
    """Eight series over a year, each with exdates and moved occurrences; returns items."""
    for title, hour, minute, length, rule in SERIES:
        start = datetime(first.year, first.month, first.day, hour, minute, tzinfo=COPENHAGEN)
        item = store.add(
            CITIZEN, title, start, start + timedelta(minutes=length), acting="bench", rrule=rule
        )
        days = [
            o.start.date()
            for o in occurrences_between([item], CITIZEN, start, start + timedelta(days=365))
        ]
        for day in days[3::9]:
            store.delete(CITIZEN, item.id, acting="bench", on=day)
        for day in sorted(set(days[5::11]) - set(days[3::9])):  # a removed one can't move
            moved = datetime.combine(day, datetime.min.time(), tzinfo=COPENHAGEN) + timedelta(
                hours=16
            )
            store.move_occurrence(CITIZEN, item.id, day, moved, acting="bench")
    return len(store.items(CITIZEN))


def timed(fn: Callable[[datetime], Any], moments: list[datetime]) -> dict[str, float]:
    took = []
    for i in range(RUNS):
        t0 = time.perf_counter()
        fn(moments[i % len(moments)])
        took.append((time.perf_counter() - t0) * 1000)
    took.sort()
    return {
        "median_ms": round(statistics.median(took), 2),
        "p95_ms": round(took[int(len(took) * 0.95) - 1], 2),
    }


def main() -> None:
    first = date(2026, 10, 1)
    clock = FixedClock(datetime(2026, 10, 1, 0, 0, tzinfo=COPENHAGEN))
    with tempfile.TemporaryDirectory() as tmp:
        store = PlanStore(f"sqlite:///{Path(tmp) / 'plan.db'}", clock)
        store.create_schema()
        items = fill(store, first)
        year = occurrences_between(store, CITIZEN, clock.now(), clock.now() + timedelta(days=365))
        # Moments spread over the year, both daylight-saving changes included.
        moments = [
            clock.now() + timedelta(days=d, hours=h) for d in range(0, 365, 7) for h in (1, 10, 22)
        ]
        results = {
            "items": items,
            "occurrences_in_year": len(year),
            "runs": RUNS,
            "today": timed(lambda now: today(store, CITIZEN, now), moments),
            "now_and_next": timed(lambda now: now_and_next(store, CITIZEN, now), moments),
            "week": timed(
                lambda now: occurrences_between(store, CITIZEN, now, now + timedelta(days=7)),
                moments,
            ),
        }
        store.dispose()
    rows = [
        {"query": name, "median ms": results[name]["median_ms"], "p95 ms": results[name]["p95_ms"]}
        for name in ("today", "now_and_next", "week")
    ]
    rows.append(
        {
            "query": f"({items} series, {len(year)} occurrences a year, SQLite)",
            "median ms": "",
            "p95 ms": "",
        }
    )
    record("plan_queries", results, rows)


if __name__ == "__main__":
    main()
