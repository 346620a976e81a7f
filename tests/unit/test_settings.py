import pytest

from bot.settings import EXAMPLE_CONTACT_PHONE, Settings, SettingsError


def test_defaults_are_marked_as_example() -> None:
    s = Settings.from_env({})
    assert s.contact.is_example
    assert s.contact.phone == EXAMPLE_CONTACT_PHONE
    assert s.max_message_chars == 1000
    assert s.tracker_store == "memory"


def test_configured_contact_is_not_an_example() -> None:
    s = Settings.from_env(
        {"VELFAERD_CONTACT_NAME": "Horsens Kommune", "VELFAERD_CONTACT_PHONE": "76 29 29 29"}
    )
    assert not s.contact.is_example
    assert s.contact.name == "Horsens Kommune"


@pytest.mark.parametrize(
    "env",
    [
        {"VELFAERD_MAX_MESSAGE_CHARS": "mange"},
        {"VELFAERD_MAX_MESSAGE_CHARS": "5"},
        {"VELFAERD_TRACKER_STORE": "redis"},
    ],
)
def test_bad_values_are_refused(env: dict[str, str]) -> None:
    with pytest.raises(SettingsError):
        Settings.from_env(env)


def test_plain_http_only_to_this_machine_or_a_named_stand_in() -> None:
    """Issue 19, finding 10: a device key or a token over plain http to another host
    is readable on the way."""
    from bot.settings import SettingsError, secure_url

    for url in (
        "https://assistent.kommune.dk",
        "http://127.0.0.1:5005",
        "http://localhost:5005/x",
        "http://[::1]:5005",
    ):
        assert secure_url("X", url, {}) == url
    for url in ("http://assistent.kommune.dk", "http://10.0.0.5:5005", "ftp://127.0.0.1"):
        with pytest.raises(SettingsError):
            secure_url("X", url, {})
    assert secure_url("X", "http://standin:8000", {"VELFAERD_ALLOW_PLAIN_HTTP": "1"})
    with pytest.raises(SettingsError):
        secure_url("X", "http://127.0.0.1.evil.dk", {})  # not loopback, whatever it starts with
