"""Danish speech recognition with Whisper base through faster-whisper (CTranslate2, int8
on the CPU), offline.

Whisper hears a whole utterance at once, so accept() only keeps the audio (the last 30
seconds, Whisper's window) and finish() decodes it when the loop's end-of-speech
detector (voice.endpoint) says the citizen has stopped. Whisper is told the language
(Danish) and given a prompt of the assistant's own words (medicine, technology and
room names, time words), which makes it write them as the assistant knows them.

A phrase list given to reset() (the wake phrase, control words) cannot limit what
Whisper hears, as a Vosk grammar does: the transcript is matched to the phrases
afterwards and counts as nothing heard when none is close (rapidfuzz, on folded text).

Its output is brought into the form the NLU and the time parser read: lower case, no
punctuation, "kl. 8.30" as "klokken 8:30".
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz

from bot.core.text import fold
from voice.errors import VoiceSetupError
from voice.interfaces import SAMPLE_RATE, SAMPLE_WIDTH, Transcript

log = logging.getLogger(__name__)

WINDOW_S = 30  # Whisper decodes at most 30 seconds at a time
MIN_SPEECH_S = 0.3  # less than this is a click, not a word
PHRASE_CUTOFF = 80.0  # fuzz.partial_ratio, 0..100, on folded text
# A segment Whisper itself thinks is no speech and is unsure of: the known hallucinations
# on silence and noise ("Tekstet af ...", "Tak fordi I så med").
NO_SPEECH = 0.6
UNSURE_LOGPROB = -1.0
PROMPT_CHARS = 600  # Whisper's prompt takes at most 224 tokens; Danish words are 2-3 each
PAD_S = 0.5  # silence put before (once) and after (twice) the audio
QUIET = 0.001  # about -60 dBFS: quieter frames are silence
MARGIN_S = 0.3  # kept before the first and after the last sound

_CLOCK = re.compile(r"\bkl\.?\s*(?=\d)")
_TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})\b")
_THOUSANDS = re.compile(r"(?<=\d)\.(?=\d{3}\b)")
_NOT_WORD = re.compile(r"[^\w:%/]+")
_LONE_SLASH = re.compile(r"(?<!\d)/|/(?!\d)")  # "5/12" is a date; "og/eller" two words


def normalise(text: str) -> str:
    """Whisper's Danish as the assistant reads it: lower case, no punctuation, clock
    times and dates kept ("kl. 8.30" -> "klokken 8:30", "d. 5/12", "1.000" -> "1000")."""
    text = _CLOCK.sub("klokken ", text.lower())
    text = _TIME.sub(r"\1:\2", text)
    text = _THOUSANDS.sub("", text)
    text = _LONE_SLASH.sub(" ", _NOT_WORD.sub(" ", text)).replace("_", " ")
    return " ".join(w.strip(":") for w in text.split() if w.strip(":"))


def trimmed(
    audio: npt.NDArray[np.float32], sample_rate: int = SAMPLE_RATE
) -> npt.NDArray[np.float32]:
    """The audio from a little before its first sound to a little after its last: frames
    of 20 ms are sound when louder than a hundredth of the loudest (and than -60 dBFS)."""
    frame = sample_rate // 50
    count = audio.size // frame
    if count == 0:
        return audio[:0]
    levels = np.sqrt(np.mean(audio[: count * frame].reshape(count, frame) ** 2, axis=1))
    loud = np.flatnonzero(levels > max(QUIET, 0.01 * float(levels.max())))
    if loud.size == 0:
        return audio[:0]
    margin = int(MARGIN_S * sample_rate)
    start = max(0, int(loud[0]) * frame - margin)
    end = min(audio.size, (int(loud[-1]) + 1) * frame + margin)
    return audio[start:end]


def match_phrase(text: str, phrases: Sequence[str], cutoff: float = PHRASE_CUTOFF) -> str:
    """The phrase said in `text` (the closest above `cutoff`), or "" when none is."""
    said = fold(text)
    if not said:
        return ""
    best, score = "", cutoff
    for phrase in phrases:
        folded = fold(phrase)
        if not folded:
            continue
        # a phrase must not be found inside a much shorter transcript ("hej")
        if len(said) < 0.6 * len(folded):
            continue
        s = fuzz.partial_ratio(folded, said)
        if s >= score and (s > score or len(phrase) > len(best)):
            best, score = phrase.lower(), s
    return best


def prompt_from(words: Sequence[str], limit: int = PROMPT_CHARS) -> str:
    """A prompt of the assistant's words, most important first, cut to Whisper's size."""
    out: list[str] = []
    size = 0
    for word in words:
        word = " ".join(word.split())
        if not word or word.lower() in (w.lower() for w in out):
            continue
        if size + len(word) + 2 > limit:
            break
        out.append(word)
        size += len(word) + 2
    return ", ".join(out) + ("." if out else "")


class WhisperRecognizer:
    """The Recognizer seam over faster_whisper.WhisperModel (loaded once, in the
    constructor: about 1.5 s and 200-300 MB). Not thread-safe: one loop owns it."""

    def __init__(
        self,
        model_dir: Path | str,
        phrases: Sequence[str] | None = None,
        prompt: str | None = None,
        sample_rate: int = SAMPLE_RATE,
        threads: int = 2,
        beam_size: int = 5,
        language: str = "da",
    ) -> None:
        if sample_rate != SAMPLE_RATE:
            raise ValueError("Whisper hears 16 kHz audio")
        try:
            from faster_whisper import WhisperModel
        except ImportError as err:
            raise VoiceSetupError(
                "Talegenkendelsen kræver pakken faster-whisper: installér med `make install` "
                "(pip install '.[voice]').",
                "Speech recognition needs the faster-whisper package: install it with "
                "`make install` (pip install '.[voice]').",
            ) from err
        self.model_dir = Path(model_dir)
        try:
            self._model: Any = WhisperModel(
                str(self.model_dir), device="cpu", compute_type="int8", cpu_threads=threads
            )
        except Exception as err:  # CTranslate2 raises RuntimeError for a broken model
            raise VoiceSetupError(
                f"Talegenkendelsen kan ikke starte: Whisper-modellen i {self.model_dir} kunne "
                f"ikke indlæses ({err}).",
                f"Speech recognition cannot start: the Whisper model in {self.model_dir} "
                f"could not be loaded ({err}).",
            ) from err
        self.sample_rate = sample_rate
        self.default_phrases = list(phrases) if phrases is not None else None
        self.prompt = prompt or None
        self.beam_size = beam_size
        self.language = language
        self._phrases: list[str] | None = self.default_phrases
        self._audio = bytearray()
        self._limit = WINDOW_S * sample_rate * SAMPLE_WIDTH

    def reset(self, phrases: Sequence[str] | None = None) -> None:
        self._phrases = list(phrases) if phrases is not None else self.default_phrases
        self._audio.clear()

    def accept(self, pcm: bytes) -> Transcript | None:
        self._audio += pcm
        if len(self._audio) > self._limit:  # keep the last 30 s (a wait for the wake phrase)
            cut = len(self._audio) - self._limit
            del self._audio[: cut + cut % SAMPLE_WIDTH]
        return None

    def partial(self) -> str:
        return ""  # Whisper does not stream; the loop needs no partial result

    def finish(self) -> Transcript:
        pcm = bytes(self._audio)
        self._audio.clear()
        text, confidence = self.decode(pcm)
        if self._phrases is not None:
            text = match_phrase(text, self._phrases)
        return Transcript(text=text, confidence=confidence if text else None)

    def decode(self, pcm: bytes) -> tuple[str, float | None]:
        """(normalised text, mean segment probability) of 16 kHz 16-bit PCM."""
        usable = len(pcm) - len(pcm) % SAMPLE_WIDTH
        if usable < MIN_SPEECH_S * self.sample_rate * SAMPLE_WIDTH:
            return "", None
        audio = trimmed(np.frombuffer(pcm[:usable], dtype="<i2").astype(np.float32) / 32768.0)
        if audio.size == 0:
            return "", None
        # Whisper hears nothing in a lone short word ("ja" alone: no segment at all), and
        # hears the same words differently after more or less silence: the same silence
        # around the speech every time.
        pad = np.zeros(int(PAD_S * self.sample_rate), dtype=np.float32)
        audio = np.concatenate([pad, audio, pad, pad])
        segments, _ = self._model.transcribe(
            audio,
            language=self.language,
            task="transcribe",
            beam_size=self.beam_size,
            # no fallback to sampling at higher temperatures: the same audio is always
            # heard the same way (a short command gains nothing from sampling)
            temperature=0.0,
            initial_prompt=self.prompt,
            condition_on_previous_text=False,
            without_timestamps=True,
            vad_filter=False,
        )
        kept = [
            s
            for s in segments
            if not (s.no_speech_prob > NO_SPEECH and s.avg_logprob < UNSURE_LOGPROB)
        ]
        text = normalise(" ".join(s.text for s in kept))
        if not text:
            return "", None
        confidence = sum(math.exp(s.avg_logprob) for s in kept) / len(kept)
        return text, round(confidence, 3)

    def __repr__(self) -> str:
        return f"WhisperRecognizer({str(self.model_dir)!r})"
