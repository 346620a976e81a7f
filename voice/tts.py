"""Danish speech with pyttsx3 on espeak-ng, in one dedicated worker thread.

pyttsx3 keeps one engine per process and is known to hang or fall silent when it is
driven from several threads, so one thread made here owns the engine and every call
reaches it through a queue. Each text is rendered to a temporary WAV (in /dev/shm, in
memory, where there is one), read back and deleted at once: no speech stays on disk.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import queue
import tempfile
import threading
import wave
from concurrent.futures import Future
from typing import Any

from voice.errors import VoiceSetupError
from voice.interfaces import SAMPLE_WIDTH, Speech
from voice.settings import DEFAULT_RATE

log = logging.getLogger(__name__)

ESPEAK_RATE = 22_050  # espeak-ng's output rate; used for empty speech

_INSTALL_DA = (
    "Talesyntesen kan ikke starte: {problem}. Installér espeak-ng med dansk stemme: "
    "`sudo apt-get install espeak-ng` (eller `make espeak`)."
)
_INSTALL_EN = (
    "Speech synthesis cannot start: {problem}. Install espeak-ng, which has the Danish "
    "voice: `sudo apt-get install espeak-ng` (or `make espeak`)."
)


def _setup_error(problem_da: str, problem_en: str) -> VoiceSetupError:
    return VoiceSetupError(
        _INSTALL_DA.format(problem=problem_da), _INSTALL_EN.format(problem=problem_en)
    )


_TRIES = 3  # a sentence that came back without audio is said again, this often at most


def _speech_dir() -> str | None:
    return "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


def _set(engine: Any, name: str, value: float) -> None:
    """Set an engine property twice: espeak-ng now and then drops the first parameter
    change after a synthesis (seen with rate; pyttsx3 2.99, espeak-ng 1.51), and
    pyttsx3's getProperty cannot tell (it calls espeak_GetParameter without `current`)."""
    engine.setProperty(name, value)
    engine.setProperty(name, value)


class _Job:
    def __init__(self, text: str, rate: int) -> None:
        self.text = text
        self.rate = rate
        self.result: Future[Speech] = Future()


class EspeakSynthesizer:
    """The Synthesizer seam: Danish speech for a text, as 16-bit mono PCM at espeak-ng's
    22,050 Hz. `rate` is words per minute, `volume` 0.0-1.0. The constructor waits until
    the worker has the engine and the Danish voice, or raises VoiceSetupError."""

    def __init__(
        self,
        rate: int = DEFAULT_RATE,
        volume: float = 1.0,
        language: str = "da",
        timeout: float = 60.0,
    ) -> None:
        self.rate = rate
        self.volume = volume
        self.language = language
        self.timeout = timeout
        self.voice_id: str | None = None
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._finished = threading.Event()  # set from espeak-ng's own thread
        ready: Future[None] = Future()
        self._thread = threading.Thread(
            target=self._work, args=(ready,), name="espeak-tts", daemon=True
        )
        self._thread.start()
        try:
            ready.result(timeout)
        except BaseException:
            self._thread.join(5)
            raise

    def synthesize(self, text: str, rate: int | None = None) -> Speech:
        if not self._thread.is_alive():
            raise RuntimeError("the speech synthesiser is closed")
        job = _Job(text, rate or self.rate)
        self._jobs.put(job)
        return job.result.result(self.timeout)

    def close(self) -> None:
        """Stop the worker (after what it is saying now)."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join(self.timeout)

    def __enter__(self) -> EspeakSynthesizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # The worker thread: everything below runs there and only there.

    def _work(self, ready: Future[None]) -> None:
        try:
            engine = self._start_engine()
        except BaseException as err:
            ready.set_exception(err)
            return
        ready.set_result(None)
        while (job := self._jobs.get()) is not None:
            if not job.result.set_running_or_notify_cancel():
                continue
            try:
                job.result.set_result(self._render(engine, job.text, job.rate))
            except BaseException as err:
                log.exception("speech synthesis failed")
                job.result.set_exception(err)
        with contextlib.suppress(Exception):
            engine.stop()

    def _start_engine(self) -> Any:
        try:
            import pyttsx3
        except ImportError as err:
            raise _setup_error(
                "pakken pyttsx3 mangler (make install)", "the pyttsx3 package is missing"
            ) from err
        try:
            engine = pyttsx3.init("espeak")
        except Exception as err:  # OSError/RuntimeError when libespeak-ng is not there
            raise _setup_error(
                f"espeak-ng er ikke installeret ({err})", f"espeak-ng is not installed ({err})"
            ) from err
        voice = self._find_voice(engine.getProperty("voices"))
        if voice is None:
            raise _setup_error(
                f"espeak-ng har ingen stemme til sproget »{self.language}«",
                f"espeak-ng has no voice for the language '{self.language}'",
            )
        self.voice_id = voice
        # pyttsx3 starts espeak-ng in its asynchronous mode: runAndWait() can return
        # before the WAV is written, so the end of each utterance is waited for here.
        engine.connect("finished-utterance", lambda **_: self._finished.set())
        engine.setProperty("voice", voice)
        _set(engine, "volume", self.volume)
        return engine

    def _find_voice(self, voices: list[Any]) -> str | None:
        """espeak-ng names its Danish voice `gmq/da` (language family/code)."""
        for voice in voices:
            languages = [str(lang).lower() for lang in (getattr(voice, "languages", None) or [])]
            if self.language in languages or str(voice.id).split("/")[-1] == self.language:
                return str(voice.id)
        return None

    def _render(self, engine: Any, text: str, rate: int) -> Speech:
        if not text.strip():
            # pyttsx3's espeak driver waits for ever when given nothing to say.
            return Speech(b"", ESPEAK_RATE)
        # Now and then (4 of 280 sentences in a row, pyttsx3 2.99 with espeak-ng 1.51) a
        # sentence comes back as a WAV with no audio: the driver ends an utterance on a
        # late end-of-message event of the one before. Said again, it comes whole; the
        # Wyoming server's speech had lost a sentence (bench.home_assistant).
        for _ in range(_TRIES - 1):
            speech = self._render_once(engine, text, rate)
            if speech.pcm:
                return speech
            log.warning("espeak-ng gave no audio for a sentence; saying it again")
        return self._render_once(engine, text, rate)

    def _render_once(self, engine: Any, text: str, rate: int) -> Speech:
        _set(engine, "rate", rate)
        fd, path = tempfile.mkstemp(prefix="tale-", suffix=".wav", dir=_speech_dir())
        os.close(fd)
        try:
            self._finished.clear()
            engine.save_to_file(text, path)
            # pyttsx3 2.99 prints "Audio saved to ..." on standard output, where the
            # command line writes the transcript and the reply.
            with contextlib.redirect_stdout(io.StringIO()):
                engine.runAndWait()
                if not self._finished.wait(self.timeout):
                    raise TimeoutError("espeak-ng did not finish speaking")
            with wave.open(path, "rb") as wav:
                if wav.getsampwidth() != SAMPLE_WIDTH or wav.getnchannels() != 1:
                    raise RuntimeError("espeak-ng gave audio that is not 16-bit mono")
                return Speech(wav.readframes(wav.getnframes()), wav.getframerate())
        finally:
            os.unlink(path)
