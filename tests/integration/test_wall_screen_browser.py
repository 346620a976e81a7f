"""The wall screen in a real headless browser (Debian's Chromium, driven by Playwright).

How time is controlled: the web app is the real one (create_app, served by Sanic on a
free port in a thread of this process) with a ManualClock injected, as every other
clock seam in the project; the plan store gets the same clock. The page takes its
time from the server, so the test decides what "now" is: the tests give the same
result at 23.59 as at noon, and nothing in the app knows it is being tested. One
test also runs the real `python -m bot web` process, on the real clock, checking only
what holds at any hour.

Playwright, not Selenium: it needs only greenlet (Selenium's trio wants attrs >= 23,
Rasa 3.6 pins attrs 22.1.0), and it drives /usr/bin/chromium as it is; no browser is
ever downloaded (never run `playwright install`).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.clock import COPENHAGEN, SystemClock
from bot.core.danish.spoken_time import weekday_and_date
from bot.plan.store import PlanStore
from bot.web.app import create_app
from bot.web.screens import ScreenLinks
from bot.web.settings import WebSettings
from testkit.plan_example import EXAMPLE_TITLES, add_example_day
from testkit.support import PATIENCE_S, ManualClock, ThreadedServer
from tests.integration.conftest import ROOT, free_port

pytestmark = pytest.mark.integration

ARTIFACTS = ROOT / "var" / "artifacts"
REFUSAL = "Denne skærm-adresse virker ikke. Spørg personalet om en ny."
MONDAY = datetime(2026, 11, 23, tzinfo=COPENHAGEN)
TITLES = EXAMPLE_TITLES


def at(day: datetime, hour: int, minute: int = 0) -> datetime:
    return day.replace(hour=hour, minute=minute)


@dataclass
class Wall:
    url: str
    plan: PlanStore
    links: ScreenLinks
    clock: ManualClock
    server: ThreadedServer

    def link(self, citizen: str = "anna") -> tuple[int, str]:
        link, token = self.links.create(citizen, acting="staff:test", label="Stuen")
        return link.id, f"{self.url}/skaerm/{token}"


@pytest.fixture
def wall(tmp_path: Path) -> Iterator[Wall]:
    clock = ManualClock(at(MONDAY, 6))
    db = f"sqlite:///{tmp_path / 'plan.db'}"
    plan, links = PlanStore(db, clock), ScreenLinks(db, clock)
    plan.create_schema()
    links.create_schema()
    add_example_day(plan, "anna", MONDAY.date(), acting="staff:test")
    plan.add("bent", "Bents hemmelige aftale", at(MONDAY, 10), at(MONDAY, 11), acting="t")
    # A one-second poll so the page's own updates show within the test.
    settings = WebSettings.from_env({"VELFAERD_WEB_POLL_SECONDS": "1"})
    server = ThreadedServer(create_app(settings, plan, links, clock)).start()
    yield Wall(server.url, plan, links, clock, server)
    server.stop()
    plan.dispose()
    links.dispose()


@pytest.fixture
def page(browser: Any, errors: list[str]) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="da-DK")
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()


def titles(page: Any) -> list[str]:
    return [t.strip() for t in page.locator("#plan li .title").all_text_contents()]


def test_the_day_in_order_with_now_and_next(wall: Wall, page: Any, errors: list[str]) -> None:
    from playwright.sync_api import expect

    wall.clock.current = at(MONDAY, 10, 15)
    _, url = wall.link()
    response = page.goto(url)
    assert response.status == 200
    page.wait_for_selector("html[data-rendered]")
    assert titles(page) == TITLES
    assert page.locator("#dag").text_content() == "mandag den 23. november"
    assert page.locator("#dagsdel").text_content() == "formiddag"
    expect(page.locator("#ur")).to_have_text("10.15")
    assert page.locator("#nu .title").text_content() == "Fysioterapi"
    assert page.locator("#nu .when").text_content() == "kl. 10 til kl. 11"
    assert page.locator("#nu .where").text_content() == "Stuen · med fysioterapeuten"
    assert page.locator("#nu .left").text_content() == "Slutter kl. 11 – om 45 minutter"
    assert page.locator("#bagefter .title").text_content() == "Frokost"
    assert page.locator("#bagefter .when").text_content() == "kl. 12 – om 1 time og 45 minutter"
    states = page.locator("#plan li").evaluate_all("els => els.map(e => e.dataset.state)")
    assert states == ["done", "done", "current", "next", "later", "later", "later", "later"]
    width = page.locator("#nu .fill").evaluate("e => parseFloat(e.style.width)")
    assert 74 <= width <= 75  # three quarters of the hour left, shrinking second by second
    assert "Bents" not in page.content()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "wall_screen.png"))
    page.set_viewport_size({"width": 800, "height": 1280})  # a tablet standing up
    page.screenshot(path=str(ARTIFACTS / "wall_screen_portrait.png"))
    assert errors == []


def test_it_updates_by_itself(wall: Wall, page: Any, errors: list[str]) -> None:
    from playwright.sync_api import expect

    wall.clock.current = at(MONDAY, 10, 15)
    _, url = wall.link()
    page.goto(url)
    page.wait_for_selector("html[data-rendered]")
    start = at(MONDAY, 11, 15)
    added = wall.plan.add("anna", "Præsten kommer", start, start + timedelta(minutes=30),
                          acting="staff:test", place="Stuen")  # fmt: skip
    expect(page.locator("#plan li .title").nth(3)).to_have_text("Præsten kommer", timeout=10_000)
    expect(page.locator("#bagefter .title")).to_have_text("Præsten kommer")

    wall.clock.current = at(MONDAY, 11, 20)  # time moves on: the visit is now
    expect(page.locator("#nu .title")).to_have_text("Præsten kommer", timeout=10_000)
    expect(page.locator("#bagefter .title")).to_have_text("Frokost")
    expect(page.locator("#ur")).to_have_text("11.20")

    wall.plan.delete("anna", added.id, acting="staff:test")
    expect(page.locator("#nu .title")).to_have_text("Ingen aftale lige nu", timeout=10_000)
    expect(page.locator("#nu .left")).to_have_text("40 minutter til kl. 12")
    assert titles(page) == TITLES
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "wall_screen_between.png"))
    assert errors == []


def test_a_new_day_after_midnight(wall: Wall, page: Any) -> None:
    from playwright.sync_api import expect

    tuesday = MONDAY + timedelta(days=1)
    wall.plan.add("anna", "Dagcenter", at(tuesday, 9), at(tuesday, 15), acting="staff:test")
    wall.clock.current = at(MONDAY, 23, 59) + timedelta(seconds=50)
    _, url = wall.link()
    page.goto(url)
    page.wait_for_selector("html[data-rendered]")
    assert page.locator("#dag").text_content() == "mandag den 23. november"
    assert page.locator("#bagefter .when").text_content() == "i morgen kl. 9"

    wall.clock.current = tuesday + timedelta(seconds=5)
    expect(page.locator("#dag")).to_have_text("tirsdag den 24. november", timeout=10_000)
    expect(page.locator("#dagsdel")).to_have_text("nat")
    assert titles(page) == ["Dagcenter"]
    assert page.locator("#bagefter .when").text_content() == "kl. 9 – om 9 timer"  # at 0.00.05


def test_a_wrong_or_revoked_link_shows_nothing_of_the_plan(
    wall: Wall, page: Any, errors: list[str]
) -> None:
    from playwright.sync_api import expect

    wall.clock.current = at(MONDAY, 10, 15)
    link_id, url = wall.link()
    for bad in (f"{wall.url}/skaerm/{'x' * 43}", f"{wall.url}/skaerm/forkert", url + "x"):
        response = page.goto(bad)
        assert response.status == 404
        assert page.locator("#afvist").text_content() == REFUSAL
        assert not any(t in page.content() for t in TITLES)

    page.goto(url)  # a live link, open on the wall; then staff revoke it
    page.wait_for_selector("html[data-rendered]")
    assert titles(page) == TITLES
    assert wall.links.revoke("anna", link_id, acting="staff:test")
    expect(page.locator("#afvist")).to_have_text(REFUSAL, timeout=10_000)
    assert not any(t in page.content() for t in TITLES)
    assert "Fysioterapi" not in page.locator("body").inner_text()

    page.wait_for_timeout(2500)  # the page keeps running: no script errors once refused
    assert all("404" in e for e in errors), errors

    response = page.goto(url)  # and it stays refused
    assert response.status == 404
    assert page.locator("#afvist").text_content() == REFUSAL


def test_server_gone_keeps_the_last_day_with_a_calm_note(wall: Wall, page: Any) -> None:
    from playwright.sync_api import expect

    wall.clock.current = at(MONDAY, 10, 15)
    _, url = wall.link()
    page.goto(url)
    page.wait_for_selector("html[data-rendered]")
    wall.server.stop()
    expect(page.locator("#besked")).to_have_text(
        "Ingen forbindelse lige nu. Skærmen viser det seneste, den ved.", timeout=10_000
    )
    assert titles(page) == TITLES
    assert page.locator("#nu .title").text_content() == "Fysioterapi"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "wall_screen_offline.png"))


def test_the_real_process_serves_and_stops_cleanly(
    tmp_path: Path, page: Any, errors: list[str]
) -> None:
    """`python -m bot web` on the real clock: only what holds at any hour is checked."""
    db = f"sqlite:///{tmp_path / 'plan.db'}"
    links = ScreenLinks(db)
    links.create_schema()
    link, token = links.create("anna", acting="staff:test")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "web", "--port", str(port), "--db", db],
        cwd=ROOT,
        env={**os.environ, "VELFAERD_WEB_POLL_SECONDS": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + PATIENCE_S
        while True:
            try:
                if page.request.get(f"{base}/health").ok:
                    break
            except Exception:
                pass
            assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
            assert time.monotonic() < deadline, "python -m bot web did not answer"
            time.sleep(0.2)
        days = {weekday_and_date(SystemClock().now())}
        page.goto(f"{base}/skaerm/{token}")
        page.wait_for_selector("html[data-rendered]")
        days.add(weekday_and_date(SystemClock().now()))
        assert page.locator("#dag").text_content() in days
        assert re.fullmatch(r"\d{1,2}\.\d{2}", page.locator("#ur").text_content())
        assert page.locator("#tom").is_visible()  # an empty plan says so
        links.revoke("anna", link.id, acting="staff:test")
        response = page.goto(f"{base}/skaerm/{token}")
        assert response.status == 404
        assert page.locator("#afvist").text_content() == REFUSAL
        assert all("404" in e for e in errors), errors
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        links.dispose()
    assert code == 0
