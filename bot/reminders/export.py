"""The adherence log as CSV for staff: one row per dose, times readable and unambiguous."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from bot.core.utc import local_iso
from bot.reminders.model import AdherenceEntry

COLUMNS = ["citizen", "reminder", "medicine", "due", "outcome", "answered_at"]
# A cell starting with one of these is a formula to Excel (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
                local_iso(e.due_at),
                e.outcome.value,
                local_iso(e.answered_at),
            ]
        )
    return out.getvalue()
