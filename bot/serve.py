"""The old spelling of `python -m bot serve` (bot/app/serve.py), kept for one release."""

from __future__ import annotations

import sys

from bot.app.serve import main

if __name__ == "__main__":
    main()
    sys.exit(0)
