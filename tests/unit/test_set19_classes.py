"""New users' Danish, by class (held-out sets 19-21: relatives and volunteers on the web
chat, staff in Teams, multi-turn conversations): our own sentences of each class."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionTellPrivacy
from actions.knowledge import ActionAnswerFallback
from bot.conversation.reading import (
    asks_if_i_can,
    asks_my_name,
    asks_my_sources,
    asks_what_i_do,
    wants_a_person,
)
from bot.conversation.replies import privacy
from bot.knowledge.advice import asks_medical_advice
from bot.knowledge.answers import Answerer


def _tracker(text: str, intent: str, events: list[dict[str, Any]]) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.4}, "entities": []}
    return Tracker(
        sender_id="web-test",
        slots={"topic": None, "more_index": 0.0},
        latest_message=message,
        events=[*events, {"event": "user", "text": text, "parse_data": message}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


# -- a topic's meaning asked with a place or a publisher beside it --------------------


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        # the place's own topic (Horsens' definition) had come back
        (
            "hvad betyder mindste-indgriben-princippet i horsens kommune",
            "mindste_indgriben_princippet",
        ),
        # the head said first, its owner after "i": the principles, not the declaration
        ("de tre principper i KL's fælles erklæring", "principper"),
        # "hvad var de nu" after the thing named: what it is
        ("bundlinjerne man hører om, hvad var de nu", "tre_bundlinjer"),
    ],
)
def test_the_topic_named_first_is_what_is_asked(real: Answerer, said: str, topic: str) -> None:
    told = real.answer_question(said, prefer_topics=True)
    assert told is not None and told.topic == topic


def test_the_declaration_asked_alone_stays_the_declaration(real: Answerer) -> None:
    told = real.answer_question("hvad er KL's fælles erklæring", prefer_topics=True)
    assert told is not None and told.topic == "kl_faelles_erklaering"


# -- a short follow-up the model was unsure of, about what was just told --------------


def test_what_about_another_group_is_the_related_subject(real: Answerer) -> None:
    told = real.best_guess("og hvad så med frontpersonalet", "borgerinddragelse_2024", 0)
    assert told is not None and "51,2" in told.text
    # taken for a need, the same (ActionSuggestTechnology asks answer_specific first)
    told = real.answer_specific("men hvad med frontmedarbejderne", "borgerinddragelse_2024")
    assert told is not None and told.topic == "medarbejderinddragelse_2024"


def test_a_year_asked_after_a_figure_is_that_years_figure(real: Answerer) -> None:
    told = real.best_guess("og hvordan så det ud i 2022", "undersoegelse_2024", 1)
    assert told is not None and "93,9" in told.text


def test_how_a_figure_changed_is_the_sentence_that_says_it(real: Answerer) -> None:
    told = real.best_guess("er det gået op eller ned", "rekruttering_2024", 0)
    assert told is None or "20,2" in told.text  # "gået op" asks; the test is the next
    told = real.best_guess("er det blevet værre eller bedre siden", "rekruttering_2024", 0)
    assert told is not None and "20,2" in told.text


def test_who_decides_pointing_back_is_about_what_was_told(real: Answerer) -> None:
    told = real.best_guess(
        "og hvem bestemmer så hvem der får pengene", "velfaerdsteknologipulje", 0
    )
    assert told is not None and "styregruppe" in told.text


def test_applying_for_it_pointing_back_is_how_one_applies(real: Answerer) -> None:
    told = real.best_guess("kan vi som forening søge den", "velfaerdsteknologipulje", 0)
    assert told is not None and told.topic == "soeg_velfaerdsteknologipuljen"


def test_what_an_application_holds_is_its_contents(real: Answerer) -> None:
    told = real.answer_question(
        "hvad skal der stå i sådan en ansøgning",
        prefer_topics=True,
        current="soeg_velfaerdsteknologipuljen",
    )
    assert told is not None and "Formål" in told.text


def test_a_new_subject_is_no_follow_up(real: Answerer) -> None:
    # a long question with a year, naming something else, is its own question
    told = real.best_guess(
        "hvor mange kommuner svarede på undersøgelsen i 2024", "rekruttering_2024", 0
    )
    assert told is None or "93,9" not in told.text


# -- what the assistant is, can do and keeps ------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "hvad er du nu for en",
        "hvem står bag den her chat",
        "er det regionen der har lavet dig",
        "er du så også sådan en",
    ],
)
def test_what_the_assistant_is_is_its_name(said: str) -> None:
    assert asks_my_name(said)


def test_what_it_can_do_after_a_greeting() -> None:
    assert asks_what_i_do("goddag hvad kan du egentlig hjælpe med som pårørende")
    assert not asks_what_i_do("goddag jeg har brug for hjælp")


@pytest.mark.parametrize(
    "said", ["kan du også spille musik", "kan du godt bestille en taxa", "og kan du synge"]
)
def test_can_you_do_something_else(said: str) -> None:
    assert asks_if_i_can(said)


@pytest.mark.parametrize("said", ["kan du ringe til min søn", "kan du minde mig om pillerne"])
def test_asking_for_a_call_or_a_reminder_is_no_can_you(said: str) -> None:
    assert not asks_if_i_can(said)


@pytest.mark.parametrize(
    "said",
    ["hvem kan min mor så tale med", "hvornår kan jeg ringe", "hvem skal han så snakke med"],
)
def test_a_person_for_someone_else_or_when_to_ring(said: str) -> None:
    assert wants_a_person(said)


def test_who_one_talks_to_of_a_technology_is_no_person_asked() -> None:
    assert not wants_a_person("hvem snakker med borgeren gennem skærmen")


@pytest.mark.parametrize(
    "said",
    [
        "kan du svare på spørgsmål om min fars medicin",
        "hjælper du også med spørgsmål om sygdomme",
        "hvad med bivirkninger",
    ],
)
def test_whether_it_answers_about_medicine_is_no_advice(said: str) -> None:
    assert asks_medical_advice(said)


def test_the_medicine_technology_is_still_asked_about() -> None:
    assert not asks_medical_advice("hvad er en medicindispenser")


@pytest.mark.parametrize(
    "said", ["hvor får du dine tal fra", "hvor kommer dine svar fra", "hvor har i jeres viden fra"]
)
def test_where_its_knowledge_comes_from(said: str) -> None:
    assert asks_my_sources(said)
    assert not asks_my_sources("hvor får jeg en gps fra")


async def test_the_sources_asked_as_privacy_are_the_documents() -> None:
    d = CollectingDispatcher()
    tracker = _tracker("hvor får du alle de tal fra", "ask_privacy", [])
    await ActionTellPrivacy().run(d, tracker, {})
    assert "dokumenter" in d.messages[0]["text"]


def test_an_address_is_no_more_wanted_than_a_cpr_number() -> None:
    assert "CPR" in privacy("memory", "og mit telefonnummer og min adresse")


@pytest.mark.parametrize(
    ("before", "said", "wanted"),
    [
        ("hører den alt hvad vi siger", "også når vi er ude", "hej assistent"),
        ("hvad gemmer I om mig", "kan det blive fjernet", "gemt"),
    ],
)
async def test_a_short_follow_up_to_what_is_kept(before: str, said: str, wanted: str) -> None:
    told = privacy("memory", before)
    events = [{"event": "user", "text": before}, {"event": "bot", "text": told}]
    d = CollectingDispatcher()
    await ActionAnswerFallback().run(d, _tracker(said, "nlu_fallback", events), {})
    assert wanted in d.messages[0]["text"]


async def test_a_follow_up_after_something_else_is_not_privacy() -> None:
    events = [{"event": "user", "text": "hej"}, {"event": "bot", "text": "Hej med dig."}]
    d = CollectingDispatcher()
    await ActionAnswerFallback().run(
        d, _tracker("kan det blive fjernet", "nlu_fallback", events), {}
    )
    assert "gemt" not in d.messages[0]["text"]


async def test_can_you_not_understood_says_what_it_can() -> None:
    d = CollectingDispatcher()
    await ActionAnswerFallback().run(d, _tracker("kan du også spille kort", "nlu_fallback", []), {})
    assert "velfærdsteknologi" in d.messages[0]["text"]
