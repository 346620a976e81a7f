"""Danish speech recognition with Whisper base (faster-whisper, int8, 2 threads).

Word error rate per setting (plain; prompted with the assistant's words; prompted and
then corrected to the nearest known sentence, voice.vocabulary), on

- real Danish read speech: the clips in ../shared/data/danish_speech (or
  $VELFAERD_DANISH_SPEECH), never copied into the repository;
- the assistant's own Danish commands rendered by espeak-ng, which is hard even for
  Whisper: reported, not tuned to.

Also model load time, real-time factor and the process's peak memory.

    python -m bench.whisper [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from bench.record import record
from bot.settings import PROJECT_ROOT
from voice.audio import read_wav, resample
from voice.engines import PROMPT_WORDS
from voice.interfaces import SAMPLE_RATE
from voice.tts import EspeakSynthesizer
from voice.vocabulary import load_vocabulary
from voice.whisper_engine import WhisperRecognizer, normalise, prompt_from
from voice.whisper_model import ensure_model

# Our own short commands, as a citizen would say them to the speaker; none is a phrase
# of the prompt (voice.engines.PROMPT_WORDS), so the prompt is not scored on itself.
COMMANDS = (
    "kan du minde mig om frisøren på fredag klokken ti",
    "sluk lyset i soveværelset",
    "hvad koster en spiserobot",
    "hvornår kommer hjemmeplejen",
    "skru ned for varmen i badeværelset",
    "jeg har taget mine piller",
    "hvad er klokken",
    "tak for hjælpen",
    "sig det langsommere",
    "jeg er faldet og kan ikke komme op",
)


def speech_dir() -> Path:
    return Path(
        os.environ.get("VELFAERD_DANISH_SPEECH")
        or PROJECT_ROOT.parent / "shared" / "data" / "danish_speech"
    )


def real_clips(folder: Path) -> list[tuple[str, bytes]]:
    """(transcript, 16 kHz mono PCM) of each clip listed in transcripts.tsv."""
    clips = []
    for line in (folder / "transcripts.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, text = line.split("\t")
        clips.append((text, read_wav(folder / name)))
    return clips


# Whisper writes numbers as digits, the transcripts as words: "tester 1 2 3" is right.
DIGITS = dict(zip("12345678", "en to tre fire fem seks syv otte".split(), strict=True))


def words(text: str) -> list[str]:
    return [DIGITS.get(w, w) for w in normalise(text).split()]


def wer(pairs: Sequence[tuple[str, str]]) -> float:
    """Word error rate over (reference, hypothesis) pairs, both normalised."""
    errors = sum(Levenshtein.distance(words(r), words(h)) for r, h in pairs)
    total = sum(len(words(r)) for r, _ in pairs)
    return round(errors / total, 3) if total else 0.0


def run(
    recognizer: WhisperRecognizer,
    clips: Sequence[tuple[str, bytes]],
    correct: Callable[[str], str] = lambda t: t,
) -> tuple[list[tuple[str, str]], float]:
    """(reference, heard) per clip and the real-time factor over all of them."""
    pairs, spent, audio = [], 0.0, 0.0
    for reference, pcm in clips:
        start = time.perf_counter()
        text, _ = recognizer.decode(pcm)
        spent += time.perf_counter() - start
        audio += len(pcm) / (2 * SAMPLE_RATE)
        pairs.append((reference, correct(text)))
    return pairs, round(spent / audio, 3)


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--repeat", type=int, default=1)
    opts = args.parse_args()
    model = ensure_model()
    start = time.perf_counter()
    plain = WhisperRecognizer(model)
    load_s = round(time.perf_counter() - start, 2)
    prompted = WhisperRecognizer(model, prompt=prompt_from(["hej assistent", *PROMPT_WORDS]))
    vocabulary = load_vocabulary(PROJECT_ROOT)

    sets: dict[str, list[tuple[str, bytes]]] = {}
    folder = speech_dir()
    if (folder / "transcripts.tsv").is_file():
        sets["real read speech (5 clips)"] = real_clips(folder)
    synthesizer = EspeakSynthesizer(rate=140)
    try:
        spoken = [(c, synthesizer.synthesize(c)) for c in COMMANDS]
    finally:
        synthesizer.close()
    sets["own commands, espeak-ng"] = [
        (c, resample(s.pcm, s.sample_rate, SAMPLE_RATE)) for c, s in spoken
    ]

    rows: list[dict[str, Any]] = []
    figures: dict[str, Any] = {"load_seconds": load_s}
    for name, clips in sets.items():
        for setting, recognizer, correct in (
            ("plain", plain, None),
            ("prompted", prompted, None),
            ("prompted + corrected", prompted, vocabulary.correct),
        ):
            rtfs: list[float] = []
            pairs: list[tuple[str, str]] = []
            for _ in range(opts.repeat):
                pairs, rtf = run(recognizer, clips, correct or (lambda t: t))
                rtfs.append(rtf)
            row = {
                "speech": name,
                "setting": setting,
                "wer": wer(pairs),
                "rtf": round(statistics.median(rtfs), 3),
            }
            rows.append(row)
            figures[f"{name} / {setting}"] = {**row, "heard": [h for _, h in pairs]}
    # End of speech to text for a 3-second command: Whisper starts when speech has ended.
    command = sets["own commands, espeak-ng"][0][1]
    three = (command + bytes(3 * SAMPLE_RATE * 2))[: 3 * SAMPLE_RATE * 2]
    spent = []
    for _ in range(max(3, opts.repeat)):
        start = time.perf_counter()
        prompted.decode(three)
        spent.append(time.perf_counter() - start)
    figures["three_second_command_to_text_s"] = round(statistics.median(spent), 3)
    rows.append(
        {
            "speech": "a 3-second command",
            "setting": "end of speech to text (s)",
            "wer": "",
            "rtf": figures["three_second_command_to_text_s"],
        }
    )
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    record("whisper", figures, rows)


if __name__ == "__main__":
    main()
