"""Schema creation when every process starts at once, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import sqlalchemy as sa

from bot.core.db import SqlStore
from bot.plan.alerts import PlanAlerts
from bot.plan.store import PlanStore
from bot.reminders.store import ReminderStore
from bot.web.screens import ScreenLinks

STORES: list[type[SqlStore]] = [ReminderStore, PlanStore, ScreenLinks, PlanAlerts]


def test_every_store_made_at_the_same_moment_creates_its_tables_once(db_url: str) -> None:
    """`make run` starts the action server, the worker and the web process together."""
    stores = [kind(db_url) for kind in STORES for _ in range(3)]
    start = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def create(store: SqlStore) -> None:
        start.wait()
        try:
            store.create_schema()
        except BaseException as err:  # noqa: BLE001 - collected and reported below
            errors.append(err)

    threads = [threading.Thread(target=create, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    engine = sa.create_engine(db_url, future=True)
    tables = set(sa.inspect(engine).get_table_names())
    engine.dispose()
    for kind in STORES:
        assert set(kind.metadata.tables) <= tables
    for s in stores:
        s.dispose()
