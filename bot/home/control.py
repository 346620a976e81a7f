"""A home command from words to devices and back: the part the Rasa action calls.

`handle(text, room)` answers a command or question; when it needs to ask (which lamp,
which room, "skal jeg låse døren?", the PIN) its HomeReply carries `pending`, a small JSON
text the conversation keeps, and the citizen's next words go to `answer(pending, text)`.
Blocking (it waits for devices to confirm): the action runs it in a thread.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Protocol

from bot.home import replies
from bot.home.config import Device, DeviceKind, HomeConfig, name_key
from bot.home.link import HomeLink
from bot.home.parse import NUMBERS, QUESTIONS, Action, Amount, HomeCommand, parse, tokens
from bot.home.protocol import State, messages, reached, target
from bot.home.resolve import Choose, Problem, resolve
from bot.home.said_pin import MIN_PIN_DIGITS
from bot.home.several import commands, last_command

CONNECT_SECONDS = 2.0  # how long a first command waits for the broker connection
PIN_TRIES = 3
PIN_WINDOW_SECONDS = 10 * 60
PIN_LOCKOUT_SECONDS = 15 * 60
_YES = {"ja", "jo", "jep", "gerne", "ok", "okay", "yes", "goer", "gor", "selvfolgelig", "korrekt"}
_NO = {"nej", "nej tak", "lad", "glem", "annuller", "stop", "fortryd", "ikke", "no"}
# The letters a word said must have to be taken as the start of a device's name.
_STEM_LETTERS = 4
_FIRST_SECOND = {"forste": 0, "den forste": 0, "anden": 1, "andet": 1, "tredje": 2, "fjerde": 3}
_ALL = {"begge", "alle", "dem", "allesammen", "alt"}


@dataclass(frozen=True)
class HomeReply:
    text: str
    pending: str | None = None  # JSON; set when `text` asks something
    # False: an answer that answers nothing asked (the caller may take it as something
    # else the citizen wants); `text` then says nothing was done.
    understood: bool = True


NOT_UNDERSTOOD = HomeReply(replies.NOT_UNDERSTOOD_ANSWER, understood=False)


class Guard(Protocol):
    """Counts wrong PINs: PinGuard in memory, bot.home.pins.StoredPinGuard in a database."""

    def locked(self) -> bool: ...

    def failed(self) -> None: ...

    def succeeded(self) -> None: ...


class PinGuard:
    """Three wrong PINs within ten minutes stop PIN checks for a quarter of an hour
    (in this process's memory; the action server uses bot.home.pins)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: deque[float] = deque()
        self._locked_until = 0.0

    def locked(self) -> bool:
        return self._clock() < self._locked_until

    def failed(self) -> None:
        now = self._clock()
        self._failures.append(now)
        while self._failures and self._failures[0] < now - PIN_WINDOW_SECONDS:
            self._failures.popleft()
        if len(self._failures) >= PIN_TRIES:
            self._locked_until = now + PIN_LOCKOUT_SECONDS
            self._failures.clear()

    def succeeded(self) -> None:
        self._failures.clear()


def _command_json(command: HomeCommand) -> dict[str, Any]:
    data = asdict(command)
    data["action"] = command.action.value if command.action else None
    data["kind"] = command.kind.value if command.kind else None
    data["amount"] = command.amount.value
    return data


def _command_from(data: dict[str, Any]) -> HomeCommand:
    return HomeCommand(
        action=Action(data["action"]) if data.get("action") else None,
        kind=DeviceKind(data["kind"]) if data.get("kind") else None,
        amount=Amount(data.get("amount", "all")),
        value=data.get("value"),
        rooms=tuple(data.get("rooms") or ()),
        devices=tuple(data.get("devices") or ()),
        whole_home=bool(data.get("whole_home")),
    )


def spoken_pin(text: str) -> str:
    """Digits said as digits or Danish number words: "en to tre fire" → "1234"."""
    digits = []
    for word in tokens(text):
        if word.isdigit():
            digits.append(word)
        elif word in NUMBERS:
            digits.append(str(NUMBERS[word]))
    return "".join(digits)


class HomeControl:
    def __init__(
        self,
        home: HomeConfig,
        link: HomeLink,
        guard: Guard | None = None,
        connect_seconds: float = CONNECT_SECONDS,
    ) -> None:
        self.home = home
        self.link = link
        self.guard: Guard = guard or PinGuard()
        self.connect_seconds = connect_seconds

    def room_of(self, room: str | None, speaker: str | None) -> str | None:
        """The room a message came from: a room id or name, else the speaker's room."""
        if room:
            key = name_key(room)
            for r in self.home.rooms:
                if key == name_key(r.id) or any(key == name_key(n) for n in r.names):
                    return r.id
        return self.home.speaker_room(speaker)

    # -- a new command ----------------------------------------------------------------

    def handle(self, text: str, room: str | None = None, last: str | None = None) -> HomeReply:
        """Answer a home sentence; `last` is the home sentence said before it, against
        which "og i stuen" and "tænd det igen" are read."""
        previous = last_command(last, self.home) if last else None
        several = commands(text, self.home, previous)
        if several:
            return self._several(several, room)
        command = parse(text, self.home, previous)
        return self._resolved(command, room)

    def names_its_own(self, text: str, last: str | None = None) -> bool:
        """Whether a home sentence names a device, a room or the whole home itself
        ("tænd sofalampen"), rather than pointing back ("lidt mere lys", "sluk den"). A
        sentence naming another kind of thing than the `last` one ("træk rullegardinet
        ned" after "tænd lyset i gangen") names its own: what "den" and "nej bare
        halvt" mean next is the blind, not the hall lamp."""
        command = last_command(text, self.home)
        if command.devices or command.rooms or command.whole_home:
            return True
        if last is None or command.kind is None:
            return False
        return command.kind != last_command(last, self.home).kind

    def _several(self, several: Sequence[HomeCommand], room: str | None) -> HomeReply:
        """Each command in the order said; a question (which lamp, "skal jeg låse?") is
        asked at the end, one at a time: what needs a second question is not done."""
        done: list[str] = []
        asking: HomeReply | None = None
        left_out = False
        for command in several:
            reply = self._resolved(command, room)
            if reply.pending is None:
                done.append(reply.text)
            elif asking is None:
                asking = reply
            else:
                left_out = True
        if asking is None:
            return HomeReply(" ".join(done))
        said = (
            [*done, asking.text]
            if not left_out
            else [*done, replies.ONE_QUESTION_AT_A_TIME, asking.text]
        )
        return HomeReply(" ".join(said), asking.pending)

    def _resolved(self, command: HomeCommand, room: str | None) -> HomeReply:
        found = resolve(command, self.home, room)
        if isinstance(found, Problem):
            return HomeReply(
                replies.problem(self.home, found.code, found.words, found.kind, found.rooms)
            )
        if isinstance(found, Choose):
            if found.devices:
                question = replies.choose_device(self.home, found.devices)
                ids = [d.id for d in found.devices]
                return HomeReply(question, _pending("which", command, ids, question))
            question = replies.choose_room(self.home, command.kind, found.rooms)
            return HomeReply(question, _pending("room", command, list(found.rooms), question))
        return self._guarded(command, found.devices)

    def _guarded(self, command: HomeCommand, devices: Sequence[Device]) -> HomeReply:
        what = replies.subject(self.home, devices)
        ids = [d.id for d in devices]
        if command.action in (Action.UNLOCK, Action.DISARM):
            safety = self.home.safety
            if not safety.unlock_by_voice or safety.pin is None:
                template = (
                    replies.UNLOCK_OFF if command.action is Action.UNLOCK else replies.DISARM_OFF
                )
                return HomeReply(template.format(what=what))
            if self.guard.locked():
                return HomeReply(replies.TOO_MANY_PINS)
            template = (
                replies.ASK_PIN if command.action is Action.UNLOCK else replies.ASK_PIN_DISARM
            )
            question = template.format(what=what)
            return HomeReply(question, _pending("pin", command, ids, question))
        if command.action in (Action.LOCK, Action.ARM):
            question = replies.confirm(command.action, what)
            return HomeReply(question, _pending("confirm", command, ids, question))
        return HomeReply(self.run(command, devices))

    # -- the answer to a question asked ---------------------------------------------------

    def answer(
        self, pending: str, text: str, room: str | None = None, pin_matched: bool | None = None
    ) -> HomeReply:
        """The citizen's words after a question: an answer to it, "nej", or a new home
        command said instead ("tænd lyset i gangen"); NOT_UNDERSTOOD otherwise.
        `pin_matched`: the channel's verdict on a PIN it took out of the words where they
        arrived (bot.home.said_pin); None when the words came as said."""
        try:
            data = json.loads(pending)
            ask = data["ask"]
            command = _command_from(data["command"])
            ids = [str(i) for i in data["ids"]]
        except (ValueError, KeyError, TypeError):
            return NOT_UNDERSTOOD
        words = tokens(text)
        if not words or set(words) & _NO and not set(words) & _YES:
            return HomeReply(replies.CANCELLED)
        devices = [d for d in self.home.devices if d.id in ids]
        said = parse(text, self.home)
        if pin_matched is not None:
            if ask != "pin":  # a PIN nobody asked for: nothing is run, nothing counted
                return NOT_UNDERSTOOD
            return self._check_pin(command, devices, text, pin_matched)
        reply = self._answered(ask, command, devices, ids, said, words, text, room)
        if reply is not None:
            return reply
        if said.action is not None and said.kind is not None:
            return self._resolved(said, room)  # a new command instead of an answer
        return NOT_UNDERSTOOD

    def _answered(
        self,
        ask: str,
        command: HomeCommand,
        devices: list[Device],
        ids: list[str],
        said: HomeCommand,
        words: list[str],
        text: str,
        room: str | None,
    ) -> HomeReply | None:
        if command.action in (Action.UNLOCK, Action.DISARM) and ask in ("confirm", "pin"):
            # Checked again here, not trusted from the question: the pending text is
            # the conversation's, and a "ja" never opens a door without the PIN.
            if ask == "confirm":
                return self._guarded(command, devices)
            return self._check_pin(command, devices, text) if spoken_pin(text) else None
        if ask == "confirm":
            return HomeReply(self.run(command, devices)) if set(words) & _YES else None
        if ask == "pin":
            if not spoken_pin(text):
                return None
            return self._check_pin(command, devices, text)
        if ask == "room":
            rooms = [r for r in said.rooms if r in ids]
            return self._resolved(replace(command, rooms=tuple(rooms)), room) if rooms else None
        chosen = [d for d in devices if d.id in said.devices]
        if not chosen and said.rooms:
            chosen = [d for d in devices if d.room in said.rooms]
        if not chosen and set(words) & _ALL:
            chosen = devices
        if not chosen:
            chosen = self._by_order(devices, words)
        if not chosen:
            chosen = self._by_words(devices, words)
        if not chosen:
            return None
        return self._guarded(replace(command, devices=tuple(d.id for d in chosen)), chosen)

    @staticmethod
    def _by_order(devices: Sequence[Device], words: list[str]) -> list[Device]:
        for word in words:
            if word in _FIRST_SECOND and _FIRST_SECOND[word] < len(devices):
                return [devices[_FIRST_SECOND[word]]]
        if "sidste" in words:
            return [devices[-1]]
        return []

    @staticmethod
    def _by_words(devices: Sequence[Device], words: list[str]) -> list[Device]:
        """ "den ved sofaen", "sofaen": a word that only one candidate's names share; also
        said without its ending or as the start of a compound ("den ved sofa", set 58:
        "sofa" begins "sofaen" and "sofalampen")."""
        common = {"lampen", "den", "det", "i", "ved", "pa", "paa", "over", "under", "ja"}
        wanted = set(words) - common

        def named(device: Device) -> bool:
            names = {w for n in device.names for w in tokens(n)}
            return bool(wanted & names) or any(
                len(w) >= _STEM_LETTERS and n.startswith(w) for w in wanted for n in names
            )

        hits = [d for d in devices if named(d)]
        return hits if len(hits) == 1 else []

    def _check_pin(
        self,
        command: HomeCommand,
        devices: Sequence[Device],
        text: str,
        matched: bool | None = None,
    ) -> HomeReply:
        pin = self.home.safety.pin
        if pin is None or not self.home.safety.unlock_by_voice:
            return HomeReply(replies.UNLOCK_OFF.format(what=replies.subject(self.home, devices)))
        if self.guard.locked():
            return HomeReply(replies.TOO_MANY_PINS)
        if matched is None:  # said as words: a channel that does not check PINs
            said = spoken_pin(text)
            if said and len(said) < MIN_PIN_DIGITS:  # never a PIN (python -m bot.home pin)
                return HomeReply(replies.PIN_TOO_SHORT)
            matched = bool(said) and pin.matches(said)
        if not matched:
            self.guard.failed()
            return HomeReply(replies.TOO_MANY_PINS if self.guard.locked() else replies.WRONG_PIN)
        self.guard.succeeded()
        return HomeReply(self.run(command, devices))

    # -- talking to the devices -------------------------------------------------------------

    def run(self, command: HomeCommand, devices: Sequence[Device]) -> str:
        link = self.link
        link.start()
        if not link.wait_ready(self.connect_seconds):
            return replies.BROKER_DOWN
        action = command.action
        assert action is not None
        if action in QUESTIONS:
            return self._tell(action, devices)
        if action in (Action.BRIGHTER, Action.DIMMER):
            # Up or down for the lights that are on; a dark room is turned on, not dimmed.
            lit = [d for d in devices if link.state(d.id).get("on")]
            if lit:
                devices = lit
            elif action is Action.DIMMER:
                return replies.done(Action.OFF, replies.subject(self.home, devices), {})
            else:
                action = Action.ON
        sent: list[tuple[Device, State, int]] = []
        unsent: list[Device] = []
        for device in devices:
            goal = target(device, action, command.value, link.state(device.id))
            before = link.updates(device.id)
            if unsent or not link.send(messages(device, self.home.broker, goal, action)):
                unsent.append(device)
                continue
            sent.append((device, goal, before))
        if not sent:
            return replies.BROKER_DOWN

        def confirmed(device: Device, goal: State, before: int) -> bool:
            fresh = link.updates_unlocked(device.id) > before
            return fresh and reached(goal, link.state_unlocked(device.id))

        link.wait(lambda: all(confirmed(*s) for s in sent), self.home.broker.answer_seconds)
        return self._report(action, sent, unsent) + _limit_note(command, sent)

    def _report(
        self, action: Action, sent: list[tuple[Device, State, int]], unsent: list[Device]
    ) -> str:
        ok: list[Device] = []
        lines: list[str] = []
        goals: list[State] = []
        for device, goal, before in sent:
            state = self.link.state(device.id)
            if self.link.updates(device.id) > before and reached(goal, state):
                ok.append(device)
                goals.append(goal)
            elif self.link.updates(device.id) > before:
                lines.append(replies.on_the_way(action, device.said, state))
            else:
                lines.append(replies.silent(device.said))
        if ok:
            what = replies.subject(self.home, ok)
            if any(g != goals[0] for g in goals):  # "skru op" from different levels
                lines.insert(0, replies.turned(action, what))
            else:
                lines.insert(0, replies.done(action, what, goals[0]))
        if unsent:
            lines.append(replies.not_sent(replies.subject(self.home, unsent)))
        return " ".join(lines)

    def _tell(self, action: Action, devices: Sequence[Device]) -> str:
        states = {d.id: self.link.state(d.id) for d in devices}
        if action is Action.ASK_WHICH_ON:
            return replies.which_on(self.home, devices, states)
        if action is Action.ASK_TEMPERATURE:
            return replies.temperature(self.home, devices, states)
        return " ".join(replies.state_line(d, states[d.id]) for d in devices)


def _limit_note(command: HomeCommand, sent: list[tuple[Device, State, int]]) -> str:
    """Said when the number asked for was beyond what the device may be set to."""
    if command.value is None or not sent:
        return ""
    goal = sent[0][1]
    if "setpoint" in goal and goal["setpoint"] != command.value:
        low = goal["setpoint"] < command.value
        return f" {replies.number(goal['setpoint'])} grader er det {'højeste' if low else 'laveste'}, jeg må sætte den til."
    return ""


def _pending(ask: str, command: HomeCommand, ids: list[str], question: str) -> str:
    return json.dumps(
        {"ask": ask, "command": _command_json(command), "ids": ids, "question": question},
        ensure_ascii=False,
    )


def question_of(pending: str | None) -> str | None:
    """The question a pending answer is for (to ask it again)."""
    if not pending:
        return None
    try:
        return str(json.loads(pending)["question"])
    except (ValueError, KeyError, TypeError):
        return None


class Homes:
    """Every configured home, found by the citizen whose conversation it is."""

    def __init__(
        self,
        homes: Sequence[HomeConfig],
        env: Any = None,
        guard_for: Callable[[str], Guard] | None = None,
    ) -> None:
        self._controls = {
            h.home: HomeControl(h, HomeLink(h, env), guard_for(h.home) if guard_for else None)
            for h in homes
        }
        self._by_citizen = {c: h.home for h in homes for c in h.citizens}

    def of(self, citizen_id: str) -> HomeControl | None:
        home = self._by_citizen.get(citizen_id)
        return None if home is None else self._controls[home]

    def start(self) -> None:
        """Connect to every home's broker in the background (returns at once)."""
        for control in self._controls.values():
            control.link.start()

    def stop(self) -> None:
        for control in self._controls.values():
            control.link.stop()
