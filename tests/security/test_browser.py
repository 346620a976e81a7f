"""Finding 2: a web site the citizen visits talked as the citizen, through the
citizen's own browser: Rasa answered any Origin (`--cors "*"`), socket.io accepted any
Origin, REST took text/plain (a "simple" request: no CORS preflight). Here a page on
another origin, in a real Chromium, tries all three, and the action server too."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sanic import Sanic
from sanic.response import html

from bot.app.serve import Servers
from testkit.standin.home_devices import SimulatedHome
from testkit.support import ThreadedServer

pytestmark = pytest.mark.integration

ATTACK = """<!doctype html><meta charset="utf-8"><title>Gratis kaffe</title>
<p id="done"></p>
<script>
const say = JSON.stringify({sender: "hjem-anna", message: "tænd lyset i køkkenet"});
const tries = [
  fetch("%(rest)s", {method: "POST", mode: "no-cors",
                     headers: {"Content-Type": "text/plain"}, body: say}),
  fetch("%(rest)s", {method: "POST", mode: "cors", credentials: "include",
                     headers: {"Content-Type": "application/json"}, body: say}),
  fetch("%(actions)s", {method: "POST", mode: "no-cors",
                        headers: {"Content-Type": "text/plain"}, body: "%(call)s"}),
];
Promise.allSettled(tries).then(r => {
  document.getElementById("done").textContent = r.map(x => x.status).join(",");
});
</script>"""


@pytest.fixture
def attacker(servers: Servers) -> Iterator[str]:
    call = json.dumps({"next_action": "action_home", "sender_id": "hjem-anna"})
    page = ATTACK % {
        "rest": servers.webhook,
        "actions": f"http://127.0.0.1:{servers.actions_port}/webhook",
        "call": call.replace('"', '\\"'),
    }
    app = Sanic(f"attacker_{uuid.uuid4().hex[:8]}")

    @app.get("/")
    async def index(_: Any) -> Any:
        return html(page)

    server = ThreadedServer(app).start()
    yield server.url
    server.stop()


def test_a_web_page_elsewhere_cannot_talk_as_the_citizen(
    browser: Any, attacker: str, home_devices: SimulatedHome
) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(attacker)
    page.wait_for_function("document.getElementById('done').textContent !== ''", timeout=60_000)
    context.close()
    assert home_devices.received == [], "a foreign page turned on the lamp"


def post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


def test_rest_takes_only_json_and_no_foreign_page(
    servers: Servers, home_devices: SimulatedHome
) -> None:
    body = json.dumps({"sender": "hjem-anna", "message": "tænd lyset i køkkenet"}).encode()
    status, answer = post(servers.webhook, body, {"Content-Type": "text/plain"})
    assert status == 415 and "JSON" in answer["error"]
    status, answer = post(
        servers.webhook,
        body,
        {"Content-Type": "application/json", "Origin": "http://evil.example"},
    )
    assert status == 403 and answer["error"]
    assert home_devices.received == []
    same = {"Content-Type": "application/json", "Origin": servers.url}
    status, answer = post(
        servers.webhook, json.dumps({"sender": "x", "message": "hej"}).encode(), same
    )
    assert status == 200 and answer  # the assistant's own page may


def test_no_cors_grant_to_another_origin(servers: Servers) -> None:
    request = urllib.request.Request(
        servers.webhook,
        method="OPTIONS",
        headers={
            "Origin": "http://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            allowed = r.headers.get("Access-Control-Allow-Origin")
    except urllib.error.HTTPError as err:
        allowed = err.headers.get("Access-Control-Allow-Origin")
    assert allowed in (None, ""), allowed
