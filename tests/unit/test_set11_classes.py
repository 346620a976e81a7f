"""New users' Danish, by class (held-out set 11): our own sentences of each class."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.access.policy import Access
from bot.access.roster import Roster
from bot.conversation import reading as conversation_reading
from bot.core.clock import COPENHAGEN
from bot.followup import ALSO, MOVE, REMINDER, REMOVE, TIMER, route, what_to_do
from bot.home.config import DeviceKind
from bot.home.parse import Action, parse, says_a_switch
from bot.ranking import READ_SURE, meta_asked, reminder_asked
from bot.reminders.reading import (
    also_at,
    asks_for_a_reminder,
    duty_to_remember,
    tells_someones_dose,
)
from nlu.danish_time import parse as parse_time
from testkit.mqtt import example_home

HOME = example_home(1883)
NOW = datetime(2026, 12, 7, 15, 0, tzinfo=COPENHAGEN)

# -- home: a reason after the command, a room and a device in one word, "herinde" --


@pytest.mark.parametrize(
    ("text", "action", "rooms"),
    [
        # a reason said after the command is not part of it
        ("sluk lyset i stuen jeg skal sove nu", Action.OFF, ("stue",)),
        ("tænd ude i køkkenet jeg skal lave kaffe", Action.ON, ("koekken",)),
        ("træk gardinet ned solen skinner ind på skærmen", Action.CLOSE, ()),
        # a room and a device type in one word, and a passive verb
        ("stuelyset må gerne slukkes", Action.OFF, ("stue",)),
        ("køkkenlyset skal tændes", Action.ON, ("koekken",)),
        # light asked to come
        ("kan der komme lys i gangen", Action.ON, ("gang",)),
    ],
)
def test_home_commands_said_around_other_words(
    text: str, action: Action, rooms: tuple[str, ...]
) -> None:
    command = parse(text, HOME)
    assert (command.action, command.rooms) == (action, rooms), (text, command)
    assert command.unknown_thing is None and command.unknown_place is None, command


def test_a_reason_that_names_the_device_is_kept() -> None:
    """ "skru op, jeg fryser": the reason says it is the heat."""
    command = parse("skru op jeg fryser", HOME)
    assert (command.action, command.kind) == (Action.WARMER, DeviceKind.THERMOSTAT)


def test_herinde_after_another_room_is_the_speakers_room() -> None:
    before = parse("tænd lyset i køkkenet", HOME)
    command = parse("og sluk så herinde", HOME, before)
    assert (command.action, command.rooms, command.devices) == (Action.OFF, (), ())


def test_leave_it_on_but_dim_it() -> None:
    before = parse("sluk sengelampen", HOME)
    command = parse("nej lad den være tændt men skru den ned på tyve procent", HOME, before)
    assert (command.action, command.value, command.devices) == (
        Action.BRIGHTNESS,
        20.0,
        ("sengelampe",),
    )


def test_wait_turn_it_on_again() -> None:
    before = parse("sluk køkkenlampen", HOME)
    command = parse("nej vent tænd den igen jeg skal lige se", HOME, before)
    assert (command.action, command.devices) == (Action.ON, ("koekkenlys",)), command
    assert says_a_switch("hov tænd den igen") and not says_a_switch("hvad er en lampe")


# -- follow-ups: also at another time, "nej stop den", "skal kun være" ------------------


def test_also_at_another_time_goes_to_the_reminder_just_made() -> None:
    assert what_to_do("og så også klokken otte om aftenen") == ALSO
    assert route("og så også klokken otte om aftenen", REMINDER, "x") == "action_also_reminder"
    assert route("og så også klokken otte om aftenen", None, "x") is None
    assert what_to_do("nej stop den igen") == REMOVE
    assert what_to_do("hov den skal kun være på ti minutter") == MOVE
    assert route("hov den skal kun være på ti minutter", TIMER, "x") == "action_home_timer_set"


def test_also_at_keeps_the_rule_at_the_new_hour() -> None:
    first = NOW.replace(hour=8, minute=0) + timedelta(days=1)
    said = NOW.replace(hour=20, minute=0)
    when, rule = also_at(first, "FREQ=DAILY;BYHOUR=8;BYMINUTE=0", said, NOW)
    assert rule == "FREQ=DAILY;BYHOUR=20;BYMINUTE=0"
    assert (when.date(), when.hour) == (NOW.date(), 20)  # this evening, not tomorrow's
    once, none = also_at(first, None, said, NOW)
    assert none is None and (once.date(), once.hour) == (first.date(), 20)


# -- reminders asked for around a duty ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "på tirsdag klokken ni skal jeg ringe til frisøren glem nu ikke at sige det til mig",
        "i morgen klokken otte skal jeg tage mine piller kan du sige til",
        "på mandag skal jeg huske at tage sygesikringskortet med",
    ],
)
def test_a_duty_with_its_time_and_a_request_is_a_reminder(text: str) -> None:
    spans = parse_time(text, NOW).spans
    assert duty_to_remember(text, spans), text
    ranking = [
        {"name": "list_reminders", "confidence": 0.6},
        {"name": "set_reminder", "confidence": 0.2},
    ]
    entities = [{"entity": "time", "start": s, "end": e} for s, e in spans]
    assert reminder_asked(ranking, entities, text)[0]["name"] == "set_reminder"


def test_remember_something_for_me_asks_what() -> None:
    assert asks_for_a_reminder("kan du huske noget for mig")
    assert not asks_for_a_reminder("kan du huske hvad jeg sagde i går")


# -- the assistant asked about, what is kept, "nej" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "wanted"),
    [
        ("er det en rigtig person jeg skriver med", "ask_human", "ask_is_bot"),
        ("hvad er det her for en side", "ask_technology", "ask_is_bot"),
        ("hvad har I gemt om min far", "describe_need", "ask_privacy"),
    ],
)
def test_questions_about_the_assistant_and_what_it_keeps(
    text: str, model: str, wanted: str
) -> None:
    ranking = [{"name": model, "confidence": 0.7}, {"name": "greet", "confidence": 0.1}]
    top = meta_asked(ranking, text)[0]
    assert top["name"] == wanted and top["confidence"] >= READ_SURE


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("slet påmindelsen om min medicin", "cancel_reminder"),  # no question about data
        ("hvad er det for en robot min mor har fået", "ask_technology"),
        ("nej nej du forstår ingenting", "deny"),  # action_deny's, by the conversation
        ("vil jeg tale med et rigtigt menneske", "ask_human"),
    ],
)
def test_other_sentences_keep_the_models_intent(text: str, model: str) -> None:
    ranking = [{"name": model, "confidence": 0.7}, {"name": "greet", "confidence": 0.1}]
    assert meta_asked(ranking, text)[0]["name"] == model


def test_listening_to_everything_is_a_privacy_question() -> None:
    assert conversation_reading.asks_about_listening("lytter du efter alt hvad jeg siger")


# -- staff: the one reminded follows the verb ----------------------------------------


class _NoLog:
    """The access log's seam: naming citizens reads nothing, so nothing is logged."""

    def record(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("nothing is read here")


def test_the_citizen_reminded_follows_the_verb() -> None:
    roster = Roster.from_yaml(
        """
citizens:
  - id: karen
    name: Karen Jensen
  - id: jens
    name: Jens Olsen
staff:
  - id: anne
    name: Anne Holm
    citizens: [karen, jens]
"""
    )
    rules = Access(roster, _NoLog(), strict=True)
    anne = rules.staff("anne")
    assert [c.id for c in rules.named_in(anne, "mind Jens om at ringe til Karen")] == ["jens"]
    assert {c.id for c in rules.named_in(anne, "Karen skal ringe til Jens")} == {"karen", "jens"}


def test_staff_telling_a_dose_taken_is_read() -> None:
    assert tells_someones_dose("Karen har taget sine morgenpiller nu")
    assert not tells_someones_dose("jeg har taget mine piller")


def test_a_reminder_asked_for_at_the_start_is_a_reminder_whatever_the_model_says() -> None:
    text = "husk mig på bridge med Else på fredag klokken to om eftermiddagen"
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.45},
        {"name": "set_reminder", "confidence": 0.4},
    ]
    assert reminder_asked(ranking, [], text)[0]["name"] == "set_reminder"
    question = "kan du minde mig om hvad vi talte om i går"
    assert reminder_asked(ranking, [], question)[0]["name"] == "nlu_fallback"


def test_what_it_can_do_asked_from_ones_job() -> None:
    ranking = [{"name": "ask_topic", "confidence": 0.7}, {"name": "greet", "confidence": 0.1}]
    text = "hvad kan du hjælpe mig med som sygeplejerske"
    assert meta_asked(ranking, text)[0]["name"] == "ask_capabilities"
    assert conversation_reading.asks_what_i_do(text)


@pytest.mark.parametrize(
    ("text", "model", "wanted"),
    [
        # set 12's: a camera asked about, the technologies' data
        ("må jeg sætte et videokamera op hos min mor", "out_of_scope", "ask_topic"),
        ("hvad for data giver sensorerne kommunen", "ask_privacy", "ask_topic"),
        ("hvad gemmer I om mig", "ask_privacy", "ask_privacy"),
    ],
)
def test_a_question_for_the_documents_taken_for_something_else(
    text: str, model: str, wanted: str
) -> None:
    ranking = [{"name": model, "confidence": 0.6}, {"name": "greet", "confidence": 0.1}]
    assert meta_asked(ranking, text)[0]["name"] == wanted


def test_tired_of_writing_to_a_machine_wants_a_person() -> None:
    assert conversation_reading.wants_a_person("kan jeg ikke bare ringe til nogen")
