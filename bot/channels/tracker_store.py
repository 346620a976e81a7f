"""Rasa's SQL tracker store, made to keep every turn or fail it (the production profile).

Rasa wraps every tracker store in its FailSafeTrackerStore, which catches any error
and goes on in memory: a turn that could not be read answers as if the conversation
had just begun, and one that could not be saved is answered and then forgotten. The
fault run (testkit/faults.py) saw this when PostgreSQL restarted: turns answered with
200 and missing from the events table afterwards.

This store instead:
- checks a pooled connection before use (pool_pre_ping), so a restarted database costs
  no failed turn once it is back;
- tries again for up to `retry_seconds` while the database cannot be reached (a restart
  or a failover takes a few seconds);
- then raises TrackerStoreDown, which is deliberately not an Exception, so that it gets
  through FailSafeTrackerStore and the turn fails as a whole: our channels answer with
  the Danish "Der gik noget galt..." and the client can send it again; Rasa's HTTP API
  closes the connection, and the reminder worker delivers again later.

On PostgreSQL it also keeps a delivery key (bot.core.delivery.KEY_METADATA) once
per conversation: a unique index on the key in a triggered event's metadata, so that a
second save of the same delivery fails as a whole (the channel answers 503, and the
worker's next try finds the key and says nothing), whatever the lock store did.

Named in the endpoints file the launcher writes (bot.production.Production.endpoints).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.trackers import DialogueStateTracker

from bot.core.delivery import KEY_METADATA

log = logging.getLogger(__name__)
T = TypeVar("T")
DEFAULT_RETRY_SECONDS = 20.0
ONCE_LOCK = 0x7E1FAE6E  # the advisory lock the index is created under (bot.core.db: ...6D)
ONCE_INDEX = f"""
CREATE UNIQUE INDEX IF NOT EXISTS events_delivered_once ON events
    (sender_id, ((data::jsonb) -> 'metadata' ->> '{KEY_METADATA}'))
    WHERE type_name = 'user' AND intent_name LIKE 'EXTERNAL%'
"""


class TrackerStoreDown(BaseException):  # noqa: N818 (not an error Rasa may swallow)
    """The conversation could not be read or kept: fail the whole turn."""


class KeptSQLTrackerStore(SQLTrackerStore):
    def __init__(
        self, *args: Any, retry_seconds: float = DEFAULT_RETRY_SECONDS, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        old: sa.engine.Engine = self.engine  # type: ignore[has-type]
        url = old.url
        old.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self.retry_seconds = float(retry_seconds)
        if self.engine.dialect.name == "postgresql":
            with self.engine.begin() as conn:  # every Rasa process starts at once
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": ONCE_LOCK})
                conn.execute(sa.text(ONCE_INDEX))

    async def _kept(self, what: str, call: Callable[[], Awaitable[T]]) -> T:
        deadline = time.monotonic() + self.retry_seconds
        pause = 0.25
        while True:
            try:
                return await call()
            except (sa.exc.OperationalError, sa.exc.InterfaceError) as err:
                if time.monotonic() + pause > deadline:
                    raise TrackerStoreDown(f"{what}: the database cannot be reached") from err
                log.warning("%s: the database cannot be reached; trying again", what)
            except sa.exc.DBAPIError as err:
                if not err.connection_invalidated or time.monotonic() + pause > deadline:
                    raise TrackerStoreDown(f"{what}: {err.__class__.__name__}") from err
                log.warning("%s: the connection was lost; trying again", what)
            except Exception as err:
                raise TrackerStoreDown(f"{what}: {err.__class__.__name__}") from err
            await asyncio.sleep(pause)
            pause = min(2.0, pause * 2)

    async def keys(self) -> Iterable[str]:
        return await self._kept("keys", super().keys)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        return await self._kept("retrieve", lambda: SQLTrackerStore.retrieve(self, sender_id))

    async def retrieve_full_tracker(self, sender_id: str) -> DialogueStateTracker | None:
        full = SQLTrackerStore.retrieve_full_tracker
        return await self._kept("retrieve", lambda: full(self, sender_id))

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self._kept("save", lambda: SQLTrackerStore.save(self, tracker))
