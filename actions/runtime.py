"""What the actions share, built once on first use (never at import)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.clock import SystemClock
from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.plan.settings import PlanSettings
from bot.plan.store import PlanStore
from bot.reminders.settings import ReminderSettings
from bot.reminders.store import ReminderStore
from bot.settings import Settings


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings.from_env()


@lru_cache(maxsize=1)
def answerer() -> Answerer:
    return Answerer(load(settings().knowledge_dir))


def entity_values(tracker: Any, entity: str) -> list[str]:
    """Values of one entity in the latest message, without repeats."""
    values = [
        str(e.get("value"))
        for e in tracker.latest_message.get("entities", [])
        if e.get("entity") == entity and e.get("value")
    ]
    return list(dict.fromkeys(values))


@lru_cache(maxsize=1)
def clock() -> SystemClock:
    return SystemClock()


@lru_cache(maxsize=1)
def reminder_store() -> ReminderStore:
    """The reminder store named by the environment; its tables are made on first use."""
    store = ReminderStore(ReminderSettings.from_env().db_url, clock())
    store.create_schema()
    return store


@lru_cache(maxsize=1)
def plan_store() -> PlanStore:
    """The day plan store named by the environment; its tables are made on first use."""
    store = PlanStore(PlanSettings.from_env().db_url, clock())
    store.create_schema()
    return store
