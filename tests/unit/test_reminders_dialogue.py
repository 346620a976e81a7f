"""Replies of the reminder dialogue: short spoken lists, choosing the reminder meant."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.reminders import reading, replies
from bot.reminders.model import Reminder
from nlu.danish_time import CPH

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=CPH)


def reminder(
    rid: int, text: str, medicine: str | None = None, rrule: str | None = None
) -> Reminder:
    return Reminder(
        id=rid,
        citizen_id="anna",
        text=text,
        medicine=medicine,
        first_due=datetime(2026, 11, 23, 8, 0, tzinfo=CPH),
        rrule=rrule,
        active=True,
        created_at=NOW,
        channel="rest",
        contact=None,
    )


PANODIL = reminder(1, "at tage Panodil", "Panodil")
DROPS = reminder(2, "dine øjendråber", None, "FREQ=DAILY;BYHOUR=21;BYMINUTE=0")
MAREVAN = reminder(3, "din medicin", "Marevan")


def test_listing_reads_at_most_three_then_says_how_many_more() -> None:
    items = [(PANODIL, None), (DROPS, None), (MAREVAN, None), (PANODIL, None)]
    text = replies.listing(items, NOW)
    assert text.startswith("Du har 4 påmindelser: at tage Panodil i morgen klokken 8, ")
    assert "dine øjendråber hver dag klokken 21" in text
    assert "at tage Marevan" in text
    assert text.endswith("Og 1 mere. Spørg om en bestemt, hvis du vil høre den.")


def test_listing_of_nothing_says_how_to_make_one() -> None:
    assert "mind mig om" in replies.listing([], NOW)


def test_pick_by_medicine_entity_or_named_in_the_sentence() -> None:
    all_three = [PANODIL, DROPS, MAREVAN]
    assert reading.pick(all_three, "slet den", "Marevan") == [MAREVAN]
    assert reading.pick(all_three, "stop med panodil", None) == [PANODIL]
    assert reading.pick(all_three, "slet påmindelsen om øjendråberne", None) == [DROPS]
    assert reading.pick(all_three, "fjern påmindelsen om mine øjendråber", None) == [DROPS]


def test_pick_by_the_head_of_a_compound() -> None:
    """Set 5: "slet den med vitaminerne" named "multivitamin"; the newer one was deleted."""
    vitamins = reminder(4, "multivitamin")
    iron = reminder(5, "jernpiller")
    assert reading.pick([vitamins, iron], "slet den med vitaminerne", None) == [vitamins]
    assert reading.pick([vitamins, iron], "slet den med jernet", None) == []  # too short


def test_pick_prefers_the_reminder_whose_own_word_is_said() -> None:
    """Set 14: "slet påmindelsen om vanddrivende" asked between "drikke vand" (whose word
    begins it) and "vanddrivende"; the one named by the whole word is meant."""
    water = reminder(6, "at drikke vand")
    diuretic = reminder(7, "vanddrivende")
    assert reading.pick([water, diuretic], "slet påmindelsen om vanddrivende", None) == [diuretic]
    assert reading.pick([water, diuretic], "slet den om at drikke vandet", None) == [water]
    # both named in whole words: still asked
    both = reading.pick([water, diuretic], "slet vand og vanddrivende", None)
    assert both == [water, diuretic]


def test_pick_with_one_reminder_takes_it_and_with_no_clue_takes_none() -> None:
    assert reading.pick([DROPS], "slet den", None) == [DROPS]
    assert reading.pick([PANODIL, DROPS], "slet den", None) == []


def test_snooze_and_cancel_all_wording() -> None:
    assert replies.snoozed(15).endswith("om et kvarter.")
    assert replies.snoozed(10).endswith("om 10 minutter.")
    assert "alle" in replies.ask_cancel_all(3) and "?" in replies.ask_cancel_all(3)
    assert replies.ask_cancel_all(1) == "Du har én påmindelse. Skal jeg slette den?"


def test_choose_reading_by_part_of_day_or_hour() -> None:
    morning = datetime(2026, 11, 23, 8, 0, tzinfo=CPH)
    evening = datetime(2026, 11, 22, 20, 0, tzinfo=CPH)
    readings = [morning, evening]
    assert replies.ask_part_of_day(readings) == (
        "Mener du klokken 8 om morgenen eller klokken 20 om aftenen?"
    )
    assert reading.choose_reading("om aftenen", readings) == evening
    assert reading.choose_reading("morgen", readings) == morning
    assert reading.choose_reading("om morgnen", readings) == morning  # a common misspelling
    assert reading.choose_reading("i formiddag tak", readings) == morning
    assert reading.choose_reading("klokken 20", readings) == evening
    assert reading.choose_reading("det ved jeg ikke", readings) is None


@pytest.mark.parametrize(
    ("said", "due", "moved"),
    [
        # a time of day alone keeps the reminder's day, not the next such hour from now
        ("flyt den til klokken 14 i stedet", (27, 11, 0), (27, 14, 0)),
        ("ryk den til halv ti", (23, 9, 0), (23, 9, 30)),
        ("ryk den en time frem til klokken 18", (23, 19, 0), (23, 18, 0)),
        # a day alone keeps the time of day
        ("flyt den til tirsdag", (23, 8, 0), (24, 8, 0)),
        # a whole new time as said
        ("flyt den til i overmorgen klokken 10", (23, 8, 0), (24, 10, 0)),
        # a bare hour after "til", in the reminder's half of the day
        ("nej ryk den til ni", (23, 8, 0), (23, 9, 0)),
        ("ryk den til ni", (23, 19, 0), (23, 21, 0)),
        ("ryk den til 9", (23, 8, 0), (23, 9, 0)),
        # a part of the day alone says which half, not a new hour (issue 21)
        ("om formiddagen", (23, 9, 0), (23, 9, 0)),
        ("nej, om aftenen", (23, 8, 30), (23, 20, 30)),
        ("i overmorgen om aftenen", (23, 7, 0), (24, 19, 0)),
        ("om eftermiddagen", (23, 9, 0), (23, 15, 0)),  # 9 is no afternoon hour
    ],
)
def test_a_moved_reminder_keeps_what_was_not_said(
    said: str, due: tuple[int, int, int], moved: tuple[int, int, int]
) -> None:
    now = datetime(2026, 11, 22, 9, 0, tzinfo=CPH)  # a Sunday morning
    day, hour, minute = due
    result = reading.moved_time(said, datetime(2026, 11, day, hour, minute, tzinfo=CPH), now)
    day, hour, minute = moved
    assert result.when == datetime(2026, 11, day, hour, minute, tzinfo=CPH)


def test_a_number_of_minutes_after_til_is_not_an_hour() -> None:
    now = datetime(2026, 11, 22, 9, 0, tzinfo=CPH)
    due = datetime(2026, 11, 23, 8, 0, tzinfo=CPH)
    assert reading.moved_time("flyt den til ti minutter senere", due, now).when != datetime(
        2026, 11, 23, 10, 0, tzinfo=CPH
    )


def test_a_correction_in_minutes_counts_from_now() -> None:
    # set 17: "nej om et kvarter" right after "om tyve minutter" is a quarter from now,
    # not a quarter past midnight of the reminder's day
    now = datetime(2026, 11, 22, 9, 0, tzinfo=CPH)
    due = datetime(2026, 11, 22, 9, 20, tzinfo=CPH)
    moved = reading.moved_time("nej om et kvarter", due, now)
    assert moved.when == datetime(2026, 11, 22, 9, 15, tzinfo=CPH)
