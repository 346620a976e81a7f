"""Wall screen: time to first render and page weight, in headless Chromium.

python -m bench.wall_screen [--runs 30]

Starts the real web process (python -m bot web) on a free port with a citizen whose
day has eight items, and loads the screen RUNS times, each in a fresh browser context
(nothing cached, as a tablet after a restart), then RUNS times more in one context
(CSS and JS cached, revalidated). Per load, from the browser's own timing:
DOMContentLoaded, first contentful paint, and "rendered" (the page's performance mark
after the day list is built and painted); page weight is the bytes transferred (HTML,
CSS and JS, headers included); the day's JSON, fetched on every poll, is counted too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.record import record
from bot.core.clock import SystemClock
from bot.plan.store import PlanStore
from bot.settings import PROJECT_ROOT
from bot.web.screens import ScreenLinks
from testkit.plan_example import EXAMPLE_DAY, add_example_day

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TIMING = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  const mark = performance.getEntriesByName("wall-rendered")[0];
  const resources = performance.getEntriesByType("resource");
  return {
    dcl: nav.domContentLoadedEventEnd,
    fcp: fcp ? fcp.startTime : null,
    rendered: mark ? mark.startTime : null,
    bytes: nav.transferSize + resources.reduce((n, r) => n + r.transferSize, 0),
    files: 1 + resources.length,
  };
}"""


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fill(db: str) -> str:
    """Today's eight items for one citizen, and a live link's token."""
    today = SystemClock().now().replace(hour=0, minute=0, second=0, microsecond=0)
    plan = PlanStore(db, FixedClock(today))  # so the morning's items are not "past"
    plan.create_schema()
    add_example_day(plan, "bench", today.date(), acting="bench")
    plan.dispose()
    links = ScreenLinks(db)
    links.create_schema()
    _, token = links.create("bench", acting="bench")
    links.dispose()
    return token


def wait_for(url: str, proc: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("python -m bot web exited")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median": round(statistics.median(ordered), 1),
        "p95": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 1),
        "max": round(ordered[-1], 1),
    }


def load(page: Any, url: str) -> dict[str, Any]:
    page.goto(url)
    page.wait_for_function("performance.getEntriesByName('wall-rendered').length > 0")
    timing: dict[str, Any] = page.evaluate(TIMING)
    return timing


def measure(url: str, runs: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """Cold loads (a fresh context each: new renderer, empty cache), then warm reloads."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        browser.new_page().goto(url)  # one load to warm the server, not counted
        cold = []
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            cold.append(load(context.new_page(), url))
            context.close()
        page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
        load(page, url)
        warm = [load(page, url) for _ in range(runs)]  # CSS and JS revalidated: 304
        poll = page.request.get(f"{url}/dag.json")
        poll_bytes = len(poll.body()) + sum(len(k) + len(v) + 4 for k, v in poll.headers.items())
        browser.close()
    return cold, warm, poll_bytes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.wall_screen")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    if not os.access(CHROMIUM, os.X_OK):
        raise SystemExit(f"Chromium is not installed at {CHROMIUM}: run `make chromium`")
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'plan.db'}"
        token = fill(db)
        port = free_port()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "web", "--port", str(port), "--db", db],
            cwd=PROJECT_ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(f"http://127.0.0.1:{port}/health", proc)
            cold, warm, poll_bytes = measure(f"http://127.0.0.1:{port}/skaerm/{token}", args.runs)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=20)
    results: dict[str, Any] = {"runs": args.runs, "items": len(EXAMPLE_DAY)}
    rows: list[dict[str, Any]] = []
    for kind, loads in (("cold", cold), ("warm", warm)):
        for name, key in (
            ("DOMContentLoaded", "dcl"),
            ("first contentful paint", "fcp"),
            ("day list rendered", "rendered"),
        ):
            figures = summary([x[key] for x in loads if x[key] is not None])
            results[f"{kind}_{key}_ms"] = figures
            rows.append({"measure": f"{name}, {kind} (ms)", **figures})
        results[f"{kind}_bytes"] = statistics.median(x["bytes"] for x in loads)
        rows.append(
            {
                "measure": f"bytes transferred, {kind} ({cold[0]['files']} files, headers incl.)",
                "median": results[f"{kind}_bytes"],
                "p95": "",
                "max": "",
            }
        )
    results["poll_json_bytes"] = poll_bytes
    rows.append(
        {"measure": "each poll of dag.json, bytes", "median": poll_bytes, "p95": "", "max": ""}
    )
    record("wall_screen", results, rows)


if __name__ == "__main__":
    main()
