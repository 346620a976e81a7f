"""The running assistant the integration and security tests talk to: one set of
servers for the whole test session (tests/conftest.py registers these fixtures)."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic.response import json as sanic_json

from bot.app.serve import Servers
from bot.home.config import load_home, pin_digest
from testkit.mqtt import PrivateBroker, example_home_data
from testkit.standin.home_devices import SimulatedHome
from testkit.support import ThreadedServer, free_port

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "velfaerd.tar.gz"
RASA_API_TOKEN = secrets.token_urlsafe(32)


@pytest.fixture(scope="session")
def reminders_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The servers' own reminder database, fresh for each test run."""
    return f"sqlite:///{tmp_path_factory.mktemp('reminders') / 'reminders.db'}"


@pytest.fixture(scope="session")
def plan_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The servers' own day plan database, fresh for each test run."""
    return f"sqlite:///{tmp_path_factory.mktemp('plan') / 'plan.db'}"


# The citizens whose conversations control the test home (testkit/mqtt.example_home).
HOME_CITIZENS = ["hjem-anna", "hjem-bent", "hjem-stemme"]
# A second home whose door opens by voice with a PIN (tests/security/test_spoken_pin.py).
PIN_CITIZEN = "hjem-pin"
PIN = "471100"
PIN_HOME = "pinhjem"


@pytest.fixture(scope="session")
def home_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateBroker]:
    """A Mosquitto of the servers' own: the example home's devices talk through it."""
    with PrivateBroker(tmp_path_factory.mktemp("mqtt")) as broker:
        yield broker


@pytest.fixture(scope="session")
def homes_dir(tmp_path_factory: pytest.TempPathFactory, home_broker: PrivateBroker) -> Path:
    folder = tmp_path_factory.mktemp("homes")
    data = example_home_data(home_broker.port, citizens=HOME_CITIZENS)
    (folder / "eksempel.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    salt = secrets.token_hex(16)
    safety = {
        "unlock_by_voice": True,
        "pin": {"salt": salt, "pbkdf2_sha256": pin_digest(PIN, salt, 10000), "iterations": 10000},
    }
    pin_home = example_home_data(home_broker.port, citizens=[PIN_CITIZEN], safety=safety)
    pin_home["home"] = PIN_HOME
    pin_home["broker"]["zigbee2mqtt_base"] = "pinhjem2mqtt"  # its own topics, same broker
    (folder / f"{PIN_HOME}.yml").write_text(
        yaml.safe_dump(pin_home, allow_unicode=True), encoding="utf-8"
    )
    return folder


@pytest.fixture
def home_devices(homes_dir: Path, home_broker: PrivateBroker) -> Iterator[SimulatedHome]:
    """The test home's devices, simulated on the servers' broker, fresh for each test."""
    sim = SimulatedHome(load_home(homes_dir / "eksempel.yml"), port=home_broker.port).start()
    yield sim
    sim.stop()


@pytest.fixture
def pin_home_devices(homes_dir: Path, home_broker: PrivateBroker) -> Iterator[SimulatedHome]:
    """The PIN home's devices, simulated on the servers' broker, fresh for each test."""
    sim = SimulatedHome(load_home(homes_dir / f"{PIN_HOME}.yml"), port=home_broker.port).start()
    yield sim
    sim.stop()


class Hook:
    """The municipality's system that the worker tells about emergencies (a stand-in)."""

    def __init__(self) -> None:
        self.got: list[dict[str, Any]] = []
        self.app = Sanic(f"hook_{uuid.uuid4().hex[:8]}")

        @self.app.post("/hook")
        async def hook(request: Request) -> HTTPResponse:
            self.got.append(request.json)
            return sanic_json({"ok": True})


@pytest.fixture(scope="session")
def emergency_hook() -> Iterator[tuple[Hook, str]]:
    hook = Hook()
    server = ThreadedServer(hook.app).start()
    yield hook, f"{server.url}/hook"
    server.stop()


@pytest.fixture(scope="session")
def safety_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('safety') / 'safety.db'}"


@pytest.fixture(scope="session")
def servers(
    reminders_db: str,
    plan_db: str,
    homes_dir: Path,
    safety_db: str,
    emergency_hook: tuple[Hook, str],
) -> Iterator[Servers]:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train` (make test does it)")
    srv = Servers(
        MODEL,
        port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        log_dir=ROOT / "var" / "log",
        env={
            "VELFAERD_REMINDERS_DB": reminders_db,
            "VELFAERD_PLAN_DB": plan_db,
            "VELFAERD_HOMES_DIR": str(homes_dir),
            "VELFAERD_SAFETY_DB": safety_db,
            # No roster: one home; the webhook's receiver is who can be told.
            "VELFAERD_EMERGENCY_WEBHOOK": emergency_hook[1],
            # Rasa's API on, behind a token (tests/security checks where it travels).
            "VELFAERD_RASA_API_TOKEN": RASA_API_TOKEN,
        },
    )
    with srv:
        srv.wait_ready()
        yield srv
