"""Silero's model (as faster-whisper installs it) finding a Danish sentence in a fan's
noise, where the energy gate, fresh from start-up, hears the fan as speech."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from tests.integration.test_voice_whisper import spoken
from voice.endpoint import Endpoint, EndpointConfig, Endpointer
from voice.engines import make_gate
from voice.interfaces import SAMPLE_RATE
from voice.settings import VoiceSettings
from voice.vad import SileroModel

pytestmark = pytest.mark.integration

FRAME = 480  # 30 ms, as the speaker reads its microphone
ROOM_S = 3.0


def in_a_loud_fan(speech: bytes) -> tuple[bytes, float, float]:
    """The sentence between 3 s of fan before and after, the fan 5 dB below the speech;
    and when the sentence starts and ends (s)."""
    voice = np.frombuffer(speech, dtype="<i2").astype(np.float64)
    loud = np.flatnonzero(np.abs(voice) > 0.05 * np.abs(voice).max())
    begin, end = loud[0] / SAMPLE_RATE, loud[-1] / SAMPLE_RATE
    pad = np.zeros(int(ROOM_S * SAMPLE_RATE))
    audio = np.concatenate([pad, voice, pad])
    rng = np.random.default_rng(3)
    spectrum = np.fft.rfft(rng.standard_normal(audio.size))
    fan = np.fft.irfft(spectrum / np.sqrt(np.maximum(np.arange(spectrum.size), 1)), audio.size)
    level = np.sqrt(np.mean(voice[loud[0] : loud[-1]] ** 2))
    audio += fan / np.sqrt(np.mean(fan**2)) * level * 10 ** (-5 / 20)
    pcm = np.clip(audio, -32768, 32767).astype("<i2").tobytes()
    return pcm, ROOM_S + begin, ROOM_S + end


def events(endpointer: Endpointer, pcm: bytes) -> dict[Endpoint, float]:
    found = {}
    for at in range(0, len(pcm), FRAME * 2):
        event = endpointer.feed(pcm[at : at + FRAME * 2])
        if event is not None:
            found[event] = endpointer.elapsed_s
    return found


def test_silero_finds_the_sentence_in_a_loud_fan_where_energy_hears_the_fan() -> None:
    (speech,) = spoken("jeg er faldet og kan ikke komme op")
    pcm, begin, end = in_a_loud_fan(speech)
    config = EndpointConfig()

    heard = events(Endpointer(config, gate=SileroModel().gate()), pcm)
    assert begin - 0.3 <= heard[Endpoint.STARTED] <= begin + 0.5
    # ended after the last word, within a second of the 800 ms of silence asked for
    assert end + 0.7 <= heard[Endpoint.ENDED] <= end + 1.8

    fresh = events(Endpointer(config), pcm)  # no floor learnt yet: the fan is "speech"
    assert fresh[Endpoint.STARTED] < begin - 1.0


def test_the_speakers_gate_is_silero_at_16_khz_and_none_when_energy_is_chosen() -> None:
    settings = dataclasses.replace(VoiceSettings.from_env({}), vad="silero")
    make = make_gate(settings, SAMPLE_RATE)
    assert make is not None
    first, second = make(), make()
    assert first is not second  # a fresh state for every utterance
    (speech,) = spoken("ja")
    assert any(first.voiced(speech[at : at + FRAME * 2]) for at in range(0, len(speech), FRAME * 2))
    assert make_gate(settings, 48_000) is None
    assert make_gate(dataclasses.replace(settings, vad="energy"), SAMPLE_RATE) is None
