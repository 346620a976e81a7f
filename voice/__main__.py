"""The speaker's front end, one question at a time:

    python -m voice --text "Hvad er en spiserobot?" --out svar.wav
    python -m voice --text "Godmorgen" --no-assistant --out tale.wav   (speech out only)
    python -m voice --wav spørgsmål.wav --out svar.wav
    arecord -f S16_LE -r 16000 -c 1 -d 5 | python -m voice --stdin --out svar.wav
    python -m voice --live      (microphone and speaker: wake phrase, answers, reminders)
    python -m voice --transcribe a.wav b.wav   (one JSON line per file; no assistant)

Without --out the answer is played on the speaker. What was heard and the answers are
printed ("Du: ...", "Bot: ..."). Settings come from the environment (voice.settings:
VELFAERD_VOICE_ENGINE, VELFAERD_WHISPER_MODEL, VOSK_MODEL, VELFAERD_VOICE_*); the
options override them. Exit codes: 0 answered,
1 unreadable input, 2 set-up problem (model, espeak-ng, PortAudio, settings; the
message says what to install), 3 the assistant did not answer (the WAV then says so).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from bot.logs import start_logging
from bot.settings import SettingsError
from voice.assistant import RestBotClient
from voice.audio import PcmStdinSource, SpeakerSink, WavSink, WavSource
from voice.engines import make_recognizer
from voice.errors import VoiceSetupError
from voice.interfaces import AudioSink, AudioSource
from voice.live import main_live
from voice.oneshot import Turn, answer, rest_ask, transcribe
from voice.settings import VoiceSettings
from voice.tts import EspeakSynthesizer


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m voice",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="what the citizen says, as text")
    source.add_argument("--wav", type=Path, help="what the citizen says: a 16-bit WAV file")
    source.add_argument("--stdin", action="store_true", help="raw 16-bit 16 kHz mono PCM")
    source.add_argument("--live", action="store_true", help="listen on the microphone until Ctrl-C")
    source.add_argument(
        "--transcribe", type=Path, nargs="+", metavar="WAV", help="print what is heard, as JSON"
    )
    p.add_argument("--engine", choices=("whisper", "vosk"), help="(VELFAERD_VOICE_ENGINE)")
    p.add_argument("--out", type=Path, help="write the spoken answer here (default: speaker)")
    p.add_argument(
        "--no-assistant", action="store_true", help="say the input back instead of asking"
    )
    p.add_argument("--model", type=Path, help="Vosk model directory (VOSK_MODEL)")
    p.add_argument("--citizen", help="sender id (VELFAERD_VOICE_CITIZEN)")
    p.add_argument("--assistant-url", help="the assistant (VELFAERD_VOICE_ASSISTANT_URL)")
    p.add_argument("--rate", type=int, help="words per minute (VELFAERD_VOICE_RATE)")
    p.add_argument("--volume", type=float, help="0.0-1.0 (VELFAERD_VOICE_VOLUME)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for answers")
    return p


def settings_from(args: argparse.Namespace) -> VoiceSettings:
    settings = VoiceSettings.from_env()
    overrides = {
        "vosk_model": args.model,
        "engine": args.engine or ("vosk" if args.model is not None else None),
        "citizen_id": args.citizen,
        "assistant_url": args.assistant_url,
        "rate": args.rate,
        "volume": args.volume,
    }
    return dataclasses.replace(settings, **{k: v for k, v in overrides.items() if v is not None})


def run(args: argparse.Namespace, settings: VoiceSettings) -> Turn:
    ask = None
    if not args.no_assistant:
        client = RestBotClient(
            settings.assistant_url,
            settings.citizen_id,
            args.timeout,
            settings.device_key,
            where=settings.where,
        )
        ask = rest_ask(client)
    synthesizer = EspeakSynthesizer(rate=settings.rate, volume=settings.volume)
    sink: AudioSink = WavSink(args.out) if args.out is not None else SpeakerSink()
    try:
        if args.text is not None:
            turn = answer(args.text, synthesizer, sink, ask)
        else:
            recognizer = make_recognizer(settings)
            source: AudioSource = WavSource(args.wav) if args.wav is not None else PcmStdinSource()
            try:
                heard = transcribe(source, recognizer)
            finally:
                source.close()
            turn = answer(heard.text, synthesizer, sink, ask, heard=heard)
    finally:
        synthesizer.close()
    if isinstance(sink, WavSink):
        sink.close()  # written only when there is an answer to write
    return turn


def transcribe_files(files: list[Path], settings: VoiceSettings) -> int:
    """One JSON object per file on stdout: {"file", "text", "seconds"} (decoding time);
    an unreadable file gets {"file", "error"} and the exit code 1."""
    recognizer = make_recognizer(settings)
    failed = False
    for path in files:
        try:
            source = WavSource(path)
        except (ValueError, OSError) as err:
            print(json.dumps({"file": str(path), "error": str(err)}, ensure_ascii=False))
            failed = True
            continue
        start = time.perf_counter()
        try:
            heard = transcribe(source, recognizer)
        finally:
            source.close()
        seconds = round(time.perf_counter() - start, 3)
        line = {"file": str(path), "text": heard.text, "seconds": seconds}
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.transcribe:
            return transcribe_files(args.transcribe, settings_from(args))
        if args.live:
            start_logging("info")
            return main_live(settings_from(args))
        turn = run(args, settings_from(args))
    except (VoiceSetupError, SettingsError) as err:
        print(err, file=sys.stderr)
        return 2
    except (ValueError, OSError) as err:  # an input file that is not there or not a WAV
        print(f"Kan ikke læse lyden / cannot read the audio: {err}", file=sys.stderr)
        return 1
    if turn.heard is not None:
        print(f"Du: {turn.heard.text}")
    elif args.text is not None and not args.no_assistant:
        print(f"Du: {args.text}")
    for text in turn.spoken:
        print(f"Bot: {text}")
    if turn.unavailable:
        print("The assistant did not answer (is `make run` running?)", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
