"""Reminder worker settings, built once from the environment at the entry point."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from bot.core.delivery import TOKEN_VARIABLE
from bot.reminders.scheduler import ReminderPolicy
from bot.settings import PROJECT_ROOT, SettingsError

# Embedded by default, next to the other runtime state in var/ (never committed).
DEFAULT_DB = f"sqlite:///{PROJECT_ROOT / 'var' / 'reminders.db'}"
DEFAULT_RASA_URL = "http://127.0.0.1:5005"


def _minutes(env: Mapping[str, str], name: str, default: int, most: int) -> timedelta:
    raw = env.get(name, "").strip() or str(default)
    try:
        value = int(raw)
    except ValueError as err:
        raise SettingsError(f"{name} is not a whole number of minutes: {raw!r}") from err
    if not 1 <= value <= most:
        raise SettingsError(f"{name} must be between 1 and {most} minutes")
    return timedelta(minutes=value)


@dataclass(frozen=True)
class ReminderSettings:
    db_url: str
    rasa_url: str
    rasa_token: str | None  # the delivery channel's token (bot/channels/delivery.py)
    missed_webhook: str | None
    policy: ReminderPolicy

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ReminderSettings:
        env = os.environ if env is None else env
        repeat = _minutes(env, "VELFAERD_REMINDER_REPEAT_MINUTES", 10, 24 * 60)
        missed = _minutes(env, "VELFAERD_REMINDER_MISSED_MINUTES", 60, 24 * 60)
        late = _minutes(env, "VELFAERD_REMINDER_LATE_LIMIT_MINUTES", 120, 7 * 24 * 60)
        if repeat > missed:
            raise SettingsError("the repeat interval must not be longer than the missed window")
        return cls(
            db_url=env.get("VELFAERD_REMINDERS_DB", "").strip() or DEFAULT_DB,
            rasa_url=env.get("VELFAERD_RASA_URL", "").strip() or DEFAULT_RASA_URL,
            rasa_token=env.get(TOKEN_VARIABLE, "").strip() or None,
            missed_webhook=env.get("VELFAERD_MISSED_WEBHOOK", "").strip() or None,
            policy=ReminderPolicy(repeat_every=repeat, missed_after=missed, late_limit=late),
        )
