"""The held-out sentences of tests/nlu, for the safety net's false-alarm count (the
held-out emergency test and bench/safety.py)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def other_heldout() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "tests" / "nlu").glob("*.yml")):
        if path.name == "test_safety.yml":  # held-out emergencies themselves
            continue
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    text = re.sub(r"\[([^\]]+)\][({][^)}]+[)}]", r"\1", line[2:])
                    sentences.append(text)
    return sentences
