"""Numbers and texts for emergencies, from the environment, with Danish defaults.

Sources of the defaults: Giftlinjen 82 12 12 12 (Bispebjerg Hospital's poison line,
open day and night); Livslinien 70 201 201 (its hours change with its funding: set them
in VELFAERD_LIVSLINIEN_HOURS from livslinien.dk, or none are said); lægevagten in Region
Midtjylland 70 11 31 31 (laegevagten.dk: weekdays 16-08, weekends and holidays all day),
the region of the seed documents' Horsens Kommune. Other regions set their own.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Formatter

import yaml

from bot.settings import PROJECT_ROOT, SettingsError, int_setting

DEFAULT_ANSWERS = Path(__file__).with_name("answers.yml")
ANSWER_KEYS = (
    "acute",
    "emergency_call",
    "cannot_call",
    "poisoning",
    "poisoning_also",
    "suicide",
    "urgent",
    "help",
    "offer",
    "told",
    "told_on_yes",
    "declined",
    "not_in_danger",
    "nothing_open",
    "helpline_giftlinjen",
    "helpline_livslinien",
    "helpline_laegevagt",
    "helpline_112",
)
PLACEHOLDERS = frozenset(
    {"giftlinjen", "livslinien", "livslinien_hours", "laegevagt", "laegevagt_phone", "contact"}
)
_TRUE = {"1", "ja", "yes", "true", "on"}
_FALSE = {"", "0", "nej", "no", "false", "off"}


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise SettingsError(f"{name} must be ja or nej, not {raw!r}")


def load_answers(path: Path | None) -> dict[str, str]:
    """The default texts, with those of `path` (a municipality's own) over them."""
    texts = _read(DEFAULT_ANSWERS)
    if path is not None:
        texts.update(_read(path))
    missing = [k for k in ANSWER_KEYS if not texts.get(k)]
    if missing:
        raise SettingsError(f"the emergency answers lack {', '.join(missing)}")
    return texts


def _read(path: Path) -> dict[str, str]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise SettingsError(f"cannot read the emergency answers in {path}: {err}") from err
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: the emergency answers must be key: text lines")
    texts: dict[str, str] = {}
    for key, text in data.items():
        if key not in ANSWER_KEYS or not isinstance(text, str) or not text.strip():
            raise SettingsError(f"{path}: {key!r} is not an emergency answer with a text")
        names = {name for _, name, _, _ in Formatter().parse(text) if name}
        if not names <= PLACEHOLDERS:
            raise SettingsError(f"{path}: {key!r} names unknown {sorted(names - PLACEHOLDERS)}")
        texts[key] = text.strip()
    return texts


@dataclass(frozen=True)
class SafetySettings:
    giftlinjen: str = "82 12 12 12"
    livslinien: str = "70 201 201"
    livslinien_hours: str = ""  # e.g. "alle dage klokken 11 til 5"
    laegevagt: str = "lægevagten"
    laegevagt_phone: str = "70 11 31 31"
    # Citizens without a roster entry (one home): has the citizen a nødkald?
    emergency_call: bool = False
    # Acute danger: tell the contact at once, without asking first.
    notify_without_asking: bool = False
    contact_name: str = "din kontaktperson"  # when the roster names no one
    webhook: str | None = None  # POST emergencies here (the municipality's system)
    offer_minutes: int = 10  # a "ja" later than this tells no one
    answers_file: Path | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SafetySettings:
        env = os.environ if env is None else env
        webhook = (
            env.get("VELFAERD_EMERGENCY_WEBHOOK", "").strip()
            or env.get("VELFAERD_MISSED_WEBHOOK", "").strip()
        )
        answers = env.get("VELFAERD_SAFETY_ANSWERS", "").strip()
        settings = cls(
            giftlinjen=env.get("VELFAERD_GIFTLINJEN_PHONE", "").strip() or cls.giftlinjen,
            livslinien=env.get("VELFAERD_LIVSLINIEN_PHONE", "").strip() or cls.livslinien,
            livslinien_hours=env.get("VELFAERD_LIVSLINIEN_HOURS", "").strip(),
            laegevagt=env.get("VELFAERD_LAEGEVAGT_NAME", "").strip() or cls.laegevagt,
            laegevagt_phone=env.get("VELFAERD_LAEGEVAGT_PHONE", "").strip() or cls.laegevagt_phone,
            emergency_call=_flag(env, "VELFAERD_EMERGENCY_CALL"),
            notify_without_asking=_flag(env, "VELFAERD_EMERGENCY_NOTIFY_WITHOUT_ASKING"),
            contact_name=env.get("VELFAERD_EMERGENCY_CONTACT_NAME", "").strip() or cls.contact_name,
            webhook=webhook or None,
            offer_minutes=int_setting(env, "VELFAERD_EMERGENCY_OFFER_MINUTES", 10, 1, 120),
            answers_file=Path(answers) if answers else None,
        )
        settings.answers()  # a bad file stops the process that starts with it
        return settings

    def answers(self) -> dict[str, str]:
        return load_answers(self.answers_file)

    def numbers(self, contact: str) -> dict[str, str]:
        """The values the answers' placeholders take."""
        hours = f", der har åbent {self.livslinien_hours}" if self.livslinien_hours else ""
        return {
            "giftlinjen": self.giftlinjen,
            "livslinien": self.livslinien,
            "livslinien_hours": hours,
            "laegevagt": self.laegevagt,
            "laegevagt_phone": self.laegevagt_phone,
            "contact": contact,
        }


def safety_db_url(env: Mapping[str, str] | None = None) -> str:
    """Where emergencies with a contact are kept: VELFAERD_SAFETY_DB, else var/safety.db."""
    env = os.environ if env is None else env
    return (
        env.get("VELFAERD_SAFETY_DB", "").strip()
        or f"sqlite:///{PROJECT_ROOT / 'var' / 'safety.db'}"
    )
