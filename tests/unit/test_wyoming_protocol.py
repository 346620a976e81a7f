"""The Wyoming protocol's edges: events read within limits, audio formats, chunks."""

from __future__ import annotations

import asyncio
import json

import numpy as np
import pytest
from wyoming.audio import AudioChunk

from voice.wyoming_protocol import (
    AudioFormat,
    BadEvent,
    Limits,
    pieces,
    read_event,
    sentences,
)

LIMITS = Limits(max_payload_bytes=1000)


def reader(*parts: bytes, eof: bool = True) -> asyncio.StreamReader:
    stream = asyncio.StreamReader(limit=2**16)
    for part in parts:
        stream.feed_data(part)
    if eof:
        stream.feed_eof()
    return stream


def header(**fields: object) -> bytes:
    return json.dumps(fields).encode() + b"\n"


async def test_an_event_with_data_and_payload_is_read_as_written() -> None:
    chunk = AudioChunk(rate=16000, width=2, channels=1, audio=b"\x01\x02" * 10).event()
    data = json.dumps(chunk.data).encode()
    raw = header(type="audio-chunk", data_length=len(data), payload_length=20) + data
    event = await read_event(reader(raw + chunk.payload), LIMITS)  # type: ignore[operator]
    assert event is not None and event.type == "audio-chunk"
    assert event.data["rate"] == 16000 and event.payload == b"\x01\x02" * 10


async def test_the_end_of_the_stream_is_none_also_in_the_middle_of_a_payload() -> None:
    assert await read_event(reader(), LIMITS) is None
    cut = header(type="audio-chunk", payload_length=100) + b"\x00" * 10
    assert await read_event(reader(cut), LIMITS) is None


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"this is not json\n", "bad-header"),
        (b"[1, 2]\n", "bad-header"),
        (b'{"type": 7}\n', "bad-header"),
        (b'{"data": {}}\n', "bad-header"),
        (b'{"type": "x", "data": [1]}\n', "bad-header"),
        (b'{"type": "x", "data_length": "many"}\n', "bad-header"),
        (b'{"type": "x", "payload_length": -1}\n', "bad-header"),
        (b'{"type": "x", "payload_length": true}\n', "bad-header"),
        (b'{"type": "x", "payload_length": 1000000000}\n', "too-large"),
        (b'{"type": "x", "data_length": 1000000}\n', "too-large"),
        (b'{"type": "x", "data_length": 3}\nabc', "bad-header"),
        (b'{"type": "x", "data_length": 3}\n[1]', "bad-header"),
        (b'{"type": "' + b"x" * 70_000 + b'"}\n', "too-large"),
    ],
)
async def test_a_bad_header_is_refused_without_reading_what_it_announces(
    raw: bytes, code: str
) -> None:
    # No EOF: a reader that waited for an announced payload would hang here.
    with pytest.raises(BadEvent) as err:
        await asyncio.wait_for(read_event(reader(raw, eof=False), LIMITS), 10)
    assert err.value.code == code and err.value.text


@pytest.mark.parametrize(
    "data",
    [
        {"rate": 16000, "width": 4, "channels": 1},
        {"rate": 16000, "width": 2, "channels": 6},
        {"rate": 100, "width": 2, "channels": 1},
        {"rate": "16000", "width": 2, "channels": 1},
        {"width": 2, "channels": 1},
    ],
)
def test_only_16_bit_mono_or_stereo_pcm_is_taken(data: dict[str, object]) -> None:
    with pytest.raises(BadEvent) as err:
        AudioFormat.of(data)
    assert err.value.code == "audio-format"


def test_stereo_at_48_khz_becomes_the_recognisers_mono_16_khz() -> None:
    fmt = AudioFormat.of({"rate": 48000, "width": 2, "channels": 2})
    t = np.arange(4800) / 48000
    left = (8000 * np.sin(2 * np.pi * 440 * t)).astype("<i2")
    stereo = np.stack([left, left], axis=1).reshape(-1).tobytes()
    out = np.frombuffer(fmt.to_recogniser(stereo, 16000), dtype="<i2")
    assert len(out) == 1600  # 100 ms at 16 kHz
    assert abs(int(out.max()) - 8000) < 200  # the same tone, not summed or halved
    with pytest.raises(BadEvent):
        fmt.to_recogniser(stereo[:-2], 16000)  # half a frame


def test_speech_is_cut_in_sentences_and_pieces() -> None:
    assert sentences("Hej. Hvordan går det?\nGodt!  ") == ["Hej.", "Hvordan går det?", "Godt!"]
    assert sentences("Den er kl. 8.30 i dag.") == ["Den er kl. 8.30 i dag."]
    assert sentences("   ") == []
    parts = list(pieces(b"\x00" * 4500, 22050))  # 100 ms is 4410 bytes
    assert [len(p) for p in parts] == [4410, 90]
