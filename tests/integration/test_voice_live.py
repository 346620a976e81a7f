"""The live loop end to end with every real part but the microphone and speaker: a WAV
of speech in, the real Vosk engine (the Korean test model: no Danish model exists), the
wake phrase, the real assistant over socket.io, espeak-ng's Danish voice, a WAV out."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app.serve import Servers
from bot.core.clock import SystemClock
from bot.reminders.store import ReminderStore
from testkit.support import PATIENCE_S
from tests.integration.conftest import MODEL, ROOT, free_port
from tests.integration.test_voice_engines import HELLO, THANKS, korean, korean_model_dir
from voice.assistant import AssistantUnavailable, SocketIOBotClient
from voice.audio import WavSink, WavSource, read_wav, resample, write_wav
from voice.interfaces import SAMPLE_RATE, VoiceEvent
from voice.live import run_live
from voice.settings import VoiceSettings
from voice.tts import EspeakSynthesizer

pytestmark = pytest.mark.integration


async def woken_and_answered(settings: VoiceSettings, heard: Path, out: Path) -> list[VoiceEvent]:
    """The live loop on a WAV file, the answer into another; its events, once it has
    heard the wake phrase, sent the request and had the reply, in that order."""
    events: list[VoiceEvent] = []
    sink = WavSink(out)
    await run_live(settings, WavSource(heard), sink, events=events.append)
    sink.close()
    kinds = [e.kind for e in events]
    assert kinds.index("wake") < kinds.index("request") < kinds.index("reply"), kinds
    return events


async def test_wake_phrase_question_and_a_spoken_danish_answer(
    servers: Servers, tmp_path: Path
) -> None:
    pause = bytes(2 * SAMPLE_RATE * 2)  # two seconds of silence
    said = korean(HELLO, tmp_path) + pause + korean(THANKS, tmp_path) + pause + pause
    heard = tmp_path / "ind.wav"
    write_wav(heard, said, SAMPLE_RATE)
    out = tmp_path / "ud.wav"
    settings = dataclasses.replace(
        VoiceSettings.from_env({}),
        engine="vosk",
        vosk_model=korean_model_dir(),
        citizen_id=f"stue-{uuid.uuid4().hex[:8]}",
        assistant_url=servers.url,
        wake_phrase=HELLO,
        mode="wake",
        recognition="open",  # the limited vocabulary is Danish; this model is not
    )
    events = await woken_and_answered(settings, heard, out)
    # Open decoding of synthetic Korean is rough: what matters is that it was sent.
    assert next(e.text for e in events if e.kind == "request").strip()
    assert next(e.text for e in events if e.kind == "reply").strip()
    spoken = [e.text for e in events if e.kind == "speak"]
    assert spoken[0] == "Ja?" and len(spoken) >= 2, spoken
    # Every text it said is in the file, whole: as long as the same voice says them
    # (the answer depends on what the model makes of rough Korean, so not its length).
    with EspeakSynthesizer(rate=settings.rate, volume=settings.volume) as tts:
        speeches = [tts.synthesize(text) for text in spoken]
    expected = sum(len(resample(s.pcm, s.sample_rate, SAMPLE_RATE)) for s in speeches)
    got = len(read_wav(out))
    assert abs(got - expected) <= 0.02 * expected, (got, expected, spoken)


class PacedSource(WavSource):
    """A WAV file at the pace of a microphone, so a button can be pressed meanwhile."""

    def read(self, frames: int) -> bytes:
        time.sleep(frames / self.sample_rate)
        return super().read(frames)


async def test_push_to_talk_by_signal_instead_of_a_wake_phrase(
    servers: Servers, tmp_path: Path
) -> None:
    pause = bytes(2 * SAMPLE_RATE * 2)
    heard = tmp_path / "ind.wav"
    write_wav(heard, pause + korean(THANKS, tmp_path) + pause, SAMPLE_RATE)
    settings = dataclasses.replace(
        VoiceSettings.from_env({}),
        engine="vosk",
        vosk_model=korean_model_dir(),
        citizen_id=f"stue-{uuid.uuid4().hex[:8]}",
        assistant_url=servers.url,
        wake_phrase="",
        mode="push_to_talk",
        recognition="open",
    )
    events: list[VoiceEvent] = []
    sink = WavSink(tmp_path / "ud.wav")
    loop = asyncio.get_running_loop()
    loop.call_later(1.0, os.kill, os.getpid(), signal.SIGUSR1)  # the button, during the pause
    await run_live(settings, PacedSource(heard), sink, events=events.append)
    sink.close()
    kinds = [e.kind for e in events]
    assert "wake" not in kinds
    assert kinds.index("talk") < kinds.index("request") < kinds.index("reply"), events


async def test_the_speaker_carries_on_when_the_assistant_restarts(tmp_path: Path) -> None:
    """Its own assistant, stopped and started again under the client: the link comes
    back by itself, and a reminder after the restart is still said."""
    db = f"sqlite:///{tmp_path / 'reminders.db'}"
    srv = Servers(
        MODEL,
        port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        log_dir=ROOT / "var" / "log",
        env={"VELFAERD_REMINDERS_DB": db, "VELFAERD_PLAN_DB": f"sqlite:///{tmp_path / 'p.db'}"},
    )
    citizen = f"stue-{uuid.uuid4().hex[:8]}"
    client = SocketIOBotClient(srv.url, citizen, timeout=10)
    store = ReminderStore(db, SystemClock())
    try:
        srv.start()
        await asyncio.to_thread(srv.wait_ready)
        assert any("computerprogram" in r for r in await client.send("hej"))
        await asyncio.to_thread(srv.stop)
        with pytest.raises(AssistantUnavailable):
            await client.send("hvad er en spiserobot")
        srv.start()
        await asyncio.to_thread(srv.wait_ready)
        replies: list[str] = []
        for _ in range(60):  # python-socketio reconnects with back-off
            try:
                replies = await client.send("hej")
                break
            except AssistantUnavailable:
                await asyncio.sleep(1)
        assert any("computerprogram" in r for r in replies), replies
        store.create_schema()
        due = SystemClock().now() + timedelta(seconds=2)
        store.add(citizen, "at tage Panodil", due, medicine="Panodil", channel="socketio")
        said = await asyncio.wait_for(client.unasked().__anext__(), PATIENCE_S)
        assert "tid til at tage Panodil" in said, said
    finally:
        await client.close()
        store.dispose()
        srv.stop()
