"""The Wyoming server's speed, measured as Home Assistant meets it: `python -m bot
wyoming` as its own process (Whisper base, espeak-ng), the running assistant behind
it, and the `wyoming` library's AsyncTcpClient.

- AudioStop to Transcript: the workplace's five Danish clips (or espeak-ng's Danish
  where they are missing), sent in 100 ms chunks as fast as the socket takes them;
- Synthesize to the first audio chunk, a short and a long answer (sentence by sentence);
- Transcript to Handled: a knowledge question through the assistant;
- 4 satellites at once, each: audio -> transcript, transcript -> handled, synthesize;
- with --compare: the same clips through `wyoming-faster-whisper` (pip install
  wyoming-faster-whisper; not a dependency of ours) serving the same Whisper base files
  with the same beam and threads, as its own process: latency and word error rate.

    python -m bench.wyoming [--repeat 5] [--compare]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein
from wyoming.asr import Transcript
from wyoming.audio import AudioStop
from wyoming.client import AsyncTcpClient
from wyoming.handle import Handled
from wyoming.tts import Synthesize

from bench.record import record
from bot.app.serve import Servers
from bot.settings import PROJECT_ROOT
from testkit.support import free_port
from testkit.wyoming import next_of, send_audio, start_server
from voice.audio import read_wav, resample
from voice.interfaces import SAMPLE_RATE
from voice.tts import EspeakSynthesizer
from voice.whisper_engine import normalise
from voice.whisper_model import ensure_model

MODEL = PROJECT_ROOT / "models" / "velfaerd.tar.gz"
QUESTION = "hvad er en spiserobot"
SHORT = "Klokken er kvart over otte. Husk at tage din medicin."
LONG = (
    "En spiserobot er en robotarm med en ske, som hjælper dig med at spise selv, når "
    "dine hænder ikke kan. Den står på bordet foran dig. Spørg din kommune, om du kan "
    "låne en, og hvor du kan prøve den."
)
SATELLITES = 4
PATIENCE = 300.0


def clips() -> list[tuple[str, bytes]]:
    """(what is said, 16 kHz PCM): the workplace's clips, else espeak-ng's question."""
    for place in (
        os.environ.get("VELFAERD_DANISH_SPEECH", ""),
        str(PROJECT_ROOT.parent / "shared" / "data" / "danish_speech"),
        "/work/shared/data/danish_speech",
    ):
        folder = Path(place) if place else None
        if folder and (folder / "transcripts.tsv").is_file():
            lines = (folder / "transcripts.tsv").read_text(encoding="utf-8").splitlines()
            rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
            return [(text, read_wav(folder / name)) for name, _, text in rows]
    with EspeakSynthesizer(rate=140) as tts:
        speech = tts.synthesize(QUESTION)
    return [(QUESTION, resample(speech.pcm, speech.sample_rate, SAMPLE_RATE))]


_DIGITS = dict(zip("12345678", "en to tre fire fem seks syv otte".split(), strict=True))


def word_errors(reference: str, heard: str) -> tuple[int, int]:
    """(word edits, reference words); digits read as the Danish words."""
    ref = [_DIGITS.get(w, w) for w in normalise(reference).split()]
    hyp = [_DIGITS.get(w, w) for w in normalise(heard).split()]
    return Levenshtein.distance(ref, hyp), len(ref)


class Wyoming:
    def __init__(self, port: int) -> None:
        self.port = port

    def client(self) -> AsyncTcpClient:
        return AsyncTcpClient("127.0.0.1", self.port, read_timeout=PATIENCE)


async def transcribe(server: Wyoming, pcm: bytes) -> tuple[float, str]:
    """(ms from AudioStop to Transcript, the text)."""
    async with server.client() as client:
        await send_audio(client, pcm, SAMPLE_RATE, stop=False)
        began = time.perf_counter()
        await client.write_event(AudioStop().event())
        event = await next_of(client, "transcript")
        return (time.perf_counter() - began) * 1000, Transcript.from_event(event).text


async def synthesize(server: Wyoming, text: str) -> tuple[float, float]:
    """(ms to the first audio chunk, ms to audio-stop)."""
    async with server.client() as client:
        began = time.perf_counter()
        await client.write_event(Synthesize(text=text).event())
        await next_of(client, "audio-chunk")
        first = (time.perf_counter() - began) * 1000
        await next_of(client, "audio-stop")
        return first, (time.perf_counter() - began) * 1000


async def handle(server: Wyoming, text: str) -> tuple[float, bool]:
    """(ms from Transcript to Handled/NotHandled, whether it was handled)."""
    async with server.client() as client:
        began = time.perf_counter()
        await client.write_event(Transcript(text=text).event())
        event = await next_of(client, "handled", "not-handled")
        return (time.perf_counter() - began) * 1000, Handled.is_type(event.type)


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


async def asr_figures(server: Wyoming, repeat: int) -> dict[str, Any]:
    """Latency and word error rate over the clips (text from the last repeat)."""
    said = clips()
    await transcribe(server, said[0][1])  # warm
    times: list[float] = []
    errors = total = 0
    for reference, pcm in said:
        for _ in range(repeat):
            ms, text = await transcribe(server, pcm)
            times.append(ms)
        edits, count = word_errors(reference, text)
        errors, total = errors + edits, total + count
    return {
        "audio_stop_to_transcript_ms": median(times),
        "word_error_rate": round(errors / total, 2),
    }


async def measure(server: Wyoming, repeat: int) -> dict[str, Any]:
    audio = [pcm for _, pcm in clips()]
    await transcribe(server, audio[0])  # warm: the first decode pays for loading
    await handle(server, "hej")
    stt = [(await transcribe(server, pcm))[0] for _ in range(repeat) for pcm in audio]
    short = [await synthesize(server, SHORT) for _ in range(repeat)]
    long = [await synthesize(server, LONG) for _ in range(repeat)]
    turns = [await handle(server, QUESTION) for _ in range(repeat)]

    async def satellite(pcm: bytes) -> dict[str, float]:
        stt_ms, _ = await transcribe(server, pcm)
        handle_ms, _ = await handle(server, QUESTION)
        tts_ms, _ = await synthesize(server, SHORT)  # to the first chunk
        return {"stt": stt_ms, "handle": handle_ms, "tts": tts_ms}

    together: list[dict[str, float]] = []
    for _ in range(repeat):
        runs = [satellite(audio[i % len(audio)]) for i in range(SATELLITES)]
        together += await asyncio.gather(*runs)
    return {
        "clips": len(audio),
        "audio_s": [round(len(p) / (2 * SAMPLE_RATE), 2) for p in audio],
        "audio_stop_to_transcript_ms": median(stt),
        "audio_stop_to_transcript_max_ms": round(max(stt), 1),
        "synthesize_to_first_chunk_short_ms": median([s[0] for s in short]),
        "synthesize_to_first_chunk_long_ms": median([s[0] for s in long]),
        "synthesize_whole_long_ms": median([s[1] for s in long]),
        "transcript_to_handled_ms": median([t[0] for t in turns]),
        "handled": all(t[1] for t in turns),
        "four_at_once": {
            step: {"median_ms": median([r[step] for r in together]), "max_ms": round(max(r[step] for r in together), 1)}
            for step in ("stt", "handle", "tts")
        },
    }  # fmt: skip


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def compare(repeat: int) -> dict[str, Any]:
    """Ours against wyoming-faster-whisper on the same model files, one at a time."""
    model = ensure_model(None)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VOSK_", "VELFAERD_"))}
    ours_env = {**env, "VELFAERD_VOICE_ASSISTANT_URL": "http://127.0.0.1:9"}  # asr only
    theirs = [
        "wyoming_faster_whisper", "--model", str(model), "--stt-library", "faster-whisper",
        "--local-files-only", "--language", "da", "--compute-type", "int8",
        "--cpu-threads", "2", "--beam-size", "5",
    ]  # fmt: skip
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryFile() as log:
        for name, argv, run_env in (
            ("ours", ["bot", "wyoming"], ours_env),
            ("wyoming-faster-whisper", [*theirs, "--data-dir", data], env),
        ):
            port = free_port()
            process = start_server(argv, port, run_env, log)
            try:
                out[name] = asyncio.run(asr_figures(Wyoming(port), repeat))
                out[name]["peak_rss_mb"] = peak_rss_mb(process.pid)
            finally:
                process.terminate()
                process.wait(60)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare", action="store_true", help="and wyoming-faster-whisper")
    parser.add_argument(
        "--recognizers", type=int, default=1, help="VELFAERD_WYOMING_RECOGNIZERS for the server"
    )
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with Servers(
        MODEL, port=free_port(), actions_port=free_port(), web_port=free_port()
    ) as servers:
        servers.wait_ready()
        port = free_port()
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("VOSK_", "VELFAERD_"))},
            "VELFAERD_VOICE_ASSISTANT_URL": servers.url,
            "VELFAERD_VOICE_CITIZEN": "bench-wyoming",
            "VELFAERD_WYOMING_RECOGNIZERS": str(args.recognizers),
        }
        with tempfile.TemporaryFile() as log:
            process = start_server(["bot", "wyoming"], port, env, log)
            try:
                figures = asyncio.run(measure(Wyoming(port), args.repeat))
                figures["server_peak_rss_mb"] = peak_rss_mb(process.pid)
            finally:
                process.terminate()
                process.wait(60)
    figures["recognizers"] = args.recognizers
    # Other work on the machine slows Whisper most: say how busy it was.
    figures["load_average_1min"] = {"before": load_before, "after": os.getloadavg()[0]}
    four = figures["four_at_once"]
    rows = [
        {"measure": f"AudioStop to Transcript, median ({figures['clips']} clips, {min(figures['audio_s'])}-{max(figures['audio_s'])} s)", "ms": figures["audio_stop_to_transcript_ms"]},
        {"measure": "Synthesize to first audio chunk, short answer", "ms": figures["synthesize_to_first_chunk_short_ms"]},
        {"measure": "Synthesize to first audio chunk, long answer (3 sentences)", "ms": figures["synthesize_to_first_chunk_long_ms"]},
        {"measure": "Synthesize, long answer, to audio-stop", "ms": figures["synthesize_whole_long_ms"]},
        {"measure": "Transcript to Handled (the assistant's turn)", "ms": figures["transcript_to_handled_ms"]},
        {"measure": "4 satellites at once: AudioStop to Transcript, median / max", "ms": f"{four['stt']['median_ms']} / {four['stt']['max_ms']}"},
        {"measure": "4 satellites at once: Transcript to Handled, median / max", "ms": f"{four['handle']['median_ms']} / {four['handle']['max_ms']}"},
        {"measure": "4 satellites at once: Synthesize to first audio chunk, median / max", "ms": f"{four['tts']['median_ms']} / {four['tts']['max_ms']}"},
        {"measure": "server peak memory (MB)", "ms": figures["server_peak_rss_mb"]},
    ]  # fmt: skip
    if args.compare:
        figures["compared"] = compared = compare(args.repeat)
        for name, found in compared.items():
            rows.append({"measure": f"side by side, {name}: AudioStop to Transcript / word error rate / peak MB", "ms": f"{found['audio_stop_to_transcript_ms']} / {found['word_error_rate']} / {found['peak_rss_mb']}"})  # fmt: skip
    record("wyoming", figures, rows)


if __name__ == "__main__":
    main()
