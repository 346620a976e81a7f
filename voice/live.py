"""The speaker at home: microphone, wake phrase, Vosk, the assistant, espeak-ng, speaker.

    python -m voice --live

Builds the real engines from VoiceSettings and runs voice.loop.VoiceLoop until Ctrl-C
or SIGTERM. The assistant is reached over its socket.io channel with the citizen's id
as the session, so due reminders and plan alerts are spoken as they arrive.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
import threading
import time

from bot.safety.answers import offline_answer
from bot.safety.settings import SafetySettings
from voice.assistant import SocketIOBotClient
from voice.audio import MicrophoneSource, RecordingSource, SpeakerSink
from voice.engines import hearing, make_gate, make_recognizer
from voice.interfaces import AudioSink, AudioSource, EventSink, VoiceEvent
from voice.loop import VoiceLoop
from voice.settings import VoiceSettings
from voice.tts import EspeakSynthesizer
from voice.vosk_engine import VoskRecognizer

log = logging.getLogger("voice")


def log_event(event: VoiceEvent) -> None:
    # What the citizen said stays out of the INFO log (privacy): kinds only, text at DEBUG.
    log.info("%s", event.kind)
    log.debug("%s: %s", event.kind, event.text)


async def run_live(
    settings: VoiceSettings,
    source: AudioSource | None = None,
    sink: AudioSink | None = None,
    events: EventSink = log_event,
) -> None:
    """Listen and answer until cancelled or the source ends; microphone and speaker
    unless given others (the end-to-end test gives a WAV file in and out)."""
    heard = hearing(settings)
    recognizer = make_recognizer(settings, heard.phrases, heard.prompt_words)
    if (
        settings.mode == "wake"
        and isinstance(recognizer, VoskRecognizer)
        and recognizer.unknown_words([settings.wake_phrase])
    ):
        log.warning(
            "the model does not know every word of the wake phrase %r", settings.wake_phrase
        )
    synthesizer = EspeakSynthesizer(rate=settings.rate, volume=settings.volume)
    source = source or MicrophoneSource()
    if settings.keep_audio_debug is not None:
        name = f"lyd-{time.strftime('%Y%m%d-%H%M%S')}.wav"
        source = RecordingSource(source, settings.keep_audio_debug, name)
        log.warning("debug: all audio heard is written to %s", source.path)
    sink = sink or SpeakerSink()
    bot = SocketIOBotClient(
        settings.assistant_url,
        settings.citizen_id,
        device_key=settings.device_key,
        where=settings.where,
    )
    safety = SafetySettings.from_env()
    loop = VoiceLoop(
        settings,
        source,
        recognizer,
        synthesizer,
        sink,
        bot,
        correct=heard.correct,
        emergency=lambda text: offline_answer(text, safety),
        events=events,
        gate=make_gate(settings, source.sample_rate),
    )
    if settings.mode == "push_to_talk":
        _push_to_talk(loop)
    try:
        await loop.run()
    finally:
        if settings.mode == "push_to_talk":
            asyncio.get_running_loop().remove_signal_handler(signal.SIGUSR1)
        await bot.close()
        synthesizer.close()
        source.close()


def _push_to_talk(loop: VoiceLoop) -> None:
    """The button: SIGUSR1 (what a GPIO button script or a remote sends: `kill -USR1`)
    and, at a terminal, the Enter key."""
    asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, loop.talk)
    if sys.stdin.isatty():

        def keys() -> None:
            for _ in sys.stdin:
                loop.talk()

        threading.Thread(target=keys, name="push-to-talk", daemon=True).start()
    log.info("push to talk: press Enter or send SIGUSR1 to pid %d", os.getpid())


def main_live(settings: VoiceSettings) -> int:
    """Run until Ctrl-C/SIGTERM; 0 on a clean stop."""

    async def serve() -> None:
        task = asyncio.ensure_future(run_live(settings))
        for sig in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(sig, task.cancel)
        with contextlib.suppress(asyncio.CancelledError):
            await task

    asyncio.run(serve())
    return 0
