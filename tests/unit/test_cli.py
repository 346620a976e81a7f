"""python -m bot COMMAND: the one command line (bot/app/cli.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import cli

ROOT = Path(__file__).resolve().parents[2]


def test_every_command_is_listed_with_what_it_does(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("serve", "worker", "web", "schema", "export", "screens", "access", "privacy"):
        assert f"  {name} " in out


def test_no_command_or_an_unknown_one_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert "usage: python -m bot COMMAND" in capsys.readouterr().err
    assert cli.main(["slet-alt"]) == 2
    assert "unknown command 'slet-alt'" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_each_command_reaches_its_own_options(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main([name, "--help"])
    assert done.value.code == 0
    assert f"python -m bot {name}" in capsys.readouterr().out


def test_the_arguments_go_to_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.yml"
    roster.write_text("citizens: [\n", encoding="utf-8")  # broken YAML
    assert cli.main(["access", "check", str(roster)]) == 1


def test_python_dash_m_bot_runs_it() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--help"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0 and "screens" in done.stdout
