"""bot.home.timers: timers and wake-up calls read from Danish and said back."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.core.clock import COPENHAGEN
from bot.home.timers import (
    TimerRequest,
    cancelled,
    in_hours,
    length,
    new_length,
    read_request,
    rings,
    set_reply,
    time_left,
)
from bot.reminders.model import DueTime, Reminder, ReminderKind

NOW = datetime(2026, 11, 24, 21, 30, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("said", "kind", "when"),
    [
        ("sæt en nedtælling på 10 minutter", ReminderKind.TIMER, NOW + timedelta(minutes=10)),
        ("sæt en timer på fem minutter", ReminderKind.TIMER, NOW + timedelta(minutes=5)),
        ("sæt et æggeur på 7 minutter", ReminderKind.TIMER, NOW + timedelta(minutes=7)),
        ("sæt en nedtælling på en halv time", ReminderKind.TIMER, NOW + timedelta(minutes=30)),
        ("nedtælling på 2 timer og 5 minutter", ReminderKind.TIMER, NOW + timedelta(minutes=125)),
        ("sig til om et kvarter", ReminderKind.TIMER, NOW + timedelta(minutes=15)),
        ("væk mig klokken 7", ReminderKind.ALARM, datetime(2026, 11, 25, 7, 0, tzinfo=COPENHAGEN)),
        (
            "sæt en alarm til klokken 6",
            ReminderKind.ALARM,
            datetime(2026, 11, 25, 6, 0, tzinfo=COPENHAGEN),
        ),
        (
            "væk mig i morgen klokken halv syv",
            ReminderKind.ALARM,
            datetime(2026, 11, 25, 6, 30, tzinfo=COPENHAGEN),
        ),
        ("væk mig om en time", ReminderKind.ALARM, NOW + timedelta(hours=1)),
    ],
)
def test_requests(said: str, kind: ReminderKind, when: datetime) -> None:
    request = read_request(said, NOW)
    assert isinstance(request, TimerRequest), request
    assert (request.kind, request.when) == (kind, when)


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("sæt en nedtælling", "Hvor lang skal nedtællingen være?"),
        ("sæt en nedtælling på 30 timer", "fra 5 sekunder til 24 timer"),
        ("sæt en nedtælling på 3 sekunder", "fra 5 sekunder til 24 timer"),
        ("væk mig", "Hvornår skal jeg vække dig?"),
        ("væk mig hver dag klokken 7", "én gang ad gangen"),
        ("væk mig den 31. februar klokken 7", "kan jeg ikke vække dig"),
    ],
)
def test_impossible_or_missing_times_are_explained(said: str, answer: str) -> None:
    reply = read_request(said, NOW)
    assert isinstance(reply, str) and answer in reply


def test_what_is_said() -> None:
    timer = read_request("sæt en nedtælling på 10 minutter", NOW)
    alarm = read_request("væk mig klokken 7", NOW)
    assert isinstance(timer, TimerRequest) and isinstance(alarm, TimerRequest)
    assert set_reply(timer, NOW) == "Nedtællingen er sat. Jeg siger til om 10 minutter."
    assert set_reply(alarm, NOW) == "Jeg vækker dig i morgen klokken 7."
    assert length(timedelta(seconds=3725)) == "1 time, 2 minutter og 5 sekunder"
    assert length(timedelta(seconds=60)) == "1 minut"

    def occurrence(kind: ReminderKind, text: str, due: datetime) -> DueTime:
        reminder = Reminder(1, "anna", text, None, due, None, True, NOW, "rest", None, kind)
        return DueTime(reminder, due, None)

    ticking = occurrence(ReminderKind.TIMER, timer.text, timer.when)
    wake = occurrence(ReminderKind.ALARM, alarm.text, alarm.when)
    later = NOW + timedelta(minutes=2, seconds=40)
    assert time_left([ticking, wake], later) == (
        "Der er 7 minutter og 20 sekunder tilbage af nedtællingen på 10 minutter."
    )
    assert time_left([wake], later) == (
        "Du har ingen nedtælling i gang. Jeg vækker dig i morgen klokken 7."
    )
    assert time_left([], later) == "Du har ingen nedtælling i gang."
    assert rings(ticking.reminder, timer.when) == "Nedtællingen på 10 minutter er slut."
    assert rings(wake.reminder, alarm.when) == "Klokken 7. Du bad mig vække dig nu."
    assert cancelled([ticking], wake_up=False) == "Nedtællingen på 10 minutter er stoppet."
    assert cancelled([], wake_up=True) == "Du har ingen vækning."


@pytest.mark.parametrize(
    "said",
    [
        # set 7's class: a countdown with its length wins over a part of the day, and
        # the "væk" of "sove … væk" (away) is no wake-up call
        "start en nedtælling på tre timer, ellers døser jeg formiddagen væk",
        "sæt en timer på tre timer, jeg skal være klar i aften",
        "tre timers nedtælling så jeg ikke falder i søvn til eftermiddagen",
    ],
)
def test_a_countdown_said_with_its_length_is_one_whatever_part_of_day_follows(said: str) -> None:
    request = read_request(said, NOW)
    assert isinstance(request, TimerRequest)
    assert request.kind is ReminderKind.TIMER
    assert request.when - NOW == timedelta(hours=3)


def test_wake_me_is_still_a_wake_up_call() -> None:
    request = read_request("kan du vække mig i morgen klokken 6", NOW)
    assert isinstance(request, TimerRequest) and request.kind is ReminderKind.ALARM
    request = read_request("væk mig klokken kvart over seks", NOW)
    assert isinstance(request, TimerRequest) and request.kind is ReminderKind.ALARM


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("ringer den ikke snart", True),
        ("er det ikke snart ovre", True),
        ("hvor længe er der tilbage", True),
        ("er tiden gået", True),
        ("er du snart færdig", False),  # about the assistant
        ("er suppen kogt", False),
    ],
)
def test_a_question_how_long_a_timer_has_left(said: str, asks: bool) -> None:
    from bot.home.timers import asks_time_left

    assert asks_time_left(said) is asks


@pytest.mark.parametrize(
    ("said", "hours", "length"),
    [
        ("næ gør den hellere tolv", False, timedelta(minutes=12)),  # a count alone (set 8)
        ("sæt den til 25 i stedet", False, timedelta(minutes=25)),
        ("nej gør den fire", True, timedelta(hours=4)),  # the timer was set in hours
        ("nej gør den hellere et kvarter", True, timedelta(minutes=15)),  # its own unit
        # "ikke X men Y": the length after "men", not the one corrected (stop 50 left)
        ("nej ikke ti minutter men tolv", False, timedelta(minutes=12)),
        ("nej ikke to men tre", True, timedelta(hours=3)),
    ],
)
def test_a_timer_changed_to_a_count_said_alone(said: str, hours: bool, length: timedelta) -> None:
    request = new_length(said, NOW, 60 if hours else 1)
    assert not isinstance(request, str), request
    assert request.when - NOW == length


def test_a_timer_set_in_whole_hours_is_known_by_its_text() -> None:
    assert in_hours("nedtællingen på 3 timer") and in_hours("nedtællingen på 1 time")
    assert not in_hours("nedtællingen på 1 time og 5 minutter")
    assert not in_hours("nedtællingen på 40 minutter")
    assert isinstance(new_length("nej gør den hellere længere", NOW), str)
