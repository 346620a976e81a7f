"""Stored times: naive UTC in the database (the same on SQLite and PostgreSQL),
aware Copenhagen time everywhere else."""

from __future__ import annotations

from datetime import datetime, timezone

from bot.core.clock import COPENHAGEN


def to_utc_naive(when: datetime) -> datetime:
    """Stored form: naive UTC, identical on SQLite and PostgreSQL."""
    return when.astimezone(timezone.utc).replace(tzinfo=None)


def from_utc_naive(when: datetime) -> datetime:
    return when.replace(tzinfo=timezone.utc).astimezone(COPENHAGEN)
