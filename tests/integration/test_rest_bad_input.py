"""Bad input on the REST channel: a Danish answer or a 4xx, never a 500; the server keeps serving."""

import json
import socket
import time
import urllib.request

import pytest

from bot import inbound
from bot.app.serve import Servers
from tests.integration.conftest import Chat


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"",
        b"null",
        b"[]",
        b'"hej"',
        b"\xff\xfe\x00",
        json.dumps({"sender": "x", "message": 42}).encode(),
        json.dumps({"sender": "x", "message": None}).encode(),
        json.dumps({"sender": "x", "message": ["hej"]}).encode(),
        json.dumps({"sender": {"a": 1}, "message": "hej"}).encode(),
        json.dumps({"message": "hej"}).encode(),
        json.dumps({"sender": "x", "message": "hej", "metadata": [1]}).encode(),
    ],
)
def test_malformed_requests_get_4xx(chat: Chat, body: bytes) -> None:
    status, reply = chat.post_raw(body)
    assert 400 <= status < 500, (status, reply)
    assert isinstance(reply, dict) and reply.get("error")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("", inbound.EMPTY_REPLY),
        ("   \n\t ", inbound.EMPTY_REPLY),
        ("\x00\x07\x1b", inbound.EMPTY_REPLY),
        ("🙂🙂🙂", inbound.NO_WORDS_REPLY),
        ("hej " * 25_000, inbound.too_long_reply(1000)),
    ],
)
def test_empty_emoji_and_huge_messages_get_danish_answers(
    chat: Chat, message: str, expected: str
) -> None:
    assert chat.say(message) == expected


def test_control_characters_inside_a_question_are_ignored(chat: Chat) -> None:
    reply = chat.say("hvad er\x00 et\x1b skærmbesøg\u200b")
    assert "skærm" in reply.lower() or "video" in reply.lower()


def test_text_with_emoji_is_understood(chat: Chat) -> None:
    assert "computerprogram" in chat.say("hej 👋").lower()


def test_server_keeps_serving_after_bad_input(chat: Chat) -> None:
    for body in (b"{", b"[]", b"null"):
        chat.post_raw(body)
    assert "computerprogram" in chat.say("hej").lower()


def test_slow_clients_do_not_keep_others_waiting(chat: Chat, servers: Servers) -> None:
    """200 clients that send their request a little at a time (slowloris) to the Rasa
    server and 200 to the web process: each holds a connection, and others are still
    answered at once. (Sanic ends such a request after its request timeout, 60 s.)"""
    head = (
        b"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: x\r\n"
        b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
    )
    slow = [socket.create_connection(("127.0.0.1", servers.port), timeout=5) for _ in range(200)]
    slow += [
        socket.create_connection(("127.0.0.1", servers.web_port), timeout=5) for _ in range(200)
    ]
    try:
        for n, client in enumerate(slow):
            client.sendall(head if n < 200 else b"GET /health HTTP/1.1\r\nHost: x\r\n")
        started = time.monotonic()
        assert "computerprogram" in chat.say("hej").lower()
        with urllib.request.urlopen(servers.web_url + "/health", timeout=10) as resp:
            assert resp.status == 200
        for client in slow:
            client.sendall(b" ")  # a little more, slowly
        assert "spis" in chat.say("hvad er en spiserobot").lower()
        assert time.monotonic() - started < 15
    finally:
        for client in slow:
            client.close()
