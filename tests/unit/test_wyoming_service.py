"""The Wyoming server over real TCP, with the `wyoming` library's own client and fake
engines at the seams (recogniser, synthesiser, assistant): what each request is
answered with, and what bad input and departing peers get."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
from collections.abc import AsyncIterator, Sequence

import numpy as np
import pytest
from wyoming.asr import Transcript
from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.client import AsyncTcpClient
from wyoming.error import Error
from wyoming.event import Event, async_read_event
from wyoming.handle import Handled, NotHandled
from wyoming.info import Describe, Info
from wyoming.ping import Ping, Pong
from wyoming.tts import Synthesize

from testkit.support import free_port
from testkit.wyoming import next_of, send_audio
from voice.assistant import AssistantUnavailable
from voice.ha_announce import AnnounceFailed
from voice.interfaces import SAMPLE_RATE, Speech
from voice.interfaces import Transcript as Heard
from voice.phrases import NO_ASSISTANT
from voice.settings import VoiceSettings
from voice.wyoming_main import Announce, describe, serve
from voice.wyoming_protocol import Limits
from voice.wyoming_service import RecognizerPool, Services

PATIENCE = 60.0  # a deadline, never a wait: each read returns as soon as the event comes


class FakeRecognizer:
    sample_rate = SAMPLE_RATE

    def __init__(self) -> None:
        self.accepted: list[int] = []  # bytes per accept() of the current utterance

    def reset(self, phrases: Sequence[str] | None = None) -> None:
        self.accepted = []

    def accept(self, pcm: bytes) -> Heard | None:
        self.accepted.append(len(pcm))
        return None

    def partial(self) -> str:
        return ""

    def finish(self) -> Heard:
        return Heard(f"taend lyset {sum(self.accepted)}")


class FakeSynthesizer:
    def __init__(self) -> None:
        self.said: list[str] = []

    def synthesize(self, text: str, rate: int | None = None) -> Speech:
        self.said.append(text)
        return Speech(b"\x01\x00" * 11025, 22050)  # half a second


class FakeBot:
    def __init__(self) -> None:
        self.down = False
        self.asked: list[str] = []
        self.says: asyncio.Queue[str] = asyncio.Queue()  # unasked: a due reminder

    async def send(self, text: str) -> list[str]:
        self.asked.append(text)
        if self.down:
            raise AssistantUnavailable("down")
        return ["Jeg har tændt lyset.", "Noget andet?"] if "lys" in text else []

    async def unasked(self) -> AsyncIterator[str]:
        while True:
            yield await self.says.get()


@dataclasses.dataclass
class Running:
    port: int
    services: Services
    recognizer: FakeRecognizer
    synthesizer: FakeSynthesizer
    bot: FakeBot

    def client(self) -> AsyncTcpClient:
        return AsyncTcpClient("127.0.0.1", self.port, read_timeout=PATIENCE)


@contextlib.asynccontextmanager
async def running(
    limits: Limits | None = None, streams: bool = False, announce: Announce | None = None
) -> AsyncIterator[Running]:
    recognizer, synthesizer, bot = FakeRecognizer(), FakeSynthesizer(), FakeBot()
    services = Services(
        info=describe(VoiceSettings.from_env({"VELFAERD_VOICE_ENGINE": "whisper"}), "gmq/da"),
        recognizers=RecognizerPool([recognizer], streams=streams),
        synthesizer=synthesizer,
        bot=bot,
        limits=limits or Limits(),
        correct=lambda text: text.replace("taend", "tænd"),
        emergency=lambda text: "Ring 1-1-2 nu." if "faldet" in text else None,
    )
    port = free_port()
    started = asyncio.Event()
    task = asyncio.ensure_future(serve(f"tcp://127.0.0.1:{port}", services, started, announce))
    await asyncio.wait_for(started.wait(), PATIENCE)
    try:
        yield Running(port, services, recognizer, synthesizer, bot)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def tone(seconds: float, rate: int, channels: int) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    mono = (8000 * np.sin(2 * np.pi * 300 * t)).astype("<i2")
    return np.repeat(mono, channels).tobytes()


async def error_then_closed(client: AsyncTcpClient) -> Error:
    event = await client.read_event()
    assert event is not None and Error.is_type(event.type), event
    assert await client.read_event() is None  # and the connection is closed
    return Error.from_event(event)


async def test_describe_offers_danish_asr_tts_and_the_conversation() -> None:
    async with running() as srv, srv.client() as client:
        await client.write_event(Describe().event())
        info = Info.from_event(await next_of(client, "info"))
    assert info.asr[0].models[0].languages == ["da"] and info.asr[0].models[0].installed
    assert [v.name for v in info.tts[0].voices] == ["gmq/da"]
    assert info.tts[0].voices[0].languages == ["da"]
    assert info.handle[0].models[0].languages == ["da"]


async def test_a_ping_is_answered_and_unknown_events_are_passed_over() -> None:
    async with running() as srv, srv.client() as client:
        await client.write_event(Event(type="run-satellite"))
        await client.write_event(Ping(text="hej").event())
        event = await client.read_event()  # the first answer: nothing for the unknown one
        assert event is not None and Pong.from_event(event).text == "hej"


async def test_audio_at_any_rate_is_heard_at_16_khz_mono_and_corrected() -> None:
    async with running() as srv, srv.client() as client:
        await send_audio(client, tone(1.0, 48000, 2), 48000, 2)
        heard = Transcript.from_event(await next_of(client, "transcript"))
    assert heard.text == f"tænd lyset {SAMPLE_RATE * 2}"  # one second, 16-bit mono
    assert heard.language == "da"


async def test_a_streaming_recogniser_is_fed_chunk_by_chunk() -> None:
    async with running(streams=True) as srv, srv.client() as client:
        await send_audio(client, tone(0.5, 16000, 1), 16000, 1)
        await next_of(client, "transcript")
    assert srv.recognizer.accepted == [3200] * 5  # five chunks of 100 ms, as they came


async def test_synthesize_streams_each_sentence_as_it_is_made() -> None:
    async with running() as srv, srv.client() as client:
        await client.write_event(Synthesize(text="Hej. Hvordan går det?").event())
        start = AudioStart.from_event(await next_of(client, "audio-start"))
        audio = b""
        while not AudioStop.is_type(
            (event := await next_of(client, "audio-chunk", "audio-stop")).type
        ):
            chunk = AudioChunk.from_event(event)
            assert chunk.rate == start.rate == 22050 and len(chunk.audio) <= 4410
            audio += chunk.audio
    assert srv.synthesizer.said == ["Hej.", "Hvordan går det?"]
    assert len(audio) == 2 * 22050  # two half seconds


async def test_a_transcript_is_handled_by_the_assistant_as_the_citizen() -> None:
    async with running() as srv:
        async with srv.client() as client:
            await client.write_event(Transcript(text="tænd lyset").event())
            handled = Handled.from_event(await next_of(client, "handled", "not-handled"))
        assert handled.text == "Jeg har tændt lyset. Noget andet?"
        async with srv.client() as client:
            await client.write_event(Transcript(text="blablabla").event())
            assert NotHandled.is_type((await next_of(client, "handled", "not-handled")).type)
        srv.bot.down = True
        async with srv.client() as client:
            await client.write_event(Transcript(text="tænd lyset").event())
            event = await next_of(client, "handled", "not-handled")
            assert NotHandled.from_event(event).text == NO_ASSISTANT
        async with srv.client() as client:  # an emergency is answered even so
            await client.write_event(Transcript(text="jeg er faldet").event())
            assert Handled.from_event(await next_of(client, "handled")).text == "Ring 1-1-2 nu."
    assert srv.bot.asked == ["tænd lyset", "blablabla", "tænd lyset", "jeg er faldet"]


async def test_a_stream_that_never_stops_gets_an_error_at_the_cap() -> None:
    async with running(Limits(max_audio_s=2.0), streams=True) as srv:
        async with srv.client() as client:
            await client.write_event(AudioStart(rate=16000, width=2, channels=1).event())
            chunk = AudioChunk(rate=16000, width=2, channels=1, audio=tone(0.5, 16000, 1))
            for _ in range(5):
                await client.write_event(chunk.event())
            assert (await error_then_closed(client)).code == "too-long"
        async with srv.client() as client:  # the recogniser was given back
            await send_audio(client, tone(0.3, 16000, 1), 16000, 1)
            assert Transcript.is_type((await next_of(client, "transcript")).type)


@pytest.mark.parametrize(
    ("start", "chunk", "code"),
    [
        (AudioStart(rate=16000, width=4, channels=1), None, "audio-format"),
        (
            AudioStart(rate=16000, width=2, channels=1),
            AudioChunk(rate=8000, width=2, channels=1, audio=b"\x00\x00" * 10),
            "audio-format",
        ),
        (None, AudioChunk(rate=16000, width=2, channels=1, audio=b"\x00\x00"), "no-audio-start"),
    ],
)
async def test_wrong_audio_gets_an_error_and_a_closed_connection(
    start: AudioStart | None, chunk: AudioChunk | None, code: str
) -> None:
    async with running() as srv, srv.client() as client:
        if start is not None:
            await client.write_event(start.event())
        if chunk is not None:
            await client.write_event(chunk.event())
        assert (await error_then_closed(client)).code == code


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"GET / HTTP/1.1\r\n", "bad-header"),
        (b'{"type": "audio-chunk", "payload_length": 50000000}\n', "too-large"),
        (
            b'{"type": "synthesize", "data": {"text": ' + json.dumps("å" * 3000).encode() + b"}}\n",
            "too-large",
        ),
        (b'{"type": "synthesize", "data": {"text": 5}}\n', "bad-text"),
    ],
)
async def test_garbage_and_huge_events_get_an_error_not_a_crash(raw: bytes, code: str) -> None:
    async with running() as srv:
        reader, writer = await asyncio.open_connection("127.0.0.1", srv.port)
        writer.write(raw)
        await writer.drain()
        event = await asyncio.wait_for(async_read_event(reader), PATIENCE)
        assert event is not None and Error.from_event(event).code == code
        assert await asyncio.wait_for(reader.read(), PATIENCE) == b""  # closed
        writer.close()
        async with srv.client() as client:  # and the server serves the next one
            await client.write_event(Describe().event())
            assert Info.is_type((await next_of(client, "info")).type)


async def test_a_peer_that_leaves_mid_stream_or_goes_quiet_holds_nothing() -> None:
    limits = Limits(idle_s=0.5)
    async with running(limits, streams=True) as srv:
        async with srv.client() as client:  # leaves in the middle of its audio
            await client.write_event(AudioStart(rate=16000, width=2, channels=1).event())
            await client.write_event(
                AudioChunk(rate=16000, width=2, channels=1, audio=tone(0.2, 16000, 1)).event()
            )
        async with srv.client() as client:  # goes quiet in the middle of its audio
            await client.write_event(AudioStart(rate=16000, width=2, channels=1).event())
            await client.write_event(
                AudioChunk(rate=16000, width=2, channels=1, audio=tone(0.2, 16000, 1)).event()
            )
            assert (await error_then_closed(client)).code == "timeout"
        # The only recogniser is free again: another satellite is heard.
        async with srv.client() as client:
            await send_audio(client, tone(0.3, 16000, 1), 16000, 1)
            assert Transcript.is_type((await next_of(client, "transcript")).type)


async def test_connections_beyond_the_limit_are_turned_away() -> None:
    async with running(Limits(max_connections=1)) as srv, srv.client() as first:
        await first.write_event(Describe().event())
        await next_of(first, "info")  # the first is in
        async with srv.client() as second:
            assert (await error_then_closed(second)).code == "busy"
        await first.write_event(Describe().event())
        assert Info.is_type((await next_of(first, "info")).type)


async def test_an_engine_that_fails_ends_that_request_not_the_server() -> None:
    async with running() as srv:

        def broken(text: str, rate: int | None = None) -> Speech:
            raise RuntimeError("espeak-ng went away")

        srv.synthesizer.synthesize = broken  # type: ignore[method-assign]
        async with srv.client() as client:
            await client.write_event(Synthesize(text="Hej.").event())
            assert (await error_then_closed(client)).code == "internal"
        async with srv.client() as client:
            await client.write_event(Describe().event())
            assert Info.is_type((await next_of(client, "info")).type)


async def test_what_the_assistant_says_unasked_is_announced_and_a_failure_is_survived() -> None:
    said: asyncio.Queue[str] = asyncio.Queue()

    async def announce(text: str) -> None:
        if "fejl" in text:
            raise AnnounceFailed("Home Assistant answered 500")
        await said.put(text)

    async with running(announce=announce) as srv:
        srv.bot.says.put_nowait("fejl")  # Home Assistant fails: logged, and on
        srv.bot.says.put_nowait("Husk at tage din medicin.")
        assert await asyncio.wait_for(said.get(), PATIENCE) == "Husk at tage din medicin."
