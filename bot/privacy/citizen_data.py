"""Everything kept about one citizen: exported as JSON, or deleted on request.

The stores are the ones bot.app.stores knows (reminders and doses, plan items and their
change log, alerts, wall-screen links, the access log); the conversation is Rasa's,
where it is kept (bot.privacy.conversations). Deleting removes every row that is the
citizen's; the access log keeps who read or changed what and when, with the citizen
replaced by a pseudonym ("slettet-<random>") that ties nothing to them.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from bot.core.clock import Clock
from bot.core.db import SqlStore
from bot.home.said_pin import redacted
from bot.privacy.conversations import Conversations


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


class CitizenData:
    def __init__(
        self, stores: Sequence[SqlStore], conversations: Conversations | None, clock: Clock
    ) -> None:
        self._stores = stores
        self._conversations = conversations
        self._clock = clock

    def export(self, citizen_id: str) -> dict[str, Any]:
        """Every row of the citizen's in every store, and their conversation, as JSON."""
        tables: dict[str, list[dict[str, Any]]] = {}
        for store in self._stores:
            for table, rows in store.citizen_rows(citizen_id).items():
                plain = [{k: _plain(v) for k, v in row.items()} for row in rows]
                tables.setdefault(table, []).extend(plain)
        conversation = (
            # A PIN said before it was checked on arrival (bot.home.said_pin) is not shown.
            [redacted(e) for e in self._conversations.of(citizen_id)]
            if self._conversations
            else None
        )
        return {
            "borger": citizen_id,
            "udtrukket": self._clock.now().isoformat(),
            "tabeller": tables,
            "samtale": conversation,
            "samtale_gemmes": self._conversations is not None,
        }

    def delete(self, citizen_id: str) -> dict[str, int]:
        """Delete it all (the access log: made anonymous); how many rows, by table."""
        pseudonym = f"slettet-{secrets.token_hex(6)}"
        counts: dict[str, int] = {}
        for store in self._stores:
            for table, n in store.forget_citizen(citizen_id, pseudonym).items():
                counts[table] = counts.get(table, 0) + n
        if self._conversations is not None:
            counts["events"] = self._conversations.forget(citizen_id)
            # Staff conversations that named the citizen hold their id and answers.
            counts["staff_events"] = self._conversations.forget_about(citizen_id)
        return counts

    def dispose(self) -> None:
        for store in self._stores:
            store.dispose()
        if self._conversations is not None:
            self._conversations.dispose()
