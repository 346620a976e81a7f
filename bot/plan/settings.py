"""Day plan settings, built once from the environment at an entry point and passed in."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from bot.settings import PROJECT_ROOT

# Embedded by default, next to the reminders in var/ (never committed).
DEFAULT_DB = f"sqlite:///{PROJECT_ROOT / 'var' / 'plan.db'}"


@dataclass(frozen=True)
class PlanSettings:
    db_url: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> PlanSettings:
        env = os.environ if env is None else env
        return cls(db_url=env.get("VELFAERD_PLAN_DB", "").strip() or DEFAULT_DB)
