"""Medicine reminders end to end: set, list, cancel over REST, and a due reminder said in
the web chat (socket.io) by the real worker, answered "ja" and logged as taken."""

from __future__ import annotations

from datetime import timedelta

from bot.app.serve import Servers
from bot.core.clock import SystemClock
from bot.core.text import fold
from bot.reminders.store import ReminderStore
from tests.integration.conftest import Chat, web_chat


def has(reply: str, *words: str) -> bool:
    return any(fold(w) in fold(reply) for w in words)


def test_set_list_and_cancel_all_with_a_question_first(chat: Chat) -> None:
    said = chat.say("mind mig om at tage panodil i morgen klokken 8")
    assert has(said, "om morgenen eller klokken 20 om aftenen"), said
    said = chat.say("om morgenen")
    assert has(said, "jeg minder dig om at tage panodil i morgen klokken 8"), said
    said = chat.say("hvilke paamindelser har jeg")
    assert has(said, "én påmindelse", "panodil"), said
    assert "?" in chat.say("slet alle mine påmindelser")
    assert has(chat.say("ja"), "slettet"), "cancel all after yes"
    assert has(chat.say("hvilke påmindelser har jeg"), "ingen påmindelser")


def test_the_form_asks_for_what_is_missing(chat: Chat) -> None:
    said = chat.say("kan du minde mig om mine piller")
    assert has(said, "hvornår"), said
    said = chat.say("i morgen kl 20")
    assert has(said, "jeg minder dig om dine piller i morgen klokken 20"), said


def test_a_question_in_the_middle_is_answered_and_the_form_asks_again(chat: Chat) -> None:
    # Found as a new user: the form used to ask "hvornår?" again and again instead.
    assert has(chat.say("mind mig om at tage mine piller"), "hvornår")
    said = chat.say("hvad er klokken")
    assert has(said, "klokken er") and has(said, "hvornår skal jeg minde dig"), said
    said = chat.say("jeg vil tale med et menneske")
    assert has(said, "ringe til") and has(said, "hvornår skal jeg minde dig"), said
    said = chat.say("i morgen klokken 14")
    assert has(said, "jeg minder dig om at tage dine piller i morgen klokken 14"), said


def test_a_reminder_asked_for_with_no_thing_asks_what_and_then_when(chat: Chat) -> None:
    # Set 7's class (our sentences): the empty request got the list of reminders, and
    # the two answers after it "forstod ikke".
    said = chat.say("husk mig lige på en ting")
    assert has(said, "hvad skal jeg minde dig om"), said
    said = chat.say("at jeg skal bestille en taxa")
    assert has(said, "hvornår"), said
    said = chat.say("i overmorgen klokken to om eftermiddagen")
    assert has(said, "jeg minder dig om at bestille en taxa", "klokken 14"), said


def test_a_thing_to_remember_soon_is_a_reminder_with_its_words(chat: Chat) -> None:
    said = chat.say("om tyve minutter skal jeg tage brødet ud af ovnen")
    assert has(said, "jeg minder dig om at tage brødet ud af ovnen"), said


def test_impossible_date_is_explained_and_nothing_is_stored(chat: Chat) -> None:
    said = chat.say("mind mig om mine piller den 31. februar")
    assert has(said, "findes ikke"), said
    said = chat.say("stop")
    assert has(said, "ikke nogen påmindelse"), said
    assert has(chat.say("hvilke påmindelser har jeg"), "ingen påmindelser")


async def test_due_reminder_reaches_the_web_chat_and_yes_is_logged(
    servers: Servers, reminders_db: str
) -> None:
    store = ReminderStore(reminders_db, SystemClock())
    store.create_schema()
    try:
        async with web_chat(servers) as chat:
            await chat.say("hej")
            assert "computerprogram" in await chat.reply()

            due = SystemClock().now() + timedelta(seconds=3)
            store.add(chat.session, "at tage Panodil", due, medicine="Panodil", channel="socketio")
            said = await chat.reply(20)
            assert "tid til at tage Panodil" in said, said

            await chat.say("ja")
            assert "taget" in await chat.reply()
            assert [e.outcome.value for e in store.adherence(chat.session)] == ["taken"]
    finally:
        store.dispose()


def test_removing_the_one_named_leaves_the_other(chat: Chat) -> None:
    """Set 21: "slet den med frisøren" removed the hairdresser's reminder and then the
    only one left, which nobody had asked to remove."""
    chat.say("mind mig om at tage den vanddrivende i overmorgen klokken ni om morgenen")
    chat.say("og mind mig om at ringe til frisøren i overmorgen klokken fjorten")
    said = chat.say("slet den med frisøren")
    assert has(said, "frisøren") and "vanddrivende" not in said, said
    assert has(chat.say("hvilke påmindelser har jeg"), "vanddrivende")


def test_a_clock_time_alone_right_after_sets_the_time_of_the_new_reminder(chat: Chat) -> None:
    """Set 23: "i morgen aften" was read as 19, and "klokken ni" after it was not
    understood; "nej jeg mente halv ti" neither."""
    said = chat.say("mind mig om at vande blomsterne i morgen aften")
    assert has(said, "i morgen klokken 19"), said
    said = chat.say("klokken ni")
    assert has(said, "klokken 21"), said
    said = chat.say("nej jeg mente kvart over ni")
    assert has(said, "klokken 21.15"), said
    listed = chat.say("hvilke påmindelser har jeg")
    assert has(listed, "én påmindelse", "21.15"), listed


def test_to_call_the_doctor_as_the_thing_to_remember_is_no_emergency(chat: Chat) -> None:
    """Set 23: "at ringe til lægen" answering "Hvad skal jeg minde dig om?" got the
    lægevagt's number."""
    assert has(chat.say("jeg skal huske noget"), "hvad skal jeg minde dig om")
    said = chat.say("at ringe til lægen om min recept")
    assert "lægevagt" not in said and has(said, "hvornår"), said
    said = chat.say("på tirsdag klokken 9 om morgenen")
    assert has(said, "jeg minder dig om at ringe til lægen"), said


def test_a_wake_up_call_is_moved_by_a_correction(chat: Chat) -> None:
    said = chat.say("væk mig i morgen klokken kvart over seks")
    assert has(said, "jeg vækker dig i morgen klokken 6.15"), said
    said = chat.say("nej gør det hellere klokken syv")
    assert has(said, "jeg vækker dig i morgen klokken 7"), said
