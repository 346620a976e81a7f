"""The voice loop with fakes: scripted audio, a recogniser that hears the script's labels,
a synthesiser and a sink that share the script's audio time, and a scripted assistant.

Time is audio time: one frame read is 30 ms, and a reply "plays" for as many frames as
its length says. The loop's blocking calls (asyncio.to_thread) run on the event loop's
own thread here (OneThread), and a reply's playing ends in the frame its length says,
not when a worker thread wakes: so the order of events is the same on a fast or a busy
machine (issue 20; on a busy one, frames were read while a thread waited for a core).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import math
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pytest

from bot.safety.answers import offline_answer
from bot.safety.settings import SafetySettings
from voice.interfaces import SAMPLE_RATE, Speech, Transcript, VoiceEvent
from voice.loop import VoiceLoop
from voice.phrases import ACK, NO_ASSISTANT, NOT_HEARD, NOTHING_SAID
from voice.settings import VoiceSettings

FRAME = SAMPLE_RATE * 30 // 1000
FRAME_S = 0.03
SECONDS_PER_CHAR = 0.04  # fake speech at the default rate
_FAIL = object()


@dataclass
class Segment:
    frames: int
    label: str | None  # what the recogniser hears in it; None for silence
    action: Callable[[], None] | None = None


def say(text: str, seconds: float = 0.6) -> Segment:
    return Segment(round(seconds / FRAME_S), text)


def mumble(seconds: float = 0.6) -> Segment:
    return Segment(round(seconds / FRAME_S), "")  # speech no one could make out


def quiet(seconds: float) -> Segment:
    return Segment(round(seconds / FRAME_S), None)


def do(action: Callable[[], None]) -> Segment:
    return Segment(0, None, action)


class Room:
    """The script, and how far into it the source has read (the shared audio time)."""

    def __init__(self, script: Sequence[Segment]) -> None:
        rng = np.random.default_rng(7)
        self.frames: list[tuple[bytes, str | None, list[Callable[[], None]]]] = []
        actions: list[Callable[[], None]] = []
        for seg in script:
            if seg.action is not None:
                actions.append(seg.action)
            for _ in range(seg.frames):
                if seg.label is None:
                    pcm = bytes(FRAME * 2)
                else:
                    pcm = (rng.normal(0, 6000, FRAME).clip(-32000, 32000)).astype("<i2").tobytes()
                self.frames.append((pcm, seg.label, actions))
                actions = []
        self.tail_actions = actions
        self.position = 0
        self.label: str | None = None
        self.exhausted = False
        self.on_advance: list[Callable[[], None]] = []

    def read(self) -> bytes:
        if self.position >= len(self.frames):
            for action in self.tail_actions:
                action()
            self.tail_actions = []
            self.exhausted = True
            self._advanced()
            return b""
        pcm, self.label, actions = self.frames[self.position]
        self.position += 1
        self._advanced()
        for action in actions:
            action()
        return pcm

    def _advanced(self) -> None:
        for listener in list(self.on_advance):
            listener()


class FakeSource:
    sample_rate = SAMPLE_RATE

    def __init__(self, room: Room) -> None:
        self.room = room
        self.closed = False

    def read(self, frames: int) -> bytes:
        assert frames == FRAME
        return self.room.read()

    def close(self) -> None:
        self.closed = True


class FakeRecognizer:
    """Hears the labels of the frames it is fed; in grammar mode only the phrases."""

    sample_rate = SAMPLE_RATE

    def __init__(self, room: Room) -> None:
        self.room = room
        self.resets: list[list[str] | None] = []
        self.phrases: list[str] | None = None
        self.heard: list[str] = []

    def reset(self, phrases: Sequence[str] | None = None) -> None:
        self.phrases = None if phrases is None else list(phrases)
        self.resets.append(self.phrases)
        self.heard = []

    def accept(self, pcm: bytes) -> Transcript | None:
        label = self.room.label
        if label is not None and (not self.heard or self.heard[-1] != label):
            self.heard.append(label)
        return None

    def partial(self) -> str:
        return " ".join(self.heard)

    def finish(self) -> Transcript:
        text = " ".join(h for h in self.heard if h)
        self.heard = []
        if self.phrases is not None and text and text not in self.phrases:
            text = "[unk]"
        return Transcript(text)


class FakeSynthesizer:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int | None]] = []

    def synthesize(self, text: str, rate: int | None = None) -> Speech:
        self.calls.append((text, rate))
        seconds = SECONDS_PER_CHAR * len(text) * 140 / (rate or 140)
        data = text.encode()
        samples = max(int(seconds * SAMPLE_RATE), len(data))
        return Speech(data + bytes(samples * 2 - len(data)), SAMPLE_RATE)


@dataclass
class Played:
    text: str
    stopped: bool


@dataclass
class _Playing:
    text: str
    start: int
    needed: int
    done: concurrent.futures.Future[None]


class FakeSink:
    """Plays for as many frames of the script as the speech lasts, unless stopped: from
    the frame in which play() is called to the frame in which it has lasted long enough
    (OneThread calls begin() for play)."""

    def __init__(self, room: Room) -> None:
        self.room = room
        self.played: list[Played] = []
        self._now: _Playing | None = None
        room.on_advance.append(self._check)

    def play(self, speech: Speech) -> None:
        raise AssertionError("the harness plays through begin(), in audio time")

    def begin(self, speech: Speech) -> concurrent.futures.Future[None]:
        assert self._now is None, "two answers played at once"
        text = speech.pcm.split(b"\0", 1)[0].decode()
        needed = math.ceil(speech.seconds / FRAME_S)
        self._now = _Playing(text, self.room.position, needed, concurrent.futures.Future())
        done = self._now.done
        self._check()
        return done

    def stop(self) -> None:
        self._end(stopped=True)

    def _check(self) -> None:
        now = self._now
        if now is not None and (
            self.room.exhausted or self.room.position - now.start >= now.needed
        ):
            self._end(stopped=False)

    def _end(self, stopped: bool) -> None:
        now, self._now = self._now, None
        if now is not None:
            self.played.append(Played(now.text, stopped))
            now.done.set_result(None)


class OneThread(concurrent.futures.ThreadPoolExecutor):
    """asyncio.to_thread, run on the event loop's thread: the call is made at once and
    its result is there at the next turn of the loop (the loop still yields, as with a
    worker thread). The sink's play is begun, and ends in audio time."""

    def __init__(self, sink: FakeSink) -> None:
        super().__init__(max_workers=1)
        self.sink = sink

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        # asyncio.to_thread submits functools.partial(context.run, func, *args)
        call = fn.args if isinstance(fn, functools.partial) else ()
        if len(call) == 2 and call[0] == self.sink.play:
            return self.sink.begin(call[1])
        done: concurrent.futures.Future[object] = concurrent.futures.Future()
        try:
            done.set_result(fn(*args, **kwargs))
        except BaseException as err:  # noqa: BLE001 - handed to the awaiting coroutine
            done.set_exception(err)
        return done


class FakeBot:
    def __init__(self, answers: dict[str, list[str]] | None = None) -> None:
        self.answers = answers or {}
        self.requests: list[str] = []
        self.fail = False
        self._queue: asyncio.Queue[object] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def send(self, text: str) -> list[str]:
        self.requests.append(text)
        if self.fail:
            raise ConnectionError("assistant down")
        return self.answers.get(text, [f"Svar: {text}."])

    async def unasked(self) -> AsyncIterator[str]:
        if self._queue is None:
            self._loop = asyncio.get_running_loop()
            self._queue = asyncio.Queue()
        while True:
            item = await self._queue.get()
            if item is _FAIL:
                raise ConnectionError("link dropped")
            assert isinstance(item, str)
            yield item

    def push(self, item: object) -> None:
        """From inside the script, as a real client gets it from the network: thread-safe."""
        assert self._loop is not None and self._queue is not None
        self._loop.call_soon_threadsafe(self._queue.put_nowait, item)


class FakeClock:
    def __init__(self, room: Room) -> None:
        self.room = room
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.room.position * FRAME_S

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await asyncio.sleep(0)


@dataclass
class Harness:
    bot: FakeBot
    env: dict[str, str] = field(default_factory=dict)
    correct: Callable[[str], str] | None = None
    emergency: Callable[[str], str | None] | None = None
    deadline_s: float = 20.0  # the script's length is audio time; this is wall time
    recognizer_kind: type[FakeRecognizer] = FakeRecognizer
    events: list[VoiceEvent] = field(default_factory=list)
    loop: VoiceLoop | None = None

    async def run(self, script: Sequence[Segment]) -> None:
        self.room = Room(script)
        self.recognizer = self.recognizer_kind(self.room)
        self.synth = FakeSynthesizer()
        self.sink = FakeSink(self.room)
        self.clock = FakeClock(self.room)
        asyncio.get_running_loop().set_default_executor(OneThread(self.sink))
        env = {"VELFAERD_VOICE_SILENCE_MS": "300", "VELFAERD_VOICE_LISTEN_TIMEOUT_S": "2"}
        settings = VoiceSettings.from_env({**env, **self.env})
        self.loop = VoiceLoop(
            settings,
            FakeSource(self.room),
            self.recognizer,
            self.synth,
            self.sink,
            self.bot,
            correct=self.correct,
            emergency=self.emergency,
            clock=self.clock,
            events=self.events.append,
        )
        await asyncio.wait_for(self.loop.run(), timeout=self.deadline_s)

    def talk(self) -> None:
        assert self.loop is not None
        self.loop.talk()

    def seq(self, *kinds: str) -> list[tuple[str, str]]:
        keep = set(kinds) or {"wake", "talk", "transcript", "request", "reply", "speak"}
        return [(e.kind, e.text) for e in self.events if e.kind in keep]

    def spoken(self) -> list[str]:
        return [e.text for e in self.events if e.kind == "speak"]


WAKE = say("hej assistent", 0.6)
QUESTION = "hvad er en spiserobot"
ANSWER = "En spiserobot hjælper dig med at spise."
REMINDER = "Det er tid til din Panodil. Har du taget den?"


@pytest.fixture
def h() -> Harness:
    return Harness(FakeBot({QUESTION: [ANSWER], "ja": ["Godt, det har jeg skrevet ned."]}))


async def test_wake_transcript_request_reply_speech(h: Harness) -> None:
    await h.run([quiet(0.3), WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(3)])
    assert h.seq() == [
        ("wake", "hej assistent"),
        ("speak", ACK),
        ("transcript", QUESTION),
        ("request", QUESTION),
        ("reply", ANSWER),
        ("speak", ANSWER),
    ]
    assert h.recognizer.resets[:2] == [["hej assistent", "[unk]"], None]
    assert h.bot.requests == [QUESTION]
    assert [p.text for p in h.sink.played] == [ACK, ANSWER]
    assert h.events[-1].kind == "end"


async def test_without_the_wake_phrase_nothing_is_sent(h: Harness) -> None:
    await h.run([quiet(0.3), say(QUESTION, 1.2), quiet(1)])
    assert h.bot.requests == []
    assert h.spoken() == []


async def test_gentag_after_the_answer_needs_no_wake_phrase(h: Harness) -> None:
    await h.run([WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(3), say("gentag", 0.5), quiet(3)])
    assert h.spoken() == [ACK, ANSWER, ANSWER]
    assert ("command", "repeat") in h.seq("command")
    assert h.bot.requests == [QUESTION]


async def test_slower_repeats_slower_and_keeps_the_rate(h: Harness) -> None:
    script = [WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(3), say("sig det langsommere"), quiet(4)]
    script += [WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(4)]
    await h.run(script)
    rates = [rate for text, rate in h.synth.calls if text == ANSWER]
    assert rates == [140, 115, 115]
    assert h.loop is not None and h.loop.rate == 115


async def test_stop_while_speaking_cuts_the_answer(h: Harness) -> None:
    long_answer = "Her er et meget langt svar. " * 8
    h.bot.answers[QUESTION] = [long_answer, "Og en sætning mere."]
    await h.run([WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(0.6), say("stop", 0.4), quiet(2)])
    assert h.sink.played[-1] == Played(long_answer, stopped=True)
    assert "Og en sætning mere." not in h.spoken()
    assert h.seq("speak", "command", "stopped")[-3:] == [
        ("speak", long_answer),
        ("command", "stop"),
        ("stopped", ""),
    ]


async def test_gentag_while_speaking_starts_the_answer_again(h: Harness) -> None:
    long_answer = "Her er et meget langt svar. " * 8
    h.bot.answers[QUESTION] = [long_answer]
    await h.run([WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(0.6), say("gentag", 0.4), quiet(2)])
    assert [p.text for p in h.sink.played] == [ACK, long_answer, long_answer]
    assert h.sink.played[1].stopped


async def test_gentag_before_anything_was_said(h: Harness) -> None:
    await h.run([WAKE, quiet(0.5), say("gentag", 0.5), quiet(2)])
    assert h.spoken() == [ACK, NOTHING_SAID]
    assert h.bot.requests == []


async def test_silence_after_the_wake_phrase_times_out(h: Harness) -> None:
    await h.run([WAKE, quiet(3), say(QUESTION, 1.2), quiet(1)])
    assert h.seq("wake", "timeout", "request") == [("wake", "hej assistent"), ("timeout", "")]
    assert h.spoken() == [ACK]


async def test_empty_transcript_is_said_once(h: Harness) -> None:
    await h.run([WAKE, quiet(0.5), mumble(0.8), quiet(3)])
    assert h.spoken() == [ACK, NOT_HEARD]
    assert h.bot.requests == []


async def test_lost_assistant_is_said_and_the_loop_carries_on(h: Harness) -> None:
    h.bot.fail = True

    def recover() -> None:
        h.bot.fail = False

    script = [WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(3), do(recover)]
    script += [WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(3)]
    await h.run(script)
    assert h.spoken() == [ACK, NO_ASSISTANT, ACK, ANSWER]
    assert [k for k, _ in h.seq("bot_error", "reconnected")] == ["bot_error", "reconnected"]
    assert h.bot.requests == [QUESTION, QUESTION]


async def test_reminder_while_idle_is_spoken_and_ja_needs_no_wake_phrase(h: Harness) -> None:
    await h.run([quiet(0.3), do(lambda: h.bot.push(REMINDER)), quiet(3), say("ja", 0.4), quiet(3)])
    assert h.seq() == [
        ("speak", REMINDER),
        ("transcript", "ja"),
        ("request", "ja"),
        ("reply", "Godt, det har jeg skrevet ned."),
        ("speak", "Godt, det har jeg skrevet ned."),
    ]
    assert h.recognizer.resets[-1] is not None  # back to the control words afterwards
    assert None in h.recognizer.resets  # the answer was heard in the open mode


async def test_reminder_statement_does_not_open_the_microphone(h: Harness) -> None:
    note = "Husk at drikke et glas vand."
    await h.run([quiet(0.3), do(lambda: h.bot.push(note)), quiet(2), say("ja", 0.4), quiet(1)])
    assert h.spoken() == [note]
    assert h.bot.requests == []


async def test_reminder_while_the_citizen_speaks_waits_for_the_answer(h: Harness) -> None:
    script = [WAKE, quiet(0.5), say(QUESTION, 0.6), do(lambda: h.bot.push(REMINDER))]
    script += [say(QUESTION, 0.6), quiet(4), say("ja", 0.4), quiet(3)]
    await h.run(script)
    assert h.spoken() == [ACK, ANSWER, REMINDER, "Godt, det har jeg skrevet ned."]
    kinds = h.seq("unasked", "transcript")
    assert kinds[0] == ("unasked", REMINDER)  # it came early, but waited its turn
    assert h.bot.requests == [QUESTION, "ja"]


async def test_reminder_during_the_wake_phrase_waits_for_the_turn(h: Harness) -> None:
    script = [say("hej assistent", 0.3), do(lambda: h.bot.push(REMINDER))]
    script += [say("hej assistent", 0.3), quiet(0.5), say(QUESTION, 1.2), quiet(4)]
    await h.run(script)
    assert h.spoken() == [ACK, ANSWER, REMINDER]


async def test_unasked_link_drop_is_survived(h: Harness) -> None:
    script = [quiet(0.3), do(lambda: h.bot.push(_FAIL)), quiet(0.3)]
    script += [do(lambda: h.bot.push(REMINDER)), quiet(3)]
    await h.run(script)
    assert [k for k, _ in h.seq("link_lost", "reconnected", "unasked")] == [
        "link_lost",
        "reconnected",
        "unasked",
    ]
    assert h.spoken() == [REMINDER]
    assert h.clock.sleeps  # it waited before trying again


async def test_push_to_talk(h: Harness) -> None:
    h.env = {"VELFAERD_VOICE_MODE": "push_to_talk"}
    script = [say(QUESTION, 1.0), quiet(1), do(h.talk), quiet(0.3), say(QUESTION, 1.2)]
    script += [quiet(3)]
    await h.run(script)
    assert h.seq() == [
        ("talk", ""),
        ("speak", ACK),
        ("transcript", QUESTION),
        ("request", QUESTION),
        ("reply", ANSWER),
        ("speak", ANSWER),
    ]
    assert ["hej assistent", "[unk]"] not in h.recognizer.resets


async def test_end_of_input_finishes_the_utterance_and_the_answer(h: Harness) -> None:
    await h.run([WAKE, quiet(0.5), say(QUESTION, 1.2)])
    assert h.bot.requests == [QUESTION]
    assert h.spoken() == [ACK, ANSWER]
    assert h.events[-1].kind == "end"


async def test_transcript_is_corrected_before_it_is_sent(h: Harness) -> None:
    h.correct = lambda text: text.replace("spise robot", "spiserobot")
    await h.run([WAKE, quiet(0.5), say("hvad er en spise robot", 1.2), quiet(3)])
    assert h.seq("transcript", "request") == [
        ("transcript", "hvad er en spise robot"),
        ("request", QUESTION),
    ]
    assert h.spoken() == [ACK, ANSWER]


async def test_a_question_from_the_assistant_is_answered_without_wake_phrase(h: Harness) -> None:
    h.bot.answers[QUESTION] = ["Vil du høre mere?"]
    h.bot.answers["ja tak"] = ["Den kan bruges med en knap."]
    await h.run([WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(1.5), say("ja tak", 0.5), quiet(3)])
    assert h.bot.requests == [QUESTION, "ja tak"]
    assert h.spoken() == [ACK, "Vil du høre mere?", "Den kan bruges med en knap."]


async def test_events_carry_audio_time(h: Harness) -> None:
    await h.run([quiet(0.3), WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(3)])
    times = [e.at for e in h.events]
    assert times == sorted(times)
    transcript = next(e for e in h.events if e.kind == "transcript")
    assert transcript.at == pytest.approx(0.3 + 0.6 + 0.5 + 1.2 + 0.3, abs=0.1)


class EagerRecognizer(FakeRecognizer):
    """Finds the end of an utterance itself, as Vosk does: a final result from accept()
    at the first silent frame after speech."""

    def accept(self, pcm: bytes) -> Transcript | None:
        if self.room.label is None and self.heard:
            return self.finish()
        return super().accept(pcm)


async def test_the_recognisers_own_end_of_utterance_is_not_waited_past(h: Harness) -> None:
    h.env["VELFAERD_VOICE_SILENCE_MS"] = "2500"  # the energy detector alone would wait 2.5 s
    h.recognizer_kind = EagerRecognizer
    await h.run([quiet(0.3), WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(4)])
    assert h.seq("wake", "request") == [("wake", "hej assistent"), ("request", QUESTION)]
    spoken_end = 0.3 + 0.6 + 0.5 + 1.2
    request = next(e for e in h.events if e.kind == "request")
    assert request.at < spoken_end + 0.2, request.at


FALL = "jeg er faldet og kan ikke komme op"


def local_safety(text: str) -> str | None:
    return offline_answer(text, SafetySettings())


async def test_an_emergency_is_answered_by_the_speaker_when_the_assistant_is_down() -> None:
    h = Harness(FakeBot(), emergency=local_safety)
    h.bot.fail = True
    await h.run([WAKE, quiet(0.5), say(FALL, 1.2), quiet(3)])
    assert h.spoken() == [
        ACK,
        "Ring 1-1-2 nu. Jeg kan ikke selv ringe. Jeg kan ikke få fat i assistenten lige nu.",
    ]


async def test_an_emergency_is_sent_as_heard_never_corrected() -> None:
    h = Harness(FakeBot(), correct=lambda text: "hvad er en faldalarm", emergency=local_safety)
    await h.run(
        [WAKE, quiet(0.5), say(FALL, 1.2), quiet(3), WAKE, quiet(0.5), say(QUESTION, 1.2), quiet(3)]
    )
    assert h.bot.requests == [FALL, "hvad er en faldalarm"]
