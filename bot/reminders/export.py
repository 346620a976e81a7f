"""The adherence log as CSV for staff: one row per dose, times readable and unambiguous."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime

from bot.core.clock import COPENHAGEN
from bot.reminders.model import AdherenceEntry

COLUMNS = ["citizen", "reminder", "medicine", "due", "outcome", "answered_at"]
# A cell starting with one of these is a formula to Excel (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def danish_time(when: datetime | None) -> str:
    """'2026-10-25 08:00+01:00': ISO 8601, local time first, offset kept for DST nights."""
    if when is None:
        return ""
    return when.astimezone(COPENHAGEN).isoformat(sep=" ", timespec="minutes")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def adherence_csv(entries: Sequence[AdherenceEntry]) -> str:
    # Semicolons: Danish Excel reads comma as the decimal mark and expects ';' between cells.
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow(
            [
                _cell(e.citizen_id),
                e.reminder_id,
                _cell(e.what),
                danish_time(e.due_at),
                e.outcome.value,
                danish_time(e.answered_at),
            ]
        )
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    """python -m bot export --citizen ID [--since 2026-11-01] [--db URL]

    Writes one citizen's adherence log as CSV to standard output, for staff.
    """
    import argparse
    import sys

    from bot.core.clock import SystemClock
    from bot.reminders.settings import ReminderSettings
    from bot.reminders.store import ReminderStore

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


if __name__ == "__main__":
    raise SystemExit(main())
