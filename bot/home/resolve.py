"""Which devices a command means, or the question to ask, or why it cannot be done.

Rules, in the order they apply:
- Devices named by their own names ("loftslampen") are the ones meant.
- Otherwise the type of device in the rooms named; with no room named, the room of
  the speaker that heard it; "alt lyset" or "i hele huset" without a room: the home.
- "lyset", "varmen", "gardinerne" (a mass noun or a plural) mean every such device
  in the room; "lampen", "rullegardinet" (one thing) ask which when there are several.
- With no room named and no speaker room known, a home with one such device uses it;
  otherwise the citizen is asked which room.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.home.config import Device, DeviceKind, HomeConfig
from bot.home.parse import QUESTIONS, Action, Amount, HomeCommand

# What each type of device can be asked to do.
CAN: dict[DeviceKind, tuple[Action, ...]] = {
    DeviceKind.LIGHT: (
        Action.ON,
        Action.OFF,
        Action.BRIGHTNESS,
        Action.BRIGHTER,
        Action.DIMMER,
        Action.WARM_LIGHT,
        Action.COLD_LIGHT,
        *QUESTIONS,
    ),
    DeviceKind.THERMOSTAT: (Action.SET_TEMPERATURE, Action.WARMER, Action.COLDER, *QUESTIONS),
    DeviceKind.COVER: (Action.OPEN, Action.CLOSE, Action.STOP, Action.POSITION, *QUESTIONS),
    DeviceKind.LOCK: (Action.LOCK, Action.UNLOCK, *QUESTIONS),
    DeviceKind.ALARM: (Action.ARM, Action.DISARM, *QUESTIONS),
    DeviceKind.SENSOR: (Action.ASK_TEMPERATURE, Action.ASK_STATE),
}
# A temperature question is answered by sensors and thermostats alike.
_TEMPERATURE_KINDS = (DeviceKind.SENSOR, DeviceKind.THERMOSTAT)


@dataclass(frozen=True)
class Targets:
    devices: tuple[Device, ...]


@dataclass(frozen=True)
class Choose:
    """Several devices fit and the words meant one: ask which (devices), or which room."""

    devices: tuple[Device, ...] = ()
    rooms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    code: str  # unknown_place, unknown_thing, unclear, none_here, cannot, no_devices
    words: str | None = None
    kind: DeviceKind | None = None
    rooms: tuple[str, ...] = ()


Resolution = Targets | Choose | Problem


def resolve(command: HomeCommand, home: HomeConfig, speaker_room: str | None) -> Resolution:
    if command.unknown_thing and not command.devices:
        return Problem("unknown_thing", words=command.unknown_thing)
    if command.action is None:
        return Problem("unclear", kind=command.kind)
    if command.devices:
        named = tuple(d for d in home.devices if d.id in command.devices)
        if not all(command.action in CAN[d.kind] for d in named):
            return Problem("cannot", kind=named[0].kind)
        return Targets(named)
    if command.unknown_place:
        return Problem("unknown_place", words=command.unknown_place, kind=command.kind)
    kinds = _kinds(command)
    of_kind = [d for d in home.devices if d.kind in kinds]
    if not of_kind:
        return Problem("no_devices", kind=command.kind)
    rooms = command.rooms
    if not rooms and not command.whole_home and command.action is not Action.ASK_WHICH_ON:
        if speaker_room and any(d.room == speaker_room for d in of_kind):
            rooms = (speaker_room,)
        elif len({d.room for d in of_kind}) > 1 and command.kind not in (
            DeviceKind.LOCK,
            DeviceKind.ALARM,
        ):
            if speaker_room:  # the speaker's room has none: say so rather than guess
                return Problem("none_here", kind=command.kind, rooms=(speaker_room,))
            return Choose(rooms=tuple(dict.fromkeys(d.room for d in of_kind)))
    found = tuple(d for d in of_kind if not rooms or d.room in rooms)
    if not found:
        return Problem("none_here", kind=command.kind, rooms=rooms)
    if command.action is Action.ASK_TEMPERATURE:
        sensors = tuple(d for d in found if d.kind is DeviceKind.SENSOR)
        return Targets(sensors + tuple(d for d in found if d.kind is not DeviceKind.SENSOR))
    if command.amount is Amount.ONE and len(found) > 1 and command.action not in QUESTIONS:
        return Choose(devices=found)
    if command.action not in CAN[found[0].kind]:
        return Problem("cannot", kind=found[0].kind)
    return Targets(found)


def _kinds(command: HomeCommand) -> tuple[DeviceKind, ...]:
    if command.action is Action.ASK_TEMPERATURE:
        return _TEMPERATURE_KINDS
    return (command.kind,) if command.kind else ()
