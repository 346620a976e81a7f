"""Classes of held-out conversation set 56's failures, in our own sentences: whether what
one writes is kept, asked with the writing first; a real person asked for as "et rigtigt
menneske"; whether the medicine was taken, asked short in Teams; a reminder moved by a
length of time."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.conversation.reading import asks_about_my_data, wants_a_person
from bot.core.clock import COPENHAGEN
from bot.ranking import adherence_asked
from bot.reminders.reading import moved_time
from bot.safety.detect import detect, doubtful
from testkit.ranking import ranked


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("bliver det vi skriver i chatten gemt nogen steder", True),
        ("Gemmes det hun fortæller dig?", True),
        ("bliver det jeg siger til dig tydeligere hvis jeg taler langsomt", False),
    ],
)
def test_whether_what_is_written_is_kept(said: str, asked: bool) -> None:
    assert asks_about_my_data(said) is asked


def test_a_real_person_asked_for() -> None:
    assert wants_a_person("jeg vil hellere snakke med et levende menneske om det her")
    assert wants_a_person("kan jeg tale med et rigtigt menneske")


@pytest.mark.parametrize(
    "said",
    [
        "har jns taget medicin i dag",
        "har Karen taget sine piller i morges",
        "karens morgenmedicin? er den taget",
    ],
)
def test_whether_the_medicine_was_taken_asked_short(said: str) -> None:
    assert adherence_asked(ranked("confirm_taken"), said)[0]["name"] == "ask_adherence"


@pytest.mark.parametrize(
    "said",
    ["jeg har taget min medicin", "har hun taget alle sine piller", "har hun taget 20 piller"],
)
def test_taking_told_or_an_amount_is_no_adherence_question(said: str) -> None:
    assert adherence_asked(ranked("confirm_taken"), said)[0]["name"] == "confirm_taken"


def test_a_sure_emergency_stays() -> None:
    sure = ranked("report_poisoning", confidence=0.95)
    assert adherence_asked(sure, "har hun taget medicin i dag")[0]["name"] == "report_poisoning"


DUE = datetime(2026, 12, 13, 10, 0, tzinfo=COPENHAGEN)
NOW = datetime(2026, 12, 7, 20, 0, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("flyt den en time", 60),
        ("skub påmindelsen et kvarter senere", 15),
        ("ryk den en halv time frem", -30),
        ("nej flyt den lige ti minutter tidligere", -10),
    ],
)
def test_a_reminder_moved_by_a_length_of_time(said: str, minutes: int) -> None:
    assert moved_time(said, DUE, NOW).when == DUE + timedelta(minutes=minutes)


def test_moved_back_says_no_direction_plainly_and_is_asked() -> None:
    assert moved_time("ryk den en time tilbage", DUE, NOW).when is None


def test_the_adherence_question_the_model_was_unsure_of_is_raised() -> None:
    unsure = ranked("ask_adherence", confidence=0.37)
    assert adherence_asked(unsure, "karens medicin i dag? er den taget")[0] == {
        "name": "ask_adherence",
        "confidence": 0.9,
    }


def test_getting_up_only_with_help_told_beside_an_aid_asked_is_no_emergency() -> None:
    said = (
        "far er faldet sammen i benene, og når han sidder i sofaen, kan han ikke rejse sig op "
        "uden at jeg løfter ham. Findes der en stol der kan hjælpe?"
    )
    assert detect(said) is None
    assert doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "når hun sidder i stolen kan hun ikke komme op uden hjælp, og nu ligger hun på gulvet",
        "min mor er faldet sammen i stuen og svarer ikke",
    ],
)
def test_a_fall_now_beside_the_habit_still_alarms(said: str) -> None:
    found = detect(said)
    assert found is not None and "acute" in found.kinds


@pytest.mark.parametrize(
    ("said", "alarm"),
    [
        ("jeg vil hellere ha at det hele var slut", True),
        ("jeg vil bare have at alt det her var forbi", True),
        ("vi vil helst have at det hele er overstået inden påske", False),
    ],
)
def test_wishing_it_all_over(said: str, alarm: bool) -> None:
    # the model's crisis was doubted for "ha" and "forbi"; the net reads it now
    found = detect(said)
    assert (found is not None and "suicide" in found.kinds) is alarm
