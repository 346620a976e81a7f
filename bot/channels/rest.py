"""REST channel at /webhooks/rest/webhook that never answers 500 to bad input.

A speaker sends its device key as `Authorization: Bearer <key>` and is then its
citizen, whatever sender id it names; without a key, and with a roster, the sender is
anonymous (bot.access.policy.Access.sender_for). A wrong key is a 401.

Rasa's RestInput calls `request.json.get(...)` and so fails with 500 on a body that
is a JSON list, null or empty, and passes numbers and lists on as text. This channel
checks the body with bot.inbound first.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import inbound
from bot.access.policy import Access, NotPermitted
from bot.access.settings import environment_access
from bot.channels import action_failures, pins, speedups
from bot.channels.tracker_store import TrackerStoreDown
from bot.ratelimit import (
    TOO_FAST,
    AddressLimiter,
    Limiter,
    address_limiter_from_env,
    limiter_from_env,
)
from bot.settings import Settings

logger = logging.getLogger(__name__)


class SafeRestInput(RestInput):
    def __init__(
        self,
        max_message_chars: int | None = None,
        access: Access | None = None,
        limiter: Limiter | None = None,
        addresses: AddressLimiter | None = None,
    ) -> None:
        self.max_message_chars = max_message_chars or Settings.from_env().max_message_chars
        # Rasa builds its input channels once, as the server starts.
        self.access = access or environment_access()
        self.limiter = limiter if limiter is not None else limiter_from_env()
        self.addresses = addresses if addresses is not None else address_limiter_from_env()
        self.pins = pins.arriving_pins_from_env()
        speedups.install()
        action_failures.install()  # a lost action fails the turn

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> SafeRestInput:
        credentials = credentials or {}
        return cls(credentials.get("max_message_chars"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("velfaerd_rest", __name__)

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            # A web page can post text/plain to another site without asking first
            # (no CORS preflight): only JSON, and never from another site's page.
            if content_type(request) != "application/json":
                return response.json({"error": NOT_JSON}, status=415)
            if foreign_origin(request):
                return response.json({"error": FOREIGN}, status=403)
            address = caller_address(request)
            outcome = inbound.check(request.body or b"", self.max_message_chars)
            if not await self.addresses.allowed(address):
                # an emergency from a busy address still gets the safety net's answer
                # (it touches no conversation); anything else is refused
                if not (
                    isinstance(outcome, inbound.Accepted)
                    and inbound.emergency_answer(outcome.text) is not None
                ):
                    return response.json({"error": TOO_FAST}, status=429)
                reply = inbound.too_fast_reply(outcome.text)
                return response.json([{"recipient_id": outcome.sender, "text": reply}])
            if isinstance(outcome, inbound.Rejected):
                return response.json({"error": outcome.error}, status=outcome.status)
            try:
                sender = self.access.sender_for(outcome.sender, device_key(request))
            except NotPermitted:
                await self.addresses.wrong_key(address)
                return response.json({"error": WRONG_KEY}, status=401)
            if not await self.limiter.allowed(sender):
                # an emergency still gets its answer first, from the safety net
                said = outcome.text if isinstance(outcome, inbound.Accepted) else ""
                return response.json(
                    [{"recipient_id": sender, "text": inbound.too_fast_reply(said)}]
                )
            if isinstance(outcome, inbound.Answered):
                return response.json([{"recipient_id": sender, "text": outcome.text}])
            text, metadata = await pins.take(
                self.pins, self.access, sender, self.name(), outcome.text, outcome.metadata
            )
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        text, collector, sender, input_channel=self.name(), metadata=metadata
                    )
                )
            except (Exception, TrackerStoreDown):  # a Danish apology, never a 500
                logger.exception("message from %s failed", sender)
                reply = inbound.failure_reply(text)
                return response.json([{"recipient_id": sender, "text": reply}])
            return response.json(collector.messages)

        return bp


WRONG_KEY = "Enhedens nøgle er ikke gyldig."
NOT_JSON = "Send beskeden som JSON (Content-Type: application/json)."
FOREIGN = "Beskeder tages kun imod fra assistentens egne sider."


def caller_address(request: Request) -> str | None:
    """The caller's address: the one a configured proxy names (Sanic's REAL_IP_HEADER
    or FORWARDED settings), else the peer's."""
    return str(request.remote_addr or request.ip or "") or None


def content_type(request: Request) -> str:
    return (request.headers.get("content-type") or "").split(";")[0].strip().lower()


def foreign_origin(request: Request) -> bool:
    """A browser's request from a page that is not this server's own: its Origin names
    another host or port ("null" too). A request without Origin (a speaker, curl) is
    not. The scheme is not compared: behind a TLS proxy Sanic sees http."""
    origin = request.headers.get("origin")
    if origin is None:
        return False
    return bool(urlsplit(origin.strip()).netloc.lower() != str(request.host or "").lower())


def device_key(request: Request) -> str | None:
    """A speaker's key from `Authorization: Bearer <key>`, if the request has one."""
    scheme, _, key = (request.headers.get("authorization") or "").strip().partition(" ")
    if not scheme:
        return None
    return key.strip() if scheme.lower() == "bearer" else ""  # another scheme: a wrong key
