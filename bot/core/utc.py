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


def local_iso(when: datetime | None) -> str:
    """'2026-10-25 08:00+01:00': ISO 8601, Copenhagen time first, the offset kept for the
    nights the clocks change (for staff's CSV and the webhook); '' for None."""
    if when is None:
        return ""
    return when.astimezone(COPENHAGEN).isoformat(sep=" ", timespec="minutes")
