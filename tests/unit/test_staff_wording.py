"""What staff are told about their citizens (bot/staff/replies.py and reading.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.access.roster import Citizen
from bot.core.clock import COPENHAGEN
from bot.plan.model import Occurrence, PlanItem
from bot.reminders.model import Dose, DoseState
from bot.staff import reading, replies

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=COPENHAGEN)
KAREN = Citizen("karen", "Karen Jensen")


def dose(hour: int, state: DoseState, reminder: int = 1) -> Dose:
    due = NOW.replace(hour=hour)
    return Dose(
        id=hour, reminder_id=reminder, citizen_id="karen", due_at=due, state=state,
        attempts=1, next_attempt_at=None, answered_at=None, snoozed=False,
    )  # fmt: skip


def test_medicine_today_says_each_dose_and_what_became_of_it() -> None:
    texts = {1: "Marevan", 2: "tage dine øjendråber"}
    doses = [
        dose(8, DoseState.TAKEN),
        dose(9, DoseState.SKIPPED, 2),
        dose(10, DoseState.MISSED),
        dose(11, DoseState.ASKED),
        dose(11, DoseState.PENDING, 2),  # due, not yet said
        dose(18, DoseState.PENDING),
    ]
    assert replies.medicine_today(KAREN, doses, texts, NOW) == (
        "Karen Jensen i dag: klokken 8 Marevan: taget; klokken 9 tage dine øjendråber: "
        "sprunget over; klokken 10 Marevan: ikke bekræftet; klokken 11 Marevan: venter på "
        "svar; klokken 11 tage dine øjendråber: venter på svar; klokken 18 Marevan: ikke endnu."
    )
    assert replies.medicine_today(KAREN, [], texts, NOW) == (
        "Karen Jensen har ingen medicinpåmindelser i dag."
    )
    assert replies.medicine_today(None, [], texts, NOW) == "Du har ingen medicinpåmindelser i dag."
    assert replies.medicine_today(None, doses[:1], texts, NOW) == "I dag: klokken 8 Marevan: taget."


def test_only_cancelled_doses_say_first_that_nothing_is_to_be_taken() -> None:
    texts = {1: "Marevan"}
    assert replies.medicine_today(KAREN, [dose(20, DoseState.CANCELLED)], texts, NOW) == (
        "Karen Jensen har ingen medicin at tage i dag. Aflyst: klokken 20 Marevan."
    )


def test_a_day_in_full_and_an_empty_day() -> None:
    start = NOW + timedelta(days=1)
    item = PlanItem(
        id=1, citizen_id="karen", title="Frisør", start=start, end=start + timedelta(hours=1),
        place="Salon Lis", who=None, note=None, rrule=None, exdates=(), overrides=(),
        remind_before_minutes=None, created_by="staff:anne", updated_at=NOW,
    )  # fmt: skip
    occurrence = Occurrence(item, start, start + timedelta(hours=1), start)
    assert replies.day_plan(KAREN, [occurrence], "i morgen") == (
        "Karen Jensen i morgen: klokken 12 frisør, Salon Lis."
    )
    assert replies.day_plan(Citizen("jens", "Jens"), [], "i dag") == (
        "Der står ikke noget i Jens' plan i dag."
    )


def test_lists_and_asking_which_citizen() -> None:
    dora = Citizen("dora", "Dora Holm")
    assert replies.my_citizens([KAREN, dora]) == "Dine borgere: Karen Jensen og Dora Holm."
    assert replies.my_citizens([]) == replies.NO_CITIZENS
    assert replies.which_citizen([KAREN, dora], [KAREN, dora]) == (
        "Hvem af dem mener du: Karen Jensen eller Dora Holm?"
    )
    # none of theirs named (set 20): a question, which the name answers
    assert replies.which_citizen([], [KAREN, dora]) == (
        "Hvem af dine borgere er det: Karen Jensen eller Dora Holm?"
    )
    many = [Citizen(f"c{i}", f"Borger {i}") for i in range(replies.WHICH_LISTED + 1)]
    assert replies.which_citizen([], many) == (
        "Hvem af dine borgere er det? Skriv navnet, eller skriv »mine borgere« for at se dem."
    )
    for asked in (replies.which_citizen([], [KAREN]), replies.which_citizen([KAREN, dora], [])):
        assert replies.asked_which(asked) is (asked != replies.NO_CITIZENS)
    assert not replies.asked_which("Mener du klokken 8 om morgenen eller klokken 20 om aftenen?")
    assert replies.which_citizen([], []) == replies.NO_CITIZENS


@pytest.mark.parametrize(
    ("said", "about_karen"),
    [
        ("Hvad skal jeg minde dig om?", "Hvad skal jeg minde Karen Jensen om?"),
        ("Det er skrevet i din plan.", "Det er skrevet i Karen Jensens plan."),
        ("Du har ingen påmindelser.", "Karen Jensen har ingen påmindelser."),
        (
            "I morgen har du 2: at tage dine piller.",
            "I morgen har Karen Jensen 2: at tage Karens piller.",
        ),
        # Questions to the staff member keep their 'du'; examples in quotes stay.
        ("Mener du frisør eller gåtur?", "Mener du frisør eller gåtur?"),
        (
            "Hvad tid? Sig for eksempel »min frisør klokken 10«.",
            "Hvad tid? Sig for eksempel »min frisør klokken 10«.",
        ),
    ],
)
def test_replies_are_worded_about_the_citizen(said: str, about_karen: str) -> None:
    assert replies.about(KAREN, said) == about_karen


def test_a_name_ending_in_s_takes_an_apostrophe() -> None:
    assert replies.about(Citizen("jens", "Jens"), "din plan") == "Jens' plan"


@pytest.mark.parametrize(
    ("citizen", "staff_said", "as_if_the_citizen"),
    [
        (KAREN, "mind Karen om at tage hendes Panodil", "mind borgeren om at tage min Panodil"),
        (
            KAREN,
            "sæt en påmindelse til Karen Jensen om kaffe",
            "sæt en påmindelse til borgeren om kaffe",
        ),
        (KAREN, "skriv frisør i Karens plan", "skriv frisør i min plan"),
        (KAREN, "skriv frisør i karen jensens plan", "skriv frisør i min plan"),
        (Citizen("jens", "Jens Olsen"), "aflys banko i Jens' plan", "aflys banko i min plan"),
        # A citizen called Hans: the name, but "hans" written small is the pronoun.
        (Citizen("hans", "Hans Bo"), "mind Hans om hans piller", "mind borgeren om min piller"),
        # Someone else's name is left as it is.
        (KAREN, "mind Karen om at ringe til Jens", "mind borgeren om at ringe til Jens"),
    ],
)
def test_staff_sentences_are_read_in_the_citizens_words(
    citizen: Citizen, staff_said: str, as_if_the_citizen: str
) -> None:
    assert reading.in_citizen_words(citizen, staff_said) == as_if_the_citizen
