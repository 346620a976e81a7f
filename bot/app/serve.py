"""Start the action server, the Rasa server, the reminder worker and the web app (wall
screens); keep them running; stop them together.

    python -m bot serve [--model models/velfaerd.tar.gz] [--port 5005] [--actions-port 5055]
                        [--web-port 5010]

Used by `make run`, the end-to-end tests and the benchmarks. Only subprocesses and
HTTP polling here: Rasa runs in its own processes.

In the production profile there are several of some kinds (bot.production.Replicas):
Rasa and the action server each run their Sanic workers on one listening socket, and
the reminder workers run side by side. Each process starts its own process group, so a
Sanic master's workers are stopped with it. A process that ends while the assistant
runs is started again (`supervise`), unless it keeps ending: then everything stops.
A Sanic worker killed on its own is not replaced (Sanic 21.12's master does not);
the others go on serving the same address (docs/deployment.md).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml

from bot.core.delivery import TOKEN_VARIABLE as DELIVERY_TOKEN
from bot.home.config import HomeConfigError, load_homes
from bot.home.settings import HomeSettings
from bot.production import Production, Replicas
from bot.seal import ACTIONS_TOKEN
from bot.settings import PROJECT_ROOT
from bot.web.settings import WebSettings

# Environment for Rasa processes: quiet logs, no telemetry, and TensorFlow without the
# oneDNN kernels, which saved 35 MB of resident memory with no loss of speed
# (bench/latency.py).
RASA_ENV = {
    "TF_ENABLE_ONEDNN_OPTS": "0",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "RASA_TELEMETRY_ENABLED": "false",
    "PYTHONWARNINGS": "ignore",
    # glibc's malloc keeps an arena per thread; TensorFlow's and Sanic's threads left Rasa
    # at about 1.47 GB after the latency bench's 500 turns (docs/benchmarks.md)
    "MALLOC_ARENA_MAX": "2",
}


def rasa_cli(
    *args: str, cwd: Path = PROJECT_ROOT, check: bool = False, timeout: float = 1800
) -> subprocess.CompletedProcess[str]:
    """Run the Rasa command line in this environment, quietly, and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "rasa", *args],
        cwd=cwd,
        env={**os.environ, **RASA_ENV},
        capture_output=True,
        text=True,
        check=check,
        timeout=timeout,
    )


log = logging.getLogger(__name__)

# A process that ends more often than this is not started again: something is wrong.
RESTART_LIMIT = 3
RESTART_WINDOW_S = 120.0
MIN_API_TOKEN_CHARS = 24
API_TOKEN_VARIABLE = "VELFAERD_RASA_API_TOKEN"
# VELFAERD_WYOMING=1: the Wyoming server for Home Assistant runs too (python -m bot
# wyoming, docs/home-assistant.md), as its own process: nothing of speech is loaded here.
WYOMING_VARIABLE = "VELFAERD_WYOMING"


class ServeError(RuntimeError):
    """A server did not come up, or keeps ending."""


@dataclass
class _Process:
    """One command the launcher keeps running: its name, and its latest process."""

    name: str
    cmd: list[str]
    log: Path | None
    popen: subprocess.Popen[bytes] | None = None
    restarts: list[float] = field(default_factory=list)


@dataclass
class Servers:
    model: Path
    port: int = 5005
    actions_port: int = 5055
    host: str = "127.0.0.1"
    web_port: int = 5010  # the wall screens (bot.web)
    project: Path = PROJECT_ROOT
    log_dir: Path | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    _procs: list[_Process] = field(default_factory=list, init=False)
    _env: dict[str, str] = field(default_factory=dict, init=False)
    replicas: Replicas = field(default_factory=Replicas, init=False)
    # The reminder worker's token for the delivery channel (bot/channels/delivery.py):
    # VELFAERD_DELIVERY_TOKEN if set (several machines share it), else new each start.
    delivery_token: str = field(default_factory=lambda: secrets.token_urlsafe(24), init=False)
    # Rasa's secret for the action server (actions/server.py): VELFAERD_ACTIONS_TOKEN
    # if set, else new each start.
    actions_token: str = field(default_factory=lambda: secrets.token_urlsafe(32), init=False)
    _tmp: tempfile.TemporaryDirectory[str] | None = field(default=None, init=False)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def web_url(self) -> str:
        return f"http://{self.host}:{self.web_port}"

    @property
    def webhook(self) -> str:
        return f"{self.url}/webhooks/rest/webhook"

    def commands(self, endpoints: Path) -> list[tuple[str, list[str]]]:
        """(name, command) of every process; the name also names its log file."""
        py = sys.executable
        reminders = [py, "-m", "bot", "worker", "--rasa-url", self.url]
        return [
            ("actions", [py, "-m", "actions.server", "--port", str(self.actions_port)]),
            ("rasa", [
                py, "-m", "bot.rasa_run", "run",
                "--model", str(self.model),
                "--endpoints", str(endpoints),
                "--credentials", str(self.project / "bot" / "credentials.yml"),
                "--interface", self.host,
                "--port", str(self.port),
                *self._api_options(),
            ]),
            *[("reminders", reminders) for _ in range(self.replicas.reminders)],
            ("web", [py, "-m", "bot", "web", "--host", self.host, "--port", str(self.web_port)]),
            *([("wyoming", [py, "-m", "bot", "wyoming"])] if self._wyoming else []),
        ]  # fmt: skip

    @property
    def _wyoming(self) -> bool:
        return self._env.get(WYOMING_VARIABLE, "").strip() == "1"

    def _api_options(self) -> list[str]:
        """Rasa's HTTP API: off, unless VELFAERD_RASA_API_TOKEN is set (then on, behind
        that token, which bot.rasa_run reads from the environment: never on the command
        line, where /proc/*/cmdline shows it to every user). Nothing of ours needs it."""
        token = self._env.get(API_TOKEN_VARIABLE, "").strip()
        if token and len(token) < MIN_API_TOKEN_CHARS:
            raise ServeError(f"{API_TOKEN_VARIABLE} needs {MIN_API_TOKEN_CHARS} characters")
        return ["--enable-api"] if token else []

    def start(self) -> Servers:
        if not self.model.exists():
            raise ServeError(f"no trained model at {self.model}; run `make train`")
        # SANIC_HOST: rasa-sdk has no interface option and listens on every interface.
        env = {**os.environ, **RASA_ENV, "SANIC_HOST": self.host, **self.env}
        given = env.get(DELIVERY_TOKEN, "").strip()
        if given:
            self.delivery_token = given
        env[DELIVERY_TOKEN] = self.delivery_token
        # The action server answers only Rasa: the token goes to both through the
        # environment, and into endpoints.yml as a reference Rasa resolves itself.
        given = env.get(ACTIONS_TOKEN, "").strip()
        if given and len(given) < MIN_API_TOKEN_CHARS:
            raise ServeError(f"{ACTIONS_TOKEN} needs {MIN_API_TOKEN_CHARS} characters")
        self.actions_token = given or self.actions_token
        env[ACTIONS_TOKEN] = self.actions_token
        action_url = f"http://{self.host}:{self.actions_port}/webhook"
        config: dict[str, Any] = {"action_endpoint": {"url": action_url}}
        production = Production.from_env(env)
        self.replicas = Replicas.from_env(env, production is not None)
        env.update(self.replicas.child_env())
        if production is not None:
            env.update(production.child_env(env))
            config = production.endpoints(action_url)
        config["action_endpoint"]["headers"] = {"Authorization": f"Bearer ${{{ACTIONS_TOKEN}}}"}
        if env.get(WYOMING_VARIABLE, "").strip() == "1":  # it talks to this assistant
            env.setdefault("VELFAERD_VOICE_ASSISTANT_URL", self.url)
        self._env = env
        self._tmp = tempfile.TemporaryDirectory(prefix="velfaerd-")
        endpoints = Path(self._tmp.name) / "endpoints.yml"
        endpoints.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        for name, cmd in self.commands(endpoints):
            out = None
            if self.log_dir is not None:
                self.log_dir.mkdir(parents=True, exist_ok=True)
                out = self.log_dir / f"{name}-{self.port}.log"
            process = _Process(name, cmd, out)
            self._launch(process)
            self._procs.append(process)
        return self

    def _launch(self, process: _Process) -> None:
        out = open(process.log, "ab") if process.log else None  # noqa: SIM115
        try:
            # A process group of its own: stop() reaches a Sanic master's workers too.
            process.popen = subprocess.Popen(
                process.cmd,
                cwd=self.project,
                env=self._env,
                stdout=out,
                stderr=out,
                start_new_session=True,
            )
        finally:
            if out is not None:
                out.close()  # the child has its own copy

    def supervise(self, now: float | None = None) -> list[str]:
        """Start again each process that has ended; the names of those started.
        Raises ServeError when one has ended RESTART_LIMIT times in RESTART_WINDOW_S."""
        now = time.monotonic() if now is None else now
        started = []
        for process in self._procs:
            assert process.popen is not None
            code = process.popen.poll()
            if code is None:
                continue
            _kill_group(process.popen)  # a dead Sanic master's workers hold its port
            process.restarts = [t for t in process.restarts if now - t < RESTART_WINDOW_S]
            if len(process.restarts) >= RESTART_LIMIT:
                raise ServeError(f"{process.name} keeps ending (exit code {code})")
            process.restarts.append(now)
            log.warning("%s ended (exit code %s); starting it again", process.name, code)
            self._launch(process)
            started.append(process.name)
        return started

    def processes(self, name: str) -> list[int]:
        """The pids of the running processes of one kind, a Sanic master's workers
        included (its children): what a fault test kills."""
        pids = []
        for process in self._procs:
            if process.name == name and process.popen and process.popen.poll() is None:
                pids.append(process.popen.pid)
                pids.extend(_children(process.popen.pid))
        return pids

    def wait_ready(self, timeout: float = 600.0) -> None:
        """Until every server answers: Rasa loads its model in about a minute on an idle
        2-core machine, several times that with both cores busy; a server that exits
        ends the wait at once."""
        deadline = time.monotonic() + timeout
        checks = [
            f"http://{self.host}:{self.actions_port}/health",
            f"{self.web_url}/health",
            f"{self.url}/webhooks/rest/",
        ]
        for url in checks:
            while True:
                if any(p.popen is None or p.popen.poll() is not None for p in self._procs):
                    raise ServeError(f"a server exited early while waiting for {url}")
                try:
                    with urllib.request.urlopen(url, timeout=2) as resp:
                        if resp.status == 200:
                            break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    pass
                if time.monotonic() > deadline:
                    raise ServeError(f"{url} did not answer within {timeout:.0f} s")
                time.sleep(0.5)

    def pids(self) -> list[int]:
        return [p.popen.pid for p in self._procs if p.popen is not None]

    def named_pids(self) -> dict[str, int]:
        """Each running process by its name ("rasa", "actions", …), for the benches."""
        return {p.name: p.popen.pid for p in self._procs if p.popen is not None}

    def stop(self) -> None:
        running = [p.popen for p in self._procs if p.popen is not None]
        for popen in running:
            if popen.poll() is None:
                popen.send_signal(signal.SIGINT)
        for popen in running:
            try:
                popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                popen.kill()
                popen.wait()
            _kill_group(popen)  # workers left behind by their master
        self._procs.clear()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> Servers:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot serve", description=__doc__)
    parser.add_argument("--model", type=Path, default=PROJECT_ROOT / "models" / "velfaerd.tar.gz")
    parser.add_argument("--port", type=int, default=5005)
    parser.add_argument("--actions-port", type=int, default=5055)
    parser.add_argument(
        "--web-port", type=int, help="wall screens (default VELFAERD_WEB_PORT, 5010)"
    )
    args = parser.parse_args(argv)
    web_port = args.web_port or WebSettings.from_env().port
    homes = HomeSettings.from_env().homes_dir
    if homes is not None:  # a broken home file stops the start, not a citizen's command
        try:
            load_homes(homes)
        except HomeConfigError as err:
            print(f"Stopper: {err} (docs/home.md)", file=sys.stderr, flush=True)
            raise SystemExit(2) from err
    servers = Servers(args.model, args.port, args.actions_port, web_port=web_port)
    # Stop everything on `kill` as on Ctrl-C; SIGINT explicitly too, because a process
    # started in the background by a non-interactive shell inherits it as ignored.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    with servers:
        servers.wait_ready()
        print(f"Velfærdsassistenten kører: {servers.webhook}  (Ctrl-C stopper)", flush=True)
        print(f"Webchat: {servers.url}/webhooks/chat/", flush=True)
        print(
            f"Vægskærme: {servers.web_url}/skaerm/...  "
            "(et link: python -m bot screens new --citizen ID)",
            flush=True,
        )
        try:
            while True:
                servers.supervise()
                time.sleep(1)
        except KeyboardInterrupt:
            pass
        except ServeError as err:
            print(f"Stopper: {err}", file=sys.stderr, flush=True)


def _kill_group(popen: subprocess.Popen[bytes]) -> None:
    """SIGKILL what is left of a process's group (it leads its own, start_new_session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(popen.pid, signal.SIGKILL)


def _children(pid: int) -> list[int]:
    """A process's children, from Linux's /proc (empty where there is none)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


def _interrupt(signum: int, frame: object) -> None:
    """The first SIGINT or SIGTERM stops everything; later ones are ignored so that the
    stopping finishes: make passes its own SIGTERM on to this process, and people press
    Ctrl-C twice. A second KeyboardInterrupt inside `Servers.__exit__` had left Rasa,
    the action server and the web server running on their ports."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise KeyboardInterrupt


if __name__ == "__main__":
    main()
