"""Sets 24 and 25's classes for reminders, the plan, the home, staff and frustration, in
our own sentences: a duty announced before it is said ("der var lige noget jeg skulle
huske"), a thing to do said alone, a statement with "det må jeg ikke glemme", "og samme
om aftenen", the answers judged bad, a home order the model was unsure of, a split
technology name asked about, a staff request inside a longer message, the plan named
first, a visitor's split name, and Jutlandic "i mårgen", "ring te", "ku do ik"."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot import ranking
from bot.conversation.reading import frustrated
from bot.followup import ALSO, REMINDER, route, what_to_do
from bot.plan import reading as plan_reading
from bot.plan.replies import visit_reply
from bot.reminders import reading
from nlu.danish_time import CPH, parse

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CPH)  # a Sunday


def _what(said: str) -> str:
    return reading.reminder_what(said, parse(said, NOW).spans, None)


def _duty(said: str) -> bool:
    return reading.duty_to_remember(said, parse(said, NOW).spans)


@pytest.mark.parametrize(
    "said",
    [
        "der er lige en ting jeg skal huske",
        "hov der var noget jeg skulle huske",
        "jeg må altså ikke glemme en ting",
        "jeg skal ikke glemme noget",
    ],
)
def test_a_duty_announced_asks_what_it_is(said: str) -> None:
    assert reading.asks_for_a_reminder(said), said
    assert _what(said) == ""


def test_a_duty_announced_with_its_thing_keeps_the_thing() -> None:
    assert _what("der var noget jeg skulle huske at hente pakken") == "at hente pakken"


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("at hente pakken", True),
        ("øh at betale regningen", True),
        ("at gå med hunden", True),
        ("at det er koldt", False),
        ("at jeg er træt", False),
        ("hvad vil det sige at vande", False),
        ("at sætte en nedtælling", False),
    ],
)
def test_a_thing_to_do_said_alone_is_a_reminder(said: str, what: bool) -> None:
    assert reading.bare_duty(said) is what


@pytest.mark.parametrize(
    ("said", "what"),
    [
        (
            "på onsdag klokken elleve er der julefrokost i klubben det må jeg ikke glemme",
            "julefrokost i klubben",
        ),
        (
            "fredag klokken ni kommer vinduespudseren det skal jeg ikke glemme",
            "vinduespudseren kommer",
        ),
        ("hver torsdag skal jeg huske at tømme postkassen mind mig om det", "at tømme postkassen"),
    ],
)
def test_a_statement_with_its_request_last_is_a_reminder(said: str, what: str) -> None:
    assert _duty(said), said
    assert _what(said) == what


def test_a_statement_without_a_request_is_none() -> None:
    assert not _duty("på onsdag klokken elleve er der julefrokost i klubben")


@pytest.mark.parametrize("said", ["og samme om aftenen klokken syv", "og det samme kl 19"])
def test_the_same_at_another_hour_is_also(said: str) -> None:
    assert what_to_do(said) == ALSO
    assert route(said, REMINDER, "action_answer_fallback") == "action_also_reminder"


def test_the_same_time_tomorrow_is_not_also() -> None:
    assert what_to_do("samme tid i morgen") != ALSO


@pytest.mark.parametrize(
    ("said", "is_frustrated"),
    [
        ("det er simpelthen for ringe", True),
        ("nej det her er altså alt for dårligt!", True),
        ("du er virkelig ubrugelig", True),
        ("du svarer jo overhovedet ikke på det", True),
        ("jeg har det for dårligt i dag", False),
        ("det er for dårligt vejr til at gå ud", False),
    ],
)
def test_answers_judged_bad_are_frustration_not_health(said: str, is_frustrated: bool) -> None:
    assert frustrated(said) is is_frustrated


_UNSURE_HOME = [
    {"name": "nlu_fallback", "confidence": 0.4},
    {"name": "report_crisis", "confidence": 0.3},
    {"name": "home_control", "confidence": 0.25},
]


@pytest.mark.parametrize(
    "said",
    ["lås hoveddøren op min datter er her", "tænd lige lampen i køkkenet jeg kan ikke se noget"],
)
def test_a_home_order_first_in_the_sentence_is_the_home(said: str) -> None:
    assert ranking.home_ordered(_UNSURE_HOME, said)[0]["name"] == "home_control"


def test_a_home_order_is_not_read_into_a_story_or_a_sure_model() -> None:
    assert (
        ranking.home_ordered(_UNSURE_HOME, "min datter står ved døren")[0]["name"] != "home_control"
    )
    sure = [
        {"name": "ask_technology", "confidence": 0.95},
        {"name": "home_control", "confidence": 0.02},
    ]
    assert (
        ranking.home_ordered(sure, "sluk for lyset hvad er en lyssensor")[0]["name"]
        == "ask_technology"
    )


def test_a_split_technology_name_asked_about_is_no_home_question() -> None:
    home = [
        {"name": "home_state", "confidence": 0.5},
        {"name": "ask_technology", "confidence": 0.2},
    ]
    assert ranking.split_name_asked(home, "hvad er skærm besøg")[0]["name"] == "ask_technology"
    assert (
        ranking.split_name_asked(home, "hvad er temperaturen i soveværelset")[0]["name"]
        == "home_state"
    )


def test_a_staff_request_inside_a_longer_message_is_a_reminder() -> None:
    said = (
        "Hej, jeg har overtaget Karen. Hun glemmer sine øjendråber, så kan du lave noget "
        "så hun får besked om at dryppe øjnene hver aften kl 21? tak for hjælpen"
    )
    assert reading.reminder_framed(said)
    assert _what(said) == "at dryppe øjnene"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("Jens' plan: fodterapi hver torsdag kl 9, skriv det ind", "fodterapi"),
        ("hendes kalender - frisør fredag kl 11 kan du sætte det på", "frisør"),
    ],
)
def test_the_plan_named_first_is_a_plan_item(said: str, title: str) -> None:
    asked = [{"name": "ask_plan", "confidence": 0.5}]
    assert ranking.plan_asked(asked, said)[0]["name"] == "add_plan_item"
    assert plan_reading.plan_title(said, parse(said, NOW).spans) == title


def test_the_plan_named_first_with_a_question_is_no_item() -> None:
    asked = [{"name": "ask_plan", "confidence": 0.5}]
    assert ranking.plan_asked(asked, "Jens' plan: hvad står der på fredag")[0]["name"] == "ask_plan"


def test_a_visitor_split_in_two_is_named_back_whole() -> None:
    assert "sygeplejersken kommer" in visit_reply([], NOW, "hvornår kommer syge plejersken")


@pytest.mark.parametrize(
    ("said", "day"),
    [("i mårgen klokken ni", 7), ("i mor'n kl 10", 7), ("imorgen klokken elleve", 7)],
)
def test_tomorrow_said_in_jutlandic(said: str, day: int) -> None:
    result = parse(said, NOW)
    assert result.when is not None and result.when.day == day, said


@pytest.mark.parametrize(
    "said",
    [
        "ka du mind mæ om å ring te min søster i mårgen klokken ni",
        "ku do ik mind mæ om å ring te lægen på torsdag kl 10",
    ],
)
def test_a_jutlandic_reminder_is_said_back_in_plain_danish(said: str) -> None:
    assert reading.reminder_framed(said)
    assert _what(said).startswith("at ringe til ")


def test_a_spoken_question_of_what_to_remember_is_the_list_not_a_new_reminder() -> None:
    said = "hva ska a husk på fredag"
    assert reading.asks_my_reminders(said)
    assert not _duty(said)
    assert reading.reminder_framed("mind mig om kaffen kl 15 hva")  # "hva" last is a tag


@pytest.mark.parametrize(
    "said",
    [
        "min mor kan ikke huske om hun har spist eller hvad klokken er, er der noget til det",
        "han farer vild i sin egen lejlighed, findes der noget hjælp mod det?",
    ],
)
def test_a_need_told_then_is_there_something_for_it_is_a_need(said: str) -> None:
    mistaken = [{"name": "list_reminders", "confidence": 0.85}]
    assert ranking.need_asked(mistaken, said)[0]["name"] == "describe_need"


def test_all_of_them_together_is_all_not_a_thing_called_together() -> None:
    from bot.home.parse import parse
    from testkit.mqtt import example_home

    home = example_home(1883)
    asked = parse("hvilke lamper er tændt", home)
    for said in ("sluk dem alle sammen", "sluk dem allesammen"):
        command = parse(said, home, asked)
        assert command.unknown_thing is None and command.action is not None, said


def test_switching_the_countdown_off_right_after_is_its_cancel() -> None:
    said = "hov sluk lige for nedtællingen"
    assert route(said, "timer", "action_home_timer_left") == "action_home_timer_cancel"
