"""The delivery channel (bot/channels/delivery.py) on a real Sanic server, registered as
Rasa registers channels. Rasa's agent is replaced at its seam (app.ctx.agent) by one
that records what it was asked to trigger; the real one is in the integration tests
(test_reminders_conversation, test_production, test_faults)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiohttp
import pytest
import yaml
from rasa.core.channels.channel import (
    CollectingOutputChannel,
    InputChannel,
    OutputChannel,
    register,
)
from rasa.core.lock_store import InMemoryLockStore
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, Sanic

from bot.channels.delivery import DeliveryInput
from bot.channels.tracker_store import TrackerStoreDown
from bot.reminders.deliver import DELIVERY_PATH, TOKEN_VARIABLE, Delivery
from tests.support import free_port, serve

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "t" * 32
SPEAKER = CollectingOutputChannel()  # what the speaker's channel hands out


class Speakers(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def get_output_channel(self) -> OutputChannel | None:
        return SPEAKER

    def blueprint(self, on_new_message: Any) -> Blueprint:
        return Blueprint("speakers")


class Agent:
    """Rasa's Agent at its seam: a real lock store, recorded triggers."""

    def __init__(self, latest: str | None = "socketio", fail: BaseException | None = None):
        self.domain = SimpleNamespace(intents=["EXTERNAL_dose_due", "EXTERNAL_plan_alert"])
        self.lock_store = InMemoryLockStore()
        self.processor = SimpleNamespace(fetch_tracker_and_update_session=self.fetch)
        self.latest = latest
        self.fail = fail
        self.triggered: list[tuple[str, str, dict[str, str], OutputChannel, bool]] = []

    def is_ready(self) -> bool:
        return True

    async def fetch(self, sender: str) -> DialogueStateTracker:
        tracker = DialogueStateTracker(sender, slots=[])
        tracker.update(UserUttered("hej", input_channel=self.latest))
        return tracker

    async def trigger_intent(
        self, intent: str, entities: dict[str, str], output: OutputChannel, tracker: Any
    ) -> None:
        if self.fail is not None:
            raise self.fail
        lock = self.lock_store.get_lock(tracker.sender_id)
        locked = lock is not None and bool(lock.tickets)  # inside the conversation's lock
        self.triggered.append((tracker.sender_id, intent, entities, output, locked))


def app_with(channel: DeliveryInput, agent: Agent) -> Sanic:
    app = Sanic(f"delivery-test-{free_port()}")
    register([channel, Speakers()], app, "/webhooks/")  # as `rasa run` does
    app.ctx.agent = agent
    return app


@pytest.fixture
def agent() -> Agent:
    return Agent()


@pytest.fixture
async def url(agent: Agent) -> AsyncIterator[str]:
    async for base in serve(app_with(DeliveryInput(TOKEN), agent)):
        yield base + DELIVERY_PATH


async def post(url: str, body: bytes, token: str | None = TOKEN) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body, headers=headers) as resp,
    ):
        return resp.status, await resp.json()


DOSE = json.dumps(Delivery("anna", "EXTERNAL_dose_due", "7").body()).encode()


def test_named_and_registered_in_the_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    assert DeliveryInput.name() == "velfaerd_delivery"
    credentials = yaml.safe_load((ROOT / "bot" / "credentials.yml").read_text())
    assert "bot.channels.delivery.DeliveryInput" in credentials
    monkeypatch.setenv(TOKEN_VARIABLE, " hemmelig ")
    assert DeliveryInput.from_credentials({}).token == "hemmelig"
    monkeypatch.delenv(TOKEN_VARIABLE)
    assert DeliveryInput.from_credentials(None).token is None


async def test_a_dose_is_triggered_on_the_channel_the_citizen_last_spoke_on(
    url: str, agent: Agent
) -> None:
    assert await post(url, DOSE) == (200, {"delivered": True})
    assert agent.triggered == [("anna", "EXTERNAL_dose_due", {"dose_id": "7"}, SPEAKER, True)]


async def test_a_citizen_who_only_wrote_gets_it_collected(agent: Agent) -> None:
    agent.latest = "rest"  # REST answers in the response: nothing to send to later
    async for base in serve(app_with(DeliveryInput(TOKEN), agent)):
        assert (await post(base + DELIVERY_PATH, DOSE))[0] == 200
    output = agent.triggered[0][3]
    assert isinstance(output, CollectingOutputChannel) and output is not SPEAKER


@pytest.mark.parametrize("token", [None, "forkert", TOKEN + "x", TOKEN[:-1]])
async def test_a_wrong_or_missing_token_is_refused(url: str, agent: Agent, token: str) -> None:
    assert (await post(url, DOSE, token))[0] == 401
    assert agent.triggered == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"ikke json",
        b"[" * 5000,
        b"[]",
        json.dumps({"citizen": "anna", "intent": "greet", "entities": {}}).encode(),
        json.dumps({"citizen": "", "intent": "EXTERNAL_dose_due", "entities": {"dose_id": "7"}}).encode(),
        json.dumps({"citizen": "anna", "intent": "EXTERNAL_dose_due", "entities": {"dose_id": 7}}).encode(),
        json.dumps({"citizen": "anna", "intent": "EXTERNAL_dose_due",
                    "entities": {"dose_id": "7", "plan_alert": "x"}}).encode(),
        b"{" + b" " * 20_000 + b"}",
    ],
    ids=["empty", "not-json", "deep", "list", "other-intent", "no-citizen", "number",
         "two-entities", "huge"],
)  # fmt: skip
async def test_a_body_it_cannot_read_is_a_400_and_triggers_nothing(
    url: str, agent: Agent, body: bytes
) -> None:
    status, answer = await post(url, body)
    assert status == 400 and answer["error"]
    assert agent.triggered == []


async def test_without_a_token_the_channel_is_off() -> None:
    agent = Agent()
    async for base in serve(app_with(DeliveryInput(None), agent)):
        assert (await post(base + DELIVERY_PATH, DOSE))[0] == 503
    assert agent.triggered == []


@pytest.mark.parametrize("fail", [TrackerStoreDown("save"), RuntimeError("action server")])
async def test_a_delivery_that_could_not_be_made_is_a_503_to_try_again(
    fail: BaseException,
) -> None:
    agent = Agent(fail=fail)
    async for base in serve(app_with(DeliveryInput(TOKEN), agent)):
        status, answer = await post(base + DELIVERY_PATH, DOSE)
    assert status == 503 and answer["error"]
