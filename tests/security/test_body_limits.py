"""Finding 7 (in part): Sanic read up to 100 MB of a body before any channel could
refuse it; a 90 MB POST grew the Rasa process by ~270 MB. Now Rasa refuses on the
announced length (VELFAERD_RASA_MAX_BYTES, 1 MB), before reading."""

from __future__ import annotations

import socket

import pytest

from bot.app.serve import Servers

pytestmark = pytest.mark.integration


def announce(host: str, port: int, path: str, length: int) -> bytes:
    with socket.create_connection((host, port), timeout=60) as conn:
        conn.sendall(
            f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {length}\r\n\r\n{{".encode()
        )
        return conn.recv(200)


def test_rasa_refuses_a_huge_body_before_reading_it(servers: Servers) -> None:
    for path in ("/webhooks/rest/webhook", "/webhooks/teams/webhook"):
        head = announce(servers.host, servers.port, path, 90 * 1024 * 1024)
        assert head.startswith(b"HTTP/1.1 413"), (path, head)
