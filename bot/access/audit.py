"""The access log: every time staff read or change a citizen's data, who, what and when.

Only the fact is kept (actor, action, citizen, time), never the data that was read.
SQLite by default (var/access.db), PostgreSQL by VELFAERD_ACCESS_DB.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa

from bot.core.clock import COPENHAGEN
from bot.core.db import SqlStore

metadata = sa.MetaData()

access_log = sa.Table(
    "access_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=False), nullable=False),  # UTC
    sa.Column("actor", sa.String(120), nullable=False),  # "staff:anne"
    sa.Column("action", sa.String(80), nullable=False),  # "read_plan", "add_reminder"
    sa.Column("citizen_id", sa.String(120), nullable=False),
    sa.Index("ix_access_log_citizen", "citizen_id", "at"),
)


@dataclass(frozen=True)
class AccessEntry:
    at: datetime
    actor: str
    action: str
    citizen_id: str


class AccessLog(SqlStore):
    metadata = metadata

    def record(self, actor: str, action: str, citizen_id: str) -> None:
        at = self.clock.now().astimezone(timezone.utc).replace(tzinfo=None)
        with self._tx(write=True) as conn:
            conn.execute(
                access_log.insert().values(
                    at=at, actor=actor[:120], action=action[:80], citizen_id=citizen_id
                )
            )

    def entries(self, citizen_id: str, limit: int = 500) -> list[AccessEntry]:
        """The newest first."""
        query = (
            sa.select(access_log)
            .where(access_log.c.citizen_id == citizen_id)
            .order_by(access_log.c.at.desc(), access_log.c.id.desc())
            .limit(limit)
        )
        with self._tx() as conn:
            rows = conn.execute(query).all()
        return [
            AccessEntry(
                r.at.replace(tzinfo=timezone.utc).astimezone(COPENHAGEN),
                r.actor,
                r.action,
                r.citizen_id,
            )
            for r in rows
        ]

    def forget_citizen(self, citizen_id: str, pseudonym: str) -> dict[str, int]:
        """Keep who read or changed what and when, but not about whom: the citizen's
        id becomes the pseudonym (one per deletion, so the entries still belong together)."""
        with self._tx(write=True) as conn:
            changed = conn.execute(
                access_log.update()
                .where(access_log.c.citizen_id == citizen_id)
                .values(citizen_id=pseudonym[:120])
            )
        return {access_log.name: int(changed.rowcount or 0)}
