"""Sets 20 and 21's classes for reminders and times, in our own sentences: a split day
word, an hour of 10 for a thing not done at bedtime, a bare hour said instead of "om
morgenen", another citizen reminded in so many words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.reminders import reading
from nlu.danish_time import CPH, parse

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=CPH)  # a Sunday


@pytest.mark.parametrize(
    ("said", "day", "hour"),
    [
        ("på tors dag klokken ti", 10, 10),
        ("på lør dag kl 14", 12, 14),
        ("i mor gen klokken otte", 7, 8),
        ("mandag", 7, 9),
    ],
)
def test_a_day_word_split_by_speech_recognition_is_the_day(said: str, day: int, hour: int) -> None:
    result = parse(said, NOW)
    assert result.when is not None and (result.when.day, result.when.hour) == (day, hour), said
    assert result.spans and result.spans[0][1] == len(said), result.spans  # the words said


def test_a_split_word_that_is_no_day_is_left() -> None:
    assert parse("min søn dagligt", NOW).when is None or parse("min søn dagligt", NOW).rrule


@pytest.mark.parametrize(
    ("about", "asked"),
    [
        ("at ringe til tandlægen", False),
        ("træning", False),
        ("at ringe til kommunen", False),
        ("at tage mine piller", True),
        ("øjendråber", True),
        ("at gå i seng", True),
        ("at låse døren", True),
        ("medicin", True),
    ],
)
def test_ten_is_asked_only_for_what_may_be_done_at_bedtime(about: str, asked: bool) -> None:
    result = reading.daytime_only(
        parse("klokken ti", NOW), evening=reading.evening_thing(f"{about} klokken ti")
    )
    assert bool(result.alternatives) is asked, about
    # 8 or 20 is still asked, whatever it is about
    eight = reading.daytime_only(parse("klokken otte", NOW), evening=reading.evening_thing(about))
    assert eight.alternatives, about


@pytest.mark.parametrize(
    ("said", "hour"),
    [
        ("nej ni", "9"),
        ("nej ikke otte ni", "9"),
        ("nej det var elleve", "11"),
        ("20", "20"),
        ("nej", None),
        ("nej tak", None),
        ("nej jeg vil ikke alligevel", None),
        ("to piller", None),
    ],
)
def test_a_bare_hour_instead_of_morning_or_evening(said: str, hour: str | None) -> None:
    assert reading.bare_hour(said) == hour


@pytest.mark.parametrize(
    ("said", "framed"),
    [
        ("mind lige Jens om fodbold på onsdag kl 13", True),
        ("mind karen om tandlægen på fredag klokken ti", True),
        ("mind hende om frisøren i morgen", True),
        ("mind karen om hvad hun skal i morgen", False),
        ("kan du minde mig om hvad jeg skal i dag", False),
    ],
)
def test_another_reminded_in_so_many_words_is_a_reminder(said: str, framed: bool) -> None:
    assert reading.reminder_framed(said) is framed
