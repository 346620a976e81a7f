"""What every store here shares: an engine by URL, explicit schema creation, transactions.

SQLite (a file: reminders and plans must survive a restart) by default, PostgreSQL by
URL. SQLAlchemy 1.4 Core. Nothing happens at import; the schema only on create_schema().
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import QueuePool

from bot.core.clock import Clock, SystemClock


def make_engine(url: str) -> Engine:
    """An engine for url; SQLite gets WAL, a busy timeout and IMMEDIATE write transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(url, future=True, pool_pre_ping=True)
    if parsed.database in (None, "", ":memory:"):
        raise ValueError("reminders must survive a restart: give SQLite a file, not :memory:")
    # The default file lives in var/, which a fresh clone does not have yet.
    Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(
        url,
        future=True,
        poolclass=QueuePool,  # 1.4 would reopen the file (and rerun PRAGMAs) per use
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin hook below decide how transactions start.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=30000")  # other processes write too
        _use_wal(cur)  # readers never wait for the writer
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    def _on_begin(conn: Any) -> None:
        # A deferred transaction that reads and then writes fails with SQLITE_BUSY when
        # another process wrote in between; IMMEDIATE takes the write lock up front.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    sa.event.listen(engine, "connect", _on_connect)
    sa.event.listen(engine, "begin", _on_begin)
    return engine


def _use_wal(cur: Any, attempts: int = 200, pause_s: float = 0.05) -> None:
    """Put the file in WAL mode (it stays so). Switching takes the file's exclusive
    lock and SQLite answers "database is locked" at once, without waiting out the busy
    timeout, while another connection holds it: on a new file, when every process of
    `make run` opens it at the same moment (1 in 20 of those starts in a test). So:
    switch only if not yet switched, and try again for up to 10 s."""
    for attempt in range(attempts):
        if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            return
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or attempt == attempts - 1:
                raise
            time.sleep(pause_s)


# Any fixed number: the PostgreSQL advisory lock that create_schema holds.
SCHEMA_LOCK = 0x7E1FAE6D


class SqlStore:
    """Base of the stores: subclasses name their tables' `metadata`."""

    metadata: ClassVar[sa.MetaData]

    def __init__(self, url: str, clock: Clock | None = None) -> None:
        self.url = url
        self.clock: Clock = clock or SystemClock()
        self._engine = make_engine(url)

    def create_schema(self) -> None:
        """Create the tables and indexes if missing (explicit: never on import or init).

        The action server, the worker and the web process all do this as they start,
        at the same moment under `make run`: one at a time, in one transaction, so two
        never both find a table missing and both create it. SQLite's write lock does
        that; on PostgreSQL, whose DDL is transactional, an advisory lock.
        """
        with self._tx(write=True) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
            self._upgrade(conn)
            self.metadata.create_all(conn)

    def _upgrade(self, conn: Connection) -> None:
        """Bring an older database up to date before create_all (a store's own hook)."""

    def dispose(self) -> None:
        self._engine.dispose()

    # ---- what is kept about one citizen (bot.privacy: export and deletion) ---------

    def citizen_rows(self, citizen_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every row of this store's tables that is the citizen's, by table."""
        found: dict[str, list[dict[str, Any]]] = {}
        with self._tx() as conn:
            for table in self.metadata.sorted_tables:
                if "citizen_id" in table.c:
                    query = sa.select(table).where(table.c.citizen_id == citizen_id)
                    found[table.name] = [dict(r) for r in conn.execute(query).mappings()]
        return found

    def forget_citizen(self, citizen_id: str, pseudonym: str) -> dict[str, int]:
        """Delete every row of the citizen's (rows that refer to others first), in one
        transaction; how many went, by table. `pseudonym`: for stores that keep a
        record with the citizen made anonymous instead (the access log)."""
        counts: dict[str, int] = {}
        with self._tx(write=True) as conn:
            for table in reversed(self.metadata.sorted_tables):
                if "citizen_id" in table.c:
                    deleted = conn.execute(table.delete().where(table.c.citizen_id == citizen_id))
                    counts[table.name] = int(deleted.rowcount or 0)
        return counts

    @contextmanager
    def _tx(self, write: bool = False) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            conn.info["write"] = write  # read by the SQLite begin hook in make_engine
            with conn.begin():
                yield conn
