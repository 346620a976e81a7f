"""Held-out set 58's knowledge classes, in our own words: a yes/no follow-up whose word
names one of the subject's sentences (even one told already); which of the categories
the thing just told belongs to, asked at length; a need of forgetting one's pills, with
the medicine technologies first; who in the end approves a technology for one citizen;
and whether one may say no to the technology and have a person instead. The readers
(bot/knowledge/noted.py and friends) on their own, then the Answerer through the
methods the actions call, with near misses that keep their answers."""

from __future__ import annotations

import pytest

from bot.knowledge import asked as read
from bot.knowledge import noted
from bot.knowledge.answers import Answerer
from bot.knowledge.refused import asks_to_refuse_technology
from testkit.knowledge import asked as _asked
from testkit.knowledge import every_way
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Er det noget man finder på biblioteket?", True),
        ("og ligger den så på biblioteket", True),
        ("kan man det hos kommunen?", True),
        ("hvad er et teknotek", False),
        ("min far bor alene og er det noget for ham at få en robot, hvis han ikke kan gå?", False),
    ],
)
def test_asks_yes_no(text: str, yes: bool) -> None:
    assert noted.asks_yes_no(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("og hvilken af kategorierne hører det så ind under?", True),
        ("i hvilken kategori ligger den egentlig", True),
        ("hvad for en kategori er det nu den hører til", True),
        ("hvilke kategorier er der", False),
    ],
)
def test_asks_its_category(text: str, yes: bool) -> None:
    assert noted.asks_its_category(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Hun glemmer tit om hun har taget sine aftenpiller", True),
        ("min far kan ikke huske om han har fået sin hjertemedicin", True),
        ("han glemmer sine aftaler hele tiden", False),
        ("hvad er telemedicin", False),
    ],
)
def test_forgets_medicine(text: str, yes: bool) -> None:
    assert noted.forgets_medicine(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Hvem er det egentlig der til sidst godkender at min søster får en GPS?", True),
        ("hvem er det så som i sidste ende bestemmer det", True),
        ("hvem er det der træffer den endelige afgørelse om en sensormadras", True),
        ("hvem er det der har skrevet rapporten", False),
        ("hvem er det der kommer og sætter den op", False),
    ],
)
def test_asks_who_decides_at_length(text: str, yes: bool) -> None:
    assert read.asks_who_decides(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("kan jeg sige nej tak til det jeg vil have rigtig menneske kommer", True),
        ("må min mor fravælge skærmen, hun vil hellere have sin hjemmehjælper", True),
        ("kan han sige nej til den, han vil have en person der kommer", True),
        ("jeg vil gerne tale med et menneske", False),
        ("hvad er skærmbesøg", False),
    ],
)
def test_asks_to_refuse_for_a_person(text: str, yes: bool) -> None:
    assert asks_to_refuse_technology(text) is yes


# -- the Answerer, every way the actions ask it -------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "word"),
    [
        (
            "Kan man låne små hjælpemidler et sted og prøve dem?",
            "Er det noget man finder på biblioteket?",
            "bibliotek",
        ),
        ("hvad er teknoteket", "og ligger det på biblioteket?", "bibliotek"),
        ("hvad er teknoteket", "er det noget med demens også?", "demens"),
    ],
)
def test_a_yes_no_follow_up_gets_its_sentence(
    real: Answerer, first: str, then: str, word: str
) -> None:
    told = real.answer_question(first)
    assert told is not None and told.topic == "teknoteket", told
    for reply in every_way(real, then, told.topic, told.more_index):
        assert reply is not None and reply.topic == "teknoteket", reply
        assert _says(reply, word), reply
    said = real.answer_question(then, current=told.topic, current_index=told.more_index)
    assert said is not None and said.text.startswith("Ja. "), said


def test_a_yes_no_follow_up_without_its_word_keeps_its_answer(real: Answerer) -> None:
    # a practical question is the practical readers', not a sentence of the subject
    said = _asked(real, "hvad er teknoteket", "er det gratis?")
    assert said is None or not said.text.startswith("Ja. "), said


@pytest.mark.parametrize(
    ("first", "then", "category"),
    [
        ("hvad er stemmestyring", "og hvilken af kategorierne hører det så ind under?", "tryghed"),
        ("hvad er en spiserobot", "i hvilken kategori ligger den egentlig henne?", "spise"),
        ("fortæl om loftlifte", "hvad for en kategori er det så den hører til?", "mobilitet"),
    ],
)
def test_the_category_of_it(real: Answerer, first: str, then: str, category: str) -> None:
    told = real.answer_question(first)
    assert told is not None, first
    for reply in every_way(real, then, told.topic, told.more_index):
        assert _says(reply, category), reply
        assert reply is not None and reply.topic == told.topic, reply


def test_the_list_of_categories_stays_without_a_subject(real: Answerer) -> None:
    reply = real.categories_asked("hvilke kategorier er der?", None)
    assert _says(reply, "15 kategorier"), reply


@pytest.mark.parametrize(
    "text",
    [
        "Hun glemmer tit om hun har taget sine aftenpiller",
        "Min far kan ikke huske om han har fået sine blodtrykspiller",
        "mor glemmer hele tiden sin hjertemedicin",
    ],
)
def test_forgotten_pills_get_medicine_first(real: Answerer, text: str) -> None:
    reply = real.suggest_for_need(text)
    assert reply is not None, text
    assert reply.topic in (
        "automatiske_doseringsmaskiner",
        "huske_paamindelsesloesninger",
        "medicinhaandtering",
    ), reply
    first = reply.text.split(",")[0]
    assert _says(reply, "dosering", "påmind", "medicin") and (
        "dosering" in first.lower() or "påmind" in first.lower() or "medicin" in first.lower()
    ), reply


def test_forgetting_without_pills_keeps_its_suggestions(real: Answerer) -> None:
    reply = real.suggest_for_need("han glemmer sine aftaler og hvad han skal i løbet af dagen")
    assert reply is not None and reply.topic != "automatiske_doseringsmaskiner", reply


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Hvem er det egentlig der til sidst godkender at en borger på et bosted får en GPS?",
            ("kommunalbestyrelse", "myndighed", "kommune"),
        ),
        (
            "hvem er det som i sidste ende giver lov til at en bestemt borger får en døralarm?",
            ("kommunalbestyrelse", "myndighed", "kommune"),
        ),
        (
            "Hvem er det nu der træffer den endelige afgørelse om tryghedsskabende "
            "teknologi til en voksen?",
            ("kommunalbestyrelse", "myndighed"),
        ),
    ],
)
def test_who_approves_for_one_citizen(real: Answerer, text: str, words: tuple[str, ...]) -> None:
    for reply in (
        real.answer_question(text),
        real.best_guess(text),
        real.categories_asked(text, None),
        real.examples_asked(text, [], None),
    ):
        assert _says(reply, *words), reply


@pytest.mark.parametrize(
    "text",
    [
        "kan jeg sige nej tak til det jeg vil have rigtig menneske kommer",
        "må hun godt fravælge det, hun vil hellere have sin hjemmehjælper",
        "kan han sige nej til den, han vil have en person der kommer",
    ],
)
def test_may_refuse_and_have_a_person(real: Answerer, text: str) -> None:
    told = real.answer_question("hvad er skærmbesøg")
    assert told is not None
    reply = real.fact_follow_up(text, told.topic, told.more_index)
    assert _says(reply, "fravælg"), reply
    assert _says(reply, "supplement"), reply
    for other in every_way(real, text, told.topic, told.more_index):
        assert _says(other, "fravælg", "vælge", "supplement", "frivillig"), other


def test_a_refusal_without_a_person_is_the_choice_alone(real: Answerer) -> None:
    reply = real.may_refuse("må jeg fravælge den")
    assert _says(reply, "fravælg") and not _says(reply, "supplement"), reply


def test_a_plain_wish_for_a_person_is_no_question_of_choice(real: Answerer) -> None:
    assert real.fact_follow_up("jeg vil gerne tale med et menneske", "skaermbesoeg", 0) is None
