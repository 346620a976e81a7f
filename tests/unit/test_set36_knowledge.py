"""Held-out set 36's knowledge classes, in our own words: what a thing named does good
(asked of a source, or as what it can contribute), what a document named says of a
subject, a question after a colon that tells what the asker is about to do, a name a
report gives (an app, a chair), and who helps with GDPR in the region. Each goes through
the Answerer methods the actions call (actions/knowledge.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.answers import Answer, Answerer


def _asked(real: Answerer, text: str) -> list[Answer | None]:
    """A question as the model's question, and as a sentence it was unsure of."""
    return [real.answer_question(text), real.best_guess(text)]


# -- what a thing does good -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic", "said"),
    [
        (
            "hvad gør en sensormadras egentlig godt for ifølge KL",
            "sensormadrasser",
            "falde",
        ),
        (
            "hvad er vendesystemer gode for, ifølge jeres kilder",
            "automatiske_vende_kip_systemer",
            "tryksår",
        ),
        (
            "hvad kan træningsapps bidrage med i genoptræningen",
            "traeningsapps",
            "træne",
        ),
    ],
)
def test_what_a_thing_does_good(real: Answerer, text: str, topic: str, said: str) -> None:
    for reply in _asked(real, text):
        assert reply is not None and reply.topic == topic and said in reply.text, reply


# -- what a document says of a subject ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic", "said"),
    [
        ("hvad mener Horsens Kommune om etik", "horsens_etik", "uetiske"),
        ("hvad skriver Horsens om etiske dilemmaer", "horsens_etik", "dilemma"),
        ("hvad er visionen i horsens strategi", None, "alle borgere"),
        ("hvorfor arbejder Horsens med rehabilitering ifølge strategien", None, "meningsfuldt"),
        ("hvad skriver regionen om samtykke", None, "samtykke"),
    ],
)
def test_what_a_document_says(real: Answerer, text: str, topic: str | None, said: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and said in reply.text, reply
    assert topic is None or reply.topic == topic, reply


def test_a_document_saying_nothing_of_it_is_no_answer_from_it(real: Answerer) -> None:
    assert real._source_says("hvad siger Horsens om vejret i morgen") is None


# -- a question after a colon -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("vi har teammøde i morgen og jeg skal fremlægge: hvad siger Horsens om etik", "uetiske"),
        (
            "jeg laver slides til direktionen: hvilke teknologier frigør flest hænder ifølge "
            "undersøgelsen fra 2024",
            "skærmteknologi",
        ),
    ],
)
def test_a_question_after_a_colon(real: Answerer, text: str, said: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and said in reply.text, reply


# -- a name a report gives --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("hvad hedder den app til træning som en kommune nævner i statusrapporten", "Exorlive"),
        ("hvad skriver KL's statusrapport om raizer", "Raizer"),
    ],
)
def test_a_name_a_report_gives(real: Answerer, text: str, said: str) -> None:
    for reply in _asked(real, text):
        assert reply is not None and said in reply.text, reply


# -- GDPR help in the region ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hvem i regionen kan tjekke om vores nye teknologi overholder gdpr-reglerne",
        "hvad laver social-it",
    ],
)
def test_gdpr_help_in_the_region(real: Answerer, text: str) -> None:
    for reply in _asked(real, text):
        assert reply is not None and "Social-IT" in reply.text, reply


def test_gdpr_as_a_barrier_stays_with_the_barriers(real: Answerer) -> None:
    reply = real.answer_question("hvor mange kommuner nævner juridiske problemer som gdpr")
    assert reply is not None and reply.topic == "barrierer_2024", reply
