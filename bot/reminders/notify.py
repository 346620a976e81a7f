"""Telling a citizen's contact person that a dose was missed."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Protocol

import aiohttp

from bot.core.utc import local_iso
from bot.reminders.model import Dose, Reminder

log = logging.getLogger(__name__)


class NotifyError(RuntimeError):
    """The contact could not be told; the scheduler tries again later."""


class Notifier(Protocol):
    async def missed(self, dose: Dose, reminder: Reminder) -> None:
        """Tell the contact; raise to have the scheduler try again later."""
        ...


class LogNotifier:
    """One structured log line per missed dose; no medicine name (logs travel further)."""

    def __init__(self, logger: logging.Logger | None = None) -> None:
        self._log = logger or log

    async def missed(self, dose: Dose, reminder: Reminder) -> None:
        self._log.warning(
            "dose_missed citizen=%s reminder=%d dose=%d due=%s attempts=%d contact=%s",
            dose.citizen_id,
            reminder.id,
            dose.id,
            local_iso(dose.due_at),
            dose.attempts,
            "yes" if reminder.contact else "none",
        )


class WebhookNotifier:
    """POSTs JSON to the municipality's system (which knows how to reach the contact)."""

    def __init__(self, url: str, session: aiohttp.ClientSession, timeout: float = 10.0) -> None:
        self.url = url
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def missed(self, dose: Dose, reminder: Reminder) -> None:
        body = {
            "citizen": dose.citizen_id,
            "contact": reminder.contact,
            "reminder": reminder.text,
            "due": dose.due_at.isoformat(),
            "state": dose.state.value,
            "attempts": dose.attempts,
        }
        await post_json(self._session, self.url, body, self._timeout)


async def post_json(
    session: aiohttp.ClientSession,
    url: str,
    body: Mapping[str, object],
    timeout: aiohttp.ClientTimeout,
) -> None:
    """POST body as JSON; NotifyError unless the answer is 2xx."""
    try:
        async with session.post(url, json=body, timeout=timeout) as resp:
            if not 200 <= resp.status < 300:
                raise NotifyError(f"webhook answered {resp.status}")
    except (aiohttp.ClientError, asyncio.TimeoutError) as err:
        raise NotifyError(f"webhook failed: {err!r}") from err


class MultiNotifier:
    """Tries every notifier; raises afterwards if any failed (so the whole is retried)."""

    def __init__(self, notifiers: Sequence[Notifier]) -> None:
        self._notifiers = list(notifiers)

    async def missed(self, dose: Dose, reminder: Reminder) -> None:
        errors: list[Exception] = []
        for notifier in self._notifiers:
            try:
                await notifier.missed(dose, reminder)
            except Exception as err:  # one broken channel must not silence the others
                errors.append(err)
        if errors:
            raise NotifyError(
                f"{len(errors)} of {len(self._notifiers)} notifiers failed"
            ) from errors[0]
