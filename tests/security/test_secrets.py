"""Finding 9: Rasa's API token was on its command line, which every user of the
machine reads in /proc/*/cmdline. And the action server's token likewise stays off it."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.app.serve import Servers
from tests.servers import RASA_API_TOKEN

pytestmark = pytest.mark.integration


def command_lines(servers: Servers) -> list[str]:
    lines = []
    for name in ("rasa", "actions", "reminders", "web"):
        for pid in servers.processes(name):
            try:
                lines.append(Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"))
            except OSError:
                continue
    return lines


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as err:
        return err.code


def test_no_token_on_any_command_line(servers: Servers) -> None:
    lines = command_lines(servers)
    assert any("bot.rasa_run" in line for line in lines)
    for secret in (RASA_API_TOKEN, servers.actions_token, servers.delivery_token):
        assert not any(secret in line for line in lines)


def test_rasa_api_answers_only_with_its_token(servers: Servers) -> None:
    assert status(f"{servers.url}/status") == 401
    assert status(f"{servers.url}/status?token=wrong-{RASA_API_TOKEN}") == 401
    assert status(f"{servers.url}/status?token={RASA_API_TOKEN}") == 200
