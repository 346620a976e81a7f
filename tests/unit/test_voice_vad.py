"""Silero's gate at its seam: windows cut from frames of any length, the model's state
carried, and its two thresholds. The real model is in tests/integration/test_voice_vad.py."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from voice.vad import CONTEXT, WINDOW, SileroGate, supports


class ScriptedModel:
    """Gives the probabilities it is told, and keeps what it was asked."""

    def __init__(self, probabilities: list[float]) -> None:
        self._probabilities = iter(probabilities)
        self.windows: list[npt.NDArray[np.float32]] = []
        self.states: list[Any] = []

    def run(self, window: npt.NDArray[np.float32], state: Any) -> tuple[float, Any]:
        self.windows.append(window)
        self.states.append(state)
        return next(self._probabilities), ("state", len(self.windows))


def pcm(samples: npt.NDArray[np.int16]) -> bytes:
    return samples.astype("<i2").tobytes()


def test_frames_of_any_length_become_whole_windows_with_the_samples_before() -> None:
    model = ScriptedModel([0.9] * 10)
    gate = SileroGate(model)
    ramp = np.arange(3 * WINDOW, dtype=np.int16)
    # 30 ms frames (480 samples): no whole window in the first, one in the second
    assert gate.voiced(pcm(ramp[:480])) is False
    assert model.windows == []
    assert gate.voiced(pcm(ramp[480:960])) is True
    assert gate.voiced(pcm(ramp[960:1536])) is True
    assert len(model.windows) == 3
    first, second = model.windows[0], model.windows[1]
    assert first.size == second.size == CONTEXT + WINDOW
    assert np.all(first[:CONTEXT] == 0)  # nothing came before the first window
    assert np.allclose(second[:CONTEXT] * 32768, ramp[WINDOW - CONTEXT : WINDOW])
    assert np.allclose(second[CONTEXT:] * 32768, ramp[WINDOW : 2 * WINDOW])
    # the state the model returned is the one it is given next
    assert model.states[1] == ("state", 1) and model.states[2] == ("state", 2)


def test_speech_starts_at_the_threshold_and_ends_below_the_lower_one() -> None:
    model = ScriptedModel([0.4, 0.6, 0.4, 0.36, 0.3, 0.45])
    gate = SileroGate(model)
    window = pcm(np.zeros(WINDOW, dtype=np.int16))
    heard = [gate.voiced(window) for _ in range(6)]
    # 0.4 is not speech before it starts, but is while it goes on; 0.3 ends it
    assert heard == [False, True, True, True, False, False]
    assert gate.noise_floor == 0.0


def test_an_odd_byte_and_an_empty_frame_are_harmless() -> None:
    gate = SileroGate(ScriptedModel([]))
    assert gate.voiced(b"") is False
    assert gate.voiced(b"\x01") is False


@pytest.mark.parametrize(("rate", "used"), [(16_000, True), (8_000, False), (48_000, False)])
def test_silero_is_used_at_16_khz_only(rate: int, used: bool) -> None:
    assert supports(rate) is used
