"""Small simulated devices on a real MQTT broker, answering as real ones do.

Zigbee2MQTT devices take JSON on `<base>/<name>/set` and publish their whole state,
retained, on `<base>/<name>` (as Zigbee2MQTT does with `retain: true`). Home
Assistant devices take their plain payloads and publish plain states, retained. A
device in `silent` takes commands and never answers (a dead battery); every command
received is kept in `received`, so a test can check that nothing came twice.

Run it by hand beside `make run` to try a home: python -m testkit.standin.home_devices
"""

from __future__ import annotations

import json
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from bot.home.config import Device, DeviceKind, HomeConfig, Protocol, load_home
from bot.home.protocol import z2m_topic

INITIAL: dict[DeviceKind, dict[str, Any]] = {
    DeviceKind.LIGHT: {"state": "OFF", "brightness": 254, "color_temp": 370},
    DeviceKind.THERMOSTAT: {"setpoint": 20.0, "local_temperature": 20.5},
    DeviceKind.COVER: {"position": 100, "state": "OPEN"},
    DeviceKind.LOCK: {"state": "LOCK", "lock_state": "locked"},
    DeviceKind.ALARM: {"state": "disarmed"},
    DeviceKind.SENSOR: {"temperature": 19.5, "humidity": 45},
}


@dataclass
class Received:
    topic: str
    payload: bytes
    at: float


@dataclass
class SimulatedHome:
    home: HomeConfig
    host: str = "127.0.0.1"
    port: int = 1883
    silent: set[str] = field(default_factory=set)  # device ids that never answer
    delay: float = 0.0  # seconds before a device answers
    jammed: set[str] = field(default_factory=set)  # locks that report not_fully_locked
    received: list[Received] = field(default_factory=list)
    states: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._client = mqtt.Client(
            CallbackAPIVersion.VERSION2, client_id=f"sim-{uuid.uuid4().hex[:8]}"
        )
        self._lock = threading.Lock()
        self._connected = threading.Event()
        self._routes: dict[str, tuple[Device, str]] = {}
        self._ready_topic = f"sim/{uuid.uuid4().hex}/ready"
        for device in self.home.devices:
            self.states[device.id] = dict(INITIAL[device.kind])
            for role, topic in self._command_topics(device).items():
                self._routes[topic] = (device, role)

    def _command_topics(self, device: Device) -> dict[str, str]:
        if device.protocol is Protocol.ZIGBEE2MQTT:
            return {"set": f"{z2m_topic(device, self.home.broker)}/set"}
        roles = ("command_topic", "set_position_topic", "temperature_command_topic")
        return {r: device.option(r) for r in roles if device.option(r)}

    def start(self) -> SimulatedHome:
        self._client.on_connect = self._on_connect
        self._client.on_subscribe = self._on_subscribe
        self._client.on_message = self._on_message
        self._client.message_callback_add(self._ready_topic, self._on_ready)
        self._client.connect(self.host, self.port)
        self._client.loop_start()
        if not self._connected.wait(5):
            raise RuntimeError("the simulated devices could not reach the broker")
        return self

    def stop(self, clear: bool = True) -> None:
        if clear:  # remove the retained states, so the next test starts clean
            for device in self.home.devices:
                for topic in self._state_topics(device):
                    self._client.publish(topic, b"", retain=True).wait_for_publish(2)
        self._client.disconnect()
        self._client.loop_stop()

    def set_state(self, device_id: str, **state: Any) -> None:
        """Change a device's state by hand (someone at the switch) and publish it."""
        device = next(d for d in self.home.devices if d.id == device_id)
        with self._lock:
            self.states[device_id].update(state)
        self._publish(device)

    def commands(self, device_id: str) -> list[Received]:
        with self._lock:
            return [r for r in self.received if self._routes[r.topic][0].id == device_id]

    def _on_connect(self, client: mqtt.Client, *_args: Any) -> None:
        client.subscribe([(t, 0) for t in [*self._routes, self._ready_topic]])

    def _on_subscribe(self, client: mqtt.Client, *_args: Any) -> None:
        # Ready only once subscribed and the states are out: a test's first command
        # must reach the devices, and no late initial state may look like an answer.
        for device in self.home.devices:
            self._publish(device)
        client.publish(self._ready_topic, b"1")

    def _on_ready(self, _c: mqtt.Client, _u: Any, message: mqtt.MQTTMessage) -> None:
        self._connected.set()

    def _on_message(self, _c: mqtt.Client, _u: Any, message: mqtt.MQTTMessage) -> None:
        route = self._routes.get(message.topic)
        if route is None:
            return
        device, role = route
        with self._lock:
            self.received.append(Received(message.topic, message.payload, time.monotonic()))
        if device.id in self.silent:
            return
        self._apply(device, role, message.payload)
        if self.delay:
            threading.Timer(self.delay, self._publish, (device,)).start()
        else:
            self._publish(device)

    def _apply(self, device: Device, role: str, payload: bytes) -> None:
        state = self.states[device.id]
        text = payload.decode("utf-8", "replace")
        if device.protocol is Protocol.ZIGBEE2MQTT or device.kind is DeviceKind.LIGHT:
            try:
                body = json.loads(text)
            except ValueError:
                return
            if not isinstance(body, dict):
                return
        else:
            body = {"value": text}
        kind = device.kind
        if kind is DeviceKind.LIGHT:
            if body.get("state") in ("ON", "OFF"):
                state["state"] = body["state"]
            for key in ("brightness", "color_temp"):
                if key in body:
                    state[key] = body[key]
        elif kind is DeviceKind.THERMOSTAT:
            if device.protocol is Protocol.ZIGBEE2MQTT:
                key = device.option("setpoint_key", "current_heating_setpoint")
                if key in body:
                    state["setpoint"] = float(body[key])
            else:
                state["setpoint"] = float(body["value"])
        elif kind is DeviceKind.COVER:
            word = body.get("state") or body.get("value")
            if role == "set_position_topic":
                state["position"] = int(float(body["value"]))
            elif "position" in body:
                state["position"] = int(body["position"])
            elif word in ("OPEN", "CLOSE"):
                state["position"] = 100 if word == "OPEN" else 0
            state["state"] = "OPEN" if state["position"] > 0 else "CLOSE"
        elif kind is DeviceKind.LOCK:
            word = body.get("state") or body.get("value")
            if word in ("LOCK", "UNLOCK"):
                state["state"] = word
                jam = device.id in self.jammed and word == "LOCK"
                state["lock_state"] = (
                    "not_fully_locked" if jam else "locked" if word == "LOCK" else "unlocked"
                )
        elif kind is DeviceKind.ALARM:
            word = body.get("value")
            state["state"] = {"ARM_AWAY": "armed_away", "DISARM": "disarmed"}.get(
                str(word), state["state"]
            )

    def _state_topics(self, device: Device) -> list[str]:
        if device.protocol is Protocol.ZIGBEE2MQTT:
            return [z2m_topic(device, self.home.broker)]
        names = (
            "state_topic",
            "position_topic",
            "temperature_state_topic",
            "current_temperature_topic",
        )
        return [device.option(n) for n in names if device.option(n)]

    def _publish(self, device: Device) -> None:
        state = self.states[device.id]
        client = self._client
        if device.protocol is Protocol.ZIGBEE2MQTT:
            body = dict(state)
            if device.kind is DeviceKind.THERMOSTAT:
                key = device.option("setpoint_key", "current_heating_setpoint")
                body = {key: state["setpoint"], "local_temperature": state["local_temperature"]}
            topic = z2m_topic(device, self.home.broker)
            client.publish(topic, json.dumps(body).encode(), retain=True)
            return
        kind = device.kind
        if kind is DeviceKind.LIGHT:
            client.publish(device.option("state_topic"), json.dumps(state).encode(), retain=True)
        elif kind is DeviceKind.THERMOSTAT:
            setpoint = f"{state['setpoint']:g}".encode()
            client.publish(device.option("temperature_state_topic"), setpoint, retain=True)
            if device.option("current_temperature_topic"):
                measured = f"{state['local_temperature']:g}".encode()
                client.publish(device.option("current_temperature_topic"), measured, retain=True)
        elif kind is DeviceKind.COVER:
            if device.option("position_topic"):
                text = str(state["position"]).encode()
                client.publish(device.option("position_topic"), text, retain=True)
            if device.option("state_topic"):
                word = b"open" if state["position"] > 0 else b"closed"
                client.publish(device.option("state_topic"), word, retain=True)
        elif kind is DeviceKind.LOCK:
            word = b"LOCKED" if state["state"] == "LOCK" else b"UNLOCKED"
            client.publish(device.option("state_topic"), word, retain=True)
        elif kind is DeviceKind.ALARM:
            client.publish(device.option("state_topic"), state["state"].encode(), retain=True)
        elif kind is DeviceKind.SENSOR:
            text = f"{state['temperature']:g}".encode()
            client.publish(device.option("state_topic"), text, retain=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0] if args else "data/home/eksempel.yml")
    config = load_home(path)
    home = SimulatedHome(config, host=config.broker.host, port=config.broker.port).start()
    print(f"simulated devices of {path} on the broker; Ctrl-C stops", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        home.stop(clear=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
