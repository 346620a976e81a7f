"""The old spelling of `python -m bot web` (bot/app/web.py), kept for one release."""

from __future__ import annotations

import sys

from bot.app.web import main

if __name__ == "__main__":
    sys.exit(main())
