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
