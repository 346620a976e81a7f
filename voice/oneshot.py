"""One question, one answer: text or recorded speech in, the assistant's spoken answer
out. The command line's file modes (`python -m voice --text/--wav/--stdin`); the live
loop (microphone, wake phrase, reminders) is voice.loop's.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from voice.assistant import AssistantUnavailable, RestBotClient
from voice.interfaces import AudioSink, AudioSource, Recognizer, Synthesizer, Transcript
from voice.phrases import NO_ASSISTANT, NOT_HEARD

CHUNK_FRAMES = 1_600  # 100 ms at 16 kHz, as a microphone would deliver it


@dataclass
class Turn:
    """What happened in one exchange, for printing and for the exit code."""

    heard: Transcript | None = None  # None when the input was text
    replies: list[str] = field(default_factory=list)
    spoken: list[str] = field(default_factory=list)
    unavailable: bool = False
    speech_seconds: float = 0.0


def transcribe(
    source: AudioSource, recognizer: Recognizer, chunk_frames: int = CHUNK_FRAMES
) -> Transcript:
    """Everything the source gives, as one utterance: Vosk may cut it at pauses, so the
    pieces are joined; confidence is the mean of the pieces'."""
    recognizer.reset()
    parts: list[Transcript] = []
    while pcm := source.read(chunk_frames):
        if (done := recognizer.accept(pcm)) is not None:
            parts.append(done)
    parts.append(recognizer.finish())
    heard = [p for p in parts if p.text]
    confidences = [p.confidence for p in heard if p.confidence is not None]
    return Transcript(
        text=" ".join(p.text for p in heard),
        confidence=sum(confidences) / len(confidences) if confidences else None,
    )


def speak(texts: list[str], synthesizer: Synthesizer, sink: AudioSink) -> float:
    """Say the texts one after another; the seconds of speech played."""
    seconds = 0.0
    for text in texts:
        speech = synthesizer.synthesize(text)
        sink.play(speech)
        seconds += speech.seconds
    return seconds


def answer(
    text: str,
    synthesizer: Synthesizer,
    sink: AudioSink,
    ask: Callable[[str], list[str]] | None,
    heard: Transcript | None = None,
) -> Turn:
    """Ask the assistant about `text` (`ask` returns its answers or raises
    AssistantUnavailable; None just says `text`) and speak the answer into the sink."""
    turn = Turn(heard=heard)
    if heard is not None and not text.strip():
        turn.spoken = [NOT_HEARD]
    elif ask is None:
        turn.spoken = [text]
    else:
        try:
            turn.replies = ask(text)
            turn.spoken = list(turn.replies)
        except AssistantUnavailable:
            turn.unavailable = True
            turn.spoken = [NO_ASSISTANT]
    turn.speech_seconds = speak(turn.spoken, synthesizer, sink)
    return turn


def rest_ask(client: RestBotClient) -> Callable[[str], list[str]]:
    """A blocking ask() over REST for the one-shot: one event loop per question."""

    def ask(text: str) -> list[str]:
        async def turn() -> list[str]:
            try:
                return await client.send(text)
            finally:
                await client.close()

        return asyncio.run(turn())

    return ask
