"""python -m bot export: one citizen's adherence log as CSV for staff."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime

from bot.core.clock import COPENHAGEN, SystemClock
from bot.reminders.settings import ReminderSettings
from bot.reminders.store import ReminderStore


def main(argv: Sequence[str] | None = None) -> int:
    """python -m bot export --citizen ID [--since 2026-11-01] [--db URL]

    Writes one citizen's adherence log as CSV to standard output, for staff.
    """
    parser = argparse.ArgumentParser(prog="python -m bot export", description=main.__doc__)
    parser.add_argument("--citizen", required=True, help="the citizen's id (their sender id)")
    parser.add_argument("--since", type=datetime.fromisoformat, help="first day, e.g. 2026-11-01")
    parser.add_argument("--db", help="SQLAlchemy URL; default from VELFAERD_REMINDERS_DB")
    args = parser.parse_args(argv)
    since = args.since
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=COPENHAGEN)
    store = ReminderStore(args.db or ReminderSettings.from_env().db_url, SystemClock())
    try:
        store.create_schema()
        sys.stdout.write(store.export_csv(args.citizen, since))
    finally:
        store.dispose()
    return 0
