"""Logging for the project's own processes (the reminder worker, the web app)."""

from __future__ import annotations

import logging
import sys

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def start_logging(level: str) -> None:
    """Log lines at `level` ("info", "DEBUG", ...) and above to stderr, where bot.app.serve reads them."""
    logging.basicConfig(level=level.upper(), format=FORMAT, stream=sys.stderr)
