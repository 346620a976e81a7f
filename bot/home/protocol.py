"""MQTT messages for a command, and a device's state from what it publishes.

Two conventions, chosen per device in the home's file:

- Zigbee2MQTT: commands are JSON on `<base>/<friendly_name>/set`, e.g.
  {"state": "ON", "brightness": 77}; the device's whole state is JSON on
  `<base>/<friendly_name>` (retained when the device is set to retain).
- Home Assistant's MQTT integration: the topics are the home's own (command_topic,
  state_topic, ...). Lights use its JSON schema (the same JSON as Zigbee2MQTT, with
  brightness on `brightness_scale`); covers, thermostats, locks and alarm panels use
  its plain payloads ("OPEN", "22", "LOCK", "ARM_AWAY"; states "open", "LOCKED",
  "armed_away").

Every state is read into one plain form (`State`) so the rest of the code does not
care which convention a device follows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.home.config import DEFAULT_SETPOINT_KEY, Broker, Device, DeviceKind, Protocol
from bot.home.parse import Action

Z2M_BRIGHTNESS_MAX = 254
HA_BRIGHTNESS_MAX = 255
WARM_MIRED = 454  # about 2 200 K: the yellow light of an old bulb
COLD_MIRED = 250  # 4 000 K: cool white
STEP_PERCENT = 25  # "skru op/ned for lyset"
STEP_DEGREES = 1.0  # "skru op/ned for varmen"
MAX_PAYLOAD = 64 * 1024  # a state larger than this is not a device's; ignored

# The plain state: keys are those below, each present only when the device said so.
#   on: bool, brightness: int percent, color_temp: int mired, setpoint: float,
#   temperature: float (measured), position: int percent open, moving: str,
#   locked: bool, jammed: bool, alarm: str ("disarmed", "armed_away", "triggered", ...)
State = dict[str, Any]


@dataclass(frozen=True)
class Message:
    topic: str
    payload: bytes


def z2m_topic(device: Device, broker: Broker) -> str:
    return f"{broker.zigbee2mqtt_base}/{device.option('friendly_name')}"


def state_topics(device: Device, broker: Broker) -> tuple[str, ...]:
    if device.protocol is Protocol.ZIGBEE2MQTT:
        return (z2m_topic(device, broker),)
    names = (
        "state_topic",
        "position_topic",
        "temperature_state_topic",
        "current_temperature_topic",
    )
    return tuple(t for t in (device.option(n) for n in names) if t)


def _json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode()


def _scale(device: Device) -> int:
    if device.protocol is Protocol.ZIGBEE2MQTT:
        return Z2M_BRIGHTNESS_MAX
    return int(device.option("brightness_scale", HA_BRIGHTNESS_MAX))


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def target(device: Device, action: Action, value: float | None, state: State) -> State:
    """What the device's state should show once the command is done."""
    if action is Action.ON:
        return {"on": True}
    if action is Action.OFF:
        return {"on": False}
    if action in (Action.BRIGHTNESS, Action.BRIGHTER, Action.DIMMER):
        if action is Action.BRIGHTNESS:
            percent = value if value is not None else 100
        else:
            now = state.get("brightness", 100 if state.get("on") else 0)
            step = STEP_PERCENT if action is Action.BRIGHTER else -STEP_PERCENT
            # Dimming never turns the light off: the lowest step is 5 %.
            percent = clamp(now + step, 5, 100)
        percent = int(round(clamp(percent, 0, 100)))
        if percent == 0:
            return {"on": False}
        # a light that only switches: on is all it can show (set 6: "30 procent" sent to
        # one was never confirmed, as no brightness ever came back)
        return (
            {"on": True, "brightness": percent} if "brightness" in device.features else {"on": True}
        )
    if action in (Action.WARM_LIGHT, Action.COLD_LIGHT):
        return {"on": True, "color_temp": WARM_MIRED if action is Action.WARM_LIGHT else COLD_MIRED}
    if action in (Action.SET_TEMPERATURE, Action.WARMER, Action.COLDER):
        low, high = device.low or 5.0, device.high or 28.0
        if action is Action.SET_TEMPERATURE:
            degrees = value if value is not None else high
        else:
            now = state.get("setpoint", 20.0)
            degrees = now + (STEP_DEGREES if action is Action.WARMER else -STEP_DEGREES)
        return {"setpoint": round(clamp(degrees, low, high) * 2) / 2}  # half degrees
    if action is Action.OPEN:
        return {"position": 100}
    if action is Action.CLOSE:
        return {"position": 0}
    if action is Action.POSITION:
        return {"position": int(round(clamp(value or 0, 0, 100)))}
    if action is Action.STOP:
        return {}
    if action in (Action.LOCK, Action.UNLOCK):
        return {"locked": action is Action.LOCK}
    if action in (Action.ARM, Action.DISARM):
        return {"alarm": "armed_away" if action is Action.ARM else "disarmed"}
    raise ValueError(f"not a command: {action}")


def messages(device: Device, broker: Broker, goal: State, action: Action) -> list[Message]:
    """The MQTT messages that bring the device to `goal`."""
    if device.protocol is Protocol.ZIGBEE2MQTT:
        return [Message(f"{z2m_topic(device, broker)}/set", _json(_z2m_body(device, goal, action)))]
    return _ha_messages(device, goal, action)


def _light_body(device: Device, goal: State) -> dict[str, Any]:
    body: dict[str, Any] = {"state": "ON" if goal["on"] else "OFF"}
    if "brightness" in goal and "brightness" in device.features:
        body["brightness"] = round(goal["brightness"] / 100 * _scale(device))
    if "color_temp" in goal and "color_temp" in device.features:
        body["color_temp"] = goal["color_temp"]
    return body


def _z2m_body(device: Device, goal: State, action: Action) -> dict[str, Any]:
    if device.kind is DeviceKind.LIGHT:
        return _light_body(device, goal)
    if device.kind is DeviceKind.THERMOSTAT:
        return {device.option("setpoint_key", DEFAULT_SETPOINT_KEY): goal["setpoint"]}
    if device.kind is DeviceKind.COVER:
        if action is Action.STOP:
            return {"state": "STOP"}
        if action in (Action.OPEN, Action.CLOSE):
            return {"state": "OPEN" if action is Action.OPEN else "CLOSE"}
        return {"position": goal["position"]}
    if device.kind is DeviceKind.LOCK:
        return {"state": "LOCK" if goal["locked"] else "UNLOCK"}
    if device.kind is DeviceKind.ALARM:
        return {"state": "ARM_AWAY" if goal["alarm"] == "armed_away" else "DISARM"}
    raise ValueError(f"{device.id}: a {device.kind.value} takes no commands")


def _ha_messages(device: Device, goal: State, action: Action) -> list[Message]:
    if device.kind is DeviceKind.LIGHT:
        return [Message(device.option("command_topic"), _json(_light_body(device, goal)))]
    if device.kind is DeviceKind.THERMOSTAT:
        text = f"{goal['setpoint']:g}"
        return [Message(device.option("temperature_command_topic"), text.encode())]
    if device.kind is DeviceKind.COVER:
        if action is Action.POSITION and device.option("set_position_topic"):
            text = str(goal["position"])
            return [Message(device.option("set_position_topic"), text.encode())]
        word = {Action.OPEN: "OPEN", Action.CLOSE: "CLOSE", Action.STOP: "STOP"}.get(action)
        if word is None:  # a position, but the cover only opens and closes
            word = "OPEN" if goal["position"] >= 50 else "CLOSE"
        return [Message(device.option("command_topic"), word.encode())]
    if device.kind is DeviceKind.LOCK:
        return [Message(device.option("command_topic"), b"LOCK" if goal["locked"] else b"UNLOCK")]
    if device.kind is DeviceKind.ALARM:
        arm = goal["alarm"] == "armed_away"
        return [Message(device.option("command_topic"), b"ARM_AWAY" if arm else b"DISARM")]
    raise ValueError(f"{device.id}: a {device.kind.value} takes no commands")


def reached(goal: State, state: State) -> bool:
    """Whether the device's state shows the goal (a little slack for rounding)."""
    for key, want in goal.items():
        have = state.get(key)
        if have is None:
            return False
        if key in ("brightness", "position", "setpoint"):
            if abs(float(have) - float(want)) > (0.6 if key == "setpoint" else 2):
                return False
        elif key == "color_temp":
            if abs(int(have) - int(want)) > 15:
                return False
        elif have != want:
            return False
    return True


def read(device: Device, broker: Broker, topic: str, payload: bytes) -> State:
    """What one message on a state topic says, in the plain form; {} if nothing usable."""
    if len(payload) > MAX_PAYLOAD:
        return {}
    try:
        text = payload.decode("utf-8").strip()
    except UnicodeDecodeError:
        return {}
    if device.protocol is Protocol.ZIGBEE2MQTT:
        return _from_json(device, _parse_json(text), _scale(device))
    if device.kind is DeviceKind.LIGHT or (
        device.kind is DeviceKind.SENSOR and device.option("value_key")
    ):
        return _from_json(device, _parse_json(text), _scale(device))
    return _from_ha_plain(device, topic, text)


def _parse_json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if -1000 < number < 100000 else None


def _from_json(device: Device, data: dict[str, Any], scale: int) -> State:
    state: State = {}
    kind = device.kind
    if kind is DeviceKind.LIGHT:
        if data.get("state") in ("ON", "OFF"):
            state["on"] = data["state"] == "ON"
        brightness = _number(data.get("brightness"))
        if brightness is not None:
            state["brightness"] = int(round(clamp(brightness / scale * 100, 0, 100)))
        mired = _number(data.get("color_temp"))
        if mired is not None:
            state["color_temp"] = int(mired)
    elif kind is DeviceKind.THERMOSTAT:
        setpoint = _number(data.get(device.option("setpoint_key", DEFAULT_SETPOINT_KEY)))
        if setpoint is not None:
            state["setpoint"] = setpoint
        measured = _number(data.get("local_temperature"))
        if measured is not None:
            state["temperature"] = measured
    elif kind is DeviceKind.COVER:
        position = _number(data.get("position"))
        if position is not None:
            state["position"] = int(clamp(position, 0, 100))
        moving = data.get("moving")
        if isinstance(moving, str):
            state["moving"] = moving.lower()
    elif kind is DeviceKind.LOCK:
        lock_state = data.get("lock_state")
        if lock_state in ("locked", "unlocked"):
            state.update(locked=lock_state == "locked", jammed=False)
        elif lock_state == "not_fully_locked":  # the bolt did not go all the way
            state.update(locked=False, jammed=True)
        elif data.get("state") in ("LOCK", "UNLOCK"):
            state.update(locked=data["state"] == "LOCK", jammed=False)
    elif kind is DeviceKind.SENSOR:
        measured = _number(data.get(device.option("value_key", "temperature")))
        if measured is not None:
            state["temperature"] = measured
    return state


_HA_COVER = {"open": 100, "closed": 0}
_HA_ALARM = {
    "disarmed", "armed_home", "armed_away", "armed_night", "armed_vacation",
    "armed_custom_bypass", "pending", "arming", "disarming", "triggered",
}  # fmt: skip


def _from_ha_plain(device: Device, topic: str, text: str) -> State:
    kind = device.kind
    if kind is DeviceKind.THERMOSTAT:
        number = _number(text)
        if number is None:
            return {}
        if topic == device.option("current_temperature_topic"):
            return {"temperature": number}
        return {"setpoint": number}
    if kind is DeviceKind.COVER:
        if topic == device.option("position_topic"):
            number = _number(text)
            return {} if number is None else {"position": int(clamp(number, 0, 100))}
        word = text.lower()
        if word in _HA_COVER:
            return {"position": _HA_COVER[word]}
        return {"moving": word} if word in ("opening", "closing", "stopped") else {}
    if kind is DeviceKind.LOCK:
        word = text.upper()
        if word in ("LOCKED", "UNLOCKED"):
            return {"locked": word == "LOCKED", "jammed": False}
        return {"locked": False, "jammed": True} if word == "JAMMED" else {}
    if kind is DeviceKind.ALARM:
        word = text.lower()
        return {"alarm": word} if word in _HA_ALARM else {}
    if kind is DeviceKind.SENSOR:
        number = _number(text)
        return {} if number is None else {"temperature": number}
    return {}
