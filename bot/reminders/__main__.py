"""The old spelling of `python -m bot worker` (bot/app/worker.py), kept for one release."""

from __future__ import annotations

import sys

from bot.app.worker import main

if __name__ == "__main__":
    sys.exit(main())
