"""End of speech on 16-bit PCM: frames are voiced or not, and runs of them say when an
utterance started and ended.

Pure and frame based: time is counted in samples fed, never read from a clock, so the
same audio always gives the same decisions. What makes a frame voiced is a `Gate`:

- `EnergyGate` (here): a frame is voiced when its RMS level is well above the noise
  floor. The floor is the quietest frame of the last few seconds ("minimum
  statistics"): speech has pauses between words, so the floor stays low while someone
  talks, but a fan or a radio that never pauses becomes the floor after a few seconds.
- `voice.vad.SileroGate`: Silero's voice-activity model, as faster-whisper bundles it;
  it tells speech from a fan from the first frame (`python -m bench.endpoint`).
"""

from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from voice.interfaces import SAMPLE_RATE, SAMPLE_WIDTH


class Endpoint(enum.Enum):
    STARTED = "started"  # speech began (after min_speech_ms of voiced frames)
    ENDED = "ended"  # silence_ms of silence after speech
    TIMEOUT = "timeout"  # nothing said within timeout_s
    TOO_LONG = "too_long"  # speech went on for max_utterance_s


@dataclass(frozen=True)
class EndpointConfig:
    sample_rate: int = SAMPLE_RATE
    silence_ms: int = 800
    max_utterance_s: float = 15.0
    timeout_s: float | None = None  # None: wait for speech for ever
    min_speech_ms: int = 120  # shorter bursts (a click, a cup on the table) are not speech
    ratio: float = 3.0  # voiced: RMS at least this many times the floor (about 10 dB)
    min_rms: float = 300.0  # and at least this loud (about -40 dBFS)
    floor_window_s: float = 3.0


def rms(pcm: bytes) -> float:
    """Root mean square level of 16-bit little-endian PCM (0 for no samples)."""
    usable = len(pcm) - len(pcm) % SAMPLE_WIDTH
    if usable <= 0:
        return 0.0
    samples = np.frombuffer(pcm[:usable], dtype="<i2").astype(np.float64)
    return float(np.sqrt(np.mean(samples * samples)))


class Gate(Protocol):
    """Says whether a frame is voiced; one per utterance (it may keep state)."""

    def voiced(self, pcm: bytes) -> bool: ...

    @property
    def noise_floor(self) -> float:
        """The room's noise in RMS units, carried to the next utterance (0: unknown)."""
        ...


class EnergyGate:
    """Voiced: the frame's level at least `ratio` times the noise floor and `min_rms`.

    `noise_floor` carries what an earlier gate learnt, so each utterance does not
    start from scratch."""

    def __init__(self, config: EndpointConfig, noise_floor: float | None = None) -> None:
        self.config = config
        self._known_floor = noise_floor
        self._levels: deque[tuple[float, int]] = deque()  # (RMS, samples) per frame
        self._window_samples = 0

    @property
    def noise_floor(self) -> float:
        """The floor in RMS units: the quietest frame of a full window, else what was
        carried in, else 0 (assume a quiet room until there is a window's worth)."""
        if self._window_samples >= self.config.floor_window_s * self.config.sample_rate:
            return min(level for level, _ in self._levels)
        return self._known_floor or 0.0

    def threshold(self) -> float:
        return max(self.config.min_rms, self.noise_floor * self.config.ratio)

    def voiced(self, pcm: bytes) -> bool:
        level = rms(pcm)
        voiced = level >= self.threshold()
        self._remember(level, len(pcm) // SAMPLE_WIDTH)
        return voiced

    def _remember(self, level: float, samples: int) -> None:
        self._levels.append((level, samples))
        self._window_samples += samples
        limit = self.config.floor_window_s * self.config.sample_rate
        # Keep a full window's worth: drop the oldest only while the rest still fills it.
        while len(self._levels) > 1 and self._window_samples - self._levels[0][1] >= limit:
            self._window_samples -= self._levels.popleft()[1]


class Endpointer:
    """Feed it frames of one utterance; it says when speech started and when it ended.

    The gate says which frames are voiced: by default an `EnergyGate` starting from
    `noise_floor`. After ENDED, TIMEOUT or TOO_LONG it is done: make a new one.
    """

    def __init__(
        self,
        config: EndpointConfig,
        noise_floor: float | None = None,
        gate: Gate | None = None,
    ) -> None:
        self.config = config
        self.gate: Gate = gate if gate is not None else EnergyGate(config, noise_floor)
        self._elapsed = 0  # samples fed
        self._voiced_run = 0  # samples in the current run of voiced frames
        self._silent_run = 0  # samples since the last voiced frame, once speech started
        self._speech_start: int | None = None  # sample where speech started
        self.done: Endpoint | None = None

    @property
    def in_speech(self) -> bool:
        return self._speech_start is not None and self.done is None

    @property
    def heard_speech(self) -> bool:
        return self._speech_start is not None

    @property
    def elapsed_s(self) -> float:
        return self._elapsed / self.config.sample_rate

    @property
    def noise_floor(self) -> float:
        return self.gate.noise_floor

    def feed(self, pcm: bytes) -> Endpoint | None:
        """One frame (any length, e.g. 30 ms); returns what changed, if anything."""
        if self.done is not None:
            return None
        samples = len(pcm) // SAMPLE_WIDTH
        if samples == 0:
            return None
        voiced = self.gate.voiced(pcm)
        self._elapsed += samples
        rate = self.config.sample_rate
        if self._speech_start is None:
            self._voiced_run = self._voiced_run + samples if voiced else 0
            if self._voiced_run * 1000 >= self.config.min_speech_ms * rate:
                self._speech_start = self._elapsed - self._voiced_run
                self._silent_run = 0
                return Endpoint.STARTED
            timeout = self.config.timeout_s
            if timeout is not None and self._elapsed >= timeout * rate:
                return self._finish(Endpoint.TIMEOUT)
            return None
        self._silent_run = 0 if voiced else self._silent_run + samples
        if self._silent_run * 1000 >= self.config.silence_ms * rate:
            return self._finish(Endpoint.ENDED)
        if self._elapsed - self._speech_start >= self.config.max_utterance_s * rate:
            return self._finish(Endpoint.TOO_LONG)
        return None

    def _finish(self, result: Endpoint) -> Endpoint:
        self.done = result
        return result
