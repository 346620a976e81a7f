from pathlib import Path

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge import (
    ActionAnswerFallback,
    ActionAnswerQuestion,
    ActionCoreFallback,
    ActionGiveExamples,
    ActionListCategories,
    ActionOutOfScope,
    ActionSuggestTechnology,
    ActionTellCapabilities,
    ActionTellMore,
    ActionTellSource,
)
from actions.services import Services
from bot.conversation import replies as conversation_replies
from bot.knowledge import replies
from bot.knowledge.answers import NOT_YET_TOLD, Answerer
from bot.knowledge.loader import load
from tests.actions.conftest import make_tracker


async def test_answer_question_uses_entity_and_sets_topic(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker("hvad er det", entities=[{"entity": "technology", "value": "GPS"}])
    events = await ActionAnswerQuestion(Services(answerer=answerer)).run(d, tracker, {})
    assert d.messages[0]["text"].startswith("En GPS viser")
    assert events == [SlotSet("topic", "gps"), SlotSet("more_index", 0.0)]


async def test_answer_question_topic_intent(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker("hvad siger positivlisten om gps", intent="ask_topic")
    await ActionAnswerQuestion(Services(answerer=answerer)).run(d, tracker, {})
    assert d.messages[0]["text"].startswith("Positivlisten")


async def test_answer_question_unknown_says_not_found(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    events = await ActionAnswerQuestion(Services(answerer=answerer)).run(
        d, make_tracker("hvad er en ubåd"), {}
    )
    assert d.messages[0]["text"] == replies.NOT_FOUND
    assert events == []


async def test_suggest_for_need(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker("min far går sig vild", intent="describe_need")
    events = await ActionSuggestTechnology(Services(answerer=answerer)).run(d, tracker, {})
    assert "GPS" in d.messages[0]["text"]
    assert SlotSet("more_index", float(NOT_YET_TOLD)) in events


async def test_suggest_without_match(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    await ActionSuggestTechnology(Services(answerer=answerer)).run(
        d, make_tracker("jeg vil have kage", intent="describe_need"), {}
    )
    assert d.messages[0]["text"] == replies.NEED_NOT_FOUND


async def test_tell_more_follows_the_slots(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker(
        "ja", intent="affirm", slots={"topic": "gps", "more_index": float(NOT_YET_TOLD)}
    )
    events = await ActionTellMore(Services(answerer=answerer)).run(d, tracker, {})
    assert d.messages[0]["text"].startswith("En GPS viser")
    assert SlotSet("more_index", 0.0) in events


async def test_tell_more_without_topic_asks(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    await ActionTellMore(Services(answerer=answerer)).run(
        d, make_tracker("fortæl mere", intent="ask_more"), {}
    )
    assert d.messages[0]["text"] == replies.NO_TOPIC


async def test_examples_and_source(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker("eksempler", intent="ask_examples", slots={"topic": "tryghed"})
    await ActionGiveExamples(Services(answerer=answerer)).run(d, tracker, {})
    assert d.messages[0]["text"] == "For eksempel GPS og Sensorgulv."
    d = CollectingDispatcher()
    await ActionTellSource(Services(answerer=answerer)).run(d, tracker, {})
    assert "KL" in d.messages[0]["text"]


async def test_source_without_topic_names_all_publishers(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    await ActionTellSource(Services(answerer=answerer)).run(
        d, make_tracker("hvor har du det fra", intent="ask_source"), {}
    )
    assert d.messages[0]["text"].startswith(
        "Jeg har min viden fra to offentlige dokumenter fra KL og Region Midtjylland."
    )


async def test_list_categories(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    events = await ActionListCategories(Services(answerer=answerer)).run(
        d, make_tracker("hvilke typer", intent="list_categories"), {}
    )
    assert "kategorier" in d.messages[0]["text"]
    assert SlotSet("topic", "kategorioversigt") in events


async def test_fallback_answers_only_clear_names(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=answerer)).run(
        d, make_tracker("sensorgulv", intent="nlu_fallback"), {}
    )
    assert d.messages[0]["text"].startswith("Et sensorgulv")
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=answerer)).run(
        d, make_tracker("blæh blæh", intent="nlu_fallback"), {}
    )
    assert d.messages[0]["text"] == conversation_replies.NOT_UNDERSTOOD


def test_every_fallback_reader_is_listed_once_and_is_a_coroutine() -> None:
    """A reader written but left out of READERS would never run; one listed twice or
    misspelt would run twice or break every unsure turn."""
    import inspect

    readers = ActionAnswerFallback.READERS
    assert len(readers) == len(set(readers))
    for name in readers:
        assert inspect.iscoroutinefunction(getattr(ActionAnswerFallback, name)), name
    written = {
        name
        for name, member in vars(ActionAnswerFallback).items()
        if name.startswith("_")
        and not name.startswith("__")
        and inspect.iscoroutinefunction(member)
    }
    assert written == set(readers)


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("hej hvem er du egentlig", "utter_is_bot"),  # set 6's classes, our sentences
        ("hvad er du for en", "utter_is_bot"),
        ("hvor mange sovepiller ka jeg ta", "utter_medical_advice"),
        ("I want to order a pizza", "utter_other_language"),  # the smoke test's
        ("nå men så siger jeg farvel og tak for i dag", "utter_goodbye"),  # set 7's class
    ],
)
async def test_fallback_answers_who_it_is_and_never_a_dose(
    answerer: Answerer, text: str, response: str
) -> None:
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=answerer)).run(
        d, make_tracker(text, intent="nlu_fallback"), {}
    )
    assert d.messages[0]["response"] == response, d.messages


async def test_fallback_tells_what_it_does_and_the_day_asked_around_other_words(
    answerer: Answerer,
) -> None:
    """Set 7's classes in our sentences: "hva ka du" as speech says it, and the day asked
    at the end of a remark."""
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=answerer)).run(
        d, make_tracker("øh hva ka du sån egentlig", intent="nlu_fallback"), {}
    )
    assert "minde dig om" in d.messages[0]["text"], d.messages
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=answerer)).run(
        d, make_tracker("jeg er helt ude af det hvad dato er det i dag", intent="nlu_fallback"), {}
    )
    assert d.messages[0]["text"].startswith("Det er "), d.messages


async def test_core_fallback_answers_then_forgets_the_turn_so_rasa_listens(
    answerer: Answerer,
) -> None:
    d = CollectingDispatcher()
    events = await ActionCoreFallback(Services(answerer=answerer)).run(
        d, make_tracker("blæh blæh", intent="inform"), {}
    )
    assert d.messages[0]["text"] == conversation_replies.NOT_UNDERSTOOD
    assert events[-1] == {"event": "rewind", "timestamp": None}


async def test_tell_more_answers_who_about_current_topic(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    tracker = make_tracker("hvem kan bruge den", intent="ask_more", slots={"topic": "gps"})
    await ActionTellMore(Services(answerer=answerer)).run(d, tracker, {})
    assert d.messages[0]["text"] == "Borgere med demens, der går ture alene."


async def test_out_of_scope_answers_a_practical_follow_up_about_the_topic(
    answerer: Answerer,
) -> None:
    d = CollectingDispatcher()
    t = make_tracker("kan man låne den", intent="out_of_scope", slots={"topic": "gps"})
    events = await ActionOutOfScope(Services(answerer=answerer)).run(d, t, {})
    assert "Teknoteket" in d.messages[0]["text"], d.messages
    assert SlotSet("topic", "gps") in events
    d = CollectingDispatcher()
    t = make_tracker("kan du bestille en taxa", intent="out_of_scope", slots={"topic": "gps"})
    assert await ActionOutOfScope(Services(answerer=answerer)).run(d, t, {}) == []
    # a citizen (no roster: every sender) hears what it can do for her, not only facts
    said = d.messages[0]["text"]
    assert said == conversation_replies.OUT_OF_SCOPE_CITIZEN
    assert all(w in said for w in ("ikke hjælpe", "minde dig", "lys", "velfærdsteknologi")), said
    assert conversation_replies.out_of_scope("offentlig") == conversation_replies.OUT_OF_SCOPE
    assert "dine borgere" in conversation_replies.out_of_scope("staff")


async def test_english_ranked_out_of_scope_is_told_only_danish_is_understood(
    answerer: Answerer,
) -> None:
    """The smoke test's "I want to order a pizza" had got the Danish out-of-scope answer
    when the model was sure of out_of_scope; a Danish request still gets it."""
    d = CollectingDispatcher()
    t = make_tracker("I want to order a pizza", intent="out_of_scope")
    await ActionOutOfScope(Services(answerer=answerer)).run(d, t, {})
    assert d.messages[0]["response"] == "utter_other_language", d.messages
    d = CollectingDispatcher()
    t = make_tracker("kan du bestille en pizza til mig", intent="out_of_scope")
    await ActionOutOfScope(Services(answerer=answerer)).run(d, t, {})
    assert d.messages[0].get("response") is None, d.messages
    assert d.messages[0]["text"].startswith("Det kan jeg"), d.messages


async def test_a_question_for_medicine_advice_gets_no_advice_whatever_its_intent(
    answerer: Answerer,
) -> None:
    """The model read "må du give mig råd om min medicin" as a rules question."""
    for action in (ActionAnswerQuestion, ActionAnswerFallback, ActionOutOfScope):
        d = CollectingDispatcher()
        t = make_tracker("må du give mig råd om min medicin", intent="ask_topic")
        assert await action(Services(answerer=answerer)).run(d, t, {}) == []
        assert d.messages == [{**d.messages[0], "response": "utter_medical_advice"}], d.messages


async def test_an_unsure_question_about_ones_data_gets_the_privacy_answer(
    answerer: Answerer,
) -> None:
    d = CollectingDispatcher()
    t = make_tracker("kan jeg få en kopi af alt det i har om mig", intent="nlu_fallback")
    await ActionAnswerFallback(Services(answerer=answerer)).run(d, t, {})
    assert "Personalet kan give dig alt" in d.messages[0]["text"], d.messages
    assert "Du kan ringe til" in d.messages[0]["text"], d.messages  # a copy: who gives it


async def test_an_unsure_order_to_phone_someone_says_it_cannot(answerer: Answerer) -> None:
    """Set 5: "ring op til min datter" got "det forstod jeg ikke"."""
    d = CollectingDispatcher()
    t = make_tracker("ring op til min datter", intent="nlu_fallback")
    await ActionAnswerFallback(Services(answerer=answerer)).run(d, t, {})
    assert d.messages[0]["text"].startswith(conversation_replies.CANNOT_CALL), d.messages


async def test_capabilities_or_the_practical_question_taken_for_them(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    await ActionTellCapabilities(Services(answerer=answerer)).run(
        d, make_tracker("hvad kan du", "ask_capabilities"), {}
    )
    # a citizen (no roster: every REST sender) hears reminders, the plan and the home too
    said = d.messages[0]["text"]
    assert said == conversation_replies.CAPABILITIES_CITIZEN
    assert all(w in said for w in ("minde dig", "dagsplan", "lys", "velfærdsteknologi")), said
    assert conversation_replies.capabilities("offentlig") == conversation_replies.CAPABILITIES
    assert "dine borgere" in conversation_replies.capabilities("staff")
    real = Answerer(load(Path(__file__).parents[2] / "data" / "knowledge"))
    d = CollectingDispatcher()
    t = make_tracker("Hvor kan man låne og prøve hjælpemidler?", "ask_capabilities")
    await ActionTellCapabilities(Services(answerer=real)).run(d, t, {})
    assert "Teknoteket" in d.messages[0]["text"], d.messages


@pytest.mark.parametrize(
    "text",
    [
        "min skulder driller igen i dag",
        "jeg har så ondt i knæene som sædvanlig",
        "puha jeg er svimmel",
    ],
)
async def test_an_everyday_ailment_told_gets_kind_words_and_the_own_doctor(
    answerer: Answerer, text: str
) -> None:
    """The smoke test's "ondt i ryggen som altid" got "forstod ikke"; our sentences."""
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=answerer)).run(
        d, make_tracker(text, intent="nlu_fallback"), {}
    )
    assert d.messages[0]["text"] == conversation_replies.AILMENT, d.messages


@pytest.mark.parametrize(
    "text",
    [
        "jeg har ondt i ryggen når jeg skal op hvad findes der",  # a need: ideas
        "må jeg tage en ekstra pille når jeg har ondt",  # never advice on medicine
        "husk mig på at ringe til lægen jeg har ondt i foden",  # a duty to be reminded of
        "det var en dejlig tur i skoven",
    ],
)
async def test_an_ailment_asked_about_is_not_only_pitied(answerer: Answerer, text: str) -> None:
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=answerer)).run(
        d, make_tracker(text, intent="nlu_fallback"), {}
    )
    assert d.messages[0].get("text") != conversation_replies.AILMENT, d.messages


async def test_an_ailment_told_with_a_need_gets_the_ideas() -> None:
    """A need told with the ailment ("... kan ikke komme op af lænestolen") is answered with
    technology from the real knowledge, not only pitied."""
    from pathlib import Path

    from bot.knowledge.loader import load

    real = Answerer(load(Path(__file__).resolve().parents[2] / "data" / "knowledge"))
    d = CollectingDispatcher()
    await ActionAnswerFallback(Services(answerer=real)).run(
        d,
        make_tracker(
            "min far har ondt i hoften og kan ikke komme op af lænestolen", intent="nlu_fallback"
        ),
        {},
    )
    assert "løftestol" in d.messages[0]["text"], d.messages


async def test_the_last_question_is_asked_again_of_the_year_said_after_it() -> None:
    """Set 38: "nej, jeg mente den fra 2020 …" after the survey's number of
    municipalities had got the timers' answer; set 37: "og i 2021?"."""
    answerer = Answerer(load(Path(__file__).resolve().parents[2] / "data" / "knowledge"))

    async def after(first: str, then: str) -> str:
        events = [
            {"event": "user", "text": first, "parse_data": {"intent": {"name": "ask_topic"}}},
            {"event": "user", "text": then, "parse_data": {"intent": {"name": "nlu_fallback"}}},
        ]
        d = CollectingDispatcher()
        t = make_tracker(then, intent="nlu_fallback", events=events)
        await ActionAnswerFallback(Services(answerer=answerer)).run(d, t, {})
        return " ".join(str(m.get("text")) for m in d.messages)

    asked = "hvor mange kommuner svarede på undersøgelsen"
    told = await after(asked, "og hvad så i 2020?")
    assert "91" in told and "2020" in told, told
    assert "91" not in await after(asked, "og hvad så med Horsens?")


@pytest.mark.parametrize(
    "text",
    [
        "Hvad kan du egentlig hjælpe os med her i Nethjælpen?",
        "hvad kan du hjælpe mig med",
    ],
)
async def test_what_it_helps_with_taken_for_a_question(answerer: Answerer, text: str) -> None:
    """ "hvad kan du hjælpe os med her i Nethjælpen" (set 42, ask_topic): what the
    assistant does, not what Nethjælpen is."""
    d = CollectingDispatcher()
    await ActionAnswerQuestion(Services(answerer=answerer)).run(
        d, make_tracker(text, "ask_topic"), {}
    )
    assert "velfærdsteknologi" in d.messages[0]["text"], d.messages


async def test_a_text_asked_written_is_declined_with_what_it_can_do(answerer: Answerer) -> None:
    d = CollectingDispatcher()
    said = "Kan du skrive ansøgningen til kommunen for mig, så jeg bare skal sende den?"
    t = make_tracker(said, intent="out_of_scope")
    assert await ActionOutOfScope(Services(answerer=answerer)).run(d, t, {}) == []
    assert d.messages[0]["text"] == conversation_replies.CANNOT_WRITE


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        (
            "kan du ikke bare skrive hele opgaven for mig",
            conversation_replies.CANNOT_WRITE_ASSIGNMENT,
        ),
        ("gider du skrive min eksamensopgave", conversation_replies.CANNOT_WRITE_ASSIGNMENT),
        ("kan du sende et resumé af samtalen til min leder", conversation_replies.CANNOT_SEND),
        ("vil du maile det her til min datter", conversation_replies.CANNOT_SEND),
    ],
)
async def test_an_assignment_or_a_sending_asked_is_declined(
    answerer: Answerer, said: str, reply: str
) -> None:
    # set 44: a student's assignment (the municipality does not help with that) and a
    # summary asked sent to the boss (it sends nothing anywhere)
    d = CollectingDispatcher()
    t = make_tracker(said, intent="out_of_scope")
    assert await ActionOutOfScope(Services(answerer=answerer)).run(d, t, {}) == []
    assert d.messages[0]["text"] == reply


async def test_a_follow_up_taken_for_the_assistant_is_about_the_subject() -> None:
    """Set 51: "Hvad hed hun?" after the poem about screen visits was read as what the
    assistant can do, "og til hvem er det?" after the offer as where its facts come from."""
    real = Answerer(load(Path(__file__).parents[2] / "data" / "knowledge"))
    slots = {"topic": "skaermbesoeg_erfaringer", "more_index": 4}
    d = CollectingDispatcher()
    t = make_tracker("og hvad hed kvinden så", "ask_capabilities", slots=slots)
    await ActionTellCapabilities(Services(answerer=real)).run(d, t, {})
    assert "Wandall" in d.messages[0]["text"], d.messages
    d = CollectingDispatcher()
    t = make_tracker("hvem er det så til", "ask_source", slots=slots)
    await ActionTellSource(Services(answerer=real)).run(d, t, {})
    assert "65 år" in d.messages[0]["text"], d.messages
    d = CollectingDispatcher()  # with nothing talked about, still what it can do
    await ActionTellCapabilities(Services(answerer=real)).run(
        d, make_tracker("hvad kan du", "ask_capabilities"), {}
    )
    assert d.messages[0]["text"] == conversation_replies.CAPABILITIES_CITIZEN
