"""Microsoft Teams for care staff, at /webhooks/teams/webhook (our own Bot Framework channel).

Rasa's botframework connector is not used: it takes its token from the multi-tenant
endpoint, needs the internet at start-up, checks neither issuer nor serviceUrl, blocks
Sanic with synchronous HTTP and leaves mentions in the text (issue 6). Here:

- every request's token is checked (bot.teams.inbound_auth) before anything else; a
  failure is a bare 401 and nothing happens;
- only tenants on VELFAERD_TEAMS_ALLOWED_TENANTS get in (403);
- the sender is the staff member the roster gives the Entra object id (teams-<id>),
  else an opaque teams-x-... that reaches no citizen (bot.access);
- replies go out through the Bot Connector with a single-tenant app token
  (bot.teams.outbound), buttons as clickable messageBack buttons;
- a staff member's conversation reference is kept, so the worker can write first.

Settings (VELFAERD_TEAMS_*): bot/teams/settings.py. Off (503) until they are set.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import inbound
from bot.access.policy import Access
from bot.access.settings import environment_access
from bot.channels.tracker_store import TrackerStoreDown
from bot.core.clock import Clock, SystemClock
from bot.ratelimit import Limiter, limiter_from_env
from bot.staff import reading as staff_reading
from bot.staff import replies as staff_replies
from bot.staff.reading import without_shorthand
from bot.staff.several import requests
from bot.teams import activity as teams
from bot.teams.inbound_auth import KeySet, TokenValidator, Unauthorized
from bot.teams.outbound import AppTokenSource, ConnectorClient, OutboundError
from bot.teams.references import References
from bot.teams.settings import TeamsSettings, teams_db_url

log = logging.getLogger(__name__)

MAX_REPLIES = 10  # one turn never floods a chat
TEAMS_CHANNEL = "msteams"
PRIVATE_ONLY = (
    "Om borgere svarer jeg kun i en privat chat med dig, så andre ikke læser med. "
    "Skriv til mig privat."
)


class TeamsInput(InputChannel):
    def __init__(
        self,
        settings: TeamsSettings,
        access: Access,
        references: References | None,
        clock: Clock | None = None,
        limiter: Limiter | None = None,
    ) -> None:
        self.settings = settings
        self.access = access
        self.references = references
        self.clock = clock or SystemClock()
        self._http: tuple[aiohttp.ClientSession, TokenValidator, ConnectorClient] | None = None
        self._seen = teams.SeenActivities()
        self._asked_which = teams.AskedWhich()
        self.limiter = limiter if limiter is not None else limiter_from_env()

    @classmethod
    def name(cls) -> str:
        return "teams"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> TeamsInput:
        """Built once as Rasa starts, from the environment (credentials.yml holds no secret)."""
        clock = SystemClock()
        settings = TeamsSettings.from_env()
        access = environment_access()
        references = None
        if settings.configured:
            references = References(teams_db_url(), clock)
            references.create_schema()
        return cls(settings, access, references, clock)

    def _clients(self) -> tuple[aiohttp.ClientSession, TokenValidator, ConnectorClient]:
        # Made on first use, inside the running loop: start-up needs no network.
        if self._http is None:
            session = aiohttp.ClientSession()
            validator = TokenValidator(
                self.settings, KeySet(self.settings, session, self.clock), self.clock
            )
            connector = ConnectorClient(AppTokenSource(self.settings, session, self.clock), session)
            self._http = (session, validator, connector)
        return self._http

    async def close(self) -> None:
        if self._http is not None:
            await self._http[0].close()
            self._http = None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("velfaerd_teams", __name__)

        @bp.listener("after_server_stop")
        async def close(*_: Any) -> None:
            await self.close()

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.settings.configured else "off"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                return await self._receive(request, on_new_message)
            except (Exception, TrackerStoreDown):  # 503, never a 500 with a trace
                log.exception("teams activity failed")
                return response.json({"error": "internal"}, status=503)

        return bp

    async def _receive(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        if not self.settings.configured:
            return response.json({"error": "the Teams channel is not set up"}, status=503)
        body = request.body or b""
        if len(body) > self.settings.max_activity_bytes:
            return response.json({"error": "activity too large"}, status=413)
        try:
            raw = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raw = None
        service_url = raw.get("serviceUrl") if isinstance(raw, dict) else None
        channel_id = raw.get("channelId") if isinstance(raw, dict) else None
        _session, validator, connector = self._clients()
        try:
            # Checked first, even for a malformed body: without a valid token, only 401.
            await validator.validate(
                request.headers.get("authorization"),
                service_url if isinstance(service_url, str) else "",
                channel_id if isinstance(channel_id, str) else "",
            )
        except Unauthorized as err:
            log.warning("teams request refused: %s", err)
            return response.empty(status=401)
        try:
            incoming = teams.read(raw)
        except teams.BadActivity as err:
            return response.json({"error": str(err)}, status=400)
        if incoming.channel_id != TEAMS_CHANNEL:
            # Web Chat and Direct Line are Bot Framework channels too, whose `from` and
            # channelData the sender writes: only Teams vouches for who someone is.
            log.warning("bot framework activity from a channel that is not Teams")
            return response.empty(status=403)
        if incoming.reference.tenant_id not in self.settings.allowed_tenants or not (
            teams.tenants_agree(raw)
        ):
            log.warning("teams activity from a tenant not allowed")
            return response.empty(status=403)
        ref = incoming.reference
        if incoming.kind == "ignore" or not self._seen.first_time(
            ref.conversation_id, incoming.activity_id
        ):
            return response.empty(status=200)  # unknown types, and redeliveries: no reply
        if incoming.kind == "welcome":
            await self._send(connector, incoming, [teams.reply(teams.WELCOME)])
            return response.empty(status=200)
        staff = self.access.roster.staff_by_teams_id(incoming.aad_object_id)
        if staff is not None and not incoming.personal:
            # A group chat or a team's channel: everyone there would read a citizen's
            # answers, and notices would go there. Facts yes, citizens only in private.
            staff = None
            names = [c.name for c in self.access.roster.citizens.values()]
            if teams.about_citizens(incoming.text, names):
                await self._send(connector, incoming, [teams.reply(PRIVATE_ONLY)])
                return response.empty(status=200)
        sender = teams.sender_id(
            incoming.aad_object_id, staff.id if staff else None, incoming.reference.user_id
        )
        if staff and self.references is not None:
            self._remember(sender, incoming.reference)
        if not await self.limiter.allowed(sender):
            # an emergency still gets its answer first, from the safety net
            await self._send(
                connector, incoming, [teams.reply(inbound.too_fast_reply(incoming.text))]
            )
            return response.empty(status=200)
        collector = CollectingOutputChannel()
        # An empty message (only a mention) greets; no "/intent" shorthand from anyone.
        said = without_shorthand(inbound.no_shorthand(incoming.text or ""))
        text = inbound.as_read(said) or "/greet"
        metadata = None
        pieces = [text]
        if staff is not None:
            text, metadata = self._settled(sender, staff.id, text)
            pieces = [text] if metadata is not None else self._requests(staff.id, text)
        # several requests in one message ("mind Karen om panodil kl 8 i mrg og skriv
        # frisør i hendes plan fre kl 10", set 46): each in turn, as if said alone
        for piece in pieces:
            await on_new_message(
                UserMessage(piece, collector, sender, input_channel=self.name(), metadata=metadata)
            )
        if staff is not None and any(
            staff_replies.asked_which(str(m.get("text") or "")) for m in collector.messages
        ):
            self._asked_which.asked(sender, text, self.clock.now())
        replies = [
            teams.reply(m.get("text"), m.get("buttons"))
            for m in collector.messages[:MAX_REPLIES]
            if m.get("text") or m.get("buttons")
        ]
        await self._send(connector, incoming, replies)
        return response.empty(status=200)

    def _requests(self, staff_id: str, text: str) -> list[str]:
        """The requests a staff member's message holds (bot.staff.several), read with the
        first names of their own citizens; an emergency is never cut up."""
        if inbound.emergency_answer(text) is not None:
            return [text]
        mine = self.access.citizens_of(self.access.staff(staff_id))
        return requests(text, [c.name.split()[0] for c in mine if c.name.split()])

    def _settled(self, sender: str, staff_id: str, text: str) -> tuple[str, dict[str, str] | None]:
        """A name given as the answer to "Hvem af dine borgere er det?": the request
        asked about, again, for that citizen (set 20: "mind om støttestrømper i morgen
        kl 7", then "karen"). The citizen is one of the staff member's own, read here from
        their words; nothing the caller sends says who. Anything else: as it was said."""
        earlier = self._asked_which.take(sender, self.clock.now())
        if earlier is None:
            return text, None
        named = self.access.named_in(self.access.staff(staff_id), text)
        citizen = staff_reading.chosen(text, named)
        if citizen is None:
            return text, None
        return earlier, {staff_reading.CHOSEN_CITIZEN: citizen.id}

    def _remember(self, sender: str, reference: teams.Reference) -> None:
        assert self.references is not None
        try:
            self.references.save(sender, reference)
        except Exception:  # the conversation goes on; only a later first message is lost
            log.exception("teams conversation reference not saved")

    async def _send(
        self, connector: ConnectorClient, incoming: teams.Incoming, replies: list[dict[str, Any]]
    ) -> None:
        ref = incoming.reference
        for activity in replies:
            activity = {
                **activity,
                "from": {"id": ref.bot_id},
                "recipient": {"id": ref.user_id},
                "conversation": {"id": ref.conversation_id},
            }
            try:
                if incoming.activity_id:
                    await connector.reply(
                        ref.service_url, ref.conversation_id, incoming.activity_id, activity
                    )
                else:
                    await connector.send(ref.service_url, ref.conversation_id, activity)
            except OutboundError as err:
                log.warning("teams reply not sent: %s", err)
                return
