"""Set 48's daily-use classes (a widower of 72 who tells the story before the request, at
his speaker), in sentences of our own, with near misses. The set itself is scored by
bench/nlu_conversations.py."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.conversation.reading import request_after_story
from bot.core.clock import COPENHAGEN
from bot.home.parse import Action, command_after_reason
from bot.home.parse import parse as parse_home
from bot.plan.reading import plan_title
from bot.ranking import READ_SURE, home_ordered, request_asked_last
from bot.reminders.reading import reminder_framed, reminder_what
from bot.safety.detect import ACUTE, POISONING, detect, doubtful
from nlu.danish_time import parse
from testkit.mqtt import example_home
from testkit.ranking import ranked

NOW = datetime(2026, 12, 7, 9, 40, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        (
            "min søster bor i Aalborg og hun har fødselsdag på fredag og det glemmer jeg altid"
            " så vil du minde mig om at ringe til hende fredag klokken ti",
            "vil du minde mig om at ringe til hende fredag klokken ti",
        ),
        (
            "vi har altid gået til banko om torsdagen i forsamlingshuset så skriv banko i min"
            " kalender hver torsdag klokken syv om aftenen",
            "skriv banko i min kalender hver torsdag klokken syv om aftenen",
        ),
        (
            "lægen siger jeg skal tage dem to gange om dagen så kan du minde mig om"
            " blodtrykspillerne i morgen klokken otte",
            "kan du minde mig om blodtrykspillerne i morgen klokken otte",
        ),
    ],
)
def test_the_request_after_a_story_is_read_on_its_own(said: str, asked: str) -> None:
    assert request_after_story(said) == asked


@pytest.mark.parametrize(
    "said",
    [
        "jeg skal huske at tage min medicin klokken otte så mind mig om det",  # points back
        "min datter kommer på søndag så skriv det i kalenderen",
        "mind mig om at ringe til Bente så hun ved det",  # "så" inside the request
        "ja så mind mig om det",  # no story
        "kan du fortælle mig hvad en løftestol koster så jeg kan spare op",
    ],
)
def test_no_story_or_a_request_pointing_back_stays_whole(said: str) -> None:
    assert request_after_story(said) == said


def test_the_story_s_times_and_words_stay_out_of_the_reminder_and_the_plan() -> None:
    said = (
        "jeg har fået nogle dråber af lægen dem skal jeg have en gang om dagen så mind mig om"
        " dråberne i morgen klokken otte om aftenen"
    )
    request = request_after_story(said)
    result = parse(request, NOW)
    assert result.rrule is None and result.when is not None and result.when.hour == 20
    assert reminder_what(request, result.spans, None) == "dråberne"
    told = (
        "vi er nogle gamle venner der går tur hver søndag det har vi gjort i mange år så sæt"
        " gåtur på planen hver søndag klokken ti"
    )
    request = request_after_story(told)
    assert plan_title(request, parse(request, NOW).spans) == "gåtur"


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        (
            "vi har gået til banko i mange år nu og det er hyggeligt så skriv banko i min"
            " kalender hver torsdag klokken syv",
            "add_plan_item",
        ),
        (
            "jeg glemmer altid min søsters fødselsdag og hun bliver så ked af det så vil du"
            " minde mig om at ringe til hende på fredag klokken ti",
            "set_reminder",
        ),
    ],
)
def test_a_request_after_a_story_is_read_first(said: str, intent: str) -> None:
    got = request_asked_last(ranked("describe_need", ("add_plan_item", "set_reminder")), said)
    assert got[0]["name"] == intent and got[0]["confidence"] >= READ_SURE


# --- a reason told before the home command or question ----------------------------------

HOME = example_home(1883)


@pytest.mark.parametrize(
    ("said", "action", "rooms"),
    [
        # a word of the reason is no room ("på fjernsynet"), the command's own is
        ("solen skinner lige ind på skærmen så jeg kan ikke se noget rul gardinet ned", Action.CLOSE, ()),
        # "ud" and "hente" in the reason turn nothing off
        ("jeg skal lige ud og tage vasketøj ud af maskinen tænd lyset i badeværelset", Action.ON, ("badevaerelse",)),
        # the cold in the reason is no command: the question alone
        ("jeg skal i bad om lidt og der er så koldt hvor varmt er der i badeværelset", Action.ASK_TEMPERATURE, ("badevaerelse",)),
        # only the reason names where: kept
        ("det er mørkt i køkkenet tænd lyset", Action.ON, ("koekken",)),
    ],
)  # fmt: skip
def test_a_reason_told_first_is_not_the_command(
    said: str, action: Action, rooms: tuple[str, ...]
) -> None:
    command = parse_home(said, HOME)
    assert command.action is action and command.rooms == rooms
    assert command.unknown_place is None


def test_a_command_after_a_reason_refers_back_to_the_last() -> None:
    last = parse_home("tænd læselampen", HOME)
    command = parse_home("den er alt for skarp skru den ned på tyve procent", HOME, last)
    assert (command.action, command.value, command.devices) == (
        Action.BRIGHTNESS,
        20.0,
        ("sofalampe",),
    )
    assert command_after_reason("nå nej jeg skulle ikke ud alligevel sluk det igen")
    assert not command_after_reason("sluk det igen")


def test_in_doubt_is_no_place() -> None:
    command = parse_home("jeg er i tvivl er hoveddøren låst", HOME)
    assert command.action is Action.ASK_STATE and command.unknown_place is None


@pytest.mark.parametrize(
    ("said", "intent"),
    [("lås æ dør", "home_control"), ("nu sidder jeg og er i tvivl er bagdøren låst", "home_state")],
)
def test_a_home_command_or_question_beats_an_unsure_emergency_guess(said: str, intent: str) -> None:
    got = home_ordered(ranked("report_crisis", ("report_emergency",), 0.6), said)
    assert got[0]["name"] == intent
    sure = ranked("report_crisis", ("report_emergency",), 0.95)
    assert home_ordered(sure, said)[0]["name"] == "report_crisis"


# --- the safety net beside set 48 -------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "far faldt om foran fjernsynet",
        "hun sad og så fjernsyn og så faldt hun om",
        "min kone besvimede foran tv'et",
    ],
)
def test_the_screen_as_the_place_it_happens_is_no_story(said: str) -> None:
    found = detect(said)
    assert found is not None and ACUTE in found.kinds


@pytest.mark.parametrize(
    "said", ["i fjernsynet faldt en mand om", "jeg så en film hvor en mand faldt om"]
)
def test_what_happens_on_the_screen_is_still_told(said: str) -> None:
    assert detect(said) is None


def test_pills_kept_track_of_are_no_poisoning_but_all_taken_are() -> None:
    assert detect("min kone holdt styr på alle pillerne i fyrre år og nu er hun væk") is None
    found = detect("han har taget alle pillerne på én gang")
    assert found is not None and POISONING in found.kinds


@pytest.mark.parametrize(
    "said",
    [
        "glem nu ik å sig te mæ på fredag klokken ti at a ska ring te æ læge",
        "hvad er det nu jeg har bedt dig om at huske for mig",
    ],
)
def test_a_call_to_the_doctor_to_be_reminded_of_and_the_reminders_asked_are_doubted(
    said: str,
) -> None:
    assert detect(said) is None and doubtful(said)


def test_glem_nu_ikke_at_sige_til_mig_is_a_reminder_asked() -> None:
    said = "glem nu ik å sig te mæ på fredag klokken ti at a ska ring te æ læge"
    assert reminder_framed(said)
    assert reminder_what(said, parse(said, NOW).spans, None) == "at ringe til læge"


@pytest.mark.parametrize(
    ("said", "rooms", "devices"),
    [
        ("sluk lyset i gangen nej i køkkenet", ("koekken",), ()),
        ("tænd sengelampen nej læselampen", (), ("sofalampe",)),
        ("tænd loftslampen hun vil strikke nej det er sofalampen hun vil have", (), ("sofalampe",)),
        ("rul gardinet ned i stuen nej det var i soveværelset", ("sovevaerelse",), ()),
    ],
)
def test_a_place_corrected_in_the_same_breath_is_the_only_one(
    said: str, rooms: tuple[str, ...], devices: tuple[str, ...]
) -> None:
    command = parse_home(said, HOME)
    assert (command.rooms, command.devices) == (rooms, devices)


@pytest.mark.parametrize(
    ("said", "rooms"),
    [
        ("sluk lyset i stuen nej ikke i køkkenet", ("stue",)),  # not there
        ("tænd lyset i stuen nej også i køkkenet", ("stue", "koekken")),  # there too
    ],
)
def test_not_there_or_there_too_is_no_correction(said: str, rooms: tuple[str, ...]) -> None:
    assert parse_home(said, HOME).rooms == rooms
