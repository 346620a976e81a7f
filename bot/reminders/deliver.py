"""Handing a due dose or plan alert to Rasa, which says it to the citizen on their channel.

The worker does not phrase the reminder itself: it triggers the intent
`EXTERNAL_dose_due` in the citizen's conversation with the dose's id as the `dose_id`
entity, and a rule runs `action_announce_reminder`, which looks the dose up in the
store, works out how late it is and says it on the citizen's latest channel.

An alert before a plan item goes the same way with its sentence ready-made:
`EXTERNAL_plan_alert` with the `plan_alert` entity, the JSON string {"item_id": 12,
"start": "<ISO 8601>", "text": "..."} (plan_alert_value), which
`action_announce_plan_item` says.

One request each (Rasa's documented way for external events), so nothing can come
between the id and the action: Rasa's lock store orders the requests of one
conversation, also from several workers at once.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import datetime, timedelta
from typing import Protocol
from urllib.parse import quote

import aiohttp

from bot.reminders.model import Dose, Reminder

log = logging.getLogger(__name__)

INTENT = "EXTERNAL_dose_due"
ENTITY = "dose_id"
PLAN_INTENT = "EXTERNAL_plan_alert"
PLAN_ENTITY = "plan_alert"


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
    """The plan_alert entity's value: a JSON object as a string, start with its UTC offset."""
    body = {"item_id": item_id, "start": start.isoformat(), "text": text}
    return json.dumps(body, ensure_ascii=False)


class HttpDeliverer:
    """Rasa's HTTP API (needs `rasa run --enable-api`; token if set there):
    POST /conversations/{id}/trigger_intent?output_channel=latest. This also creates
    the conversation if Rasa has lost it (with its tracker store in memory, a restart
    forgets every conversation)."""

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

    def url(self, citizen_id: str, endpoint: str) -> str:
        # The citizen id is Rasa's sender id; quote it so it stays one path segment.
        return f"{self.rasa_url}/conversations/{quote(citizen_id, safe='')}/{endpoint}"

    async def _trigger(self, citizen: str, what: str, intent: str, entity: str, value: str) -> bool:
        """Trigger the intent with its one entity in the citizen's conversation."""
        params = {"output_channel": "latest"}
        if self._token:
            params["token"] = self._token
        body = {"name": intent, "entities": {entity: value}}
        url = self.url(citizen, "trigger_intent")
        try:
            async with self._session.post(
                url, params=params, json=body, timeout=self._timeout
            ) as resp:
                if 200 <= resp.status < 300:
                    return True
                log.warning("rasa refused %s status=%d", what, resp.status)
                return False
        except (aiohttp.ClientError, asyncio.TimeoutError) as err:
            log.warning("rasa unreachable %s: %r", what, err)
            return False

    async def deliver(
        self, dose: Dose, reminder: Reminder, late_by: timedelta, attempt: int
    ) -> bool:
        return await self._trigger(dose.citizen_id, f"dose={dose.id}", INTENT, ENTITY, str(dose.id))

    async def deliver_plan_alert(
        self, citizen_id: str, item_id: int, start: datetime, text: str
    ) -> bool:
        value = plan_alert_value(item_id, start, text)
        what = f"plan_item={item_id} start={start.isoformat()}"
        return await self._trigger(citizen_id, what, PLAN_INTENT, PLAN_ENTITY, value)
