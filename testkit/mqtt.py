"""A real Mosquitto for tests, and the example home pointed at it.

Each PrivateBroker is Debian's Mosquitto on a free port of its own (`make mosquitto`
installs it where it is missing), so a test can stop and start its broker without
touching the machine's service on 1883 or another test's retained messages.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import yaml

from bot.home.config import HomeConfig, parse_config
from testkit.support import free_port

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_HOME = ROOT / "data" / "home" / "eksempel.yml"


def mosquitto() -> str:
    found = shutil.which("mosquitto") or (
        "/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None
    )
    if found is None:
        raise RuntimeError("Mosquitto is not installed: run `make mosquitto` (make test does it)")
    return found


class PrivateBroker:
    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.folder = folder
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> PrivateBroker:
        conf = self.folder / f"mosquitto-{self.port}.conf"
        conf.write_text(
            f"listener {self.port} 127.0.0.1\nallow_anonymous true\npersistence false\n"
        )
        log = (self.folder / f"mosquitto-{self.port}.log").open("ab")
        self._process = subprocess.Popen([mosquitto(), "-c", str(conf)], stdout=log, stderr=log)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                if self._process.poll() is not None:
                    raise RuntimeError(f"mosquitto exited: see {log.name}") from None
                time.sleep(0.05)
        raise RuntimeError(f"mosquitto did not listen on {self.port}")

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait(10)
            self._process = None

    def __enter__(self) -> PrivateBroker:
        return self.start()

    def __exit__(self, *_exc: Any) -> None:
        self.stop()


def example_home_data(
    port: int, citizens: list[str] | None = None, **changes: Any
) -> dict[str, Any]:
    """The example home's YAML as data, on the given broker port."""
    data = yaml.safe_load(EXAMPLE_HOME.read_text(encoding="utf-8"))
    data["broker"]["port"] = port
    data["broker"]["answer_seconds"] = 1.5
    if citizens is not None:
        data["citizens"] = citizens
    data.update(changes)
    return data


def example_home(port: int, **changes: Any) -> HomeConfig:
    return parse_config(example_home_data(port, **changes), "test home")
