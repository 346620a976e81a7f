"""What a reminder is about, its confirmation, and how times are said back."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.danish import spoken_time
from bot.reminders.reading import (
    asks_for_a_reminder,
    asks_my_reminders,
    duty_to_remember,
    reminder_soon,
    reminder_what,
    says_what,
)
from bot.reminders.replies import confirmation
from nlu.danish_time import CPH, parse

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=CPH)  # a Sunday


@pytest.mark.parametrize(
    ("sentence", "medicine", "what"),
    [
        ("mind mig om at tage panodil i morgen kl 8", "panodil", "at tage panodil"),
        ("kan du minde mig om min medicin hver morgen", None, "din medicin"),
        ("Husk mig på at tage mine piller kl. 20", None, "at tage dine piller"),
        ("sæt en påmindelse om Hjertemagnyl hver dag kl 8", "Hjertemagnyl", "at tage Hjertemagnyl"),
        ("påmind mig om mine øjendråber hver aften kl 21", None, "dine øjendråber"),
        (
            "jeg skal tage min insulin kvart over syv kan du minde mig om det",
            None,
            "at tage din insulin",
        ),
        ("lav en påmindelse til min mor om hendes medicin kl 9", None, "hendes medicin"),
        ("ny påmindelse", None, ""),
        ("Opret en medicinpåmindelse for borgeren hver dag kl. 8 og 20", None, ""),
        ("mind mig om det klokken 8", "Marevan", "at tage Marevan"),
        # a tag at the end is no part of the thing (held-out set 4's class)
        (
            "jeg skal tage mine kalkpiller hver aften klokken ni mind mig om det ik",
            None,
            "at tage dine kalkpiller",
        ),
        ("mind mig om at ringe til Ole i morgen klokken 10 ikke også", None, "at ringe til Ole"),
        # request frames, fillers and the thing said first (issue 21)
        ("giv mig en påmindelse om mine vitaminer i aften", None, "dine vitaminer"),
        ("tilføj en påmindelse til at vande blomsterne i morgen", None, "at vande blomsterne"),
        ("sæt en påmindelse for kalktabletter hver morgen", None, "kalktabletter"),
        ("øh mind mig øh om at ringe til lægen i morgen", None, "at ringe til lægen"),
        ("på torsdag klokken ni skal du minde mig om at tage bussen", None, "at tage bussen"),
        ("sig til mig om et kvarter at jeg skal slukke ovnen", None, "at slukke ovnen"),
        (
            "klokken otte i aften skal jeg tage min sovepille giv mig lige en påmindelse",
            None,
            "at tage din sovepille",
        ),
        ("giv Karen en påmindelse om hendes øjendråber i morgen", None, "hendes øjendråber"),
        (
            "undskyld men vær så venlig at minde mig om at lufte hunden om en time",
            None,
            "at lufte hunden",
        ),
        # a statement with its request after it (issue 21)
        (
            "der er loppemarked i hallen på lørdag klokken 10 sæt det på",
            None,
            "loppemarked i hallen",
        ),
        ("bussen kører klokken 9 i morgen så det skal vel skrives ind", None, "bussen kører"),
        # a dose said as a statement, the time first (set 5)
        (
            "hver søndag morgen klokken ni skal jeg ha min methotrexat",
            "methotrexat",
            "at tage din methotrexat",
        ),
        ("i morgen skal jeg have mine øjendråber", None, "at have dine øjendråber"),
        # a second reminder said "også" (set 5: "også om jernpiller" was stored)
        ("mind mig også om mine kalktabletter hver aften klokken ni", None, "dine kalktabletter"),
        ("husk mig lige også på at ringe til Ole i morgen", None, "at ringe til Ole"),
        # set 6's classes, our sentences: the statement before "husk mig på det"; "huske
        # det for mig"; pills to "ha"
        ("frisøren kommer på tirsdag klokken ti husk mig på det", None, "frisøren kommer"),
        ("jeg ska ha mine piller klokken 8 ka du huske det for mig", None, "at tage dine piller"),
        ("kan du huske mig på det", None, ""),
        ("lav en påmindelse i morgen klokken fjorten", None, ""),
        ("kan du sætte en påmindelse til på fredag", None, ""),
    ],
)
def test_reminder_what_is_the_citizens_own_words_in_second_person(
    sentence: str, medicine: str | None, what: str
) -> None:
    assert reminder_what(sentence, parse(sentence, NOW).spans, medicine) == what


def test_confirmation_of_a_one_off_reminder() -> None:
    when = datetime(2026, 11, 23, 8, 0, tzinfo=CPH)
    assert (
        confirmation("at tage Panodil", when, None, NOW)
        == "Jeg minder dig om at tage Panodil i morgen klokken 8."
    )


def test_confirmation_of_a_repeating_reminder_says_the_first_time_too() -> None:
    when = datetime(2026, 11, 22, 20, 0, tzinfo=CPH)
    assert confirmation("dine piller", when, "FREQ=DAILY;BYHOUR=8,20;BYMINUTE=0", NOW) == (
        "Jeg minder dig om dine piller hver dag klokken 8 og 20. Første gang er i dag klokken 20."
    )


@pytest.mark.parametrize(
    ("what", "about"),
    [
        ("din søn kommer", "om at din søn kommer"),
        ("frisøren kommer", "om at frisøren kommer"),
        ("han ringer", "om at han ringer"),
        ("dine piller", "om dine piller"),
        ("tandlægen", "om tandlægen"),
        ("at tage Panodil", "om at tage Panodil"),
        ("skraldespanden skal ud", "om at skraldespanden skal ud"),
        ("bussen til byen", "om bussen til byen"),
    ],
)
def test_confirmation_of_something_told_as_a_clause_says_at(what: str, about: str) -> None:
    when = datetime(2026, 11, 23, 8, 0, tzinfo=CPH)
    assert confirmation(what, when, None, NOW) == f"Jeg minder dig {about} i morgen klokken 8."


@pytest.mark.parametrize(
    ("when", "said"),
    [
        (datetime(2026, 11, 22, 14, 30, tzinfo=CPH), "i dag klokken 14.30"),
        (datetime(2026, 11, 23, 8, 0, tzinfo=CPH), "i morgen klokken 8"),
        (datetime(2026, 11, 24, 8, 5, tzinfo=CPH), "i overmorgen klokken 8.05"),
        (datetime(2026, 11, 26, 8, 0, tzinfo=CPH), "på torsdag klokken 8"),
        (datetime(2026, 12, 24, 18, 0, tzinfo=CPH), "den 24. december klokken 18"),
        (datetime(2027, 1, 1, 12, 0, tzinfo=CPH), "den 1. januar 2027 klokken 12"),
    ],
)
def test_moment(when: datetime, said: str) -> None:
    assert spoken_time.moment(when, NOW) == said


@pytest.mark.parametrize(
    ("rrule", "said"),
    [
        ("FREQ=DAILY;BYHOUR=8;BYMINUTE=0", "hver dag klokken 8"),
        ("FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=0", "hver anden dag klokken 9"),
        ("FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=8;BYMINUTE=30", "hver tirsdag og torsdag klokken 8.30"),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0", "alle hverdage klokken 8"),
        ("FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0", "hver weekend klokken 10"),
        ("FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=9;BYMINUTE=0", "den 1. i hver måned klokken 9"),
        ("FREQ=DAILY;BYHOUR=8,14,20;BYMINUTE=0", "hver dag klokken 8, 14 og 20"),
    ],
)
def test_repetition(rrule: str, said: str) -> None:
    first = datetime(2026, 11, 23, 8, 0, tzinfo=CPH)
    assert spoken_time.repetition(rrule, first) == said


@pytest.mark.parametrize(
    ("rrule", "said"),
    [
        (
            "FREQ=MONTHLY;BYDAY=1MO;BYHOUR=10;BYMINUTE=0",
            "den første mandag i hver måned klokken 10",
        ),
        (
            "FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=14;BYMINUTE=0",
            "den sidste fredag i hver måned klokken 14",
        ),
        (
            "FREQ=DAILY;BYHOUR=8;BYMINUTE=0;UNTIL=20261127T225959Z",
            "hver dag klokken 8 til og med den 27. november",
        ),
        ("FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=9;BYMINUTE=0", "den 1. i hver måned klokken 9"),
    ],
)
def test_a_rule_is_said_back_with_its_weekday_in_the_month_and_its_end(
    rrule: str, said: str
) -> None:
    """Not 'den 7. i hver måned' for the first Monday, and not without its end."""
    first = datetime(2026, 12, 7, 10, 0, tzinfo=CPH)
    assert spoken_time.repetition(rrule, first) == said


def test_an_answer_said_as_a_that_clause_is_what_to_remember() -> None:
    """Set 6's class: "at jeg skal ringe til kommunen om min rollator", said to "hvad skal
    jeg minde dig om?", was answered as a question about rollators."""
    assert says_what("at jeg skal ringe til kommunen om min rollator")
    assert says_what("øh at købe mælk")
    assert not says_what("hvad er en rollator")


# -- set 7's classes, in our own sentences ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # a length of time first, a spoken "ska a … huske at" frame, "sig lige til" last
        (
            "om tre kvarter ska a huske at ta brødet ud af ovnen sig lige til",
            "at tage brødet ud af ovnen",
        ),  # fmt: skip
        ("om en time skal jeg huske at hente posten, giv mig lige besked", "at hente posten"),
        ("a ska huske at vande tomaterne om en halv time", "at vande tomaterne"),
        ("giv mig besked om ti minutter at vasketøjet er færdigt", "at vasketøjet er færdigt"),
        (
            "om tyve minutter skal jeg ringe til tandlægen og aflyse",
            "at ringe til tandlægen og aflyse",
        ),  # fmt: skip
        ("om fem minutter skal æggene af", "at æggene skal af"),
        ("om en halv time skal jeg til fodterapeuten", "at du skal til fodterapeuten"),
        # a thing not yet named: the form asks what
        ("mind mig lige om en ting", ""),
        ("husk mig på et eller andet", ""),
    ],
)
def test_what_to_remember_around_a_length_of_time_and_a_spoken_frame(
    sentence: str, what: str
) -> None:
    assert reminder_what(sentence, parse(sentence, NOW).spans, None) == what


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("mind mig lige om en ting", True),
        ("øhm kan du huske mig på noget", True),
        ("jeg vil gerne påmindes om noget", True),
        ("vil du godt minde mig om et eller andet", True),
        ("hvad skal du minde mig om", False),  # a question: the list
        ("mind mig om at ringe til Grethe", False),  # already says what
        ("hvilke påmindelser har jeg", False),
    ],
)
def test_a_reminder_asked_for_with_nothing_said_about_what(sentence: str, asked: bool) -> None:
    assert asks_for_a_reminder(sentence) is asked


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("hvad var det nu du skulle minde mig om", True),
        ("hvilke ting lovede du at huske mig på", True),
        ("øhm hvad er det nu jeg skal huske", True),
        ("mind mig om at købe mælk", False),
        ("hvad er klokken", False),
        ("hvad skal jeg huske at tage med på ferie", False),
        # from one's own side, and as speech says it (set 8's class)
        ("hvad bad jeg dig nu om at huske", True),
        ("hva har a sagt du sku huske", False),  # "sku": not read
        ("hva ha a nu bedt dig minde mig om", True),
        ("hvad har jeg bedt dig om at gøre", False),
    ],
)
def test_a_question_about_what_one_asked_to_be_reminded_of(sentence: str, asked: bool) -> None:
    assert asks_my_reminders(sentence) is asked


@pytest.mark.parametrize(
    ("sentence", "soon"),
    [
        ("om tyve minutter skal jeg ringe til tandlægen", True),
        ("giv mig besked om ti minutter at vasketøjet er færdigt", True),
        ("om tre kvarter ska a huske at ta brødet ud sig til", True),
        ("jeg skal hente barnebarnet om en halv time", True),
        ("sæt en nedtælling på ti minutter", False),  # a countdown
        ("sæt en timer på et kvarter så jeg husker æggene", False),
        ("væk mig om en time", False),
        ("om to dage skal jeg til tandlæge", False),  # days away: an appointment
        ("hvad skal jeg om en time", False),  # a question
        ("om et kvarter kommer min datter", False),  # no duty, nothing asked
        ("husk mig på noget om en time", False),  # nothing to remember yet
        ("sig lige til om ti minutter", False),  # the request alone: a bare countdown
        ("giv mig besked om en halv time", False),
    ],
)
def test_a_thing_to_remember_a_length_of_time_from_now(sentence: str, soon: bool) -> None:
    assert reminder_soon(sentence, parse(sentence, NOW).spans) is soon


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # the "klokken" and "og" between two times are no part of the thing (set 8)
        ("husk mig på øjendråberne kl. 9 og kl. 21 hver dag", "øjendråberne"),
        ("mind mig om blodtrykket klokken 7 og klokken 19 hver dag", "blodtrykket"),
        ("mind mig om kaffe og kage på søndag kl 15", "kaffe og kage"),
        (
            "mind mig om at ringe til Ole og Kirsten i morgen klokken 10",
            "at ringe til Ole og Kirsten",
        ),
    ],
)
def test_the_thing_keeps_no_words_of_its_times(sentence: str, what: str) -> None:
    assert reminder_what(sentence, parse(sentence, NOW).spans, None) == what


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("om tyve minutter skal jeg ringe til tandlægen", True),  # soon
        ("på fredag klokken 10 skal jeg til frisøren, husk mig på det", True),
        ("i morgen halv tre skal vi til kaffe hos Bente sig lige til", True),
        ("i morgen klokken 14 skal jeg til tandlæge", False),  # no request: maybe the plan
        ("hvad skal jeg i morgen klokken 14, husk mig på det", False),  # a question
        ("mind mig om noget på fredag klokken ti", False),  # nothing named yet
        ("sæt en nedtælling på ti minutter", False),
    ],
)
def test_a_duty_said_with_its_time_and_asked_to_be_remembered(sentence: str, duty: bool) -> None:
    assert duty_to_remember(sentence, parse(sentence, NOW).spans) is duty
