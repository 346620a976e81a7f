"""New users' Danish, by class (held-out set 7): our own sentences of each class."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.knowledge.practical import Practical, classify

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real() -> Answerer:
    return Answerer(load(ROOT / "data" / "knowledge"))


# -- what a list holds --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("hvad står der egentlig på positivlisten", None),
        ("hvilke teknologier er med på positiv listen", None),
        ("og hva står der så på den", "positivliste_128a"),
    ],
)
def test_what_a_list_holds_is_its_things(real: Answerer, text: str, current: str | None) -> None:
    """ "står" met "start" in the pool's sentence about reporting; the list is asked for."""
    reply = real.answer_question(text, prefer_topics=True, current=current)
    assert reply is not None and "fald- og anfaldsalarmer" in reply.text, reply


# -- a topic's own sentences answer a practical question about it -------------


@pytest.mark.parametrize(
    ("text", "current", "expected"),
    [
        ("hvordan søger man puljen", None, "ansøgningsskema"),
        ("hvordan ansøger vi om pengene", "velfaerdsteknologipulje", "ansøgning"),
        ("hvordan søger man", "velfaerdsteknologipulje", "ansøgningsskema"),
        ("skal vi aflevere en rapport, når vi har fået puljemidler", None, "halvt"),
    ],
)
def test_how_to_apply_to_the_pool_is_the_pools_own_answer(
    real: Answerer, text: str, current: str | None, expected: str
) -> None:
    """A practical question about a subject of the documents is answered by its own
    sentences, never by "mine kilder siger ikke, hvordan man får <subject>"."""
    for reply in (
        real.answer_question(text, prefer_topics=True, current=current),
        real.best_guess(text, current),
    ):
        assert reply is not None and expected in reply.text, (text, reply)
        assert "hvordan man får" not in reply.text


# -- practical questions in spoken Danish --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hvor ka jeg få sån en",
        "er det no'et man ka få af kommunen",
        "ka min mor få den fra kommunen",
        "får man den gennem visitationen",
    ],
)
def test_spoken_get_questions_are_practical(text: str) -> None:
    assert classify(text) is Practical.GET, text


@pytest.mark.parametrize(
    ("text", "current", "name"),
    [
        ("ka man få et vasketoilet af kommunen", None, "tørretoiletter"),
        ("hvor ka jeg få sån en", "gps_systemer", "GPS-systemer"),
        ("er det noget man ka få af kommunen", "sensorgulve", "sensorgulve"),
    ],
)
def test_a_spoken_get_question_gets_the_way_to_the_municipality(
    real: Answerer, text: str, current: str | None, name: str
) -> None:
    replies = [real.answer_question(text, current=current)]
    if current is not None:  # the model took it for "fortæl mere"
        replies.append(real.follow_up(text, current, 0))
    for reply in replies:
        assert reply is not None and reply.refer and name in reply.text, (text, reply)
