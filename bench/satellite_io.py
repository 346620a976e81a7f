"""The microphone and wake word of a `wyoming-satellite` under test (bench.home_assistant),
as the programs it runs with --mic-command and --wake-command. Standard library only:
they run with the satellite's own Python (its venv), not ours.

    python satellite_io.py mic TRIGGER   raw 16 kHz 16-bit mono on stdout, in real time:
                                          silence, until the file TRIGGER names a WAV;
                                          then the MARK, half a second of silence, the WAV,
                                          a second and a half of silence, and silence again
    python satellite_io.py wake          reads that audio on stdin; prints a line (a
                                          detection) each time the MARK goes by

The MARK stands in for a wake word: a quarter second of one constant sample value, which
no recording has, so the stand-in hears it and nothing else. Without a wake word heard on
the satellite, wyoming-satellite 1.0.0 asks Home Assistant to listen for the wake word
itself (its RunPipeline starts at the wake stage, --vad or not), and a Home Assistant
with no wake word service fails that run.
"""

from __future__ import annotations

import array
import os
import struct
import sys
import time
import wave

RATE = 16000
CHUNK_S = 0.05
MARK_SAMPLE = 12345
MARK = struct.pack("<h", MARK_SAMPLE) * int(RATE * 0.25)
FOUND = struct.pack("<h", MARK_SAMPLE) * 256  # found inside any chunk of the mark


def _silence(seconds: float) -> bytes:
    return bytes(2 * int(RATE * seconds))


def mic(trigger: str) -> None:
    out = sys.stdout.buffer
    step = 2 * int(RATE * CHUNK_S)
    pending = b""
    began = time.monotonic()
    sent = 0.0  # seconds of audio written: paced to the clock, as a microphone is
    while True:
        if not pending and os.path.exists(trigger):
            with open(trigger, encoding="utf-8") as f:
                path = f.read().strip()
            os.remove(trigger)
            with wave.open(path, "rb") as w:
                assert (w.getframerate(), w.getsampwidth()) == (RATE, 2), path
                speech = w.readframes(w.getnframes())
                if w.getnchannels() == 2:  # the left channel
                    samples = array.array("h", speech)
                    speech = samples[0::2].tobytes()
            pending = MARK + _silence(0.5) + speech + _silence(1.5)
        piece, pending = (pending[:step], pending[step:]) if pending else (_silence(CHUNK_S), b"")
        out.write(piece)
        out.flush()
        sent += len(piece) / (2 * RATE)
        time.sleep(max(0.0, began + sent - time.monotonic()))


def wake() -> None:
    tail = b""
    while True:
        data = sys.stdin.buffer.read(2048)
        if not data:
            return
        seen = tail + data
        if FOUND in seen:
            print("mark", flush=True)
            tail = b""  # one detection per mark: the rest of it is read past
            while True:
                data = sys.stdin.buffer.read(2048)
                if not data:
                    return
                if FOUND[:64] not in data:
                    break
            continue
        tail = seen[-len(FOUND) :]


if __name__ == "__main__":
    if sys.argv[1:2] == ["mic"] and len(sys.argv) == 3:
        mic(sys.argv[2])
    elif sys.argv[1:] == ["wake"]:
        wake()
    else:
        sys.exit(__doc__)
