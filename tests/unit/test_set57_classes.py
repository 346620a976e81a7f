"""Classes of held-out conversation set 57's failures, in our own sentences: a plan item
put on a citizen's plan named with the full name in the genitive, and a phone number
asked for that the model took for a countdown."""

from __future__ import annotations

import pytest

from bot.ranking import person_asked, plan_asked
from testkit.ranking import ranked


@pytest.mark.parametrize(
    "said",
    [
        "skriv fodterapi i Karen Jensens plan på fredag kl 10",
        "sæt frisør ind i Jens Olsens kalender torsdag klokken 9",
    ],
)
def test_an_item_put_on_a_plan_named_by_full_name(said: str) -> None:
    assert plan_asked(ranked("ask_plan", ("add_plan_item",)), said)[0]["name"] == "add_plan_item"


def test_a_plan_read_by_full_name_is_no_item() -> None:
    said = "hvad står der i Karen Jensens plan i morgen"
    assert plan_asked(ranked("ask_plan"), said)[0]["name"] == "ask_plan"


@pytest.mark.parametrize(
    "said",
    [
        "er der et telefonnummer man kan ringe til",
        "orker ikke at skrive, er der et nummer jeg kan ringe på",
    ],
)
def test_a_number_to_ring_asked_for_is_a_person(said: str) -> None:
    assert person_asked(ranked("home_timer_left"), said)[0]["name"] == "ask_human"
