"""How late something is said: "for 20 minutter siden" (reminders and plan alerts)."""

from __future__ import annotations

from datetime import timedelta

# Delivered within this of the due time counts as on time: no "for ... siden".
ON_TIME = timedelta(seconds=60)


def _minutes(n: int) -> str:
    return "et minut" if n == 1 else f"{n} minutter"


def late_note(late_by: timedelta) -> str:
    """'for 20 minutter siden', 'for en time siden', 'for halvanden time siden', ..."""
    total = max(1, round(late_by.total_seconds() / 60))
    hours, minutes = divmod(total, 60)
    if hours == 0:
        return f"for {_minutes(minutes)} siden"
    if hours == 1 and minutes == 30:
        return "for halvanden time siden"
    if minutes == 0:
        return "for en time siden" if hours == 1 else f"for {hours} timer siden"
    unit = "time" if hours == 1 else "timer"
    return f"for {hours} {unit} og {_minutes(minutes)} siden"
