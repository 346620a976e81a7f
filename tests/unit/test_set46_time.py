"""Set 46's time classes, in sentences of our own: staff's abbreviated weekdays ("på ons
kl 11", "tors kl 13.30", "hver tirs"), an hour beside a bare part of the day or right
after the day ("mandag ni morgen", "hver aften ni", "i morgen elleve"), words said in
pieces ("klokken... fjorten"), a time corrected after a bare "nej" ("på søndag nej det er
på lørdag Henning"), a countdown said in pieces, and remembering said in pieces over an
emergency the model was unsure of."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.clock import COPENHAGEN
from bot.home.timers import read_request
from bot.ranking import pieces_to_remember
from nlu.danish_time import parse
from nlu.danish_time.corrected import as_meant
from testkit.ranking import ranked

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=COPENHAGEN)  # a Monday


def _at(said: str) -> tuple[int, int, int] | None:
    found = parse(said, NOW)
    return None if found.when is None else (found.when.day, found.when.hour, found.when.minute)


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("skriv tandlæge i Jens' plan på ons kl 9", (9, 9, 0)),
        ("fodterapi tors kl 13.30", (10, 13, 30)),
        ("frisør fre kl 10", (11, 10, 0)),
        ("bingo hver tirs kl 14", (8, 14, 0)),
        ("fysioterapi man kl 10", (14, 10, 0)),
    ],
)
def test_abbreviated_weekdays(said: str, at: tuple[int, int, int]) -> None:
    assert _at(said) == at


@pytest.mark.parametrize("said", ["man kan ikke komme", "min søn kommer i dag", "fre og glad"])
def test_the_pronoun_the_son_and_other_words_are_no_weekday(said: str) -> None:
    found = parse(said, NOW)
    assert found.when is None or found.when.weekday() == NOW.weekday()


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("læge onsdag ti formiddag", (9, 10, 0)),
        ("datteren kommer lørdag to eftermiddag", (12, 14, 0)),
        ("frisør i morgen elleve", (8, 11, 0)),
        ("medicin otte aften", (7, 20, 0)),
        ("øjendråber hver aften ni", (7, 21, 0)),
        ("klokken... fjorten", (7, 14, 0)),
        ("skriv... frisør... i morgen... elleve", (8, 11, 0)),
    ],
)
def test_hours_said_tersely_or_in_pieces(said: str, at: tuple[int, int, int]) -> None:
    assert _at(said) == at


def test_a_count_after_a_pause_is_no_time() -> None:
    found = parse("piller... morgen... klokken otte... piller", NOW)
    assert found.when is not None and found.when.hour == 8


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        (
            "mind mig om at ringe til Ole på torsdag nej det er på fredag Grethe på fredag",
            "mind mig om at ringe til Ole på fredag",
        ),
        (
            "skriv tandlægen i planen på mandag klokken ni nej på tirsdag Poul",
            "skriv tandlægen i planen på tirsdag klokken ni",
        ),
        ("æggeur på fem minutter nej hun vil have dem hårde ni minutter", "æggeur på ni minutter"),
        ("sæt en timer på to timer nej det er kun en halv time", "sæt en timer på en halv time"),
    ],
)
def test_a_time_corrected_after_a_bare_no(said: str, meant: str) -> None:
    assert as_meant(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "nej klokken ti",  # an answer, not a correction in the same breath
        "hun sagde nej til kaffen klokken otte",
        "på fredag nej det var min søster",
        # the day corrected too: the time parser reads it all as said (set 30)
        "sæt en påmindelse om pillen kl 21 i aften. nej vent, i morgen aften kl 21",
    ],
)
def test_no_time_corrected_without_one_on_both_sides(said: str) -> None:
    assert as_meant(said) == said


@pytest.mark.parametrize(
    ("said", "seconds"),
    [("timer... fem... minutter", 300), ("nedtælling... en... time", 3600)],
)
def test_a_countdown_said_in_pieces(said: str, seconds: int) -> None:
    request = read_request(said, NOW)
    assert not isinstance(request, str), request
    assert (request.when - NOW).total_seconds() == seconds


def test_remembering_in_pieces_over_an_unsure_emergency() -> None:
    said = "mind... mig... ringe... lægen... i morgen"
    assert pieces_to_remember(ranked("report_illness", confidence=0.4), said)[0]["name"] == (
        "set_reminder"
    )
    # one the model is sure of is left to the safety net
    sure = ranked("report_illness", confidence=0.95)
    assert pieces_to_remember(sure, said)[0]["name"] == "report_illness"
