from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError
from voice.settings import VoiceSettings, WyomingSettings


def test_defaults() -> None:
    s = VoiceSettings.from_env({})
    assert s.vosk_model is None
    assert s.citizen_id == "borger"
    assert s.assistant_url == "http://127.0.0.1:5005"
    assert s.wake_phrase == "hej assistent"
    assert s.mode == "wake"
    assert s.recognition == "limited"
    assert s.rate == 140 < 175  # slower than espeak's default
    assert s.slower_step == 25
    assert s.volume == 0.9
    assert (s.silence_ms, s.max_utterance_s, s.listen_timeout_s) == (800, 15.0, 8.0)
    assert s.keep_audio_debug is None  # no audio on disk unless asked for


def test_configured() -> None:
    s = VoiceSettings.from_env(
        {
            "VOSK_MODEL": "/opt/vosk/model-da",
            "VELFAERD_VOICE_CITIZEN": "inge-42",
            "VELFAERD_VOICE_ASSISTANT_URL": "http://localhost:5005/",
            "VELFAERD_VOICE_WAKE": "  Hej   Hjælper ",
            "VELFAERD_VOICE_MODE": "push-to-talk",
            "VELFAERD_VOICE_RECOGNITION": "open",
            "VELFAERD_VOICE_RATE": "120",
            "VELFAERD_VOICE_VOLUME": "0,5",
            "VELFAERD_VOICE_SILENCE_MS": "600",
            "VELFAERD_VOICE_DEBUG_AUDIO": "/tmp/voice-debug",
        }
    )
    assert s.vosk_model == Path("/opt/vosk/model-da")
    assert s.citizen_id == "inge-42"
    assert s.assistant_url == "http://localhost:5005"
    assert s.wake_phrase == "hej hjælper"
    assert s.mode == "push_to_talk"
    assert s.recognition == "open"
    assert (s.rate, s.volume, s.silence_ms) == (120, 0.5, 600)
    assert s.keep_audio_debug == Path("/tmp/voice-debug")


def test_no_wake_phrase_means_push_to_talk() -> None:
    s = VoiceSettings.from_env({"VELFAERD_VOICE_WAKE": ""})
    assert (s.wake_phrase, s.mode) == ("", "push_to_talk")


@pytest.mark.parametrize(
    "env",
    [
        {"VELFAERD_VOICE_WAKE": "", "VELFAERD_VOICE_MODE": "wake"},
        {"VELFAERD_VOICE_MODE": "always"},
        {"VELFAERD_VOICE_RECOGNITION": "all"},
        {"VELFAERD_VOICE_RATE": "300"},
        {"VELFAERD_VOICE_RATE": "79"},
        {"VELFAERD_VOICE_RATE": "hurtig"},
        {"VELFAERD_VOICE_RATE": "140.5"},
        {"VELFAERD_VOICE_VOLUME": "1.5"},
        {"VELFAERD_VOICE_VOLUME": "-0.1"},
        {"VELFAERD_VOICE_SILENCE_MS": "50"},
        {"VELFAERD_VOICE_LISTEN_TIMEOUT_S": "0"},
        {"VELFAERD_VOICE_CITIZEN": "to ord"},
        {"VELFAERD_VOICE_ASSISTANT_URL": "ftp://127.0.0.1"},
        {"VELFAERD_VOICE_VAD": "webrtc"},
    ],
)
def test_bad_values_are_refused(env: dict[str, str]) -> None:
    with pytest.raises(SettingsError):
        VoiceSettings.from_env(env)


def test_the_speakers_room_is_sent_with_each_message() -> None:
    settings = VoiceSettings.from_env(
        {"VELFAERD_VOICE_ROOM": "stuen", "VELFAERD_HOMES_DIR": "data/home"}
    )
    assert settings.where == {"room": "stuen"}
    assert settings.homes_dir is not None and settings.homes_dir.name == "home"
    speaker = VoiceSettings.from_env({"VELFAERD_VOICE_SPEAKER": "hoejttaler-stue"})
    assert speaker.where == {"speaker": "hoejttaler-stue"}
    assert VoiceSettings.from_env({}).where is None
    with pytest.raises(SettingsError, match="at most 64"):
        VoiceSettings.from_env({"VELFAERD_VOICE_ROOM": "x" * 65})


def test_the_voice_activity_detector_is_silero_when_installed_unless_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("voice.settings.vad_installed", lambda: True)
    assert VoiceSettings.from_env({}).vad == "silero"
    assert VoiceSettings.from_env({"VELFAERD_VOICE_VAD": "Energy"}).vad == "energy"
    monkeypatch.setattr("voice.settings.vad_installed", lambda: False)
    assert VoiceSettings.from_env({}).vad == "energy"
    assert VoiceSettings.from_env({"VELFAERD_VOICE_VAD": "silero"}).vad == "silero"


def test_the_wyoming_server_listens_on_this_machine_unless_told() -> None:
    settings = WyomingSettings.from_env({})
    assert settings.uri == "tcp://127.0.0.1:10300"
    assert settings.max_audio_s == 30 and settings.recognizers == 1
    assert settings.voice == VoiceSettings.from_env({})  # the speaker's, as the speaker's
    told = WyomingSettings.from_env(
        {"VELFAERD_WYOMING_URI": "tcp://0.0.0.0:10700", "VELFAERD_WYOMING_MAX_AUDIO_S": "12,5"}
    )
    assert told.uri == "tcp://0.0.0.0:10700" and told.max_audio_s == 12.5


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("VELFAERD_WYOMING_URI", "http://127.0.0.1:10300"),
        ("VELFAERD_WYOMING_URI", "tcp://127.0.0.1"),
        ("VELFAERD_WYOMING_URI", "tcp://127.0.0.1:port"),
        ("VELFAERD_WYOMING_MAX_AUDIO_S", "600"),
        ("VELFAERD_WYOMING_RECOGNIZERS", "1.5"),
    ],
)
def test_bad_wyoming_settings_are_refused(name: str, value: str) -> None:
    with pytest.raises(SettingsError):
        WyomingSettings.from_env({name: value})
