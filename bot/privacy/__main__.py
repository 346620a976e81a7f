"""The old spelling of `python -m bot privacy` (bot/app/privacy.py), kept for one release."""

from __future__ import annotations

import sys

from bot.app.privacy import main

if __name__ == "__main__":
    sys.exit(main())
