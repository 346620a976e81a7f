"""What the citizen hears when a reminder is due: short, spoken-friendly Danish.

Only the citizen's own words are repeated back; never any advice about doses.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core.danish.lateness import ON_TIME, late_note
from bot.reminders.model import Reminder


def _clean(text: str) -> str:
    return text.strip().rstrip(".!?")


def due_message(reminder: Reminder, late_by: timedelta) -> str:
    """'Det er tid til at tage Panodil.'; late: '... for 20 minutter siden. Har du taget den?'"""
    late = late_by >= ON_TIME
    if reminder.medicine:
        what = f"at tage {_clean(reminder.medicine)}"
        if not late:
            return f"Det er tid til {what}."
        return f"Det var tid til {what} {late_note(late_by)}. Har du taget den?"
    # Free text is the citizen's own words ("øjendråber", "tag morgenpillerne").
    text = _clean(reminder.text)
    if not late:
        return f"Det er tid til din påmindelse: {text}."
    return f"Du havde en påmindelse {late_note(late_by)}: {text}. Har du nået det?"
