"""Set 53's daily-use and staff classes (a Sønderjylland man at his bedroom speaker, a
hjemmepleje leader's long Teams messages), in sentences of our own, with near misses. The
set itself is scored by bench/nlu_conversations.py."""

from __future__ import annotations

import pytest

from bot.home.parse import Action
from bot.home.several import commands
from bot.ranking import plan_asked_last, request_asked_last
from bot.safety.detect import detect, doubtful
from testkit.mqtt import example_home
from testkit.ranking import ranked

HOME = example_home(1883)


@pytest.mark.parametrize(
    ("said", "then"),
    [
        ("har du husket at låse hoveddøren nej så lås den", Action.LOCK),
        ("er lyset tændt i køkkenet? så sluk det", Action.OFF),
        ("er gardinet i stuen nede, ellers så rul det ned", Action.CLOSE),
    ],
)
def test_a_question_and_what_to_do_about_it_are_both_done(said: str, then: Action) -> None:
    asked, done = commands(said, HOME)
    assert asked.action is Action.ASK_STATE
    assert done.action is then


@pytest.mark.parametrize(
    "said",
    [
        "sluk lyset i stuen nej så tænd det",  # a correction, not a question
        "hvor varmt er der herinde, jeg synes jeg fryser",  # a question and its reason
        "er lyset tændt i stuen? jeg kan ikke se det",
    ],
)
def test_no_question_then_command_where_there_is_none(said: str) -> None:
    assert commands(said, HOME) == [] or commands(said, HOME)[0].action is not Action.ASK_STATE


@pytest.mark.parametrize(
    "said",
    [
        "Vi har en ny hjælper i dag. Hvad skal Jens i dag, så hun ved det?",
        "Hvad skal Karen på torsdag? Datteren spørger, om hun kan komme.",
        "Jeg planlægger ruterne. Hvad skal Jens i morgen, for jeg skal bruge det",
    ],
)
def test_the_days_plan_asked_beside_context_is_the_plan(said: str) -> None:
    assert (
        plan_asked_last(ranked("nlu_fallback", ["ask_plan"], 0.45), said)[0]["name"] == "ask_plan"
    )


@pytest.mark.parametrize(
    "said",
    [
        "hvad skal jeg huske i dag, så jeg ikke glemmer det",
        "hvad skal jeg i dag gøre ved min medicin",
    ],
)
def test_what_to_remember_or_to_do_about_something_is_no_plan(said: str) -> None:
    assert (
        plan_asked_last(ranked("nlu_fallback", ["ask_plan"], 0.45), said)[0]["name"] != "ask_plan"
    )


@pytest.mark.parametrize(
    "said",
    [
        "Jens glemmer sin gåtur. Ny påmindelse til Jens: gåtur på tirsdag kl 10",
        "Hun har spurgt efter det flere gange. Påmindelse til Karen, frisør fredag kl 9",
    ],
)
def test_a_new_reminder_said_last_after_context_is_a_reminder(said: str) -> None:
    entries = request_asked_last(ranked("add_plan_item", ["set_reminder"], 0.48), said)
    assert entries[0]["name"] == "set_reminder"


def test_a_reminder_asked_about_last_is_no_new_one() -> None:
    said = "Hun er i tvivl. Påmindelse om hvad var det nu?"
    entries = request_asked_last(ranked("add_plan_item", ["set_reminder"], 0.48), said)
    assert entries[0]["name"] == "add_plan_item"


@pytest.mark.parametrize(
    "said",
    [
        "Jens ringede og lød lidt forvirret. Har han fået sine piller i dag?",
        "hun virkede en smule forvirret i telefonen, har hun taget sin medicin",
    ],
)
def test_a_little_confusion_beside_a_medicine_question_is_staff_context(said: str) -> None:
    assert detect(said) is None
    assert doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "hun lød lidt forvirret",  # nothing asked beside it
        "han er pludselig meget forvirret, har han fået sine piller",  # sudden
        "hun virker lidt forvirret og har feber, har hun fået sin medicin",  # a fever
        "han lød lidt forvirret i dag, mere end han plejer, har han fået medicin",  # worse
    ],
)
def test_confusion_that_is_new_worse_or_alone_still_gets_help(said: str) -> None:
    assert detect(said) is not None
