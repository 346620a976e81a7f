"""End of speech: the energy gate against Silero's model (voice.vad), on real speech.

Each of the real Danish clips (../shared/data/danish_speech, as bench.whisper) is put
between 4 s of room before and 4 s after, in these rooms:

- quiet: a quiet room (noise at -65 dBFS);
- pause: the same, with a 0.6 s pause for thought in the middle of the sentence;
- fan: steady pink noise 15 dB below the speech;
- loud fan: the same 5 dB below the speech;
- clatter: a cup put down before the citizen speaks and just after;
- radio: other speech 15 dB below, all the time.

The energy gate is run as the speaker runs it, with the floor it learnt from the room
before ("energy"), and as at the first utterance after start-up or after a fan is
turned on ("energy, fresh"). Counted per detector: a false start (speech heard more
than 0.3 s before the citizen speaks), a cut (the end said before the citizen's last
word), never ended (15 s reached), the mean time from the last word to the end, and
the CPU per second of audio.

    python -m bench.endpoint
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.record import record
from bench.whisper import real_clips, speech_dir
from voice.endpoint import Endpoint, EndpointConfig, Endpointer
from voice.interfaces import SAMPLE_RATE
from voice.vad import SileroModel

Audio = npt.NDArray[np.float32]
ROOM_S = 4.0
FRAME = 480  # 30 ms, as the speaker reads its microphone
ROOMS = ("quiet", "pause", "fan", "loud fan", "clatter", "radio")


def speech_span(audio: Audio) -> tuple[float, float]:
    """First and last 20 ms frame louder than -45 dBFS and 3 % of the loudest, in s."""
    frame = SAMPLE_RATE // 50
    count = audio.size // frame
    levels = np.sqrt(np.mean(audio[: count * frame].reshape(count, frame) ** 2, axis=1))
    loud = np.flatnonzero(levels > max(10 ** (-45 / 20), 0.03 * float(levels.max())))
    return float(loud[0] * frame / SAMPLE_RATE), float((loud[-1] + 1) * frame / SAMPLE_RATE)


def pink(n: int, rng: np.random.Generator) -> Audio:
    spectrum = np.fft.rfft(rng.standard_normal(n))
    scale = np.sqrt(np.maximum(np.arange(spectrum.size), 1))
    noise = np.fft.irfft(spectrum / scale, n)
    return (noise / np.sqrt(np.mean(noise**2))).astype(np.float32)


def with_pause(speech: Audio, seconds: float = 0.6) -> Audio:
    """A pause for thought at the quietest 20 ms of the sentence's middle third."""
    frame = SAMPLE_RATE // 50
    third = speech.size // 3
    middle = speech[third : 2 * third]
    count = middle.size // frame
    levels = np.sqrt(np.mean(middle[: count * frame].reshape(count, frame) ** 2, axis=1))
    at = third + int(np.argmin(levels)) * frame
    gap = np.zeros(int(seconds * SAMPLE_RATE), dtype=np.float32)
    return np.concatenate([speech[:at], gap, speech[at:]])


def in_room(speech: Audio, room: str, babble: Audio, seed: int) -> tuple[Audio, float, float]:
    """The clip in a room, and when its speech starts and ends in the result (s)."""
    rng = np.random.default_rng(seed)
    if room == "pause":
        speech = with_pause(speech)
    pad = np.zeros(int(ROOM_S * SAMPLE_RATE), dtype=np.float32)
    audio = np.concatenate([pad, speech, pad])
    level = float(np.sqrt(np.mean(speech[np.abs(speech) > 0.01] ** 2)))
    audio += (10 ** (-65 / 20) * rng.standard_normal(audio.size)).astype(np.float32)
    if room in ("fan", "loud fan"):
        audio += level * 10 ** ((-15 if room == "fan" else -5) / 20) * pink(audio.size, rng)
    if room == "radio":
        other = np.tile(babble, audio.size // babble.size + 1)[: audio.size]
        other_level = float(np.sqrt(np.mean(other[np.abs(other) > 0.01] ** 2)))
        audio += level * 10 ** (-15 / 20) * other / other_level
    if room == "clatter":
        for at in (1.0, ROOM_S + speech.size / SAMPLE_RATE + 0.5):
            start = int(at * SAMPLE_RATE)
            click = 0.5 * np.exp(-np.arange(800) / 150) * rng.standard_normal(800)
            audio[start : start + 800] += click.astype(np.float32)
    begin, end = speech_span(speech)
    return np.clip(audio, -1, 1).astype(np.float32), ROOM_S + begin, ROOM_S + end


def pcm(audio: Audio) -> bytes:
    return (audio * 32767).astype("<i2").tobytes()


@dataclass
class Outcome:
    false_start: bool
    cut: bool
    never_ended: bool
    latency: float | None  # last word → end said, when it was not cut
    cpu_ms_per_s: float


def endpoint(endpointer: Endpointer, audio: Audio, begin: float, end: float) -> Outcome:
    started = ended = None
    too_long = False
    cpu = time.process_time()
    for at in range(0, audio.size, FRAME):
        event = endpointer.feed(pcm(audio[at : at + FRAME]))
        now = (at + FRAME) / SAMPLE_RATE
        if event is Endpoint.STARTED:
            started = now
        if event is Endpoint.ENDED:
            ended = now
        too_long = event is Endpoint.TOO_LONG
        if endpointer.done is not None:
            break
    cpu = time.process_time() - cpu
    cut = ended is not None and ended < end - 0.05
    return Outcome(
        false_start=started is not None and started < begin - 0.3,
        cut=cut,
        never_ended=too_long,
        latency=None if ended is None or cut else ended - end,
        cpu_ms_per_s=1000 * cpu / (audio.size / SAMPLE_RATE),
    )


def learnt_floor(audio: Audio) -> float:
    """The floor the speaker has learnt from the room before the citizen speaks."""
    before = Endpointer(EndpointConfig())
    for at in range(0, int((ROOM_S - 0.5) * SAMPLE_RATE), FRAME):
        before.feed(pcm(audio[at : at + FRAME]))
    return before.noise_floor


def main() -> None:
    clips = [
        np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768
        for _, raw in real_clips(speech_dir())
    ]
    silero = SileroModel()
    config = EndpointConfig()  # 800 ms of silence ends an utterance, as the speaker's default
    detectors: dict[str, Callable[[Audio], Endpointer]] = {
        "energy": lambda audio: Endpointer(config, learnt_floor(audio)),
        "energy, fresh": lambda audio: Endpointer(config),
        "silero": lambda audio: Endpointer(config, gate=silero.gate()),
    }
    rows: list[dict[str, Any]] = []
    for room in ROOMS:
        for name, make in detectors.items():
            outcomes = []
            for i, speech in enumerate(clips):
                babble = np.concatenate([c for j, c in enumerate(clips) if j != i])[::-1]
                audio, begin, end = in_room(speech, room, babble, seed=i)
                outcomes.append(endpoint(make(audio), audio, begin, end))
            latencies = [o.latency for o in outcomes if o.latency is not None]
            rows.append(
                {
                    "room": room,
                    "detector": name,
                    "false starts": f"{sum(o.false_start for o in outcomes)}/{len(outcomes)}",
                    "cut": f"{sum(o.cut for o in outcomes)}/{len(outcomes)}",
                    "never ended": f"{sum(o.never_ended for o in outcomes)}/{len(outcomes)}",
                    "end after last word (s)": (
                        round(statistics.mean(latencies), 2) if latencies else "-"
                    ),
                    "cpu ms per s of audio": round(
                        statistics.mean(o.cpu_ms_per_s for o in outcomes), 2
                    ),
                }
            )
    figures = {"clips": len(clips), "silence_ms": config.silence_ms, "rows": rows}
    path = record("endpoint", figures, rows)
    for row in rows:
        print(row)
    print(f"written to {path}")


if __name__ == "__main__":
    main()
