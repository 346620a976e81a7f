"""The scheduler with a manual clock and fake deliverer/notifier over a real store."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.core.clock import COPENHAGEN, SystemClock
from bot.core.delivery import DELIVERY_PATH, HttpDeliverer
from bot.reminders.model import Dose, DoseState, InvalidReminder, Reminder, ReminderKind
from bot.reminders.notify import NotifyError, WebhookNotifier
from bot.reminders.scheduler import MAX_SLEEP, ReminderPolicy, Scheduler
from bot.reminders.store import ReminderStore
from testkit.support import Flaky, ManualClock

DUE = datetime(2026, 10, 23, 8, 0, tzinfo=COPENHAGEN)
POLICY = ReminderPolicy()  # 10 min repeats, missed after 60 min, late limit 2 h


@dataclass
class Delivery:
    dose: Dose
    reminder: Reminder
    late_by: timedelta
    attempt: int
    at: float = field(default_factory=time.time)


class FakeDeliverer(Flaky):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Delivery] = []

    async def deliver(
        self, dose: Dose, reminder: Reminder, late_by: timedelta, attempt: int
    ) -> bool:
        if self.failed():
            return False
        self.calls.append(Delivery(dose, reminder, late_by, attempt))
        return True


class FakeNotifier:
    def __init__(self) -> None:
        self.calls: list[Dose] = []
        self.fail_next = 0

    async def missed(self, dose: Dose, reminder: Reminder) -> None:
        if self.fail_next:
            self.fail_next -= 1
            raise ConnectionError("webhook is down")
        self.calls.append(dose)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(DUE - timedelta(hours=1))


@pytest.fixture
def store(tmp_path: Path, clock: ManualClock) -> Iterator[ReminderStore]:
    s = ReminderStore(f"sqlite:///{tmp_path / 'reminders.db'}", clock)
    s.create_schema()
    yield s
    s.dispose()


@pytest.fixture
def deliverer() -> FakeDeliverer:
    return FakeDeliverer()


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


@pytest.fixture
def scheduler(
    store: ReminderStore, clock: ManualClock, deliverer: FakeDeliverer, notifier: FakeNotifier
) -> Scheduler:
    return Scheduler(store, clock, deliverer, notifier, POLICY)


async def tick(scheduler: Scheduler, clock: ManualClock, when: datetime) -> int:
    clock.current = when
    return await scheduler.run_once()


async def test_fires_once_at_due_and_not_before(
    scheduler: Scheduler, store: ReminderStore, clock: ManualClock, deliverer: FakeDeliverer
) -> None:
    r = store.add("anna", "Panodil", DUE, medicine="Panodil")
    assert await tick(scheduler, clock, DUE - timedelta(seconds=1)) == 0
    assert deliverer.calls == []
    assert await tick(scheduler, clock, DUE) == 1
    (call,) = deliverer.calls
    assert (call.reminder.id, call.late_by, call.attempt) == (r.id, timedelta(0), 1)
    assert call.dose.state is DoseState.ASKED
    for seconds in (0, 1, 30, 599):
        await tick(scheduler, clock, DUE + timedelta(seconds=seconds))
    assert len(deliverer.calls) == 1


@pytest.mark.parametrize(
    ("late", "heard"),
    [(timedelta(seconds=30), timedelta(0)), (timedelta(minutes=20), timedelta(minutes=20))],
)
async def test_late_within_limit_is_delivered_once_with_late_by(
    scheduler: Scheduler,
    store: ReminderStore,
    clock: ManualClock,
    deliverer: FakeDeliverer,
    late: timedelta,
    heard: timedelta,
) -> None:
    store.add("anna", "Panodil", DUE)
    await tick(scheduler, clock, DUE + late)
    await tick(scheduler, clock, DUE + late + timedelta(seconds=1))
    (call,) = deliverer.calls
    assert call.late_by == heard  # under a minute late counts as on time


async def test_beyond_late_limit_is_missed_and_notified_not_delivered(
    scheduler: Scheduler,
    store: ReminderStore,
    clock: ManualClock,
    deliverer: FakeDeliverer,
    notifier: FakeNotifier,
) -> None:
    store.add("anna", "Panodil", DUE, rrule="FREQ=DAILY", contact="Datter")
    assert await tick(scheduler, clock, DUE + timedelta(hours=2, minutes=1)) == 1
    assert deliverer.calls == []
    (missed,) = notifier.calls
    assert missed.state is DoseState.MISSED and missed.attempts == 0
    await tick(scheduler, clock, DUE + timedelta(hours=3))
    assert len(notifier.calls) == 1
    states = [(d.due_at, d.state) for d in store.doses("anna")]
    assert states == [(DUE, DoseState.MISSED), (DUE + timedelta(days=1), DoseState.PENDING)]
    assert [e.outcome for e in store.adherence("anna")] == [DoseState.MISSED]


async def test_repeats_until_missed_then_notifies_once(
    scheduler: Scheduler,
    store: ReminderStore,
    clock: ManualClock,
    deliverer: FakeDeliverer,
    notifier: FakeNotifier,
) -> None:
    store.add("anna", "Panodil", DUE)
    await tick(scheduler, clock, DUE)
    await tick(scheduler, clock, DUE + timedelta(minutes=9, seconds=59))
    assert len(deliverer.calls) == 1
    for minutes in range(10, 61, 5):
        await tick(scheduler, clock, DUE + timedelta(minutes=minutes))
    assert [c.attempt for c in deliverer.calls] == [1, 2, 3, 4, 5, 6]
    assert deliverer.calls[1].late_by == timedelta(minutes=10)  # "for 10 minutter siden"
    (missed,) = notifier.calls
    assert missed.attempts == 6
    await tick(scheduler, clock, DUE + timedelta(hours=5))
    assert len(deliverer.calls) == 6 and len(notifier.calls) == 1


async def test_snooze_delays_and_restarts_the_window(
    scheduler: Scheduler,
    store: ReminderStore,
    clock: ManualClock,
    deliverer: FakeDeliverer,
    notifier: FakeNotifier,
) -> None:
    store.add("anna", "Panodil", DUE)
    await tick(scheduler, clock, DUE + timedelta(minutes=2))
    store.snooze("anna", None, 30)  # at 08:02: ask again at 08:32
    await tick(scheduler, clock, DUE + timedelta(minutes=12))
    assert len(deliverer.calls) == 1
    await tick(scheduler, clock, DUE + timedelta(minutes=32))
    assert len(deliverer.calls) == 2
    assert deliverer.calls[1].late_by == timedelta(0) and deliverer.calls[1].attempt == 2
    # The answer window now runs from 08:32: not missed at 09:02 (an hour after due).
    await tick(scheduler, clock, DUE + timedelta(minutes=62, seconds=1))
    assert notifier.calls == []
    await tick(scheduler, clock, DUE + timedelta(minutes=92))
    assert len(notifier.calls) == 1


async def test_taken_stops_repeats(
    scheduler: Scheduler,
    store: ReminderStore,
    clock: ManualClock,
    deliverer: FakeDeliverer,
    notifier: FakeNotifier,
) -> None:
    store.add("anna", "Panodil", DUE)
    await tick(scheduler, clock, DUE)
    store.mark("anna", None, "taken")
    for minutes in (10, 20, 60, 120):
        await tick(scheduler, clock, DUE + timedelta(minutes=minutes))
    assert len(deliverer.calls) == 1 and notifier.calls == []


async def test_failed_delivery_is_retried_not_lost(
    scheduler: Scheduler, store: ReminderStore, clock: ManualClock, deliverer: FakeDeliverer
) -> None:
    store.add("anna", "Panodil", DUE)
    deliverer.fail_next = 2  # one False, one exception
    await tick(scheduler, clock, DUE)
    assert store.doses("anna")[0].state is DoseState.PENDING
    await tick(scheduler, clock, DUE + timedelta(seconds=1))
    assert deliverer.calls == []
    await tick(scheduler, clock, DUE + timedelta(minutes=3))
    (call,) = deliverer.calls
    assert call.attempt == 1 and call.late_by == timedelta(minutes=3)


async def test_failed_notification_is_retried(
    scheduler: Scheduler, store: ReminderStore, clock: ManualClock, notifier: FakeNotifier
) -> None:
    store.add("anna", "Panodil", DUE)
    notifier.fail_next = 1
    await tick(scheduler, clock, DUE + timedelta(hours=3))
    assert notifier.calls == []
    await tick(scheduler, clock, DUE + timedelta(hours=3, seconds=30))
    assert notifier.calls == []  # waits notify_retry
    await tick(scheduler, clock, DUE + timedelta(hours=3, minutes=1))
    assert len(notifier.calls) == 1
    await tick(scheduler, clock, DUE + timedelta(hours=4))
    assert len(notifier.calls) == 1


async def test_repeating_reminder_goes_on_after_missed(
    scheduler: Scheduler, store: ReminderStore, clock: ManualClock, deliverer: FakeDeliverer
) -> None:
    store.add("anna", "Panodil", DUE, rrule="FREQ=DAILY")
    await tick(scheduler, clock, DUE + timedelta(hours=3))  # down all morning: missed
    await tick(scheduler, clock, DUE + timedelta(days=1))
    (call,) = deliverer.calls
    assert call.dose.due_at == DUE + timedelta(days=1) and call.late_by == timedelta(0)


async def test_two_schedulers_racing_deliver_each_dose_exactly_once(db_url: str) -> None:
    clock = ManualClock(DUE - timedelta(hours=1))
    # Two stores, two engines: as close to two processes as one test gets.
    stores = [ReminderStore(db_url, clock), ReminderStore(db_url, clock)]
    stores[0].create_schema()
    for i in range(60):
        stores[0].add(f"c{i % 7}", f"Pille {i}", DUE + timedelta(seconds=i % 3))
    deliverer = FakeDeliverer()
    notifier = FakeNotifier()
    policy = ReminderPolicy(batch=25)  # several batches, so the two interleave
    schedulers = [Scheduler(s, clock, deliverer, notifier, policy) for s in stores]
    clock.current = DUE + timedelta(seconds=5)
    for _ in range(4):
        await asyncio.gather(*(s.run_once() for s in schedulers * 2))
    ids = [c.dose.id for c in deliverer.calls]
    assert len(ids) == 60 and len(set(ids)) == 60
    for s in stores:
        s.dispose()


async def test_run_forever_sees_a_new_reminder_within_its_longest_sleep(tmp_path: Path) -> None:
    """Not early, and not after a long sleep: within MAX_SLEEP, with room for a busy
    machine (bench/scheduler.py measures the lateness itself)."""
    clock = SystemClock()
    store = ReminderStore(f"sqlite:///{tmp_path / 'forever.db'}", clock)
    store.create_schema()
    deliverer = FakeDeliverer()
    scheduler = Scheduler(store, clock, deliverer, FakeNotifier(), POLICY)
    stop = asyncio.Event()
    task = asyncio.create_task(scheduler.run_forever(stop))
    await asyncio.sleep(0.3)  # running before the reminder exists, as in production
    due = clock.now() + timedelta(seconds=1.5)
    store.add("anna", "Panodil", due)
    deadline = time.monotonic() + 30
    while not deliverer.calls and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, timeout=3)
    store.dispose()
    (call,) = deliverer.calls
    lateness = call.at - due.timestamp()
    assert -0.05 <= lateness < MAX_SLEEP + 4, lateness


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


def http_dose(dose_id: int, citizen: str) -> tuple[Dose, Reminder]:
    reminder = Reminder(
        3, citizen, "Tag Panodil", "Panodil", DUE, None, True, DUE, "rest", "Datter"
    )
    return Dose(dose_id, 3, citizen, DUE, DoseState.ASKED, 1, DUE, None, False, DUE), reminder


async def test_http_deliverer_and_webhook_notifier_speak_http() -> None:
    """The real aiohttp clients against a local aiohttp server standing in for Rasa."""
    seen: list[tuple[str, dict[str, str], object]] = []

    async def rasa(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append((body.pop("citizen"), request.headers.get("Authorization"), body))
        return web.json_response({}, status=500 if seen[-1][0] == "down" else 200)

    async def hook(request: web.Request) -> web.Response:
        hooks.append(await request.json())
        return web.json_response({}, status=204 if len(hooks) < 2 else 503)

    hooks: list[object] = []
    app = web.Application()
    app.router.add_post(DELIVERY_PATH, rasa)
    app.router.add_post("/hook", hook)
    runner, base = await serve(app)
    dose, reminder = http_dose(7, "anna")
    try:
        async with aiohttp.ClientSession() as session:
            deliverer = HttpDeliverer(base + "/", session, token="hemmelig")
            assert await deliverer.deliver(dose, reminder, timedelta(minutes=20), 1)
            assert not await deliverer.deliver(*http_dose(8, "down"), timedelta(0), 1)
            untokened = HttpDeliverer(base, session)
            assert await untokened.deliver(*http_dose(10, "borger 1"), timedelta(0), 1)
            assert not await HttpDeliverer("http://127.0.0.1:9", session).deliver(
                dose, reminder, timedelta(0), 1
            )
            hook_url = base + "/hook"
            await WebhookNotifier(hook_url, session).missed(dose, reminder)
            with pytest.raises(NotifyError):
                await WebhookNotifier(hook_url, session).missed(dose, reminder)
    finally:
        await runner.cleanup()

    def due(dose_id: str) -> dict[str, object]:
        entities = {"dose_id": dose_id}
        return {"intent": "EXTERNAL_dose_due", "entities": entities, "key": f"dose:{dose_id}:1"}

    # One request per dose: the id and the action it is for cannot be pulled apart.
    assert seen == [
        ("anna", "Bearer hemmelig", due("7")),
        ("down", "Bearer hemmelig", due("8")),
        ("borger 1", None, due("10")),
    ]
    assert hooks[0] == {
        "citizen": "anna",
        "contact": "Datter",
        "reminder": "Tag Panodil",
        "due": "2026-10-23T08:00:00+02:00",
        "state": "asked",
        "attempts": 1,
    }


def test_settings_from_env() -> None:
    from bot.reminders.settings import DEFAULT_DB, ReminderSettings
    from bot.settings import SettingsError

    s = ReminderSettings.from_env({})
    assert s.db_url == DEFAULT_DB and DEFAULT_DB.endswith("var/reminders.db")
    assert s.policy == ReminderPolicy() and s.missed_webhook is None
    s = ReminderSettings.from_env(
        {
            "VELFAERD_REMINDERS_DB": "postgresql://db/velfaerd",
            "VELFAERD_REMINDER_REPEAT_MINUTES": "5",
            "VELFAERD_REMINDER_MISSED_MINUTES": "30",
            "VELFAERD_REMINDER_LATE_LIMIT_MINUTES": "240",
            "VELFAERD_MISSED_WEBHOOK": "https://kommune.example/hook",
        }
    )
    assert s.policy.repeat_every == timedelta(minutes=5)
    assert s.policy.late_limit == timedelta(hours=4)
    assert s.missed_webhook == "https://kommune.example/hook"
    for bad in (
        {"VELFAERD_REMINDER_REPEAT_MINUTES": "ti"},
        {"VELFAERD_REMINDER_MISSED_MINUTES": "0"},
        {"VELFAERD_REMINDER_REPEAT_MINUTES": "90"},  # longer than the missed window
    ):
        with pytest.raises(SettingsError):
            ReminderSettings.from_env(bad)


async def test_a_timer_rings_once_and_nobody_is_told(
    store: ReminderStore, clock: ManualClock, deliverer: FakeDeliverer, notifier: FakeNotifier
) -> None:
    timer = store.add("anna", "nedtællingen på 10 minutter", DUE, kind=ReminderKind.TIMER)
    scheduler = Scheduler(store, clock, deliverer, notifier, POLICY)
    clock.current = DUE
    assert await scheduler.run_once() == 1
    assert [c.reminder.id for c in deliverer.calls] == [timer.id]
    assert store.doses("anna")[0].state is DoseState.DONE
    clock.advance(timedelta(hours=3))  # no repeat, no "missed", no message to anyone
    assert await scheduler.run_once() == 0
    assert len(deliverer.calls) == 1 and notifier.calls == []
    assert store.adherence("anna") == []


async def test_a_timer_too_late_or_already_said_ends_quietly(
    store: ReminderStore, clock: ManualClock, deliverer: FakeDeliverer, notifier: FakeNotifier
) -> None:
    store.add("anna", "vækning", DUE, kind=ReminderKind.ALARM)
    scheduler = Scheduler(store, clock, deliverer, notifier, POLICY)
    clock.current = DUE + POLICY.late_limit + timedelta(minutes=1)  # the worker was down
    assert await scheduler.run_once() == 1
    assert deliverer.calls == [] and notifier.calls == []
    assert store.doses("anna")[0].state is DoseState.DONE
    # Said, but the worker stopped before marking it done: not said again.
    store.add("anna", "nedtællingen på 5 minutter", clock.now(), kind=ReminderKind.TIMER)
    pending = store.doses("anna")[-1]
    asked = store.claim(pending, clock.now(), clock.now() + POLICY.repeat_every)
    assert asked is not None
    clock.advance(POLICY.repeat_every)
    await scheduler.run_once()
    assert deliverer.calls == [] and store.doses("anna")[-1].state is DoseState.DONE


def test_a_timer_rings_for_no_one_else(store: ReminderStore) -> None:
    with pytest.raises(InvalidReminder, match="rings once"):
        store.add("anna", "nedtælling", DUE, kind=ReminderKind.TIMER, rrule="FREQ=DAILY")
    with pytest.raises(InvalidReminder, match="rings once"):
        store.add("anna", "vækning", DUE, kind=ReminderKind.ALARM, contact="https://x.example")
