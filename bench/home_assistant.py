"""The Wyoming server against a real Home Assistant and a real wyoming-satellite, on this
machine, each from the registry in a venv of its own outside the repository (`make
bench-ha` makes them; not part of `make test`: it takes minutes and HA installs its
integrations' requirements from PyPI at first start).

    python -m bench.home_assistant --ha-venv /work/ha-venv --satellite-venv /work/sat-venv

What it does, starting every process itself and stopping each one, also on failure:

1. Home Assistant (`hass -c` a fresh config dir; minimal configuration.yaml), onboarded
   by its API, a long-lived token made over its websocket;
2. the assistant (bot.app.serve.Servers) and `python -m bot wyoming`, added to Home
   Assistant by the Wyoming integration's config flow; a Danish pipeline of our
   speech-to-text, text-to-speech and conversation (assist_pipeline/pipeline/create);
3. that pipeline run over the websocket API: the five Danish clips (stt → tts) and
   typed questions (intent → tts); HA's transcript, our answer, the tts URL's audio,
   and the time of each stage from HA's event timestamps;
4. wyoming-satellite (its microphone and wake word: bench.satellite_io, its speaker a
   file), added to Home Assistant and given the pipeline; then
   a. assist_satellite.announce by REST → audio in the satellite's speaker file;
   b. a due reminder from the real worker → our announcer → HA → satellite → audio;
   c. a spoken question on the satellite's microphone → our asr, conversation and tts
      → the satellite's speaker.

Results in var/bench/home_assistant.{json,md}.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np
from wyoming.audio import AudioChunk, AudioStop
from wyoming.client import AsyncTcpClient
from wyoming.tts import Synthesize

from bench.record import record
from bench.wyoming import clips, word_errors
from bot.app.serve import Servers
from bot.core.clock import SystemClock
from bot.plan.store import PlanStore
from bot.reminders.store import ReminderStore
from bot.settings import PROJECT_ROOT
from testkit.home_assistant import PATIENCE, HomeAssistant, Run, fetch_audio, ha_config
from testkit.support import free_port
from testkit.wyoming import next_of, start_server
from voice.audio import resample, write_wav
from voice.ha_announce import AnnounceSettings, HomeAssistantAnnouncer
from voice.interfaces import SAMPLE_RATE
from voice.tts import EspeakSynthesizer
from voice.whisper_model import ensure_model

MODEL = PROJECT_ROOT / "models" / "velfaerd.tar.gz"
CITIZEN = "karen"
SATELLITE = "Karens stue"
QUESTIONS = ("hvad er en spiserobot", "hvad skal jeg i dag")
SPOKEN = "hvad er en spiserobot"  # said on the satellite's microphone (espeak-ng)
ASKED = "Det er tid til at tage Panodil. Har du taget den?"
ANNOUNCED = "Klokken er kvart over otte. Husk at drikke et glas vand."
IO = Path(__file__).with_name("satellite_io.py")
SND_RATE = 22050  # the satellite's --snd-command-rate (its default)


class Processes(contextlib.ExitStack):
    """Programs started in process groups of their own, logging to files; each stopped
    (SIGTERM, then SIGKILL) when the block ends, however it ends."""

    def __init__(self, logs: Path) -> None:
        super().__init__()
        self.logs = logs

    def start(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> Path:
        log = self.logs / f"{name}.log"
        with log.open("ab") as out:
            popen = subprocess.Popen(
                argv, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=self.logs,
                start_new_session=True,
            )  # fmt: skip
        self.callback(stop, popen)
        return log


def stop(popen: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL: to its process group when it leads one (with its children:
    the satellite's microphone, wake word and speaker commands), else to it alone."""
    group = os.getpgid(popen.pid) == popen.pid if popen.poll() is None else False

    def signal_it(sig: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(popen.pid, sig) if group else popen.send_signal(sig)

    signal_it(signal.SIGTERM)
    try:
        popen.wait(30)
    except subprocess.TimeoutExpired:
        signal_it(signal.SIGKILL)
        popen.wait()
    if group:  # what is left of the group once its leader has gone
        with contextlib.suppress(ProcessLookupError):
            os.killpg(popen.pid, signal.SIGKILL)


def envelope(pcm: bytes, rate: int) -> np.ndarray[Any, Any]:
    """Loudness in 20 ms frames: what speech of the same words shares through a lossy
    codec and a resampler."""
    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2").astype(np.float64)
    frame = rate // 50
    frames = samples[: len(samples) // frame * frame].reshape(-1, frame)
    return np.sqrt((frames**2).mean(axis=1)) if len(frames) else np.zeros(0)


def likeness(heard: bytes, ours: bytes) -> float:
    """The best correlation of the two loudness envelopes, one shifted against the other
    by up to 2 s either way (what the satellite played may start a little early or late)."""
    a, b = envelope(heard, SND_RATE), envelope(ours, SND_RATE)
    best = 0.0
    for lag in range(-100, 101):
        x, y = (a[lag:], b) if lag >= 0 else (a, b[-lag:])
        n = min(len(x), len(y))
        if n >= 25 and x[:n].std() > 0 and y[:n].std() > 0:
            best = max(best, float(np.corrcoef(x[:n], y[:n])[0, 1]))
    return round(best, 3)


async def said_by_our_server(port: int, text: str) -> bytes:
    """What our Wyoming server says for `text`, asked directly as HA's tts asks it
    (sentence by sentence, at 22,050 Hz)."""
    audio = bytearray()
    async with AsyncTcpClient("127.0.0.1", port) as client:
        await client.write_event(Synthesize(text=text).event())
        while not AudioStop.is_type(
            (event := await next_of(client, "audio-chunk", "audio-stop")).type
        ):
            chunk = AudioChunk.from_event(event)
            audio += resample(chunk.audio, chunk.rate, SND_RATE)
    return bytes(audio)


def our_speech(text: str, rate: int) -> bytes:
    with EspeakSynthesizer(rate=140) as tts:
        speech = tts.synthesize(text)
    return resample(speech.pcm, speech.sample_rate, rate)


class Speaker:
    """The satellite's speaker: the file its --snd-command appends to."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def size(self) -> int:
        return self.path.stat().st_size if self.path.exists() else 0

    async def wait_sound(
        self, since: int, began: float, quiet_s: float = 2.0, first_within: float = 180.0
    ) -> dict[str, Any]:
        """Until audio has come and then stopped coming for quiet_s (or none has come in
        first_within seconds): its seconds, the time to its first bytes, and the audio."""
        first = None
        last_size, last_change = since, time.monotonic()
        deadline = time.monotonic() + first_within
        while first or time.monotonic() < deadline:
            size = self.size()
            if size != last_size:
                first = first or time.monotonic()
                last_size, last_change = size, time.monotonic()
            elif first and time.monotonic() - last_change > quiet_s:
                break
            await asyncio.sleep(0.05)
        audio = self.path.read_bytes()[since:] if first else b""
        return {
            "since_first_ms": round((time.monotonic() - first) * 1000, 1) if first else None,
            "played_s": round(len(audio) / (2 * SND_RATE), 2),
            "first_audio_ms": round((first - began) * 1000, 1) if first else None,
            "audio": audio,
        }


async def scenario(args: argparse.Namespace, work: Path, procs: Processes) -> dict[str, Any]:
    out: dict[str, Any] = {}
    ha_port = free_port()
    ha_config(work / "ha", ha_port)
    ha_log = procs.start("hass", [str(args.ha_venv / "bin" / "hass"), "-c", str(work / "ha")])
    dbs = {
        n: f"sqlite:///{work / n}.db" for n in ("reminders", "plan", "access", "safety", "teams")
    }
    servers = Servers(
        MODEL, port=free_port(), actions_port=free_port(), web_port=free_port(),
        log_dir=work / "assistant",
        env={f"VELFAERD_{n.upper()}_DB": url for n, url in dbs.items()},
    )  # fmt: skip
    procs.enter_context(servers)
    started = time.monotonic()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=PATIENCE)) as session:
        ha = HomeAssistant(session, f"http://127.0.0.1:{ha_port}")
        await ha.wait(ha_log)
        out["ha_start_s"] = round(time.monotonic() - started, 1)
        await ha.onboard()
        await asyncio.to_thread(servers.wait_ready)
        plan = PlanStore(dbs["plan"], SystemClock())
        reminders = ReminderStore(dbs["reminders"], SystemClock())
        plan.create_schema()
        reminders.create_schema()
        now = SystemClock().now()
        at = now.replace(hour=23, minute=0, second=0, microsecond=0)
        plan.add(CITIZEN, "Fodterapeut", at, at + timedelta(minutes=30), acting="bench")

        # The satellite first: our server is told its entity (VELFAERD_HA_SATELLITES).
        speaker = Speaker(work / "speaker.raw")
        trigger = work / "say"
        sat_port = free_port()
        sat_py = str(args.satellite_venv / "bin" / "python")
        procs.start("satellite", [
            # as a module: 1.0.0's wyoming-satellite script calls a run() it lacks
            sat_py, "-m", "wyoming_satellite",
            "--name", SATELLITE, "--uri", f"tcp://127.0.0.1:{sat_port}", "--no-zeroconf",
            "--mic-command", f"{sat_py} {IO} mic {trigger}",
            "--wake-command", f"{sat_py} {IO} wake",
            "--snd-command", f"sh -c 'cat >> {speaker.path}'",
            "--snd-command-rate", str(SND_RATE), "--debug",
        ])  # fmt: skip
        await asyncio.to_thread(_listening, sat_port)
        sat_entry = await ha.add_wyoming(sat_port)
        sat_entities = await ha.entities(sat_entry["result"]["entry_id"])
        satellite = next(e for e in sat_entities if e.startswith("assist_satellite."))
        out["satellite_entities"] = sat_entities

        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("VOSK_", "VELFAERD_"))},
            "VELFAERD_VOICE_ASSISTANT_URL": servers.url,
            "VELFAERD_VOICE_CITIZEN": CITIZEN,
            "VELFAERD_VOICE_ENGINE": "whisper",
            "VELFAERD_WHISPER_MODEL": str(ensure_model(None)),
            "VELFAERD_HA_URL": ha.url,
            "VELFAERD_HA_TOKEN": ha.token,
            "VELFAERD_HA_SATELLITES": satellite,
        }
        wyoming_port = free_port()
        with (work / "wyoming.log").open("ab") as log:
            procs.callback(stop, start_server(["bot", "wyoming"], wyoming_port, env, log))
        ours = await ha.add_wyoming(wyoming_port)
        out["our_entry_title"] = ours["title"]
        our_entities = await ha.entities(ours["result"]["entry_id"])
        out["our_entities"] = our_entities
        stt = next(e for e in our_entities if e.startswith("stt."))
        tts = next(e for e in our_entities if e.startswith("tts."))
        conversation = next(e for e in our_entities if e.startswith("conversation."))
        voices = await ha.call("tts/engine/voices", engine_id=tts, language="da")
        voice = voices["voices"][0]
        out["tts_voice"] = voice
        pipeline = await ha.call(
            "assist_pipeline/pipeline/create",
            name="Velfærd", language="da", conversation_engine=conversation,
            conversation_language="da", stt_engine=stt, stt_language="da",
            tts_engine=tts, tts_language="da", tts_voice=voice["voice_id"],
            wake_word_entity=None, wake_word_id=None, prefer_local_intents=False,
        )  # fmt: skip
        out["pipeline"] = pipeline

        out["speech"] = []
        await ha.run(pipeline["id"], "stt", pcm=clips()[0][1])  # warm: loading Whisper
        for reference, pcm in clips():
            run = await ha.run(pipeline["id"], "stt", pcm=pcm + bytes(SAMPLE_RATE * 2))
            edits, count = word_errors(reference, run.transcript or "")
            out["speech"].append({
                "said": reference, "transcript": run.transcript, "word_errors": f"{edits}/{count}",
                "answer": run.answer, "error": run.error, **run.times(),
                "tts_audio": await fetch_audio(ha, run.tts_url) if run.tts_url else None,
            })  # fmt: skip
        edits = sum(int(x["word_errors"].split("/")[0]) for x in out["speech"])
        words = sum(int(x["word_errors"].split("/")[1]) for x in out["speech"])
        out["word_error_rate"] = round(edits / words, 2)
        out["typed"] = []
        for question in QUESTIONS:
            run = await ha.run(pipeline["id"], "intent", text=question)
            out["typed"].append({
                "question": question, "answer": run.answer, "error": run.error, **run.times(),
                "tts_audio": await fetch_audio(ha, run.tts_url) if run.tts_url else None,
            })  # fmt: skip

        # The satellite gets the pipeline (its "Assistant" select on the device page).
        select = next(e for e in sat_entities if e.startswith("select.") and "assist" in e)
        await ha.post(
            "/api/services/select/select_option", {"entity_id": select, "option": "Velfærd"}
        )
        out["satellite"] = {"entity": satellite, "pipeline_select": select}

        # a. An announcement through HA's REST API (it answers once it has been played).
        since, began = speaker.size(), time.monotonic()
        watch = asyncio.ensure_future(speaker.wait_sound(since, began))
        tries = await ha.announce(satellite, ANNOUNCED)
        answered_ms = round((time.monotonic() - began) * 1000, 1)
        heard = await watch
        spoken_by_us = await said_by_our_server(wyoming_port, ANNOUNCED)
        out["announce"] = {
            "rest_answered_ms": answered_ms,
            "rest_tries": tries,
            "played_s": heard["played_s"],
            "first_audio_ms": heard["first_audio_ms"],
            "our_tts_s": round(len(spoken_by_us) / (2 * SND_RATE), 2),
            "likeness_to_our_tts": likeness(heard["audio"], spoken_by_us),
        }
        # What our announcer meets when it asks a question: HA refuses start_conversation
        # for a Wyoming satellite (it cannot listen without its wake word).
        async with session.post(
            f"{ha.url}/api/services/assist_satellite/start_conversation",
            json={"entity_id": satellite, "start_message": "Har du taget den?"},
            headers={"Authorization": f"Bearer {ha.token}"},
        ) as resp:
            out["start_conversation_status"] = resp.status

        await ha.idle(satellite)

        # b. A due reminder: the worker → our server's announcer → HA → the satellite.
        since = speaker.size()
        due = SystemClock().now() + timedelta(seconds=5)
        reminders.add(CITIZEN, "at tage Panodil", due, medicine="Panodil", channel="socketio")
        heard = await speaker.wait_sound(since, time.monotonic())
        first = heard["first_audio_ms"]
        out["reminder"] = {
            "played_s": heard["played_s"],
            "due_to_first_audio_ms": None if first is None else round(
                (SystemClock().now() - due).total_seconds() * 1000 - heard["since_first_ms"], 1
            ),
        }  # fmt: skip

        await ha.idle(satellite)

        # b'. A question ("… Har du taget den?", as a late reminder asks) through our
        # announcer: the satellite cannot listen after it, so it is announced.
        since, began = speaker.size(), time.monotonic()
        watch = asyncio.ensure_future(speaker.wait_sound(since, began))
        settings = AnnounceSettings(ha.url, ha.token, (satellite,))
        await HomeAssistantAnnouncer(settings).announce(ASKED)
        heard = await watch
        out["question_announced"] = {
            "played_s": heard["played_s"],
            "first_audio_ms": heard["first_audio_ms"],
            "ha_refusals_logged": (work / "hass.log").read_text().count("does not support action"),
        }

        await ha.idle(satellite)

        # c. A question spoken to the satellite's microphone.
        question_wav = work / "question.wav"
        write_wav(question_wav, our_speech(SPOKEN, SAMPLE_RATE), SAMPLE_RATE)
        said = 0
        while said < 4:  # said again when HA had dropped the satellite just then
            said += 1
            since = speaker.size()
            trigger.write_text(str(question_wav), encoding="utf-8")
            began = time.monotonic()
            heard = await speaker.wait_sound(since, began, quiet_s=3.0, first_within=20)
            if heard["played_s"]:
                break
        await asyncio.sleep(1)  # HA stores the run's events as it ends
        runs = await ha.call("assist_pipeline/pipeline_debug/list", pipeline_id=pipeline["id"])
        last = runs["pipeline_runs"][-1]
        debug = await ha.call(
            "assist_pipeline/pipeline_debug/get",
            pipeline_id=pipeline["id"], pipeline_run_id=last["pipeline_run_id"],
        )  # fmt: skip
        run = Run(debug["events"])
        out["spoken"] = {
            "said": SPOKEN, "transcript": run.transcript, "answer": run.answer,
            "error": run.error, **run.times(), "played_s": heard["played_s"],
            "mic_to_first_audio_ms": heard["first_audio_ms"],
            "said_times": said,
        }  # fmt: skip
        plan.dispose()
        reminders.dispose()
    # HA drops the satellite when it does not answer a ping within 5 s, and tries again
    # 3 s later: how often that happened while the bench ran.
    out["satellite_dropped_by_ha"] = (
        (work / "hass.log").read_text().count("Satellite has been disconnected")
    )
    return out


def _listening(port: int) -> None:
    import socket

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listens on {port}")


def versions(args: argparse.Namespace) -> dict[str, str]:
    def of(venv: Path, package: str) -> str:
        code = f"from importlib.metadata import version; print(version('{package}'))"
        found = subprocess.run([str(venv / "bin" / "python"), "-c", code],
                               capture_output=True, text=True)  # fmt: skip
        return found.stdout.strip() or "?"

    return {
        "homeassistant": of(args.ha_venv, "homeassistant"),
        "wyoming (Home Assistant's)": of(args.ha_venv, "wyoming"),
        "wyoming-satellite": of(args.satellite_venv, "wyoming-satellite"),
        "wyoming (the satellite's)": of(args.satellite_venv, "wyoming"),
    }


def _tts(audio: dict[str, Any] | None) -> str:
    """The tts URL's fetch: HA made the speech from tts-start on, and keeps each answer
    (a repeated one comes at once from its cache)."""
    if not audio:
        return "-"
    cached = " (cached)" if audio["whole_ms"] < 20 else ""
    return f"{audio['whole_ms']}{cached}, {audio['bytes'] // 1024} kB {audio['content_type']}"


def rows(out: dict[str, Any]) -> Iterator[dict[str, Any]]:
    def row(
        run: str, got: str, stt: Any = "-", intent: Any = "-", tts: Any = "-"
    ) -> dict[str, Any]:
        return {"run": run, "HA got back": got, "stt ms (after speech end)": stt,
                "conversation ms": intent, "tts ms": tts}  # fmt: skip

    for s in out.get("speech", []):
        got = f"»{s['transcript']}« ({s['word_errors']} words wrong) → »{(s['answer'] or s['error'] or '')[:50]}…«"
        yield row(f"clip: {s['said'][:32]}…", got, f"{s['stt_ms']} ({s['stt_after_speech_end_ms']})",
                  s["intent_ms"], _tts(s["tts_audio"]))  # fmt: skip
    if out.get("word_error_rate") is not None:
        yield row("the five clips", f"word error rate {out['word_error_rate']}")
    for t in out.get("typed", []):
        got = f"»{(t['answer'] or t['error'] or '')[:70]}«"
        yield row(f"typed: {t['question']}", got, "-", t["intent_ms"], _tts(t["tts_audio"]))
    if "announce" in out:
        a = out["announce"]
        got = (f"{a['played_s']} s played on the satellite (our tts: {a['our_tts_s']} s, "
               f"likeness {a['likeness_to_our_tts']}); REST answered after {a['rest_answered_ms']} ms, try {a['rest_tries']}")  # fmt: skip
        yield row(
            "satellite: assist_satellite.announce", got, tts=f"to first audio {a['first_audio_ms']}"
        )
    if "start_conversation_status" in out:
        yield row(
            "satellite: assist_satellite.start_conversation",
            f"HTTP {out['start_conversation_status']}",
        )
    if "reminder" in out:
        r = out["reminder"]
        yield row("satellite: a due reminder (worker → our announcer → HA)", f"{r['played_s']} s played",
                  tts=f"due to first audio {r['due_to_first_audio_ms']}")  # fmt: skip
    if "satellite_dropped_by_ha" in out:
        yield row(
            "satellite: dropped by HA (no answer to its ping)",
            f"{out['satellite_dropped_by_ha']} times during the run",
        )
    if "question_announced" in out:
        q = out["question_announced"]
        got = f"{q['played_s']} s played; start_conversation refusals in HA's log: {q['ha_refusals_logged']} (1: the probe above)"
        yield row(
            "satellite: a question through our announcer",
            got,
            tts=f"to first audio {q['first_audio_ms']}",
        )
    if "spoken" in out:
        c = out["spoken"]
        got = f"»{c['transcript']}« → »{(c['answer'] or c['error'] or '')[:50]}…«, {c['played_s']} s played"
        yield row(f"satellite: spoken »{c['said']}«", got, f"{c['stt_ms']} ({c['stt_after_speech_end_ms']})",
                  c["intent_ms"], f"mic to speaker {c['mic_to_first_audio_ms']} (said {c['said_times']}×)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ha-venv", type=Path, required=True)
    parser.add_argument("--satellite-venv", type=Path, required=True)
    parser.add_argument("--keep", type=Path, help="keep the logs and configs in this folder")
    args = parser.parse_args()
    if not MODEL.exists():
        raise SystemExit(f"no trained model at {MODEL}: make train")
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            work = args.keep
        else:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-ha-")))
        procs = stack.enter_context(Processes(work))
        try:
            out = asyncio.run(scenario(args, work, procs))
        except BaseException:
            print(f"failed; the logs are in {work} (use --keep to keep them)")
            raise
    out["versions"] = versions(args)
    record("home_assistant", out, list(rows(out)))


if __name__ == "__main__":
    main()
