"""The voice loop: wake phrase or button, listen, ask the assistant, speak the answer.

Audio is read all the time, also while the speaker talks, so "stop", "gentag" and
"sig det langsommere" work in the middle of an answer: speech plays in a background
task while the loop keeps reading frames. Blocking engine calls (reading audio,
recognising, synthesising, playing) run in worker threads, never on the event loop.
Messages the assistant sends on its own (a due reminder) wait until the loop is idle.
"""

from __future__ import annotations

import asyncio
import enum
import threading
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import suppress

from voice.commands import COMMAND_PHRASES, SpokenCommand, command_in, is_wake
from voice.endpoint import Endpoint, EndpointConfig, Endpointer, Gate
from voice.interfaces import (
    AudioSink,
    AudioSource,
    BotClient,
    EventSink,
    MonotonicClock,
    Recognizer,
    Synthesizer,
    SystemMonotonicClock,
    Transcript,
    VoiceEvent,
)
from voice.phrases import ACK, NO_ASSISTANT, NOT_HEARD, NOTHING_SAID
from voice.settings import MIN_RATE, VoiceSettings
from voice.vocabulary import UNKNOWN

# What the speaker says itself: Danish, short, friendly.

FRAME_MS = 30
RETRY_S = 5.0  # wait before listening for unasked messages again after the link dropped


class _Heard(enum.Enum):
    TEXT = "text"
    TIMEOUT = "timeout"
    INTERRUPTED = "interrupted"
    ENDED = "ended"


class _Next(enum.Enum):
    IDLE = "idle"  # wait for the wake phrase or the button
    WINDOW = "window"  # just spoke: control words work without the wake phrase a while
    TURN = "turn"  # acknowledge and listen to the citizen
    ANSWER = "answer"  # a question was asked: listen without acknowledging
    ANNOUNCE = "announce"  # speak the messages that came on their own
    ENDED = "ended"


class VoiceLoop:
    def __init__(
        self,
        settings: VoiceSettings,
        source: AudioSource,
        recognizer: Recognizer,
        synthesizer: Synthesizer,
        sink: AudioSink,
        bot: BotClient,
        *,
        correct: Callable[[str], str] | None = None,
        emergency: Callable[[str], str | None] | None = None,
        clock: MonotonicClock | None = None,
        events: EventSink | None = None,
        frame_ms: int = FRAME_MS,
        gate: Callable[[], Gate] | None = None,
    ) -> None:
        if source.sample_rate != recognizer.sample_rate:
            raise ValueError("the audio source and the recogniser need the same sample rate")
        self.settings = settings
        self._source, self._recognizer = source, recognizer
        self._synthesizer, self._sink, self._bot = synthesizer, sink, bot
        self._correct = correct or (lambda text: text)
        # The safety net on the speaker itself: an emergency is never "corrected" into
        # another phrase, and is answered even when the assistant cannot be reached.
        self._emergency = emergency or (lambda text: None)
        self._clock = clock or SystemMonotonicClock()
        self._events = events or (lambda event: None)
        self._gate = gate  # a new gate per utterance; None: the energy gate
        self._frames = source.sample_rate * frame_ms // 1000
        self._talk = threading.Event()  # set from any thread: a key, a GPIO button
        self._pending: deque[str] = deque()  # unasked messages waiting for a quiet moment
        self._last: list[str] = []  # the last answer, for "gentag"
        self._rate = settings.rate
        self._ended = False
        self._floor: float | None = None  # the noise floor, carried between utterances
        self._playing: asyncio.Task[None] | None = None
        self._cut = False
        self._link_down = False

    @property
    def rate(self) -> int:
        return self._rate

    def talk(self) -> None:
        """Push to talk: start listening (safe to call from any thread)."""
        self._talk.set()

    async def run(self) -> None:
        """Run until the audio source ends."""
        receiver = asyncio.create_task(self._receive_unasked())
        try:
            step = _Next.IDLE
            while step is not _Next.ENDED:
                step = await self._step(step)
            if self._playing is not None:
                await self._playing  # the last answer is heard to the end
        finally:
            receiver.cancel()
            with suppress(asyncio.CancelledError):
                await receiver
            if self._playing is not None and not self._playing.done():
                self._cut = True
                await asyncio.to_thread(self._sink.stop)
                with suppress(asyncio.CancelledError):
                    await self._playing
        self._emit("end")

    async def _step(self, step: _Next) -> _Next:
        if self._ended:
            return _Next.ENDED
        if step in (_Next.IDLE, _Next.WINDOW):
            return await self._wait(window=step is _Next.WINDOW)
        if step is _Next.ANNOUNCE:
            texts = list(self._pending)
            self._pending.clear()
            return await self._say(texts, asks=_is_question(texts[-1]))
        if step is _Next.TURN:
            await self._start_playing([ACK])  # plays while we already listen
        return await self._turn()

    async def _wait(self, window: bool) -> _Next:
        """Idle: wait for the wake phrase, the button or an unasked message; in the
        window after speaking, control words work without the wake phrase."""
        while True:
            if self._talk.is_set():
                self._talk.clear()
                self._emit("talk")
                return _Next.TURN
            if self._pending:
                return _Next.ANNOUNCE
            wake = self.settings.wake_phrase if self.settings.mode == "wake" else ""
            phrases = ([wake] if wake else []) + (list(COMMAND_PHRASES) if window else [])
            heard, text = await self._listen(
                [*phrases, UNKNOWN] if phrases else None,
                timeout_s=self.settings.listen_timeout_s if window else None,
                until=lambda: self._talk.is_set() or bool(self._pending),
                recognise=bool(phrases),
            )
            if heard is _Heard.ENDED:
                return _Next.ENDED
            if heard is _Heard.TIMEOUT:
                return _Next.IDLE
            if heard is _Heard.TEXT:
                if wake and is_wake(text, wake):
                    self._emit("wake", text)
                    return _Next.TURN
                command = command_in(text) if window else None
                if command is not None:
                    return await self._command(command)

    async def _turn(self) -> _Next:
        """Listen to one utterance and act on it."""
        heard, text = await self._listen(None, timeout_s=self.settings.listen_timeout_s)
        if heard is _Heard.ENDED:
            return _Next.ENDED
        if heard is not _Heard.TEXT:
            self._emit("timeout")
            return _Next.IDLE
        self._emit("transcript", text)
        if not text.strip():
            return await self._say([NOT_HEARD], remember=False)
        command = command_in(text)
        if command is not None:
            return await self._command(command)
        urgent = self._emergency(text)
        request = text if urgent else self._correct(text)
        self._emit("request", request)
        try:
            replies = await self._bot.send(request)
        except Exception as err:  # the link is down: say so, and keep going
            self._emit("bot_error", type(err).__name__)
            self._link_down = True
            return await self._say([urgent or NO_ASSISTANT], remember=False)
        self._link_up()
        replies = [r for r in replies if r.strip()]
        for reply in replies:
            self._emit("reply", reply)
        if not replies:
            return _Next.IDLE
        return await self._say(replies, asks=_is_question(replies[-1]))

    async def _command(self, command: SpokenCommand) -> _Next:
        self._emit("command", command.value)
        cut = await self._stop_playing()
        if command is SpokenCommand.STOP:
            if cut:
                self._emit("stopped")
            return _Next.WINDOW
        if command is SpokenCommand.SLOWER:
            self._rate = max(MIN_RATE, self._rate - self.settings.slower_step)
        if not self._last:
            return await self._say([NOTHING_SAID], remember=False)
        return await self._say(self._last)

    async def _say(self, texts: Sequence[str], remember: bool = True, asks: bool = False) -> _Next:
        """Speak, listening for control words meanwhile. After a question, listen for the
        answer without the wake phrase."""
        if remember:
            self._last = list(texts)
        await self._start_playing(texts)
        while self._playing is not None and not self._playing.done():
            heard, text = await self._listen(
                [*COMMAND_PHRASES, *self._wake_phrases(), UNKNOWN],
                timeout_s=None,
                until=lambda: self._playing is None or self._playing.done(),
            )
            if heard is _Heard.ENDED:
                return _Next.ENDED
            if heard is not _Heard.TEXT:
                continue
            self._emit("heard", text)
            wake = self.settings.wake_phrase
            if self.settings.mode == "wake" and wake and is_wake(text, wake):
                await self._stop_playing()
                self._emit("wake", text)
                return _Next.TURN
            command = command_in(text)
            if command is not None:
                return await self._command(command)
        return _Next.ANSWER if asks else _Next.WINDOW

    def _wake_phrases(self) -> list[str]:
        wake = self.settings.wake_phrase
        return [wake] if self.settings.mode == "wake" and wake else []

    async def _start_playing(self, texts: Sequence[str]) -> None:
        """Start speaking `texts` in the background (after what is playing now)."""
        if self._playing is not None and not self._playing.done():
            await self._playing
        self._cut = False
        self._playing = asyncio.create_task(self._play(list(texts), self._rate))

    async def _play(self, texts: list[str], rate: int) -> None:
        try:
            for text in texts:
                if self._cut:
                    return
                speech = await asyncio.to_thread(self._synthesizer.synthesize, text, rate)
                if self._cut:
                    return
                self._emit("speak", text)
                await asyncio.to_thread(self._sink.play, speech)
        except Exception as err:  # a broken voice must not end the loop; the log says why
            self._emit("speech_error", type(err).__name__)

    async def _stop_playing(self) -> bool:
        """Cut off what is playing; False if nothing was."""
        playing = self._playing
        if playing is None or playing.done():
            return False
        self._cut = True
        await asyncio.to_thread(self._sink.stop)
        # play() may have been on its way in when stop() came: keep stopping, and keep
        # reading audio, until it has returned.
        while not playing.done():
            if not await self._read():
                await playing
                break
            await asyncio.to_thread(self._sink.stop)
        return True

    async def _listen(
        self,
        phrases: list[str] | None,
        timeout_s: float | None,
        until: Callable[[], bool] | None = None,
        recognise: bool = True,
    ) -> tuple[_Heard, str]:
        """Read audio until one utterance is over, `until()` holds between utterances,
        nothing is said within `timeout_s`, or the audio ends."""
        if recognise:
            await asyncio.to_thread(self._recognizer.reset, phrases)
        endpointer = Endpointer(
            self._endpoint_config(timeout_s), self._floor, self._gate() if self._gate else None
        )
        try:
            while True:
                if until is not None and not endpointer.in_speech and until():
                    return _Heard.INTERRUPTED, ""
                frame, final = await asyncio.to_thread(self._pull, recognise)
                if not frame:
                    if recognise and endpointer.heard_speech:
                        return _Heard.TEXT, await self._finish()
                    return _Heard.ENDED, ""
                event = endpointer.feed(frame)
                if not recognise:
                    continue
                if final is not None and _clean(final.text):
                    return _Heard.TEXT, _clean(final.text)
                if event in (Endpoint.ENDED, Endpoint.TOO_LONG):
                    return _Heard.TEXT, await self._finish()
                if event is Endpoint.TIMEOUT:
                    return _Heard.TIMEOUT, ""
        finally:
            self._floor = endpointer.noise_floor or self._floor

    def _endpoint_config(self, timeout_s: float | None) -> EndpointConfig:
        return EndpointConfig(
            sample_rate=self._source.sample_rate,
            silence_ms=self.settings.silence_ms,
            max_utterance_s=self.settings.max_utterance_s,
            timeout_s=timeout_s,
        )

    def _pull(self, recognise: bool) -> tuple[bytes, Transcript | None]:
        """One frame, and the recogniser's final result if it found the utterance ended
        (in a worker thread: both calls block)."""
        frame = self._read_blocking()
        if frame and recognise:
            return frame, self._recognizer.accept(frame)
        return frame, None

    def _read_blocking(self) -> bytes:
        if self._ended:
            return b""
        frame = self._source.read(self._frames)
        if not frame:
            self._ended = True
        return frame

    async def _read(self) -> bytes:
        return await asyncio.to_thread(self._read_blocking)

    async def _finish(self) -> str:
        transcript = await asyncio.to_thread(self._recognizer.finish)
        return _clean(transcript.text)

    async def _receive_unasked(self) -> None:
        """Queue what the assistant sends on its own; start again when the link drops."""
        while True:
            try:
                async for text in self._bot.unasked():
                    self._link_up()
                    if text.strip():
                        self._emit("unasked", text)
                        self._pending.append(text)
            except Exception as err:
                self._emit("link_lost", type(err).__name__)
                self._link_down = True
            await self._clock.sleep(RETRY_S)

    def _link_up(self) -> None:
        if self._link_down:
            self._link_down = False
            self._emit("reconnected")

    def _emit(self, kind: str, text: str = "") -> None:
        self._events(VoiceEvent(kind, text, self._clock.monotonic()))


def _clean(text: str) -> str:
    """What was said, without Vosk's [unk] for sounds outside the grammar."""
    return " ".join(w for w in text.split() if w != UNKNOWN)


def _is_question(text: str) -> bool:
    return text.rstrip().endswith("?")
