"""Sets 29 and 30's classes outside knowledge, in our own sentences: staff's short "imr"
and "påmind.", a request in the middle of a long report with a clause after it, a habit
of forgetting told (a need, no reminder), a question whether something exists or a
survey's figure that the model took for the home, what is kept of what one writes or
heard by others, a "no" the sentence never says, and a hall light split by speech
recognition ("gange lyset")."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot import ranking
from bot.conversation.reading import asks_about_my_data
from bot.conversation.replies import privacy
from bot.followup import ALSO, what_to_do
from bot.home.config import DeviceKind
from bot.home.parse import parse as parse_home
from bot.reminders import reading
from bot.safety.detect import detect, doubtful
from nlu.danish_time import CPH, parse
from testkit.mqtt import example_home

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CPH)  # a Sunday
HOME = example_home(1883)


def _what(said: str) -> str:
    return reading.reminder_what(said, parse(said, NOW).spans, None)


def _ranked(first: str, confidence: float = 0.6) -> list[dict[str, object]]:
    return [
        {"name": first, "confidence": confidence},
        {"name": "describe_need", "confidence": 0.15},
        {"name": "ask_more", "confidence": 0.1},
    ]


@pytest.mark.parametrize(
    "said", ["tandlæge imr kl 9", "husk Jens' blodprøve i mrg kl 9", "bad imorg kl 9"]
)
def test_staffs_short_tomorrow_is_tomorrow(said: str) -> None:
    when = parse(said, NOW).when
    assert when is not None and (when.day, when.hour) == (7, 9), when


def test_a_short_word_for_tomorrow_is_not_found_inside_other_words() -> None:
    when = parse("min mor kommer kl 11", NOW).when
    assert when is not None and when.day == 6


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("lav en påmind. til borgeren om blodtryksmåling", "blodtryksmåling"),
        ("ny påmind. til borgeren: støttestrømper", "støttestrømper"),
    ],
)
def test_a_reminder_cut_short_is_still_a_reminder(said: str, thing: str) -> None:
    assert _what(said) == thing


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        (
            "godmorgen, var forbi borgeren her til morgen, hun sov dårligt men var glad. "
            "vil du oprette en påmindelse til hende om kompressionsstrømper på tirsdag kl 8, "
            "hun har svært ved at huske det selv. mvh Lise",
            "kompressionsstrømper",
        ),
        (
            "borgeren har fået ny medicin. kan du lave en påmindelse om at tage jerntabletten "
            "i morgen kl 12. han er lidt forvirret over den",
            "at tage jerntabletten",
        ),
    ],
)
def test_a_request_in_the_middle_of_a_report_keeps_only_its_thing(said: str, thing: str) -> None:
    assert reading.reminder_framed(said)
    assert _what(said) == thing


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("mind mig om at købe kaffe, sukker og mel i morgen", "at købe kaffe, sukker og mel"),
        ("husk mig på frisøren kl. 13 i morgen", "frisøren"),
    ],
)
def test_a_list_or_kl_dot_is_no_clause_end(said: str, thing: str) -> None:
    assert _what(said) == thing


@pytest.mark.parametrize(
    "said",
    [
        "jeg glemmer ofte at spise frokost",
        "min mand glemmer hele tiden sine piller om aftenen",
        "mor glemmer efterhånden at slukke komfuret",
    ],
)
def test_a_habit_of_forgetting_told_is_a_need(said: str) -> None:
    assert ranking.need_asked(_ranked("set_reminder", 0.46), said)[0]["name"] == "describe_need"


def test_a_habit_of_forgetting_with_a_reminder_asked_stays_a_reminder() -> None:
    said = "jeg glemmer tit mine piller så mind mig om dem klokken otte"
    assert ranking.need_asked(_ranked("set_reminder", 0.46), said)[0]["name"] == "set_reminder"


@pytest.mark.parametrize(
    "said",
    [
        "findes der lamper der kan tænde af sig selv når man står op om natten",
        "er der noget varme man kan styre fra telefonen",
        "kan man få gardiner der går op af sig selv",
    ],
)
def test_a_question_whether_something_exists_is_no_home_command(said: str) -> None:
    assert ranking.home_not_asked(_ranked("home_control"), said)[0]["name"] == "describe_need"


@pytest.mark.parametrize(
    "said", ["er der nogen lamper der stadig er tændt", "er der noget lys tændt i køkkenet"]
)
def test_the_homes_state_asked_stays_the_homes(said: str) -> None:
    assert ranking.home_not_asked(_ranked("home_state"), said)[0]["name"] == "home_state"


@pytest.mark.parametrize(
    "said", ["og hvor mange procent mente det modsatte", "hvor stor en andel svarede nej"]
)
def test_a_figure_asked_is_no_home_command(said: str) -> None:
    names = [e["name"] for e in ranking.home_not_asked(_ranked("home_control"), said)]
    assert names[0] != "home_control" and names[-1] == "home_control"


def test_a_percentage_for_a_lamp_stays_the_homes() -> None:
    said = "dæmp lampen i soveværelset til 20 procent"
    assert ranking.home_not_asked(_ranked("home_control"), said)[0]["name"] == "home_control"


@pytest.mark.parametrize(
    "said",
    [
        "hvad logger I af det vi skriver her",
        "kan personalet læse hvad jeg skriver til dig",
        "får kommunen at vide hvad jeg siger herhjemme",
    ],
)
def test_what_is_kept_or_heard_by_others_is_the_privacy_question(said: str) -> None:
    assert asks_about_my_data(said)
    top = ranking.meta_asked(_ranked("report_crisis", 0.63), said)[0]
    assert top["name"] == "ask_privacy"


def test_an_unsure_privacy_answer_is_raised() -> None:
    said = "kan andre se hvad vi skriver her"
    assert ranking.meta_asked(_ranked("ask_privacy", 0.43), said)[0]["confidence"] >= 0.9


@pytest.mark.parametrize("said", ["må de overhovedet det", "er det tilladt at gøre sådan"])
def test_a_no_never_said_is_no_deny(said: str) -> None:
    assert ranking.deny_unsaid(_ranked("deny", 0.55), said)[0]["name"] != "deny"


@pytest.mark.parametrize("said", ["næh tak", "det behøver jeg ikke", "helst ikke"])
def test_a_no_said_stays_a_deny(said: str) -> None:
    assert ranking.deny_unsaid(_ranked("deny", 0.55), said)[0]["name"] == "deny"


@pytest.mark.parametrize(
    ("said", "room"),
    [("sluk gange lyset", "gang"), ("tænd soveværelses lampen", "sovevaerelse")],
)
def test_a_rooms_compound_split_after_its_joining_letter(said: str, room: str) -> None:
    command = parse_home(said, HOME)
    assert command.kind == DeviceKind.LIGHT and command.rooms == (room,), command


def test_times_is_not_the_hall() -> None:
    assert parse_home("blink med lyset to gange", HOME).rooms == ()


def test_heard_by_others_at_the_speaker_is_told_the_sound_stays_home() -> None:
    said = "kan hjemmeplejen lytte med på det jeg siger til dig"
    assert asks_about_my_data(said)
    answer = privacy("memory", said, contact_line="", public=False)
    assert "i huset" in answer and "hej assistent" in answer


def test_a_habit_of_forgetting_in_a_request_from_staff_stays_a_reminder() -> None:
    said = (
        "var hos borgeren i dag. vil du sætte en påmindelse til ham om høreapparatet i "
        "morgen kl 9, han glemmer det tit når han har været i bad"
    )
    ranked = ranking.need_asked(_ranked("set_reminder", 0.9), said)
    assert ranked[0]["name"] == "set_reminder"


@pytest.mark.parametrize(
    ("said", "degrees"),
    [("sæt varmen i stuen ned te nitten", 19.0), ("skru op for radiatoren te 23", 23.0)],
)
def test_jutlandic_te_before_a_number_is_til(said: str, degrees: float) -> None:
    command = parse_home(said, HOME)
    assert command.value == degrees, command


def test_te_is_still_tea() -> None:
    assert parse_home("tænd lyset i køkkenet jeg skal lave te", HOME).value is None


@pytest.mark.parametrize("said", ["hvem er do så", "er do en robot"])
def test_the_jutlandic_do_asks_about_the_assistant(said: str) -> None:
    assert ranking.meta_asked(_ranked("report_crisis", 0.95), said)[0]["name"] == "ask_is_bot"


def test_the_jutlandic_listening_question_is_told_the_sound_stays_home() -> None:
    said = "hører do efter alt hva a siger"
    assert asks_about_my_data(said)
    assert "hej assistent" in privacy("memory", said)


@pytest.mark.parametrize(
    "said",
    [
        "har jens fået hans aftenmedicin endnu",
        "tog hun sine morgenpiller i dag",
        "min far vil helst dø i sit eget hjem",
        "hun ønsker at dø på et hospice når den tid kommer",
    ],
)
def test_a_dose_asked_about_or_where_one_wishes_to_die_is_no_emergency(said: str) -> None:
    assert detect(said) is None and doubtful(said)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("mor har taget hans blodfortyndende ved en fejl", "poisoning"),
        ("har hun taget alle sine piller på én gang", "poisoning"),
        ("jeg vil gerne dø i nat", "suicide"),
    ],
)
def test_the_same_words_in_an_emergency_still_are_one(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and found.kind == kind, found


def test_the_jutlandic_og_before_also_is_the_same_again() -> None:
    assert what_to_do("å så også om formiddagen klokken ti") == ALSO


def test_what_one_asked_to_be_reminded_of_in_jutlandic() -> None:
    assert reading.asks_my_reminders("hva ha a bedt dig om å huske for mæ")


@pytest.mark.parametrize(
    "said",
    ["handler det ikke bare om at spare penge på de gamle", "de sparer jo på hjemmehjælpen"],
)
def test_a_complaint_about_savings_is_no_crisis(said: str) -> None:
    assert detect(said) is None and doubtful(said)
