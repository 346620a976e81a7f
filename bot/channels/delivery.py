"""The reminder worker's way into the Rasa server: a due dose or a plan alert.

POST /webhooks/velfaerd_delivery/webhook with `Authorization: Bearer <token>` and a
body bot.reminders.deliver.parse_delivery reads. It does what Rasa's `trigger_intent`
endpoint does (the conversation's lock, its tracker, the intent with its entity, the
answer on the citizen's latest channel), so Rasa's HTTP API can stay off: only this
one thing is reachable, and only with the token.

The token comes from VELFAERD_DELIVERY_TOKEN; the launcher (bot/serve.py) makes one
for each start unless it is set. Without it the channel answers 503. Answers: 200
delivered, 400 a body it cannot read, 401 a wrong token, 404 an intent the model does
not know, 503 not ready or the conversation could not be kept (the worker tries again).
"""

from __future__ import annotations

import hmac
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import (
    CollectingOutputChannel,
    InputChannel,
    OutputChannel,
    UserMessage,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.tracker_store import TrackerStoreDown
from bot.reminders.deliver import TOKEN_VARIABLE, parse_delivery

log = logging.getLogger(__name__)


class DeliveryInput(InputChannel):
    def __init__(self, token: str | None) -> None:
        self.token = token or None

    @classmethod
    def name(cls) -> str:
        return "velfaerd_delivery"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> DeliveryInput:
        return cls(os.environ.get(TOKEN_VARIABLE, "").strip())

    def _authorized(self, request: Request) -> bool:
        assert self.token is not None
        given = request.headers.get("Authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {self.token}".encode())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("velfaerd_delivery", __name__)

        @bp.route("/webhook", methods=["POST"])
        async def deliver(request: Request) -> HTTPResponse:
            if self.token is None:
                return response.json({"error": f"{TOKEN_VARIABLE} is not set"}, status=503)
            if not self._authorized(request):
                return response.json({"error": "wrong token"}, status=401)
            delivery = parse_delivery(request.body or b"")
            if isinstance(delivery, str):
                return response.json({"error": delivery}, status=400)
            agent = getattr(request.app.ctx, "agent", None)
            if agent is None or not agent.is_ready():
                return response.json({"error": "the model is not loaded yet"}, status=503)
            if delivery.intent not in agent.domain.intents:
                return response.json({"error": "the model does not know it"}, status=404)
            try:
                async with agent.lock_store.lock(delivery.citizen):
                    tracker = await agent.processor.fetch_tracker_and_update_session(
                        delivery.citizen
                    )
                    output = latest_output(request.app, tracker)
                    entities = {delivery.entity: delivery.value}
                    await agent.trigger_intent(delivery.intent, entities, output, tracker)
            except (Exception, TrackerStoreDown):
                log.exception("delivery to %s failed", delivery.citizen)
                return response.json({"error": "not delivered; try again"}, status=503)
            return response.json({"delivered": True})

        return bp


def latest_output(app: Sanic, tracker: DialogueStateTracker) -> OutputChannel:
    """The output of the channel the citizen last spoke on (a speaker's socket.io
    room), as Rasa's `output_channel=latest`; else one that only collects."""
    latest = tracker.get_latest_input_channel()
    for channel in getattr(app.ctx, "input_channels", None) or []:
        if channel.name() == latest:
            output = channel.get_output_channel()
            if output is not None:
                return output
    return CollectingOutputChannel()
