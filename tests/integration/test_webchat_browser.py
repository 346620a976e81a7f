"""The web chat in a real headless browser (Debian's Chromium, driven by Playwright),
against the real assistant: the page served by the Rasa server (bot/channels/webchat.py)
and the conversation over its socket.io channel, with the trained model.

Screenshots for a library PC and a phone are saved in var/artifacts/. As in
test_wall_screen_browser.py, no browser is ever downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bot.app.serve import Servers
from bot.conversation.replies import NOT_UNDERSTOOD
from bot.knowledge.replies import NEED_NOT_FOUND, NOT_FOUND
from tests.integration.conftest import ROOT

pytestmark = pytest.mark.integration

ARTIFACTS = ROOT / "var" / "artifacts"
ANSWER_MS = 30_000
PHONE = {"width": 360, "height": 740}


def open_page(browser: Any, errors: list[str], **options: Any) -> tuple[Any, Any]:
    context = browser.new_context(locale="da-DK", **options)
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return context, page


@pytest.fixture
def desktop(browser: Any, errors: list[str]) -> Iterator[Any]:
    context, page = open_page(browser, errors, viewport={"width": 1280, "height": 900})
    yield page
    context.close()


@pytest.fixture
def phone(browser: Any, errors: list[str]) -> Iterator[Any]:
    context, page = open_page(
        browser, errors, viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    yield page
    context.close()


def bot_messages(page: Any) -> Any:
    return page.locator("#samtale .msg.bot .text")


def open_chat(page: Any, servers: Servers) -> str:
    """Open the page; returns the assistant's greeting."""
    from playwright.sync_api import expect

    response = page.goto(f"{servers.url}/webhooks/chat/")
    assert response.status == 200
    expect(bot_messages(page)).to_have_count(1, timeout=ANSWER_MS)
    return str(bot_messages(page).first.text_content())


def ask(page: Any, act: Callable[[], None]) -> str:
    """Do `act` (type or click), wait for the assistant's answer and return it."""
    from playwright.sync_api import expect

    before = bot_messages(page).count()
    act()
    expect(bot_messages(page).nth(before)).to_be_visible(timeout=ANSWER_MS)
    page.wait_for_timeout(300)  # an answer may come in more than one message
    return " ".join(t.strip() for t in bot_messages(page).all_text_contents()[before:])


def click(page: Any, name: str) -> Callable[[], None]:
    return lambda: page.get_by_role("button", name=name, exact=True).click()


def test_ask_type_and_click_on_a_library_pc(
    servers: Servers, desktop: Any, errors: list[str]
) -> None:
    from playwright.sync_api import expect

    page = desktop
    greeting = open_chat(page, servers)
    assert "computerprogram, ikke et menneske" in greeting
    expect(page.locator("#robot")).to_contain_text("computerprogram, ikke et menneske")
    expect(page.locator("#menneske-info")).to_be_visible()

    # Typed with the keyboard and sent with Enter.
    def type_and_enter() -> None:
        page.locator("#besked").focus()
        page.keyboard.type("hvad er et skærmbesøg")
        page.keyboard.press("Enter")

    answer = ask(page, type_and_enter)
    expect(page.locator("#samtale .msg.user .text").last).to_have_text("hvad er et skærmbesøg")
    assert "skærmbesøg" in answer.lower() and NOT_UNDERSTOOD not in answer
    assert "video" in answer
    assert page.locator("#besked").input_value() == ""

    answer = ask(page, click(page, "Hvor kan man låne og prøve hjælpemidler?"))
    assert "Teknoteket" in answer and NOT_UNDERSTOOD not in answer

    answer = ask(page, click(page, "Tal med et menneske"))
    assert "Du kan ringe til" in answer

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "webchat_desktop.png"), full_page=True)

    # Anonymous: a random id for this tab, nothing else kept by the page.
    session = page.evaluate("() => sessionStorage.getItem('velfaerd-chat-session')")
    assert re.fullmatch(r"web-[0-9a-f]{32}", session)
    assert page.evaluate("() => localStorage.length") == 0
    assert page.context.cookies() == []
    assert errors == []


def test_a_phone_at_360_pixels(servers: Servers, phone: Any, errors: list[str]) -> None:
    from playwright.sync_api import expect

    page = phone
    assert "computerprogram" in open_chat(page, servers)
    message = page.locator("#besked")
    expect(message).to_be_visible()
    message.scroll_into_view_if_needed()
    box = message.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    size = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 20

    answer = ask(page, click(page, "Hvor kan man få hjælp til tablet og internet?"))
    assert "Nethjælpen" in answer

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "webchat_phone.png"))
    page.screenshot(path=str(ARTIFACTS / "webchat_phone_full.png"), full_page=True)
    assert errors == []


def test_each_suggestion_gets_a_real_answer(
    servers: Servers, desktop: Any, errors: list[str]
) -> None:
    """No suggestion on the page leads to "I don't understand" or "I don't know"."""
    page = desktop
    open_chat(page, servers)
    buttons = page.locator("#forslag button")
    names = [n.strip() for n in buttons.all_text_contents()]
    assert len(names) >= 4
    for name in names:
        answer = ask(page, click(page, name))
        assert answer, name
        assert not any(no in answer for no in (NOT_UNDERSTOOD, NOT_FOUND, NEED_NOT_FOUND)), (
            name,
            answer,
        )
    assert errors == []
