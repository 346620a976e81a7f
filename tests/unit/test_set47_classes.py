"""Set 47's daily-use and meta classes (a hard-of-hearing man on Funen at his speaker, a
grandson of 17 at his grandmother's, a carer for a husband with COPD; an Aarhus woman
typing), each in sentences of our own, with near misses that keep their old reading.
The set itself is scored by bench/nlu_conversations.py."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.conversation.reading import asks_what_i_do, asks_what_was_said
from bot.core.clock import COPENHAGEN
from bot.core.danish.borrowed import in_danish_words
from bot.core.danish.time_errors import time_problem
from bot.followup import MOVE, REMOVE, what_to_do
from bot.inbound import check_text
from bot.ranking import READ_SURE, meta_asked, reminder_asked
from bot.reminders.reading import reminder_framed, reminder_what
from bot.staff.several import requests
from nlu.danish_time import parse
from nlu.danish_time.corrected import as_meant
from testkit.ranking import ranked

# a Monday morning
NOW = datetime(2026, 12, 7, 9, 40, tzinfo=COPENHAGEN)


# --- a part of the last answer asked again ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "hvad for en dag sagde du",
        "hvilket klokkeslæt var det du sagde",
        "undskyld hvornår sagde De",
        "sagde du torsdag?",
        "hva for en dato sagde du lige",
        "hvor mange sagde du",
    ],
)
def test_a_part_of_the_last_answer_asked_again_is_the_repeat(said: str) -> None:
    assert asks_what_was_said(said)
    assert meta_asked(ranked("nlu_fallback", ("ask_repeat",), 0.45), said)[0]["name"] == (
        "ask_repeat"
    )
    assert meta_asked(ranked("ask_topic"), said)[0]["name"] == "ask_repeat"


@pytest.mark.parametrize(
    "said",
    [
        "hvad sagde du om skærmbesøg",  # a subject asked about again: a question of its own
        "hvad sagde lægen",  # someone else
        "sagde du at jeg skal til lægen i morgen",
        "min datter sagde du kunne hjælpe",
    ],
)
def test_what_someone_said_or_a_subject_again_is_not_the_repeat(said: str) -> None:
    assert not asks_what_was_said(said)


# --- what it can do, asked after who asks -----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Hej. Jeg har lige fået den her af min søn. Hvad er det egentlig du kan hjælpe mig med?",
        "hvad er det du kan",
        "Jeg er frivillig på biblioteket. Hvad er det I kan hjælpe med?",
    ],
)
def test_what_it_can_do_asked_last_is_read(said: str) -> None:
    assert asks_what_i_do(said)


@pytest.mark.parametrize(
    "said", ["hvad er det du kan lide", "hvad er det du kan sige om skærmbesøg"]
)
def test_other_questions_with_the_same_start_are_not(said: str) -> None:
    assert not asks_what_i_do(said)


# --- English "reminder" in a Danish sentence --------------------------------------------


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("sæt lige en reminder til farmor om fodterapeuten", "sæt lige en påmindelse til farmor"),
        ("slet alle reminders", "slet alle påmindelser"),
        ("hvilke remindere har mormor", "hvilke påmindelser har mormor"),
        ("flyt reminderen til klokken ni", "flyt påmindelsen til klokken ni"),
    ],
)
def test_the_english_reminder_is_a_danish_paamindelse(said: str, meant: str) -> None:
    assert meant in in_danish_words(said)
    assert meant in str(check_text(said, 2000))


@pytest.mark.parametrize("said", ["Set a reminder for me please", "remind me at eight"])
def test_an_english_sentence_stays_english(said: str) -> None:
    assert in_danish_words(said) == said


# --- "giv hende et praj" at her speaker -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("giv hende et praj om en halv time om at slukke for vaskemaskinen", "slukke for"),
        ("giv mormor et praj om ti minutter om at kartoflerne skal af", "kartoflerne"),
        ("giv ham lige et praj i aften om at tage sine dråber", "dråber"),
    ],
)
def test_a_praj_given_to_the_citizen_is_a_reminder(said: str, thing: str) -> None:
    assert reminder_framed(said)
    spans = parse(said, NOW).spans
    assert thing in reminder_what(said, spans, None)


# --- the time said first, then what --------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "mind mig hver fredag om hendes fodbad",
        "mind mig i morgen klokken otte om blodprøven",
        "mind mig på søndag om at ringe til Bente",
    ],
)
def test_a_reminder_with_the_time_before_the_thing_is_framed(said: str) -> None:
    assert reminder_framed(said)


def test_an_unsure_emergency_guess_does_not_stop_a_reminder_asked() -> None:
    said = "mind mig hver onsdag om hans åndedrætsøvelser"
    unsure = ranked("report_emergency", ("set_reminder",), 0.32)
    assert reminder_asked(unsure, [], said)[0]["name"] == "set_reminder"
    sure = ranked("report_emergency", ("set_reminder",), READ_SURE + 0.05)
    assert reminder_asked(sure, [], said)[0]["name"] == "report_emergency"


# --- of several days, the one said with the hour ----------------------------------------


@pytest.mark.parametrize(
    ("said", "day"),
    [
        # context with one day, the request with another
        ("hun skal til øjenlæge på fredag, så mind mig om dråberne torsdag aften kl 20", 10),
        ("mind Jens om at faste onsdag kl 22, han skal til blodprøve torsdag", 9),
        ("vi skal til bryllup på lørdag, mind mig om at hente tøjet fredag klokken ti", 11),
    ],
)
def test_the_day_said_with_the_hour_is_the_one_meant(said: str, day: int) -> None:
    when = parse(said, NOW).when
    assert when is not None and when.day == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        # a day corrected keeps the correction
        ("mind mig om kaffen kl 15 i dag, nej vent, i morgen", 8),
        ("skriv tandlæge på torsdag kl 10 nej undskyld fredag", 11),
        # one day only
        ("mind mig om pillerne på onsdag klokken otte", 9),
    ],
)
def test_a_corrected_or_single_day_is_read_as_before(said: str, day: int) -> None:
    when = parse(as_meant(said), NOW).when  # as the door hands it on
    assert when is not None and when.day == day


# --- an impossible date named -----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("mind mig om at betale huslejen den enogtredivte november", "den enogtredivte november"),
        ("skriv frisør den 30. februar kl 10", "den 30. februar"),
    ],
)
def test_an_impossible_date_is_named_as_it_was_said(said: str, named: str) -> None:
    result = parse(said, NOW)
    assert result.error == "impossible"
    assert time_problem(result.error, result.said()).startswith(f"»{named}« findes ikke.")


def test_other_time_problems_keep_their_reason() -> None:
    assert time_problem("past", "i går").startswith("Det tidspunkt er allerede gået.")
    assert time_problem("impossible").startswith("Den dato eller det klokkeslæt findes ikke.")


# --- a plan item called off as a statement ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "åh nej, nu har Bente ringet, hun kan alligevel ikke på torsdag",
        "fodterapeuten kommer alligevel ikke",
        "det bliver ikke til noget med frisøren alligevel",
        "nej, mødet er blevet aflyst",
    ],
)
def test_called_off_is_removed(said: str) -> None:
    assert what_to_do(said) == REMOVE


@pytest.mark.parametrize(
    "said",
    ["nej det var torsdag", "nej klokken ni", "hun kan alligevel ikke, ryk det til fredag"],
)
def test_another_time_given_is_still_a_move(said: str) -> None:
    assert what_to_do(said) == MOVE


def test_called_off_with_another_day_is_not_removed() -> None:
    assert what_to_do("hun kan alligevel ikke på torsdag men på fredag") != REMOVE


# --- several requests in one staff message (set 46's Teams shorthand) ------------------

CITIZENS = ("Karen", "Jens")


@pytest.mark.parametrize(
    ("said", "pieces"),
    [
        (
            "mind Jens om blodtryk kl 9 i mrg og skriv fodpleje i hans plan tors kl 13",
            ["mind Jens om blodtryk kl 9 i mrg", "skriv fodpleje i hans plan tors kl 13"],
        ),
        (
            "mind Karen om insulin kl 7 og Jens om støttestrømper kl 8, begge i mrg",
            ["mind Karen om insulin kl 7 i mrg", "mind Jens om støttestrømper kl 8 i mrg"],
        ),
        (
            "mind Karen om vitaminer kl 9 dgl og øjendråber kl 20 dgl",
            ["mind Karen om vitaminer kl 9 dgl", "mind Karen om øjendråber kl 20 dgl"],
        ),
        (
            "slet Jens' påmindelse om vand, og sæt Karens frisør i planen fre kl 10",
            ["slet Jens' påmindelse om vand", "sæt Karens frisør i planen fre kl 10"],
        ),
    ],
)
def test_a_staff_message_with_several_requests_is_cut_into_them(
    said: str, pieces: list[str]
) -> None:
    assert requests(said, CITIZENS) == pieces


@pytest.mark.parametrize(
    "said",
    [
        "mind Karen om at tage piller kl 8 og kl 20",  # one thing, two times
        "skriv frisør og fodpleje i hendes plan",  # one item of two words
        "mind Karen om at ringe til Jens og Bente kl 10",
        "slet Karens påmindelse om panodil og sæt en ny kl 9",  # the second is the first's
        "hvad skal Karen i dag og i morgen",  # a question
        "mind Karen om kaffe og kage kl 15",
    ],
)
def test_one_request_stays_whole(said: str) -> None:
    assert requests(said, CITIZENS) == [said]


@pytest.mark.parametrize(
    ("said", "rrule"),
    [
        ("mind Jens om øjendråber kl 21 dgl", "FREQ=DAILY"),
        ("mind Karen om vægt ugl man kl 10", "FREQ=WEEKLY;BYDAY=MO"),
    ],
)
def test_dgl_and_ugl_are_daily_and_weekly(said: str, rrule: str) -> None:
    result = parse(said, NOW)
    assert result.rrule is not None and result.rrule.startswith(rrule)
    assert "dgl" not in reminder_what(said, result.spans, None)
