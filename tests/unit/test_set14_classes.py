"""New users' Danish, by class (held-out set 14): our own sentences of each class."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.access.roster import Citizen
from bot.core.clock import COPENHAGEN
from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.knowledge.search import need_stems
from bot.reminders.reading import reminder_framed, reminder_what
from bot.staff.reading import in_citizen_words
from nlu.danish_time import parse

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real() -> Answerer:
    """The shipped knowledge base: these classes are about its facts."""
    return Answerer(load(ROOT / "data" / "knowledge"))


# -- knowledge: how many kinds, who decides about a thing, a figure asked, the bath -----


@pytest.mark.parametrize(
    "said",
    [
        "hvor mange slags velfærdsteknologi findes der",
        "hvor mange forskellige typer velfærdsteknologi er der",
    ],
)
def test_how_many_kinds_gets_the_15_categories(real: Answerer, said: str) -> None:
    found = real.answer_question(said)
    assert found is not None and "15 kategorier" in found.text, found


def test_who_decides_about_a_named_technology_is_the_municipality(real: Answerer) -> None:
    found = real.answer_question("hvem bestemmer om min mor kan få en løftestol")
    assert found is not None and found.topic == "loeftestole", found
    assert "kommunen" in found.text and "visitation" in found.text, found


def test_a_figure_asked_under_a_topic_without_one_gets_the_figure(real: Answerer) -> None:
    """ "medarbejdere" names Horsens's staff topic, which has no figure; the shortage's
    sentence has it."""
    found = real.answer_specific("hvor mange medarbejdere er det vi kommer til at mangle i plejen")
    assert found is not None and "40.000" in found.text, found
    # a figure not asked: the topic as before
    found = real.answer_specific("hvordan bliver medarbejderne oplært")
    assert found is None or "40.000" not in found.text


@pytest.mark.parametrize(
    ("said", "fact"),
    [
        ("hvor mange kommuner deltog i undersøgelsen fra 2024", "80 af landets 98"),
        ("hvor mange kommuner tror at indsatsen bliver større fremover", "83,8"),
        ("hvor længe har man talt om velfærdsteknologi i Danmark", "2007"),
        ("hvor lang tid har man snakket om velfærdsteknologi i Danmark", "2007"),
        ("hvad handler pjecerne fra Horsens om", "struktur"),
    ],
)
def test_the_documents_figures_and_themes_are_found(real: Answerer, said: str, fact: str) -> None:
    found = real.answer_question(said)
    assert found is not None and fact in found.text, (said, found)


def test_coming_or_going_in_the_bath_is_the_bath() -> None:
    assert need_stems("han kan ikke komme i bad") == need_stems("han kan ikke i bad")
    assert "ga" not in need_stems("min mor kan ikke selv gå i bad")
    assert need_stems("hun kan ikke komme op af stolen")[-1] != "bad"


def test_a_bath_need_gets_bath_technology(real: Answerer) -> None:
    found = real.suggest_for_need("min mand kan ikke længere selv komme i bad")
    assert found is not None and found.topic == "badestole", found


# -- reminders: the noun alone as a request -----------------------------------------------


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("påmindelse til Karen om blodtryksmålingen på onsdag", "blodtryksmålingen"),
        ("ny påmindelse om tandlægen i morgen kl 9", "tandlægen"),
        ("en påmindelse til mig om at ringe til Grete i morgen kl 10", "at ringe til Grete"),
    ],
)
def test_a_reminder_asked_for_by_the_noun_alone(said: str, thing: str) -> None:
    now = datetime(2026, 12, 7, 15, 0, tzinfo=COPENHAGEN)
    assert reminder_framed(said)
    text = in_citizen_words(Citizen("karen", "Karen Jensen"), said)
    assert reminder_what(text, parse(text, now).spans, None) == thing


@pytest.mark.parametrize(
    "said", ["påmindelser om medicin hvad er det", "påmindelse om hvad", "påmindelsesløsninger"]
)
def test_the_noun_in_a_question_is_no_request(said: str) -> None:
    assert not reminder_framed(said)
