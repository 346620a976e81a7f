"""actions.server: who may call the action server (the rules alone; tests/security
attacks the running one)."""

from __future__ import annotations

import pytest
from multidict import CIMultiDict

from actions.server import ActionServerError, refusal, token_from

TOKEN = "t" * 43
GOOD = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def check(headers: dict[str, str], path: str = "/webhook", length: int | None = 100) -> int:
    return refusal(CIMultiDict(headers), path, length, TOKEN, 1000)


def test_rasa_with_its_token_is_let_through() -> None:
    assert check(GOOD) == 0
    assert check({**GOOD, "Content-Type": "application/json; charset=utf-8"}) == 0
    assert check({"authorization": f"Bearer {TOKEN}"}, path="/actions") == 0


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Content-Type": "application/json"}, 401),
        ({**GOOD, "Authorization": f"Bearer {TOKEN}x"}, 401),
        ({**GOOD, "Authorization": f"bearer {TOKEN}"}, 401),
        ({**GOOD, "Authorization": TOKEN}, 401),
        ({**GOOD, "Origin": "http://127.0.0.1:5005"}, 403),
        ({**GOOD, "Origin": "null"}, 403),
        ({**GOOD, "Content-Type": "text/plain"}, 415),
        ({**GOOD, "Content-Type": ""}, 415),
        ({**GOOD, "Content-Encoding": "deflate"}, 415),
        ({**GOOD, "Content-Encoding": "gzip"}, 415),
    ],
)
def test_everyone_else_is_refused(headers: dict[str, str], status: int) -> None:
    assert check(headers) == status


def test_too_large_is_refused_and_health_is_open() -> None:
    assert check(GOOD, length=1001) == 413
    assert check({}, path="/health") == 0


def test_no_token_or_a_short_one_stops_the_start() -> None:
    for env in ({}, {"VELFAERD_ACTIONS_TOKEN": "short"}, {"VELFAERD_ACTIONS_TOKEN": "   "}):
        with pytest.raises(ActionServerError):
            token_from(env)
    assert token_from({"VELFAERD_ACTIONS_TOKEN": f" {TOKEN} "}) == TOKEN
