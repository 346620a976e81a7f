"""python -m bot COMMAND: the assistant's one command line (bot/app/cli.py)."""

from __future__ import annotations

from bot.app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
