"""The production profile on the real PostgreSQL and Redis of this machine.

A fresh database for the run: Rasa keeps its conversations there and our stores their
tables, Redis holds Rasa's conversation locks, and a conversation goes on across a
restart of every process. Two Rasa processes and two action server processes share
their addresses (the profile's default), and two reminder workers run.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import AsyncExitStack, contextmanager
from datetime import datetime, timezone
from pathlib import Path

import aiohttp
import pytest
import redis
import sqlalchemy as sa

from bot.access.audit import AccessLog
from bot.app.serve import Servers
from bot.app.stores import citizen_data
from bot.core.clock import SystemClock
from bot.core.delivery import HttpDeliverer
from bot.ratelimit import TOO_FAST
from bot.web.screens import ScreenLinks
from testkit.support import all_rows, drop_database, free_port, fresh_database
from tests.integration.conftest import Chat, web_chat

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "velfaerd.tar.gz"
REDIS_URL = "redis://127.0.0.1:6379/5"
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    url = fresh_database("t")
    yield url
    drop_database(url)


@pytest.fixture(scope="module")
def production(database: str) -> Servers:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train` (make test does it)")
    env = {
        "VELFAERD_PROFILE": "production",
        "VELFAERD_DATABASE_URL": database,
        "VELFAERD_REDIS_URL": REDIS_URL,
        # One message back every 30 s: the rate-limit test's 14 messages may take a
        # minute on a busy machine and still meet the burst of 10 (not 30 a minute).
        "VELFAERD_RATE_PER_MINUTE": "2",
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
        # Rasa's HTTP API is off: the worker's deliveries take the delivery channel.
        assert http_status(production.url + f"/conversations/{sender}/tracker") == 404
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


def test_a_citizens_data_is_exported_then_deleted_from_every_table(
    production: Servers, database: str
) -> None:
    citizen = f"borger-slet-{uuid.uuid4().hex[:8]}"
    chat = Chat(production.webhook, citizen)
    with production:
        production.wait_ready()
        assert (
            "jeg minder dig" in chat.say("mind mig om at tage Panodil i morgen klokken 14").lower()
        )
        assert "?" in chat.say("skriv frisør i min kalender i overmorgen klokken 10")
        assert "skrevet" in chat.say("ja")
    env = {**production.env, "VELFAERD_TEAMS_DB": database}
    clock = SystemClock()
    links = ScreenLinks(database, clock)
    links.create(citizen, acting="staff:anne", label="Køkkenet")
    access_log = AccessLog(database, clock)
    access_log.record("staff:anne", "action_tell_plan", citizen)
    data = citizen_data(clock, env)
    try:
        exported = data.export(citizen)
        json.dumps(exported)  # all of it is JSON
        tables = exported["tabeller"]
        assert [r["text"] for r in tables["reminders"]] == ["at tage Panodil"]
        assert [r["title"] for r in tables["plan_items"]] == ["frisør"]
        assert len(tables["doses"]) == 1 and len(tables["plan_screens"]) == 1
        assert [r["actor"] for r in tables["access_log"]] == ["staff:anne"]
        said = [e.get("text") for e in exported["samtale"] if e.get("event") == "user"]
        assert said[0] == "mind mig om at tage Panodil i morgen klokken 14"
        before = all_rows(database)
        assert any(citizen in row for rows in before.values() for row in rows)
        counts = data.delete(citizen)
    finally:
        data.dispose()
        links.dispose()
    assert counts["events"] > 0 and counts["reminders"] == 1 and counts["access_log"] == 1
    after = all_rows(database)
    assert [t for t, rows in after.items() if any(citizen in r for r in rows)] == []
    # The access log keeps that Anne looked, and when, not at whom.
    [kept] = [r for r in after["access_log"] if "action_tell_plan" in r and "staff:anne" in r]
    assert "slettet-" in kept
    access_log.dispose()


async def test_a_speaker_hears_what_another_rasa_process_has_to_say(
    production: Servers,
) -> None:
    """The speaker's socket.io connection is held by one Rasa process, and alerts for it
    may arrive at the other: the processes pass them on through Redis
    (bot.production.socketio_queue). The test makes it so by pausing one process
    (SIGSTOP) while the speaker connects and the other while the alerts arrive."""
    with production:
        production.wait_ready()
        assert len(production.processes("actions")) == 3  # a master and two workers
        assert len(production.processes("reminders")) == 2
        _, holder, other = production.processes("rasa")
        async with AsyncExitStack() as stack:
            with paused(other):
                chat = web_chat(production, transports=["websocket"])
                speaker = await stack.enter_async_context(chat)
            await speaker.say("hej")
            assert "computerprogram" in await speaker.reply()
            start = datetime.now(timezone.utc)
            with paused(holder):
                async with aiohttp.ClientSession() as session:
                    rasa = HttpDeliverer(
                        production.url, session, production.delivery_token, timeout=60
                    )
                    for n in range(3):
                        text = f"Besked {n}."
                        assert await rasa.deliver_plan_alert(speaker.session, n, start, text)
            heard = [await speaker.reply() for _ in range(3)]
    assert heard == ["Besked 0.", "Besked 1.", "Besked 2."]


def test_the_rate_limit_counts_a_sender_once_across_the_rasa_processes(
    production: Servers,
) -> None:
    """Seven messages to each Rasa process (the other paused): each alone would allow
    all seven (a burst of 10), but the count is shared in Redis."""
    chat = Chat(production.webhook, f"hurtig-{uuid.uuid4().hex[:8]}")
    with production:
        production.wait_ready()
        _, first, second = production.processes("rasa")
        replies = []
        for busy in (first, second):
            with paused(busy):
                replies += [chat.say("hej") for _ in range(7)]
    assert replies.count(TOO_FAST) >= 2, replies
    assert replies[0] != TOO_FAST


@contextmanager
def paused(pid: int) -> Iterator[None]:
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def http_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as err:
        return err.code
