"""Time as an injected seam: everything time-related asks a Clock, never datetime.now()."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

# Citizens live by Danish wall time; storage converts to UTC at the boundary.
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, tz-aware."""
        ...


class SystemClock:
    """The real clock, in Europe/Copenhagen."""

    def now(self) -> datetime:
        return datetime.now(COPENHAGEN)
