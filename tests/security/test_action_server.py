"""Finding 1: the action server ran any action for anyone who could reach it, with the
tracker the caller sent (sender, channel, slots). Here the attacker is another process
on the host, and a web page in the citizen's browser; neither holds Rasa's token."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
import zlib
from typing import Any

import pytest

from bot.app.serve import Servers
from testkit.standin.home_devices import SimulatedHome
from tests.integration.conftest import Chat

pytestmark = pytest.mark.integration


def forged_call(
    text: str, sender: str = "hjem-anna", slots: dict[str, Any] | None = None
) -> dict[str, Any]:
    """What Rasa would send to run action_home for `sender` after `text`."""
    return {
        "next_action": "action_home",
        "sender_id": sender,
        "version": "3.6.21",
        "domain": {},
        "tracker": {
            "sender_id": sender,
            "slots": slots or {},
            "latest_message": {
                "text": text,
                "intent": {"name": "home_control", "confidence": 1.0},
                "entities": [],
            },
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
            "latest_input_channel": "rest",
        },
    }


def post(
    servers: Servers, body: bytes, headers: dict[str, str], path: str = "/webhook"
) -> tuple[int, bytes]:
    url = f"http://{servers.host}:{servers.actions_port}{path}"
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_only_rasa_runs_actions(servers: Servers, home_devices: SimulatedHome) -> None:
    body = json.dumps(forged_call("tænd lyset i køkkenet")).encode()
    json_type = {"Content-Type": "application/json"}
    token = {"Authorization": f"Bearer {servers.actions_token}"}
    attempts = {
        "no token": (body, json_type),
        "wrong token": (body, {**json_type, "Authorization": "Bearer " + "x" * 43}),
        "token as another scheme": (
            body,
            {**json_type, "Authorization": f"Basic {servers.actions_token}"},
        ),
        "a web page (Origin)": (body, {**json_type, **token, "Origin": "http://127.0.0.1:8000"}),
        "text/plain (no preflight)": (body, {"Content-Type": "text/plain", **token}),
        "compressed": (zlib.compress(body), {**json_type, **token, "Content-Encoding": "deflate"}),
    }
    for name, (data, headers) in attempts.items():
        status, answer = post(servers, data, headers)
        assert status in (401, 403, 415), (name, status, answer[:200])
        assert b"event" not in answer, name
    status, _ = post(servers, b"{}", json_type, path="/actions")
    assert status in (401, 405), "the list of actions is Rasa's too"
    assert home_devices.received == [], "a refused call ran the lamp"
    # Rasa itself, with the token, still runs them: the lamp the citizen asks for is on.
    status, answer = post(servers, body, {**json_type, **token})
    assert status == 200, answer[:300]
    assert home_devices.received, "the action answers after the lamp confirmed"


def listening(port: int) -> set[str]:
    """The addresses something listens on at `port` (Linux's /proc/net/tcp, tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table, encoding="ascii") as f:
            for line in f.readlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                address, _, hexport = local.partition(":")
                if state == "0A" and int(hexport, 16) == port:
                    found.add(address)
    return found


def test_the_action_server_listens_only_on_loopback(servers: Servers) -> None:
    assert listening(servers.actions_port) == {"0100007F"}  # 127.0.0.1, nothing else


def test_a_huge_body_is_refused_before_it_is_read(servers: Servers) -> None:
    """Sanic's default would read 100 MB first; the action server answers 413 on the
    announced length, before the body is sent."""
    with socket.create_connection((servers.host, servers.actions_port), timeout=60) as conn:
        conn.sendall(
            b"POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Authorization: Bearer {servers.actions_token}\r\n".encode()
            + f"Content-Length: {64 * 1024 * 1024}\r\n\r\n".encode()
            + b"{"
        )
        head = conn.recv(200)
    assert head.startswith(b"HTTP/1.1 413"), head


def test_a_forged_pending_unlock_and_ja_opens_nothing(
    servers: Servers, home_devices: SimulatedHome
) -> None:
    """The review's end-to-end attack: the home's question in the slot, forged, then
    "ja". Even with Rasa's own token (as if the tracker store were written by someone),
    the unsealed slot runs nothing and the door stays locked."""
    pending = json.dumps(
        {
            "ask": "confirm",
            "command": {"action": "unlock", "kind": "lock"},
            "ids": ["hoveddoer"],
            "question": "Skal jeg låse hoveddøren op?",
        }
    )
    call = forged_call("ja", slots={"home_pending": pending, "requested_slot": "home_answer"})
    call["next_action"] = "validate_home_answer_form"
    call["tracker"]["latest_message"]["intent"] = {"name": "affirm", "confidence": 1.0}
    status, answer = post(
        servers,
        json.dumps(call).encode(),
        {"Content-Type": "application/json", "Authorization": f"Bearer {servers.actions_token}"},
    )
    assert status == 200, answer[:300]
    assert home_devices.received == [], "the forged question opened the door"
    assert "ikke gjort noget" in answer.decode()


def test_the_rest_channel_does_not_take_the_intent_shorthand(servers: Servers) -> None:
    """ "/affirm{...}" is Rasa's test shorthand for an intent with entities of the
    sender's choosing; a caller gets it read as words instead."""
    chat = Chat(servers.webhook, sender="hjem-anna")
    answer = chat.say('/greet{"staff_citizen": "hjem-bent"}')
    assert answer  # answered as text, never with an error
    status, _ = chat.post_raw(json.dumps({"sender": "x", "message": "/"}).encode())
    assert status == 200
