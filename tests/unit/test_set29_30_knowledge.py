"""Held-out sets 29-30's knowledge classes, in our own words (bot/knowledge/everyday.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.answers import Answerer


@pytest.mark.parametrize(
    ("text", "current", "wanted"),
    [
        ("hvilken gruppe hører en robotstøvsuger ind under", None, "rengøring"),
        ("og hvad hører den så til", "loftslifte", "mobilitet"),
        ("hvad hedder gruppen det er en del af", "badestole", "hygiejne"),
    ],
)
def test_where_a_thing_belongs(real: Answerer, text: str, current: str | None, wanted: str) -> None:
    reply = real.answer_question(text, current=current, current_index=4)
    assert reply is not None and wanted in reply.text.lower(), reply


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("kan du uddybe det individuelle", "værdi"),
        ("hvad menes der med det faglige i erklæringen", "fagligt mening"),
    ],
)
def test_a_principle_explained_after_the_list(real: Answerer, text: str, wanted: str) -> None:
    for reply in (
        real.answer_question(text, current="principper", current_index=4),
        real.follow_up(text, "principper", 4),
    ):
        assert reply is not None and wanted in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "handler al den teknologi ikke kun om at spare penge på personalet",
        "det er vel bare en besparelse på plejen ik",
    ],
)
def test_only_saving_gets_the_supplement(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "supplement" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne afprøve tingene inden jeg køber dem, kan man låne dem et sted",
        "kan min far låne noget at prøve før han køber selv",
    ],
)
def test_trying_before_buying_gets_teknoteket(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "teknotek" in reply.text.lower(), reply


@pytest.mark.parametrize(
    "text",
    ["er du en robot eller et rigtigt menneske", "er det en maskine eller en person der skriver"],
)
def test_program_or_person(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "computerprogram" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "hva er det med velfærdsteknologi for noget",
        "hvad betyder det der velfærds teknologi overhovedet",
    ],
)
def test_what_welfare_technology_is_with_filler(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == "velfaerdsteknologi_definition_kl", reply


def test_what_is_written_about_a_subject(real: Answerer) -> None:
    reply = real.answer_question("hvad skriver de om nethjælpen i strategien")
    assert reply is not None and "frivillige" in reply.text, reply


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("findes der teknologi som kan hjælpe med at sove bedre", "søvn"),
        ("er der en robot der hjælper med vasketøj", "servicerobot"),
    ],
)
def test_help_with_a_need(real: Answerer, text: str, wanted: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and wanted in reply.text.lower(), reply


@pytest.mark.parametrize(
    "text", ["min mor har brug for hjælp med sin i pad", "hvem kan hjælpe mig til min i pad"]
)
def test_a_split_ipad_gets_nethjaelpen(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "frivillige" in reply.text, reply


def test_a_year_said_in_words(real: Answerer) -> None:
    reply = real.answer_question("hvor mange svarede i undersøgelsen fra to tusind fire og tyve")
    assert reply is not None and "80" in reply.text, reply


@pytest.mark.parametrize(
    ("text", "current", "wanted"),
    [
        ("har de også noget for demente", "teknoteket", "demens"),
        ("kan man også bruge det på en tablet", "skaermbesoeg", "tablet"),
        ("fås det som video", "traeningsteknologi", "video"),
    ],
)
def test_follow_ups_in_everyday_words(real: Answerer, text: str, current: str, wanted: str) -> None:
    reply = real.answer_question(text, current=current, current_index=4)
    assert reply is not None and wanted in reply.text.lower(), reply


def test_a_worry_after_a_technology(real: Answerer) -> None:
    reply = real.answer_specific("bliver de så ikke mere ensomme af det", "virtuelle_besoegsvenner")
    assert reply is not None and "ensomhed" in reply.text, reply


def test_sound_monitoring_names_the_free_municipality(real: Answerer) -> None:
    reply = real.answer_question("må man bruge lydovervågning efter reglerne")
    assert reply is not None and "frikommune" in reply.text, reply
