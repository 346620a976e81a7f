"""Turn latency over REST and memory: our assistant against the stock `rasa init` one.

Both run on this machine with the same Rasa, measured by the same client in the same
run: one sender (p50, p95), then 10 concurrent senders (turns per second, p50, p95),
each in conversations of 10 turns; then the last 20 turns of one 100-turn conversation,
because Rasa's in-memory tracker store makes a turn cost grow with the conversation.
Ours includes the action server; resident memory is summed over its processes.

    python -m bench.latency [--turns 200] [--senders 10]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from bench.record import rasa, record
from bot.app.serve import RASA_ENV, Servers
from bot.settings import PROJECT_ROOT

MODEL = PROJECT_ROOT / "models" / "velfaerd.tar.gz"
STOCK_DIR = PROJECT_ROOT / "var" / "bench" / "stock"

OURS = [
    "hej",
    "hvad er et skærmbesøg",
    "fortæl mere",
    "min mor glemmer sin medicin",
    "ja tak",
    "hvor har du det fra",
    "hvad kan du",
    "hvad er positivlisten",
    "jeg vil tale med et menneske",
    "tak for hjælpen",
]
CONVERSATION = 10  # turns in one conversation (one sender id)
LONG = 100  # turns in the one long conversation measured at its end
STOCK = [
    "hello",
    "I am sad",
    "yes",
    "great, carry on",
    "are you a bot?",
    "no",
    "good morning",
    "bye",
]


def turn(url: str, sender: str, text: str) -> float:
    body = json.dumps({"sender": sender, "message": text}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as resp:
        resp.read()
    return (time.perf_counter() - start) * 1000


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 1)


def measure(url: str, sentences: list[str], turns: int, senders: int) -> dict[str, Any]:
    """Conversations of CONVERSATION turns each (a new sender id), as people talk."""
    for i in range(20):  # warm up
        turn(url, "warmup", sentences[i % len(sentences)])

    def conversations(worker: int, count: int) -> list[float]:
        out = []
        for i in range(count):
            sender = f"w{worker}-c{i // CONVERSATION}"
            out.append(turn(url, sender, sentences[(i + worker) % len(sentences)]))
        return out

    one = conversations(0, turns)
    start = time.perf_counter()
    with ThreadPoolExecutor(senders) as pool:
        per = max(turns // senders, CONVERSATION)
        many = [
            t for ts in pool.map(lambda w: conversations(w + 1, per), range(senders)) for t in ts
        ]
    elapsed = time.perf_counter() - start
    long = [turn(url, "long", sentences[i % len(sentences)]) for i in range(LONG)]
    return {
        "one_sender": {"turns": len(one), "p50_ms": pct(one, 50), "p95_ms": pct(one, 95)},
        "concurrent": {
            "senders": senders,
            "turns": len(many),
            "turns_per_s": round(len(many) / elapsed, 1),
            "p50_ms": pct(many, 50),
            "p95_ms": pct(many, 95),
        },
        "long_conversation": {"turns": LONG, "last_20_p50_ms": pct(long[-20:], 50)},
    }


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return round(total / 1024, 1)


def stock_model() -> Path:
    models = sorted((STOCK_DIR / "models").glob("*.tar.gz")) if STOCK_DIR.exists() else []
    if not models:
        STOCK_DIR.mkdir(parents=True, exist_ok=True)
        rasa("init", "--no-prompt", "--init-dir", str(STOCK_DIR), cwd=STOCK_DIR)
        models = sorted((STOCK_DIR / "models").glob("*.tar.gz"))
    return models[-1]


def run_stock(port: int, turns: int, senders: int) -> dict[str, Any]:
    model = stock_model()
    proc = subprocess.Popen(
        [sys.executable, "-m", "rasa", "run", "--model", str(model), "--port", str(port),
         "--interface", "127.0.0.1"],
        cwd=STOCK_DIR, env={**os.environ, **RASA_ENV},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/webhooks/rest/", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("stock assistant did not start") from None
                time.sleep(0.5)
        result = measure(f"http://127.0.0.1:{port}/webhooks/rest/webhook", STOCK, turns, senders)
        result["rss_mb"] = rss_mb([proc.pid])
        return result
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--senders", type=int, default=10)
    args = parser.parse_args()

    # The assistant's own speed: one sender's 100 quick turns would meet the rate limit.
    unlimited = {"VELFAERD_RATE_PER_MINUTE": "0"}
    with Servers(MODEL, port=5105, actions_port=5155, web_port=5015, env=unlimited) as servers:
        servers.wait_ready()
        ours = measure(servers.webhook, OURS, args.turns, args.senders)
        ours["rss_mb"] = rss_mb(servers.pids())
        # where the memory is: Rasa (the model, spaCy, TensorFlow), the action server, …
        ours["rss_mb_by_process"] = {n: rss_mb([pid]) for n, pid in servers.named_pids().items()}
    stock = run_stock(5106, args.turns, args.senders)

    rows = []
    for name, r in (
        ("Velfærdsassistenten (with action server)", ours),
        ("stock `rasa init`", stock),
    ):
        rows.append(
            {
                "assistant": name,
                "1 sender p50 ms": r["one_sender"]["p50_ms"],
                "1 sender p95 ms": r["one_sender"]["p95_ms"],
                f"{args.senders} senders turns/s": r["concurrent"]["turns_per_s"],
                f"{args.senders} senders p50 ms": r["concurrent"]["p50_ms"],
                f"{args.senders} senders p95 ms": r["concurrent"]["p95_ms"],
                "turn 80-100 of one conversation p50 ms": r["long_conversation"]["last_20_p50_ms"],
                "RSS MB": r["rss_mb"],
            }
        )
    record("latency", {"ours": ours, "stock": stock, "aim": {"p50_ms": 50, "rss_mb": 1536}}, rows)


if __name__ == "__main__":
    main()
