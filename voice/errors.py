"""Errors the voice front end reports to the person setting up the speaker."""

from __future__ import annotations


class VoiceSetupError(RuntimeError):
    """Something the speaker needs is missing or broken (a Vosk model, espeak-ng's Danish
    voice, PortAudio). The text says what to install and where, in Danish first, then in
    English; `python -m voice` prints it without a traceback and exits with code 2."""

    def __init__(self, danish: str, english: str) -> None:
        self.danish = danish
        self.english = english
        super().__init__(f"{danish}\n\n{english}")
