"""Write a benchmark's results as JSON and a short Markdown table in var/bench/."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import time
from pathlib import Path
from typing import Any

from bot.app.serve import rasa_cli
from bot.settings import PROJECT_ROOT

OUT = PROJECT_ROOT / "var" / "bench"


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


def table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    keys = list(rows[0])
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(r.get(k, "")) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def record(name: str, results: dict[str, Any], rows: list[dict[str, Any]]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **results}, indent=2, ensure_ascii=False))
    md = f"### {name}\n\n{table(rows)}\n"
    (OUT / f"{name}.md").write_text(md)
    print(md)
    print(f"recorded in {path}")
    return path


def rasa(*args: str, cwd: Path = PROJECT_ROOT) -> subprocess.CompletedProcess[str]:
    return rasa_cli(*args, cwd=cwd, check=True)
