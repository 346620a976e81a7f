"""Conversation references: where to write to a staff member in Teams first.

Saved from each authenticated activity (ids only, never what was said) so that the
reminder worker can tell a contact person about a missed dose. SQLite by default
(var/teams.db), PostgreSQL by VELFAERD_TEAMS_DB.
"""

from __future__ import annotations

from datetime import timezone

import sqlalchemy as sa

from bot.core.db import SqlStore
from bot.teams.activity import Reference

metadata = sa.MetaData()

conversations = sa.Table(
    "teams_conversations",
    metadata,
    sa.Column("sender_id", sa.String(120), primary_key=True),  # teams-<staff id>
    sa.Column("service_url", sa.String(512), nullable=False),
    sa.Column("conversation_id", sa.String(512), nullable=False),
    sa.Column("tenant_id", sa.String(512), nullable=False),
    sa.Column("bot_id", sa.String(512), nullable=False),
    sa.Column("user_id", sa.String(512), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=False), nullable=False),  # UTC
)


class References(SqlStore):
    metadata = metadata

    def save(self, sender_id: str, ref: Reference) -> None:
        """The latest personal conversation with this person (one row each)."""
        values = {
            "service_url": ref.service_url,
            "conversation_id": ref.conversation_id,
            "tenant_id": ref.tenant_id,
            "bot_id": ref.bot_id,
            "user_id": ref.user_id,
            "updated_at": self.clock.now().astimezone(timezone.utc).replace(tzinfo=None),
        }
        with self._tx(write=True) as conn:
            done = conn.execute(
                conversations.update()
                .where(conversations.c.sender_id == sender_id)
                .values(**values)
            )
            if done.rowcount == 0:
                conn.execute(conversations.insert().values(sender_id=sender_id, **values))

    def get(self, sender_id: str) -> Reference | None:
        query = sa.select(conversations).where(conversations.c.sender_id == sender_id)
        with self._tx() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return Reference(
            row.service_url, row.conversation_id, row.tenant_id, row.bot_id, row.user_id
        )
