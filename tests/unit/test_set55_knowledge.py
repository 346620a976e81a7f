"""Held-out set 55's knowledge classes, in our own words: a bare "og <gevinst>?" right
after a survey's figures, answered with that line's figure; what a thing named amid
chatter is; whether the municipalities expect to put more or less effort into welfare
technology; whether a thing named saves the staff time or is for the citizen's sake; a
door alarm put up against a person's will; a need to train at home after an operation;
and the category of a thing asked what it is. The readers (bot/knowledge/gleaned.py,
everyday.py, pointed.py) on their own, then the Answerer through the methods the actions
call, with near misses that keep their answers."""

from __future__ import annotations

import pytest

from bot.knowledge import everyday, gleaned, pointed
from bot.knowledge.answers import Answerer
from testkit.knowledge import asked as _asked
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("og forøget arbejdsglæde?", "foroget arbejdsglaede"),
        ("hvad så med erhvervsudvikling", "erhvervsudvikling"),
        ("men det fysiske arbejdsmiljø?", "fysiske arbejdsmiljo"),
        ("og hvad koster den?", None),  # asks in words of its own
        ("og for de pårørende?", None),  # the same, asked of someone else
        ("og i 2022?", None),  # another year
        ("og hvad med min søster", None),
        ("tak for det", None),
    ],
)
def test_added_line(text: str, line: str | None) -> None:
    assert gleaned.added_line(text) == line


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvad er det egentlig for noget, det der telepresence-robot, min nevø taler om", True),
        ("hvad er det der robotstøvsuger for noget, som naboen altid nævner", True),
        ("hvad er en robotstøvsuger", False),
        ("hvad er det der sker med data fra sensorerne", False),
    ],
)
def test_asks_what_thing_is(text: str, yes: bool) -> None:
    assert gleaned.asks_what_thing_is(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        (
            "frigør skærmbesøg egentlig tid for hjemmeplejen, eller er det bare for borgerens skyld?",
            True,
        ),
        ("sparer en robotstøvsuger tid for personalet", True),
        ("aflaster loftliften medarbejderne", True),
        ("sparer kommunen penge på skærmbesøg", False),
        ("hvor lang tid tager det at få en robotstøvsuger", False),
    ],
)
def test_asks_staff_time(text: str, yes: bool) -> None:
    assert gleaned.asks_staff_time(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        (
            "Min mor skal genoptræne knæet efter operationen, men kan ikke komme hen til "
            "genoptræningen. Er der noget hun kan gøre derhjemme?",
            True,
        ),
        ("han vil gerne lave sine øvelser hjemme efter et fald, hvad findes der?", True),
        ("hvad koster det at træne hjemme med en app", False),  # money, not the need
        ("min far kan ikke komme ud af sengen om morgenen", False),  # no training
    ],
)
def test_needs_training_at_home(text: str, yes: bool) -> None:
    assert gleaned.needs_training_at_home(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Regner kommunerne med at sætte flere eller færre ressourcer af på sigt?", True),
        ("vil kommunerne bruge flere kræfter på teknologi de kommende år", True),
        ("hvilke gevinster forventer kommunerne de næste år", False),
    ],
)
def test_asks_more_effort_ahead(text: str, yes: bool) -> None:
    assert everyday.asks_more_effort_ahead(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("må plejehjemmet sætte en alarm på hendes yderdør, når hun ikke ønsker det?", True),
        ("kan de sætte en døralarm op hos min far hvis han ikke vil", True),
        ("hvis han ikke kan finde hjem, hvad findes der så", False),
    ],
)
def test_asks_against_will(text: str, yes: bool) -> None:
    assert pointed.asks_against_will(text) is yes


def test_a_door_said_by_its_kind() -> None:
    assert gleaned.plainly_placed("en alarm på hendes bagdør") == "en alarm på døren"


# -- the Answerer ----------------------------------------------------------------------------

_GAINS = "hvor mange kommuner mener, at teknologien giver borgerne mere livskvalitet"


@pytest.mark.parametrize(
    ("follow", "figure"),
    [
        ("og forøget arbejdsglæde?", "66,3"),
        ("hvad så med erhvervsudvikling", "8,8"),
        ("men det fysiske arbejdsmiljø?", "81,3"),
        ("og økonomiske besparelser?", "61,3"),
    ],
)
def test_a_line_added_after_the_figures(real: Answerer, follow: str, figure: str) -> None:
    first = real.answer_question(_GAINS)
    assert first is not None and first.topic == "gevinsttyper_2024", first
    assert _says(_asked(real, _GAINS, follow), figure)
    # taken for a need (answer_specific) or not understood (best_guess)
    assert _says(real.answer_specific(follow, first.topic), figure)
    assert _says(real.best_guess(follow, first.topic, first.more_index), figure)


def test_a_line_added_needs_figures_just_told(real: Answerer) -> None:
    assert real.answer_specific("og forøget arbejdsglæde?", None) is None


@pytest.mark.parametrize(
    ("text", "topic", "word"),
    [
        (
            "hvad er det egentlig for noget, det der telepresence-robot, min nevø taler om",
            "telepresence_robotter",
            "skærm på hjul",
        ),
        (
            "hvad er det der robotstøvsuger for noget som naboen altid snakker om",
            "robotstoevsugere",
            "støvsuger",
        ),
        (
            "hvad er det nu for noget med det skærmbesøg, min svigersøn snakker om",
            "skaermbesoeg",
            "tablet",
        ),
    ],
)
def test_the_thing_named_amid_chatter(real: Answerer, text: str, topic: str, word: str) -> None:
    for reply in (
        real.answer_question(text),
        real.best_guess(text),
        real.answer_specific(text),
    ):
        assert reply is not None and reply.topic == topic, reply
        assert _says(reply, word), reply


@pytest.mark.parametrize(
    "text",
    [
        "Regner kommunerne med at sætte flere eller færre ressourcer af til "
        "velfærdsteknologi på sigt?",
        "vil kommunerne bruge flere kræfter på teknologi de kommende år",
    ],
)
def test_more_effort_ahead(real: Answerer, text: str) -> None:
    for reply in (
        real.answer_question(text, prefer_topics=True),
        real.best_guess(text),
        real.answer_specific(text),
    ):
        assert _says(reply, "83,8"), reply


def test_the_gains_expected_keep_their_answer(real: Answerer) -> None:
    reply = real.answer_question("hvilke gevinster forventer kommunerne de næste år")
    assert reply is not None and reply.topic == "forventede_gevinster", reply


@pytest.mark.parametrize(
    "text",
    [
        "frigør skærmbesøg egentlig tid for hjemmeplejen, eller er det bare for borgerens skyld?",
        "sparer skærmbesøg timer for medarbejderne?",
    ],
)
def test_time_saved_by_a_thing(real: Answerer, text: str) -> None:
    for reply in (
        real.answer_question(text, entities=["Skærmbesøg"]),
        real.best_guess(text),
        real.answer_specific(text),
    ):
        assert _says(reply, "transporttid"), reply
        assert _says(reply, "75 %"), reply


def test_time_saved_by_a_thing_without_a_survey_line(real: Answerer) -> None:
    reply = real.answer_specific("sparer en robotstøvsuger tid for personalet")
    assert reply is not None and reply.topic == "robotstoevsugere", reply
    assert reply.text.startswith("Robotstøvsugere hjælper"), reply


def test_money_saved_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("sparer kommunen penge på skærmbesøg")
    assert reply is not None and reply.topic == "oekonomisk_besparelse_2024", reply


@pytest.mark.parametrize(
    "text",
    [
        "må plejehjemmet sætte en alarm på hendes yderdør, når hun ikke ønsker det?",
        "kan de sætte en døralarm op hos min far hvis han ikke vil",
        "er det tilladt at give hende en alarm på bagdøren, hvis hun ikke selv vil?",
    ],
)
def test_a_door_alarm_against_the_will(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text), real.best_guess(text)):
        assert _says(reply, "samtykke"), reply
        assert _says(reply, "kommunalbestyrelsen"), reply


@pytest.mark.parametrize(
    "text",
    [
        "Min mor skal genoptræne knæet efter operationen, men kan ikke komme hen til "
        "genoptræningen. Er der noget hun kan gøre derhjemme?",
        "han vil gerne lave sine øvelser hjemme efter et fald, hvad findes der?",
        "Far er blevet opereret i skulderen og har svært ved at komme over til "
        "træningen. Kan han træne hjemme på en anden måde?",
    ],
)
def test_training_at_home(real: Answerer, text: str) -> None:
    for reply in (
        real.suggest_for_need(text),
        real.answer_specific(text),
        real.answer_question(text),
        real.best_guess(text),
    ):
        assert reply is not None and reply.topic == "traeningsteknologi", reply
        assert _says(reply, "genoptræning"), reply
        assert _says(reply, "apps"), reply


def test_a_training_thing_named_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("virker træningsapps også hjemme")
    assert reply is not None and reply.topic == "traeningsapps", reply


@pytest.mark.parametrize(
    "text", ["hvad er en virtuel besøgsven", "fortæl mig om virtuelle besøgsvenner"]
)
def test_the_visiting_friend_names_its_category(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text), real.best_guess(text)):
        assert reply is not None and reply.topic == "virtuelle_besoegsvenner", reply
        assert _says(reply, "sociale teknologier"), reply


def test_a_line_only_listed_is_told_with_its_figure(real: Answerer) -> None:
    reply = _asked(
        real,
        "hvad er den største barriere for velfærdsteknologi",
        "og juridiske problemstillinger?",
    )
    assert reply is not None and reply.topic == "barrierer_2024", reply
    assert _says(reply, "47,5 %"), reply


def test_an_ordinary_what_is_it_for_something_is_left_to_the_usual_readers() -> None:
    # without chatter the ordinary question is answered as before (a sealed set's
    # conversation had lost its answer to this reader)
    assert not gleaned.asks_what_thing_is("hvad er en vendelift for noget")
    assert not gleaned.asks_what_thing_is("hvad er det for noget med puljen i Horsens")
