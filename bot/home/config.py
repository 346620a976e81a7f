"""A home's configuration: broker, rooms, devices, their Danish names, and safety.

One YAML file per home (documented in docs/home.md, example in data/home/). It is
checked against schema.json and then for what a schema cannot say: every device's
room exists, no two rooms or devices share a name, each device's protocol gives the
topics its type needs, and a PIN is set if unlocking by voice is on.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from bot.core.text import fold

SCHEMA_PATH = Path(__file__).with_name("schema.json")
DEFAULT_PORT = 1883
DEFAULT_Z2M_BASE = "zigbee2mqtt"
DEFAULT_ANSWER_SECONDS = 3.0
# Zigbee2MQTT thermostats name their set point differently; most use this one.
DEFAULT_SETPOINT_KEY = "current_heating_setpoint"
DEFAULT_LIMITS = {"thermostat": (5.0, 28.0)}
_KEY_CHARS = re.compile(r"[a-z0-9]+")


class HomeConfigError(ValueError):
    """The home's file is missing, invalid or inconsistent; the message says where."""


class DeviceKind(str, Enum):
    LIGHT = "light"
    THERMOSTAT = "thermostat"
    COVER = "cover"
    LOCK = "lock"
    ALARM = "alarm"
    SENSOR = "sensor"  # a temperature sensor: asked, never commanded


class Protocol(str, Enum):
    ZIGBEE2MQTT = "zigbee2mqtt"
    HOMEASSISTANT = "homeassistant"


@dataclass(frozen=True)
class Broker:
    host: str
    port: int = DEFAULT_PORT
    username: str | None = None
    password_env: str | None = None  # the password is read from this variable, never the file
    tls: bool = False
    zigbee2mqtt_base: str = DEFAULT_Z2M_BASE
    answer_seconds: float = DEFAULT_ANSWER_SECONDS  # how long a device has to confirm


@dataclass(frozen=True)
class Room:
    id: str
    names: tuple[str, ...]  # the first is how the assistant says it: "stuen"

    @property
    def said(self) -> str:
        return self.names[0]


@dataclass(frozen=True)
class Device:
    id: str
    kind: DeviceKind
    room: str
    names: tuple[str, ...]  # the first is how the assistant says it: "loftslampen"
    protocol: Protocol
    features: frozenset[str]
    options: tuple[tuple[str, Any], ...]  # the protocol's own settings (topics, keys)
    low: float | None = None  # thermostats: the lowest and highest set point allowed
    high: float | None = None

    @property
    def said(self) -> str:
        return self.names[0]

    def option(self, name: str, default: Any = None) -> Any:
        return dict(self.options).get(name, default)


@dataclass(frozen=True)
class Pin:
    salt: str
    digest: str
    iterations: int

    def matches(self, pin: str) -> bool:
        got = pin_digest(pin, self.salt, self.iterations)
        return hmac.compare_digest(got, self.digest)


def name_key(name: str) -> str:
    """How names are compared: folded, without spaces ("Sove værelset" = "soveværelset")."""
    return "".join(_KEY_CHARS.findall(fold(name)))


def pin_digest(pin: str, salt: str, iterations: int) -> str:
    raw = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), iterations)
    return raw.hex()


@dataclass(frozen=True)
class Safety:
    unlock_by_voice: bool = False
    pin: Pin | None = None


@dataclass(frozen=True)
class HomeConfig:
    home: str
    citizens: tuple[str, ...]
    broker: Broker
    rooms: tuple[Room, ...]
    devices: tuple[Device, ...]
    speakers: tuple[tuple[str, str], ...] = ()  # (speaker id, room id)
    safety: Safety = Safety()

    def room(self, room_id: str) -> Room:
        return next(r for r in self.rooms if r.id == room_id)

    def speaker_room(self, speaker: str | None) -> str | None:
        return dict(self.speakers).get(speaker or "")


# Topics each type needs from a Home Assistant device (Zigbee2MQTT derives them all).
_HA_NEEDS = {
    DeviceKind.LIGHT: ("command_topic", "state_topic"),
    DeviceKind.THERMOSTAT: ("temperature_command_topic", "temperature_state_topic"),
    DeviceKind.COVER: ("command_topic",),
    DeviceKind.LOCK: ("command_topic", "state_topic"),
    DeviceKind.ALARM: ("command_topic", "state_topic"),
    DeviceKind.SENSOR: ("state_topic",),
}


def parse_config(data: Any, where: str = "home") -> HomeConfig:
    """A HomeConfig from the parsed YAML, or HomeConfigError naming the first problem."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError as err:
        path = "/".join(str(p) for p in err.absolute_path) or "(top)"
        raise HomeConfigError(f"{where}: {path}: {err.message}") from err
    rooms = tuple(Room(r["id"], tuple(r["names"])) for r in data["rooms"])
    _unique(where, "room id", [r.id for r in rooms])
    _unique(where, "room name", [name_key(n) for r in rooms for n in r.names])
    room_ids = {r.id for r in rooms}
    devices = tuple(_device(where, raw, room_ids) for raw in data["devices"])
    _unique(where, "device id", [d.id for d in devices])
    _unique(where, "device name", [name_key(n) for d in devices for n in d.names])
    speakers = tuple((str(k), str(v)) for k, v in (data.get("speakers") or {}).items())
    for speaker, room in speakers:
        if room not in room_ids:
            raise HomeConfigError(f"{where}: speakers/{speaker}: no room {room!r}")
    raw_broker = data["broker"]
    broker = Broker(
        host=raw_broker["host"],
        port=raw_broker.get("port", DEFAULT_PORT),
        username=raw_broker.get("username"),
        password_env=raw_broker.get("password_env"),
        tls=raw_broker.get("tls", False),
        zigbee2mqtt_base=raw_broker.get("zigbee2mqtt_base", DEFAULT_Z2M_BASE).rstrip("/"),
        answer_seconds=float(raw_broker.get("answer_seconds", DEFAULT_ANSWER_SECONDS)),
    )
    return HomeConfig(
        home=data["home"],
        citizens=tuple(data["citizens"]),
        broker=broker,
        rooms=rooms,
        devices=devices,
        speakers=speakers,
        safety=_safety(where, data.get("safety") or {}),
    )


def load_home(path: Path) -> HomeConfig:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise HomeConfigError(f"{path}: cannot read: {err.strerror}") from err
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise HomeConfigError(f"{path}: not YAML: {err}") from err
    return parse_config(data, str(path))


def load_homes(directory: Path) -> tuple[HomeConfig, ...]:
    """Every *.yml in the directory; a citizen may belong to one home only."""
    if not directory.is_dir():
        raise HomeConfigError(f"{directory}: not a directory")
    homes = tuple(load_home(p) for p in sorted(directory.glob("*.yml")))
    _unique(str(directory), "home", [h.home for h in homes])
    _unique(str(directory), "citizen", [c for h in homes for c in h.citizens])
    return homes


def _unique(where: str, what: str, values: list[str]) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise HomeConfigError(f"{where}: {what} {value!r} is used twice")
        seen.add(value)


def _device(where: str, raw: dict[str, Any], room_ids: set[str]) -> Device:
    name = f"{where}: devices/{raw['id']}"
    kind = DeviceKind(raw["type"])
    if raw["room"] not in room_ids:
        raise HomeConfigError(f"{name}: no room {raw['room']!r}")
    protocol = Protocol.ZIGBEE2MQTT if "zigbee2mqtt" in raw else Protocol.HOMEASSISTANT
    options = dict(raw[protocol.value])
    if kind is DeviceKind.ALARM and protocol is Protocol.ZIGBEE2MQTT:
        raise HomeConfigError(f"{name}: an alarm panel follows Home Assistant's conventions")
    if protocol is Protocol.HOMEASSISTANT:
        missing = [t for t in _HA_NEEDS[kind] if t not in options]
        if missing:
            raise HomeConfigError(f"{name}: a {kind.value} needs {', '.join(missing)}")
    features = frozenset(raw.get("features", ()))
    if features and kind is not DeviceKind.LIGHT:
        raise HomeConfigError(f"{name}: only lights have features")
    low, high = raw.get("min"), raw.get("max")
    if kind.value in DEFAULT_LIMITS:
        default_low, default_high = DEFAULT_LIMITS[kind.value]
        low = default_low if low is None else low
        high = default_high if high is None else high
        if low >= high:
            raise HomeConfigError(f"{name}: min must be below max")
    elif low is not None or high is not None:
        raise HomeConfigError(f"{name}: only thermostats have min and max")
    return Device(
        id=raw["id"],
        kind=kind,
        room=raw["room"],
        names=tuple(raw["names"]),
        protocol=protocol,
        features=features,
        options=tuple(sorted(options.items())),
        low=low,
        high=high,
    )


def _safety(where: str, raw: dict[str, Any]) -> Safety:
    pin = raw.get("pin")
    unlock = bool(raw.get("unlock_by_voice", False))
    if unlock and not pin:
        raise HomeConfigError(f"{where}: safety: unlock_by_voice needs a pin")
    return Safety(
        unlock_by_voice=unlock,
        pin=Pin(pin["salt"], pin["pbkdf2_sha256"], pin["iterations"]) if pin else None,
    )
