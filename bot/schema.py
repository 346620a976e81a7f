"""The old spelling of `python -m bot schema` (bot/app/stores.py), kept for one release."""

from __future__ import annotations

import sys

from bot.app.stores import main

if __name__ == "__main__":
    sys.exit(main())
