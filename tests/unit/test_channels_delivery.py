"""The delivery channel (bot/channels/delivery.py) on a real Sanic server, registered as
Rasa registers channels. Rasa's agent is replaced at its seam (app.ctx.agent) by one
that records what it was asked to trigger; the real one is in the integration tests
(test_reminders_conversation, test_production, test_faults)."""

from __future__ import annotations

import asyncio
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
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, Sanic

from bot.channels.delivery import KEY, DeliveryInput
from bot.channels.tracker_store import TrackerStoreDown
from bot.core.delivery import DELIVERY_PATH, TOKEN_VARIABLE, Delivery
from testkit.support import free_port, serve

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "t" * 32
SPEAKER = CollectingOutputChannel()  # what the speaker's channel hands out


@pytest.fixture(autouse=True)
def quiet_speaker() -> None:
    SPEAKER.messages.clear()


class Speakers(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def get_output_channel(self) -> OutputChannel | None:
        return SPEAKER

    def blueprint(self, on_new_message: Any) -> Blueprint:
        return Blueprint("speakers")


class Agent:
    """Rasa's Agent at its seam: a real lock store, the processor's steps recorded, the
    conversations kept in memory (a save that fails keeps nothing)."""

    def __init__(self, latest: str | None = "socketio", fail: BaseException | None = None):
        self.domain = SimpleNamespace(intents=["EXTERNAL_dose_due", "EXTERNAL_plan_alert"])
        self.lock_store = InMemoryLockStore()
        self.processor = SimpleNamespace(
            fetch_tracker_and_update_session=self.fetch,
            domain=None,
            run_action_extract_slots=self.extract,
            _run_prediction_loop=self.predict,
            save_tracker=self.save,
            _send_bot_messages=MessageProcessor._send_bot_messages,
        )
        self.latest = latest
        self.fail = fail  # raised by the prediction loop (an action, the model)
        self.fail_save: BaseException | None = None
        self.silent = False  # the announcing action failed: nothing said
        self.slow = 0.0  # seconds the prediction loop takes
        self.kept: dict[str, list[Event]] = {}
        self.triggered: list[tuple[str, str, dict[str, str], bool]] = []

    def is_ready(self) -> bool:
        return True

    async def fetch(self, sender: str) -> DialogueStateTracker:
        tracker = DialogueStateTracker(sender, slots=[])
        for event in self.kept.get(sender) or [UserUttered("hej", input_channel=self.latest)]:
            tracker.update(event)
        return tracker

    async def extract(self, output: OutputChannel, tracker: DialogueStateTracker) -> Any:
        return tracker

    async def predict(self, output: OutputChannel, tracker: DialogueStateTracker) -> None:
        await asyncio.sleep(self.slow)
        if self.fail is not None:
            raise self.fail
        event = tracker.latest_message
        assert isinstance(event, UserUttered) and event.intent_name
        entities = {e["entity"]: e["value"] for e in event.entities}
        lock = self.lock_store.get_lock(tracker.sender_id)
        locked = lock is not None and bool(lock.tickets)  # inside the conversation's lock
        self.triggered.append((tracker.sender_id, event.intent_name, entities, locked))
        tracker.update(ActionExecuted("action_announce_reminder"))
        if not self.silent:
            tracker.update(BotUttered("Husk dine piller."))
        assert isinstance(output, CollectingOutputChannel) and output is not SPEAKER

    async def save(self, tracker: DialogueStateTracker) -> None:
        if self.fail_save is not None:
            raise self.fail_save
        self.kept[tracker.sender_id] = list(tracker.events)


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


async def post(
    url: str, body: bytes, token: str | None = TOKEN, timeout: float | None = None
) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session,
        session.post(url, data=body, headers=headers) as resp,
    ):
        return resp.status, await resp.json()


DOSE = json.dumps(Delivery("anna", "EXTERNAL_dose_due", "7", "dose:7:1").body()).encode()


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
    assert agent.triggered == [("anna", "EXTERNAL_dose_due", {"dose_id": "7"}, True)]
    assert [m["text"] for m in SPEAKER.messages] == ["Husk dine piller."]
    kept = [e for e in agent.kept["anna"] if isinstance(e, UserUttered)][-1]
    assert kept.metadata[KEY] == "dose:7:1" and kept.intent_name == "EXTERNAL_dose_due"


async def test_a_citizen_who_only_wrote_gets_it_collected(agent: Agent) -> None:
    agent.latest = "rest"  # REST answers in the response: nothing to send to later
    async for base in serve(app_with(DeliveryInput(TOKEN), agent)):
        assert (await post(base + DELIVERY_PATH, DOSE))[0] == 200
    assert len(agent.triggered) == 1 and SPEAKER.messages == []


async def test_a_key_kept_before_is_not_said_again(url: str, agent: Agent) -> None:
    """The worker's try again after a lost answer (a killed process, its time-out)."""
    assert await post(url, DOSE) == (200, {"delivered": True})
    assert await post(url, DOSE) == (200, {"delivered": True, "before": True})
    repeat = Delivery("anna", "EXTERNAL_dose_due", "7", "dose:7:2")  # asked again later
    assert await post(url, json.dumps(repeat.body()).encode()) == (200, {"delivered": True})
    assert [t[2] for t in agent.triggered] == [{"dose_id": "7"}, {"dose_id": "7"}]
    assert len(SPEAKER.messages) == 2


async def test_a_worker_that_stops_waiting_does_not_cut_the_delivery_short(
    url: str, agent: Agent
) -> None:
    agent.slow = 1.0
    with pytest.raises(asyncio.TimeoutError):
        await post(url, DOSE, timeout=0.3)
    assert await post(url, DOSE) == (200, {"delivered": True, "before": True})  # waited
    assert len(agent.triggered) == 1 and len(SPEAKER.messages) == 1


async def test_a_turn_that_said_nothing_is_neither_kept_nor_sent(agent: Agent) -> None:
    """The announcing action failed (an action server killed, the database restarting):
    Rasa goes on without its events. Not kept, so the worker's next try says it."""
    agent.silent = True
    async for base in serve(app_with(DeliveryInput(TOKEN), agent)):
        assert (await post(base + DELIVERY_PATH, DOSE))[0] == 503
        assert "anna" not in agent.kept and SPEAKER.messages == []
        agent.silent = False
        assert await post(base + DELIVERY_PATH, DOSE) == (200, {"delivered": True})
    assert len(agent.triggered) == 2 and len(SPEAKER.messages) == 1


async def test_a_turn_that_could_not_be_kept_is_not_sent(agent: Agent) -> None:
    """Kept first, then said: never said and then tried again."""
    agent.fail_save = TrackerStoreDown("save")
    async for base in serve(app_with(DeliveryInput(TOKEN), agent)):
        assert (await post(base + DELIVERY_PATH, DOSE))[0] == 503
    assert SPEAKER.messages == [] and "anna" not in agent.kept


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
