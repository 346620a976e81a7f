"""The Whisper engine with the real model from the registry packages, on real Danish
speech and on espeak-ng's Danish, and the batch command as a black box.

The real clips are the workplace's (../shared/data/danish_speech, never copied into the
repository; $VELFAERD_DANISH_SPEECH names another place). Their word error rate is
bounded generously: five read sentences are a sanity check, not a benchmark (the
figures are bench.whisper's and the README's).
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from bot.app.serve import Servers
from bot.settings import PROJECT_ROOT
from tests.integration.test_voice_live import woken_and_answered
from voice.audio import WavSource, read_wav, resample, write_wav
from voice.commands import is_wake
from voice.engines import make_recognizer
from voice.interfaces import SAMPLE_RATE
from voice.oneshot import transcribe
from voice.settings import VoiceSettings
from voice.tts import EspeakSynthesizer
from voice.vocabulary import UNKNOWN
from voice.whisper_engine import WhisperRecognizer, normalise
from voice.whisper_model import ensure_model

pytestmark = pytest.mark.integration

NUMBERS = {"1": "en", "2": "to", "3": "tre", "4": "fire", "5": "fem", "6": "seks", "7": "syv"}
NUMBERS["8"] = "otte"


def speech_dir() -> Path | None:
    for place in (
        os.environ.get("VELFAERD_DANISH_SPEECH", ""),
        PROJECT_ROOT.parent / "shared" / "data" / "danish_speech",
        "/work/shared/data/danish_speech",
    ):
        if place and (Path(place) / "transcripts.tsv").is_file():
            return Path(place)
    return None


def prompted(model: Path) -> VoiceSettings:
    """The settings a speaker gets: Whisper, prompted with the assistant's words."""
    settings = VoiceSettings.from_env({"VELFAERD_VOICE_ENGINE": "whisper"})
    return dataclasses.replace(settings, whisper_model=model)


def spoken(*texts: str) -> list[bytes]:
    """espeak-ng's Danish for each text, as 16 kHz PCM."""
    synthesizer = EspeakSynthesizer(rate=140)
    try:
        speeches = [synthesizer.synthesize(t) for t in texts]
    finally:
        synthesizer.close()
    return [resample(s.pcm, s.sample_rate, SAMPLE_RATE) for s in speeches]


def words(text: str) -> list[str]:
    return [NUMBERS.get(w, w) for w in normalise(text).split()]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_model(tmp_path_factory.mktemp("cache") / "whisper-base")


@pytest.fixture(scope="module")
def whisper(model: Path) -> WhisperRecognizer:
    return WhisperRecognizer(model)


@pytest.fixture(scope="module")
def clips() -> list[tuple[str, bytes]]:
    folder = speech_dir()
    if folder is None:
        pytest.skip("the workplace's Danish speech clips are not on this machine")
    found = []
    for line in (folder / "transcripts.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, text = line.split("\t")
            found.append((text, read_wav(folder / name)))
    return found


def test_real_danish_read_speech_is_mostly_heard(
    whisper: WhisperRecognizer, clips: list[tuple[str, bytes]]
) -> None:
    errors = total = 0
    for reference, pcm in clips:
        whisper.reset()
        whisper.accept(pcm)
        heard = whisper.finish()
        assert heard.text and heard.confidence is not None and 0 < heard.confidence <= 1
        errors += Levenshtein.distance(words(reference), words(heard.text))
        total += len(words(reference))
    assert errors / total < 0.65  # 0.48 measured with Whisper base on these five
    counting = [pcm for reference, pcm in clips if reference.startswith("tester")]
    if counting:
        whisper.reset()
        whisper.accept(counting[0])
        said = words(whisper.finish().text)
        assert len({"to", "tre", "fire", "fem", "seks", "syv"} & set(said)) >= 5, said


def test_silence_and_a_click_are_nothing_heard(whisper: WhisperRecognizer) -> None:
    whisper.reset()
    whisper.accept(bytes(2 * SAMPLE_RATE * 2))  # two seconds of silence
    assert whisper.finish().text == ""
    whisper.reset()
    whisper.accept(b"\x00\x10" * 800)  # 50 ms
    assert whisper.finish().text == ""


def test_the_wake_phrase_is_matched_after_decoding(model: Path) -> None:
    (pcm,) = spoken("ja tak")
    recognizer = make_recognizer(prompted(model))
    recognizer.reset(["ja tak", "nej tak"])
    recognizer.accept(pcm)
    assert recognizer.finish().text == "ja tak"
    recognizer.reset(["hej assistent"])
    recognizer.accept(pcm)
    assert recognizer.finish().text == ""  # something else said is no wake phrase
    recognizer.reset()
    recognizer.accept(pcm)
    assert "tak" in recognizer.finish().text


def test_ordinary_danish_talk_in_the_room_is_no_wake_phrase(
    model: Path, clips: list[tuple[str, bytes]]
) -> None:
    """The idle speaker hears real sentences (as from a conversation in the room) and
    the phrase list as voice.loop gives it: none of them wakes it (bench.wake)."""
    recognizer = make_recognizer(prompted(model))
    for _, pcm in clips:
        recognizer.reset(["hej assistent", UNKNOWN])
        recognizer.accept(pcm)
        assert not is_wake(recognizer.finish().text, "hej assistent")
    (wake,) = spoken("hej assistent")
    recognizer.reset(["hej assistent", UNKNOWN])
    recognizer.accept(wake)
    assert is_wake(recognizer.finish().text, "hej assistent")


def voice_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("VOSK_", "VELFAERD_"))}
    return subprocess.run(
        [sys.executable, "-m", "voice", *args],
        cwd=PROJECT_ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_the_batch_command_prints_one_json_line_per_file(model: Path, tmp_path: Path) -> None:
    good, bad = tmp_path / "ja.wav", tmp_path / "ikke.wav"
    write_wav(good, spoken("ja tak")[0], SAMPLE_RATE)
    bad.write_text("ikke lyd")
    done = voice_cli("--transcribe", str(good), str(bad), VELFAERD_WHISPER_MODEL=str(model))
    assert done.returncode == 1, done.stderr  # one file could not be read
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[0]["file"] == str(good) and "tak" in lines[0]["text"]
    assert lines[0]["seconds"] > 0
    assert lines[1]["file"] == str(bad) and "error" in lines[1]


def test_a_damaged_model_is_refused_by_the_command(model: Path, tmp_path: Path) -> None:
    broken = tmp_path / "whisper-base"
    broken.mkdir()
    for f in model.iterdir():
        (broken / f.name).write_bytes(f.read_bytes()[:1000])
    wav = tmp_path / "stille.wav"
    write_wav(wav, bytes(SAMPLE_RATE), SAMPLE_RATE)
    done = voice_cli("--transcribe", str(wav), VELFAERD_WHISPER_MODEL=str(broken))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.index("forkert sha256") < done.stderr.index("wrong sha256")


def test_the_one_shot_path_hears_a_short_answer(model: Path, tmp_path: Path) -> None:
    wav = tmp_path / "ja.wav"
    write_wav(wav, spoken("ja")[0], SAMPLE_RATE)
    source = WavSource(wav)
    try:
        heard = transcribe(source, make_recognizer(prompted(model)))
    finally:
        source.close()
    # A lone short word: without silence around it Whisper hears nothing at all.
    assert heard.text == "ja"


async def test_the_live_loop_hears_danish_and_the_assistant_answers(
    servers: Servers, model: Path, tmp_path: Path
) -> None:
    """Wake phrase and a question in Danish (espeak-ng's voice), Whisper, the real
    assistant over socket.io, the answer spoken into a WAV."""
    wake, question = spoken("hej assistent", "hvad er en spiserobot")
    pause = bytes(2 * SAMPLE_RATE * 2)
    said = pause + wake + pause + question + pause + pause
    heard, out = tmp_path / "ind.wav", tmp_path / "ud.wav"
    write_wav(heard, said, SAMPLE_RATE)
    settings = dataclasses.replace(
        prompted(model),
        citizen_id=f"stue-{uuid.uuid4().hex[:8]}",
        assistant_url=servers.url,
        wake_phrase="hej assistent",
        mode="wake",
    )
    events = await woken_and_answered(settings, heard, out)
    # espeak-ng's "hvad er" comes out as "med": the technology's name is what counts
    assert "spiserobot" in next(e.text for e in events if e.kind == "request")
    assert "spis" in next(e.text for e in events if e.kind == "reply").lower()
    assert len(read_wav(out)) > SAMPLE_RATE * 2  # "Ja?" and the answer, spoken
