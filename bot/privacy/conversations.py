"""Rasa's kept conversations, when its tracker store is SQL (the production profile).

Rasa owns the `events` table (rasa.core.tracker_store.SQLTrackerStore: id, sender_id,
type_name, timestamp, intent_name, action_name, data); this only reads and deletes
rows in it, and never creates it. With the embedded profile the conversations live
in the Rasa server's memory only and are gone when it stops.
"""

from __future__ import annotations

import json
import warnings
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa

from bot.core.db import make_engine

EVENTS = "events"
STAFF_CITIZEN = "staff_citizen"  # the slot naming the citizen a staff member asks about


class Conversations:
    def __init__(self, url: str) -> None:
        self.url = url
        self._engine = make_engine(url)

    def _events(self, conn: sa.engine.Connection) -> sa.Table | None:
        if not sa.inspect(conn).has_table(EVENTS):
            return None  # Rasa has not started on this database yet: nothing kept
        with warnings.catch_warnings():  # the delivery key's index (bot.channels.tracker_store)
            warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
            return sa.Table(EVENTS, sa.MetaData(), autoload_with=conn)

    def of(self, sender_id: str) -> list[dict[str, Any]]:
        """The conversation's events, oldest first, as Rasa stored them."""
        with self._engine.connect() as conn:
            events = self._events(conn)
            if events is None:
                return []
            query = (
                sa.select(events.c.data)
                .where(events.c.sender_id == sender_id)
                .order_by(events.c.id)
            )
            return [json.loads(row.data) for row in conn.execute(query)]

    def forget(self, sender_id: str) -> int:
        """Delete the conversation's events; how many."""
        with self._engine.begin() as conn:
            events = self._events(conn)
            if events is None:
                return 0
            deleted = conn.execute(events.delete().where(events.c.sender_id == sender_id))
            return int(deleted.rowcount or 0)

    def about(self, citizen_id: str, slot: str = STAFF_CITIZEN) -> list[str]:
        """The other conversations that were about the citizen: staff whose
        conversation named them (the `slot`, set when a staff member asks about a
        citizen), and so holds the citizen's id and answers about their health."""
        with self._engine.connect() as conn:
            events = self._events(conn)
            if events is None:
                return []
            query = sa.select(events.c.sender_id, events.c.data).where(
                events.c.type_name == "slot", events.c.sender_id != citizen_id
            )
            found: set[str] = set()
            for row in conn.execute(query):
                try:
                    data = json.loads(row.data)
                except ValueError:
                    continue
                if data.get("name") == slot and data.get("value") == citizen_id:
                    found.add(str(row.sender_id))
            return sorted(found)

    def forget_about(self, citizen_id: str) -> int:
        """Delete every conversation `about` the citizen, whole (a staff member's
        conversation starts again); how many events."""
        senders = self.about(citizen_id)
        if not senders:
            return 0
        with self._engine.begin() as conn:
            events = self._events(conn)
            if events is None:
                return 0
            deleted = conn.execute(events.delete().where(events.c.sender_id.in_(senders)))
            return int(deleted.rowcount or 0)

    def forget_before(self, cutoff: datetime) -> int:
        """Delete every event older than `cutoff` (the retention period); how many."""
        with self._engine.begin() as conn:
            events = self._events(conn)
            if events is None:
                return 0
            limit = cutoff.astimezone(timezone.utc).timestamp()
            deleted = conn.execute(events.delete().where(events.c.timestamp < limit))
            return int(deleted.rowcount or 0)

    def dispose(self) -> None:
        self._engine.dispose()
