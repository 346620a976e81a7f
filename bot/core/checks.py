"""The checks every stored input passes (reminders, plan items): one line of text
within its limit, a citizen id, an aware time. InvalidInput names the field, so an
action can pick the Danish reply; the features name it their own way
(bot.reminders.model.InvalidReminder is this class)."""

from __future__ import annotations

from datetime import datetime, timedelta

MAX_CITIZEN_CHARS = 128


# "Remind me now" computed by the action a moment before add() must not count as past.
PAST_GRACE = timedelta(seconds=60)


# Anything further ahead is a parsing mistake, not a plan.
MAX_AHEAD = timedelta(days=366 * 5)


class InvalidInput(ValueError):
    """Input we refuse to store; `field` lets an action pick the Danish reply."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def check_aware(field: str, when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise InvalidInput(field, "a time without a time zone is ambiguous; pass a tz-aware one")
    return when


def check_citizen(citizen_id: str) -> str:
    if not isinstance(citizen_id, str) or not citizen_id.strip():
        raise InvalidInput("citizen_id", "is empty")
    if len(citizen_id) > MAX_CITIZEN_CHARS:
        raise InvalidInput("citizen_id", f"is longer than {MAX_CITIZEN_CHARS} characters")
    return citizen_id


def check_text(field: str, text: str | None, limit: int, required: bool) -> str | None:
    cleaned = " ".join((text or "").split())  # one line: it is read aloud and put in CSV
    if not cleaned:
        if required:
            raise InvalidInput(field, "is empty")
        return None
    if len(cleaned) > limit:
        raise InvalidInput(field, f"is longer than {limit} characters")
    return cleaned
