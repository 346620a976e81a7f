"""What the citizen hears when a reminder is due: short, spoken-friendly Danish.

Only the citizen's own words are repeated back; never any advice about doses.
"""

from __future__ import annotations

from datetime import timedelta

from bot.reminders.model import Reminder

# Delivered within this of the due time counts as on time: no "for ... siden".
ON_TIME = timedelta(seconds=60)


def _minutes(n: int) -> str:
    return "et minut" if n == 1 else f"{n} minutter"


def late_note(late_by: timedelta) -> str:
    """'for 20 minutter siden', 'for en time siden', 'for halvanden time siden', ..."""
    total = max(1, round(late_by.total_seconds() / 60))
    hours, minutes = divmod(total, 60)
    if hours == 0:
        return f"for {_minutes(minutes)} siden"
    if hours == 1 and minutes == 30:
        return "for halvanden time siden"
    if minutes == 0:
        return "for en time siden" if hours == 1 else f"for {hours} timer siden"
    unit = "time" if hours == 1 else "timer"
    return f"for {hours} {unit} og {_minutes(minutes)} siden"


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
