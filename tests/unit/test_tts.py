"""The espeak-ng synthesiser's worker with a stand-in for pyttsx3 (the real engine is
tested in tests/integration/test_voice_engines.py): a sentence that comes back without
audio, as pyttsx3 2.99's espeak driver now and then gives one, is said again."""

from __future__ import annotations

import sys
import types
import wave
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from voice.tts import EspeakSynthesizer


class FakeEngine:
    """pyttsx3's engine as the synthesiser uses it; the first `empty` utterances are
    written as WAVs with no frames."""

    def __init__(self, empty: int) -> None:
        self.empty = empty
        self.saved = 0
        self._job: tuple[str, str] | None = None
        self._finished: Callable[..., None] | None = None

    def getProperty(self, name: str) -> Any:  # noqa: N802 (pyttsx3's name)
        assert name == "voices"
        return [types.SimpleNamespace(id="gmq/da", languages=["da"])]

    def setProperty(self, name: str, value: Any) -> None:  # noqa: N802
        pass

    def connect(self, topic: str, callback: Callable[..., None]) -> None:
        assert topic == "finished-utterance"
        self._finished = callback

    def save_to_file(self, text: str, path: str) -> None:
        self._job = (text, path)

    def runAndWait(self) -> None:  # noqa: N802
        assert self._job is not None and self._finished is not None
        self.saved += 1
        frames = b"" if self.saved <= self.empty else b"\x01\x00" * 22050
        with wave.open(self._job[1], "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(22050)
            wav.writeframes(frames)
        self._finished(name=None, completed=True)

    def stop(self) -> None:
        pass


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[int], FakeEngine]]:
    made: list[FakeEngine] = []

    def with_empty(empty: int) -> FakeEngine:
        fake = FakeEngine(empty)
        made.append(fake)
        module = types.ModuleType("pyttsx3")
        module.init = lambda driver: fake  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "pyttsx3", module)
        return fake

    yield with_empty


def test_a_sentence_without_audio_is_said_again(engine: Callable[[int], FakeEngine]) -> None:
    fake = engine(1)
    with EspeakSynthesizer(rate=140) as tts:
        speech = tts.synthesize("Husk at drikke et glas vand.")
    assert len(speech.pcm) == 2 * 22050 and fake.saved == 2


def test_it_is_said_at_most_three_times(engine: Callable[[int], FakeEngine]) -> None:
    fake = engine(10)
    with EspeakSynthesizer(rate=140) as tts:
        speech = tts.synthesize("Husk at drikke et glas vand.")
    assert speech.pcm == b"" and fake.saved == 3
