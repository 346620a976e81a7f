"""Where audio comes from and where speech goes: WAV files, raw PCM on standard input,
and the microphone and speaker (sounddevice, imported only when one is made, so the
file modes run where PortAudio is missing).

Everything is 16-bit little-endian mono PCM; sources give SAMPLE_RATE (16 kHz, what
Vosk's models expect), sinks play whatever rate the synthesiser made.
"""

from __future__ import annotations

import queue
import sys
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from voice.errors import VoiceSetupError
from voice.interfaces import SAMPLE_RATE, SAMPLE_WIDTH, AudioSource, Speech

_PORTAUDIO_DA = (
    "Mikrofon og højttaler kræver PortAudio, som ikke er installeret eller ikke finder "
    "en lydenhed ({error}). Installér det med `apt-get install libportaudio2`, og "
    "tjek at mikrofon og højttaler er tilsluttet. Filerne (--wav, --stdin, --text) "
    "virker uden."
)
_PORTAUDIO_EN = (
    "The microphone and speaker need PortAudio, which is not installed or finds no "
    "sound device ({error}). Install it with `apt-get install libportaudio2` and check "
    "that a microphone and speaker are connected. The file modes (--wav, --stdin, "
    "--text) work without it."
)


def resample(pcm: bytes, source_rate: int, target_rate: int) -> bytes:
    """16-bit mono PCM at another rate, by linear interpolation: enough for speech
    recognition and playback, and no extra dependency."""
    if source_rate == target_rate or not pcm:
        return pcm
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64)
    count = int(round(len(samples) * target_rate / source_rate))
    positions = np.arange(count) * (source_rate / target_rate)
    out = np.interp(positions, np.arange(len(samples)), samples)
    return bytes(np.clip(np.round(out), -32768, 32767).astype("<i2").tobytes())


def read_wav(path: Path, rate: int = SAMPLE_RATE) -> bytes:
    """A 16-bit PCM WAV file as mono PCM at `rate`; stereo is mixed down. Anything else
    (8-bit, 24-bit, float, compressed) is refused with a clear ValueError."""
    try:
        with wave.open(str(path), "rb") as wav:
            width, channels, source_rate = (
                wav.getsampwidth(),
                wav.getnchannels(),
                wav.getframerate(),
            )
            frames = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as err:
        raise ValueError(f"{path}: not a PCM WAV file ({err}); use 16-bit mono") from err
    if width != SAMPLE_WIDTH:
        raise ValueError(f"{path}: {8 * width}-bit samples; use 16-bit PCM (e.g. sox -b 16)")
    return resample(mono(frames, channels), source_rate, rate)


def mono(pcm: bytes, channels: int) -> bytes:
    """16-bit PCM of `channels` interleaved channels mixed down to one."""
    if channels <= 1 or not pcm:
        return pcm
    mixed = np.frombuffer(pcm, dtype="<i2").reshape(-1, channels).mean(axis=1)
    return bytes(np.round(mixed).astype("<i2").tobytes())


def write_wav(path: Path, pcm: bytes, rate: int) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(SAMPLE_WIDTH)
        wav.setframerate(rate)
        wav.writeframes(pcm)


class WavSource:
    """A WAV file read into memory at once, given out in pieces as if it were live."""

    def __init__(self, path: Path | str, sample_rate: int = SAMPLE_RATE) -> None:
        self.sample_rate = sample_rate
        self._pcm = read_wav(Path(path), sample_rate)
        self._pos = 0

    @property
    def seconds(self) -> float:
        return len(self._pcm) / (SAMPLE_WIDTH * self.sample_rate)

    def read(self, frames: int) -> bytes:
        end = self._pos + frames * SAMPLE_WIDTH
        chunk = self._pcm[self._pos : end]
        self._pos += len(chunk)
        return chunk

    def close(self) -> None:
        self._pcm, self._pos = b"", 0


class PcmStdinSource:
    """Raw 16-bit little-endian mono PCM at `sample_rate` from a stream (standard input
    unless another is given), e.g. `arecord -f S16_LE -r 16000 -c 1 | python -m voice
    --stdin`."""

    def __init__(self, stream: BinaryIO | None = None, sample_rate: int = SAMPLE_RATE) -> None:
        self.sample_rate = sample_rate
        self._stream: BinaryIO = stream if stream is not None else sys.stdin.buffer
        self._odd = b""  # a half sample left over from a short read

    def read(self, frames: int) -> bytes:
        # read1 returns what is there (blocking only while nothing is): live input is
        # not held back until a whole chunk has arrived.
        read1: Callable[[int], bytes] = getattr(self._stream, "read1", self._stream.read)
        while True:
            new = read1(max(frames * SAMPLE_WIDTH - len(self._odd), 1))
            data = self._odd + new
            whole = len(data) - len(data) % SAMPLE_WIDTH
            data, self._odd = data[:whole], data[whole:]
            if data or not new:  # some audio, or the end (a lone half sample is dropped)
                return data

    def close(self) -> None:
        if self._stream is not sys.stdin.buffer:
            self._stream.close()


class WavSink:
    """Collects what is said and writes it as one WAV file on close(). With
    `realtime=True` play() takes as long as the speech lasts, so stop() from another
    thread cuts it off as a speaker would; the file then holds only what was heard."""

    def __init__(self, path: Path | str, realtime: bool = False) -> None:
        self.path = Path(path)
        self.realtime = realtime
        self.rate: int | None = None
        self._parts: list[bytes] = []
        self._stop = threading.Event()

    def play(self, speech: Speech) -> None:
        rate = self.rate = self.rate or speech.sample_rate
        pcm = resample(speech.pcm, speech.sample_rate, rate)
        if not self.realtime:
            self._parts.append(pcm)
            return
        self._stop.clear()
        step = rate // 20 * SAMPLE_WIDTH  # 50 ms
        for start in range(0, len(pcm), step):
            if self._stop.wait(step / (SAMPLE_WIDTH * rate)):
                break
            self._parts.append(pcm[start : start + step])

    def stop(self) -> None:
        self._stop.set()

    @property
    def pcm(self) -> bytes:
        return b"".join(self._parts)

    def close(self) -> None:
        write_wav(self.path, self.pcm, self.rate or SAMPLE_RATE)


def _sounddevice() -> Any:
    """sounddevice, or a VoiceSetupError saying how to get PortAudio."""
    try:
        import sounddevice
    except (ImportError, OSError) as err:  # OSError: "PortAudio library not found"
        raise VoiceSetupError(
            _PORTAUDIO_DA.format(error=err), _PORTAUDIO_EN.format(error=err)
        ) from err
    return sounddevice


class MicrophoneSource:
    """The default microphone at 16 kHz. PortAudio's callback thread only queues the
    blocks; read() hands them out."""

    def __init__(self, sample_rate: int = SAMPLE_RATE, block_ms: int = 100) -> None:
        sd = _sounddevice()
        self.sample_rate = sample_rate
        self._blocks: queue.Queue[bytes] = queue.Queue()
        self._rest = b""
        self._closed = False

        def on_audio(data: Any, frames: int, time: Any, status: Any) -> None:
            self._blocks.put(bytes(data))

        try:
            self._stream = sd.RawInputStream(
                samplerate=sample_rate,
                channels=1,
                dtype="int16",
                blocksize=sample_rate * block_ms // 1000,
                callback=on_audio,
            )
            self._stream.start()
        except Exception as err:  # sd.PortAudioError: no device, busy, bad rate
            raise VoiceSetupError(
                _PORTAUDIO_DA.format(error=err), _PORTAUDIO_EN.format(error=err)
            ) from err

    def read(self, frames: int) -> bytes:
        if not self._rest and not self._closed:
            self._rest = self._blocks.get()
        size = frames * SAMPLE_WIDTH
        chunk, self._rest = self._rest[:size], self._rest[size:]
        return chunk

    def close(self) -> None:
        self._closed = True
        self._stream.stop()
        self._stream.close()
        self._blocks.put(b"")  # wake a read() that is waiting


class SpeakerSink:
    """The default speaker. Speech is written in 50 ms pieces, so stop() from another
    thread cuts it off within that."""

    def __init__(self) -> None:
        self._sd = _sounddevice()
        self._stop = threading.Event()

    def play(self, speech: Speech) -> None:
        self._stop.clear()
        step = speech.sample_rate // 20 * SAMPLE_WIDTH
        try:
            stream = self._sd.RawOutputStream(
                samplerate=speech.sample_rate, channels=1, dtype="int16"
            )
        except Exception as err:
            raise VoiceSetupError(
                _PORTAUDIO_DA.format(error=err), _PORTAUDIO_EN.format(error=err)
            ) from err
        with stream:
            for start in range(0, len(speech.pcm), step):
                if self._stop.is_set():
                    stream.abort()
                    return
                stream.write(speech.pcm[start : start + step])

    def stop(self) -> None:
        self._stop.set()


class RecordingSource:
    """Another source, with everything read from it also written to a WAV file: for
    debugging only, when VELFAERD_VOICE_DEBUG_AUDIO names a folder. Nothing of the
    citizen's speech is written anywhere otherwise."""

    def __init__(self, source: AudioSource, folder: Path, name: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.sample_rate = source.sample_rate
        self.path = folder / name
        self._source = source
        self._wav = wave.open(str(self.path), "wb")  # noqa: SIM115 - closed by close()
        self._wav.setnchannels(1)
        self._wav.setsampwidth(SAMPLE_WIDTH)
        self._wav.setframerate(source.sample_rate)

    def read(self, frames: int) -> bytes:
        pcm = self._source.read(frames)
        self._wav.writeframes(pcm)
        return pcm

    def close(self) -> None:
        self._wav.close()
        self._source.close()
