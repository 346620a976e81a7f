"""End of speech on synthesised signals: sine bursts over noise, and silence."""

from __future__ import annotations

import numpy as np
import pytest

from voice.endpoint import Endpoint, EndpointConfig, Endpointer, rms

RATE = 16_000
FRAME = 480  # 30 ms


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE))


def noise(seconds: float, level: float, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).normal(0, level, int(seconds * RATE))


def tone(seconds: float, amplitude: float, hz: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return amplitude * np.sin(2 * np.pi * hz * t)


def run(signal: np.ndarray, config: EndpointConfig) -> list[tuple[float, Endpoint]]:
    """Feed 30 ms frames; the events and the time (s) each came at."""
    pcm = signal.clip(-32768, 32767).astype("<i2").tobytes()
    ep = Endpointer(config)
    found = []
    for start in range(0, len(pcm), FRAME * 2):
        event = ep.feed(pcm[start : start + FRAME * 2])
        if event is not None:
            found.append((round(ep.elapsed_s, 2), event))
    return found


def test_rms() -> None:
    assert rms(b"") == 0.0
    assert rms(np.full(100, 1000, dtype="<i2").tobytes()) == pytest.approx(1000)
    assert rms(b"\x01") == 0.0  # half a sample is no sample


def test_speech_starts_and_ends_after_the_silence() -> None:
    signal = np.concatenate([silence(0.6), tone(1.0, 8000), silence(1.5)])
    events = run(signal, EndpointConfig(silence_ms=800))
    assert [e for _, e in events] == [Endpoint.STARTED, Endpoint.ENDED]
    started, ended = events[0][0], events[1][0]
    assert started == pytest.approx(0.6 + 0.12, abs=0.031)
    assert ended == pytest.approx(1.6 + 0.8, abs=0.031)


def test_a_short_pause_between_words_does_not_end_it() -> None:
    words = [tone(0.4, 8000), silence(0.3), tone(0.4, 8000), silence(1.0)]
    events = run(np.concatenate(words), EndpointConfig(silence_ms=500))
    assert [e for _, e in events] == [Endpoint.STARTED, Endpoint.ENDED]
    assert events[1][0] == pytest.approx(1.1 + 0.5, abs=0.031)


def test_nothing_said_times_out() -> None:
    events = run(silence(3.0), EndpointConfig(timeout_s=2.0))
    assert events == [(2.01, Endpoint.TIMEOUT)]


def test_no_timeout_waits_for_ever() -> None:
    assert run(silence(5.0), EndpointConfig(timeout_s=None)) == []


def test_a_click_is_not_speech() -> None:
    signal = np.concatenate([silence(0.5), tone(0.05, 20000), silence(2.5)])
    assert run(signal, EndpointConfig(timeout_s=2.0)) == [(2.01, Endpoint.TIMEOUT)]


def test_too_long_is_cut_off() -> None:
    words = [np.concatenate([tone(0.3, 8000), silence(0.1)]) for _ in range(20)]
    events = run(np.concatenate(words), EndpointConfig(max_utterance_s=3.0))
    assert [e for _, e in events] == [Endpoint.STARTED, Endpoint.TOO_LONG]
    assert events[1][0] == pytest.approx(3.0, abs=0.1)


def test_quiet_speech_over_silence_counts_but_below_the_minimum_does_not() -> None:
    assert run(np.concatenate([tone(0.5, 1000), silence(1)]), EndpointConfig())[0][1] is (
        Endpoint.STARTED
    )
    assert run(np.concatenate([tone(0.5, 300), silence(1)]), EndpointConfig()) == []


def test_steady_noise_becomes_the_floor_and_speech_over_it_is_heard() -> None:
    fan = noise(12.0, 1500)
    speech = np.zeros_like(fan)
    speech[int(8 * RATE) : int(9 * RATE)] = tone(1.0, 12000)
    config = EndpointConfig(silence_ms=800)
    pcm = (fan + speech).clip(-32768, 32767).astype("<i2").tobytes()
    # The first utterance: the fan, taken for speech until the floor has learnt it.
    first = Endpointer(config)
    position = 0
    while first.done is None and position < len(pcm):
        first.feed(pcm[position : position + FRAME * 2])
        position += FRAME * 2
    assert first.done is Endpoint.ENDED
    assert position / 2 / RATE < 5.0
    assert first.noise_floor > 1000
    # The next one carries the floor: the fan alone is no longer speech, the voice is.
    second = Endpointer(config, noise_floor=first.noise_floor)
    found = []
    while position < len(pcm) and second.done is None:
        event = second.feed(pcm[position : position + FRAME * 2])
        position += FRAME * 2
        if event is not None:
            found.append((round(position / 2 / RATE, 1), event))
    assert found == [(8.1, Endpoint.STARTED), (9.8, Endpoint.ENDED)]


def test_it_is_deterministic_and_done_after_the_end() -> None:
    signal = np.concatenate([silence(0.3), noise(0.8, 5000), silence(1.0), tone(0.5, 8000)])
    config = EndpointConfig(silence_ms=600)
    assert run(signal, config) == run(signal, config)
    assert [e for _, e in run(signal, config)] == [Endpoint.STARTED, Endpoint.ENDED]


class ScriptedGate:
    """Voiced exactly where the script says: the endpointer's counting, apart from any
    detector."""

    def __init__(self, voiced: list[bool]) -> None:
        self._voiced = iter(voiced)
        self.noise_floor = 0.0

    def voiced(self, pcm: bytes) -> bool:
        return next(self._voiced)


def test_any_gate_decides_what_is_voiced_and_the_endpointer_counts() -> None:
    frame = bytes(FRAME * 2)  # silence: the energy gate would hear nothing in it
    # the 4th voiced frame (120 ms) starts it, a 300 ms gap does not end it, 27 silent do
    script = [False] * 3 + [True] * 5 + [False] * 10 + [True] * 2 + [False] * 27
    ep = Endpointer(EndpointConfig(silence_ms=800), gate=ScriptedGate(script))
    events = [(i, e) for i, f in enumerate(script) if (e := ep.feed(frame)) is not None]
    assert events == [(6, Endpoint.STARTED), (46, Endpoint.ENDED)]
    assert ep.noise_floor == 0.0  # the gate's, carried to the next utterance
