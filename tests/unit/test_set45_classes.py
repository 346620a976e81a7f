"""Set 45's classes outside knowledge (a woman of 90 and a Southern Jutland man at their
speakers, a young home helper in Teams), in sentences of our own: "hus" for "huske",
"int" in frustration, what it can do for one's job over a thanks the model guessed, and
"stop det igen" right after a timer."""

from __future__ import annotations

import pytest

from bot.conversation.reading import frustrated
from bot.followup import REMOVE, TIMER, route, what_to_do
from bot.ranking import meta_asked
from bot.reminders.reading import asks_my_reminders
from testkit.ranking import ranked


@pytest.mark.parametrize("said", ["hva ska a hus i morgen", "hva ska a så hus"])
def test_hus_is_huske_in_a_question_of_what_to_remember(said: str) -> None:
    assert asks_my_reminders(said)


def test_a_house_is_no_reminder_question() -> None:
    assert not asks_my_reminders("hvad skal jeg med et hus")


@pytest.mark.parametrize("said", ["du forstår jo int en skid", "du forstår ik en brik"])
def test_jutlandic_frustration(said: str) -> None:
    assert frustrated(said)


def test_what_it_does_for_ones_job_over_a_thanks() -> None:
    said = "hvad kan du hjælpe mig med som sygeplejerske"
    assert meta_asked(ranked("thank", confidence=0.65), said)[0]["name"] == "ask_capabilities"


@pytest.mark.parametrize("said", ["øh stop det igen", "undskyld sluk det igen"])
def test_stop_it_again_right_after_a_timer_cancels_it(said: str) -> None:
    assert what_to_do(said) == REMOVE
    assert route(said, TIMER, "action_answer_fallback") == "action_home_timer_cancel"


def test_stop_it_alone_is_never_mind() -> None:
    assert what_to_do("stop det") is None
