"""Held-out set 34's knowledge classes, in our own words (bot/knowledge/asked.py): the
same question asked of another thing as a follow-up ("og Y?" right after X's category,
or right after what X is), and what a thing is when a place or field is said after it
("hvad er X på Y"). Each goes through the Answerer methods the actions call
(actions/knowledge.py): a question, a sentence the model was unsure of, a follow-up."""

from __future__ import annotations

import pytest

from bot.knowledge import asked
from bot.knowledge.answers import CATEGORY_TOLD, Answer, Answerer


def _every_way(real: Answerer, text: str, current: str, index: int) -> list[Answer | None]:
    """The follow-up as the model's question, as a sentence it was unsure of, and as a
    wish to hear more."""
    return [
        real.answer_question(text, current=current, current_index=index),
        real.best_guess(text, current, index),
        real.unsure_question(text, current, index),
        real.follow_up(text, current, index),
    ]


# -- the same question of another thing -------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "topic", "category"),
    [
        (
            "hvilken kategori hører en robotstøvsuger til",
            "og rollatorer?",
            "rollatorer",
            "mobilitet",
        ),
        ("hvad for en kategori hører en loftslift til", "hvad med spiserobotter", "", "spise"),
        (
            "hvilken kategori er vendelagener i",
            "okay og en robotstøvsuger da?",
            "robotstoevsugere",
            "rengøring",
        ),
    ],
)
def test_another_thing_after_a_category_gets_its_category(
    real: Answerer, first: str, then: str, topic: str, category: str
) -> None:
    told = real.answer_question(first)
    assert told is not None and "kategorien" in told.text, told
    for reply in _every_way(real, then, told.topic or "", told.more_index):
        assert reply is not None and "kategorien" in reply.text, reply
        assert category in reply.text.lower(), reply
        assert reply.topic != told.topic and (not topic or reply.topic == topic), reply
    # and taken for a question of category itself
    reply = real.categories_asked(then, told.topic)
    assert category in reply.text.lower(), reply


def test_a_category_after_a_category_is_one_of_them(real: Answerer) -> None:
    told = real.answer_question("hvilken kategori hører løftestole til")
    assert told is not None
    reply = real.answer_question(
        "og hvad så med sengeteknologi", current=told.topic, current_index=told.more_index
    )
    assert reply is not None and "kategorier" in reply.text and reply.topic == "sengeteknologi"


def test_more_after_a_category_starts_with_the_thing_itself(real: Answerer) -> None:
    told = real.answer_question("hvilken kategori hører en robotstøvsuger til")
    assert told is not None and told.more_index == CATEGORY_TOLD
    more = real.tell_more(told.topic, told.more_index)
    item = real.kb.get(told.topic)
    assert more is not None and item is not None and more.text == item.summary


@pytest.mark.parametrize(
    ("first", "then", "topic"),
    [
        ("hvad er en vendelagen", "og løftestole?", "loeftestole"),
        ("hvad er en robotstøvsuger", "hvad med en loftslift da", "loftslifte"),
        ("hvad er en løftestol", "ok og rollatorer", "rollatorer"),
    ],
)
def test_another_thing_after_what_one_is_gets_what_it_is(
    real: Answerer, first: str, then: str, topic: str
) -> None:
    told = real.answer_question(first)
    assert told is not None and told.more_index == 0, told
    item = real.kb.get(topic)
    assert item is not None
    for reply in _every_way(real, then, told.topic or "", told.more_index):
        assert reply is not None and reply.text == item.summary, reply


@pytest.mark.parametrize(
    "text", ["og hvem betaler", "hvad med prisen", "og hvad så med det", "og hvornår"]
)
def test_no_thing_named_is_no_same_question(text: str) -> None:
    said = asked.another_thing_asked(text)
    assert said is None or said.split()[0] in ("hvem", "prisen", "det", "hvornar"), said


# -- what a thing is, with a place or field after it ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hvad er positivlisten inden for socialområdet",
        "hvad er egentlig positivlisten i serviceloven",
        "jeg vil gerne vide hvad er positivlisten på botilbuddene",
    ],
)
def test_what_the_positive_list_is(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text), real.best_guess(text, None, 0)):
        assert reply is not None and reply.topic == "positivliste_128a", reply
        said = reply.text.lower()
        assert "positivlisten er" in said and "128 a" in said and "magtanvendelse" in said


def test_who_changes_the_positive_list_is_told_after(real: Answerer) -> None:
    more = real.tell_more("positivliste_128a", 1)
    assert more is not None and "Råd for Tryghedsskabende" in more.text
    assert "ministeren" in more.text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("hvad er telemedicin i kommunerne", "telemedicin"),
        ("hvad er en loftslift på et plejehjem", "loftslifte"),
    ],
)
def test_what_a_thing_is_somewhere(real: Answerer, text: str, topic: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == topic, reply


def test_the_price_of_something_there_is_no_definition() -> None:
    assert asked.what_it_is_there("hvad er prisen på en gps") == "prisen"
