"""Heard as meant? Danish commands through speech and Whisper to the assistant's NLU.

Each utterance of a held-out file (YAML: `utterances: [{text, intent}]`, written by
someone who has read only the README, kept outside the repository) is spoken by
espeak-ng, heard by Whisper base as the speaker hears it (prompted, then corrected to
the nearest known sentence), and parsed by the trained model. The figure is the share
whose intent is the one meant, beside the same sentences typed (the NLU's own share)
and the word error rate. espeak-ng's Danish is hard for Whisper: a human voice is the
measure that matters, and this is the floor until there are recordings.

    python -m bench.whisper_intents var/heldout/voice_commands.yml
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bench.record import record
from bench.whisper import wer
from bot.settings import PROJECT_ROOT
from voice.audio import resample
from voice.engines import make_recognizer
from voice.interfaces import SAMPLE_RATE
from voice.settings import VoiceSettings
from voice.tts import EspeakSynthesizer
from voice.vocabulary import load_vocabulary
from voice.whisper_engine import WhisperRecognizer

MODEL = PROJECT_ROOT / "models" / "velfaerd.tar.gz"
# intents that lead to the same answer as the one meant
SAME = {
    "plan_today": {"ask_plan", "ask_plan_now", "ask_plan_next"},
    "ask_technology": {"ask_technology", "ask_topic", "ask_examples"},
    "home_control": {"home_control", "home_state"},
    "home_state": {"home_control", "home_state"},
}


def meant(wanted: str, got: str) -> bool:
    return got == wanted or got in SAME.get(wanted, set())


async def parse_all(texts: list[str]) -> list[str]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))
    return [(await agent.parse_message(t))["intent"]["name"] for t in texts]


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("file", type=Path)
    opts = args.parse_args()
    utterances = yaml.safe_load(opts.file.read_text(encoding="utf-8"))["utterances"]
    settings = VoiceSettings.from_env({"VELFAERD_VOICE_ENGINE": "whisper"})
    recognizer = make_recognizer(settings)
    assert isinstance(recognizer, WhisperRecognizer)
    correct = load_vocabulary(PROJECT_ROOT).correct
    synthesizer = EspeakSynthesizer(rate=settings.rate)
    heard: list[str] = []
    try:
        for u in utterances:
            speech = synthesizer.synthesize(u["text"])
            text, _ = recognizer.decode(resample(speech.pcm, speech.sample_rate, SAMPLE_RATE))
            heard.append(correct(text) if text else "")
    finally:
        synthesizer.close()
    typed = asyncio.run(parse_all([u["text"] for u in utterances]))
    spoken = asyncio.run(parse_all([h or "…" for h in heard]))
    by_intent: dict[str, Counter[str]] = {}
    for u, t, s in zip(utterances, typed, spoken, strict=True):
        c = by_intent.setdefault(u["intent"], Counter())
        c["n"] += 1
        c["typed"] += meant(u["intent"], t)
        c["heard"] += meant(u["intent"], s)
    n = len(utterances)
    rows: list[dict[str, Any]] = [
        {
            "intent": k,
            "utterances": c["n"],
            "typed": round(c["typed"] / c["n"], 2),
            "heard (espeak-ng, Whisper)": round(c["heard"] / c["n"], 2),
        }
        for k, c in sorted(by_intent.items())
    ]
    total_typed = sum(c["typed"] for c in by_intent.values())
    total_heard = sum(c["heard"] for c in by_intent.values())
    rows.append(
        {
            "intent": "all",
            "utterances": n,
            "typed": round(total_typed / n, 2),
            "heard (espeak-ng, Whisper)": round(total_heard / n, 2),
        }
    )
    figures = {
        "file": str(opts.file),
        "wer": wer([(u["text"], h) for u, h in zip(utterances, heard, strict=True)]),
        "typed": round(total_typed / n, 3),
        "heard": round(total_heard / n, 3),
        "examples": [
            {"said": u["text"], "heard": h, "intent": s}
            for u, h, s in zip(utterances, heard, spoken, strict=True)
        ],
    }
    record("whisper_intents", figures, rows)


if __name__ == "__main__":
    main()
