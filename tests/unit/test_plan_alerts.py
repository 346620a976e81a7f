"""Alerts before plan items: a real plan store (SQLite and PostgreSQL), a manual clock, and
a fake deliverer at the seam; the HTTP delivery against a local aiohttp server."""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.core.clock import COPENHAGEN, SystemClock
from bot.core.delivery import DELIVERY_PATH, HttpDeliverer
from bot.plan.alert_worker import PlanAlertLoop, PlanAlertPolicy, alert_at
from bot.plan.alerts import AlertState, PlanAlerts, Wanted
from bot.plan.model import Occurrence, PlanItem
from bot.plan.queries import occurrences_between
from bot.plan.replies import alert_text, span
from bot.plan.store import PlanStore
from testkit.support import Flaky, ManualClock


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0, sec: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, sec, tzinfo=COPENHAGEN)


START = at(2026, 11, 6, 10)  # a Friday
HOUR = timedelta(hours=1)
ACTING = "personale:lis"


@dataclass
class Call:
    citizen: str
    item_id: int
    start: datetime
    text: str
    at: float = field(default_factory=time.time)


class FakeDeliverer(Flaky):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Call] = []

    async def deliver_plan_alert(
        self, citizen_id: str, item_id: int, start: datetime, text: str
    ) -> bool:
        if self.failed():
            return False
        self.calls.append(Call(citizen_id, item_id, start, text))
        return True


class RacingAlerts(PlanAlerts):
    """Runs `after_claim` right after a claim: staff changing the plan at that moment."""

    after_claim: Callable[[], None] | None = None

    def claim(self, wanted: Any, now: datetime) -> list[Any]:
        won = super().claim(wanted, now)
        if won and self.after_claim is not None:
            self.after_claim()
        return won


@dataclass
class World:
    clock: ManualClock
    plans: PlanStore
    alerts: RacingAlerts
    deliverer: FakeDeliverer
    loop: PlanAlertLoop

    async def tick(self, when: datetime) -> int:
        self.clock.current = when
        return await self.loop.run_once()

    def add(self, title: str, start: datetime, remind: int | None = 15, **kw: Any) -> PlanItem:
        return self.plans.add(
            kw.pop("citizen", "anna"),
            title,
            start,
            start + HOUR,
            acting=ACTING,
            remind_before_minutes=remind,
            **kw,
        )

    def starts(self) -> list[datetime]:
        return [c.start for c in self.deliverer.calls]


@pytest.fixture
def world(db_url: str) -> Iterator[World]:
    clock = ManualClock(START - timedelta(hours=3))
    plans = PlanStore(db_url, clock)
    plans.create_schema()
    alerts = RacingAlerts(db_url, clock)
    alerts.create_schema()
    deliverer = FakeDeliverer()
    yield World(clock, plans, alerts, deliverer, PlanAlertLoop(alerts, plans, clock, deliverer))
    plans.dispose()
    alerts.dispose()


async def test_alert_at_start_minus_reminder_not_before_and_once(world: World) -> None:
    item = world.add("Fysioterapi", START, who="fysioterapeuten")
    world.add("Uden påmindelse", START, remind=None)
    assert await world.tick(START - timedelta(minutes=15, seconds=1)) == 0
    assert await world.tick(START - timedelta(minutes=15)) == 1
    (call,) = world.deliverer.calls
    assert (call.citizen, call.item_id, call.start) == ("anna", item.id, START)
    assert call.text == "Om et kvarter kommer fysioterapeuten."
    for later in (timedelta(minutes=14, seconds=55), timedelta(minutes=5), timedelta(0)):
        await world.tick(START - later)
    assert len(world.deliverer.calls) == 1
    (row,) = world.alerts.rows()
    assert (row.state, row.attempts, row.due) == (
        AlertState.DELIVERED,
        1,
        START - timedelta(minutes=15),
    )


async def test_alert_at_the_start_itself(world: World) -> None:
    world.add("gåtur", START, remind=0)
    assert await world.tick(START - timedelta(seconds=1)) == 0
    assert await world.tick(START) == 1
    assert world.deliverer.calls[0].text == "Nu er det tid til: gåtur."


async def test_repeating_item_alerts_every_day(world: World) -> None:
    world.add("Morgenmedicin og kaffe", START - 2 * HOUR, remind=30, rrule="FREQ=DAILY")
    for day in range(4):
        due = START - timedelta(hours=2, minutes=30) + timedelta(days=day)
        await world.tick(due - timedelta(seconds=1))
        await world.tick(due)
        await world.tick(due + timedelta(minutes=1))
    assert world.starts() == [START - 2 * HOUR + timedelta(days=d) for d in range(4)]
    assert len(world.alerts.rows()) == 3  # the first day's row is pruned after two days
    assert {c.text for c in world.deliverer.calls} == {"Om en halv time: Morgenmedicin og kaffe."}


async def test_removed_occurrence_is_skipped_and_the_next_day_is_not(world: World) -> None:
    item = world.add("Hjemmeplejen", START, rrule="FREQ=DAILY")
    world.plans.delete("anna", item.id, acting=ACTING, on=START.date() + timedelta(days=1))
    for day in range(3):
        await world.tick(START - timedelta(minutes=15) + timedelta(days=day))
    assert world.starts() == [START, START + timedelta(days=2)]


async def test_moved_occurrence_alerts_at_its_new_time_only(world: World) -> None:
    item = world.add("Frisør", START, rrule="FREQ=WEEKLY", place="Salon Lis")
    next_week = START + timedelta(days=7)
    moved = next_week + timedelta(hours=4)
    world.plans.move_occurrence("anna", item.id, next_week.date(), moved, acting=ACTING)
    await world.tick(next_week - timedelta(minutes=15))
    await world.tick(next_week)
    assert world.deliverer.calls == []
    await world.tick(moved - timedelta(minutes=15, seconds=1))
    assert world.deliverer.calls == []
    await world.tick(moved - timedelta(minutes=10))
    (call,) = world.deliverer.calls
    assert call.start == moved
    assert call.text == "Om 10 minutter: Frisør, hos Salon Lis."


async def test_an_alerted_item_moved_later_alerts_again_at_the_new_time(world: World) -> None:
    item = world.add("Frisør", START)
    await world.tick(START - timedelta(minutes=15))
    world.clock.current = START - timedelta(minutes=10)
    world.plans.move("anna", item.id, START + HOUR, acting=ACTING)
    await world.tick(START - timedelta(minutes=9))
    await world.tick(START + timedelta(minutes=44))
    assert world.starts() == [START]
    await world.tick(START + timedelta(minutes=45))
    assert world.starts() == [START, START + HOUR]


async def test_item_added_after_its_alert_time_is_said_at_once(world: World) -> None:
    await world.tick(START - HOUR)
    await world.tick(START - timedelta(minutes=11))
    world.add("Frisør", START)  # 10:00 with 15 minutes' notice, added at 09:49
    assert await world.tick(START - timedelta(minutes=10, seconds=55)) == 1
    assert world.deliverer.calls[0].text == "Om 11 minutter: Frisør."


async def test_deleted_item_is_not_alerted(world: World) -> None:
    item = world.add("Tandlæge", START)
    world.add("Frokost", START + HOUR, remind=0)
    await world.tick(START - HOUR)
    world.plans.delete("anna", item.id, acting=ACTING)
    await world.tick(START - timedelta(minutes=15))
    await world.tick(START)
    assert world.deliverer.calls == []
    await world.tick(START + HOUR)
    assert len(world.deliverer.calls) == 1


async def test_deleted_or_moved_after_the_claim_is_not_said_at_the_old_time(world: World) -> None:
    gone = world.add("Tandlæge", START)
    moved = world.add("Frisør", START, citizen="bo")

    def staff_changes_the_plan() -> None:
        world.plans.delete("anna", gone.id, acting=ACTING)
        world.plans.move("bo", moved.id, START + HOUR, acting=ACTING)
        world.alerts.after_claim = None

    world.alerts.after_claim = staff_changes_the_plan
    assert await world.tick(START - timedelta(minutes=15)) == 0
    assert world.deliverer.calls == []
    assert world.alerts.rows() == []  # the claims were let go, not marked said
    await world.tick(START + timedelta(minutes=45))
    assert [(c.citizen, c.start) for c in world.deliverer.calls] == [("bo", START + HOUR)]


async def test_worker_down_past_the_grace_says_nothing(world: World) -> None:
    world.add("Gåtur", START)
    assert await world.tick(START - HOUR) == 0
    # Down from 09:00; back at 10:11, the walk began 11 minutes ago: not said.
    assert await world.tick(START + timedelta(minutes=11)) == 0
    fresh = PlanAlertLoop(world.alerts, world.plans, world.clock, world.deliverer)
    world.clock.current = START + timedelta(hours=3)
    assert await fresh.run_once() == 0
    assert world.deliverer.calls == [] and world.alerts.rows() == []


@pytest.mark.parametrize("restarted", [False, True])
async def test_worker_back_within_the_grace_says_it_late(world: World, restarted: bool) -> None:
    world.add("Gåtur", START, who="min datter")
    await world.tick(START - HOUR)
    if restarted:  # a new process: its first pass looks back over the grace
        world.loop = PlanAlertLoop(world.alerts, world.plans, world.clock, world.deliverer)
    assert await world.tick(START + timedelta(minutes=4)) == 1
    assert world.deliverer.calls[0].text == (
        "For 4 minutter siden var det tid til: Gåtur, med din datter."
    )


async def test_two_loops_racing_alert_each_occurrence_once(db_url: str) -> None:
    clock = ManualClock(START - timedelta(hours=3))
    # Two stores, two engines per loop: as close to two worker processes as one test gets.
    plans = [PlanStore(db_url, clock), PlanStore(db_url, clock)]
    alerts = [PlanAlerts(db_url, clock), PlanAlerts(db_url, clock)]
    plans[0].create_schema()
    alerts[0].create_schema()
    for i in range(40):
        start = START + timedelta(seconds=20 * (i % 4))
        rule = "FREQ=DAILY" if i % 2 else None
        plans[0].add(f"c{i % 7}", f"Punkt {i}", start, start + HOUR, acting=ACTING,
                     rrule=rule, remind_before_minutes=i % 3 * 5)  # fmt: skip
    deliverer = FakeDeliverer()
    loops = [PlanAlertLoop(a, p, clock, deliverer) for a, p in zip(alerts, plans, strict=True)]
    loops += [PlanAlertLoop(a, p, clock, deliverer) for a, p in zip(alerts, plans, strict=True)]
    for minutes in (-10, -5, 0, 1, 2):
        clock.current = START + timedelta(minutes=minutes)
        await asyncio.gather(*(loop.run_once() for loop in loops))
    keys = [(c.item_id, c.start) for c in deliverer.calls]
    assert len(keys) == 40 and len(set(keys)) == 40
    for store in (*plans, *alerts):
        store.dispose()


@pytest.mark.parametrize(
    ("first", "days"),
    [(at(2026, 10, 20, 10), (24, 25, 26)), (at(2027, 3, 23, 10), (27, 28, 29))],
    ids=["autumn", "spring"],
)
async def test_daylight_saving_change_days_alert_at_0945_local(
    world: World, first: datetime, days: tuple[int, ...]
) -> None:
    world.clock.current = first - HOUR
    world.add("Dagcenter", first, rrule="FREQ=DAILY")
    night = world.add("Natpleje", first.replace(hour=2, minute=30) + timedelta(days=1),
                      rrule="FREQ=DAILY", citizen="bo")  # fmt: skip
    for day in days:
        due = first.replace(day=day, hour=9, minute=45)
        await world.tick(due - timedelta(seconds=1))
        assert await world.tick(due) == 1, due
    got = [(c.start.day, c.start.hour, c.start.minute) for c in world.deliverer.calls]
    assert got == [(d, 10, 0) for d in days]
    assert {c.text for c in world.deliverer.calls} == {"Om et kvarter: Dagcenter."}
    # The night item on the change night itself: 02:30 happens once in the autumn (the
    # first pass) and is 03:30 in the spring, when 02:30 does not exist.
    change = first.replace(day=days[1], hour=2, minute=30)
    expected = change if first.month == 10 else change.replace(hour=3)
    due = (expected.astimezone(timezone.utc) - timedelta(minutes=15)).astimezone(COPENHAGEN)
    world.deliverer.calls.clear()
    await world.tick(due - timedelta(seconds=1))
    assert world.deliverer.calls == []
    await world.tick(due)
    assert [(c.item_id, c.start) for c in world.deliverer.calls] == [(night.id, expected)]


async def test_failed_delivery_is_retried_with_back_off_and_said_once(world: World) -> None:
    world.add("Frisør", START)
    due = START - timedelta(minutes=15)
    world.deliverer.fail_next = 2  # one False, one exception
    assert await world.tick(due) == 0
    (row,) = world.alerts.rows()
    assert row.state is AlertState.PENDING and row.next_attempt_at == due + timedelta(seconds=15)
    await world.tick(due + timedelta(seconds=10))  # backing off
    assert world.alerts.rows()[0].attempts == 1
    await world.tick(due + timedelta(seconds=15))  # second failure: next in 30 s
    assert world.alerts.rows()[0].next_attempt_at == due + timedelta(seconds=45)
    assert await world.tick(due + timedelta(seconds=45)) == 1
    for seconds in (50, 120, 600):
        await world.tick(due + timedelta(seconds=seconds))
    (call,) = world.deliverer.calls
    assert call.text == "Om 14 minutter: Frisør."  # said when it got through
    (row,) = world.alerts.rows()
    assert (row.state, row.attempts) == (AlertState.DELIVERED, 3)


async def test_delivery_given_up_after_the_start_plus_grace(world: World) -> None:
    world.add("Frisør", START, remind=0)
    world.deliverer.fail_next = 1000
    when = START
    while when < START + timedelta(minutes=20):
        await world.tick(when)
        when += timedelta(seconds=5)
    (row,) = world.alerts.rows()
    assert row.state is AlertState.EXPIRED and 5 <= row.attempts <= 8
    tries = world.deliverer.fail_next
    await world.tick(START + timedelta(minutes=30))
    assert world.deliverer.fail_next == tries and world.deliverer.calls == []


async def test_a_lost_claim_is_taken_over_after_the_lease(world: World) -> None:
    item = world.add("Frisør", START)
    due = START - timedelta(minutes=15)
    world.clock.current = due
    occ = Occurrence(item, START, START + HOUR, START)
    # A worker claimed it and died before saying it.
    world.alerts.claim([Wanted(item.id, "anna", START, START, due, None)], due)
    assert await world.tick(due + timedelta(minutes=1)) == 0
    assert await world.tick(due + timedelta(minutes=2, seconds=5)) == 1
    assert alert_at(occ) == due


RULES = [
    "FREQ=DAILY",
    "FREQ=DAILY",
    "FREQ=WEEKLY;BYDAY=SA,SU,MO",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SA,SU",
    "FREQ=DAILY;COUNT=290",
    "FREQ=MONTHLY;BYDAY=-1SU",
]


@pytest.mark.parametrize(
    "begin", [at(2026, 10, 24, 12), at(2027, 3, 27, 12)],
    ids=["autumn", "spring"],
)  # fmt: skip
async def test_many_items_each_alerted_once_at_the_first_pass_after_due(
    db_url: str, begin: datetime
) -> None:
    """Random items around a clock change against a brute-force expansion of each."""
    rng = random.Random(4)
    clock = ManualClock(at(2026, 1, 1))
    plans, alerts = PlanStore(db_url, clock), PlanAlerts(db_url, clock)
    plans.create_schema()
    alerts.create_schema()
    end = begin + timedelta(hours=36)
    second = begin.date() + timedelta(days=1)
    third = begin.date() + timedelta(days=2)
    items = []
    for i in range(40):
        if i % 4 == 0:  # a one-off inside the period
            start = begin + timedelta(minutes=rng.randrange(0, 36 * 60))
            rule = None
        else:
            start = at(2026, rng.randrange(1, 11), rng.randrange(1, 20), rng.randrange(24),
                       rng.randrange(0, 60, 5))  # fmt: skip
            rule = rng.choice(RULES)
        remind = rng.choice([0, 5, 15, 60, 180, 1440])
        item = plans.add(f"c{i}", f"Punkt {i}", start, start + HOUR, acting=ACTING,
                         rrule=rule, remind_before_minutes=remind)  # fmt: skip
        daily = rule == "FREQ=DAILY"
        if daily and i % 3 == 0:  # one occurrence moved, within the period
            moved = begin + timedelta(minutes=rng.randrange(0, 36 * 60))
            plans.move_occurrence(item.citizen_id, item.id, third, moved, acting=ACTING)
        elif daily and i % 3 == 1:
            plans.delete(item.citizen_id, item.id, acting=ACTING, on=second)
        items.append(plans.get(item.citizen_id, item.id))
    step, grace = timedelta(seconds=290), PlanAlertPolicy().grace
    expected = {}
    for item in items:
        for occ in occurrences_between([item], item.citizen_id, begin, end + timedelta(days=2)):
            due = alert_at(occ).astimezone(timezone.utc)
            if begin.astimezone(timezone.utc) < due <= end.astimezone(timezone.utc):
                expected[(item.id, occ.start)] = due
    assert len(expected) > 30
    deliverer = FakeDeliverer()
    loop = PlanAlertLoop(alerts, plans, clock, deliverer)
    clock.current = begin
    await loop.run_once()
    deliverer.calls.clear()  # the first pass also says what began just before `begin`
    ticks: dict[tuple[int, datetime], datetime] = {}
    while clock.current < end:
        # In real time: ManualClock.advance adds wall time and would skip the doubled hour.
        clock.current = (clock.current.astimezone(timezone.utc) + step).astimezone(COPENHAGEN)
        before = len(deliverer.calls)
        await loop.run_once()
        for c in deliverer.calls[before:]:
            ticks[(c.item_id, c.start)] = clock.current.astimezone(timezone.utc)
    keys = [(c.item_id, c.start) for c in deliverer.calls]
    assert len(keys) == len(set(keys))
    late = set(ticks) - set(expected)
    assert not late, late  # only what the period holds (nothing past its grace)
    assert set(ticks) == set(expected)
    for key, due in expected.items():
        assert timedelta(0) <= ticks[key] - due < step + grace, key
    plans.dispose()
    alerts.dispose()


async def test_run_forever_says_it_within_a_tick(tmp_path: Any) -> None:
    """Not early, and within a tick, with room for a busy machine (bench/plan_alerts.py
    measures the lateness itself)."""
    clock = SystemClock()
    url = f"sqlite:///{tmp_path / 'plan.db'}"
    plans, alerts = PlanStore(url, clock), PlanAlerts(url, clock)
    plans.create_schema()
    alerts.create_schema()
    deliverer = FakeDeliverer()
    policy = PlanAlertPolicy(tick=timedelta(seconds=0.2))
    loop = PlanAlertLoop(alerts, plans, clock, deliverer, policy)
    stop = asyncio.Event()
    task = asyncio.create_task(loop.run_forever(stop))
    await asyncio.sleep(0.3)  # running before the item exists, as in production
    start = clock.now() + timedelta(minutes=1, seconds=1)
    plans.add("anna", "Kaffe", start, start + HOUR, acting=ACTING, remind_before_minutes=1)
    deadline = time.monotonic() + 30
    while not deliverer.calls and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, timeout=30)
    plans.dispose()
    alerts.dispose()
    (call,) = deliverer.calls
    lateness = call.at - (start - timedelta(minutes=1)).timestamp()
    assert -0.05 <= lateness < policy.tick.total_seconds() + 4, lateness
    assert call.text == "Om et minut: Kaffe."


def occurrence(start: datetime, title: str = "gåtur", **kw: Any) -> Occurrence:
    item = PlanItem(
        id=1,
        citizen_id="anna",
        title=title,
        start=start,
        end=start + HOUR,
        place=kw.get("place"),
        who=kw.get("who"),
        note=None,
        rrule=None,
        exdates=(),
        overrides=(),
        remind_before_minutes=15,
        created_by="anna",
        updated_at=start,
    )
    return Occurrence(item, start, start + HOUR, start)


@pytest.mark.parametrize(
    ("before", "kw", "text"),
    [
        (timedelta(minutes=15), {"title": "Fysioterapi", "who": "fysioterapeuten"},
         "Om et kvarter kommer fysioterapeuten."),
        (timedelta(minutes=10), {"title": "frisør", "place": "Salon Lis"},
         "Om 10 minutter: frisør, hos Salon Lis."),
        (timedelta(0), {}, "Nu er det tid til: gåtur."),
        (timedelta(seconds=-40), {}, "Nu er det tid til: gåtur."),
        (timedelta(seconds=20), {"title": "Hjemmeplejen", "who": "hjemmeplejen"},
         "Nu kommer hjemmeplejen."),
        (timedelta(minutes=-5), {"title": "Hjemmeplejen", "who": "hjemmeplejen"},
         "For 5 minutter siden skulle hjemmeplejen komme."),
        (timedelta(minutes=30), {"title": "Bankospil", "place": "på biblioteket"},
         "Om en halv time: Bankospil, på biblioteket."),
        (timedelta(minutes=45), {}, "Om tre kvarter: gåtur."),
        (timedelta(minutes=1), {}, "Om et minut: gåtur."),
        (timedelta(minutes=90), {"title": "Besøg af min søn", "who": "min søn"},
         "Om halvanden time, klokken 10: Besøg af din søn."),
        (timedelta(hours=2), {"title": "Træning", "who": "fysioterapeuten"},
         "Om 2 timer, klokken 10: Træning, med fysioterapeuten."),
        (timedelta(hours=12), {"title": "Tandlæge."}, "I morgen klokken 10: Tandlæge."),
        (timedelta(hours=12), {"title": "Datter", "who": "min datter"},
         "I morgen klokken 10 kommer din datter."),
        (timedelta(hours=2), {"title": "Datter", "who": "min datter"},
         "Om 2 timer, klokken 10, kommer din datter."),
    ],
)  # fmt: skip
def test_alert_text(before: timedelta, kw: dict[str, str], text: str) -> None:
    start = at(2026, 11, 6, 10)
    assert alert_text(occurrence(start, **kw), start - before) == text


def test_alert_text_across_the_autumn_change_counts_real_minutes() -> None:
    # 02:10 standard time is 25 real minutes after 02:45 summer time.
    start = datetime(2026, 10, 25, 2, 10, tzinfo=COPENHAGEN, fold=1)
    now = datetime(2026, 10, 25, 2, 45, tzinfo=COPENHAGEN)
    assert alert_text(occurrence(start), now) == "Om 25 minutter: gåtur."


def test_span() -> None:
    said = [span(timedelta(minutes=m)) for m in (1, 10, 15, 60, 75, 90, 120)]
    assert said == [
        "et minut", "10 minutter", "et kvarter", "en time",
        "1 time og 15 minutter", "halvanden time", "2 timer",
    ]  # fmt: skip


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


async def test_http_delivery_of_a_plan_alert_is_one_request_with_its_text() -> None:
    """The real aiohttp client against a local aiohttp server standing in for Rasa."""
    seen: list[tuple[str, dict[str, str], Any]] = []

    async def rasa(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append((body.pop("citizen"), request.headers.get("Authorization"), body))
        return web.json_response({}, status=500 if seen[-1][0] == "down" else 200)

    app = web.Application()
    app.router.add_post(DELIVERY_PATH, rasa)
    runner, base = await serve(app)
    start = at(2026, 11, 6, 10, 30)
    try:
        async with aiohttp.ClientSession() as session:
            deliverer = HttpDeliverer(base, session, token="hemmelig")
            said = await deliverer.deliver_plan_alert("anna", 12, start, "Om et kvarter: frisør.")
            refused = await deliverer.deliver_plan_alert("down", 1, start, "Nu: gåtur.")
            unreachable = HttpDeliverer("http://127.0.0.1:9", session)
            assert not await unreachable.deliver_plan_alert("anna", 12, start, "x")
    finally:
        await runner.cleanup()
    assert said is True and refused is False
    value = (
        '{"item_id": 12, "start": "2026-11-06T10:30:00+01:00", "text": "Om et kvarter: frisør."}'
    )
    assert seen[0] == (
        "anna",
        "Bearer hemmelig",
        {
            "intent": "EXTERNAL_plan_alert",
            "entities": {"plan_alert": value},
            "key": "plan:12:2026-11-06T10:30:00+01:00",
        },
    )
    assert json.loads(value)["text"] == "Om et kvarter: frisør."
    assert [s[0] for s in seen] == ["anna", "down"]


def test_worker_takes_the_plan_database_option(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.app import worker
    from bot.plan.settings import PlanSettings

    seen: list[PlanSettings] = []

    async def fake_serve(settings: Any, plan: PlanSettings) -> None:
        seen.append(plan)

    monkeypatch.setattr(worker, "serve", fake_serve)
    monkeypatch.setenv("VELFAERD_PLAN_DB", "sqlite:////tmp/fra-miljoet.db")
    assert worker.main([]) == 0
    assert worker.main(["--plan-db", "postgresql://db/plan"]) == 0
    assert [p.db_url for p in seen] == ["sqlite:////tmp/fra-miljoet.db", "postgresql://db/plan"]
