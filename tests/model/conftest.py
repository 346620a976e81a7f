from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bot.app.serve import rasa_cli

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "velfaerd.tar.gz"


@pytest.fixture(scope="session")
def model() -> Path:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train` (make test does it)")
    return MODEL


def rasa(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the Rasa CLI from the project root and return its output."""
    return rasa_cli(*args, cwd=ROOT)
