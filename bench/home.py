"""The home's speed: from the end of a spoken command to the MQTT message, and to the
spoken confirmation.

Everything is real but the devices: Debian's Mosquitto on a free port, the simulated
Zigbee2MQTT and Home Assistant devices answering on it (testkit/standin/home_devices.py),
the whole assistant (Rasa, the action server) on localhost, the speaker's own
socket.io client, and espeak-ng making the confirmation's audio. Three paths:

- core: bot.home.control alone (no Rasa): words → message → confirmed reply;
- assistant: the text a recogniser wrote, sent as the speaker sends it (socket.io),
  to the MQTT message at the device and to the reply back at the speaker;
- spoken: the same, until the reply's audio is synthesised and ready to play.

"End of command" is when the recogniser's transcript is ready; the speaker's end of
speech detection waits VELFAERD_VOICE_SILENCE_MS (800 ms by default) of silence before
that, which is added to every figure a citizen notices.

    python -m bench.home [--turns 60]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml

from bench.record import record
from bot.app.serve import Servers
from bot.home.config import load_home
from bot.home.control import HomeControl
from bot.home.link import HomeLink
from bot.settings import PROJECT_ROOT
from testkit.mqtt import PrivateBroker, example_home, example_home_data
from testkit.standin.home_devices import SimulatedHome
from testkit.support import free_port
from voice.assistant import SocketIOBotClient
from voice.tts import EspeakSynthesizer

MODEL = PROJECT_ROOT / "models" / "velfaerd.tar.gz"
COMMANDS = [
    "tænd lyset i køkkenet",
    "sluk lyset i køkkenet",
    "sæt lyset i soveværelset til 30 procent",
    "sluk lampen ved sofaen",
    "sæt varmen i stuen til 22 grader",
    "rul gardinet i soveværelset ned",
    "tænd lyset i gangen",
    "sluk lyset i gangen",
]


def ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50": round(statistics.median(ordered) * 1000, 1), "p95": round(p95 * 1000, 1)}


def core(broker: PrivateBroker, turns: int) -> tuple[list[float], list[float]]:
    home = example_home(broker.port)
    sim = SimulatedHome(home, port=broker.port).start()
    link = HomeLink(home)
    link.start()
    link.wait_ready(5)
    control = HomeControl(home, link)
    to_message: list[float] = []
    to_reply: list[float] = []
    try:
        for i in range(turns):
            before = len(sim.received)
            start = time.monotonic()
            control.handle(COMMANDS[i % len(COMMANDS)])
            to_reply.append(time.monotonic() - start)
            to_message.append(sim.received[before].at - start)
    finally:
        link.stop()
        sim.stop()
    return to_message, to_reply


async def assistant(
    servers: Servers, sim: SimulatedHome, turns: int
) -> tuple[list[float], list[float], list[float]]:
    bot = SocketIOBotClient(servers.url, "bench-hjem", where={"room": "stuen"})
    synthesizer = EspeakSynthesizer()
    to_message: list[float] = []
    to_reply: list[float] = []
    to_audio: list[float] = []
    try:
        await bot.send("hej")  # connect first: a speaker is connected all day
        for i in range(turns):
            before = len(sim.received)
            start = time.monotonic()
            replies = await bot.send(COMMANDS[i % len(COMMANDS)])
            to_reply.append(time.monotonic() - start)
            await asyncio.to_thread(synthesizer.synthesize, " ".join(replies))
            to_audio.append(time.monotonic() - start)
            if len(sim.received) <= before:
                raise RuntimeError(
                    f"no MQTT message for {COMMANDS[i % len(COMMANDS)]!r}: {replies}"
                )
            to_message.append(sim.received[before].at - start)
    finally:
        await bot.close()
    return to_message, to_reply, to_audio


def rest(servers: Servers, sim: SimulatedHome, turns: int) -> tuple[list[float], list[float]]:
    """The same over REST, whose answer ends with the turn (socket.io has no end
    marker, so the speaker waits its `settle` of 0.6 s for more)."""
    to_message: list[float] = []
    to_reply: list[float] = []
    for i in range(turns):
        text = COMMANDS[i % len(COMMANDS)]
        body = json.dumps({"sender": "bench-hjem", "message": text, "metadata": {"room": "stuen"}})
        request = urllib.request.Request(servers.webhook, data=body.encode())
        before = len(sim.received)
        start = time.monotonic()
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
        to_reply.append(time.monotonic() - start)
        to_message.append(sim.received[before].at - start)
    return to_message, to_reply


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=60)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, PrivateBroker(Path(tmp)) as broker:
        core_message, core_reply = core(broker, args.turns)
        homes = Path(tmp) / "homes"
        homes.mkdir()
        data = example_home_data(broker.port, citizens=["bench-hjem"])
        (homes / "eksempel.yml").write_text(yaml.safe_dump(data, allow_unicode=True))
        sim = SimulatedHome(load_home(homes / "eksempel.yml"), port=broker.port).start()
        servers = Servers(
            MODEL,
            port=free_port(),
            actions_port=free_port(),
            web_port=free_port(),
            env={"VELFAERD_HOMES_DIR": str(homes), "VELFAERD_RATE_PER_MINUTE": "0"},
        )
        try:
            with servers:
                servers.wait_ready()
                message, reply, audio = asyncio.run(assistant(servers, sim, args.turns))
                rest_message, rest_reply = rest(servers, sim, args.turns)
        finally:
            sim.stop()
    results: dict[str, Any] = {
        "turns": args.turns,
        "core_to_message_ms": ms(core_message),
        "core_to_reply_ms": ms(core_reply),
        "assistant_to_message_ms": ms(message),
        "assistant_to_reply_ms": ms(reply),
        "assistant_to_audio_ms": ms(audio),
        "rest_to_message_ms": ms(rest_message),
        "rest_to_reply_ms": ms(rest_reply),
    }
    rows = [
        {"path": "core (no Rasa): to MQTT message", **results["core_to_message_ms"]},
        {"path": "core: to confirmed reply", **results["core_to_reply_ms"]},
        {"path": "assistant (socket.io): to MQTT message", **results["assistant_to_message_ms"]},
        {"path": "assistant: to reply at the speaker", **results["assistant_to_reply_ms"]},
        {"path": "spoken: to confirmation audio ready", **results["assistant_to_audio_ms"]},
        {"path": "REST: to MQTT message", **results["rest_to_message_ms"]},
        {"path": "REST: to reply (the turn, no settle)", **results["rest_to_reply_ms"]},
    ]
    record("home", results, rows)


if __name__ == "__main__":
    main()
