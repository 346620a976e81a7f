"""The wake phrase with Whisper: missed wakes, false wakes per hour of other Danish
speech, and the CPU the speaker uses while it waits.

The speaker waits as voice.loop does when idle: Silero's gate (voice.vad) finds each
utterance, Whisper (prompted, as the speaker's) decodes it with the wake phrase as its
one phrase, and voice.commands.is_wake decides. Measured on

- the wake phrase, "hej assistent", said by espeak-ng at five rates, in a quiet room,
  with a fan 15 dB below and 5 dB below the voice (missed wakes);
- other Danish speech: the five real clips (../shared/data/danish_speech) and the
  knowledge base's answers (data/knowledge/topics.yml) read by espeak-ng, as a radio or
  a conversation in the room would be heard, and a few near phrases ("hej med dig",
  "det er min assistent") (false wakes, per hour of speech);
- a minute of a quiet room and of a fan (CPU while nothing is said).

espeak-ng's Danish is hard for Whisper, and no human said the wake phrase here:
reported as that, not tuned to.

    python -m bench.wake [--answers 60]
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import yaml

from bench.endpoint import pink
from bench.record import record
from bench.whisper import real_clips, speech_dir
from bot.settings import PROJECT_ROOT
from voice.audio import resample
from voice.commands import is_wake
from voice.endpoint import Endpoint, EndpointConfig, Endpointer
from voice.engines import make_recognizer
from voice.interfaces import SAMPLE_RATE, Recognizer
from voice.settings import VoiceSettings
from voice.tts import EspeakSynthesizer
from voice.vad import SileroModel
from voice.vocabulary import UNKNOWN

FRAME = 480  # 30 ms
WAKE = "hej assistent"
RATES = (110, 125, 140, 160, 180)
ROOMS = {"quiet": None, "fan 15 dB below": -15.0, "fan 5 dB below": -5.0}
NEAR = (
    "hej med dig",
    "hej alle sammen",
    "det er min assistent",
    "hej Astrid",
    "assistance",
    "nej tak",
    "hej skat er du hjemme",
    "min hjemmehjælper er her",
)


def answers(count: int) -> list[str]:
    """The first `count` answer sentences of the knowledge base."""
    topics = yaml.safe_load((PROJECT_ROOT / "data/knowledge/topics.yml").read_text("utf-8"))
    found: list[str] = []
    for topic in topics["topics"]:
        for text in [topic.get("answer", ""), *topic.get("more", [])]:
            found += [s.strip().rstrip(".") + "." for s in text.split(". ") if len(s.split()) >= 4]
    return found[:count]


def spoken(texts: list[str], rate: int = 140) -> list[np.ndarray]:
    synthesizer = EspeakSynthesizer(rate=rate)
    try:
        speeches = [synthesizer.synthesize(t) for t in texts]
    finally:
        synthesizer.close()
    return [
        np.frombuffer(resample(s.pcm, s.sample_rate, SAMPLE_RATE), dtype="<i2").astype(np.float32)
        / 32768
        for s in speeches
    ]


def room(parts: list[np.ndarray], fan_db: float | None, seed: int) -> np.ndarray:
    """The utterances one after another with 2 s of room between, and 2 s at each end."""
    gap = np.zeros(2 * SAMPLE_RATE, dtype=np.float32)
    audio = np.concatenate([gap, *[x for p in parts for x in (p, gap)]])
    rng = np.random.default_rng(seed)
    audio += (10 ** (-65 / 20) * rng.standard_normal(audio.size)).astype(np.float32)
    if fan_db is not None:
        voice = np.concatenate(parts)
        level = float(np.sqrt(np.mean(voice[np.abs(voice) > 0.01] ** 2)))
        audio += level * 10 ** (fan_db / 20) * pink(audio.size, rng)
    return np.clip(audio, -1, 1)


def waits(audio: np.ndarray, silero: SileroModel, recognizer: Recognizer) -> Iterator[str]:
    """What the idle speaker hears in `audio`: each utterance's text, matched to the
    wake phrase (voice.loop's idle path)."""
    pcm = (audio * 32767).astype("<i2").tobytes()
    step = FRAME * 2
    at = 0
    while at < len(pcm):
        recognizer.reset([WAKE, UNKNOWN])
        endpointer = Endpointer(EndpointConfig(), gate=silero.gate())
        while at < len(pcm):
            frame = pcm[at : at + step]
            at += step
            event = endpointer.feed(frame)
            recognizer.accept(frame)
            if event in (Endpoint.ENDED, Endpoint.TOO_LONG):
                yield recognizer.finish().text
                break


def cpu_while(audio: np.ndarray, silero: SileroModel, recognizer: Recognizer) -> tuple[int, float]:
    """(wakes heard, CPU seconds) for the idle speaker listening to `audio`."""
    start = time.process_time()
    wakes = sum(is_wake(text, WAKE) for text in waits(audio, silero, recognizer))
    return wakes, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=60, help="knowledge-base sentences")
    args = parser.parse_args()
    settings = VoiceSettings.from_env({"VELFAERD_VOICE_ENGINE": "whisper"})
    recognizer = make_recognizer(settings)
    silero = SileroModel()
    rows: list[dict[str, Any]] = []

    wakes = {rate: spoken([WAKE], rate)[0] for rate in RATES}
    missed: dict[str, int] = {}
    for seed, (name, fan) in enumerate(ROOMS.items()):
        missed[name] = 0
        for rate, wake in wakes.items():
            audio = room([wake], fan, seed=seed * 100 + rate)
            heard, _ = cpu_while(audio, silero, recognizer)
            missed[name] += heard == 0
        rows.append({"what": f"wake phrase, {name}", "said": len(RATES), "wrong": missed[name]})

    clips = [
        np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768
        for _, raw in real_clips(speech_dir())
    ]
    others = {
        "real read Danish (5 clips)": clips,
        "knowledge-base answers, espeak-ng": spoken(answers(args.answers)),
        "near phrases, espeak-ng": spoken(list(NEAR)),
    }
    false: dict[str, dict[str, float]] = {}
    for seed, (name, parts) in enumerate(others.items()):
        seconds = sum(p.size for p in parts) / SAMPLE_RATE
        audio = room(parts, None, seed=seed)
        heard, cpu = cpu_while(audio, silero, recognizer)
        false[name] = {
            "utterances": len(parts),
            "speech_s": round(seconds, 1),
            "false_wakes": heard,
            "per_hour": round(heard * 3600 / seconds, 1),
            "cpu_share_of_a_core": round(cpu / (audio.size / SAMPLE_RATE), 3),
        }
        rows.append({"what": f"other speech: {name}", "said": len(parts), "wrong": heard})

    idle: dict[str, float] = {}
    for name, fan_dbfs in (("quiet room", None), ("fan at -35 dBFS", -35.0)):
        rng = np.random.default_rng(900)
        audio = (10 ** (-65 / 20) * rng.standard_normal(60 * SAMPLE_RATE)).astype(np.float32)
        if fan_dbfs is not None:
            audio += 10 ** (fan_dbfs / 20) * pink(audio.size, rng)
        _, cpu = cpu_while(audio, silero, recognizer)
        idle[name] = round(100 * cpu / (audio.size / SAMPLE_RATE), 2)
    figures = {
        "wake_phrase": WAKE,
        "rates": list(RATES),
        "missed_wakes": missed,
        "false_wakes": false,
        "idle_cpu_percent_of_a_core": idle,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    path = record("wake", figures, rows)
    for row in rows:
        print(row)
    print(false, idle)
    print(f"written to {path}")


if __name__ == "__main__":
    main()
