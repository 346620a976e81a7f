from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.core.clock import COPENHAGEN
from bot.core.danish.lateness import late_note
from bot.reminders.model import Reminder
from bot.reminders.replies import due_message


def reminder(text: str = "Tag Panodil", medicine: str | None = "Panodil") -> Reminder:
    when = datetime(2026, 10, 24, 8, 0, tzinfo=COPENHAGEN)
    return Reminder(1, "anna", text, medicine, when, None, True, when, "rest", None)


@pytest.mark.parametrize(
    ("minutes", "note"),
    [
        (0.4, "for et minut siden"),
        (1, "for et minut siden"),
        (2, "for 2 minutter siden"),
        (20, "for 20 minutter siden"),
        (59, "for 59 minutter siden"),
        (60, "for en time siden"),
        (61, "for 1 time og et minut siden"),
        (65, "for 1 time og 5 minutter siden"),
        (90, "for halvanden time siden"),
        (120, "for 2 timer siden"),
        (125, "for 2 timer og 5 minutter siden"),
    ],
)
def test_late_note(minutes: float, note: str) -> None:
    assert late_note(timedelta(minutes=minutes)) == note


def test_due_message_on_time_and_late() -> None:
    assert due_message(reminder(), timedelta(0)) == "Det er tid til at tage Panodil."
    assert due_message(reminder(), timedelta(seconds=59)) == "Det er tid til at tage Panodil."
    assert (
        due_message(reminder(), timedelta(minutes=20))
        == "Det var tid til at tage Panodil for 20 minutter siden. Har du taget den?"
    )


def test_due_message_without_medicine_repeats_the_citizens_words() -> None:
    r = reminder("Øjendråber.", None)
    assert due_message(r, timedelta(0)) == "Det er tid til din påmindelse: Øjendråber."
    assert due_message(r, timedelta(minutes=90)) == (
        "Du havde en påmindelse for halvanden time siden: Øjendråber. Har du nået det?"
    )
