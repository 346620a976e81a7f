"""WAV and raw PCM sources and the WAV sink, on real files."""

from __future__ import annotations

import io
import threading
import wave
from pathlib import Path

import numpy as np
import pytest

from voice.audio import (
    MicrophoneSource,
    PcmStdinSource,
    RecordingSource,
    WavSink,
    WavSource,
    read_wav,
    resample,
    write_wav,
)
from voice.errors import VoiceSetupError
from voice.interfaces import SAMPLE_RATE, Speech


def tone(seconds: float, rate: int, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (8000 * np.sin(2 * np.pi * freq * t)).astype("<i2")


def write(path: Path, samples: np.ndarray, rate: int, channels: int = 1, width: int = 2) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())
    return path


def drain(source: WavSource | PcmStdinSource, frames: int) -> list[bytes]:
    chunks = []
    while chunk := source.read(frames):
        chunks.append(chunk)
    return chunks


def test_wav_source_gives_16k_audio_in_chunks_then_ends(tmp_path: Path) -> None:
    samples = tone(1.0, SAMPLE_RATE)
    source = WavSource(write(tmp_path / "a.wav", samples, SAMPLE_RATE))
    chunks = drain(source, 4000)
    assert [len(c) for c in chunks] == [8000, 8000, 8000, 8000]
    assert b"".join(chunks) == samples.tobytes()
    assert source.read(4000) == b""


@pytest.mark.parametrize("rate", [8000, 22050, 44100, 48000])
def test_other_rates_are_resampled_to_16k(tmp_path: Path, rate: int) -> None:
    source = WavSource(write(tmp_path / "a.wav", tone(2.0, rate), rate))
    assert source.sample_rate == SAMPLE_RATE
    assert source.seconds == pytest.approx(2.0, abs=0.001)
    pcm = np.frombuffer(b"".join(drain(source, 1600)), dtype="<i2")
    spectrum = np.abs(np.fft.rfft(pcm))
    assert np.argmax(spectrum) * SAMPLE_RATE / len(pcm) == pytest.approx(440, abs=2)


def test_stereo_is_mixed_down(tmp_path: Path) -> None:
    left = tone(0.5, SAMPLE_RATE)
    stereo = np.stack([left, left], axis=1).reshape(-1)
    pcm = read_wav(write(tmp_path / "s.wav", stereo, SAMPLE_RATE, channels=2))
    assert pcm == left.tobytes()


def test_other_formats_are_refused_clearly(tmp_path: Path) -> None:
    eight_bit = write(tmp_path / "8.wav", np.zeros(800, dtype=np.uint8), 8000, width=1)
    with pytest.raises(ValueError, match="16-bit"):
        WavSource(eight_bit)
    (tmp_path / "x.wav").write_bytes(b"not a wav at all")
    with pytest.raises(ValueError, match="not a PCM WAV"):
        WavSource(tmp_path / "x.wav")


def test_pcm_source_reads_raw_pcm_and_keeps_samples_whole() -> None:
    samples = tone(0.25, SAMPLE_RATE)
    source = PcmStdinSource(io.BufferedReader(io.BytesIO(samples.tobytes() + b"\x01")))  # type: ignore[arg-type]
    chunks = drain(source, 1000)
    assert all(len(c) % 2 == 0 for c in chunks)
    assert b"".join(chunks) == samples.tobytes()  # the lone half sample at the end is dropped


def test_pcm_source_gives_what_a_pipe_has_without_waiting_for_a_whole_chunk() -> None:
    import os

    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as reader, os.fdopen(write_end, "wb") as writer:
        source = PcmStdinSource(reader)
        writer.write(b"\x01\x00\x02\x00\x03")  # two and a half samples
        writer.flush()
        assert source.read(1600) == b"\x01\x00\x02\x00"
        writer.write(b"\x00")
        writer.close()
        assert source.read(1600) == b"\x03\x00"
        assert source.read(1600) == b""


def test_wav_sink_writes_one_file_at_the_speech_rate(tmp_path: Path) -> None:
    sink = WavSink(tmp_path / "out.wav")
    first, second = tone(0.5, 22050).tobytes(), tone(0.25, 22050).tobytes()
    sink.play(Speech(first, 22050))
    sink.play(Speech(second, 22050))
    sink.close()
    with wave.open(str(tmp_path / "out.wav")) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (22050, 1, 2)
        assert wav.readframes(wav.getnframes()) == first + second


def test_wav_sink_in_real_time_is_cut_off_by_stop(tmp_path: Path) -> None:
    sink = WavSink(tmp_path / "out.wav", realtime=True)
    threading.Timer(0.3, sink.stop).start()
    sink.play(Speech(tone(3.0, SAMPLE_RATE).tobytes(), SAMPLE_RATE))
    sink.close()
    with wave.open(str(tmp_path / "out.wav")) as wav:
        heard = wav.getnframes() / wav.getframerate()
    assert 0.1 < heard < 2.9  # cut off, not played whole (wherever a busy machine stopped it)


def test_resample_keeps_duration() -> None:
    pcm = tone(1.0, 22050).tobytes()
    assert len(resample(pcm, 22050, 16000)) == 2 * 16000


def test_microphone_without_portaudio_or_device_is_a_setup_error() -> None:
    try:
        import sounddevice  # noqa: F401

        if sounddevice.query_devices(kind="input"):
            pytest.skip("this machine has a microphone")
    except Exception:  # no PortAudio, or no device to ask about
        pass
    with pytest.raises(VoiceSetupError, match="PortAudio"):
        MicrophoneSource()


def test_recording_source_keeps_what_was_read_only_when_asked(tmp_path: Path) -> None:
    pcm = bytes(range(256)) * 40
    original = tmp_path / "ind.wav"
    write_wav(original, pcm, SAMPLE_RATE)
    tee = RecordingSource(WavSource(original), tmp_path / "debug", "lyd.wav")
    read = b""
    while chunk := tee.read(480):
        read += chunk
    tee.close()
    assert read == pcm
    assert read_wav(tee.path) == pcm
