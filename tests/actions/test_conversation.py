from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import (
    ActionContactHuman,
    ActionDeny,
    ActionRepeatLast,
    ActionTellPrivacy,
    last_bot_turn,
)
from actions.services import Services
from bot.conversation import reading, replies
from bot.knowledge.answers import Answerer
from bot.settings import Settings
from tests.actions.conftest import make_tracker


def user(text: str) -> dict[str, str]:
    return {"event": "user", "text": text}


def bot(text: str) -> dict[str, str]:
    return {"event": "bot", "text": text}


def test_last_bot_turn_takes_everything_since_previous_user_message() -> None:
    events = [
        user("hej"),
        bot("Hej!"),
        user("hvad er gps"),
        bot("En GPS viser ..."),
        bot("Vil du høre mere?"),
        user("gentag"),
    ]
    assert last_bot_turn(events) == ["En GPS viser ...", "Vil du høre mere?"]


def test_last_bot_turn_empty_at_start() -> None:
    assert last_bot_turn([user("gentag")]) == []


async def test_repeat_says_last_turn_again() -> None:
    d = CollectingDispatcher()
    tracker = make_tracker(
        "gentag", intent="ask_repeat", events=[user("hej"), bot("Hej med dig."), user("gentag")]
    )
    await ActionRepeatLast().run(d, tracker, {})
    assert [m["text"] for m in d.messages] == ["Hej med dig."]


async def test_repeat_with_nothing_said() -> None:
    d = CollectingDispatcher()
    await ActionRepeatLast().run(
        d, make_tracker("gentag", intent="ask_repeat", events=[user("gentag")]), {}
    )
    assert d.messages[0]["text"] == replies.NOTHING_TO_REPEAT


async def test_what_is_your_name_again_is_the_name_not_a_repeat() -> None:
    d = CollectingDispatcher()
    said = "hvad hedder du nu igen"
    await ActionRepeatLast().run(
        d,
        make_tracker(said, intent="ask_repeat", events=[user("hej"), bot("Hej."), user(said)]),
        {},
    )
    assert d.messages[0]["response"] == "utter_is_bot", d.messages
    assert reading.asks_my_name("hvad var det nu dit navn var")
    assert not reading.asks_my_name("hvad sagde du")


async def test_contact_human_uses_settings() -> None:
    d = CollectingDispatcher()
    settings = Settings.from_env(
        {"VELFAERD_CONTACT_NAME": "Horsens Kommune", "VELFAERD_CONTACT_PHONE": "76 29 29 29"}
    )
    await ActionContactHuman(Services(settings=settings)).run(
        d, make_tracker("menneske", intent="ask_human"), {}
    )
    assert d.messages[0]["text"].startswith("Du kan ringe til Horsens Kommune på 76 29 29 29")
    assert "eksempel" not in d.messages[0]["text"]


async def test_contact_human_example_is_marked() -> None:
    d = CollectingDispatcher()
    await ActionContactHuman(Services(settings=Settings.from_env({}))).run(
        d, make_tracker("menneske", intent="ask_human"), {}
    )
    assert "eksempel" in d.messages[0]["text"]


async def test_asked_to_phone_someone_in_speech_it_says_first_it_cannot() -> None:
    """Set 8's class: "ka du ringe ..." taken for a person asked for got only the number."""
    d = CollectingDispatcher()
    await ActionContactHuman(Services(settings=Settings.from_env({}))).run(
        d, make_tracker("ka du ikke ringe op til min nabo for mig", intent="ask_human"), {}
    )
    said = d.messages[0]["text"]
    assert said.startswith(replies.CANNOT_CALL) and "Du kan ringe til" in said, said


async def test_asked_whether_one_may_refuse_technology_gets_the_choice_not_a_number() -> None:
    """Set 14's class: "kan jeg sige nej tak til ... teknologi, hvis jeg hellere vil have et
    menneske" had got Borgerservice's number; it asks about the right to choose."""
    d = CollectingDispatcher()
    said = "må min far godt sige nej til velfærdsteknologien hvis han hellere vil have et menneske"
    await ActionContactHuman(Services(settings=Settings.from_env({}))).run(
        d, make_tracker(said, intent="ask_human"), {}
    )
    assert "fravælge" in d.messages[0]["text"], d.messages
    d = CollectingDispatcher()
    await ActionContactHuman(Services(settings=Settings.from_env({}))).run(
        d, make_tracker("jeg vil hellere have et menneske", intent="ask_human"), {}
    )
    assert "Du kan ringe til" in d.messages[0]["text"], d.messages


async def test_privacy_answer() -> None:
    d = CollectingDispatcher()
    await ActionTellPrivacy(Services(settings=Settings.from_env({}))).run(
        d, make_tracker("hvad gemmer du", intent="ask_privacy"), {}
    )
    assert "optager ikke lyd" in d.messages[0]["text"]


def test_english_is_told_apart_from_danish_not_understood() -> None:
    for english in ("I want to order a pizza", "can you help me please", "where is my medicine"):
        assert reading.other_language(english), english
    for danish in (
        "tester 1 2 3", "tænd lyset", "jeg vil have en pizza", "hej", "to kaffe", "is i fryseren",
        "a ka ik finde min have", "sluk lyset i stuen",
    ):  # fmt: skip
        assert not reading.other_language(danish), danish


async def test_a_practical_question_taken_for_a_person_gets_the_way_to_get_it(
    answerer: Answerer,
) -> None:
    """Set 7's class: "er det noget man ka få af kommunen" right after a technology went
    to the number alone; it asks how to get that technology."""
    d = CollectingDispatcher()
    tracker = make_tracker(
        "og er det noget ens far ka få fra kommunen", intent="ask_human", slots={"topic": "gps"}
    )
    await ActionContactHuman(Services(answerer=answerer, settings=Settings.from_env({}))).run(
        d, tracker, {}
    )
    text = d.messages[0]["text"]
    assert "hvordan man får" in text and "visitation" in text and "ringe" in text, text


async def test_a_frustrated_no_is_sorry_and_a_person() -> None:
    """Set 11's class: "nej nej nej du forstår jo ingenting" had got "det er helt i orden"."""
    d = CollectingDispatcher()
    await ActionDeny(Services(settings=Settings.from_env({}))).run(
        d, make_tracker("nej nej du forstår jo ingenting", intent="deny"), {}
    )
    said = d.messages[0]["text"]
    assert said.startswith(replies.SORRY) and "Du kan ringe til" in said, said


async def test_a_plain_no_is_fine() -> None:
    d = CollectingDispatcher()
    await ActionDeny(Services(settings=Settings.from_env({}))).run(
        d, make_tracker("nej tak", intent="deny"), {}
    )
    assert [m["text"] for m in d.messages] == [replies.DENY_OK]


async def test_technology_instead_of_people_gets_the_supplement_and_a_person_the_number() -> None:
    """Set 17: "får han stadig besøg af rigtige mennesker?" taken for a person asked for
    gets the documents' supplement; one who asks for a person while saying so gets the
    number, as always."""
    services = Services(settings=Settings.from_env({}))
    d = CollectingDispatcher()
    said = "så får han stadig besøg af rigtige mennesker?"
    await ActionContactHuman(services).run(d, make_tracker(said, intent="ask_human"), {})
    assert "supplement" in d.messages[0]["text"]
    d = CollectingDispatcher()
    said = "jeg vil ikke have at en robot erstatter hjemmehjælperen, jeg vil tale med en person"
    await ActionContactHuman(services).run(d, make_tracker(said, intent="ask_human"), {})
    assert d.messages[0]["text"].startswith("Du kan ringe til")


async def test_slower_speech_asked_says_who_can_slow_the_voice_then_repeats() -> None:
    said = "kan du ikke tale lidt langsommere jeg hører ikke så godt"
    d = CollectingDispatcher()
    events = [user("hej"), bot("Hej med dig."), user(said)]
    await ActionRepeatLast().run(d, make_tracker(said, intent="ask_repeat", events=events), {})
    assert [m["text"] for m in d.messages] == [replies.SLOWER, "Hej med dig."]
    d = CollectingDispatcher()
    await ActionRepeatLast().run(
        d, make_tracker(said, intent="ask_repeat", events=[user(said)]), {}
    )
    assert [m["text"] for m in d.messages] == [replies.SLOWER, replies.NOTHING_TO_REPEAT]
