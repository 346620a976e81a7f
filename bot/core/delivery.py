"""Handing a due dose or plan alert to Rasa, which says it to the citizen on their channel.

The worker does not phrase the reminder itself: it triggers the intent
`EXTERNAL_dose_due` in the citizen's conversation with the dose's id as the `dose_id`
entity, and a rule runs `action_announce_reminder`, which looks the dose up in the
store, works out how late it is and says it on the citizen's latest channel.

An alert before a plan item goes the same way with its sentence ready-made:
`EXTERNAL_plan_alert` with the `plan_alert` entity, the JSON string {"item_id": 12,
"start": "<ISO 8601>", "text": "..."} (plan_alert_value), which
`action_announce_plan_item` says.

One request each, so nothing can come between the id and the action: Rasa's lock
store orders the requests of one conversation, also from several workers at once.

Each request carries a delivery key, the same for every try of one claim of one dose
("dose:<id>:<attempt>"; a repeat after the repeat interval is the next attempt) or of
one plan alert ("plan:<item>:<start>"). The channel keeps the key with the triggered
event in the conversation (saved in one go with what was said) and answers a key it
has kept already with 200 without saying anything again: a worker that timed out or
lost the answer (a Rasa process killed, a slow machine) may try again, never twice.

The request goes to our own channel in the Rasa server
(bot/channels/delivery.py, POST /webhooks/velfaerd_delivery/webhook with
`Authorization: Bearer <VELFAERD_DELIVERY_TOKEN>`), which does what Rasa's
`trigger_intent` endpoint does, so Rasa's HTTP API can stay off. The body:

    {"citizen": "karen", "intent": "EXTERNAL_dose_due", "entities": {"dose_id": "12"},
     "key": "dose:12:1"}

`parse_delivery` is the channel's reader of it, here beside its writer.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import aiohttp

log = logging.getLogger(__name__)

INTENT = "EXTERNAL_dose_due"
ENTITY = "dose_id"
PLAN_INTENT = "EXTERNAL_plan_alert"
PLAN_ENTITY = "plan_alert"
# Each intent the worker may trigger, and its one entity.
INTENTS = {INTENT: ENTITY, PLAN_INTENT: PLAN_ENTITY}
DELIVERY_PATH = "/webhooks/velfaerd_delivery/webhook"
TOKEN_VARIABLE = "VELFAERD_DELIVERY_TOKEN"  # shared by the channel and the worker
MAX_BODY_BYTES = 16 * 1024
MAX_CITIZEN_CHARS = 128
MAX_VALUE_CHARS = 4000
MAX_KEY_CHARS = 200
# Where the channel keeps the key: the triggered UserUttered event's metadata (so in
# the tracker store's events table, with what was said, in one transaction).
KEY_METADATA = "velfaerd_delivery"


@dataclass(frozen=True)
class Delivery:
    citizen: str
    intent: str
    value: str  # the intent's one entity (INTENTS)
    key: str | None = None  # the same for every try of one delivery (said once)

    @property
    def entity(self) -> str:
        return INTENTS[self.intent]

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "citizen": self.citizen,
            "intent": self.intent,
            "entities": {self.entity: self.value},
        }
        if self.key is not None:
            body["key"] = self.key
        return body


def parse_delivery(raw: bytes) -> Delivery | str:
    """The delivery in a request body, or why it is refused (for a 400)."""
    if len(raw) > MAX_BODY_BYTES:
        return "body too large"
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        return "body is not JSON"
    if not isinstance(body, dict):
        return "body must be a JSON object"
    citizen, intent, entities = body.get("citizen"), body.get("intent"), body.get("entities")
    if not isinstance(citizen, str) or not 0 < len(citizen) <= MAX_CITIZEN_CHARS:
        return "citizen must be a non-empty string"
    if not isinstance(intent, str) or intent not in INTENTS:  # a list is no key (a 500)
        return f"intent must be one of {', '.join(sorted(INTENTS))}"
    if not isinstance(entities, dict) or set(entities) != {INTENTS[intent]}:
        return f"entities must hold exactly {INTENTS[intent]}"
    value = entities[INTENTS[intent]]
    if not isinstance(value, str) or not 0 < len(value) <= MAX_VALUE_CHARS:
        return "the entity's value must be a non-empty string"
    key = body.get("key")
    if key is not None and (not isinstance(key, str) or not 0 < len(key) <= MAX_KEY_CHARS):
        return "key must be a non-empty string"
    return Delivery(citizen, intent, value, key)


def dose_key(dose_id: int, attempt: int) -> str:
    """One claim of one dose: a try after a failed or unanswered request has the same
    key (release() gives the claim's attempt back), a repeat the next attempt."""
    return f"dose:{dose_id}:{attempt}"


def plan_key(item_id: int, start: datetime) -> str:
    return f"plan:{item_id}:{start.isoformat()}"


class DueDose(Protocol):
    """What delivery needs of a due dose (bot.reminders.model.Dose)."""

    @property
    def id(self) -> int: ...

    @property
    def citizen_id(self) -> str: ...


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
    """POST to the delivery channel of the Rasa server (DELIVERY_PATH). This also
    creates the conversation if Rasa has lost it (with its tracker store in memory, a
    restart forgets every conversation)."""

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

    @property
    def url(self) -> str:
        return self.rasa_url + DELIVERY_PATH

    async def _trigger(self, delivery: Delivery, what: str) -> bool:
        """Trigger the intent with its one entity in the citizen's conversation."""
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        try:
            async with self._session.post(
                self.url, json=delivery.body(), headers=headers, timeout=self._timeout
            ) as resp:
                if 200 <= resp.status < 300:
                    return True
                log.warning("rasa refused %s status=%d", what, resp.status)
                return False
        except (aiohttp.ClientError, asyncio.TimeoutError) as err:
            log.warning("rasa unreachable %s: %r", what, err)
            return False

    async def deliver(
        self, dose: DueDose, reminder: object, late_by: timedelta, attempt: int
    ) -> bool:
        delivery = Delivery(dose.citizen_id, INTENT, str(dose.id), dose_key(dose.id, attempt))
        return await self._trigger(delivery, f"dose={dose.id} attempt={attempt}")

    async def deliver_plan_alert(
        self, citizen_id: str, item_id: int, start: datetime, text: str
    ) -> bool:
        value = plan_alert_value(item_id, start, text)
        delivery = Delivery(citizen_id, PLAN_INTENT, value, plan_key(item_id, start))
        return await self._trigger(delivery, f"plan_item={item_id} start={start.isoformat()}")
