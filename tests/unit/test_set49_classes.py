"""Set 49's daily-use classes (a precise retired teacher and a weak-voiced man of 88 at
their speakers, a man running his home, a daughter typing), in sentences of our own,
with near misses. The set itself is scored by bench/nlu_conversations.py."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.clock import COPENHAGEN
from bot.plan.reading import target_time
from bot.ranking import READ_SURE, advice_asked, home_ordered, plan_day_asked
from bot.reminders.reading import daytime_reading, moved_time, reminder_framed, reminder_what
from bot.safety.detect import ACUTE, detect, doubtful
from nlu.danish_time import parse
from testkit.ranking import ranked

NOW = datetime(2026, 12, 7, 9, 40, tzinfo=COPENHAGEN)


def _medicine(said: str, name: str) -> list[dict[str, object]]:
    start = said.index(name)
    return [{"entity": "medicine", "start": start, "end": start + len(name), "value": name}]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("hvor meget sertralin må hun max få om dagen", "sertralin"),
        ("hvor mange mg metformin kan han tage", "metformin"),
    ],
)
def test_a_dose_of_a_medicine_named_is_advice_asked(said: str, name: str) -> None:
    got = advice_asked(ranked("nlu_fallback"), said, _medicine(said, name))
    assert got[0]["name"] == "ask_medical_advice" and got[0]["confidence"] >= READ_SURE


@pytest.mark.parametrize(
    "said", ["hvor mange timer må hun få hjemmehjælp", "hvor meget koster en løftestol"]
)
def test_other_amounts_are_no_dose(said: str) -> None:
    assert advice_asked(ranked("nlu_fallback"), said, [])[0]["name"] == "nlu_fallback"


def test_hus_mig_is_husk_mig() -> None:
    said = "hus mig på at hente medicinen fredag klokken elleve"
    assert reminder_framed(said)
    assert reminder_what(said, parse(said, NOW).spans, None) == "at hente medicinen"
    assert not reminder_framed("hus og have er lukket i dag")


@pytest.mark.parametrize(
    ("said", "by_day"),
    [
        ("klokken halv elleve", True),  # 10.30, not 22.30
        ("klokken to", True),  # 14, not 2 at night
        ("klokken ni", False),  # 9 or 21: asked
        ("klokken otte", False),
        ("klokken halv seks", False),  # 17.30 or 5.30 in the morning
    ],
)
def test_a_new_hour_is_taken_by_day_only_where_its_other_reading_is_the_night(
    said: str, by_day: bool
) -> None:
    assert daytime_reading(parse(said, NOW)) is by_day


@pytest.mark.parametrize(
    "said",
    [
        "lyset i køkkenet må godt gå ud nu",
        "sofalampen kan godt slukkes",
        "radiatoren i stuen må gerne skrues ned",
    ],
)
def test_a_light_let_go_out_is_a_home_command(said: str) -> None:
    assert home_ordered(ranked("nlu_fallback", ("ask_human",), 0.45), said)[0]["name"] == (
        "home_control"
    )


def test_a_light_that_went_out_by_itself_is_not() -> None:
    said = "lyset gik ud i går under stormen"
    assert home_ordered(ranked("nlu_fallback", ("ask_human",), 0.45), said)[0]["name"] == (
        "nlu_fallback"
    )


# --- moves and a day asked in pieces (set 46's man after a stroke, read again) ------------

DUE = datetime(2026, 12, 8, 8, 0, tzinfo=COPENHAGEN)


@pytest.mark.parametrize("said", ["ryk... ni", "flyt den ni", "ryk lige til ni"])
def test_a_move_ending_on_a_bare_hour_moves_the_reminder_there(said: str) -> None:
    moved = moved_time(said, DUE, NOW).when
    assert moved is not None and (moved.day, moved.hour) == (8, 9)


def test_a_length_is_no_bare_hour() -> None:
    assert moved_time("ryk den til to minutter", DUE, NOW).when is None


@pytest.mark.parametrize(
    ("said", "hour"),
    [
        ("flyt... tandlæge... elleve", (11, 0)),
        ("flyt fodplejen til halv elleve", (10, 30)),
        ("ryk mødet til 14 30", (14, 30)),
    ],
)
def test_a_plan_move_ending_on_an_hour_has_that_hour(said: str, hour: tuple[int, int]) -> None:
    when = target_time(said, NOW)[1].when
    assert when is not None and (when.hour, when.minute) == hour


@pytest.mark.parametrize(
    "said", ["hvad... torsdag", "hva så i morgen", "hvad sker der på lørdag", "og hvad på fredag"]
)
def test_a_day_asked_alone_is_its_plan(said: str) -> None:
    assert plan_day_asked(ranked("ask_orientation"), said)[0]["name"] == "ask_plan"


@pytest.mark.parametrize("said", ["hvad er det for en dag i dag", "hvad er mandag for en dag"])
def test_the_date_asked_is_not(said: str) -> None:
    assert plan_day_asked(ranked("ask_orientation"), said)[0]["name"] == "ask_orientation"


@pytest.mark.parametrize(
    "said", ["ok og kan hun få det? hun bor i Odense", "kan min far få sådan en han bor alene"]
)
def test_whether_someone_can_get_it_is_doubted_for_the_model(said: str) -> None:
    assert detect(said) is None and doubtful(said)


def test_an_emergency_beside_it_is_still_read() -> None:
    found = detect("kan han få det han har ondt i brystet nu")
    assert found is not None and ACUTE in found.kinds
