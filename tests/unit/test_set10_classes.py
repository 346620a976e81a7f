"""New users' Danish, by class (held-out set 10): our own sentences of each class."""

from __future__ import annotations

import re

import pytest

from bot.conversation import reading as conversation_reading
from bot.core.text import fold
from bot.knowledge.answers import Answerer
from bot.ranking import READ_SURE, person_asked, plan_asked

# -- "hvad er X" with a clause after it: what X is ---------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("hvad er det der spiserobot som plejehjemmet har købt", "ske"),
        ("øh hvad er en GPS som kommunen giver folk med demens", "sender"),
        ("hvad er skærmbesøg der bliver brugt i hjemmeplejen", "video"),
    ],
)
def test_what_it_is_with_a_clause_after_is_its_definition(
    real: Answerer, text: str, said: str
) -> None:
    for reply in (real.answer_question(text), real.best_guess(text)):
        assert reply is not None and said in reply.text, (text, reply)


def test_what_it_is_and_whom_it_is_for_gets_both(real: Answerer) -> None:
    reply = real.answer_question("hvad er en spiserobot og hvem er den lavet til")
    assert reply is not None and "ske" in reply.text and "hjælper" in reply.text, reply


def test_more_than_a_name_before_the_clause_is_no_definition(real: Answerer) -> None:
    reply = real.answer_question("hvad er prisen på en spiserobot som kommunen låner ud")
    assert reply is not None and "koster" in reply.text, reply


# -- the verb a how- or must-question asks: how to apply, whether to report back ----


@pytest.mark.parametrize(
    "text",
    [
        "min kollega spørger hvordan man søger penge fra puljen i Horsens",
        "hvordan kan man søge penge fra velfærdsteknologipuljen i Horsens",
    ],
)
def test_how_to_apply_for_the_pool_is_how_one_applies(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text, prefer_topics=True), real.best_guess(text)):
        assert reply is not None and "ansøgningsskema" in reply.text, (text, reply)


@pytest.mark.parametrize(
    "text",
    [
        "når vi har fået penge fra puljen i Horsens skal vi så rapportere noget tilbage",
        "når en afdeling har fået penge fra puljen i Horsens skal de så melde tilbage bagefter",
    ],
)
def test_reporting_back_on_the_pool_is_the_reports(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text, prefer_topics=True), real.best_guess(text)):
        assert reply is not None and "afrapport" in reply.text, (text, reply)


def test_a_how_question_no_sentence_says_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("hvordan virker en GPS")
    assert reply is not None and "sender" in reply.text, reply


# -- an answer that counts the things of a list names them ---------------------------

_COUNTED = re.compile(r"\b(to|tre|fire|fem|seks) (?:\w+ )?teknologier\b")
_NUMBERS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6}


def test_an_answer_that_counts_its_things_names_them(real: Answerer) -> None:
    counted = 0
    for item in real.kb.of_kind("topic"):
        said = _COUNTED.search(item.summary)
        if said is None or not item.examples:
            continue
        counted += 1
        named = [e for e in item.examples if fold(e) in fold(item.summary)]
        assert len(named) >= min(_NUMBERS[said.group(1)], len(item.examples)), item.id
    assert counted >= 1


@pytest.mark.parametrize(
    "text",
    ["hvad er den positive liste", "hvad går positivlisten ud på", "fortæl om positivlisten"],
)
def test_the_list_asked_about_names_what_is_on_it(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text, prefer_topics=True), real.best_guess(text)):
        assert reply is not None and "signalgivere" in reply.text, (text, reply)


# -- a technology named by other words, or misspelt ----------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("min søster har fået noget lys der følger døgnrytmen, hvad er det for noget", "døgn"),
        ("de vil give far en madras med sensorer indeni hvad skal den gøre godt for", "sensor"),
        ("jeg har hørt om en sensor i madrassen hvad er det", "sensor"),
    ],
)
def test_a_technology_described_by_the_words_of_its_name(
    real: Answerer, text: str, said: str
) -> None:
    for reply in (real.answer_question(text), real.best_guess(text)):
        assert reply is not None and said in reply.text.lower(), (text, reply)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("hvad er dosseringsmaskiner? min nabo har vist sådan en", "medicin"),
        ("hvad er en spiserobbot? det stod i avisen", "ske"),
        ("hvad er en loftlifft", "skinne"),
    ],
)
def test_a_misspelt_technology_asked_what_it_is(real: Answerer, text: str, said: str) -> None:
    reply = real.best_guess(text)  # the model is unsure of a word it never saw
    assert reply is not None and said in reply.text, (text, reply)


@pytest.mark.parametrize("text", ["hvad er klokken", "hvad er det", "hvad hedder du"])
def test_nothing_described_is_no_technology(real: Answerer, text: str) -> None:
    assert real.best_guess(text) is None, text


# -- whether the municipalities expect to use more technology: the survey's figure ----


@pytest.mark.parametrize(
    "text",
    [
        "forventer kommunerne at bruge mere velfærdsteknologi i fremtiden",
        "regner de danske kommuner med at satse mere på velfærdsteknologi",
        "regner kommunerne med at investere mindre i teknologi de næste år",
    ],
)
def test_more_or_less_technology_expected_is_the_surveys_figure(real: Answerer, text: str) -> None:
    reply = real.answer_question(text, prefer_topics=True)
    assert reply is not None and "83,8" in reply.text, (text, reply)


def test_the_gains_expected_are_still_the_gains(real: Answerer) -> None:
    reply = real.answer_question("hvilke teknologier forventer kommunerne mest af fremover")
    assert reply is not None and reply.topic == "forventede_gevinster", reply


# -- a way to a person asked for, taken for "are you a person" -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "min nabo vil gerne snakke med en medarbejder fra kommunen, hvordan gør hun det",
        "hvordan kommer jeg i kontakt med nogen fra kommunen",
        "jeg hjælper en ældre mand her på biblioteket, hvordan får han fat i en person",
    ],
)
def test_a_way_to_a_person_asked_for_is_that(text: str) -> None:
    assert conversation_reading.wants_a_person(text), text
    ranking = [
        {"name": "ask_is_bot", "confidence": 0.55},
        {"name": "ask_human", "confidence": 0.3},
        {"name": "greet", "confidence": 0.1},
    ]
    ranked = person_asked(ranking, text)
    assert ranked[0] == {"name": "ask_human", "confidence": READ_SURE}, ranked
    assert [e["name"] for e in ranked[1:]] == ["ask_is_bot", "greet"]


def test_a_person_to_phone_as_a_thing_to_do_stays_a_reminder() -> None:
    ranking = [
        {"name": "set_reminder", "confidence": 0.7},
        {"name": "ask_human", "confidence": 0.2},
    ]
    text = "mind mig i morgen om at ringe til en fra kommunen"
    assert person_asked(ranking, text) == ranking


@pytest.mark.parametrize(
    "text", ["er du et rigtigt menneske", "hvordan kommer jeg i kontakt med min læge"]
)
def test_no_person_asked_is_left_to_the_model(text: str) -> None:
    ranking = [{"name": "ask_is_bot", "confidence": 0.8}, {"name": "ask_human", "confidence": 0.1}]
    assert person_asked(ranking, text) == ranking


# -- a thing put on a named citizen's plan, the name in the genitive ------------------

UNSURE = [
    {"name": "set_reminder", "confidence": 0.44},
    {"name": "add_plan_item", "confidence": 0.42},
    {"name": "ask_plan_day", "confidence": 0.1},
]


@pytest.mark.parametrize(
    "text",
    [
        "skriv fysioterapi i Karens plan hver torsdag klokken 14",
        "læg gymnastik ind i Oles kalender på fredag kl. 9",
        "sæt banko på Mads' plan hver onsdag om eftermiddagen",
        "kan du sætte frisør på hendes plan på tirsdag",
    ],
)
def test_a_thing_put_on_a_named_plan_is_a_plan_item(text: str) -> None:
    ranked = plan_asked(UNSURE, text)
    assert ranked[0] == {"name": "add_plan_item", "confidence": READ_SURE}, (text, ranked)
    assert {e["name"] for e in ranked} == {e["name"] for e in UNSURE}


@pytest.mark.parametrize(
    "text",
    [
        "hvad står der på Karens plan i morgen",
        "mind Karen om at se på sin plan",
        "sæt lyset på halvtreds procent",
    ],
)
def test_other_sentences_with_a_plan_are_left_to_the_model(text: str) -> None:
    assert plan_asked(UNSURE, text) == UNSURE, text


def test_a_plan_sentence_is_no_emergency_lost() -> None:
    alarm = [{"name": "report_emergency", "confidence": 0.5}, *UNSURE]
    assert plan_asked(alarm, "skriv i Karens plan at hun er faldet og bløder")[0] == alarm[0]
