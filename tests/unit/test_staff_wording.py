"""What staff are told about their citizens (bot/staff/wording.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.access.roster import Citizen
from bot.clock import COPENHAGEN
from bot.plan.model import Occurrence, PlanItem
from bot.reminders.model import Dose, DoseState
from bot.staff import wording

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
    assert wording.medicine_today(KAREN, doses, texts, NOW) == (
        "Karen Jensen i dag: klokken 8 Marevan: taget; klokken 9 tage dine øjendråber: "
        "sprunget over; klokken 10 Marevan: ikke bekræftet; klokken 11 Marevan: venter på "
        "svar; klokken 11 tage dine øjendråber: venter på svar; klokken 18 Marevan: ikke endnu."
    )
    assert wording.medicine_today(KAREN, [], texts, NOW) == (
        "Karen Jensen har ingen medicinpåmindelser i dag."
    )
    assert wording.medicine_today(None, [], texts, NOW) == "Du har ingen medicinpåmindelser i dag."
    assert wording.medicine_today(None, doses[:1], texts, NOW) == "I dag: klokken 8 Marevan: taget."


def test_a_day_in_full_and_an_empty_day() -> None:
    start = NOW + timedelta(days=1)
    item = PlanItem(
        id=1, citizen_id="karen", title="Frisør", start=start, end=start + timedelta(hours=1),
        place="Salon Lis", who=None, note=None, rrule=None, exdates=(), overrides=(),
        remind_before_minutes=None, created_by="staff:anne", updated_at=NOW,
    )  # fmt: skip
    occurrence = Occurrence(item, start, start + timedelta(hours=1), start)
    assert wording.day_plan(KAREN, [occurrence], "i morgen") == (
        "Karen Jensen i morgen: klokken 12 frisør, Salon Lis."
    )
    assert wording.day_plan(Citizen("jens", "Jens"), [], "i dag") == (
        "Der står ikke noget i Jens' plan i dag."
    )


def test_lists_and_asking_which_citizen() -> None:
    dora = Citizen("dora", "Dora Holm")
    assert wording.my_citizens([KAREN, dora]) == "Dine borgere: Karen Jensen og Dora Holm."
    assert wording.my_citizens([]) == wording.NO_CITIZENS
    assert wording.which_citizen([KAREN, dora], [KAREN, dora]) == (
        "Mener du Karen Jensen eller Dora Holm? Skriv hele navnet."
    )
    assert wording.which_citizen([], [KAREN]) == wording.NOT_FOUND
    assert wording.which_citizen([], []) == wording.NO_CITIZENS
