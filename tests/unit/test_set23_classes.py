"""Set 23's classes for reminders, follow-ups and wake-up calls, in our own sentences: a
trailing tag is a word of its own, a clock time said alone or "jeg mente …" right after
is the time of the thing just made, "mind om …" with no one named is a request, a
wake-up call moved."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.followup import MOVE, REMINDER, bare_time, route, what_to_do
from bot.home import timers
from bot.home.control import HomeControl
from bot.reminders import reading, replies
from bot.reminders.model import Reminder
from bot.staff import reading as staff_reading
from nlu.danish_time import CPH, parse
from testkit.mqtt import example_home

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=CPH)  # a Sunday


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("mind mig om gymnastik", "gymnastik"),
        ("mind mig om at hente min bog", "at hente din bog"),
        ("husk mig på stavgang ik", "stavgang"),
        ("mind mig om at ringe til Bente tak", "at ringe til Bente"),
    ],
)
def test_a_tag_at_the_end_is_a_word_of_its_own(said: str, what: str) -> None:
    assert reading.reminder_what(said, [], None) == what


@pytest.mark.parametrize(
    "said", ["klokken ti", "kl 21", "halv elleve", "kvart over otte", "nej klokken otte om aftenen"]
)
def test_a_clock_time_alone_right_after_moves_the_thing(said: str) -> None:
    assert bare_time(said), said
    assert what_to_do(said) == MOVE
    assert route(said, REMINDER, "action_answer_fallback") == "action_change_reminder"


@pytest.mark.parametrize("said", ["hvad er klokken", "klokken er mange", "ved du hvad klokken er"])
def test_a_question_of_the_time_is_no_time_for_the_thing(said: str) -> None:
    assert not bare_time(said), said
    assert route(said, REMINDER, "action_answer_fallback") is None


@pytest.mark.parametrize("said", ["nej jeg mente kvart i ni", "hov jeg mente klokken elleve"])
def test_i_meant_another_time_is_a_correction(said: str) -> None:
    assert route(said, REMINDER, "action_answer_fallback") == "action_change_reminder"


def test_no_i_shall_not_is_no_correction() -> None:
    assert route("nej jeg skal ikke noget klokken ni", REMINDER, "x") is None


@pytest.mark.parametrize(
    "said",
    ["mind om fodbad på tirsdag klokken 10", "påmind om kompressionsstrømper i morgen kl 8"],
)
def test_a_reminder_with_no_one_named_is_a_request(said: str) -> None:
    assert reading.reminder_framed(said), said


def test_mind_about_it_is_no_new_request() -> None:
    assert not reading.reminder_framed("mind om det")


def test_a_wake_up_call_moved_keeps_its_day_and_its_morning() -> None:
    due = datetime(2026, 12, 7, 6, 30, tzinfo=CPH)
    moved = timers.moved_wake_up("nej gør det klokken syv", due, NOW)
    assert moved is not None and moved.when == datetime(2026, 12, 7, 7, 0, tzinfo=CPH)
    later = timers.moved_wake_up("kvart over seks", due, NOW)
    assert later is not None and later.when == datetime(2026, 12, 7, 6, 15, tzinfo=CPH)
    assert timers.moved_wake_up("nej gør det", due, NOW) is None


def _reminder(rid: int, text: str, due: datetime, rrule: str | None = None) -> Reminder:
    return Reminder(rid, "karen", text, None, due, rrule, True, NOW, "rest", None)


def test_two_reminders_of_the_same_words_are_told_apart_by_their_times() -> None:
    daily = _reminder(1, "gåtur", datetime(2026, 12, 7, 11, 0, tzinfo=CPH), "FREQ=DAILY")
    thursday = _reminder(2, "gåtur", datetime(2026, 12, 10, 11, 0, tzinfo=CPH))
    asked = replies.which([daily, thursday], NOW)
    assert "hver dag klokken 11" in asked and "torsdag klokken 11" in asked, asked
    other = _reminder(3, "frisør", datetime(2026, 12, 8, 10, 0, tzinfo=CPH))
    assert replies.which([daily, other], NOW) == (
        "Hvilken påmindelse mener du? Den om gåtur eller den om frisør?"
    )


@pytest.mark.parametrize(
    ("said", "about"),
    [
        ("hvornår begyndte de med det", False),
        ("er det blevet bedre siden", False),
        ("hvor mange kommuner gør det", False),
        ("flyt den til på fredag", True),
        ("hvad skal han i morgen", True),
        ("slet hendes påmindelse", True),
    ],
)
def test_a_question_after_a_fact_may_be_about_no_citizen(said: str, about: bool) -> None:
    assert staff_reading.about_a_citizen(said) is about, said


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("sæt en til hende om fodterapeuten i morgen kl 10", "fodterapeuten"),
        ("lav en ny om frisøren på fredag kl 9", "frisøren"),
    ],
)
def test_one_more_said_as_en_is_a_reminder(said: str, what: str) -> None:
    assert reading.reminder_framed(said), said
    assert reading.reminder_what(said, parse(said, NOW).spans, None) == what


@pytest.mark.parametrize(
    ("said", "last", "own"),
    [
        # another kind of thing than the last: its own (set 23's run: "nej bare halvt"
        # after the blind dimmed the hall lamp said two commands before)
        ("træk rullegardinet ned", "tænd lyset i gangen", True),
        ("skru op for varmen", "sluk lampen ved sofaen", True),
        # the same kind, or none: pointing back
        ("lidt mere lys", "tænd sofalampen", False),
        ("sæt den på firs procent", "tænd sofalampen", False),
        ("tænd loftslampen", "tænd sofalampen", True),
    ],
)
def test_a_sentence_naming_another_kind_names_its_own(said: str, last: str, own: bool) -> None:
    control = HomeControl(example_home(1883), link=None)  # type: ignore[arg-type]
    assert control.names_its_own(said, last) is own, said
