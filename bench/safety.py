"""The safety net alone (bot/safety/detect.py) on the held-out emergency sets and on
all other held-out sentences: recall per kind, false alarms, and time per sentence.

python -m bench.safety

The whole assistant (NLU, policy, actions, in other dialogue states) is scored on the
same sets by tests/integration/test_safety_heldout.py, which `make test` runs and which
writes var/bench/safety_heldout.json. Sets A to F and H were each scored once as
written and then looked at and the patterns improved on their misses; G, I and J are
sealed (README).
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bench.record import record
from bot.safety.detect import ACUTE, HELPLINE, URGENT, detect
from testkit.heldout import other_heldout

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def recalled(kind: str, kinds: frozenset[str]) -> bool:
    if kind == "none":
        return not (kinds - {HELPLINE})  # a question about the lines is answered calmly
    if kind == URGENT:
        return bool(kinds & {URGENT, ACUTE})
    if kind == "help":
        return bool(kinds)
    return kind in kinds


def score(path: Path) -> dict[str, Any]:
    utterances = yaml.safe_load(path.read_text(encoding="utf-8"))["utterances"]
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for u in utterances:
        found = detect(u["text"])
        total[u["kind"]] += 1
        right[u["kind"]] += recalled(u["kind"], found.kinds if found else frozenset())
    kinds = [k for k in ("acute", "poisoning", "suicide", "urgent", "help") if total[k]]
    return {
        "recall": {k: f"{right[k]}/{total[k]}" for k in kinds},
        "recall_all": round(sum(right[k] for k in kinds) / sum(total[k] for k in kinds), 4),
        "hard_negative_false_alarms": f"{total['none'] - right['none']}/{total['none']}",
    }


def main() -> None:
    sets = {name: score(FIXTURES / f"safety_heldout_{name}.yml") for name in "abcdefghij"}
    others = other_heldout()
    alarms = [s for s in others if detect(s)]
    timings = []
    for s in others * 3:
        start = time.perf_counter()
        detect(s)
        timings.append(time.perf_counter() - start)
    median_us = round(statistics.median(timings) * 1e6, 1)
    p99_us = round(sorted(timings)[int(len(timings) * 0.99)] * 1e6, 1)
    rows = [
        {
            "set": f"held-out {name}",
            **s["recall"],
            "all": s["recall_all"],
            "false alarms (hard negatives)": s["hard_negative_false_alarms"],
        }
        for name, s in sets.items()
    ]
    record(
        "safety",
        {"sets": sets, "other_false_alarms": alarms, "median_us": median_us, "p99_us": p99_us},
        rows,
    )
    print(f"other held-out sentences alarmed: {len(alarms)} of {len(others)}")
    print(f"time per sentence: median {median_us} µs, p99 {p99_us} µs")


if __name__ == "__main__":
    main()
