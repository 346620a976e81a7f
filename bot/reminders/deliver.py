"""Handing a due dose or plan alert to Rasa, which says it to the citizen on their channel.

The worker does not phrase the reminder itself: it sets the conversation's `dose_id`
slot and asks Rasa to run `action_announce_reminder`, which looks the dose up in the
store, works out how late it is and says it on the citizen's latest channel.

An alert before a plan item goes the same way with its sentence ready-made: the
`plan_alert` slot gets the JSON string {"item_id": 12, "start": "<ISO 8601>", "text":
"..."} (plan_alert_value) and `action_announce_plan_item` says the text.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any, Protocol
from urllib.parse import quote

import aiohttp

from bot.reminders.model import Dose, Reminder

log = logging.getLogger(__name__)

ACTION = "action_announce_reminder"
SLOT = "dose_id"
PLAN_ACTION = "action_announce_plan_item"
PLAN_SLOT = "plan_alert"


class Deliverer(Protocol):
    async def deliver(
        self, dose: Dose, reminder: Reminder, late_by: timedelta, attempt: int
    ) -> bool:
        """True when the citizen's assistant accepted the reminder; False/raise: retry."""
        ...


class PlanAlertDeliverer(Protocol):
    async def deliver_plan_alert(
        self, citizen_id: str, item_id: int, start: datetime, text: str
    ) -> bool:
        """True when the citizen's assistant accepted the alert; False/raise: retry."""
        ...


def plan_alert_value(item_id: int, start: datetime, text: str) -> str:
    """The plan_alert slot's value: a JSON object as a string, start with its UTC offset."""
    body = {"item_id": item_id, "start": start.isoformat(), "text": text}
    return json.dumps(body, ensure_ascii=False)


class _CitizenLock:
    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0  # deliveries holding or waiting for the lock


class HttpDeliverer:
    """Rasa's HTTP API (needs `rasa run --enable-api`; token if set there), in two calls:

    1. POST /conversations/{id}/tracker/events with a `dose_id` slot event. This also
       creates the conversation if Rasa has lost it (its tracker store is in memory by
       default, so a restart forgets every conversation).
    2. POST /conversations/{id}/execute running `action_announce_reminder`, whose
       messages go to the citizen's latest output channel.

    A plan alert is the same two calls with the `plan_alert` slot and
    `action_announce_plan_item` (deliver_plan_alert).

    The scheduler delivers several doses at once, possibly two for the same citizen, and
    the plan alerts run alongside, so both calls run under a per-citizen lock shared by
    doses and alerts: no other slot event can land between one's slot event and its
    execute. A lock is dropped again as soon as no delivery holds or awaits it, so the
    dict only holds citizens with deliveries in flight.
    """

    def __init__(
        self,
        rasa_url: str,
        session: aiohttp.ClientSession,
        token: str | None = None,
        timeout: float = 10.0,
    ) -> None:
        self.rasa_url = rasa_url.rstrip("/")
        self._session = session
        self._token = token
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._locks: dict[str, _CitizenLock] = {}

    def url(self, citizen_id: str, endpoint: str) -> str:
        # The citizen id is Rasa's sender id; quote it so it stays one path segment.
        return f"{self.rasa_url}/conversations/{quote(citizen_id, safe='')}/{endpoint}"

    def _params(self, **extra: str) -> dict[str, str]:
        params = dict(extra)
        if self._token:
            params["token"] = self._token
        return params

    @asynccontextmanager
    async def _citizen(self, citizen_id: str) -> AsyncIterator[None]:
        # No await between lookup and counting, so this is race-free on one event loop.
        entry = self._locks.get(citizen_id)
        if entry is None:
            entry = self._locks[citizen_id] = _CitizenLock()
        entry.users += 1
        try:
            async with entry.lock:
                yield
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._locks[citizen_id]

    async def _post(self, what: str, url: str, params: dict[str, str], body: Any) -> bool:
        async with self._session.post(url, params=params, json=body, timeout=self._timeout) as resp:
            if 200 <= resp.status < 300:
                return True
            log.warning("rasa refused %s status=%d", what, resp.status)
            return False

    async def _announce(self, citizen: str, what: str, slot: str, value: str, action: str) -> bool:
        """Set the slot, then run the action, as one step in the citizen's conversation."""
        events = [{"event": "slot", "name": slot, "value": value}]
        try:
            async with self._citizen(citizen):
                if not await self._post(
                    f"slot {what}", self.url(citizen, "tracker/events"), self._params(), events
                ):
                    return False
                return await self._post(
                    f"execute {what}",
                    self.url(citizen, "execute"),
                    self._params(output_channel="latest"),
                    {"name": action},
                )
        except (aiohttp.ClientError, asyncio.TimeoutError) as err:
            log.warning("rasa unreachable %s: %r", what, err)
            return False

    async def deliver(
        self, dose: Dose, reminder: Reminder, late_by: timedelta, attempt: int
    ) -> bool:
        return await self._announce(dose.citizen_id, f"dose={dose.id}", SLOT, str(dose.id), ACTION)

    async def deliver_plan_alert(
        self, citizen_id: str, item_id: int, start: datetime, text: str
    ) -> bool:
        value = plan_alert_value(item_id, start, text)
        what = f"plan_item={item_id} start={start.isoformat()}"
        return await self._announce(citizen_id, what, PLAN_SLOT, value, PLAN_ACTION)
