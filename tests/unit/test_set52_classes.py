"""Set 52's daily-use classes (a woman of 80 on Fyn at her kitchen speaker, a man of 73
after a stroke at his), in sentences of our own, with near misses. The set itself is
scored by bench/nlu_conversations.py."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.conversation.reading import asks_about_listening
from bot.core.clock import COPENHAGEN
from bot.core.danish.little import little_words
from bot.home.parse import Action, parse
from bot.inbound import as_read
from bot.ranking import reminder_asked
from bot.reminders.reading import asks_my_reminders, duty_to_remember, reminder_what
from nlu.danish_time import parse as parse_time
from testkit.mqtt import example_home
from testkit.ranking import ranked

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("flyt den te halv elleve", "flyt den til halv elleve"),
        ("ryk æ frisør te fire", "ryk æ frisør til fire"),
        ("jeg sagde te dig at jeg ville", "jeg sagde til dig at jeg ville"),
        ("han ringede te mæ i går", "han ringede til mæ i går"),
        ("å i soveværelset", "og i soveværelset"),
        ("å så vil jeg høre om vejret", "og så vil jeg høre om vejret"),
        ("å hvad med køkkenet", "og hvad med køkkenet"),
        ("i stuen osse", "i stuen også"),
    ],
)
def test_spoken_te_aa_and_osse_are_read_as_til_og_and_ogsaa(said: str, read: str) -> None:
    assert little_words(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "en kop te til mig",
        "jeg drikker te det meste af dagen",
        "lave te to gange om dagen",
        "a ska te læge",  # read by the reminder text's own spoken words
        "å nej",
        "jeg kan godt lide te",
        "bossen og possen",
    ],
)
def test_tea_a_sigh_and_other_words_stay(said: str) -> None:
    assert little_words(said) == said


def test_the_door_reads_the_little_words_on_every_channel() -> None:
    assert as_read("å i gangen osse") == "og i gangen også"


@pytest.mark.parametrize(
    "said",
    [
        "hva var det nu a sagde te dæ a sku huske",
        "hvad var det jeg sagde til dig jeg skulle huske",
        "hva var det nu jeg sagde til dæ a ska huske",
    ],
)
def test_what_one_told_the_assistant_to_remember_is_the_list(said: str) -> None:
    assert asks_my_reminders(as_read(said))


def test_what_one_said_to_someone_else_is_no_list() -> None:
    assert not asks_my_reminders(as_read("hvad var det nu jeg sagde til min søster i går"))


@pytest.mark.parametrize(
    "said",
    [
        "hører du hvad vi siger hele tiden",
        "lytter den til hvad jeg siger om natten",
        "hører assistenten alt hvad vi snakker om hele tiden",
    ],
)
def test_what_is_said_heard_all_the_time_is_about_listening(said: str) -> None:
    assert asks_about_listening(said)


@pytest.mark.parametrize("said", ["hører du hvad jeg siger", "hører du hvad jeg siger nu"])
def test_whether_it_hears_one_now_is_not_about_listening_in(said: str) -> None:
    assert not asks_about_listening(said)


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("på lørdag min datter kommer mind mig om det", "din datter kommer"),
        (
            "naboen holder fødselsdag på søndag klokken tre husk mig på det",
            "naboen holder fødselsdag",
        ),
        ("i morgen kommer der en tekniker, mind mig lige om det", "der en tekniker"),
    ],
)
def test_anything_told_at_a_time_with_remind_me_of_it_last_is_a_reminder(
    said: str, what: str
) -> None:
    spans = parse_time(said, NOW).spans
    assert duty_to_remember(said, spans)
    assert what in reminder_what(said, spans, None)
    entities = [{"entity": "time", "start": start, "end": end} for start, end in spans]
    assert reminder_asked(ranked("ask_visit", ["set_reminder"]), entities, said)[0]["name"] == (
        "set_reminder"
    )


@pytest.mark.parametrize(
    "said",
    [
        "min datter kommer på lørdag",  # told, nothing asked
        "hvornår kommer min datter, mind mig om det",  # a question
        "min datter kommer mind mig om det",  # no time
    ],
)
def test_a_visit_told_without_the_request_or_a_time_is_no_reminder(said: str) -> None:
    assert not duty_to_remember(said, parse_time(said, NOW).spans)


@pytest.mark.parametrize(
    ("said", "degrees"),
    [
        ("sæt varmen i stuen til øh to og tyve", 22.0),
        ("skru varmen op til øhm tyve grader", 20.0),
        ("varmen på æh enogtyve", 21.0),
    ],
)
def test_a_hesitation_inside_a_temperature_is_not_a_word(said: str, degrees: float) -> None:
    command = parse(said, example_home(1883))
    assert command.action is Action.SET_TEMPERATURE
    assert command.value == degrees
