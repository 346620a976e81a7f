"""The Wyoming protocol's edges, kept strict: events read within limits, audio formats
checked and brought to the recogniser's, speech cut into chunks.

The `wyoming` package's own reader (wyoming.event.async_read_event) trusts its peer: a
`payload_length` of a gigabyte is read into memory, and a header that is JSON but not
an event object (`[1]`, `{"type": 1, "data_length": "x"}`) raises out of the handler
and leaves the socket open. A service on a home network reads with limits instead;
what breaks them is a BadEvent, which the handler answers with an `error` event and
closes the connection.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from wyoming.event import Event

from voice.audio import mono, resample
from voice.interfaces import SAMPLE_WIDTH

DATA_LIMIT = 64 * 1024  # the data block after the header (the header line: asyncio's 64 KiB)


@dataclass(frozen=True)
class Limits:
    max_payload_bytes: int = 256 * 1024  # one chunk: 1.3 s of 48 kHz stereo 16-bit
    max_audio_s: float = 30.0  # one utterance; Whisper hears at most 30 s anyway
    max_text_chars: int = 2000  # what may be said or handled in one event
    idle_s: float = 10.0  # silence from a peer in the middle of its audio
    max_connections: int = 16  # open at once; each may hold max_audio_s of audio


class BadEvent(Exception):
    """Input the service will not take; `code` for programs, the text for people."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(text)
        self.code = code
        self.text = text


def _length(header: Mapping[str, Any], key: str, limit: int) -> int:
    value = header.get(key)
    if value is None:
        return 0
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadEvent("bad-header", f"{key} skal være et ikke-negativt heltal")
    if value > limit:
        raise BadEvent("too-large", f"{key} er {value} byte; højst {limit}")
    return value


async def read_event(reader: asyncio.StreamReader, limits: Limits) -> Event | None:
    """The next event; None when the peer has gone (also in the middle of an event).
    BadEvent for a header that is not an event or announces too much."""
    try:
        line = await reader.readline()
    except ValueError as err:  # asyncio: the line is longer than the reader's limit
        raise BadEvent("too-large", "hovedet er for langt") from err
    if not line:
        return None
    try:
        header = json.loads(line)
    except ValueError as err:
        raise BadEvent("bad-header", "hovedet er ikke JSON") from err
    if not isinstance(header, dict) or not isinstance(header.get("type"), str):
        raise BadEvent("bad-header", "hovedet er ikke en hændelse med en type")
    data = header.get("data") or {}
    if not isinstance(data, dict):
        raise BadEvent("bad-header", "data skal være et JSON-objekt")
    data_length = _length(header, "data_length", DATA_LIMIT)
    payload_length = _length(header, "payload_length", limits.max_payload_bytes)
    try:
        if data_length:
            extra = json.loads(await reader.readexactly(data_length))
            if not isinstance(extra, dict):
                raise BadEvent("bad-header", "data skal være et JSON-objekt")
            data = {**data, **extra}
        payload = await reader.readexactly(payload_length) if payload_length else None
    except asyncio.IncompleteReadError:
        return None
    except ValueError as err:  # the data block is not JSON
        raise BadEvent("bad-header", "data er ikke JSON") from err
    return Event(type=header["type"], data=data, payload=payload)


@dataclass(frozen=True)
class AudioFormat:
    rate: int
    width: int
    channels: int

    @property
    def bytes_per_second(self) -> int:
        return self.rate * self.width * self.channels

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> AudioFormat:
        """The format an audio-start or audio-chunk names; BadEvent unless it is PCM the
        recogniser can be given: 16-bit, 1 or 2 channels, 8 to 48 kHz."""
        rate, width, channels = data.get("rate"), data.get("width"), data.get("channels")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (rate, width, channels)):
            raise BadEvent("audio-format", "lydformatet mangler rate, width eller channels")
        found = cls(int(rate), int(width), int(channels))  # type: ignore[arg-type]
        if found.width != SAMPLE_WIDTH:
            raise BadEvent("audio-format", f"kun 16-bit lyd (width 2), ikke width {found.width}")
        if found.channels not in (1, 2):
            raise BadEvent("audio-format", f"kun mono eller stereo, ikke {found.channels} kanaler")
        if not 8_000 <= found.rate <= 48_000:
            raise BadEvent("audio-format", f"samplerate {found.rate} Hz; brug 8000-48000")
        return found

    def to_recogniser(self, pcm: bytes, rate: int) -> bytes:
        """The chunk as 16-bit mono at the recogniser's `rate`; BadEvent for a chunk that
        does not hold whole frames."""
        if len(pcm) % (self.width * self.channels):
            raise BadEvent("audio-format", "lydstykket holder ikke hele samples")
        return resample(mono(pcm, self.channels), self.rate, rate)


# A sentence ends at . ! ? before a capital letter ("kl. 8.30" and "ca. en time" stay).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"»])|\n+")


def sentences(text: str) -> list[str]:
    """The text in sentences, so the first can be spoken while the rest are made."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def pieces(pcm: bytes, rate: int, ms: int = 100) -> Iterator[bytes]:
    """16-bit mono PCM in pieces of `ms` milliseconds (the last may be shorter)."""
    step = max(1, rate * ms // 1000) * SAMPLE_WIDTH
    for start in range(0, len(pcm), step):
        yield pcm[start : start + step]
