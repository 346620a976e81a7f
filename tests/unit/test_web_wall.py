"""The wall screen: the day view at given times (midnight, summer time), and its HTTP face
on a real Sanic server on a free port (headers, refusals, no 500s)."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.core.clock import COPENHAGEN
from bot.plan.model import PlanItem
from bot.plan.store import PlanStore
from bot.web.app import create_app
from bot.web.screens import ScreenLinks
from bot.web.settings import WebSettings
from bot.web.wall import day_view, duration_words, written_clock
from testkit.support import ManualClock, serve

MONDAY = datetime(2026, 11, 23, 0, 0, tzinfo=COPENHAGEN)


def at(day: datetime, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return day.replace(hour=hour, minute=minute, fold=fold)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(at(MONDAY, 6))


@pytest.fixture
def plan(tmp_path: Path, clock: ManualClock) -> Iterator[PlanStore]:
    store = PlanStore(f"sqlite:///{tmp_path / 'plan.db'}", clock)
    store.create_schema()
    yield store
    store.dispose()


def add(plan: PlanStore, title: str, start: datetime, minutes: int, **kw: Any) -> PlanItem:
    return plan.add("anna", title, start, start + timedelta(minutes=minutes), acting="t", **kw)


def titles(view: dict[str, Any]) -> list[tuple[str, str]]:
    return [(i["title"], i["state"]) for i in view["items"]]


# ---- words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "said"),
    [
        (0, "1 minut"),
        (0.2, "1 minut"),
        (1, "1 minut"),
        (24.5, "25 minutter"),
        (60, "1 time"),
        (90, "halvanden time"),
        (65, "1 time og 5 minutter"),
        (121, "2 timer og 1 minut"),
        (180, "3 timer"),
    ],
)
def test_duration_words(minutes: float, said: str) -> None:
    assert duration_words(timedelta(minutes=minutes)) == said


def test_written_clock() -> None:
    assert written_clock(at(MONDAY, 9)) == "kl. 9"
    assert written_clock(at(MONDAY, 14, 30)) == "kl. 14.30"
    assert written_clock(at(MONDAY, 0, 5)) == "kl. 0.05"


# ---- the day view -----------------------------------------------------------------------


def test_items_in_order_with_now_next_done_and_later(plan: PlanStore, clock: ManualClock) -> None:
    add(plan, "Frokost", at(MONDAY, 12), 45, place="Køkkenet")
    add(plan, "Hjemmeplejen", at(MONDAY, 7, 30), 30, who="hjemmeplejen")
    add(plan, "Fysioterapi", at(MONDAY, 10), 60, place="Stuen", who="fysioterapeuten")
    add(plan, "Kaffe", at(MONDAY, 15), 60)
    add(plan, "I morgen", at(MONDAY + timedelta(days=1), 9), 60)
    plan.add("bent", "Bents aftale", at(MONDAY, 10, 30), at(MONDAY, 11), acting="t")

    view = day_view(plan, "anna", at(MONDAY, 10, 15))
    assert titles(view) == [
        ("Hjemmeplejen", "done"),
        ("Fysioterapi", "current"),
        ("Frokost", "next"),
        ("Kaffe", "later"),
    ]
    assert view["day"] == "mandag den 23. november"
    assert view["year"] == 2026
    assert view["part_of_day"] == "formiddag"
    assert view["clock"] == "kl. 10.15"
    assert view["current"]["title"] == "Fysioterapi"
    assert (view["current"]["start"], view["current"]["end"]) == ("kl. 10", "kl. 11")
    assert view["current"]["place"] == "Stuen"
    assert view["current"]["who"] == "fysioterapeuten"
    assert view["next"]["title"] == "Frokost"
    assert view["next"]["start"] == "kl. 12"
    assert view["next"]["in"] == "om 1 time og 45 minutter"
    left = view["left"]
    assert left["of"] == "item"
    assert left["fraction"] == 0.75
    assert (left["until"], left["words"]) == ("kl. 11", "45 minutter")
    assert view["refresh_at"] == at(MONDAY, 11).isoformat()  # when Fysioterapi ends
    json.dumps(view)  # ready for JSON as it is


def test_nothing_now_shows_the_hour_left_and_the_next_day(
    plan: PlanStore, clock: ManualClock
) -> None:
    add(plan, "Morgenmad", at(MONDAY, 8), 30)
    add(plan, "Dagcenter", at(MONDAY + timedelta(days=1), 9), 360)
    view = day_view(plan, "anna", at(MONDAY, 20, 40), poll_seconds=5)
    assert titles(view) == [("Morgenmad", "done")]
    assert view["current"] is None
    assert view["part_of_day"] == "aften"
    assert view["next"]["title"] == "Dagcenter"
    assert view["next"]["start"] == "i morgen kl. 9"
    assert "in" not in view["next"]  # no countdown to tomorrow
    left = view["left"]
    assert (left["of"], left["until"], left["words"]) == ("hour", "kl. 21", "20 minutter")
    assert left["fraction"] == pytest.approx(1 / 3, abs=1e-4)
    assert view["poll_seconds"] == 5


def test_an_empty_plan(plan: PlanStore) -> None:
    view = day_view(plan, "anna", at(MONDAY, 9, 59) + timedelta(seconds=30))
    assert view["items"] == [] and view["current"] is None and view["next"] is None
    assert view["left"]["words"] == "1 minut"


def test_overlapping_items_the_latest_started_is_now(plan: PlanStore) -> None:
    add(plan, "Dagcenter", at(MONDAY, 9), 360)
    add(plan, "Fodpleje", at(MONDAY, 11), 30)
    view = day_view(plan, "anna", at(MONDAY, 11, 10))
    assert titles(view) == [("Dagcenter", "running"), ("Fodpleje", "current")]
    assert view["next"] is None


def test_across_midnight(plan: PlanStore, clock: ManualClock) -> None:
    tuesday = MONDAY + timedelta(days=1)
    add(plan, "Aftenkaffe", at(MONDAY, 21), 30)
    add(plan, "Nattevagt kigger ind", at(MONDAY, 23, 30), 60)  # 23.30 to 0.30
    add(plan, "Morgenmad", at(tuesday, 8), 30)

    before = day_view(plan, "anna", at(MONDAY, 23, 59) + timedelta(seconds=30))
    assert before["day"] == "mandag den 23. november"
    assert titles(before) == [("Aftenkaffe", "done"), ("Nattevagt kigger ind", "current")]
    assert before["current"]["end"] == "i morgen kl. 0.30"
    assert before["next"]["start"] == "i morgen kl. 8"
    assert before["refresh_at"] == tuesday.isoformat()  # just after midnight

    after = day_view(plan, "anna", at(tuesday, 0, 5))
    assert after["day"] == "tirsdag den 24. november"
    assert after["part_of_day"] == "nat"
    assert titles(after) == [("Nattevagt kigger ind", "current"), ("Morgenmad", "next")]
    assert after["items"][0]["start"] == "i går kl. 23.30"
    assert after["items"][0]["end"] == "kl. 0.30"
    assert after["left"]["words"] == "25 minutter"
    assert after["next"]["in"] == "om 7 timer og 55 minutter"


def test_summer_time_starts(plan: PlanStore, clock: ManualClock) -> None:
    day = datetime(2026, 3, 29, tzinfo=COPENHAGEN)  # 02:00 becomes 03:00
    clock.current = at(day - timedelta(days=3), 6)
    add(plan, "Nattepleje", at(day - timedelta(days=2), 2, 30), 20, rrule="FREQ=DAILY")
    add(plan, "Morgenmad", at(day, 8), 30)
    view = day_view(plan, "anna", at(day, 1, 30))
    assert view["day"] == "søndag den 29. marts"
    # The daily 02.30 does not exist tonight: it is at 03.30, after the gap.
    assert [(i["title"], i["start"]) for i in view["items"]] == [
        ("Nattepleje", "kl. 3.30"),
        ("Morgenmad", "kl. 8"),
    ]
    left = view["left"]  # the hour from 1.00 ends at 3.00 on the clock, 30 minutes on
    assert (left["until"], left["words"], left["fraction"]) == ("kl. 3", "30 minutter", 0.5)
    assert view["next"]["in"] == "om 1 time"


def test_summer_time_ends(plan: PlanStore, clock: ManualClock) -> None:
    day = datetime(2026, 10, 25, tzinfo=COPENHAGEN)  # 03:00 goes back to 02:00
    clock.current = at(day, 0)
    add(plan, "Lang nat", at(day, 1, 30), 120)  # 1.30 to 3.30 on the clock: three hours
    add(plan, "Morgenmad", at(day, 8), 30)
    second_pass = at(day, 2, 45, fold=1)  # the second 2.45 of the night
    view = day_view(plan, "anna", second_pass)
    assert view["clock"] == "kl. 2.45"
    assert titles(view) == [("Lang nat", "current"), ("Morgenmad", "next")]
    assert view["left"]["words"] == "45 minutter"
    assert view["left"]["fraction"] == 0.25  # 45 of 180 minutes
    first_pass = day_view(plan, "anna", at(day, 2, 15, fold=0))
    assert first_pass["left"]["words"] == "2 timer og 15 minutter"
    assert first_pass["left"]["fraction"] == 0.75


def test_a_plain_list_of_items_works_as_source(plan: PlanStore) -> None:
    add(plan, "Frokost", at(MONDAY, 12), 45)
    items = plan.items("anna")
    assert titles(day_view(iter(items), "anna", at(MONDAY, 12, 10))) == [("Frokost", "current")]


# ---- over HTTP ----------------------------------------------------------------------------


class Broken:
    """A plan source whose database is gone."""

    def items_for(self, citizen_id: str, start: datetime, end: datetime) -> list[PlanItem]:
        raise RuntimeError("database is gone")


@pytest.fixture
def links(tmp_path: Path, clock: ManualClock) -> Iterator[ScreenLinks]:
    store = ScreenLinks(f"sqlite:///{tmp_path / 'plan.db'}", clock)
    store.create_schema()
    yield store
    store.dispose()


@pytest.fixture
async def base(plan: PlanStore, links: ScreenLinks, clock: ManualClock) -> AsyncIterator[str]:
    settings = WebSettings.from_env({"VELFAERD_WEB_POLL_SECONDS": "7"})
    async for url in serve(create_app(settings, plan, links, clock)):
        yield url


async def get(url: str) -> tuple[int, Mapping[str, str], str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, resp.headers.copy(), await resp.text()  # names in any case


async def test_the_page_carries_the_day_and_strict_headers(
    base: str, plan: PlanStore, links: ScreenLinks, clock: ManualClock
) -> None:
    add(plan, "Frokost <b>med</b> Karen", at(MONDAY, 12), 45)
    clock.current = at(MONDAY, 12, 10)
    _, token = links.create("anna", acting="staff:bo")
    status, headers, body = await get(f"{base}/skaerm/{token}")
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Cache-Control"] == "no-store"
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<b>med</b>" not in body  # the title is data, escaped inside the JSON block
    embedded = re.search(r'<script id="dag-data" type="application/json">(.*?)</script>', body)
    assert embedded is not None
    data = json.loads(embedded.group(1))
    assert data["current"]["title"] == "Frokost <b>med</b> Karen"
    assert data["poll_seconds"] == 7
    assert "<script>" not in body and "onload" not in body  # no inline script anywhere


async def test_day_json(base: str, plan: PlanStore, links: ScreenLinks, clock: ManualClock) -> None:
    add(plan, "Frokost", at(MONDAY, 12), 45)
    clock.current = at(MONDAY, 11)
    _, token = links.create("anna", acting="staff:bo")
    status, headers, body = await get(f"{base}/skaerm/{token}/dag.json")
    assert status == 200
    assert headers["Cache-Control"] == "no-store"
    data = json.loads(body)
    assert data["next"]["title"] == "Frokost"
    assert datetime.fromisoformat(data["now"]) == at(MONDAY, 11)


@pytest.mark.parametrize("suffix", ["", "/dag.json"])
async def test_wrong_and_revoked_tokens_are_refused_with_nothing_of_the_plan(
    base: str, plan: PlanStore, links: ScreenLinks, suffix: str
) -> None:
    add(plan, "Hemmelig aftale", at(MONDAY, 12), 45)
    link, token = links.create("anna", acting="staff:bo")
    links.revoke("anna", link.id, acting="staff:bo")
    for bad in (token, "x" * 43, "kort", token + "x"):
        status, headers, body = await get(f"{base}/skaerm/{bad}{suffix}")
        assert status == 404
        assert "Denne skærm-adresse virker ikke. Spørg personalet om en ny." in body
        assert "Hemmelig" not in body and "anna" not in body
        assert headers["Referrer-Policy"] == "no-referrer"


async def test_assets_health_and_unknown_pages(base: str) -> None:
    status, headers, body = await get(f"{base}/static/wall.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert headers["Cache-Control"] == "no-cache" and headers["ETag"]
    async with aiohttp.ClientSession() as session:
        async with session.get(
            f"{base}/static/wall.css", headers={"If-None-Match": "nope"}
        ) as resp:
            etag = resp.headers["ETag"]
            assert resp.status == 200
        async with session.get(f"{base}/static/wall.css", headers={"If-None-Match": etag}) as resp:
            assert resp.status == 304
    assert (await get(f"{base}/health"))[0] == 200
    for path in ("/static/wall.html", "/static/../screens.py", "/nothing", "/skaerm"):
        status, _, body = await get(base + path)
        assert status == 404 and "Siden findes ikke." in body


async def test_a_failing_store_gives_a_danish_503_never_a_500(
    links: ScreenLinks, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    _, token = links.create("anna", acting="staff:bo")
    broken = create_app(WebSettings.from_env({}), Broken(), links, clock)  # type: ignore[arg-type]
    async for url in serve(broken):
        status, headers, body = await get(f"{url}/skaerm/{token}/dag.json")
        assert status == 503
        assert json.loads(body) == {
            "fejl": "Skærmen kan ikke hente dagens plan lige nu. Den prøver igen af sig selv."
        }
        status, _, body = await get(f"{url}/skaerm/{token}")
        assert status == 503 and "prøver igen" in body and "Traceback" not in body
        assert headers["Referrer-Policy"] == "no-referrer"
    assert "database is gone" in caplog.text  # logged for the people running it,
    assert token not in caplog.text  # but never the secret address
