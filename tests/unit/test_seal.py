"""bot.seal: state kept in a slot opens only for the conversation it was sealed for."""

from __future__ import annotations

import pytest

from bot import seal
from bot.seal import Seal


def test_a_seal_opens_for_its_owner_only() -> None:
    seal = Seal.derived("a-long-shared-secret-of-the-deployment", "slots")
    sealed = seal.close('{"ask": "pin"}', "anna")
    assert seal.open(sealed, "anna") == '{"ask": "pin"}'
    assert seal.open(sealed, "bent") is None
    assert seal.open(sealed.replace("pin", "pim"), "anna") is None
    assert seal.open('{"ask": "pin"}', "anna") is None  # never sealed
    assert seal.open(None, "anna") is None and seal.open(42, "anna") is None


def test_another_key_or_purpose_does_not_open_it() -> None:
    sealed = Seal.derived("secret-one-secret-one-secret", "slots").close("x", "anna")
    assert Seal.derived("secret-two-secret-two-secret", "slots").open(sealed, "anna") is None
    assert Seal.derived("secret-one-secret-one-secret", "other").open(sealed, "anna") is None


def test_a_short_key_is_refused() -> None:
    with pytest.raises(ValueError):
        Seal(b"short")


def test_processes_with_one_token_share_a_seal_and_purposes_stay_apart() -> None:
    env = {seal.ACTIONS_TOKEN: "  a-token-of-the-deployment-0123456789  "}
    channel, action_server = (
        seal.from_env("velfaerd pins", env),
        seal.from_env("velfaerd pins", env),
    )
    closed = channel.close("ok", "anne")
    assert action_server.open(closed, "anne") == "ok"
    assert seal.from_env("velfaerd slots", env).open(closed, "anne") is None


def test_without_a_token_each_process_has_a_key_of_its_own() -> None:
    closed = seal.from_env("velfaerd pins", {}).close("ok", "anne")
    assert seal.from_env("velfaerd pins", {seal.ACTIONS_TOKEN: "  "}).open(closed, "anne") is None
