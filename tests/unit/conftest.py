from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.core.clock import COPENHAGEN
from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.safety.store import SafetyStore
from testkit.support import ManualClock

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def real() -> Answerer:
    """The assistant's own knowledge (data/knowledge), loaded once for every test."""
    return Answerer(load(ROOT / "data" / "knowledge"))


@pytest.fixture
def safety_clock() -> ManualClock:
    return ManualClock(datetime(2026, 12, 2, 3, 10, tzinfo=COPENHAGEN))


@pytest.fixture
def safety_store(db_url: str, safety_clock: ManualClock) -> Iterator[SafetyStore]:
    """The emergencies' store, on SQLite and on PostgreSQL (db_url)."""
    found = SafetyStore(db_url, safety_clock)
    found.create_schema()
    yield found
    found.dispose()
