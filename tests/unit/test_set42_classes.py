"""Set 42's classes (daily use at the speaker: Himmerland speech, speech after a stroke,
a precise engineer; a home helper's Teams shorthand), each in sentences of our own
beside the set's."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.conversation.reading import asks_orientation
from bot.core.clock import COPENHAGEN
from bot.core.danish.spoken import standard_words
from bot.followup import REMOVE, TIMER, route, what_to_do
from bot.home.parse import Action
from bot.home.parse import parse as parse_home
from bot.knowledge.answers import Answerer
from bot.plan.reading import plan_title
from bot.ranking import (
    READ_SURE,
    another_asked,
    pieces_to_remember,
    plan_asked_last,
    reminders_listed,
    thing_not_me,
    timer_set_asked,
)
from bot.reminders.reading import (
    asks_my_reminders,
    reminded_of_what_was_told,
    reminder_what,
    time_of_the_request,
)
from bot.safety.detect import detect, doubtful
from nlu.danish_time import parse
from testkit.mqtt import example_home
from testkit.ranking import ranked

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    "said",
    [
        "hva er æ klokke nu",
        "hva er æ klokke",
        "hva for en dag er det i dag",
        "hva for en dato er det",
    ],
)
def test_the_time_and_day_asked_in_himmerland_speech(said: str) -> None:
    assert asks_orientation(said)


def test_a_day_asked_about_something_else_is_no_orientation() -> None:
    assert not asks_orientation("hva for en dag kommer fodterapeuten")
    assert not asks_orientation("hvilken dag er det jeg skal til lægen")


def test_not_forgetting_is_no_removal_of_the_timer() -> None:
    said = "sæt en timer på en halv time, så a ikke glemmer æ kaffe på blusset"
    assert what_to_do(said) is None
    assert route("start et æggeur på 7 minutter så jeg ikke glemmer æggene", TIMER, "x") is None
    # "glem den" still removes the thing named or pointed at
    assert what_to_do("glem den timer") == REMOVE
    assert what_to_do("du kan godt glemme den nedtælling") == REMOVE


@pytest.mark.parametrize(
    "said",
    [
        "Sæt timeren til halvanden time. Flæskestegen skal hvile bagefter.",
        "sæt lige en nedtælling på tyve minutter, kartoflerne koger",
        "stil æggeuret på 7 minutter",
        "start en timer med 45 sekunder",
    ],
)
def test_a_countdown_set_with_its_length_is_a_countdown(said: str) -> None:
    top = timer_set_asked(ranked("home_timer_left", ("home_timer_set",)), said)[0]
    assert top == {"name": "home_timer_set", "confidence": READ_SURE}


def test_a_countdown_asked_about_or_said_in_an_emergency_is_left() -> None:
    asked = "kan man sætte en timer på 10 minutter?"
    assert timer_set_asked(ranked("ask_capabilities"), asked)[0]["name"] == "ask_capabilities"
    left = "hvor lang tid er der tilbage på timeren"
    assert timer_set_asked(ranked("home_timer_left"), left)[0]["name"] == "home_timer_left"
    fire = "sæt en timer på 5 minutter det brænder i gryden"
    assert timer_set_asked(ranked("report_emergency"), fire)[0]["name"] == "report_emergency"


@pytest.mark.parametrize("said", ["og Karen så?", "og Jens da", "ok og Jens nu"])
def test_the_same_question_of_another_citizen_is_not_more_of_the_answer(said: str) -> None:
    assert another_asked(ranked("ask_more"), said)[0]["name"] == "nlu_fallback"


@pytest.mark.parametrize("said", ["og så?", "og mere så?", "og hvad så", "og dig så"])
def test_more_asked_stays_more(said: str) -> None:
    assert another_asked(ranked("ask_more"), said)[0]["name"] == "ask_more"


@pytest.mark.parametrize(
    ("said", "standard"),
    [
        ("a ska te læge", "jeg skal til læge"),
        ("æ frisør kommer", "frisør kommer"),
        ("mind mæ om å køb foder te hønsene", "mind mig om at køb foder til hønsene"),
        ("a går te banko", "jeg går til banko"),
        ("en kop te til Anna", "en kop te til Anna"),
        ("husk vitamin A", "husk vitamin A"),
    ],
)
def test_jutlandic_words_are_written_down_as_standard_danish(said: str, standard: str) -> None:
    assert standard_words(said) == standard


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("æ frisør kommer på onsdag klokken 10, skriv det i æ plan", "frisør kommer"),
        ("skriv i min kalender at a ska te læge i morgen klokken 9", "læge"),
        ("a ska te fodterapeut på torsdag klokken 13", "fodterapeut"),
        ("datter... kommer... lørdag... klokken to... datter kommer", "datter kommer"),
        ("frisør... fredag... klokken elleve... kalender... skriv", "frisør"),
        ("banko… onsdag… klokken syv… banko… skriv det", "banko"),
    ],
)
def test_a_plan_item_said_in_dialect_or_in_pieces_gets_its_title(said: str, title: str) -> None:
    assert plan_title(said, parse(said, NOW).spans) == title


def test_a_reminder_said_in_dialect_is_written_in_standard_danish() -> None:
    said = "mind mæ om å køb foder te hønsene i morgen klokken 10"
    assert reminder_what(said, parse(said, NOW).spans, None) == "at køb foder til hønsene"
    tea = "mind mig om at drikke te klokken 15"
    assert reminder_what(tea, parse(tea, NOW).spans, None) == "at drikke te"


def test_a_misheard_room_is_the_room_it_sounds_like() -> None:
    home = example_home(1883)
    assert parse_home("sluk æ lys inde i stoen", home).rooms == ("stue",)
    assert parse_home("tænd lyset i kykkenet", home).rooms == ("koekken",)
    # a place the home does not have is still said to be unknown
    assert parse_home("tænd lyset i garagen", home).unknown_place == "garagen"
    assert parse_home("tænd lyset på loftet", home).unknown_place == "loftet"


@pytest.mark.parametrize(
    "said",
    [
        "ta den ud igen, hun har ringet og aflyst",
        "tag den af igen, frisøren er syg",
        "du kan tage dem ud igen, de kommer ikke",
    ],
)
def test_a_thing_taken_out_again_is_no_dose_taken_again(said: str) -> None:
    assert detect(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "Borgeren spørger, om hun må tage to af sine smertestillende tabletter i stedet for én",
        "min far vil gerne vide om han godt må tage to panodiler i stedet for en",
        "hun spørger om hun kan tage to piller i stedet for en når det gør ondt",
    ],
)
def test_leave_to_take_two_asked_for_someone_is_advice_not_poisoning(said: str) -> None:
    assert detect(said) is None and doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "hun tog pillerne igen",
        "jeg tog dem igen ved en fejl",
        "jeg tog to tabletter i stedet for en",
        "min mor har taget to af sine piller i stedet for en, må hun det",
    ],
)
def test_a_dose_taken_again_or_twice_is_still_poisoning(said: str) -> None:
    found = detect(said)
    assert found is not None and "poisoning" in found.kinds


@pytest.mark.parametrize(
    ("said", "hour", "rule"),
    [
        ("æ vand drivende ska a ha hver dag over middag klokken 2", 14, "FREQ=DAILY;BYHOUR=14"),
        ("fodterapeuten kommer fredag klokken 1 over middag", 13, None),
        ("ring til Hanne i morgen ved 3-tiden over middagen", 15, None),
    ],
)
def test_over_middag_is_the_afternoon_not_noon(said: str, hour: int, rule: str | None) -> None:
    found = parse(said, NOW)
    assert found.when is not None and found.when.hour == hour
    assert (found.rrule or "").startswith(rule or "")
    assert parse("ved middagstid", NOW).when.hour == 12  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("Om præcis 40 minutter skal rugbrødet ud af ovnen. Mind mig om det.", 40),
        ("om lige knap en time", 60),
        ("om nøjagtig 25 minutter", 25),
    ],
)
def test_a_hedged_length_is_the_length(said: str, minutes: int) -> None:
    found = parse(said, NOW)
    assert found.when is not None and (found.when - NOW).total_seconds() == minutes * 60


def test_the_days_plan_and_reminders_asked_in_himmerland_speech() -> None:
    assert plan_asked_last(ranked("nlu_fallback"), "hva ska a så i morgen")[0]["name"] == (
        "ask_plan"
    )
    assert asks_my_reminders("hva ska a så huske i morgen")
    assert asks_my_reminders("hvad skal jeg nu huske på fredag")
    assert not asks_my_reminders("hvad skal jeg så huske at tage med")


def test_a_reminder_of_what_was_just_told_is_of_that_at_the_requests_own_time() -> None:
    said = (
        "Jeg skal til kontrol på sygehuset på tirsdag klokken 13.45. "
        "Mind mig om det tirsdag klokken 12.15, så jeg kan nå bussen."
    )
    told = reminded_of_what_was_told(said)
    assert told is not None
    assert reminder_what(told[0], parse(told[0], NOW).spans, None) == (
        "at du skal til kontrol på sygehuset"
    )
    when = parse(time_of_the_request(said, NOW), NOW).when
    assert when is not None and (when.weekday(), when.hour, when.minute) == (1, 12, 15)


def test_a_reminder_of_what_was_told_takes_its_time_when_the_request_has_none() -> None:
    said = "Om præcis 40 minutter skal rugbrødet ud af ovnen. Mind mig om det."
    told = reminded_of_what_was_told(said)
    assert told is not None
    assert reminder_what(told[0], parse(told[0], NOW).spans, None) == (
        "at rugbrødet skal ud af ovnen"
    )
    assert time_of_the_request(said, NOW) == said
    # one sentence, or a request that points at nothing told: as before
    assert reminded_of_what_was_told("mind mig om det i morgen klokken 9") is None
    assert reminded_of_what_was_told("Hej. Mind mig om tandlægen i morgen.") is None


def test_staff_shorthand_names_the_citizen_before_the_thing() -> None:
    for said, title in (
        ("borgeren frisør fredag kl 12 i planen", "frisør"),
        ("borgeren fodterapi tirsdag kl 9", "fodterapi"),
        ("borgeren kommer til kaffe fredag kl 12", "borgeren kommer til kaffe"),
    ):
        assert plan_title(said, parse(said, NOW).spans) == title


def test_the_lock_activated_is_the_door_locked() -> None:
    home = example_home(1883)
    assert parse_home("Aktiver låsen på hoveddøren.", home).action is Action.LOCK
    assert parse_home("aktivere låsen på døren", home).action is Action.LOCK
    assert parse_home("deaktiver låsen", home).action is Action.UNLOCK
    assert parse_home("slå låsen fra", home).action is not Action.LOCK


@pytest.mark.parametrize(
    "said",
    [
        "Jeg hørte om dame på 97 år fra Østerbro. Hun skrev digt til hjemmeplejen om "
        "skærmen. Er det rigtig?",
        "min nabo siger at kommunen har robotter der vasker folk, er det sandt?",
        "Der stod i avisen at man kan låne ting på biblioteket i Horsens. Passer det?",
    ],
)
def test_a_story_heard_asked_true_is_no_question_about_the_assistant(said: str) -> None:
    assert thing_not_me(ranked("ask_is_bot"), [], said)[0]["name"] == "ask_technology"


@pytest.mark.parametrize(
    "said", ["er det rigtigt", "er du rigtig?", "er det sandt at du er en robot?"]
)
def test_the_assistant_asked_whether_it_is_real_stays_so(said: str) -> None:
    assert thing_not_me(ranked("ask_is_bot"), [], said)[0]["name"] == "ask_is_bot"


def test_the_poem_story_is_answered_from_the_knowledge(real: Answerer) -> None:
    said = (
        "Jeg hørte om dame på 97 år fra Østerbro. Hun skrev digt til hjemmeplejen om "
        "skærmen. Er det rigtig?"
    )
    reply = real.answer_question(said)
    assert reply is not None and "digt" in reply.text


def test_a_figure_the_subject_just_told_lacks_is_answered_as_if_asked_first(
    real: Answerer,
) -> None:
    # stop 52's smoke test: the survey's respondents asked right after the lift chair
    for said in ("Kan du sige hvor mange kommuner der svarede", "hvor mange kommuner svarede"):
        for reply in (
            real.answer_question(said, current="loeftestole"),
            real.fact_follow_up(said, "loeftestole", 0),
            real.best_guess(said, "loeftestole", 0),  # the fallback's way (the smoke test)
        ):
            assert reply is not None and "80" in reply.text
    # pointing back at the subject keeps it: "hvor mange kommuner bruger den"
    kept = real.answer_question("hvor mange kommuner bruger den", current="loeftestole")
    assert kept is not None and "løftestol" in kept.text.lower()


def test_what_to_remember_asked_is_no_new_reminder() -> None:
    for said in ("hva ska a så huske i morgen", "hvad skal jeg nu huske på fredag"):
        assert reminders_listed(ranked("set_reminder"), said)[0]["name"] == "list_reminders"
    # a reminder asked for stays one
    asked = "mind mig om at huske nøglerne i morgen"
    assert reminders_listed(ranked("set_reminder"), asked)[0]["name"] == "set_reminder"


@pytest.mark.parametrize(
    "said",
    [
        "huske... tandlæge... fredag... klokken ti",
        "huske... frisør... tirsdag klokken ti",
        "mind... piller... i aften... klokken otte",
    ],
)
def test_remembering_said_in_pieces_is_a_reminder(said: str) -> None:
    top = pieces_to_remember(ranked("add_plan_item"), said)[0]
    assert top == {"name": "set_reminder", "confidence": READ_SURE}


def test_pieces_without_a_word_of_remembering_stay_as_read() -> None:
    plan = "frisør... fredag... klokken elleve... kalender... skriv"
    assert pieces_to_remember(ranked("add_plan_item"), plan)[0]["name"] == "add_plan_item"
    whole = "huske at købe mælk i morgen"
    assert pieces_to_remember(ranked("add_plan_item"), whole)[0]["name"] == "add_plan_item"


def test_a_reminder_said_in_pieces_is_written_once() -> None:
    for said, what in (
        ("piller... morgen... klokken otte... piller", "piller"),
        ("huske... frisør... tirsdag klokken ti", "frisør"),
    ):
        assert reminder_what(said, parse(said, NOW).spans, None) == what
