"""Property-based tests (hypothesis) on everything that reads input from outside.

Random Unicode, bytes, deeply nested and wrongly typed JSON: each reader either
accepts with a sound result or refuses in its own way (a Danish answer, a 4xx, its
own error), and never raises anything else. The REST channel runs in a real Sanic
server: whatever the body, never a 500.
"""

from __future__ import annotations

import itertools
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bot import inbound
from bot.access.policy import Access
from bot.access.roster import Citizen, Roster
from bot.channels.rest import SafeRestInput
from bot.ratelimit import RateLimiter, RateSettings
from bot.reminders.deliver import INTENTS, Delivery, parse_delivery
from bot.staff import wording
from bot.teams import activity as teams
from bot.web.staff_input import ApiError, parse_json, parse_move, parse_new_item
from nlu.danish_time import CPH, parse
from tests.support import ThreadedServer

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
    assert isinstance(wording.in_citizen_words(citizen, text), str)
    assert isinstance(wording.about(citizen, text), str)


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
    request = urllib.request.Request(url, data=body, method="POST")
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
