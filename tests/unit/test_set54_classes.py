"""Classes of held-out conversation sets 54 and 55's failures, in our own sentences: a
length said twice, a day's plan named alone in Teams, two reminders of one thing told
apart by their times whoever's they are said to be, a need told as "noget der kan give
ham …", what the documents say asked to be recalled, whether "den højttaler" listens,
where the facts come from with what they are about between."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.conversation.reading import asks_about_listening, asks_my_sources
from bot.core.clock import COPENHAGEN
from bot.home.timers import read_request
from bot.knowledge.reworded import main_clause
from bot.ranking import facts_recalled, need_asked, plan_day_asked
from bot.reminders.model import Reminder
from bot.reminders.replies import which
from bot.safety.detect import detect, doubtful
from testkit.ranking import ranked

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("said", "seconds"),
    [
        ("start en nedtælling på fem minutter fem minutter", 300),
        ("timer på 2 minutter 2 minutter tak", 120),
        ("sæt en nedtælling på en time og ti minutter", 4200),
        ("nedtælling på et kvarter", 900),
    ],
)
def test_a_length_said_twice_to_be_heard_is_one_length(said: str, seconds: int) -> None:
    request = read_request(said, NOW)
    assert not isinstance(request, str)
    assert request.when - NOW == timedelta(seconds=seconds)


@pytest.mark.parametrize(
    "said",
    [
        "Jens' plan på torsdag tak",
        "Karens dagsplan i overmorgen",
        "og hans plan i morgen",
        "plan i dag",
    ],
)
def test_a_days_plan_named_alone_is_the_plan_asked(said: str) -> None:
    assert plan_day_asked(ranked("add_plan_item", ("ask_plan",)), said)[0]["name"] == "ask_plan"


@pytest.mark.parametrize(
    "said", ["Karens plan i morgen: fysioterapi kl 10", "plan i morgen frisør klokken 9"]
)
def test_a_plan_with_something_to_put_on_it_is_no_plan_asked(said: str) -> None:
    assert plan_day_asked(ranked("add_plan_item"), said)[0]["name"] == "add_plan_item"


def _reminder(number: int, text: str, hour: int) -> Reminder:
    when = datetime(2026, 12, 8, hour, 0, tzinfo=COPENHAGEN)
    return Reminder(number, "karen", text, None, when, None, True, when, "teams", None)


def test_two_reminders_of_one_thing_whoever_they_are_said_to_be_are_told_by_time() -> None:
    asked = which(
        [_reminder(1, "støttestrømper", 7), _reminder(2, "Karens støttestrømper", 9)], NOW
    )
    assert "klokken 7" in asked and "klokken 9" in asked


def test_two_different_reminders_are_told_by_what() -> None:
    asked = which([_reminder(1, "støttestrømper", 7), _reminder(2, "dine øjendråber", 9)], NOW)
    assert asked == (
        "Hvilken påmindelse mener du? Den om støttestrømper eller den om dine øjendråber?"
    )


@pytest.mark.parametrize(
    "said",
    [
        "min mor glemmer om hun har spist. er der noget som kan give hende lidt ro i hovedet?",
        "findes der nogen ting der kan give min far mere tryghed om natten",
    ],
)
def test_something_that_can_give_someone_a_thing_is_a_need(said: str) -> None:
    assert need_asked(ranked("list_reminders"), said)[0]["name"] == "describe_need"


@pytest.mark.parametrize(
    "said",
    [
        "kan du minde mig om KL's principper, jeg skal holde et oplæg i morgen",
        "vil du lige minde os om hvad der stod om magtanvendelse",
        "minde mig om barriererne fra undersøgelsen",
    ],
)
def test_what_the_documents_say_recalled_is_a_question(said: str) -> None:
    assert facts_recalled(ranked("set_reminder", confidence=0.9), said)[0]["name"] == "ask_topic"


@pytest.mark.parametrize(
    "said",
    ["mind mig om at læse om puljen i morgen klokken 9", "mind mig om at ringe til Karen i aften"],
)
def test_a_reminder_with_a_clock_or_without_the_documents_stays(said: str) -> None:
    got = facts_recalled(ranked("set_reminder", confidence=0.9), said)[0]["name"]
    assert got == "set_reminder"


@pytest.mark.parametrize(
    ("said", "listening"),
    [
        ("lytter den der højttaler altid med?", True),
        ("hører det apparat med hele tiden", True),
        ("hører den radio hele tiden", False),
    ],
)
def test_whether_the_speaker_named_as_a_thing_listens(said: str, listening: bool) -> None:
    assert asks_about_listening(said) is listening


def test_where_the_facts_come_from_with_what_they_are_about_between() -> None:
    assert asks_my_sources("hvor kommer alle de tal om kommunerne egentlig fra")
    assert not asks_my_sources("hvor kommer hjemmeplejen fra i dag")


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        (
            "kan du lige minde mig om de tre principper, jeg skal bruge dem til et møde",
            "hvad er de tre principper",
        ),
        ("Vil du minde os om positivlisten", "hvad er positivlisten"),
    ],
)
def test_what_is_asked_to_be_recalled_is_asked_what_it_is(said: str, asked: str) -> None:
    assert main_clause(said) == asked


@pytest.mark.parametrize(
    "said",
    [
        "men hvad hvis hun hellere vil have at hjemmeplejen kommer ud til hende?",
        "og hvis han helst vil ha besøg af et rigtigt menneske",
    ],
)
def test_a_way_of_being_helped_preferred_is_no_crisis(said: str) -> None:
    # set 55: the model's crisis at 1.0 after screen visits instead of home care
    assert detect(said) is None
    assert doubtful(said)


def test_rather_dead_is_still_read_by_the_net() -> None:
    found = detect("jeg vil hellere være død end at have det sådan her")
    assert found is not None and "suicide" in found.kinds
