"""The production profile on the real PostgreSQL and Redis of this machine.

A fresh database for the run: Rasa keeps its conversations there and our stores their
tables, Redis holds Rasa's conversation locks, and a conversation goes on across a
restart of every process.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bot.schema import create_database
from bot.serve import Servers
from tests.integration.conftest import Chat
from tests.support import PG_URL, free_port

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "velfaerd.tar.gz"
REDIS_URL = "redis://127.0.0.1:6379/5"
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    url = make_url(PG_URL).set(database=f"velfaerd_t_{uuid.uuid4().hex[:10]}")
    try:
        create_database(url)
    except sa.exc.OperationalError as err:
        pytest.fail(f"PostgreSQL is not reachable at {PG_URL} (set VELFAERD_TEST_PG_URL): {err}")
    yield str(url.render_as_string(hide_password=False))
    admin = sa.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module")
def production(database: str) -> Servers:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train` (make test does it)")
    env = {
        "VELFAERD_PROFILE": "production",
        "VELFAERD_DATABASE_URL": database,
        "VELFAERD_REDIS_URL": REDIS_URL,
    }
    return Servers(
        MODEL,
        port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        log_dir=ROOT / "var" / "log" / "production",
        env=env,
    )


def rows(database: str, query: str, **params: str) -> list[tuple[object, ...]]:
    engine = sa.create_engine(database)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(query), params)]
    finally:
        engine.dispose()


class LockWatch:
    """Redis's MONITOR on the lock store's database: the commands Rasa sends it."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._client = redis.Redis.from_url(REDIS_URL)
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        with self._client.monitor() as monitor:
            self._ready.set()
            for command in monitor.listen():
                self.seen.append(str(command.get("command", "")))
                if "stop-watching" in self.seen[-1]:
                    return

    def __enter__(self) -> LockWatch:
        self._thread.start()
        self._ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.get("stop-watching")
        self._thread.join(5)
        self._client.close()


def test_conversations_reminders_and_locks_live_in_postgresql_and_redis(
    production: Servers, database: str
) -> None:
    sender = f"prod-{uuid.uuid4().hex[:8]}"
    chat = Chat(production.webhook, sender)
    with production:
        production.wait_ready()
        with LockWatch() as locks:
            assert "hvornår" in chat.say("mind mig om at tage mine piller").lower()
    assert any(f"velfaerd:lock:{sender}" in c for c in locks.seen), locks.seen[:5]
    kept = rows(database, "SELECT type_name FROM events WHERE sender_id = :s", s=sender)
    assert ("user",) in kept and ("bot",) in kept
    # Every process stopped in the middle of the form: started again, the answer fits.
    with production:
        production.wait_ready()
        said = chat.say("i morgen klokken 14")
    assert "jeg minder dig om at tage dine piller i morgen klokken 14" in said.lower(), said
    saved = rows(database, "SELECT text FROM reminders WHERE citizen_id = :s", s=sender)
    assert saved == [("at tage dine piller",)]
