"""The reminder worker's way into the Rasa server: a due dose or a plan alert.

POST /webhooks/velfaerd_delivery/webhook with `Authorization: Bearer <token>` and a
body bot.core.delivery.parse_delivery reads. It does what Rasa's `trigger_intent`
endpoint does (the conversation's lock, its tracker, the intent with its entity, the
answer on the citizen's latest channel), so Rasa's HTTP API can stay off: only this
one thing is reachable, and only with the token.

Said once per delivery key (bot.core.delivery): under the conversation's lock the
channel looks for the key in the conversation, and answers 200 without a word if it is
there (the worker's earlier try was kept, but its answer lost: a killed process, a
time-out on a busy machine). Otherwise the intent is triggered with the key in the
event's metadata, and only when the turn said something (the announcing action may
have failed: an action server killed, the database restarting) is the conversation
saved, the event and its key in one transaction, and then the words sent to the
citizen's channel. Nothing said or nothing kept: 503, nothing kept, nothing heard, and
the worker tries again with the same key.

The token comes from VELFAERD_DELIVERY_TOKEN; the launcher (bot/app/serve.py) makes one
for each start unless it is set. Without it the channel answers 503. Answers: 200
delivered, 400 a body it cannot read, 401 a wrong token, 404 an intent the model does
not know, 503 not ready or the conversation could not be kept (the worker tries again).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.agent import Agent
from rasa.core.channels.channel import (
    CollectingOutputChannel,
    InputChannel,
    OutputChannel,
    UserMessage,
)
from rasa.core.lock_store import LOCK_LIFETIME
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import action_failures
from bot.channels.tracker_store import TrackerStoreDown
from bot.core.delivery import KEY_METADATA as KEY
from bot.core.delivery import TOKEN_VARIABLE, Delivery, parse_delivery

log = logging.getLogger(__name__)
# A delivery ends (done or given up, its lock given back) well within the lifetime of
# its ticket in the lock store, after which another request of the conversation
# would be let in beside it.
RUN_LIMIT_S = LOCK_LIFETIME * 2 / 3


class NothingSaid(RuntimeError):
    """The triggered turn said nothing (its action failed): not kept, try again."""


class DeliveryInput(InputChannel):
    def __init__(self, token: str | None) -> None:
        self.token = token or None
        action_failures.install()  # an announcement not made fails the delivery

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
            # Shielded: a worker that stops waiting (its time-out, a slow machine) does
            # not cut the delivery short between kept and said; its next try waits
            # for this one in the conversation's lock and finds the key.
            outcome = await asyncio.shield(deliver_once(agent, request.app, delivery))
            if outcome is None:
                return response.json({"error": "not delivered; try again"}, status=503)
            return response.json({"delivered": True, **({} if outcome else {"before": True})})

        return bp


async def deliver_once(agent: Agent, app: Sanic, delivery: Delivery) -> bool | None:
    """True: said now; False: its key was kept before, nothing said again; None:
    failed (logged), and nothing kept (unless it failed after the save, in the sending
    or at RUN_LIMIT_S: then the next try finds the key, and the words are lost, until
    the dose's repeat)."""
    processor = agent.processor
    assert processor is not None

    async def locked() -> bool:
        async with agent.lock_store.lock(delivery.citizen):
            tracker = await processor.fetch_tracker_and_update_session(delivery.citizen)
            if kept_before(tracker, delivery.key):
                log.info("delivery %s was kept before: not said again", delivery.key)
                return False
            await trigger_once(agent, tracker, delivery, latest_output(app, tracker))
            return True

    try:
        return await asyncio.wait_for(locked(), RUN_LIMIT_S)
    except (Exception, TrackerStoreDown):
        log.exception("delivery to %s failed", delivery.citizen)
        return None


def kept_before(tracker: DialogueStateTracker, key: str | None) -> bool:
    """Whether a delivery with this key is in the conversation already."""
    return key is not None and any(
        isinstance(event, UserUttered) and (event.metadata or {}).get(KEY) == key
        for event in tracker.events
    )


async def trigger_once(
    agent: Agent, tracker: DialogueStateTracker, delivery: Delivery, output: OutputChannel
) -> None:
    """What Rasa's trigger_intent does (MessageProcessor.trigger_external_user_uttered),
    in the order kept, then said: the turn runs with its words collected, is saved
    only if it said something, and its words go to `output` once it is saved. Raises
    NothingSaid or the tracker store's error, having saved and sent nothing."""
    processor = agent.processor
    assert processor is not None
    event = UserUttered.create_external(
        delivery.intent,
        [{"entity": delivery.entity, "value": delivery.value}],
        tracker.get_latest_input_channel(),
    )
    if delivery.key is not None:
        event.metadata = {**(event.metadata or {}), KEY: delivery.key}
    first = len(tracker.events)
    tracker.update(event, processor.domain)
    collected = CollectingOutputChannel()
    tracker = await processor.run_action_extract_slots(collected, tracker)
    await processor._run_prediction_loop(collected, tracker)
    new = list(tracker.events)[first:]
    if not any(isinstance(e, BotUttered) for e in new):
        raise NothingSaid(f"{delivery.intent} said nothing to {delivery.citizen}")
    await processor.save_tracker(tracker)
    await processor._send_bot_messages(new, tracker, output)


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
