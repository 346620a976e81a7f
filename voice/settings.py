"""Voice settings, built once from the environment at the entry point and passed in."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from bot.home.settings import HomeSettings
from bot.settings import SettingsError, secure_url
from voice.ha_announce import AnnounceSettings
from voice.vad import installed as vad_installed
from voice.whisper_model import installed as whisper_installed

Mode = Literal["wake", "push_to_talk"]
Recognition = Literal["limited", "open"]
Engine = Literal["whisper", "vosk"]
Vad = Literal["silero", "energy"]

DEFAULT_ASSISTANT_URL = "http://127.0.0.1:5005"
DEFAULT_CITIZEN = "borger"
DEFAULT_WAKE = "hej assistent"
# espeak-ng speaks 175 words a minute by default: too fast for many older listeners.
DEFAULT_RATE = 140
MIN_RATE = 80
MAX_RATE = 250


@dataclass(frozen=True)
class VoiceSettings:
    vosk_model: Path | None  # a Vosk model directory; checked when the recogniser is made
    citizen_id: str  # the sender id the assistant knows this device's citizen by
    assistant_url: str
    # The device's key from the roster (bot/access): the assistant then knows the
    # citizen by the key, not by the id. Needed once the assistant has a roster.
    device_key: str | None = field(repr=False, kw_only=True, default=None)
    wake_phrase: str  # "" when there is none (push to talk only)
    mode: Mode
    recognition: Recognition
    rate: int  # words per minute
    slower_step: int  # how much "sig det langsommere" takes off the rate
    volume: float  # 0.0 .. 1.0
    silence_ms: int  # this much silence ends an utterance
    max_utterance_s: float  # an utterance is cut off after this long
    listen_timeout_s: float  # how long to wait for speech after the wake phrase or a question
    keep_audio_debug: Path | None  # audio is written to disk only when this is set
    # Where the speaker stands, for the home's "tænd lyset" (bot/home): a room of the
    # home's file, or the speaker's id in its `speakers`. Sent with every message.
    room: str | None = field(kw_only=True, default=None)
    speaker: str | None = field(kw_only=True, default=None)
    # The homes' files (VELFAERD_HOMES_DIR, as the assistant's): their room and device
    # names join the limited recogniser's words.
    homes_dir: Path | None = field(kw_only=True, default=None)
    # The recogniser: Whisper base (Danish) or a Vosk model. From the environment:
    # VELFAERD_VOICE_ENGINE; unset, Vosk when VOSK_MODEL names a model, else Whisper
    # when its packages are installed (voice.whisper_model).
    engine: Engine = field(kw_only=True, default="vosk")
    whisper_model: Path | None = field(kw_only=True, default=None)  # None: the user's cache
    # What tells speech from silence and noise: Silero's model (bundled with
    # faster-whisper; bench.endpoint) or the energy detector. VELFAERD_VOICE_VAD; unset,
    # Silero when it is installed.
    vad: Vad = field(kw_only=True, default="energy")

    @property
    def where(self) -> dict[str, str] | None:
        found = {k: v for k, v in (("room", self.room), ("speaker", self.speaker)) if v}
        return found or None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> VoiceSettings:
        env = os.environ if env is None else env
        wake = " ".join(env.get("VELFAERD_VOICE_WAKE", DEFAULT_WAKE).lower().split())
        mode_raw = _get(env, "VELFAERD_VOICE_MODE") or ("wake" if wake else "push_to_talk")
        mode_raw = mode_raw.lower().replace("-", "_")
        if mode_raw not in {"wake", "push_to_talk"}:
            raise SettingsError("VELFAERD_VOICE_MODE must be 'wake' or 'push_to_talk'")
        mode: Mode = "wake" if mode_raw == "wake" else "push_to_talk"
        if mode == "wake" and not wake:
            raise SettingsError("VELFAERD_VOICE_MODE is 'wake' but VELFAERD_VOICE_WAKE is empty")
        recognition_raw = (_get(env, "VELFAERD_VOICE_RECOGNITION") or "limited").lower()
        if recognition_raw not in {"limited", "open"}:
            raise SettingsError("VELFAERD_VOICE_RECOGNITION must be 'limited' or 'open'")
        recognition: Recognition = "limited" if recognition_raw == "limited" else "open"
        citizen = _get(env, "VELFAERD_VOICE_CITIZEN") or DEFAULT_CITIZEN
        if len(citizen) > 128 or any(ch.isspace() or not ch.isprintable() for ch in citizen):
            raise SettingsError("VELFAERD_VOICE_CITIZEN must be one word of at most 128 characters")
        url = (_get(env, "VELFAERD_VOICE_ASSISTANT_URL") or DEFAULT_ASSISTANT_URL).rstrip("/")
        url = secure_url("VELFAERD_VOICE_ASSISTANT_URL", url, env)
        rate = int(_number(env, "VELFAERD_VOICE_RATE", DEFAULT_RATE, MIN_RATE, MAX_RATE))
        slower = int(_number(env, "VELFAERD_VOICE_SLOWER_STEP", 25, 5, 100))
        model = _get(env, "VOSK_MODEL")
        debug = _get(env, "VELFAERD_VOICE_DEBUG_AUDIO")
        whisper = _get(env, "VELFAERD_WHISPER_MODEL")
        engine_raw = _get(env, "VELFAERD_VOICE_ENGINE").lower()
        if not engine_raw:  # a Vosk model named is a choice; else Whisper when installed
            engine_raw = "vosk" if model and not whisper else "whisper"
            if engine_raw == "whisper" and not (whisper or whisper_installed()):
                engine_raw = "vosk"
        if engine_raw not in {"whisper", "vosk"}:
            raise SettingsError("VELFAERD_VOICE_ENGINE must be 'whisper' or 'vosk'")
        engine: Engine = "whisper" if engine_raw == "whisper" else "vosk"
        vad_raw = _get(env, "VELFAERD_VOICE_VAD").lower() or (
            "silero" if vad_installed() else "energy"
        )
        if vad_raw not in {"silero", "energy"}:
            raise SettingsError("VELFAERD_VOICE_VAD must be 'silero' or 'energy'")
        vad: Vad = "silero" if vad_raw == "silero" else "energy"
        return cls(
            vosk_model=Path(model).expanduser() if model else None,
            citizen_id=citizen,
            assistant_url=url,
            device_key=_get(env, "VELFAERD_VOICE_DEVICE_KEY") or None,
            wake_phrase=wake,
            mode=mode,
            recognition=recognition,
            rate=rate,
            slower_step=slower,
            volume=_number(env, "VELFAERD_VOICE_VOLUME", 0.9, 0.0, 1.0),
            silence_ms=int(_number(env, "VELFAERD_VOICE_SILENCE_MS", 800, 200, 5000)),
            max_utterance_s=_number(env, "VELFAERD_VOICE_MAX_UTTERANCE_S", 15.0, 2, 120),
            listen_timeout_s=_number(env, "VELFAERD_VOICE_LISTEN_TIMEOUT_S", 8.0, 1, 120),
            keep_audio_debug=Path(debug).expanduser() if debug else None,
            room=_short(env, "VELFAERD_VOICE_ROOM"),
            speaker=_short(env, "VELFAERD_VOICE_SPEAKER"),
            homes_dir=HomeSettings.from_env(env).homes_dir,
            engine=engine,
            whisper_model=Path(whisper).expanduser() if whisper else None,
            vad=vad,
        )


def _short(env: Mapping[str, str], name: str) -> str | None:
    value = _get(env, name)
    if len(value) > 64:
        raise SettingsError(f"{name} must be at most 64 characters")
    return value or None


def _get(env: Mapping[str, str], name: str) -> str:
    return env.get(name, "").strip()


def _number(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = _get(env, name).replace(",", ".")  # Danish decimal comma: 0,8
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as err:
        raise SettingsError(f"{name} is not a number: {raw!r}") from err
    if isinstance(default, int) and not value.is_integer():
        raise SettingsError(f"{name} must be a whole number: {raw!r}")
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low:g} and {high:g}")
    return value


DEFAULT_WYOMING_URI = "tcp://127.0.0.1:10300"  # Wyoming's usual port, this machine only


@dataclass(frozen=True)
class WyomingSettings:
    """The Wyoming server (voice.wyoming_main): where it listens and its limits. Who it
    speaks as, the recogniser and the voice are the speaker's (`voice`): a satellite is
    one more speaker of one citizen (VELFAERD_VOICE_DEVICE_KEY or _CITIZEN)."""

    uri: str
    voice: VoiceSettings
    max_audio_s: float  # one utterance; then an error event
    recognizers: int  # utterances decoded at once (each Whisper base about 320 MB)
    # Where the assistant's own messages are said: Home Assistant's satellites, by its
    # API (voice.ha_announce); None: they are dropped.
    announce: AnnounceSettings | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> WyomingSettings:
        env = os.environ if env is None else env
        return cls(
            uri=wyoming_uri(_get(env, "VELFAERD_WYOMING_URI") or DEFAULT_WYOMING_URI),
            voice=VoiceSettings.from_env(env),
            max_audio_s=_number(env, "VELFAERD_WYOMING_MAX_AUDIO_S", 30.0, 2, 120),
            recognizers=int(_number(env, "VELFAERD_WYOMING_RECOGNIZERS", 1, 1, 4)),
            announce=AnnounceSettings.from_env(env),
        )


def wyoming_uri(uri: str) -> str:
    """tcp://HOST:PORT or unix://PATH, else SettingsError."""
    parts = urlsplit(uri)
    try:
        port = parts.port
    except ValueError as err:
        raise SettingsError(f"VELFAERD_WYOMING_URI: bad port in {uri!r}") from err
    if parts.scheme == "tcp" and parts.hostname and port:
        return uri
    if parts.scheme == "unix" and parts.path:
        return uri
    raise SettingsError(f"VELFAERD_WYOMING_URI must be tcp://HOST:PORT or unix://PATH, not {uri!r}")
