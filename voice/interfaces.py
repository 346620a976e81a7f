"""The seams of the voice loop: where audio comes from, who turns it into words, who
answers, who speaks, and where the sound goes.

The loop (voice.loop) sees only these protocols; the real ones (Vosk, pyttsx3 with
espeak-ng, sounddevice, WAV files, the assistant's REST channel) are made at the
entry point, and unit tests pass fakes. Audio everywhere is 16-bit little-endian mono
PCM, at the sample rate its holder names.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

SAMPLE_RATE = 16_000  # Vosk's models are trained at 16 kHz
SAMPLE_WIDTH = 2  # bytes: 16-bit PCM


@dataclass(frozen=True)
class Transcript:
    """What the recogniser heard in one utterance."""

    text: str  # lower case, as Vosk gives it; "" when nothing was understood
    confidence: float | None = None  # mean word confidence, when the engine gives one


@dataclass(frozen=True)
class Speech:
    """Synthesised speech, ready for a sink."""

    pcm: bytes
    sample_rate: int

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (SAMPLE_WIDTH * self.sample_rate)


class AudioSource(Protocol):
    sample_rate: int

    def read(self, frames: int) -> bytes:
        """Up to `frames` frames, blocking until there are some; b"" once it has ended."""
        ...

    def close(self) -> None: ...


class Recognizer(Protocol):
    sample_rate: int

    def reset(self, phrases: Sequence[str] | None = None) -> None:
        """Start a new utterance. `phrases` limits what can be heard (grammar mode, e.g.
        the wake phrase); None is the recogniser's configured mode."""
        ...

    def accept(self, pcm: bytes) -> Transcript | None:
        """Feed audio; a Transcript when the engine finds the utterance ended, else None."""
        ...

    def partial(self) -> str:
        """What it has heard so far of the current utterance."""
        ...

    def finish(self) -> Transcript:
        """End the utterance now (end of speech by silence or end of input)."""
        ...


class Synthesizer(Protocol):
    def synthesize(self, text: str, rate: int | None = None) -> Speech:
        """Danish speech for `text`; `rate` in words per minute, None for the setting's."""
        ...


class AudioSink(Protocol):
    def play(self, speech: Speech) -> None:
        """Play it to the end (blocking) unless stop() is called meanwhile."""
        ...

    def stop(self) -> None:
        """Cut off what is playing (the citizen said "stop")."""
        ...


class BotClient(Protocol):
    async def send(self, text: str) -> list[str]:
        """The assistant's answers to what the citizen said (REST, sender = the device's
        citizen id)."""
        ...

    def unasked(self) -> AsyncIterator[str]:
        """Messages the assistant sends on its own (a due reminder, an alert before a
        plan item), for as long as the loop runs; reconnects when the link drops."""
        ...


class MonotonicClock(Protocol):
    """Time for the loop's event stamps and its wait before reconnecting; tests pass one
    that counts audio frames."""

    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemMonotonicClock:
    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@dataclass(frozen=True)
class VoiceEvent:
    """One step of the loop, for tests, logs and the latency bench. `text` may hold what
    the citizen said: log it only where that is allowed."""

    kind: str  # wake, talk, transcript, command, request, reply, speak, stopped, ...
    text: str
    at: float  # the clock's monotonic time


EventSink = Callable[[VoiceEvent], None]
