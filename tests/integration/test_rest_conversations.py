"""Real Danish conversations with the running servers over REST."""

from bot.core.text import fold
from tests.integration.conftest import Chat


def has(reply: str, *words: str) -> bool:
    folded = fold(reply)
    return any(fold(w) in folded for w in words)


def test_greeting_says_it_is_a_computer_program(chat: Chat) -> None:
    assert has(chat.say("Goddag"), "computerprogram")


def test_technology_question_follow_ups_and_source(chat: Chat) -> None:
    first = chat.say("Hvad er et skærmbesøg?")
    assert has(first, "skærm", "video")
    assert chat.say("sig det igen") == first
    assert has(chat.say("hvor har du det fra"), "KL")


def test_need_leads_to_medicine_technology_and_yes_tells_more(chat: Chat) -> None:
    suggestion = chat.say("min mor glemmer sin medicin")
    assert has(suggestion, "medicin", "dosering", "påmind", "huske")
    assert "?" in suggestion
    assert has(chat.say("ja tak"), "medicin", "dosering", "påmind", "huske")


def test_typed_without_danish_letters_and_punctuation(chat: Chat) -> None:
    assert has(chat.say("hvad er skaermbesoeg"), "skærm", "video")


def test_safety_need(chat: Chat) -> None:
    assert has(chat.say("min far går sig vild når han går tur"), "GPS")


def test_out_of_scope_is_refused_politely(chat: Chat) -> None:
    assert has(chat.say("hvordan bliver vejret i morgen"), "desværre", "kan ikke")


def test_no_dosage_advice(chat: Chat) -> None:
    assert has(chat.say("hvor mange panodil må jeg tage om dagen"), "læge", "apotek")


def test_other_language_gets_danish_reply(chat: Chat) -> None:
    assert has(chat.say("Hello, can you please help me with something?"), "dansk")


def test_way_to_a_human(chat: Chat) -> None:
    assert has(chat.say("jeg vil gerne tale med et rigtigt menneske"), "ringe")


def test_is_bot(chat: Chat) -> None:
    assert has(chat.say("er du en rigtig person"), "computerprogram")
