"""One home's MQTT connection: the latest state of every device, and sending commands.

paho-mqtt runs the connection in its own thread and reconnects by itself; callers
wait on a condition for the state they expect. Commands are published with QoS 0 and
only while connected: paho keeps a QoS 1 message made while the connection is down
and sends it when it comes back, which could turn on a light an hour after the
citizen was told it could not be done. At most once, or not at all, and the citizen
is told which.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from bot.home.config import Device, HomeConfig
from bot.home.protocol import Message, State, read, state_topics

KEEPALIVE_SECONDS = 30


class HomeLink:
    def __init__(self, home: HomeConfig, env: Mapping[str, str] | None = None) -> None:
        self.home = home
        self._env = os.environ if env is None else env
        self._by_topic: dict[str, list[Device]] = {}
        for device in home.devices:
            for topic in state_topics(device, home.broker):
                self._by_topic.setdefault(topic, []).append(device)
        self._states: dict[str, State] = {d.id: {} for d in home.devices}
        self._updates: dict[str, int] = {d.id: 0 for d in home.devices}  # messages seen
        self._cond = threading.Condition()
        self._connected = False
        self._ready = False  # subscribed, and the retained states have arrived
        self._client: mqtt.Client | None = None
        self._ready_topic = f"velfaerd/{home.home}/{uuid.uuid4().hex}/ready"

    # -- connection -------------------------------------------------------------------

    def start(self) -> None:
        """Connect in the background; returns at once. Safe to call again."""
        if self._client is not None:
            return
        broker = self.home.broker
        client = mqtt.Client(
            CallbackAPIVersion.VERSION2,
            client_id=f"velfaerd-{self.home.home}-{uuid.uuid4().hex[:8]}",
            clean_session=True,
        )
        if broker.username:
            password = self._env.get(broker.password_env or "", None)
            client.username_pw_set(broker.username, password)
        if broker.tls:
            client.tls_set()
        client.reconnect_delay_set(min_delay=1, max_delay=30)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_message = self._on_message
        self._client = client
        client.connect_async(broker.host, broker.port, keepalive=KEEPALIVE_SECONDS)
        client.loop_start()

    def stop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.disconnect()
            client.loop_stop()
        with self._cond:
            self._connected = self._ready = False
            self._cond.notify_all()

    def wait_ready(self, timeout: float) -> bool:
        """Connected and holding the retained states (False if not within timeout)."""
        with self._cond:
            return self._cond.wait_for(lambda: self._ready, timeout)

    @property
    def connected(self) -> bool:
        with self._cond:
            return self._connected

    def _on_connect(self, client: mqtt.Client, _u: Any, _f: Any, reason: Any, _p: Any) -> None:
        if reason.is_failure:
            return
        topics = [(t, 0) for t in [*self._by_topic, self._ready_topic]]
        client.subscribe(topics)
        # Messages on one connection arrive in order: once this comes back, the
        # retained states of the topics subscribed above are in.
        client.publish(self._ready_topic, b"1", qos=0)
        with self._cond:
            self._connected = True
            self._cond.notify_all()

    def _on_disconnect(self, _c: mqtt.Client, _u: Any, _f: Any, _r: Any, _p: Any) -> None:
        with self._cond:
            self._connected = self._ready = False
            self._cond.notify_all()

    def _on_message(self, _c: mqtt.Client, _u: Any, message: mqtt.MQTTMessage) -> None:
        with self._cond:
            if message.topic == self._ready_topic:
                self._ready = True
            for device in self._by_topic.get(message.topic, ()):
                payload = bytes(message.payload)
                update = read(device, self.home.broker, message.topic, payload)
                self._states[device.id] = {**self._states[device.id], **update}
                self._updates[device.id] += 1
            self._cond.notify_all()

    # -- state and commands -------------------------------------------------------------

    def state(self, device_id: str) -> State:
        with self._cond:
            return dict(self._states[device_id])

    def updates(self, device_id: str) -> int:
        with self._cond:
            return self._updates[device_id]

    def send(self, messages: Sequence[Message]) -> bool:
        """Publish now, or not at all (False: the broker is not connected)."""
        client = self._client
        if client is None or not self.connected:
            return False
        for message in messages:
            info = client.publish(message.topic, message.payload, qos=0)
            if info.rc != mqtt.MQTT_ERR_SUCCESS:
                return False
        return True

    def wait(self, done: Callable[[], bool], timeout: float) -> bool:
        """Wait until done() (called with the state lock held) or the timeout."""
        with self._cond:
            return self._cond.wait_for(done, timeout)

    def state_unlocked(self, device_id: str) -> State:
        """The state for a done() callback of wait(), which already holds the lock."""
        return self._states[device_id]

    def updates_unlocked(self, device_id: str) -> int:
        return self._updates[device_id]
