from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sanic import Sanic

from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.knowledge.model import KnowledgeBase
from testkit.support import pg_schema_url
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

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


# What a test needs, marked from where it lives and what it uses, so that
# `-m "not integration and not model and not services"` (make check) means what it says.
FOLDER_MARKS = {
    "integration": ("integration", "model", "services"),  # the running assistant
    "security": ("integration", "model", "services"),  # attacks on the running assistant
    "model": ("model",),  # the trained Rasa model
}
# Fixtures that start or reach a service: the running assistant, a Mosquitto broker.
SERVICE_FIXTURES = frozenset({"servers", "broker", "home_broker", "home_devices"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    tests = Path(__file__).resolve().parent
    for item in items:
        folder = item.path.relative_to(tests).parts[0]
        for mark in FOLDER_MARKS.get(folder, ()):
            item.add_marker(mark)
        names = set(getattr(item, "fixturenames", ()))
        callspec = getattr(item, "callspec", None)
        on_postgresql = callspec is not None and any(
            isinstance(v, str) and v == "postgresql" for v in callspec.params.values()
        )
        if names & SERVICE_FIXTURES or on_postgresql:
            item.add_marker("services")
        if "servers" in names:
            item.add_marker("model")


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
