"""Where the citizen's data is, and how long conversations are kept, from the environment.

    VELFAERD_CONVERSATION_RETENTION_DAYS=30   # kept conversations older than this go

Conversations are kept only in the production profile (Rasa's SQL tracker store in
VELFAERD_DATABASE_URL); the retention job deletes what is older than the period.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from bot.privacy.conversations import Conversations
from bot.production import Production
from bot.settings import int_setting

DEFAULT_RETENTION_DAYS = 30


@dataclass(frozen=True)
class PrivacySettings:
    retention: timedelta
    conversations_url: str | None  # None: Rasa keeps conversations in memory only

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> PrivacySettings:
        env = os.environ if env is None else env
        days = int_setting(
            env, "VELFAERD_CONVERSATION_RETENTION_DAYS", DEFAULT_RETENTION_DAYS, 1, 3650
        )
        production = Production.from_env(env)
        url = production.database_url if production is not None else None
        return cls(timedelta(days=days), url)

    def conversations(self) -> Conversations | None:
        return Conversations(self.conversations_url) if self.conversations_url else None
