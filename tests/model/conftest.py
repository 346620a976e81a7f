from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.serve import QUIET_ENV

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "velfaerd.tar.gz"


@pytest.fixture(scope="session")
def model() -> Path:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train` (make test does it)")
    return MODEL


def rasa(*args: str, timeout: float = 1200) -> subprocess.CompletedProcess[str]:
    """Run the Rasa CLI from the project root and return its output."""
    return subprocess.run(
        [sys.executable, "-m", "rasa", *args],
        cwd=ROOT,
        env={**os.environ, **QUIET_ENV},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
