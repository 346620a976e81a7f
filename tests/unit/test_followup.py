"""Follow-ups that point back go to what was made last (bot/followup.py)."""

from __future__ import annotations

import pytest

from bot.followup import (
    PLAN,
    REMINDER,
    TIMER,
    changes_the_timer,
    count_corrected,
    last_made,
    means_the_new_one,
    points_back_to_plan,
    route,
)


def user(text: str = "x") -> dict[str, str]:
    return {"event": "user", "text": text}


def action(name: str) -> dict[str, str]:
    return {"event": "action", "name": name}


@pytest.mark.parametrize(
    ("text", "made", "own", "wanted"),
    [
        # after a reminder: moved or removed as a reminder, whatever the model said
        ("skub den en halv time", REMINDER, "action_move_plan_item", "action_change_reminder"),
        (
            "kan du lave den om til klokken ti",
            REMINDER,
            "action_answer_fallback",
            "action_change_reminder",
        ),
        (
            "nej sæt den til kvart over i stedet",
            REMINDER,
            "action_answer_fallback",
            "action_change_reminder",
        ),
        ("slet den lige igen", REMINDER, "action_answer_fallback", "action_cancel_reminder"),
        ("annuller den", REMINDER, "action_cancel_plan_item", "action_cancel_reminder"),
        # after a plan item
        ("ryk det til om eftermiddagen", PLAN, "action_change_reminder", "action_move_plan_item"),
        ("aflys det igen", PLAN, "action_cancel_reminder", "action_cancel_plan_item"),
        # after a timer
        ("stop den", TIMER, "action_cancel_reminder", "action_home_timer_cancel"),
        ("afbryd den", TIMER, "action_answer_fallback", "action_home_timer_cancel"),
        ("nej gør den til et kvarter", TIMER, "action_change_reminder", "action_home_timer_set"),
        # "nej, hellere ..." right after (set 4's class)
        ("nej hellere tyve minutter", TIMER, "action_answer_fallback", "action_home_timer_set"),
        ("hellere klokken halv ni", REMINDER, "action_answer_fallback", "action_change_reminder"),
        # the sentence names the thing itself
        ("slet påmindelsen om kalk", PLAN, "action_cancel_plan_item", "action_cancel_reminder"),
        ("stop nedtællingen", None, "action_answer_fallback", "action_home_timer_cancel"),
    ],
)
def test_a_follow_up_goes_to_what_it_means(
    text: str, made: str | None, own: str, wanted: str
) -> None:
    assert route(text, made, own) == wanted


@pytest.mark.parametrize(
    ("text", "made", "own"),
    [
        ("ryk den til fredag", REMINDER, "action_change_reminder"),  # already the right one
        ("glem det", REMINDER, "action_answer_fallback"),  # never mind, not "delete it"
        ("stop", TIMER, "action_answer_fallback"),
        ("aflys frisøren på torsdag", REMINDER, "action_cancel_plan_item"),  # names its own
        ("hvad er klokken", REMINDER, "action_answer_fallback"),  # no move, no removal
        ("fjern den", None, "action_answer_fallback"),  # nothing made: nothing to point at
        ("jeg vil hellere have kaffe", TIMER, "action_answer_fallback"),  # no "nej, hellere"
        ("hellere klokken ni", None, "action_answer_fallback"),
    ],
)
def test_other_sentences_are_left_where_they_are(text: str, made: str | None, own: str) -> None:
    assert route(text, made, own) is None


def test_what_was_made_last_is_remembered_for_a_few_turns() -> None:
    events = [user(), action("action_set_reminder"), user(), action("action_listen")]
    assert last_made(events) == REMINDER
    events += [user(), action("action_home_timer_set")]
    assert last_made(events) == TIMER
    events += [user(), user(), user(), user(), user()]
    assert last_made(events) is None
    assert last_made([]) is None


def test_den_means_the_new_reminder_only_right_after_one_was_set() -> None:
    set_one = [user(), action("action_set_reminder")]
    assert means_the_new_one("ryk den til klokken fire", set_one)
    assert means_the_new_one("slet påmindelsen den igen", set_one)
    assert not means_the_new_one("ryk påmindelsen om panodil til klokken fire", set_one)
    assert not means_the_new_one("ryk den til klokken fire", [user()])
    changed = [user(), action("action_change_reminder")]
    assert not means_the_new_one("ryk den til klokken fire", changed)  # not the newest
    assert not means_the_new_one("flyt den i min plan", set_one)


def test_a_timer_is_changed_only_right_after_one_was_set_and_pointed_back_to() -> None:
    timer = [user(), action("action_home_timer_set")]
    assert changes_the_timer("nej gør den et kvarter", timer)
    assert changes_the_timer("lav nedtællingen om til tyve minutter", timer)
    assert not changes_the_timer("sæt en nedtælling på tyve minutter", timer)  # a second one
    assert changes_the_timer("nej hellere et kvarter", timer)
    assert not changes_the_timer("nej gør den et kvarter", [user(), action("action_set_reminder")])


def test_den_or_det_means_the_plan_item_just_saved() -> None:
    """Set 5: "ryk det til klokken femten" right after "ja" found no item."""
    saved = [user(), action("action_plan_yes")]
    assert points_back_to_plan("ryk det til klokken femten", saved)
    assert points_back_to_plan("flyt den til onsdag", saved)
    assert not points_back_to_plan("ryk det til klokken femten", [user()])
    assert not points_back_to_plan("ryk påmindelsen til klokken femten", saved)


@pytest.mark.parametrize(
    ("text", "made", "wanted"),
    [
        # set 17: a correction said right after, "nej" and the time or day said instead
        ("nej ikke klokken syv men kvart over syv", REMINDER, "action_change_reminder"),
        ("nej det var onsdag", REMINDER, "action_change_reminder"),
        ("nej om tyve minutter", REMINDER, "action_change_reminder"),
        ("nej det skulle være kl 10", REMINDER, "action_change_reminder"),
        ("nej det er først klokken to", PLAN, "action_move_plan_item"),
        ("nej om ti minutter", TIMER, "action_home_timer_set"),
    ],
)
def test_a_correction_right_after_changes_the_thing_made(text: str, made: str, wanted: str) -> None:
    assert route(text, made, "action_deny") == wanted


@pytest.mark.parametrize(
    "text",
    [
        "nej tak",
        "nej det var det",
        "nej det er fint",
        "nej jeg har taget dem klokken otte",
        # a question after a reminder is no removal of it ("glemt" is not "glem")
        "må jeg tage to hvis jeg har glemt dem i går",
    ],
)
def test_a_no_without_a_new_time_is_no_correction(text: str) -> None:
    assert route(text, REMINDER, "action_deny") is None


@pytest.mark.parametrize(
    ("said", "counted"),
    [
        ("nej syv", True),
        ("hov jeg mente fjorten", True),
        ("nej femogtredive", True),
        ("nej, ti minutter", True),
        # the smoke test of stop 50: a correction with its reason after it, "ikke X men Y"
        ("nej ikke fire tre minutter de skal være bløde", True),
        ("nej ikke ti minutter men tolv", True),
        ("nej ikke tre minutter", False),
        ("nej tak", False),
        ("nej det var torsdag", False),
        ("syv", False),
    ],
)
def test_a_count_corrected_right_after_a_timer_sets_it_anew(said: str, counted: bool) -> None:
    """Set 21: "nej syv" right after a five-minute timer was not understood."""
    assert count_corrected(said) is counted
    timer = [user(), action("action_home_timer_set"), user(said)]
    if counted:
        assert route(said, last_made(timer), "action_deny") == "action_home_timer_set"
        assert changes_the_timer(said, timer)
    reminder = [user(), action("action_set_reminder"), user(said)]
    assert route(said, last_made(reminder), "action_deny") != "action_home_timer_set"


def test_a_correction_naming_the_visitor_is_the_plan_item_just_saved() -> None:
    """Set 21: "nej vent hun kommer først klokken seksten" right after a friend's visit
    was saved had been looked for among the plan's items by its words."""
    saved = [user(), action("action_plan_yes"), user()]
    assert points_back_to_plan("nej vent hun kommer først klokken seksten", saved)
    assert not points_back_to_plan("hun kommer først klokken seksten", saved)
    assert not points_back_to_plan("nej vent hun kommer klokken seksten", [user()])
