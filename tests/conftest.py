from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sanic import Sanic

from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.knowledge.model import KnowledgeBase
from tests.servers import (  # noqa: F401 (fixtures: one running assistant per session)
    emergency_hook,
    home_broker,
    home_devices,
    homes_dir,
    pin_home_devices,
    plan_db,
    reminders_db,
    safety_db,
    servers,
)
from tests.support import pg_schema_url

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def pytest_configure(config: pytest.Config) -> None:
    # Sanic 21.12 rewrites some of its own methods when an app starts; a second app in
    # one process then fails (KeyError: 'read') unless test_mode keeps the originals, as
    # sanic-testing does. Set once, before any test starts an app.
    Sanic.test_mode = True


@pytest.fixture
def fixture_kb_dir(tmp_path: Path) -> Path:
    """The small fixture knowledge base, validated by the real schema."""
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURES / "knowledge", target)
    shutil.copy(ROOT / "data" / "knowledge" / "schema.json", target / "schema.json")
    return target


@pytest.fixture
def fixture_kb(fixture_kb_dir: Path) -> KnowledgeBase:
    return load(fixture_kb_dir)


@pytest.fixture
def answerer(fixture_kb: KnowledgeBase) -> Answerer:
    return Answerer(fixture_kb)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store's database, once as a SQLite file and once as a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
    else:
        yield from pg_schema_url("store")
