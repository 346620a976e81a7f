"""New users' Danish, by class (held-out set 9): our own sentences of each class."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.conversation import reading as conversation_reading
from bot.conversation import replies as conversation_replies
from bot.core.clock import COPENHAGEN
from bot.home.config import DeviceKind
from bot.home.parse import Action, light_wish, parse
from bot.knowledge import practical
from bot.knowledge.answers import Answerer
from bot.knowledge.practical import Practical
from bot.knowledge.questions import is_specific_question
from bot.ranking import reminder_asked
from bot.reminders.reading import asks_for_a_reminder, moved_time
from testkit.mqtt import example_home

HOME = example_home(1883)

# -- the hour or the day asked as speech says it ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hva tid er det nu",
        "hvor meget er klokken blevet",
        "hvilken dag er det i dag for jeg aner det ikke",
        "hvad er klokken nu jeg har vist sovet",
    ],
)
def test_the_hour_or_the_day_asked_in_speech(text: str) -> None:
    assert conversation_reading.asks_orientation(text), text


@pytest.mark.parametrize(
    "text", ["hvilken dag er det jeg skal til lægen", "hvad tid er det vi skal køre"]
)
def test_when_something_happens_is_no_orientation(text: str) -> None:
    assert not conversation_reading.asks_orientation(text), text


# -- what is kept of what one writes, and whether the speaker listens ----------


@pytest.mark.parametrize(
    "text",
    [
        "hvor lang tid gemmer I det man skriver",
        "hvem kan se det vi taster ind her",
        "lytter den med på alt hvad vi snakker om også når vi sover",
        "hører I efter hvad vi taler om om natten",
    ],
)
def test_what_is_kept_asked_at_length(text: str) -> None:
    assert conversation_reading.asks_about_my_data(text), text


def test_listening_at_night_is_answered_first() -> None:
    said = "hører den efter hvad vi siger også om natten"
    assert conversation_replies.privacy("memory", said).startswith("Højttaleren lytter kun")


@pytest.mark.parametrize(
    "text", ["hvor længe holder batteriet", "hvem kan se min plan", "hører du mig"]
)
def test_other_questions_are_no_privacy_question(text: str) -> None:
    assert not conversation_reading.asks_about_my_data(text), text


# -- knowledge: a list's contents, the sector asked about, money to try things ---


def test_what_a_list_holds_wins_over_the_kind_it_also_names(real: Answerer) -> None:
    for text in (
        "hvilke alarmer er med på positivlisten",
        "hvilke tryghedsteknologier står der på positivlisten efter serviceloven",
    ):
        reply = real.answer_question(text)
        assert reply is not None and "signalgivere" in reply.text, (text, reply)


def test_a_yes_or_no_question_about_the_municipalities_is_a_fact(real: Answerer) -> None:
    """Taken for a need, it still gets the survey's figure."""
    assert is_specific_question("mangler kommunerne folk til plejen")
    assert not is_specific_question("har svært ved at huske sine piller")
    reply = real.answer_specific("har de danske kommuner svært ved at rekruttere sosu-hjælpere")
    assert reply is not None and "71,3" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "hvor kan vores hjemmepleje få midler til et forsøg med ny teknologi",
        "vi vil gerne afprøve en robot på plejehjemmet, kan man søge støtte til det",
    ],
)
def test_money_to_try_new_technology_is_the_pool(real: Answerer, text: str) -> None:
    for reply in (real.best_guess(text), real.answer_question(text)):
        assert reply is not None and "2 mio" in reply.text, (text, reply)


def test_a_subsidy_for_ones_own_aid_is_not_the_pool(real: Answerer) -> None:
    reply = real.answer_question("kan min far få tilskud til en rollator")
    assert reply is None or "2 mio" not in reply.text, reply


# -- how a technology works, after a remark on how one got it ------------------


def test_how_it_happens_after_a_remark_is_about_the_thing(real: Answerer) -> None:
    text = (
        "Min far har fået bevilget skærmbesøg af kommunen i stedet for nogle af besøgene. "
        "Hvordan foregår det i praksis?"
    )
    assert practical.classify(text) is None
    reply = real.answer_question(text)
    assert reply is not None and "video" in reply.text, reply
    assert practical.classify("hvordan får man skærmbesøg fra kommunen") is Practical.GET


# -- home: off or on with a room and no device is the light; the body is no room -------


@pytest.mark.parametrize(
    ("text", "action", "room"),
    [
        ("sluk lige inde i stuen jeg tror vi glemte det", "off", "stue"),
        ("tænd ude i gangen jeg kan ikke se noget", "on", "gang"),
        ("sluk i soveværelset du må undskylde jeg glemte det", "off", "sovevaerelse"),
    ],
)
def test_off_or_on_in_a_room_is_the_light_whatever_follows(
    text: str, action: str, room: str
) -> None:
    command = parse(text, HOME)
    assert command.unknown_thing is None, text
    assert (command.action, command.kind, command.rooms) == (
        Action(action),
        DeviceKind.LIGHT,
        (room,),
    )


def test_a_thing_named_before_the_room_is_still_unknown() -> None:
    assert parse("tænd radioen i stuen", HOME).unknown_thing == "radioen"


@pytest.mark.parametrize(
    "text",
    [
        "rul rullegardinet ned herinde lyset blænder mig i øjnene",
        "luk gardinerne jeg har ondt i hovedet af det lys",
        "træk gardinet for det trækker koldt i nakken",
    ],
)
def test_the_body_is_no_room(text: str) -> None:
    command = parse(text, HOME)
    assert command.unknown_place is None, text
    assert command.kind is DeviceKind.COVER and command.action is Action.CLOSE, text


@pytest.mark.parametrize(
    "text",
    ["lidt mere lys", "noget mere lys herinde tak", "mindre lys tak det blænder", "øh mere lys"],
)
def test_a_wish_for_light_without_a_verb(text: str) -> None:
    assert light_wish(text), text
    assert parse(text, HOME).kind is DeviceKind.LIGHT


@pytest.mark.parametrize(
    "text", ["jeg vil have mere lys i mit liv", "lyset er for meget", "mere lyst humør tak"]
)
def test_other_words_about_light_are_no_wish(text: str) -> None:
    assert not light_wish(text), text


# -- moving a reminder to an hour said without its half of the day -----------------


@pytest.mark.parametrize(
    ("due_hour", "text", "hour"),
    [
        (19, "ryk den hellere til klokken otte", 20),
        (21, "nej gør det klokken ti i stedet", 22),
        (7, "flyt den til klokken ni", 9),
        (18, "flyt den til klokken halv seks", 17),
        (19, "flyt den til klokken ti om formiddagen", 10),  # the half said is kept
        (19, "flyt den til klokken 14", 14),
    ],
)
def test_a_moved_hour_keeps_the_half_of_the_day_of_the_reminder(
    due_hour: int, text: str, hour: int
) -> None:
    now = datetime(2026, 3, 2, 11, 0, tzinfo=COPENHAGEN)
    due = datetime(2026, 3, 3, due_hour, 0, tzinfo=COPENHAGEN)
    when = moved_time(text, due, now).when
    assert when is not None and (when.date(), when.hour) == (due.date(), hour), when


def test_a_moved_hour_today_is_one_still_ahead() -> None:
    now = datetime(2026, 3, 2, 11, 0, tzinfo=COPENHAGEN)
    due = datetime(2026, 3, 2, 19, 0, tzinfo=COPENHAGEN)
    when = moved_time("sæt den til klokken ti", due, now).when
    assert when == datetime(2026, 3, 2, 22, 0, tzinfo=COPENHAGEN)


# -- "du skal lige minde mig om noget": a reminder asked for, its thing not yet said ---


@pytest.mark.parametrize(
    "text",
    ["du må godt minde mig om en ting", "du ska lige minde mig om noget vigtigt"],
)
def test_you_must_remind_me_is_a_reminder_whose_thing_is_asked(text: str) -> None:
    assert asks_for_a_reminder(text), text
    ranking = [
        {"name": "ask_reminders", "confidence": 0.8},
        {"name": "set_reminder", "confidence": 0.1},
    ]
    assert reminder_asked(ranking, [], text)[0]["name"] == "set_reminder"


@pytest.mark.parametrize(
    "text", ["hvad skal du minde mig om i dag", "du skal ikke minde mig om det mere"]
)
def test_other_words_about_reminding_are_no_new_reminder(text: str) -> None:
    assert not asks_for_a_reminder(text), text


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Vi har fået en sengesensor. Hvordan virker den egentlig?", True),
        ("hvordan fungerer en spiserobot?", True),
        ("hvordan fungerer en spiserobot", False),  # no question mark: left to the model
        ("Hvordan virker den? Vi har fået en sengesensor.", False),  # the question is not last
    ],
)
def test_how_it_works_asked_as_a_question(text: str, asks: bool) -> None:
    assert practical.asks_how_it_works(text) is asks, text
