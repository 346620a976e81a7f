"""New users' Danish, by class (held-out set 7): our own sentences of each class."""

from __future__ import annotations

import pytest

from bot.knowledge.answers import Answerer
from bot.knowledge.practical import Practical, classify

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
        # the pool named, a related topic's name asked (set 7's class)
        (
            "vi har et plejecenter, hvordan søger vi midler fra velfærdsteknologipuljen",
            None,
            "ansøgningsskema",
        ),
        ("får vi penge fra puljen, skal vi så aflevere en rapport bagefter", None, "halvt"),
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


# -- watching a resident: the rules ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "har plejehjemmet lov til at filme far inde på hans stue og værelse",
            "mindst indgribende",
        ),
        ("må bostedet montere en sensor ved min søsters dør", "Kommunalbestyrelsen"),
    ],
)
def test_watching_a_resident_gets_the_rules(real: Answerer, text: str, expected: str) -> None:
    for reply in (
        real.answer_question(text, prefer_topics=True),
        real.best_guess(text),
        real.answer_specific(text),
    ):
        assert reply is not None and expected in reply.text, (text, reply)


# -- may I say no -------------------------------------------------------------------


def test_whether_one_must_accept_a_technology_is_voluntariness(real: Answerer) -> None:
    text = "skal jeg ta imod den robot, jeg vil hellere ha besøg af hjemmeplejen"
    for reply in (real.answer_question(text), real.best_guess(text), real.answer_specific(text)):
        assert reply is not None and "fravælge" in reply.text, reply


# -- needs in one's own words, when the model was unsure -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("min far kan ikke finde hjem når han går tur om aftenen", "GPS"),
        ("hva hedder det der skærm man ka hænge op så man kan se dagens plan", "skærme"),
        (
            "jeg hjælper frivilligt, og en dame vil gerne have hjælp til at komme i gang med sin tablet",
            "Nethjælpen",
        ),
    ],
)
def test_an_unsure_need_gets_ideas(real: Answerer, text: str, expected: str) -> None:
    reply = real.best_guess(text)
    assert reply is not None and expected in reply.text, (text, reply)


def test_a_feeling_alone_is_no_need(real: Answerer) -> None:
    assert real.best_guess("jeg har det skidt") is None


# -- the device before the question, a thing named by what it does -------------


def test_help_with_a_device_said_before_the_question(real: Answerer) -> None:
    """Set 7's class: the device in one sentence, "hvor kan hun få hjælp" in the next."""
    text = "min nabo vil gerne lære at bruge sin nye computer. hvor kan hun få hjælp til det"
    for reply in (real.best_guess(text), real.answer_specific(text)):
        assert reply is not None and reply.topic == "nethjaelpen", reply


def test_a_thing_named_by_what_it_does_gets_ideas(real: Answerer) -> None:
    reply = real.best_guess("hvad hedder den nu igen der ur man har på væggen med ugedagen på")
    assert reply is not None and "Det kunne være" in reply.text, reply


def test_a_related_topic_named_wins_over_the_technology_talked_about(real: Answerer) -> None:
    """The smoke test's: after a lift chair, how to apply to the pool is the pool's."""
    reply = real.answer_question(
        "hvordan ansøger man om penge fra velfærdsteknologipuljen", current="loeftestole"
    )
    assert reply is not None and reply.topic == "soeg_velfaerdsteknologipuljen", reply
