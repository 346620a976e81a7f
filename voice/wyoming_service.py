"""One Wyoming connection: speech in (asr), speech out (tts) and the conversation
(handle), as Home Assistant and its voice satellites ask for them.

    describe                                  -> info
    transcribe, audio-start, audio-chunk*, audio-stop -> transcript
    synthesize                                -> audio-start, audio-chunk*, audio-stop
    transcript (no audio under way)           -> handled | not-handled

The engines are seams (voice.interfaces: Recognizer, Synthesizer, BotClient), made at
the entry point (voice.wyoming_main) and shared by all connections: recognisers lent
from a pool, one synthesiser thread, one link to the assistant as the satellite's
citizen. Blocking engine calls run in threads, so one connection's decoding does not
stop another's audio from being read.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wyoming.asr import Transcribe, Transcript
from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.error import Error
from wyoming.event import Event
from wyoming.handle import Handled, NotHandled
from wyoming.info import Describe, Info
from wyoming.ping import Ping, Pong
from wyoming.server import AsyncEventHandler
from wyoming.tts import Synthesize

from voice.assistant import AssistantUnavailable
from voice.interfaces import SAMPLE_WIDTH, BotClient, Recognizer, Synthesizer
from voice.phrases import NO_ASSISTANT, NOT_HEARD
from voice.wyoming_protocol import AudioFormat, BadEvent, Limits, pieces, read_event, sentences

log = logging.getLogger(__name__)


class RecognizerPool:
    """Recognisers lent to one utterance at a time. A recogniser that `streams` (Vosk)
    is borrowed at the first chunk and fed as chunks arrive; one that hears whole
    utterances (Whisper) only for the decoding after audio-stop, so a slow speaker on
    one satellite does not hold it from another."""

    def __init__(self, recognizers: Sequence[Recognizer], streams: bool) -> None:
        if not recognizers:
            raise ValueError("a pool needs a recogniser")
        self.sample_rate = recognizers[0].sample_rate
        self.streams = streams
        self._all = list(recognizers)
        self._free: asyncio.Queue[Recognizer] | None = None

    async def take(self) -> Recognizer:
        if self._free is None:  # made in the running loop, on first use
            self._free = asyncio.Queue()
            for recognizer in self._all:
                self._free.put_nowait(recognizer)
        return await self._free.get()

    def give(self, recognizer: Recognizer) -> None:
        assert self._free is not None
        self._free.put_nowait(recognizer)


class Utterance:
    """The audio of one transcribe request, converted chunk by chunk to the
    recogniser's format and capped at `limits.max_audio_s` seconds."""

    def __init__(self, pool: RecognizerPool, audio: AudioFormat, limits: Limits) -> None:
        self.pool, self.audio, self.limits = pool, audio, limits
        self.seconds = 0.0
        self._pcm = bytearray()  # for a recogniser that hears whole utterances
        self._heard: list[str] = []  # phrases a streaming recogniser has ended already
        self._recognizer: Recognizer | None = None

    async def feed(self, chunk: AudioChunk) -> None:
        fmt = AudioFormat(chunk.rate, chunk.width, chunk.channels)
        if fmt != self.audio:
            raise BadEvent("audio-format", "lydstykket har et andet format end audio-start")
        self.seconds += len(chunk.audio) / fmt.bytes_per_second
        if self.seconds > self.limits.max_audio_s:
            raise BadEvent(
                "too-long", f"mere end {self.limits.max_audio_s:g} sekunders lyd uden audio-stop"
            )
        pcm = fmt.to_recogniser(chunk.audio, self.pool.sample_rate)
        if not self.pool.streams:
            self._pcm += pcm
            return
        if self._recognizer is None:
            self._recognizer = await self.pool.take()
            self._recognizer.reset()
        done = await asyncio.to_thread(self._recognizer.accept, pcm)
        if done is not None and done.text:  # Vosk may end a phrase at a pause: keep it
            self._heard.append(done.text)

    async def finish(self) -> str:
        """What was said (lower case, as the recogniser writes it)."""
        if self.pool.streams:
            if self._recognizer is None:
                return ""
            rest = await asyncio.to_thread(self._recognizer.finish)
            return " ".join([*self._heard, rest.text]).strip()
        recognizer = await self.pool.take()
        try:
            return await asyncio.to_thread(_decode, recognizer, bytes(self._pcm))
        finally:
            self.pool.give(recognizer)

    def close(self) -> None:
        """Give back a borrowed recogniser and drop the audio."""
        self._pcm.clear()
        if self._recognizer is not None:
            self.pool.give(self._recognizer)
            self._recognizer = None


def _decode(recognizer: Recognizer, pcm: bytes) -> str:
    recognizer.reset()
    recognizer.accept(pcm)
    return recognizer.finish().text


@dataclass
class Services:
    """What every connection shares; made once by voice.wyoming_main."""

    info: Info
    recognizers: RecognizerPool
    synthesizer: Synthesizer
    bot: BotClient
    limits: Limits = field(default_factory=Limits)
    # Whisper's and Vosk's words brought to the nearest known sentence (voice.vocabulary);
    # an emergency is never corrected, and is answered when the assistant cannot be.
    correct: Callable[[str], str] = field(default=lambda text: text)
    emergency: Callable[[str], str | None] = field(default=lambda text: None)
    speech_rate: int | None = None  # words a minute; None: the synthesiser's own
    connections: int = 0  # open now


class WyomingHandler(AsyncEventHandler):
    """One connection. Reads with limits (voice.wyoming_protocol); a bad event is
    answered with an `error` event and the connection closed; a peer that leaves in the
    middle of a stream costs nothing after (its audio is dropped, its recogniser given
    back)."""

    def __init__(
        self, services: Services, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        super().__init__(reader, writer)
        self.services = services
        self._utterance: Utterance | None = None
        self._counted = False

    async def run(self) -> None:
        limits = self.services.limits
        try:
            if self.services.connections >= limits.max_connections:
                await self.write_event(Error(text="for mange forbindelser", code="busy").event())
                return
            self.services.connections += 1
            self._counted = True
            while True:
                # Audio under way holds memory (and perhaps a recogniser): a peer that
                # goes quiet in the middle of it is let go.
                idle = limits.idle_s if self._utterance is not None else None
                try:
                    event = await asyncio.wait_for(read_event(self.reader, limits), idle)
                    if event is None or not await self.handle_event(event):
                        break
                except asyncio.TimeoutError:
                    bad = BadEvent("timeout", f"ingen lyd i {limits.idle_s:g} sekunder")
                    await self.write_event(Error(text=bad.text, code=bad.code).event())
                    break
                except BadEvent as bad:
                    log.info("wyoming: %s (%s)", bad.code, bad.text)
                    await self.write_event(Error(text=bad.text, code=bad.code).event())
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the peer left while we wrote: nothing to tell it
        except Exception:  # an engine failed: this connection ends, the server goes on
            log.exception("wyoming: the request failed")
            with contextlib.suppress(ConnectionError):
                await self.write_event(Error(text="intern fejl", code="internal").event())
        finally:
            await self.disconnect()

    async def disconnect(self) -> None:
        if self._counted:
            self.services.connections -= 1
            self._counted = False
        if self._utterance is not None:
            self._utterance.close()
            self._utterance = None
        self.writer.close()

    async def handle_event(self, event: Event) -> bool:
        if Describe.is_type(event.type):
            await self.write_event(self.services.info.event())
        elif Ping.is_type(event.type):  # a peer checking that the link is alive
            await self.write_event(Pong(text=Ping.from_event(event).text).event())
        elif Transcribe.is_type(event.type):
            pass  # Danish is all it hears; the audio follows
        elif AudioStart.is_type(event.type):
            if self._utterance is not None:
                self._utterance.close()
            fmt = AudioFormat.of(event.data)
            self._utterance = Utterance(self.services.recognizers, fmt, self.services.limits)
        elif AudioChunk.is_type(event.type):
            if self._utterance is None:
                raise BadEvent("no-audio-start", "audio-chunk før audio-start")
            AudioFormat.of(event.data)
            await self._utterance.feed(AudioChunk.from_event(event))
        elif AudioStop.is_type(event.type):
            await self._transcribe()
        elif Transcript.is_type(event.type):
            await self._handle(self._text(event))
        elif Synthesize.is_type(event.type):
            await self._synthesize(self._text(event))
        else:
            log.debug("wyoming: %s ignored", event.type)  # as the protocol asks
        return True

    def _text(self, event: Event) -> str:
        text = event.data.get("text")
        if not isinstance(text, str):
            raise BadEvent("bad-text", f"{event.type} uden tekst")
        if len(text) > self.services.limits.max_text_chars:
            raise BadEvent(
                "too-large", f"teksten er længere end {self.services.limits.max_text_chars} tegn"
            )
        return text

    async def _transcribe(self) -> None:
        utterance, self._utterance = self._utterance, None
        if utterance is None:
            raise BadEvent("no-audio-start", "audio-stop før audio-start")
        try:
            heard = await utterance.finish()
        finally:
            utterance.close()
        text = heard if self.services.emergency(heard) else self.services.correct(heard)
        await self.write_event(Transcript(text=text, language="da").event())

    async def _handle(self, text: str) -> None:
        """The satellite's citizen said `text`: the assistant's answer as Handled."""
        if not text.strip():  # the recogniser heard nothing
            await self.write_event(NotHandled(text=NOT_HEARD).event())
            return
        try:
            replies = [r for r in await self.services.bot.send(text) if r.strip()]
        except AssistantUnavailable:
            urgent = self.services.emergency(text)
            if urgent:  # the numbers to call, even without the assistant
                await self.write_event(Handled(text=urgent).event())
            else:
                await self.write_event(NotHandled(text=NO_ASSISTANT).event())
            return
        if not replies:
            await self.write_event(NotHandled(text=None).event())
            return
        await self.write_event(Handled(text=" ".join(replies)).event())

    async def _synthesize(self, text: str) -> None:
        """Speech sentence by sentence: the first is on its way while the next is made."""
        started = False
        rate: int | None = None
        for sentence in sentences(text) or [""]:
            speech = await asyncio.to_thread(
                self.services.synthesizer.synthesize, sentence, self.services.speech_rate
            )
            if not started:
                rate = speech.sample_rate
                await self.write_event(
                    AudioStart(rate=rate, width=SAMPLE_WIDTH, channels=1).event()
                )
                started = True
            for piece in pieces(speech.pcm, speech.sample_rate):
                chunk = AudioChunk(
                    rate=speech.sample_rate, width=SAMPLE_WIDTH, channels=1, audio=piece
                )
                await self.write_event(chunk.event())
        await self.write_event(AudioStop().event())
