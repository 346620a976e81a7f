"""Silero's voice-activity model as a `Gate` for the endpointer (voice.endpoint).

faster-whisper ships Silero VAD v6 as an ONNX file and runs it with onnxruntime, both
installed with the voice extra, so this adds no package and downloads nothing. The
model reads windows of 512 samples at 16 kHz (32 ms) with the 64 samples before each
and carries its state from window to window; fed one window at a time it gives the
same probabilities as faster-whisper's own batched call. A window is voiced at 0.5 or
more, and stays voiced down to 0.35 once speech is on (faster-whisper's defaults).

Measured against the energy gate (`python -m bench.endpoint`): as quick to say the
citizen has stopped, and it does not take a fan for speech or cut a sentence short in
a loud one.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from voice.errors import VoiceSetupError
from voice.interfaces import SAMPLE_RATE

WINDOW = 512  # samples at 16 kHz
CONTEXT = 64  # samples of the window before, as the model was trained
THRESHOLD = 0.5
NEG_THRESHOLD = 0.35
STATE_SHAPE = (1, 1, 128)
MODEL_FILE = "silero_vad_v6.onnx"


def model_path() -> Path | None:
    """The ONNX file in faster-whisper's installed package, found without importing it
    (faster-whisper loads CTranslate2), or None when it is not installed."""
    try:
        spec = importlib.util.find_spec("faster_whisper")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "assets" / MODEL_FILE
    return path if path.is_file() else None


def installed() -> bool:
    return model_path() is not None and importlib.util.find_spec("onnxruntime") is not None


class VadModel(Protocol):
    def run(self, window: npt.NDArray[np.float32], state: Any) -> tuple[float, Any]: ...


class SileroModel:
    """The loaded model, shared by every utterance's gate (one thread: the speaker's)."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or model_path()
        if path is None or not path.is_file():
            raise VoiceSetupError(
                "Talegenkendelsen kan ikke høre, hvornår der tales: faster-whisper er ikke "
                "installeret (make install). Eller sæt VELFAERD_VOICE_VAD=energy.",
                "Voice activity detection cannot start: faster-whisper is not installed "
                "(make install). Or set VELFAERD_VOICE_VAD=energy.",
            )
        import onnxruntime  # a dependency of faster-whisper; loaded only when used

        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = 1
        options.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(
            str(path), providers=["CPUExecutionProvider"], sess_options=options
        )

    def run(self, window: npt.NDArray[np.float32], state: Any) -> tuple[float, Any]:
        """Speech probability of one window (CONTEXT + WINDOW samples) and the new state."""
        h, c = state
        out, h, c = self._session.run(None, {"input": window[None, :], "h": h, "c": c})
        return float(np.asarray(out).reshape(-1)[0]), (h, c)

    def gate(self) -> SileroGate:
        return SileroGate(self)


class SileroGate:
    """Frames of any length in, voiced or not out. A frame's answer is the model's for
    the last whole window it completed; a frame that completes none keeps the last."""

    def __init__(self, model: VadModel) -> None:
        self._model = model
        zeros = np.zeros(STATE_SHAPE, dtype=np.float32)
        self._state: Any = (zeros, zeros.copy())
        self._context = np.zeros(CONTEXT, dtype=np.float32)
        self._pending = np.zeros(0, dtype=np.float32)
        self._speaking = False

    @property
    def noise_floor(self) -> float:
        return 0.0  # the model needs no floor carried between utterances

    def voiced(self, pcm: bytes) -> bool:
        usable = len(pcm) - len(pcm) % 2
        samples = np.frombuffer(pcm[:usable], dtype="<i2").astype(np.float32) / 32768.0
        self._pending = np.concatenate([self._pending, samples])
        while self._pending.size >= WINDOW:
            window, self._pending = self._pending[:WINDOW], self._pending[WINDOW:]
            probability, self._state = self._model.run(
                np.concatenate([self._context, window]), self._state
            )
            self._context = window[-CONTEXT:]
            floor = NEG_THRESHOLD if self._speaking else THRESHOLD
            self._speaking = probability >= floor
        return self._speaking


def supports(sample_rate: int) -> bool:
    """Silero is run here at 16 kHz only; other rates keep the energy gate."""
    return sample_rate == SAMPLE_RATE
