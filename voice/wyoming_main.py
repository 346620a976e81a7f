"""The Wyoming server for Home Assistant and its voice satellites:

    python -m bot wyoming [--uri tcp://127.0.0.1:10300]      (make wyoming)

Danish speech recognition (the speaker's Whisper base with the assistant's words, or a
Vosk model), Danish speech (espeak-ng) and the conversation (the running assistant,
as the satellite's citizen: VELFAERD_VOICE_DEVICE_KEY with a roster, else
VELFAERD_VOICE_CITIZEN); what the assistant says on its own is announced on the
citizen's satellites through Home Assistant (voice.ha_announce). Settings from the
environment (voice.settings.WyomingSettings);
docs/home-assistant.md says how to add it in Home Assistant, docs/security.md who may
reach it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TypeVar

from wyoming.info import (
    Artifact,
    AsrModel,
    AsrProgram,
    Attribution,
    HandleModel,
    HandleProgram,
    Info,
    TtsProgram,
    TtsVoice,
)
from wyoming.server import AsyncServer

from bot.logs import start_logging
from bot.safety.answers import offline_answer
from bot.safety.settings import SafetySettings
from bot.settings import SettingsError
from voice.assistant import SocketIOBotClient
from voice.engines import hearing, make_recognizer
from voice.errors import VoiceSetupError
from voice.ha_announce import AnnounceFailed, HomeAssistantAnnouncer
from voice.interfaces import BotClient
from voice.settings import VoiceSettings, WyomingSettings, wyoming_uri
from voice.tts import EspeakSynthesizer
from voice.wyoming_protocol import Limits
from voice.wyoming_service import RecognizerPool, Services, WyomingHandler

log = logging.getLogger("voice.wyoming")

OURS = Attribution(name="Velfærdsassistenten", url="")


def _version() -> str:
    try:
        return version("velfaerdsassistenten")
    except PackageNotFoundError:
        return "0"


WHISPER = Attribution(name="OpenAI", url="https://github.com/openai/whisper")
VOSK = Attribution(name="Alpha Cephei", url="https://alphacephei.com/vosk/")
ESPEAK = Attribution(name="eSpeak NG", url="https://github.com/espeak-ng/espeak-ng")
A = TypeVar("A", bound=Artifact)


def _made(
    kind: type[A],
    name: str,
    about: str,
    by: Attribution = OURS,
    version: str | None = None,
    **more: Any,
) -> A:
    return kind(
        name=name, attribution=by, installed=True, description=about, version=version, **more
    )


def describe(voice: VoiceSettings, voice_name: str) -> Info:
    """What `describe` is answered with: Danish in, Danish out, the conversation."""
    ours = _version()
    if voice.engine == "whisper":
        about, by, name = "Whisper base, dansk, med assistentens ord", WHISPER, "whisper-base"
    else:
        name = voice.vosk_model.name if voice.vosk_model else "vosk"
        about, by = f"Vosk-model {name}", VOSK
    model = _made(AsrModel, name, about, by, languages=["da"])
    speaker = _made(TtsVoice, voice_name, "espeak-ng, dansk", ESPEAK, languages=["da"])
    topics = "Velfærdsteknologi, påmindelser, dagsplan og hjemmet"
    conversation = _made(HandleModel, "velfaerd", topics, version=ours, languages=["da"])
    return Info(
        asr=[_made(AsrProgram, "velfaerd-asr", "Dansk talegenkendelse", version=ours, models=[model])],
        tts=[_made(TtsProgram, "velfaerd-tts", "Dansk tale (espeak-ng)", version=ours, voices=[speaker])],
        # It runs the citizen's home through its own MQTT broker, not Home Assistant's
        # entities: Home Assistant is not told it controls them.
        handle=[
            _made(HandleProgram, "velfaerd", "Velfærdsassistenten", version=ours,
                  models=[conversation], supports_home_control=False)
        ],
    )  # fmt: skip


def build(settings: WyomingSettings) -> tuple[Services, Callable[[], None]]:
    """The real engines, once; and what closes them."""
    voice = settings.voice
    heard = hearing(voice)
    recognizers = [
        make_recognizer(voice, heard.phrases, heard.prompt_words)
        for _ in range(settings.recognizers)
    ]
    synthesizer = EspeakSynthesizer(rate=voice.rate, volume=voice.volume)
    bot = SocketIOBotClient(
        voice.assistant_url, voice.citizen_id, device_key=voice.device_key, where=voice.where
    )
    safety = SafetySettings.from_env()
    services = Services(
        info=describe(voice, synthesizer.voice_id or "da"),
        recognizers=RecognizerPool(recognizers, streams=voice.engine == "vosk"),
        synthesizer=synthesizer,
        bot=bot,
        limits=Limits(max_audio_s=settings.max_audio_s),
        correct=heard.correct or (lambda text: text),
        emergency=lambda text: offline_answer(text, safety),
        speech_rate=voice.rate,
    )
    return services, synthesizer.close


Announce = Callable[[str], Awaitable[None]]


async def _unasked(bot: BotClient, announce: Announce | None) -> None:
    """Keeps the link to the assistant up, and says what it says on its own (a due
    reminder) on the satellites through Home Assistant; without that, or when Home
    Assistant fails, the message is logged (never its words) and dropped, never kept."""
    async for text in bot.unasked():
        if announce is None:
            log.warning("a message from the assistant was dropped: VELFAERD_HA_URL is not set")
            continue
        try:
            await announce(text)
        except AnnounceFailed as err:
            log.warning("a message from the assistant was not announced: %s", err)
        except Exception:  # a fault of ours: the next message is still tried
            log.exception("a message from the assistant was not announced")


async def serve(
    uri: str,
    services: Services,
    started: asyncio.Event | None = None,
    announce: Announce | None = None,
) -> None:
    """Serve until cancelled."""
    server = AsyncServer.from_uri(uri)
    await server.start(partial(WyomingHandler, services))
    keep_linked = asyncio.ensure_future(_unasked(services.bot, announce))
    log.info("Wyoming server on %s", uri)
    if started is not None:
        started.set()
    try:
        await asyncio.Event().wait()
    finally:
        keep_linked.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await keep_linked
        await server.stop()
        close = getattr(services.bot, "close", None)
        if close is not None:
            await close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot wyoming", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("--uri", help="tcp://HOST:PORT or unix://PATH (VELFAERD_WYOMING_URI)")
    args = p.parse_args(argv)
    start_logging("info")
    try:
        settings = WyomingSettings.from_env()
        if args.uri:
            settings = dataclasses.replace(settings, uri=wyoming_uri(args.uri))
        services, close = build(settings)
    except (VoiceSetupError, SettingsError) as err:
        print(err, file=sys.stderr)
        return 2

    async def run() -> None:
        announcer = HomeAssistantAnnouncer(settings.announce) if settings.announce else None
        announce = announcer.announce if announcer else None
        task = asyncio.ensure_future(serve(settings.uri, services, announce=announce))
        for sig in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(sig, task.cancel)
        with contextlib.suppress(asyncio.CancelledError):
            await task

    try:
        asyncio.run(run())
    except OSError as err:  # the port is taken, the address is not this machine's
        print(f"Wyoming-serveren kan ikke lytte på {settings.uri}: {err}", file=sys.stderr)
        return 2
    finally:
        close()
    return 0
