"""Start the action server, the Rasa server, the reminder worker and the web app (wall
screens); stop them together.

    python -m bot.serve [--model models/velfaerd.tar.gz] [--port 5005] [--actions-port 5055]
                        [--web-port 5010]

Used by `make run`, the end-to-end tests and the benchmarks. Only subprocesses and
HTTP polling here: Rasa runs in its own processes.
"""

from __future__ import annotations

import argparse
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

import yaml

from bot.production import Production
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


_LOG_NAMES = [
    ("rasa_sdk", "actions"),
    ("bot.reminders", "reminders"),
    ("bot.web", "web"),
    ("rasa", "rasa"),
]


class ServeError(RuntimeError):
    """A server did not come up."""


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
    _procs: list[subprocess.Popen[bytes]] = field(default_factory=list, init=False)
    # Rasa's HTTP API is on only for the reminder worker (it sets the dose_id slot and
    # runs action_announce_reminder), behind a token made anew for each start.
    _token: str = field(default_factory=lambda: secrets.token_urlsafe(24), init=False)
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

    def commands(self, endpoints: Path) -> list[list[str]]:
        py = sys.executable
        return [
            [py, "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.actions_port)],
            [
                py, "-m", "rasa", "run",
                "--model", str(self.model),
                "--endpoints", str(endpoints),
                "--credentials", str(self.project / "bot" / "credentials.yml"),
                "--interface", self.host,
                "--port", str(self.port),
                "--cors", "*",
                "--enable-api", "--auth-token", self._token,
            ],
            [py, "-m", "bot.reminders", "--rasa-url", self.url],
            [py, "-m", "bot.web", "--host", self.host, "--port", str(self.web_port)],
        ]  # fmt: skip

    def start(self) -> Servers:
        if not self.model.exists():
            raise ServeError(f"no trained model at {self.model}; run `make train`")
        # SANIC_HOST: rasa-sdk has no interface option and listens on every interface.
        env = {
            **os.environ,
            **RASA_ENV,
            "SANIC_HOST": self.host,
            "VELFAERD_RASA_TOKEN": self._token,
            **self.env,
        }
        action_url = f"http://{self.host}:{self.actions_port}/webhook"
        config: dict[str, object] = {"action_endpoint": {"url": action_url}}
        production = Production.from_env(env)
        if production is not None:
            env.update(production.child_env(env))
            config = production.endpoints(action_url)
        self._tmp = tempfile.TemporaryDirectory(prefix="velfaerd-")
        endpoints = Path(self._tmp.name) / "endpoints.yml"
        endpoints.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        for cmd in self.commands(endpoints):
            out = None
            if self.log_dir is not None:
                self.log_dir.mkdir(parents=True, exist_ok=True)
                name = next(n for key, n in _LOG_NAMES if key in cmd)
                out = open(self.log_dir / f"{name}-{self.port}.log", "ab")  # noqa: SIM115
            self._procs.append(
                subprocess.Popen(cmd, cwd=self.project, env=env, stdout=out, stderr=out)
            )
        return self

    def wait_ready(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        checks = [
            f"http://{self.host}:{self.actions_port}/health",
            f"{self.web_url}/health",
            f"{self.url}/webhooks/rest/",
        ]
        for url in checks:
            while True:
                if any(p.poll() is not None for p in self._procs):
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
        return [p.pid for p in self._procs]

    def stop(self) -> None:
        for p in self._procs:
            if p.poll() is None:
                p.send_signal(signal.SIGINT)
        for p in self._procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
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
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=PROJECT_ROOT / "models" / "velfaerd.tar.gz")
    parser.add_argument("--port", type=int, default=5005)
    parser.add_argument("--actions-port", type=int, default=5055)
    parser.add_argument(
        "--web-port", type=int, help="wall screens (default VELFAERD_WEB_PORT, 5010)"
    )
    args = parser.parse_args(argv)
    web_port = args.web_port or WebSettings.from_env().port
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
            "(et link: python -m bot.web.screens new --citizen ID)",
            flush=True,
        )
        try:
            while all(p.poll() is None for p in servers._procs):
                time.sleep(1)
        except KeyboardInterrupt:
            pass


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    main()
