"""100 simulated citizens, 20 turns each, over REST: the embedded and production profiles,
production with one Rasa and one action server process and with two of each (its
default, sharing one address).

Each citizen is a thread that says its 20 sentences one after the other, each after
the answer to the one before, as a person does; all 100 at once. Counted: errors (any
status but 200, or no answer), p50/p95 turn latency and turns per second. In the
production profile every citizen's turns are then read back from Rasa's events table:
all 20, in the order they were said (none lost, none reordered). The rate limit is off
here: this measures how much the assistant can take, not the limit.

    python -m bench.load [--citizens 100] [--turns 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import sqlalchemy as sa

from bench.record import record
from bot.app.serve import Servers
from bot.settings import PROJECT_ROOT
from testkit.faults import SENTENCES
from testkit.support import drop_database, free_port, fresh_database

MODEL = PROJECT_ROOT / "models" / "velfaerd.tar.gz"


def turn(url: str, sender: str, text: str) -> tuple[float, bool]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            ok = r.status == 200 and bool(json.loads(r.read()))
    except (urllib.error.URLError, TimeoutError, ValueError):
        ok = False
    return (time.perf_counter() - started) * 1000, ok


def citizen(url: str, sender: str, turns: int) -> list[tuple[float, bool, str]]:
    said = []
    for n in range(turns):
        text = SENTENCES[n % len(SENTENCES)]
        ms, ok = turn(url, sender, text)
        said.append((ms, ok, text))
    return said


def run(env: dict[str, str], citizens: int, turns: int) -> dict[str, Any]:
    servers = Servers(
        MODEL,
        port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        log_dir=PROJECT_ROOT / "var" / "log" / "bench-load",
        env={"VELFAERD_RATE_PER_MINUTE": "0", **env},
    )
    with servers:
        servers.wait_ready()
        turn(servers.webhook, "warm-up", "hej")
        started = time.perf_counter()
        with ThreadPoolExecutor(citizens) as pool:
            senders = [f"load-{i:03d}" for i in range(citizens)]
            results = list(pool.map(lambda s: citizen(servers.webhook, s, turns), senders))
        seconds = time.perf_counter() - started
    times = sorted(ms for said in results for ms, _, _ in said)
    errors = sum(1 for said in results for _, ok, _ in said if not ok)
    return {
        "turns": len(times),
        "errors": errors,
        "turns_per_s": round(len(times) / seconds, 1),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
        "senders": senders,
        "said": {s: [t for _, _, t in r] for s, r in zip(senders, results, strict=True)},
    }


def kept_in_order(database: str, said: dict[str, list[str]]) -> tuple[int, int]:
    """(citizens whose turns are all kept in order, citizens with a turn lost or moved)."""
    engine = sa.create_engine(database)
    good = bad = 0
    with engine.connect() as conn:
        for sender, texts in said.items():
            rows = conn.execute(
                sa.text(
                    "SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' "
                    "ORDER BY id"
                ),
                {"s": sender},
            )
            kept = [json.loads(r.data).get("text") for r in rows]
            good, bad = (good + 1, bad) if kept == texts else (good, bad + 1)
    engine.dispose()
    return good, bad


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--citizens", type=int, default=100)
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args(argv)
    rows = []
    embedded = run({}, args.citizens, args.turns)
    rows.append({"profile": "embedded (SQLite, memory tracker)", **_row(embedded)})
    for processes in (1, 2):
        database = fresh_database("load")
        try:
            env = {
                "VELFAERD_PROFILE": "production",
                "VELFAERD_DATABASE_URL": database,
                "VELFAERD_REDIS_URL": "redis://127.0.0.1:6379/6",
                "VELFAERD_RASA_PROCESSES": str(processes),
                "VELFAERD_ACTION_PROCESSES": str(processes),
            }
            production = run(env, args.citizens, args.turns)
            good, bad = kept_in_order(database, production["said"])
        finally:
            drop_database(database)
        rows.append(
            {
                "profile": f"production (PostgreSQL, Redis locks), {processes} Rasa "
                f"+ {processes} action server process{'es' if processes > 1 else ''}",
                **_row(production),
                "kept in order": f"{good} of {good + bad} citizens",
            }
        )
    rows[0]["kept in order"] = "(in memory: not read back)"
    for row in rows:
        print(row, flush=True)
    record("load", {"citizens": args.citizens, "turns_each": args.turns, "runs": rows}, rows)


def _row(result: dict[str, Any]) -> dict[str, Any]:
    keys = ("turns", "errors", "turns_per_s", "p50_ms", "p95_ms")
    return {k: result[k] for k in keys}


if __name__ == "__main__":
    main()
