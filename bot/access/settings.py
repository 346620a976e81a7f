"""Access settings, built once from the environment at an entry point and passed in."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.access.audit import AccessLog
from bot.access.policy import Access
from bot.access.roster import Roster
from bot.core.clock import Clock, SystemClock
from bot.settings import PROJECT_ROOT

DEFAULT_DB = f"sqlite:///{PROJECT_ROOT / 'var' / 'access.db'}"


@dataclass(frozen=True)
class AccessSettings:
    roster: Path | None  # VELFAERD_ROSTER; unset: one home, no staff (see Access)
    db_url: str  # the access log's database

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> AccessSettings:
        env = os.environ if env is None else env
        roster = env.get("VELFAERD_ROSTER", "").strip()
        return cls(
            roster=Path(roster) if roster else None,
            db_url=env.get("VELFAERD_ACCESS_DB", "").strip() or DEFAULT_DB,
        )

    def build(self, clock: Clock) -> tuple[Access, AccessLog | None]:
        """The Access rules and their log (schema made); RosterError if the file is bad.

        Without a roster there is no staff member, so nothing to log and no log.
        """
        if self.roster is None:
            return Access(Roster(), None, strict=False), None
        log = AccessLog(self.db_url, clock)
        log.create_schema()
        return Access(Roster.load(self.roster), log, strict=True), log


@lru_cache(maxsize=1)
def environment_access() -> Access:
    """The environment's rules, read once per process on first use and shared by its
    channels (and, in the action server, its actions): one roster read, one log engine.
    """
    rules, _log = AccessSettings.from_env().build(SystemClock())
    return rules
