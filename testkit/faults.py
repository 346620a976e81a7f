"""Faults under load in the production profile, for the fault test and bench/faults.py.

The whole assistant runs as `make run-prod` runs it (bot.app.serve: two Rasa processes and
two action server processes sharing their addresses, two reminder workers) on a fresh
PostgreSQL database and Redis. Then at once:

- `citizens` simulated citizens say `turns` sentences each over REST, each after the
  answer to the one before. A request that fails (no answer, an error status, the
  Danish apology, an empty answer) is sent again, as a client would, up to
  `ATTEMPTS` times.
- `doses` reminders fall due, one citizen each, spread over `spread` seconds. A
  citizen who is reminded answers "ja" (taken), as a person would; so a dose that is
  announced twice was doubled, not repeated.
- As the turns get done (at 20, 40, 60 and 80 % of them), the faults: SIGKILL to a
  Rasa process, to an action server process and to a reminder worker (the launcher
  starts that one again), and a restart of PostgreSQL.

Read back afterwards: every citizen's turns from Rasa's events table (each said turn
there, in the order said; a retried turn may be there twice when its first answer was
lost after it was kept), and for every dose how often it was announced and its state.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bot.app.serve import Servers
from bot.core.clock import SystemClock
from bot.inbound import FAILURE_REPLY
from bot.reminders.store import ReminderStore
from testkit.support import drop_database, free_port, fresh_database

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "velfaerd.tar.gz"
ATTEMPTS = 5
RETRY_AFTER_S = 1.0
REPEAT_MINUTES = 2  # the reminders' repeat interval, and so the claim's lease
SENTENCES = [
    "hej",
    "hvad er en spiserobot",
    "min mor glemmer sin medicin",
    "hvad er klokken",
    "hvad skal jeg i dag",
    "hvad er skærmbesøg",
    "hvilke påmindelser har jeg",
    "tak",
    "er du et menneske",
    "hvad kan du",
]
FAULTS = ("kill a Rasa process", "kill an action server process", "kill a reminder worker", "restart PostgreSQL")  # fmt: skip


@dataclass
class Outcome:
    citizens: int
    turns_each: int
    doses: int
    attempts: list[tuple[float, bool]] = field(default_factory=list)  # (ms, answered)
    given_up: int = 0
    faults: list[tuple[str, float]] = field(default_factory=list)  # (fault, s into the run)
    said: dict[str, list[str]] = field(default_factory=dict)
    kept: dict[str, list[str]] = field(default_factory=dict)
    announced: Counter[str] = field(default_factory=Counter)  # dose id -> announcements
    states: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(1 for _, ok in self.attempts if not ok)

    def turns_in_order(self) -> tuple[int, int]:
        """(citizens whose every turn is kept in the order said, those with one lost
        or moved). A turn kept twice in a row (a retry whose first answer was lost)
        counts as kept once."""
        good = bad = 0
        for sender, texts in self.said.items():
            ok = once(self.kept.get(sender, [])) == texts
            good, bad = (good + 1, bad) if ok else (good, bad + 1)
        return good, bad

    def not_in_order(self) -> dict[str, dict[str, list[str]]]:
        """The citizens whose kept turns differ from what they said: both lists."""
        return {
            sender: {"said": texts, "kept": self.kept.get(sender, [])}
            for sender, texts in self.said.items()
            if once(self.kept.get(sender, [])) != texts
        }

    @property
    def kept_twice(self) -> int:
        return sum(len(k) - len(once(k)) for k in self.kept.values())

    def row(self) -> dict[str, Any]:
        times = sorted(ms for ms, ok in self.attempts if ok)
        good, bad = self.turns_in_order()
        return {
            "turns": self.citizens * self.turns_each,
            "requests": len(self.attempts),
            "failed requests": self.failed,
            "turns given up": self.given_up,
            "citizens with turns kept in order": f"{good} of {good + bad}",
            "turns kept twice (retried)": self.kept_twice,
            "p50 ms": round(statistics.median(times), 1) if times else None,
            "p95 ms": round(times[int(0.95 * (len(times) - 1))], 1) if times else None,
            "max ms": round(times[-1], 1) if times else None,
            "doses": self.doses,
            "announced once": sum(1 for n in self.announced.values() if n == 1),
            "never announced": self.doses - len(self.announced),
            "announced twice or more": sum(1 for n in self.announced.values() if n > 1),
            "dose states": dict(self.states),
            "faults at s": {name: round(at, 1) for name, at in self.faults},
            "seconds": round(self.seconds, 1),
        }


def once(items: list[str]) -> list[str]:
    """Equal neighbours once: a turn kept twice by a retry counts once (the sentences
    said one after the other all differ)."""
    return [item for i, item in enumerate(items) if i == 0 or items[i - 1] != item]


def say(url: str, sender: str, text: str, timeout: float = 120) -> tuple[float, bool]:
    """One request: (milliseconds, whether it was answered as a turn that went through)."""
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            answer = json.loads(r.read())
            ok = r.status == 200 and bool(answer)
            ok = ok and all(FAILURE_REPLY not in str(m.get("text")) for m in answer)
    except (urllib.error.URLError, ConnectionError, TimeoutError, ValueError):
        ok = False
    return (time.perf_counter() - started) * 1000, ok


class Run:
    def __init__(self, outcome: Outcome, servers: Servers) -> None:
        self.outcome = outcome
        self.servers = servers
        self.done = 0
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def turn(self, sender: str, text: str) -> bool:
        for _ in range(ATTEMPTS):
            ms, ok = say(self.servers.webhook, sender, text)
            with self.lock:
                self.outcome.attempts.append((ms, ok))
            if ok:
                return True
            time.sleep(RETRY_AFTER_S)
        with self.lock:
            self.outcome.given_up += 1
        return False

    def citizen(self, sender: str) -> None:
        for n in range(self.outcome.turns_each):
            text = SENTENCES[n % len(SENTENCES)]
            self.outcome.said[sender].append(text)
            self.turn(sender, text)
            with self.lock:
                self.done += 1

    def answer_reminders(self, database: str) -> None:
        """Each citizen who was reminded says "ja" (taken), once per announcement.

        Every announcement is read each time, not those after the last id seen: ids
        come from a sequence when a row is written, and two Rasa processes commit in
        any order, so a lower id can become visible after a higher one."""
        engine = sa.create_engine(database, pool_pre_ping=True)
        answered: set[int] = set()
        pool = ThreadPoolExecutor(8)
        while not self.stop.is_set():
            try:
                with engine.connect() as conn:
                    rows = conn.execute(
                        sa.text(
                            "SELECT id, sender_id FROM events "
                            "WHERE intent_name = 'EXTERNAL_dose_due' ORDER BY id"
                        )
                    ).all()
            except sa.exc.OperationalError:  # PostgreSQL restarting
                rows = []
            for row in rows:
                if row.id not in answered:
                    answered.add(row.id)
                    pool.submit(self.turn, row.sender_id, "ja")
            self.stop.wait(0.5)
        pool.shutdown(wait=True)
        engine.dispose()

    def supervise(self) -> None:
        """What the launcher's main loop does (bot.app.serve.main): start again what ended."""
        while not self.stop.is_set():
            self.servers.supervise()
            self.stop.wait(0.5)

    def inject(self, began: float, total: int, faults: list[Callable[[], None]]) -> None:
        for n, (name, fault) in enumerate(zip(FAULTS, faults, strict=True)):
            while self.done < total * (n + 1) / (len(faults) + 1) and not self.stop.is_set():
                time.sleep(0.1)
            if self.stop.is_set():
                return
            fault()
            self.outcome.faults.append((name, time.monotonic() - began))


def kill_one(servers: Servers, kind: str) -> None:
    pids = servers.processes(kind)
    # A Sanic master's workers are listed after it: kill a worker (a replica), not it.
    os.kill(pids[-1], signal.SIGKILL)


def restart_postgresql() -> None:
    """pg_ctlcluster (Debian's PostgreSQL) restarts this machine's cluster: fast mode,
    which ends every connection, as a failover or an upgrade does."""
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", "-m", "fast", version, "main", "restart"],
        check=True,
        capture_output=True,
        timeout=120,
    )


def run(citizens: int, turns: int, doses: int, spread: float, log_dir: Path) -> Outcome:
    database = fresh_database("faults")
    outcome = Outcome(citizens, turns, doses)
    env = {
        "VELFAERD_PROFILE": "production",
        "VELFAERD_DATABASE_URL": database,
        "VELFAERD_REDIS_URL": "redis://127.0.0.1:6379/4",
        "VELFAERD_RATE_PER_MINUTE": "0",
        "VELFAERD_REMINDER_REPEAT_MINUTES": str(REPEAT_MINUTES),
        "VELFAERD_REMINDER_MISSED_MINUTES": "60",
    }
    servers = Servers(
        MODEL,
        port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        log_dir=log_dir,
        env=env,
    )
    try:
        with servers:
            servers.wait_ready()
            say(servers.webhook, "warm-up", "hej")
            due_at = add_doses(database, doses, spread)
            began = time.monotonic()
            run = Run(outcome, servers)
            senders = [f"fejl-{i:03d}" for i in range(citizens)]
            for sender in senders:
                outcome.said[sender] = []
            faults = [
                lambda: kill_one(servers, "rasa"),
                lambda: kill_one(servers, "actions"),
                lambda: kill_one(servers, "reminders"),
                restart_postgresql,
            ]
            helpers = [
                threading.Thread(target=run.supervise, daemon=True),
                threading.Thread(target=run.answer_reminders, args=(database,), daemon=True),
                threading.Thread(
                    target=run.inject, args=(began, citizens * turns, faults), daemon=True
                ),
            ]
            for helper in helpers:
                helper.start()
            with ThreadPoolExecutor(citizens) as pool:
                list(pool.map(run.citizen, senders))
            # Every dose due and answered, or the lease (the repeat interval) run out.
            deadline = max(due_at) + REPEAT_MINUTES * 60 + 60
            while time.time() < deadline and not all_answered(database, doses):
                time.sleep(1)
            time.sleep(3)  # room for a late duplicate to show up
            run.stop.set()
            for helper in helpers:
                helper.join(60)
            outcome.seconds = time.monotonic() - began
        read_back(database, outcome)
    finally:
        drop_database(database)
    return outcome


def add_doses(database: str, doses: int, spread: float) -> list[float]:
    """`doses` reminders, one citizen each, due from 5 s from now over `spread` s."""
    clock = SystemClock()
    store = ReminderStore(database, clock)
    start = clock.now() + timedelta(seconds=5)
    step = spread / max(1, doses - 1)
    due_at = []
    for n in range(doses):
        due = start + timedelta(seconds=n * step)
        store.add(f"dosis-{n:03d}", "at tage dine piller", due)
        due_at.append(due.timestamp())
    store.dispose()
    return due_at


def all_answered(database: str, doses: int) -> bool:
    engine = sa.create_engine(database)
    try:
        with engine.connect() as conn:
            taken = conn.execute(sa.text("SELECT count(*) FROM doses WHERE state = 'taken'"))
            return int(taken.scalar_one()) >= doses
    except sa.exc.OperationalError:
        return False
    finally:
        engine.dispose()


def read_back(database: str, outcome: Outcome) -> None:
    engine = sa.create_engine(database)
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT sender_id, intent_name, data FROM events WHERE type_name = 'user' ORDER BY id"
            )
        )
        for row in rows:
            data = json.loads(row.data)
            if row.intent_name == "EXTERNAL_dose_due":
                for entity in data.get("parse_data", {}).get("entities", []):
                    if entity.get("entity") == "dose_id":
                        outcome.announced[str(entity.get("value"))] += 1
            elif row.sender_id in outcome.said:
                outcome.kept.setdefault(row.sender_id, []).append(data.get("text"))
        states = conn.execute(sa.text("SELECT state, count(*) FROM doses GROUP BY state"))
        outcome.states = Counter({str(state): int(n) for state, n in states})
    engine.dispose()
