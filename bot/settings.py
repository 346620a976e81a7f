"""Settings, built once from the environment at an entry point and passed in."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Shown until a municipality sets its own contact; clearly an example.
EXAMPLE_CONTACT_NAME = "Eksempel Kommunes Borgerservice"
EXAMPLE_CONTACT_PHONE = "70 00 00 00"
EXAMPLE_CONTACT_HOURS = "hverdage klokken 9 til 15"


class SettingsError(ValueError):
    """A setting in the environment has a value we cannot use."""


def int_setting(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    """A whole number from the environment, default when unset, within low..high."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as err:
        raise SettingsError(f"{name} is not a number: {raw!r}") from err
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low} and {high}")
    return value


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str
    hours: str
    is_example: bool


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path
    contact: Contact
    max_message_chars: int
    tracker_store: str  # "memory" or "sql": what the privacy answer tells the user

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        name = env.get("VELFAERD_CONTACT_NAME", "").strip()
        phone = env.get("VELFAERD_CONTACT_PHONE", "").strip()
        contact = Contact(
            name=name or EXAMPLE_CONTACT_NAME,
            phone=phone or EXAMPLE_CONTACT_PHONE,
            hours=env.get("VELFAERD_CONTACT_HOURS", "").strip() or EXAMPLE_CONTACT_HOURS,
            is_example=not (name and phone),
        )
        raw_max = env.get("VELFAERD_MAX_MESSAGE_CHARS", "1000")
        try:
            max_chars = int(raw_max)
        except ValueError as err:
            raise SettingsError(f"VELFAERD_MAX_MESSAGE_CHARS is not a number: {raw_max!r}") from err
        if not 10 <= max_chars <= 100_000:
            raise SettingsError("VELFAERD_MAX_MESSAGE_CHARS must be between 10 and 100000")
        tracker = env.get("VELFAERD_TRACKER_STORE", "memory").strip() or "memory"
        if tracker not in {"memory", "sql"}:
            raise SettingsError("VELFAERD_TRACKER_STORE must be 'memory' or 'sql'")
        return cls(
            knowledge_dir=Path(
                env.get("VELFAERD_KNOWLEDGE_DIR", PROJECT_ROOT / "data" / "knowledge")
            ),
            contact=contact,
            max_message_chars=max_chars,
            tracker_store=tracker,
        )


PLAIN_HTTP_VARIABLE = "VELFAERD_ALLOW_PLAIN_HTTP"  # "1": a stand-in on another host


def _loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def secure_url(name: str, url: str, env: Mapping[str, str]) -> str:
    """The URL, if it is https, or http to this machine (loopback), or http anywhere
    where VELFAERD_ALLOW_PLAIN_HTTP=1 says a stand-in is meant; else SettingsError.
    Plain http to another host would carry device keys and tokens readable on the way."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme != "http" or not parts.hostname:
        raise SettingsError(
            f"{name} must start with https:// (or http:// to this machine): {url!r}"
        )
    if _loopback(parts.hostname) or env.get(PLAIN_HTTP_VARIABLE, "").strip() == "1":
        return url
    raise SettingsError(
        f"{name} must use https:// for another host than this one ({url!r}); "
        f"{PLAIN_HTTP_VARIABLE}=1 allows plain http to a stand-in"
    )
