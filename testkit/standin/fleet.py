"""Several real reminder workers on one PostgreSQL database, against the Rasa stand-in.

Used by the exactly-once test (tests/integration/test_exactly_once.py) and benchmark
(bench/exactly_once.py): `reminders` doses due spread over `spread` seconds, `workers`
processes of `python -m bot worker`. The stand-in answers each dose at once as the
citizen would ("taget", written to the store), so nothing is repeated: every dose
should reach Rasa exactly once.

With `kill`, the first worker dies in the middle of deliveries: its Rasa hangs (a
second stand-in that never answers or records, as if the request never got through)
and halfway through the due times it is killed with SIGKILL while holding claims.
Those doses are delivered by another worker after the claim runs out (the repeat
interval, VELFAERD_REMINDER_REPEAT_MINUTES, here 1 minute). Before that, each of its
deliveries times out after 10 s and is released for another worker to take.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bot.core.clock import SystemClock
from bot.reminders.model import DoseState
from bot.reminders.store import ReminderStore
from testkit.standin.rasa import Call, RasaStandIn

ROOT = Path(__file__).resolve().parents[2]
LEASE = timedelta(minutes=1)  # the repeat interval: how long a claim holds


@dataclass
class Outcome:
    reminders: int
    workers: int
    killed: bool
    delivered: Counter[str] = field(default_factory=Counter)  # dose id -> deliveries
    lateness: list[float] = field(default_factory=list)  # seconds after due, first delivery
    states: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def missing(self) -> int:
        return self.reminders - len(self.delivered)

    @property
    def doubled(self) -> int:
        return sum(1 for n in self.delivered.values() if n > 1)

    def row(self) -> dict[str, Any]:
        late = sorted(self.lateness)
        pick = (lambda q: round(late[min(len(late) - 1, int(q * len(late)))], 2)) if late else None
        return {
            "workers": self.workers,
            "killed": "yes" if self.killed else "no",
            "reminders": self.reminders,
            "delivered once": sum(1 for n in self.delivered.values() if n == 1),
            "missing": self.missing,
            "twice or more": self.doubled,
            "late p50 s": pick(0.5) if pick else None,
            "late p95 s": pick(0.95) if pick else None,
            "late max s": round(late[-1], 2) if late else None,
            "late mean s": round(statistics.fmean(late), 2) if late else None,
            "taken over": sum(1 for x in late if x >= LEASE.total_seconds() - 5),
        }


def run(
    db_url: str,
    *,
    workers: int,
    reminders: int,
    spread: float,
    kill: bool,
    log_dir: Path,
    per_citizen: int = 10,
    latency: float = 0.05,
) -> Outcome:
    """Add the reminders, run the workers until every dose is delivered (or a deadline
    well after the last due time and the lease), and count what Rasa received."""
    clock = SystemClock()
    store = ReminderStore(db_url, clock)
    store.create_schema()
    outcome = Outcome(reminders, workers, kill)
    start = clock.now() + timedelta(seconds=10 + reminders / 400)  # room to add them
    step = spread / max(1, reminders - 1)
    due_at: dict[str, float] = {}
    for n in range(reminders):
        citizen = f"borger-{n // per_citizen:05d}"
        due = start + timedelta(seconds=n * step)
        reminder = store.add(citizen, "at tage dine piller", due)
        (dose,) = store.doses(citizen, reminder.id)
        due_at[str(dose.id)] = due.timestamp()

    def answer(call: Call) -> None:  # the citizen hears it and says "taget" at once
        time.sleep(latency)
        store.mark(call["sender"], int(call["entities"]["dose_id"]), DoseState.TAKEN)

    rasa = RasaStandIn(on_call=answer)
    stuck = RasaStandIn(hang=True)  # the first worker's, when it is to be killed
    log_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "VELFAERD_PLAN_DB": db_url,
        "VELFAERD_REMINDER_REPEAT_MINUTES": str(int(LEASE.total_seconds() // 60)),
        "VELFAERD_REMINDER_MISSED_MINUTES": "60",
    }
    urls = [stuck.url if kill and i == 0 else rasa.url for i in range(workers)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "worker", "--db", db_url, "--rasa-url", urls[i]],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(log_dir / f"worker-{i}.log").open("ab"),
        )
        for i in range(workers)
    ]
    began = time.monotonic()
    try:
        last_due = start.timestamp() + spread
        if kill:  # halfway through the due times, in the middle of deliveries
            time.sleep(max(0.0, start.timestamp() + spread / 2 - time.time()))
            procs[0].send_signal(signal.SIGKILL)
        deadline = last_due + LEASE.total_seconds() + 30
        while len(set(rasa.doses())) < reminders and time.time() < deadline:
            time.sleep(0.2)
        time.sleep(3)  # room for a late duplicate to show up
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        rasa.close()
        stuck.close()
    outcome.seconds = time.monotonic() - began
    first: dict[str, float] = {}
    for call in rasa.calls:
        dose_id = str(call["entities"].get("dose_id"))
        outcome.delivered[dose_id] += 1
        first.setdefault(dose_id, call["at"])
    outcome.lateness = [first[d] - due_at[d] for d in first if d in due_at]
    with store._tx() as conn:  # every dose's final state, straight from the table
        rows = conn.execute(sa.text("SELECT state, count(*) FROM doses GROUP BY state"))
        outcome.states = Counter({str(state): int(n) for state, n in rows})
    store.dispose()
    return outcome
