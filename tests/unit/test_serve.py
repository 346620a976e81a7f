"""The launcher's supervision (bot/app/serve.py): a process that ends is started again,
in a process group of its own; one that keeps ending stops everything."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from bot.app.serve import RESTART_LIMIT, RESTART_WINDOW_S, ServeError, Servers, _Process, main


def servers_running(*commands: tuple[str, list[str]]) -> Servers:
    servers = Servers(Path("no-model"))
    servers._env = dict(os.environ)
    for name, cmd in commands:
        process = _Process(name, cmd, None)
        servers._launch(process)
        servers._procs.append(process)
    return servers


SLEEP = [sys.executable, "-c", "import time; time.sleep(60)"]
# A parent with one child, like a Sanic master and its worker.
FAMILY = [
    sys.executable,
    "-c",
    "import subprocess, sys, time; "
    "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); time.sleep(60)",
]


def wait_for(condition: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead too: it only waits for its parent to read its exit code.
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def test_a_killed_process_is_started_again_and_the_others_are_left_alone() -> None:
    servers = servers_running(("reminders", SLEEP), ("web", SLEEP))
    try:
        [reminders] = servers.processes("reminders")
        [web] = servers.processes("web")
        os.kill(reminders, signal.SIGKILL)
        wait_for(lambda: servers._procs[0].popen.poll() is not None)
        assert servers.supervise() == ["reminders"]
        [again] = servers.processes("reminders")
        assert again != reminders and alive(again)
        assert servers.processes("web") == [web]
        assert servers.supervise() == []
    finally:
        servers.stop()
    wait_for(lambda: not alive(again) and not alive(web))


def test_a_masters_workers_are_stopped_with_it_even_when_it_was_killed() -> None:
    servers = servers_running(("rasa", FAMILY))
    try:
        wait_for(lambda: len(servers.processes("rasa")) == 2)
        master, worker = servers.processes("rasa")
        os.kill(master, signal.SIGKILL)  # its worker would keep holding the port
        wait_for(lambda: servers._procs[0].popen.poll() is not None)
        assert servers.supervise() == ["rasa"]
        wait_for(lambda: not alive(worker))
        wait_for(lambda: len(servers.processes("rasa")) == 2)
        new_master, new_worker = servers.processes("rasa")
    finally:
        servers.stop()
    wait_for(lambda: not alive(new_master) and not alive(new_worker))


def test_a_process_that_keeps_ending_stops_the_launcher() -> None:
    servers = servers_running(("actions", [sys.executable, "-c", "raise SystemExit(3)"]))
    try:
        now = 1000.0
        for n in range(RESTART_LIMIT):
            wait_for(lambda: servers._procs[0].popen.poll() is not None)
            assert servers.supervise(now + n) == ["actions"]
        wait_for(lambda: servers._procs[0].popen.poll() is not None)
        with pytest.raises(ServeError, match="actions keeps ending"):
            servers.supervise(now + RESTART_LIMIT)
        # Ending now and then, far apart, is not "keeps ending".
        assert servers.supervise(now + RESTART_WINDOW_S + RESTART_LIMIT) == ["actions"]
    finally:
        servers.stop()


def test_rasas_http_api_is_off_unless_given_a_long_enough_token() -> None:
    servers = Servers(Path("no-model"))
    servers._env = {}
    [rasa] = [cmd for name, cmd in servers.commands(Path("endpoints.yml")) if name == "rasa"]
    assert "--enable-api" not in rasa and "--auth-token" not in rasa
    token = "-" + "k" * 23  # one that argparse would take for an option
    servers._env = {"VELFAERD_RASA_API_TOKEN": token}
    assert servers._api_options() == ["--enable-api"]  # the token: bot.rasa_run
    servers._env = {"VELFAERD_RASA_API_TOKEN": "kort"}
    with pytest.raises(ServeError, match="24 characters"):
        servers._api_options()


def test_a_broken_home_file_stops_the_start_with_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hjem.yml").write_text("home: x\ncitizens: [a]\n", encoding="utf-8")
    monkeypatch.setenv("VELFAERD_HOMES_DIR", str(tmp_path))
    with pytest.raises(SystemExit) as stopped:
        main(["--model", str(tmp_path / "none.tar.gz")])
    assert stopped.value.code == 2
    assert "hjem.yml" in capsys.readouterr().err


def test_no_secret_is_put_on_a_command_line(tmp_path: Path) -> None:
    """Finding 9 of issue 19: /proc/*/cmdline is readable by every user."""
    from bot.rasa_run import arguments

    srv = Servers(tmp_path / "model.tar.gz")
    srv._env = {"VELFAERD_RASA_API_TOKEN": "a" * 30}
    commands = srv.commands(tmp_path / "endpoints.yml")
    flat = " ".join(" ".join(cmd) for _, cmd in commands)
    assert "a" * 30 not in flat and srv.actions_token not in flat
    assert "--enable-api" in flat and "--cors" not in flat
    assert "actions.server" in flat and "bot.rasa_run" in flat
    assert arguments(["run"], {"VELFAERD_RASA_API_TOKEN": "-tok" * 8}) == [
        "run",
        "--auth-token=" + "-tok" * 8,
    ]
    assert arguments(["run"], {}) == ["run"]


def test_the_wyoming_server_runs_too_only_when_asked() -> None:
    servers = Servers(Path("no-model"))
    servers._env = {}
    assert "wyoming" not in [name for name, _ in servers.commands(Path("endpoints.yml"))]
    servers._env = {"VELFAERD_WYOMING": "1"}
    [wyoming] = [cmd for name, cmd in servers.commands(Path("endpoints.yml")) if name == "wyoming"]
    assert wyoming[1:] == ["-m", "bot", "wyoming"]


def test_a_second_stop_signal_does_not_cut_the_stopping_short() -> None:
    """make passes its SIGTERM on to the launcher, and people press Ctrl-C twice: a second
    signal while stopping had raised inside the stopping and left the servers running."""
    script = (
        "import os, signal, time\n"
        "from bot.app import serve\n"
        "signal.signal(signal.SIGTERM, serve._interrupt)\n"
        "try:\n"
        "    print('ready', flush=True)\n"
        "    while True:\n"
        "        time.sleep(0.05)\n"
        "except KeyboardInterrupt:\n"
        "    os.kill(os.getpid(), signal.SIGTERM)  # the second signal, while stopping\n"
        "    time.sleep(0.2)\n"
        "    print('stopped', flush=True)\n"
    )
    import subprocess

    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert out.strip() == "stopped"
