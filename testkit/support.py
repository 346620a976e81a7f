"""Helpers shared by tests: a clock set by hand, and a throwaway PostgreSQL schema."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

# How long a test waits for a condition that should come soon: generous, since a
# shared 2-core CI machine may be busy with other work (issue 20). Only a failing test
# ever waits this long.
PATIENCE_S = 300.0

PG_URL = os.environ.get("VELFAERD_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


class ManualClock:
    """The Clock seam in tests: time moves only when the test says so."""

    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta


def pg_schema_url(tag: str) -> Iterator[str]:
    """A fresh PostgreSQL schema for one test, dropped afterwards; fails loudly if no server."""
    admin = sa.create_engine(PG_URL, future=True)
    schema = f"t_{tag}_{uuid.uuid4().hex[:10]}"
    try:
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError as err:
        pytest.fail(f"PostgreSQL is not reachable at {PG_URL} (set VELFAERD_TEST_PG_URL): {err}")
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield str(url.render_as_string(hide_password=False))
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


class Flaky:
    """A fake's failures on demand: the next `fail_next` calls fail, alternately by
    raising ConnectionError and by returning False (both mean: try again later)."""

    def __init__(self) -> None:
        self.fail_next = 0

    def failed(self) -> bool:
        """True: this call returns False. Raises for the other half of the failures."""
        if not self.fail_next:
            return False
        self.fail_next -= 1
        if self.fail_next % 2:
            raise ConnectionError("rasa is down")
        return True


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def serve(app: Any) -> AsyncIterator[str]:
    """A Sanic app on a free local port for the length of a test (`async for url in ...`):
    real HTTP, in the test's own event loop, with the app's listeners run."""
    port = free_port()
    srv = await app.create_server(
        host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False
    )
    # create_server() already listens; startup() then readies the app (Sanic 21.12).
    await srv.startup()
    await srv.before_start()
    await srv.after_start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await srv.before_stop()
        srv.close()
        await srv.wait_closed()
        for conn in list(srv.connections):  # as Sanic's own shutdown: idle ones go now
            conn.close_if_idle()
        for _ in range(50):
            if not srv.connections:
                break
            await asyncio.sleep(0.02)
        await srv.after_stop()


class ThreadedServer:
    """The Sanic app on a free port, served by an event loop in a thread of this process."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._ready = threading.Event()
        self._srv: Any = None

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._srv = self.loop.run_until_complete(
            self.app.create_server(
                host="127.0.0.1", port=self.port, return_asyncio_server=True, access_log=False
            )
        )
        for step in (self._srv.startup, self._srv.before_start, self._srv.after_start):
            self.loop.run_until_complete(step())
        self._ready.set()
        self.loop.run_forever()

    async def _shutdown(self) -> None:
        await self._srv.before_stop()
        self._srv.close()
        await self._srv.wait_closed()
        for conn in list(self._srv.connections):
            conn.close_if_idle()
        for _ in range(50):
            if not self._srv.connections:
                break
            await asyncio.sleep(0.02)
        for conn in list(self._srv.connections):  # a browser's kept-alive connection
            conn.abort()
        await self._srv.after_stop()

    def start(self) -> ThreadedServer:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the web app did not start")
        return self

    def stop(self) -> None:
        if self.loop.is_closed():
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


def all_rows(url: str) -> dict[str, list[str]]:
    """Every row of every table in a database, as text, by table: to search it all."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t: [str(tuple(r)) for r in conn.execute(sa.text(f'SELECT * FROM "{t}"'))]
                for t in sa.inspect(conn).get_table_names()
            }
    finally:
        engine.dispose()


def fresh_database(tag: str) -> str:
    """A new PostgreSQL database (for a whole profile: Rasa's tables and ours); fails
    loudly if no server. Drop it with drop_database."""
    from bot.app.stores import create_database

    url = make_url(PG_URL).set(database=f"velfaerd_{tag}_{uuid.uuid4().hex[:10]}")
    try:
        create_database(url)
    except sa.exc.OperationalError as err:
        pytest.fail(f"PostgreSQL is not reachable at {PG_URL} (set VELFAERD_TEST_PG_URL): {err}")
    return str(url.render_as_string(hide_password=False))


def drop_database(url: str) -> None:
    parsed = make_url(url)
    admin = sa.create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
    admin.dispose()
