"""The knowledge actions with specific questions: the municipality's contact is added
where an answer sends the citizen there, and follow-ups use the topic slot."""

from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge import (
    ActionAnswerFallback,
    ActionAnswerQuestion,
    ActionSuggestTechnology,
    ActionTellMore,
)
from actions.services import Services
from bot.knowledge.answers import Answerer
from bot.settings import EXAMPLE_CONTACT_PHONE
from tests.actions.conftest import make_tracker


@pytest.fixture(autouse=True)
def example_contact(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("VELFAERD_CONTACT_NAME", "VELFAERD_CONTACT_PHONE", "VELFAERD_CONTACT_HOURS"):
        monkeypatch.delenv(name, raising=False)


async def test_price_follow_up_adds_the_municipality_contact(real: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker("hvad koster den", slots={"topic": "loeftestole", "more_index": 1.0})
    events = await ActionAnswerQuestion(Services(answerer=real)).run(d, tracker, {})
    text = d.messages[0]["text"]
    assert "visitation" in text and EXAMPLE_CONTACT_PHONE in text
    assert SlotSet("topic", "loeftestole") in events


async def test_fact_answer_has_no_contact_added(real: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker(
        "hvor tit mødes de",
        intent="ask_more",
        slots={"topic": "netvaerk_magtanvendelse", "more_index": 0.0},
    )
    await ActionTellMore(Services(answerer=real)).run(d, tracker, {})
    text = d.messages[0]["text"]
    assert "måned" in text and EXAMPLE_CONTACT_PHONE not in text


async def test_question_taken_as_a_need_gets_the_fact(real: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker("hvor kan man låne små hjælpemidler", intent="describe_need")
    await ActionSuggestTechnology(Services(answerer=real)).run(d, tracker, {})
    assert "Teknotek" in d.messages[0]["text"]


async def test_need_is_still_a_suggestion(real: Answerer) -> None:
    d = CollectingDispatcher()
    await ActionSuggestTechnology(Services(answerer=real)).run(
        d, make_tracker("min far farer vild når han går tur", intent="describe_need"), {}
    )
    assert d.messages[0]["text"].startswith("Det kunne være")


async def test_unsure_follow_up_uses_the_topic(real: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker(
        "hvor tit mødes de",
        intent="nlu_fallback",
        slots={"topic": "raad_for_tryghedsskabende_velfaerdsteknologi", "more_index": 0.0},
    )
    await ActionAnswerFallback(Services(answerer=real)).run(d, tracker, {})
    assert "2-3 gange" in d.messages[0]["text"]


# -- a fact follow-up whatever intent the model gave it (issue 21) --------------


async def test_figure_follow_up_taken_for_a_human_gets_the_figure(real: Answerer) -> None:
    from actions.conversation import ActionContactHuman

    d = CollectingDispatcher()
    tracker = make_tracker(
        "og hvor mange procent var det",
        intent="ask_human",
        slots={"topic": "barrierer_2024", "more_index": 0.0},
    )
    await ActionContactHuman(Services(answerer=real)).run(d, tracker, {})
    assert "%" in d.messages[0]["text"] and EXAMPLE_CONTACT_PHONE not in d.messages[0]["text"]


async def test_a_request_for_a_person_still_gets_the_phone(real: Answerer) -> None:
    from actions.conversation import ActionContactHuman

    d = CollectingDispatcher()
    tracker = make_tracker(
        "hvor kan jeg ringe til et menneske",
        intent="ask_human",
        slots={"topic": "barrierer_2024", "more_index": 0.0},
    )
    await ActionContactHuman(Services(answerer=real)).run(d, tracker, {})
    assert EXAMPLE_CONTACT_PHONE in d.messages[0]["text"]


async def test_how_often_taken_for_examples_gets_how_often(real: Answerer) -> None:
    from actions.knowledge import ActionGiveExamples

    d = CollectingDispatcher()
    tracker = make_tracker(
        "hvor ofte holder de møde",
        intent="ask_examples",
        slots={"topic": "raad_for_tryghedsskabende_velfaerdsteknologi", "more_index": 0.0},
    )
    await ActionGiveExamples(Services(answerer=real)).run(d, tracker, {})
    assert "gange om året" in d.messages[0]["text"]


async def test_categories_are_listed_but_a_fact_question_is_answered(real: Answerer) -> None:
    from actions.knowledge import ActionListCategories

    d = CollectingDispatcher()
    await ActionListCategories(Services(answerer=real)).run(
        d, make_tracker("hvilke kategorier deler KL det op i", intent="list_categories"), {}
    )
    assert "15 kategorier" in d.messages[0]["text"]
    d = CollectingDispatcher()
    await ActionListCategories(Services(answerer=real)).run(
        d,
        make_tracker("hvilke slags data kommer der fra teknologierne", intent="list_categories"),
        {},
    )
    assert "15 kategorier" not in d.messages[0]["text"]
    assert "data" in d.messages[0]["text"].lower()


async def test_own_doses_asked_unsure_get_the_log(
    real: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "øh har jeg fået mine piller i dag" was not understood (set 3): the fallback
    hands it to the adherence action, which reads today's doses."""
    from actions import staff

    async def told(self: object, dispatcher: CollectingDispatcher, *_: object) -> list[object]:
        dispatcher.utter_message(text="(dagens doser)")
        return []

    monkeypatch.setattr(staff.ActionTellAdherence, "run", told)
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=real)).run(
        d, make_tracker("øh tog jeg min morgenmedicin", intent="nlu_fallback"), {}
    )
    assert d.messages[0]["text"] == "(dagens doser)"


async def test_frustration_the_model_was_unsure_of_gets_sorry_and_a_person(
    real: Answerer,
) -> None:
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=real)).run(
        d, make_tracker("nu svarer du forkert igen det er noget lort", intent="nlu_fallback"), {}
    )
    text = d.messages[0]["text"]
    assert EXAMPLE_CONTACT_PHONE in text and "forstod jeg desværre ikke" not in text, text
