"""Talking to a Wyoming server as Home Assistant does, for the tests and bench.wyoming:
the `wyoming` library's own client, audio sent in 100 ms chunks, and the server started
as its own program."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

from wyoming.asr import Transcribe
from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.client import AsyncTcpClient
from wyoming.event import Event

from testkit.support import PATIENCE_S

ROOT = Path(__file__).resolve().parents[1]


async def next_of(client: AsyncTcpClient, *types: str) -> Event:
    """The next event of one of `types`; others (a peer may send more) are skipped."""
    while True:
        event = await client.read_event()
        assert event is not None, f"the server closed the connection before {types}"
        if event.type in types:
            return event


async def send_audio(
    client: AsyncTcpClient, pcm: bytes, rate: int, channels: int = 1, stop: bool = True
) -> None:
    """transcribe, audio-start, the audio in 100 ms chunks and (unless told not to)
    audio-stop, as Home Assistant's speech-to-text sends them."""
    await client.write_event(Transcribe(language="da").event())
    await client.write_event(AudioStart(rate=rate, width=2, channels=channels).event())
    step = rate * 2 * channels // 10
    for start in range(0, len(pcm), step):
        chunk = AudioChunk(rate=rate, width=2, channels=channels, audio=pcm[start : start + step])
        await client.write_event(chunk.event())
    if stop:
        await client.write_event(AudioStop().event())


def start_server(
    argv: list[str], port: int, env: dict[str, str], log: IO[bytes]
) -> subprocess.Popen[bytes]:
    """`python -m ARGV --uri tcp://127.0.0.1:PORT`, once it accepts connections (it
    listens when its engines are loaded); RuntimeError if it exits or never does."""
    process = subprocess.Popen(
        [sys.executable, "-m", *argv, "--uri", f"tcp://127.0.0.1:{port}"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            time.sleep(0.1)  # polling a condition, not waiting for one to happen
    process.kill()
    process.wait()
    raise RuntimeError(f"{' '.join(argv)} did not start listening (exit code {process.returncode})")
