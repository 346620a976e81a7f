"""Whether a held-out conversation had its effect (issue 21): pure checks on what the
stores and the simulated home hold after it, and on the last answer.

The expectations are those of tests/fixtures/nlu_heldout_conversations.yml (its header
says what each key means). Everything here is judged on data, so it is unit tested in
tests/unit/test_conversation_effects.py; bench/nlu_conversations.py gathers the data
from the running assistant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from rapidfuzz import fuzz

from bot.core.clock import COPENHAGEN
from bot.core.text import fold

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The fixture's room names → the example home's room ids (a fixture may also give the id).
ROOMS = {
    "stue": "stue",
    "køkken": "koekken",
    "soveværelse": "sovevaerelse",
    "gang": "gang",
    "badeværelse": "badevaerelse",
}
# The fixture's device kinds → the home's.
KINDS = {"light": "light", "heating": "thermostat", "blind": "cover", "lock": "lock"}


@dataclass(frozen=True)
class Stored:
    """A reminder, timer or plan item as the checks see it."""

    text: str  # what it is about (reminder text and medicine; plan title, who, place)
    first: datetime  # the next time it is due (a moved dose's time), aware
    rrule: str | None
    created: datetime | None = None
    kind: str = "reminder"  # reminder | timer | alarm | plan
    active: bool = True


@dataclass
class Snapshot:
    """What a conversation left behind, for one citizen or several (staff)."""

    things: dict[str, list[Stored]] = field(default_factory=dict)  # citizen → stored
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)  # device id → state
    commands: dict[str, int] = field(default_factory=dict)  # device id → commands received
    # everything stored at the end of any turn (an item made and deleted in the same
    # conversation is gone from the last snapshot: a deleted plan item leaves no row)
    seen: dict[str, list[Stored]] = field(default_factory=dict)


@dataclass(frozen=True)
class Device:
    id: str
    room: str
    kind: str
    names: tuple[str, ...] = ()  # the home file's names for it ("natlampen")
    room_names: tuple[str, ...] = ()  # its room's names ("stuen", "stue")


def about_matches(about: str, text: str) -> bool:
    """Whether a stored text is about the expected thing: its folded word, a form of it
    ("øjenlæge" / "øjenlægen"), or a close spelling."""
    want, have = fold(about), fold(text)
    if not want:
        return False
    if want in have or want[: max(4, len(want) - 2)] in have:
        return True
    return fuzz.partial_ratio(want, have) >= 85


def _local(at: datetime) -> datetime:
    return at.astimezone(COPENHAGEN)


def _next_weekday(today: date, name: str) -> date:
    wanted = WEEKDAYS.index(name)
    ahead = (wanted - today.weekday()) % 7 or 7  # "på torsdag" said on a Thursday: next week
    return today + timedelta(days=ahead)


def when_matches(when: str, thing: Stored, now: datetime) -> bool:
    """The fixture's "when": today/tomorrow HH:MM, next <weekday> HH:MM, daily HH:MM,
    weekly <weekday> HH:MM, in N minutes."""
    parts = when.split()
    first = _local(thing.first)
    today = _local(now).date()
    rule = (thing.rrule or "").upper()
    if parts[0] == "in":
        minutes = int(parts[1])
        start = thing.created or now
        return abs((thing.first - start).total_seconds() - minutes * 60) <= 90 and not rule
    hh, mm = (int(x) for x in parts[-1].split(":"))
    if parts[0] == "daily" and (first.hour, first.minute) != (hh, mm):
        # "klokken 8 og klokken 20 hver dag": one daily rule whose BYHOUR and BYMINUTE
        # hold the hour asked about fires then too, not only at its first occurrence
        return "FREQ=DAILY" in rule and "BYDAY" not in rule and _rule_has(rule, hh, mm)
    if (first.hour, first.minute) != (hh, mm):
        return False
    if parts[0] == "today":
        return first.date() == today and not rule
    if parts[0] == "tomorrow":
        return first.date() == today + timedelta(days=1) and not rule
    if parts[0] == "next":
        return first.date() == _next_weekday(today, parts[1]) and not rule
    if parts[0] == "daily":
        return "FREQ=DAILY" in rule and "BYDAY" not in rule
    if parts[0] == "weekly":
        day = WEEKDAYS.index(parts[1])
        byday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[day]
        return "FREQ=WEEKLY" in rule and (byday in rule or first.weekday() == day)
    raise ValueError(f"unknown when: {when!r}")


def _rule_has(rule: str, hh: int, mm: int) -> bool:
    """The rule's BYHOUR holds `hh` and its BYMINUTE (0 when not said) holds `mm`."""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    hours = {int(h) for h in parts.get("BYHOUR", "").split(",") if h}
    minutes = {int(m) for m in parts.get("BYMINUTE", "0").split(",") if m}
    return hh in hours and mm in minutes


def _key(t: Stored) -> tuple[str, datetime, str | None, datetime | None]:
    return (t.text, t.first, t.rrule, t.created)


def _things(snap: Snapshot, citizen: str, kinds: Iterable[str]) -> list[Stored]:
    wanted = set(kinds)
    return [t for t in snap.things.get(citizen, []) if t.kind in wanted]


def _has(snap: Snapshot, citizen: str, kinds: Iterable[str], about: str) -> list[Stored]:
    return [t for t in _things(snap, citizen, kinds) if about_matches(about, t.text)]


def _percent(value: str) -> float | None:
    """A level as written: "50%", or a bare number, which for a light or a blind is a
    percentage too (the writers' format note says so: set 21 wrote "state: 50")."""
    try:
        return float(value[:-1] if value.endswith("%") else value)
    except ValueError:
        return None


def _device_state_ok(device: Device, state: str, now: Mapping[str, Any]) -> bool:
    value = state.strip()
    if (
        device.kind in ("light", "cover")
        and not value.endswith("%")
        and _percent(value) is not None
    ):
        value = f"{value}%"
    if device.kind == "light":
        if value in ("on", "off"):
            return str(now.get("state", "")).upper() == value.upper()
        if value.endswith("%"):
            percent = float(value[:-1])
            level = float(now.get("brightness", 0)) * 100 / 254
            return now.get("state") == "ON" and abs(level - percent) <= 6
    if device.kind == "thermostat":
        try:
            return abs(float(now.get("setpoint", -99)) - float(value)) < 0.26
        except ValueError:
            return False
    if device.kind == "cover":
        position = int(now.get("position", -1))
        if value == "open":
            return position > 0
        if value == "closed":
            return position == 0
        if value.endswith("%"):
            return abs(position - float(value[:-1])) <= 2
    if device.kind == "lock":
        return str(now.get("lock_state")) == value
    return False


def _same_name(want: str, name: str) -> bool:
    """A device name as the fixture writes it and as the home file does, folded and
    without spaces: the same word, or one with the other's definite ending
    ("natlampe" / "natlampen")."""
    a, b = fold(want).replace(" ", ""), fold(name).replace(" ", "")
    return bool(a) and any(a == b + end or b == a + end for end in ("", "n", "en", "t", "et"))


def _room_compound(want: str, device: Device) -> bool:
    """A room named at the start of a compound ("stuegardinet", "soveværelseslampen"):
    the device is in that room. Something must follow the room's name."""
    word = fold(want).replace(" ", "")
    rooms = {fold(n) for n in device.room_names} | {
        fold(name) for name, rid in ROOMS.items() if rid == device.room
    }
    return any(word.startswith(r) and len(word) > len(r) + 2 for r in rooms if r)


def home_devices(expect: Mapping[str, Any], devices: Sequence[Device]) -> list[Device]:
    """The devices an expectation is about: by device id (its first six letters) or any
    of its configured names, else by a room named at the start of the name's compound
    ("stuegardinet": the living room's blind); or by room and kind."""
    kind = KINDS[str(expect["kind"])]
    if expect.get("device"):
        want = str(expect["device"])
        name = fold(want)
        of_kind = [d for d in devices if d.kind == kind]
        named = [
            d
            for d in of_kind
            if fold(d.id).startswith(name[:6]) or any(_same_name(want, n) for n in d.names)
        ]
        return named or [d for d in of_kind if _room_compound(want, d)]
    room = str(expect.get("room"))
    return [
        d for d in devices if d.kind == kind and (room == "alle" or d.room == ROOMS.get(room, room))
    ]


def home_ok(
    expect: Mapping[str, Any],
    devices: Sequence[Device],
    before: Snapshot,
    after: Snapshot,
) -> bool:
    """A state expected: the device (any of the room's, or all for "alle") has it. No
    state (a relative change): one of them was commanded and its state changed. A lock
    has no level to change by a little, so no state on a lock can only mean that it was
    commanded: it may start in the state the command asks for (initial_states cannot
    know which one the conversation wants)."""
    chosen = home_devices(expect, devices)
    if not chosen:
        return False
    state = expect.get("state")
    if state is None:
        return any(
            after.commands.get(d.id, 0) > before.commands.get(d.id, 0)
            and (d.kind == "lock" or after.devices.get(d.id) != before.devices.get(d.id))
            for d in chosen
        )
    oks = [_device_state_ok(d, str(state), after.devices.get(d.id, {})) for d in chosen]
    return all(oks) if expect.get("room") == "alle" else any(oks)


def initial_states(expect: Mapping[str, Any], devices: Sequence[Device]) -> dict[str, dict]:
    """Device states to start a conversation from, so that its effect shows: the
    opposite of what is expected (a light expected on starts off), a middle for a
    relative change ("skru lidt ned")."""
    out: dict[str, dict[str, Any]] = {}
    home = expect.get("home")
    if not isinstance(home, Mapping):
        return out
    value = "" if home.get("state") is None else str(home["state"])
    percent = _percent(value) if value not in ("", "on", "off", "open", "closed") else None
    for d in home_devices(home, devices):
        if d.kind == "light":
            if value in ("on", "off"):
                out[d.id] = {"state": "OFF" if value == "on" else "ON", "brightness": 254}
            else:
                level = 127 if percent is None else 254 if percent < 50 else 40
                out[d.id] = {"state": "ON", "brightness": level}
        elif d.kind == "thermostat":
            target = float(value) if value else 23.0
            out[d.id] = {"setpoint": target - 3 if target >= 18 else target + 3}
        elif d.kind == "cover":
            if value == "open" or (percent is not None and percent >= 50):
                position = 0
            elif value == "closed" or percent is not None:
                position = 100
            else:
                position = 50
            out[d.id] = {"position": position, "state": "OPEN" if position else "CLOSE"}
        elif d.kind == "lock":
            locked = value != "locked"
            out[d.id] = {
                "state": "LOCK" if locked else "UNLOCK",
                "lock_state": "locked" if locked else "unlocked",
            }
    return out


@dataclass(frozen=True)
class Verdict:
    passed: bool
    failed: tuple[str, ...]  # the expectation keys that did not hold


def judge(
    expect: Mapping[str, Any],
    *,
    citizen: str,
    answers: Sequence[str],
    before: Snapshot,
    after: Snapshot,
    devices: Sequence[Device],
    now: datetime,
    human_phone: str,
) -> Verdict:
    """All of a conversation's expectations, on its last answer and its effects."""
    last = fold(answers[-1]) if answers else ""
    failed: list[str] = []

    def who(section: Mapping[str, Any]) -> str:
        return str(section.get("citizen") or citizen)

    for key, want in expect.items():
        ok = True
        if key == "answer_contains_any":
            ok = any(fold(str(w)) in last for w in want)
        elif key == "home":
            ok = home_ok(want, devices, before, after)
        elif key in ("reminder", "plan"):
            kinds = ("reminder",) if key == "reminder" else ("plan",)
            found = _has(after, who(want), kinds, str(want["about"]))
            ok = any(t.active and when_matches(str(want["when"]), t, now) for t in found)
        elif key == "timer":
            timers = [t for t in _things(after, citizen, ("timer",)) if t.active]
            ok = any(
                t.created is not None
                and abs((t.first - t.created).total_seconds() - float(want["seconds"])) <= 5
                for t in timers
            )
        elif key == "timer_cancelled":
            made = _things(after, citizen, ("timer",))
            ok = bool(made) and not any(t.active for t in made)
        elif key in ("reminder_removed", "plan_removed"):
            kinds = ("reminder",) if key == "reminder_removed" else ("plan",)
            had = _has(before, who(want), kinds, str(want["about"]))
            had = had or _has(after, who(want), kinds, str(want["about"]))
            seen = Snapshot(things=after.seen)
            had = had or _has(seen, who(want), kinds, str(want["about"]))
            # removed: nothing of it made here is left, and one is gone. Another
            # conversation's of the same words (a staff member's citizen is shared, set
            # 20) may stay: only those active when this one began are weighed.
            about = str(want["about"])
            left = {_key(t) for t in _has(after, who(want), kinds, about) if t.active}
            was = {_key(t) for t in _has(before, who(want), kinds, about) if t.active}
            made = {
                _key(t)
                for t in [
                    *_has(after, who(want), kinds, about),
                    *_has(seen, who(want), kinds, about),
                ]
            }
            made -= {_key(t) for t in _has(before, who(want), kinds, about)}
            ok = bool(had) and not (left - was) and (left < was or bool(made))
        elif key == "reminder_list":  # a listing ("ingen påmindelser" too); nothing removed
            made = _things(after, citizen, ("reminder",))
            listed = "pamindelse" in last or any(
                about_matches(t.text.split()[-1], last) for t in made if t.text.split()
            )
            # removed in this conversation: active before it, or made in it; a staff
            # member's citizen may hold a reminder another conversation removed (set 13)
            had = {(t.text, t.first): t.active for t in _things(before, citizen, ("reminder",))}
            ok = listed and all(t.active or had.get((t.text, t.first)) is False for t in made)
        elif key == "asks_back":
            # asked back, then (where the conversation expects a reminder, a plan item,
            # a device's state or a timer too) done after the answer: set 20's
            # "asks_back" with "reminder", set 50's with "home" ("Der er to lamper i
            # stuen: ...?" then "den ved sofaen") (not the plan's own "Skal jeg skrive
            # ...?", which every new item gets)
            acted = any(k in expect for k in ("reminder", "plan", "home", "timer"))
            asked = answers[:-1] if acted else answers[-1:]
            ok = any("?" in a and not a.startswith("Skal jeg skrive") for a in asked)
        elif key == "human":
            ok = bool(human_phone) and fold(human_phone) in last
        elif key == "nothing_changed":
            ok = before.things == after.things and before.commands == after.commands
        else:
            raise ValueError(f"unknown expectation {key!r}")
        if not ok:
            failed.append(key)
    return Verdict(not failed, tuple(failed))
