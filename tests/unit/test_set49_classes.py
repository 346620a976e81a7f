"""Set 49's daily-use classes (a precise retired teacher and a weak-voiced man of 88 at
their speakers, a man running his home, a daughter typing), in sentences of our own,
with near misses. The set itself is scored by bench/nlu_conversations.py."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.clock import COPENHAGEN
from bot.ranking import READ_SURE, advice_asked, home_ordered
from bot.reminders.reading import daytime_reading, reminder_framed, reminder_what
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
