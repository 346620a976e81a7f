"""Property-based tests (hypothesis) on everything that reads input from outside.

Random Unicode, bytes, deeply nested and wrongly typed JSON: each reader either
accepts with a sound result or refuses in its own way (a Danish answer, a 4xx, its
own error), and never raises anything else. The REST channel runs in a real Sanic
server: whatever the body, never a 500.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
import socketio
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bot import inbound
from bot.access.audit import AccessLog
from bot.access.policy import Access
from bot.access.roster import Citizen, Roster
from bot.app.stores import citizen_data
from bot.channels.rest import SafeRestInput
from bot.channels.socketio import SafeSocketIOInput
from bot.core.clock import SystemClock
from bot.core.delivery import INTENTS, Delivery, parse_delivery
from bot.plan.store import PlanStore
from bot.ratelimit import RateLimiter, RateSettings
from bot.staff import reading, replies
from bot.teams import activity as teams
from bot.web.app import create_app
from bot.web.screens import ScreenLinks
from bot.web.settings import WebSettings
from bot.web.staff import StaffKeys
from bot.web.staff_input import ApiError, parse_json, parse_move, parse_new_item
from nlu.danish_time import CPH, parse
from testkit.support import ThreadedServer

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=CPH)
QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# JSON of any shape, nested deeply enough to matter, with odd strings and numbers.
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=30,
)
# Bodies that are sometimes nearly right: the fields a reader wants, with any values.
FIELDS = st.sampled_from(["sender", "message", "metadata", "title", "start", "end", "rrule",
                          "duration_minutes", "gaelder", "dag", "type", "text", "from",
                          "citizen", "intent", "entities"])  # fmt: skip
NEAR = st.dictionaries(FIELDS, JSON, max_size=6)
_APPS = itertools.count()


@QUICK
@given(st.text(max_size=300))
def test_the_time_parser_reads_any_text_without_failing(text: str) -> None:
    result = parse(text, NOW)
    assert result.error in (None, "impossible", "past", "none")
    if result.when is not None:
        assert result.when.tzinfo is not None
    assert all(0 <= a <= b <= len(text) for a, b in result.spans)


@QUICK
@given(st.binary(max_size=2000) | JSON.map(lambda v: json.dumps(v).encode()) | NEAR.map(
    lambda v: json.dumps(v).encode()))  # fmt: skip
def test_a_chat_message_body_is_accepted_answered_or_refused(body: bytes) -> None:
    outcome = inbound.check(body, 1000)
    if isinstance(outcome, inbound.Rejected):
        assert 400 <= outcome.status < 500
    elif isinstance(outcome, inbound.Answered):
        assert outcome.text
    else:
        assert isinstance(outcome.text, str) and 0 < len(outcome.text) <= 1000


@QUICK
@given(JSON | NEAR)
def test_a_teams_activity_is_read_or_refused_as_bad(raw: Any) -> None:
    try:
        incoming = teams.read(raw)
    except teams.BadActivity:
        return
    assert incoming.kind in {"message", "welcome", "ignore"}


@QUICK
@given(st.binary(max_size=500) | NEAR.map(lambda v: json.dumps(v).encode()))
def test_staff_api_bodies_are_read_or_refused_with_a_danish_error(body: bytes) -> None:
    try:
        data = parse_json(body)
        parse_new_item(data, NOW)
        parse_move(data)
    except ApiError as err:
        assert 400 <= err.reply.status < 500 and err.reply.body["fejl"]


@QUICK
@given(st.binary(max_size=500) | (JSON | NEAR).map(lambda v: json.dumps(v).encode()))
@example(b'{"citizen": "x", "intent": ["EXTERNAL_dose_due"], "entities": {}}')  # found: a 500
def test_a_delivery_body_is_read_or_refused_with_the_reason(body: bytes) -> None:
    delivery = parse_delivery(body)
    if isinstance(delivery, Delivery):
        assert delivery.intent in INTENTS and delivery.citizen and delivery.value
        assert parse_delivery(json.dumps(delivery.body()).encode()) == delivery
    else:
        assert isinstance(delivery, str) and delivery


@QUICK
@given(st.text(max_size=200), st.text(min_size=1, max_size=40))
def test_staff_wording_handles_any_sentence_and_name(text: str, name: str) -> None:
    citizen = Citizen("x", name)
    assert isinstance(reading.in_citizen_words(citizen, text), str)
    assert isinstance(replies.about(citizen, text), str)


@pytest.fixture(scope="module")
def rest_webhook() -> Iterator[str]:
    """Our REST channel in a real Sanic server; Rasa's part is an echo."""

    async def on_new_message(message: UserMessage) -> None:
        await message.output_channel.send_text_message(message.sender_id, "svar")

    unlimited = RateLimiter(RateSettings(per_minute=0))
    channel = SafeRestInput(1000, Access(Roster(), None, strict=False), unlimited)
    app = Sanic(f"test_fuzz_{next(_APPS)}", configure_logging=False)
    app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/rest")
    server = ThreadedServer(app).start()
    yield f"{server.url}/webhooks/rest/webhook"
    server.stop()


def post(url: str, body: bytes) -> int:
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            r.read()
            return int(r.status)
    except urllib.error.HTTPError as err:
        return int(err.code)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000) | (JSON | NEAR).map(lambda v: json.dumps(v).encode()))
def test_the_rest_channel_never_answers_500_whatever_the_body(
    rest_webhook: str, body: bytes
) -> None:
    assert post(rest_webhook, body) < 500, body[:80]


def test_deeply_nested_and_huge_bodies_are_refused_not_failed(rest_webhook: str) -> None:
    nested = b"[" * 5000 + b"]" * 5000  # Python's JSON reader gives up: RecursionError
    assert post(rest_webhook, nested) == 400
    assert inbound.check(nested, 1000) == inbound.Rejected(
        400, "Forespørgslen er ikke gyldig JSON."
    )
    long = b'{"sender": "a", "message": "' + b"x" * 200_000 + b'"}'
    assert post(rest_webhook, long) == 200  # answered in Danish: too long (bot.inbound)
    assert isinstance(inbound.check(long, 1000), inbound.Answered)
    huge = b'{"sender": "a", "message": "' + b"x" * (inbound.MAX_BODY_BYTES + 1) + b'"}'
    assert post(rest_webhook, huge) == 413


@pytest.fixture(scope="module")
def staff_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The web process's app (bot.web.app.create_app) with its staff API on, a roster,
    and SQLite stores, in a real Sanic server."""
    db = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'web.db'}"
    clock = SystemClock()
    plan, screens, log = PlanStore(db, clock), ScreenLinks(db, clock), AccessLog(db, clock)
    for store in (plan, screens, log):
        store.create_schema()
    roster = Roster.from_yaml(
        "citizens:\n  - {id: anna, name: Anna Berg}\n"
        "staff:\n  - {id: mette, name: Mette Krog, citizens: [anna]}\n"
    )
    keys = StaffKeys.from_env({"VELFAERD_STAFF_KEYS": f"mette:{STAFF_KEY}"})
    stores = ("REMINDERS", "PLAN", "ACCESS", "TEAMS")
    data = citizen_data(clock, {f"VELFAERD_{name}_DB": db for name in stores})
    access = Access(roster, log, strict=True)
    app = create_app(WebSettings.from_env({}), plan, screens, clock, keys, access, data)
    server = ThreadedServer(app).start()
    yield server.url
    server.stop()
    data.dispose()
    for store in (plan, screens, log):
        store.dispose()


STAFF_KEY = "mette-" + "k" * 24
PATHS = st.sampled_from([
    "/api/borgere/anna/plan", "/api/borgere/anna/plan/punkter", "/api/borgere/anna/plan/punkter/1",
    "/api/borgere/anna/plan/punkter/-1", "/api/borgere/anna/plan/punkter/x%00",
    "/api/borgere/anna/plan.ics", "/api/borgere/anna/log", "/api/borgere/anna/skaerme",
    "/api/borgere/anna/skaerme/zz", "/api/borgere/bo/plan", "/api/borgere/%C3%A6%C3%B8/plan",
    "/api/borgere/anna/data", "/api/ukendt", "/skaerm/ingen", "/health",
])  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["GET", "POST", "PATCH", "DELETE", "PUT"]),
    PATHS,
    st.sampled_from(["", "?dag=2026-11-24", "?bekraeft=ja", "?dag=%FF", "?fra=x&fra=y"]),
    st.binary(max_size=2000) | (JSON | NEAR).map(lambda v: json.dumps(v).encode()),
    st.booleans(),
)
def test_the_staff_api_never_answers_500_whatever_the_request(
    staff_api: str, method: str, path: str, query: str, body: bytes, authorized: bool
) -> None:
    request = urllib.request.Request(staff_api + path + query, data=body, method=method)
    if authorized:
        request.add_header("Authorization", f"Bearer {STAFF_KEY}")
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            status = int(r.status)
    except urllib.error.HTTPError as err:
        status = int(err.code)
    assert status < 500, (method, path, query, body[:80])


@pytest.fixture(scope="module")
def socketio_url() -> Iterator[str]:
    """Our socket.io channel in a real Sanic server; Rasa's part is an echo."""

    async def on_new_message(message: UserMessage) -> None:
        await message.output_channel.send_text_message(message.sender_id, "svar")

    channel = SafeSocketIOInput(
        user_message_evt="user_uttered",
        bot_message_evt="bot_uttered",
        session_persistence=True,
        access=Access(Roster(), None, strict=False),
    )
    app = Sanic(f"test_fuzz_{next(_APPS)}", configure_logging=False)
    app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/socketio")
    server = ThreadedServer(app).start()
    yield server.url
    server.stop()


ANSWER_WITHIN_S = 60.0  # an echo; generous for a busy machine, short enough for 40 examples
EVENTS = st.sampled_from(["user_uttered", "session_request", "bot_uttered", "disconnect", "x"])


async def socket_session(url: str, sent: list[tuple[str, Any]]) -> list[str]:
    """Send the events, then ask properly: the answers to the proper question."""
    client = socketio.AsyncClient()
    heard: list[str] = []
    confirmed, answered = asyncio.Event(), asyncio.Event()

    def on_bot_uttered(data: Any) -> None:
        heard.append(str(data.get("text")))
        if heard[-1] == "svar":
            answered.set()

    client.on("bot_uttered", on_bot_uttered)
    client.on("session_confirm", lambda data: confirmed.set())
    await client.connect(url, socketio_path="/socket.io", transports=["websocket"])
    try:
        for event, data in sent:
            await client.emit(event, data)
        confirmed.clear()
        await client.emit("session_request", {"session_id": f"fuzz-{uuid.uuid4().hex}"})
        await asyncio.wait_for(confirmed.wait(), 10)
        heard.clear()
        answered.clear()
        await client.emit("user_uttered", {"message": "hej"})
        with contextlib.suppress(asyncio.TimeoutError):  # the assertion says what was heard
            await asyncio.wait_for(answered.wait(), ANSWER_WITHIN_S)
        return heard
    finally:
        await client.disconnect()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(EVENTS, JSON | NEAR), max_size=12))
def test_the_socketio_channel_keeps_answering_whatever_it_is_sent(
    socketio_url: str, sent: list[tuple[str, Any]]
) -> None:
    assert "svar" in asyncio.run(socket_session(socketio_url, sent))
