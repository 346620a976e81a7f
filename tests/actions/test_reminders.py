"""Reminder actions over a real SQLite store, with a manual clock at the seam."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import reminders as act
from actions.services import Services
from bot.reminders.model import ReminderKind
from bot.reminders.store import ReminderStore
from nlu.danish_time import CPH
from testkit.support import ManualClock
from tests.actions.conftest import turn_tracker as tracker


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 22, 9, 0, tzinfo=CPH))


@pytest.fixture
def store(tmp_path: Path, clock: ManualClock) -> ReminderStore:
    s = ReminderStore(f"sqlite:///{tmp_path / 'reminders.db'}", clock)
    s.create_schema()
    return s


def served(store: ReminderStore, clock: ManualClock) -> Services:
    return Services(reminders=store, clock=clock)


async def run(action: Any, t: Tracker) -> tuple[list[str], list[dict[str, Any]]]:
    d = CollectingDispatcher()
    events = await action.run(d, t, {})
    return [m["text"] for m in d.messages], events


def slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


async def make(store: ReminderStore, clock: ManualClock, text: str, **kw: Any) -> list[str]:
    """The form's extraction, then the save, as Rasa runs them for one sentence."""
    form = act.ValidateReminderForm(Services(clock=clock))
    what = await form.extract_reminder_what(
        CollectingDispatcher(), tracker(text, "set_reminder", **kw), {}
    )
    when = await form.extract_reminder_when(
        CollectingDispatcher(), tracker(text, "set_reminder", **kw), {}
    )
    filled = {**what, **when}
    said, _ = await run(
        act.ActionSetReminder(served(store, clock)),
        tracker(text, "set_reminder", slots=filled, **kw),
    )
    return said


# The form as the domain declares it: rasa-sdk reads its required slots from here.
DOMAIN = yaml.safe_load((Path(__file__).parents[2] / "bot/domain/reminders.yml").read_text())

PANODIL = [{"entity": "medicine", "value": "Panodil", "start": 19, "end": 26}]


async def test_set_reminder_from_one_sentence_is_saved_and_said_back(store, clock) -> None:
    said = await make(
        store, clock, "mind mig om at tage Panodil i morgen kl 8 om morgenen", entities=PANODIL
    )
    assert said == ["Jeg minder dig om at tage Panodil i morgen klokken 8."]
    [saved] = store.reminders("anna")
    assert saved.medicine == "Panodil"
    assert saved.first_due == datetime(2026, 11, 23, 8, 0, tzinfo=CPH)


async def test_form_asks_for_the_time_when_none_was_said(clock) -> None:
    form = act.ValidateReminderForm(Services(clock=clock))
    t = tracker("mind mig om mine piller", "set_reminder")
    assert await form.extract_reminder_when(CollectingDispatcher(), t, {}) == {}
    d = CollectingDispatcher()
    answer = tracker("det ved jeg ikke", "deny_unknown", slots={"requested_slot": "reminder_when"})
    assert await form.extract_reminder_when(d, answer, {}) == {"reminder_when": None}
    assert "forstod jeg ikke" in d.messages[0]["text"]


async def test_impossible_and_past_times_are_explained_and_nothing_is_stored(store, clock) -> None:
    form = act.ValidateReminderForm(Services(clock=clock))
    for text, word in [
        ("mind mig om pillerne den 31. februar", "findes ikke"),
        ("mind mig om pillerne i går kl 8", "allerede gået"),
    ]:
        d = CollectingDispatcher()
        assert await form.extract_reminder_when(d, tracker(text, "set_reminder"), {}) == {
            "reminder_when": None
        }
        assert word in d.messages[0]["text"]
    said, _ = await run(act.ActionSetReminder(served(store, clock)), tracker("stop", "deny"))
    assert said == ["Godt, så laver jeg ikke nogen påmindelse."]
    assert store.reminders("anna") == []


async def test_saying_stop_ends_the_form(clock) -> None:
    form = act.ValidateReminderForm(Services(clock=clock))
    t = tracker("glem det", "deny", slots={"requested_slot": "reminder_when"})
    events = await form.run(CollectingDispatcher(), t, {})
    assert {"event": "active_loop", "name": None, "timestamp": None} in events


async def test_list_change_and_cancel(store, clock) -> None:
    await make(store, clock, "mind mig om at tage Panodil i morgen kl 8 morgen", entities=PANODIL)
    await make(store, clock, "husk mig på mine øjendråber hver aften kl 21")
    said, _ = await run(
        act.ActionListReminders(served(store, clock)),
        tracker("hvilke påmindelser har jeg", "list_reminders"),
    )
    assert said == [
        "Du har 2 påmindelser: dine øjendråber hver dag klokken 21 og "
        "at tage Panodil i morgen klokken 8."
    ]
    said, _ = await run(
        act.ActionChangeReminder(served(store, clock)),
        tracker("flyt panodil til kl 9 om morgenen", "change_reminder"),
    )
    assert said == ["Jeg har flyttet påmindelsen om at tage Panodil til i morgen klokken 9."]
    said, _ = await run(
        act.ActionCancelReminder(served(store, clock)), tracker("slet den", "cancel_reminder")
    )
    assert said[0].startswith("Hvilken påmindelse mener du? Den om ")
    assert "at tage Panodil" in said[0] and "dine øjendråber" in said[0]
    said, _ = await run(
        act.ActionCancelReminder(served(store, clock)),
        tracker("stop med øjendråberne", "cancel_reminder"),
    )
    assert said == ["Jeg har slettet påmindelsen om dine øjendråber."]
    assert [r.medicine for r in store.reminders("anna")] == ["Panodil"]


async def test_cancel_all_asks_first(store, clock) -> None:
    await make(store, clock, "mind mig om min medicin hver dag kl 20")
    said, events = await run(
        act.ActionAskCancelAll(served(store, clock)), tracker("slet alle", "cancel_all_reminders")
    )
    assert said == ["Du har én påmindelse. Skal jeg slette den?"]
    assert slots(events) == {"confirm_cancel_all": True}
    assert len(store.reminders("anna")) == 1
    said, _ = await run(act.ActionCancelAllReminders(served(store, clock)), tracker("ja", "affirm"))
    assert said == ["Jeg har slettet din påmindelse."]
    assert store.reminders("anna") == []


async def test_due_reminder_is_announced_then_taken_is_logged(store, clock) -> None:
    await make(store, clock, "mind mig om at tage Panodil om et kvarter", entities=PANODIL)
    [dose] = store.doses("anna")
    clock.current += timedelta(minutes=15)
    due = tracker("", "EXTERNAL_dose_due", entities=[{"entity": "dose_id", "value": str(dose.id)}])
    said, events = await run(act.ActionAnnounceReminder(served(store, clock)), due)
    assert said[0].startswith("Det er tid til at tage Panodil.")
    assert slots(events) == {"dose_id": str(dose.id), "dose_pending": True}
    said, events = await run(
        act.ActionMarkTaken(served(store, clock)), tracker("ja", "affirm", slots=slots(events))
    )
    assert said == ["Godt. Jeg har skrevet, at du har taget den."]
    assert [e.outcome.value for e in store.adherence("anna")] == ["taken"]


async def test_the_same_yes_sent_again_gets_the_same_answer(store, clock) -> None:
    """Its first answer was lost (a Rasa process killed after the mark): the client
    sends "ja" again, with the conversation as it was before."""
    await make(store, clock, "mind mig om at tage Panodil om et kvarter", entities=PANODIL)
    [dose] = store.doses("anna")
    clock.current += timedelta(minutes=15)
    due = tracker("", "EXTERNAL_dose_due", entities=[{"entity": "dose_id", "value": str(dose.id)}])
    _, events = await run(act.ActionAnnounceReminder(served(store, clock)), due)
    yes = tracker("ja", "affirm", slots=slots(events))
    first, _ = await run(act.ActionMarkTaken(served(store, clock)), yes)
    again, _ = await run(act.ActionMarkTaken(served(store, clock)), yes)
    assert first == again == ["Godt. Jeg har skrevet, at du har taget den."]
    assert [e.outcome.value for e in store.adherence("anna")] == ["taken"]
    skipped, _ = await run(act.ActionSkipDose(served(store, clock)), yes)  # not the answer it has
    assert skipped == ["Der er ingen påmindelse lige nu, som venter på svar."]


async def test_snooze_moves_the_open_dose(store, clock) -> None:
    await make(store, clock, "mind mig om pillerne om 5 minutter")
    [dose] = store.doses("anna")
    said, _ = await run(
        act.ActionSnoozeReminder(served(store, clock)),
        tracker("udsæt et kvarter", "snooze_reminder", slots={"dose_id": str(dose.id)}),
    )
    assert said == ["Det er i orden. Jeg minder dig om det igen om et kvarter."]
    [moved] = store.doses("anna")
    assert moved.next_attempt_at == clock.now() + timedelta(minutes=15)


async def test_another_citizen_can_neither_see_nor_answer_my_reminder(store, clock) -> None:
    await make(store, clock, "mind mig om at tage Panodil om et kvarter", entities=PANODIL)
    [dose] = store.doses("anna")
    said, _ = await run(
        act.ActionListReminders(served(store, clock)),
        tracker("hvilke påmindelser har jeg", "list_reminders", sender="bent"),
    )
    assert "ingen påmindelser" in said[0]
    said, _ = await run(
        act.ActionMarkTaken(served(store, clock)),
        tracker("taget", "confirm_taken", sender="bent", slots={"dose_id": str(dose.id)}),
    )
    assert said == ["Der er ingen påmindelse lige nu, som venter på svar."]
    entities = [{"entity": "dose_id", "value": str(dose.id)}]
    due = tracker("", "EXTERNAL_dose_due", sender="bent", entities=entities)
    assert await run(act.ActionAnnounceReminder(served(store, clock)), due) == ([], [])
    assert store.doses("anna")[0].state.value == "pending"


def test_reminder_when_slot_is_json_with_the_first_time_and_rule() -> None:
    value = {"when": "2026-11-23T08:00:00+01:00", "rrule": None}
    assert json.loads(json.dumps(value)) == value


async def test_an_ambiguous_hour_is_asked_about_and_the_answer_picks_it(store, clock) -> None:
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("mind mig om mine piller hver dag klokken 8", "set_reminder")
    events = await form.run(CollectingDispatcher(), first, DOMAIN)
    filled = slots(events)
    assert filled["reminder_what"] == "dine piller"
    assert filled["reminder_when"] is None
    asked, _ = await run(act.ActionAskReminderWhen(), tracker("", "", slots=filled))
    assert asked == ["Mener du klokken 8 om morgenen eller klokken 20 om aftenen?"]
    waiting = {**filled, "requested_slot": "reminder_when"}
    unclear = await form.run(
        CollectingDispatcher(), tracker("hvad", "inform", slots=waiting), DOMAIN
    )
    assert slots(unclear) == {"reminder_when": None}  # the same question again
    answer = tracker("om aftenen", "inform", slots=waiting)
    picked = slots(await form.run(CollectingDispatcher(), answer, DOMAIN))
    assert picked["reminder_when_choices"] is None
    assert json.loads(picked["reminder_when"]) == {
        "when": "2026-11-22T20:00:00+01:00",
        "rrule": "FREQ=DAILY;BYHOUR=20;BYMINUTE=0",
    }


async def test_a_new_time_said_instead_of_the_answer_is_taken_on_the_day_asked(clock) -> None:
    """Asked "om morgenen eller om aftenen?", the citizen says another time: the question
    is about the new hour (same day), or the new time is taken when it is clear."""
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("husk mig på hjertemedicinen i morgen klokken 9", "set_reminder")
    filled = slots(await form.run(CollectingDispatcher(), first, DOMAIN))
    waiting = {**filled, "requested_slot": "reminder_when"}
    # an hour that may be morning or evening is asked about (9 or 21) ...
    instead = tracker("næ vent det skal være klokken otte", "inform", slots=waiting)
    again = slots(await form.run(CollectingDispatcher(), instead, DOMAIN))
    assert again["reminder_when"] is None
    readings = json.loads(again["reminder_when_choices"])["readings"]
    assert [r[:16] for r in readings] == ["2026-11-23T08:00", "2026-11-23T20:00"]
    asked, _ = await run(act.ActionAskReminderWhen(), tracker("", "", slots={**waiting, **again}))
    assert asked == ["Mener du klokken 8 om morgenen eller klokken 20 om aftenen?"]
    # ... one whose other reading is the night is taken by day (set 49: "Nej, lad os
    # hellere sige klokken halv elleve" had been asked about again)
    daytime = tracker("næ vent det skal være klokken ti", "inform", slots=waiting)
    taken_by_day = slots(await form.run(CollectingDispatcher(), daytime, DOMAIN))
    assert json.loads(taken_by_day["reminder_when"])["when"] == "2026-11-23T10:00:00+01:00"
    clear = tracker("nej klokken halv elleve om formiddagen", "inform", slots=waiting)
    taken = slots(await form.run(CollectingDispatcher(), clear, DOMAIN))
    assert json.loads(taken["reminder_when"])["when"] == "2026-11-23T10:30:00+01:00"
    # an answer that picks one of the two is still an answer
    pick = tracker("klokken 9 om morgenen", "inform", slots=waiting)
    picked = slots(await form.run(CollectingDispatcher(), pick, DOMAIN))
    assert json.loads(picked["reminder_when"])["when"] == "2026-11-23T09:00:00+01:00"
    # a correction naming a day of its own means that day
    other_day = tracker("nej på fredag klokken halv elleve om formiddagen", "inform", slots=waiting)
    moved = slots(await form.run(CollectingDispatcher(), other_day, DOMAIN))
    assert json.loads(moved["reminder_when"])["when"] == "2026-11-27T10:30:00+01:00"
    # a day alone said instead (set 15: saved at the day's default 9): the two hours asked
    # about, on that day, asked about again
    day_alone = tracker("flyt den til fredag", "inform", slots=waiting)
    again = slots(await form.run(CollectingDispatcher(), day_alone, DOMAIN))
    assert again["reminder_when"] is None
    readings = json.loads(again["reminder_when_choices"])["readings"]
    assert [r[:16] for r in readings] == ["2026-11-27T09:00", "2026-11-27T21:00"]


async def test_a_bare_hour_with_no_is_another_hour_not_a_stop(clock) -> None:
    """Set 21: "nej ni" to "om morgenen eller om aftenen?" had dropped the reminder."""
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("mind mig om blodtrykspillen i morgen klokken otte", "set_reminder")
    filled = slots(await form.run(CollectingDispatcher(), first, DOMAIN))
    waiting = {**filled, "requested_slot": "reminder_when"}
    assert waiting["reminder_when_choices"]
    instead = tracker("nej ikke otte ni", "deny", slots=waiting)
    again = slots(await form.run(CollectingDispatcher(), instead, DOMAIN))
    assert again["reminder_when"] is None and "reminder_what" not in again  # not emptied
    readings = json.loads(again["reminder_when_choices"])["readings"]
    assert [r[11:16] for r in readings] == ["09:00", "21:00"]
    # a plain "nej" still stops
    stop = tracker("nej", "deny", slots=waiting)
    stopped = slots(await form.run(CollectingDispatcher(), stop, DOMAIN))
    assert stopped["reminder_what"] is None and stopped["reminder_when"] is None


async def test_ten_for_a_call_is_ten_in_the_morning(clock) -> None:
    """Set 21: "ring til kommunen ... klokken ti" was asked 10 or 22; nobody rings the
    municipality at 22. Pills at ten are still asked."""
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("mind mig om at ringe til kommunen i morgen klokken ti", "set_reminder")
    filled = slots(await form.run(CollectingDispatcher(), first, DOMAIN))
    assert json.loads(filled["reminder_when"])["when"][11:16] == "10:00"
    pills = tracker("mind mig om mine piller i morgen klokken ti", "set_reminder")
    asked = slots(await form.run(CollectingDispatcher(), pills, DOMAIN))
    assert asked["reminder_when"] is None and asked["reminder_when_choices"]


async def test_a_day_without_a_time_asks_what_time_that_day(clock) -> None:
    """Set 5 (issue 21: ask for a missing time): "mind mig om tandlægen på tirsdag" was
    set for 9 o'clock, a time nobody chose. The time is asked, kept on that day."""
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("mind mig om tandlægen på tirsdag", "set_reminder")
    filled = slots(await form.run(CollectingDispatcher(), first, DOMAIN))
    assert filled["reminder_when"] is None and filled["reminder_what"] == "tandlægen"
    waiting = {**filled, "requested_slot": "reminder_when"}
    asked, _ = await run(
        act.ActionAskReminderWhen(Services(clock=clock)), tracker("", "", slots=waiting)
    )
    assert asked == ["Hvad tid i overmorgen? Sig for eksempel »klokken 10«."]
    answer = tracker("klokken halv elleve om formiddagen", "inform", slots=waiting)
    taken = slots(await form.run(CollectingDispatcher(), answer, DOMAIN))
    assert json.loads(taken["reminder_when"])["when"] == "2026-11-24T10:30:00+01:00"
    # an hour that could be morning or evening is asked about, on that day
    hour = tracker("klokken tre", "inform", slots=waiting)
    again = slots(await form.run(CollectingDispatcher(), hour, DOMAIN))
    readings = json.loads(again["reminder_when_choices"])["readings"]
    assert sorted(r[:16] for r in readings) == ["2026-11-24T03:00", "2026-11-24T15:00"]
    # a part of the day is no missing time
    morning = tracker("mind mig om at ringe til Ole på tirsdag om morgenen", "set_reminder")
    assert slots(await form.run(CollectingDispatcher(), morning, DOMAIN))["reminder_when"]
    every_morning = tracker("mind mig om pillerne hver morgen", "set_reminder")
    assert slots(await form.run(CollectingDispatcher(), every_morning, DOMAIN))["reminder_when"]


async def test_a_repetition_without_a_time_asks_what_time(clock) -> None:
    """ "mind mig om at tage pillerne hver mandag" was made for 9 o'clock, a time nobody
    chose (issue 21's own notes: a repeating reminder without a time). The time is
    asked, and the answer keeps the repetition."""
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("mind mig om at tage pillerne hver mandag", "set_reminder")
    filled = slots(await form.run(CollectingDispatcher(), first, DOMAIN))
    assert filled["reminder_when"] is None
    waiting = {**filled, "requested_slot": "reminder_when"}
    asked, _ = await run(
        act.ActionAskReminderWhen(Services(clock=clock)), tracker("", "", slots=waiting)
    )
    assert asked == ["Hvad tid hver mandag? Sig for eksempel »klokken 10«."]
    answer = tracker("klokken halv elleve om formiddagen", "inform", slots=waiting)
    taken = json.loads(
        slots(await form.run(CollectingDispatcher(), answer, DOMAIN))["reminder_when"]
    )
    assert taken["when"] == "2026-11-23T10:30:00+01:00"
    assert "BYDAY=MO" in taken["rrule"] and "BYHOUR=10" in taken["rrule"], taken
    assert "BYMINUTE=30" in taken["rrule"], taken
    # an answer with a repetition of its own is taken as said
    daily = tracker("hver dag klokken 8 om morgenen", "inform", slots=waiting)
    own = json.loads(slots(await form.run(CollectingDispatcher(), daily, DOMAIN))["reminder_when"])
    assert "FREQ=DAILY" in own["rrule"] and "BYHOUR=8" in own["rrule"], own


async def test_eleven_is_the_mornings_and_not_asked_about(store, clock) -> None:
    """Set 14: "på fredag klokken elleve" was asked "11 om morgenen eller 23 om aftenen";
    a reminder at 23 is not meant without saying so. 8 or 20 is still asked."""
    said = await make(store, clock, "mind mig om at hente posten på fredag klokken elleve")
    assert said and "klokken 11" in said[0], said
    assert [(r.text, r.first_due.hour) for r in store.reminders("anna")] == [
        ("at hente posten", 11)
    ]
    form = act.ValidateReminderForm(Services(clock=clock))
    eight = tracker("mind mig om at hente posten på fredag klokken otte", "set_reminder")
    assert await form.extract_reminder_when(CollectingDispatcher(), eight, {}) == {
        "reminder_when": None
    }
    late = tracker("mind mig om at slukke tv på fredag klokken elleve i aften", "set_reminder")
    when = await form.extract_reminder_when(CollectingDispatcher(), late, {})
    assert '"23:00' in when["reminder_when"] or "T23:00" in when["reminder_when"], when


async def test_a_dose_question_while_the_form_asks_gets_no_advice_and_the_question_again(
    clock,
) -> None:
    """Set 15: "må jeg så godt ta fire på en gang" while morning or evening was asked got
    the same question back, unanswered. Never advice; then the question again, the
    reminder's thing kept."""
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("mind mig om ibuprofen i morgen klokken ti", "set_reminder")
    filled = slots(await form.run(CollectingDispatcher(), first, DOMAIN))
    waiting = {**filled, "requested_slot": "reminder_when"}
    d = CollectingDispatcher()
    asked = tracker("må jeg så godt ta fire på en gang", "inform", slots=waiting)
    events = await form.run(d, asked, DOMAIN)
    assert [m.get("response") for m in d.messages] == ["utter_medical_advice"]
    assert slots(events) == {"reminder_when": None}
    assert not any(e["event"] == "active_loop" for e in events)


async def test_cancelling_while_the_form_asks_ends_it(clock) -> None:
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("mind mig om at vande blomsterne på lørdag klokken elleve", "set_reminder")
    filled = slots(await form.run(CollectingDispatcher(), first, DOMAIN))
    waiting = {**filled, "requested_slot": "reminder_when"}
    cancel = tracker("årh nej fjern den igen", "cancel_reminder", slots=waiting)
    events = await form.run(CollectingDispatcher(), cancel, DOMAIN)
    assert any(e["event"] == "active_loop" and e["name"] is None for e in events)
    assert slots(events)["reminder_what"] is None


@pytest.mark.parametrize(
    ("said", "stops"),
    [
        # set 58: the model's best removal was a plan item's
        ("nej vent det gør min søster fjern den igen", True),
        ("slet frisøren fra min plan", False),
    ],
)
async def test_a_plan_items_removal_while_the_form_asks_ends_it_unless_a_plan_is_named(
    clock, said: str, stops: bool
) -> None:
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("mind mig om at vande blomsterne på lørdag klokken elleve", "set_reminder")
    filled = slots(await form.run(CollectingDispatcher(), first, DOMAIN))
    waiting = {**filled, "requested_slot": "reminder_when"}
    events = await form.run(
        CollectingDispatcher(), tracker(said, "cancel_plan_item", slots=waiting), DOMAIN
    )
    ended = any(e["event"] == "active_loop" and e["name"] is None for e in events)
    assert ended is stops


async def test_an_absurdly_long_reminder_is_refused_clearly_and_not_stored(store, clock) -> None:
    text = "mind mig om " + "at tage mine piller og " * 20 + "i aften klokken 21"
    said = await make(store, clock, text)
    assert said == [
        "Det er for langt til en påmindelse. Sig det kort, for eksempel »at tage Panodil«."
    ]
    assert store.reminders("anna") == []


async def test_list_for_one_day_says_only_that_days_reminders(store, clock) -> None:
    await make(
        store, clock, "mind mig om at tage Panodil i morgen kl 8 om morgenen", entities=PANODIL
    )
    await make(store, clock, "husk mig på mine øjendråber hver aften kl 21")
    said, _ = await run(
        act.ActionListReminders(served(store, clock)),
        tracker("hvad skal jeg huske i morgen", "list_reminders"),
    )
    assert said == [
        "I morgen har du 2 påmindelser: at tage Panodil klokken 8 og dine øjendråber klokken 21."
    ]
    said, _ = await run(
        act.ActionListReminders(served(store, clock)),
        tracker("har jeg nogen påmindelser i dag", "list_reminders"),
    )
    assert said == ["I dag har du én påmindelse: dine øjendråber klokken 21."]
    said, _ = await run(
        act.ActionListReminders(served(store, clock)),
        tracker("hvad med på fredag", "list_reminders"),
    )
    assert said == ["På fredag har du én påmindelse: dine øjendråber klokken 21."]


async def test_a_question_instead_of_an_answer_fills_nothing(clock) -> None:
    """Asked "hvornår?", the citizen asks something else: the form fills nothing, so
    Rasa answers that question and the form asks again (rather than asking forever)."""
    form = act.ValidateReminderForm(Services(clock=clock))
    waiting = {"reminder_what": "at tage dine piller", "requested_slot": "reminder_when"}
    other = tracker("hvilke påmindelser har jeg", "list_reminders", slots=waiting, confidence=0.9)
    assert await form.run(CollectingDispatcher(), other, DOMAIN) == []
    # The same, while "om morgenen eller om aftenen?" waits for its answer.
    choices = json.dumps({"readings": ["2026-11-23T08:00:00+01:00", "2026-11-22T20:00:00+01:00"]})
    both = {**waiting, "reminder_when_choices": choices}
    other = tracker("hvilke påmindelser har jeg", "list_reminders", slots=both, confidence=0.9)
    assert await form.run(CollectingDispatcher(), other, DOMAIN) == []
    # A time in it, or an unsure reading of the sentence: it is an answer after all.
    for text, confidence in [("i morgen klokken 14", 0.9), ("hvad", 0.3)]:
        t = tracker(text, "list_reminders", slots=waiting, confidence=confidence)
        assert "reminder_when" in slots(await form.run(CollectingDispatcher(), t, DOMAIN)), text
    # Asked "hvad skal jeg minde dig om?", a question is not what to remember.
    asked = {"requested_slot": "reminder_what"}
    other = tracker("hvad er klokken", "ask_orientation", slots=asked, confidence=0.9)
    assert await form.run(CollectingDispatcher(), other, DOMAIN) == []


async def test_a_timer_that_rings_asks_nothing(store, clock) -> None:
    store.add(
        "anna",
        "nedtællingen på 5 minutter",
        clock.now() + timedelta(minutes=5),
        kind=ReminderKind.TIMER,
    )
    [dose] = store.doses("anna")
    clock.current += timedelta(minutes=5)
    due = tracker("", "EXTERNAL_dose_due", entities=[{"entity": "dose_id", "value": str(dose.id)}])
    said, events = await run(act.ActionAnnounceReminder(served(store, clock)), due)
    assert said == ["Nedtællingen på 5 minutter er slut."]
    assert events == []  # no dose waits for "ja"


async def test_a_follow_up_after_a_reminder_moves_or_removes_that_reminder(
    store: ReminderStore, clock: ManualClock
) -> None:
    """The model sent "flyt den ..." after a reminder to the day plan, and "slet den
    igen" to the fallback: what was made last decides (bot/followup.py)."""
    from actions import plan as plan_actions

    await make(
        store, clock, "mind mig om at tage Panodil i morgen kl 8 om morgenen", entities=PANODIL
    )
    made = [{"event": "action", "name": "action_set_reminder"}]

    def after(text: str, intent: str) -> Tracker:
        t = tracker(text, intent)
        t.events = made + t.events
        return t

    said, _ = await run(
        plan_actions.ActionMovePlanItem(served(store, clock)),
        after("flyt den til klokken ni", "move_plan_item"),
    )
    assert said == ["Jeg har flyttet påmindelsen om at tage Panodil til i morgen klokken 9."]
    [dose] = store.doses("anna")
    assert dose.due_at == datetime(2026, 11, 23, 9, 0, tzinfo=CPH)
    from actions import knowledge as knowledge_actions

    said, _ = await run(
        knowledge_actions.ActionAnswerFallback(served(store, clock)),
        after("slet den igen", "nlu_fallback"),
    )
    assert store.reminders("anna") == [], said


async def test_a_bare_hour_moves_the_reminder(store: ReminderStore, clock: ManualClock) -> None:
    """ "skub den til ti" was answered "what is the new time?": the first check read the
    sentence without the bare hour that moving it reads (issue 21)."""
    await make(store, clock, "mind mig om at ringe til Bent i morgen kl 19")
    said, _ = await run(
        act.ActionChangeReminder(served(store, clock)),
        tracker("skub den til ti", "change_reminder"),
    )
    assert said == ["Jeg har flyttet påmindelsen om at ringe til Bent til i morgen klokken 22."]


async def test_den_right_after_a_new_reminder_is_that_one_among_several(
    store: ReminderStore, clock: ManualClock
) -> None:
    """With several reminders, "flyt den" asked which; right after one was set it is
    that one (staff set reminders for citizens who have many)."""
    await make(store, clock, "mind mig om at vande blomsterne i morgen kl 10 om formiddagen")
    await make(store, clock, "mind mig om at ringe til Bent i morgen kl 15")
    made = [{"event": "action", "name": "action_set_reminder"}]
    t = tracker("ryk den til klokken fire", "change_reminder")
    t.events = made + t.events
    said, _ = await run(act.ActionChangeReminder(served(store, clock)), t)
    assert said == ["Jeg har flyttet påmindelsen om at ringe til Bent til i morgen klokken 16."], (
        said
    )
    # without a reminder just set, "den" among several is asked about
    said, _ = await run(
        act.ActionChangeReminder(served(store, clock)),
        tracker("ryk den til klokken fem", "change_reminder"),
    )
    assert "?" in said[0] and "klokken 17" not in said[0], said


async def test_den_asked_last_after_context_is_the_new_one_not_the_contexts_words(
    store: ReminderStore, clock: ManualClock
) -> None:
    """Set 39: "… når han har fået morgenmad. Flyt den til kl. 9." right after a new
    reminder moved another one, about breakfast, that the context's words named."""
    await make(store, clock, "mind mig om at spise morgenmad i morgen kl 7 om morgenen")
    await make(store, clock, "mind mig om at tage vitaminpillen i morgen kl 8 om morgenen")
    made = [{"event": "action", "name": "action_set_reminder"}]
    t = tracker(
        "Lægen siger at den er bedre efter morgenmaden. Ryk den til kl. 10.", "change_reminder"
    )
    t.events = made + t.events
    said, _ = await run(act.ActionChangeReminder(served(store, clock)), t)
    assert said == [
        "Jeg har flyttet påmindelsen om at tage vitaminpillen til i morgen klokken 10."
    ], said


async def test_advice_about_medicine_read_as_a_reminder_gets_no_advice_and_no_form(
    store, clock
) -> None:
    """ "må du give mig råd om min medicin", taken by the model for a reminder: the one
    answer to advice, and the form ends without asking when."""
    form = act.ValidateReminderForm(Services(clock=clock))
    asked = tracker("må jeg tage dobbelt dosis af mine piller i aften", "set_reminder")
    d = CollectingDispatcher()
    events = await form.run(d, asked, DOMAIN)
    assert [m.get("response") for m in d.messages] == ["utter_medical_advice"]
    assert any(e["event"] == "active_loop" and e["name"] is None for e in events)
    said, _ = await run(act.ActionSetReminder(served(store, clock)), asked)
    assert said == []  # no "Godt, så laver jeg ikke nogen påmindelse" after it
    assert store.reminders("anna") == []


async def test_what_said_as_a_that_clause_is_the_answer_whatever_the_model_heard(clock) -> None:
    """Set 6's class: to "hvad skal jeg minde dig om?", "at jeg skal ringe til kommunen om
    min rollator" was taken for a question about rollators (0.84) and answered with a fact."""
    form = act.ValidateReminderForm(Services(clock=clock))
    waiting = {"requested_slot": "reminder_what", "reminder_when": "x"}
    said = tracker(
        "at jeg skal ringe til kommunen om min rollator", "ask_technology",
        slots=waiting, confidence=0.84,
    )  # fmt: skip
    what = await form.extract_reminder_what(CollectingDispatcher(), said, {})
    assert what == {"reminder_what": "at ringe til kommunen om din rollator"}
    asked = tracker("hvad er en rollator", "ask_technology", slots=waiting, confidence=0.84)
    assert await form.extract_reminder_what(CollectingDispatcher(), asked, {}) == {}


# -- set 7's classes, in our own sentences ------------------------------------------------


async def test_a_duty_a_length_of_time_from_now_is_saved_with_its_words(store, clock) -> None:
    said = await make(store, clock, "om tre kvarter ska a huske at ta brødet ud sig lige til")
    assert said == ["Jeg minder dig om at tage brødet ud i dag klokken 9.45."]
    said = await make(store, clock, "om tyve minutter skal jeg ringe til tandlægen og aflyse")
    assert said == ["Jeg minder dig om at ringe til tandlægen og aflyse i dag klokken 9.20."]
    saved = sorted(store.reminders("anna"), key=lambda r: r.first_due)
    assert [(r.text, r.first_due - clock.now()) for r in saved] == [
        ("at ringe til tandlægen og aflyse", timedelta(minutes=20)),
        ("at tage brødet ud", timedelta(minutes=45)),
    ]
    assert all(r.kind is ReminderKind.REMINDER for r in saved)


async def test_a_reminder_asked_for_with_no_thing_asks_what_then_takes_the_answers(clock) -> None:
    """ "mind mig lige om en ting", then the thing as a that-clause, then the time, each
    unsure to the model: the form fills what and then when."""
    form = act.ValidateReminderForm(Services(clock=clock))
    first = tracker("mind mig lige om en ting", "set_reminder")
    assert await form.extract_reminder_what(CollectingDispatcher(), first, {}) == {}
    asked = {"requested_slot": "reminder_what"}
    thing = tracker("at jeg skal bestille en taxa", "nlu_fallback", slots=asked, confidence=0.45)
    assert await form.extract_reminder_what(CollectingDispatcher(), thing, {}) == {
        "reminder_what": "at bestille en taxa"
    }
    waiting = {"requested_slot": "reminder_when", "reminder_what": "at bestille en taxa"}
    when = tracker("på torsdag klokken to om eftermiddagen", "nlu_fallback", slots=waiting)
    filled = await form.extract_reminder_when(CollectingDispatcher(), when, {})
    assert json.loads(filled["reminder_when"])["when"] == "2026-11-26T14:00:00+01:00"


async def test_an_unsure_question_what_one_asked_to_remember_lists_the_reminders(
    store, clock
) -> None:
    from actions.knowledge import ActionAnswerFallback

    await make(store, clock, "mind mig om at vande blomsterne i morgen klokken 10 om formiddagen")
    t = tracker("øhm hvad var det nu du skulle huske mig på", "nlu_fallback", confidence=0.45)
    said, _ = await run(ActionAnswerFallback(served(store, clock)), t)
    assert said == ["Du har én påmindelse: at vande blomsterne i morgen klokken 10."]


async def test_a_duty_said_with_its_time_in_the_fallback_is_a_reminder_with_its_words(
    store, clock
) -> None:
    """Set 8's class: a duty said soon, or at a time with "husk mig på det", where the
    model was unsure (or its unsure emergency set aside) got "forstod ikke"."""
    from actions.knowledge import ActionAnswerFallback

    fallback = ActionAnswerFallback(served(store, clock))
    t = tracker("om tyve minutter skal jeg lukke hønsene ind", "nlu_fallback", confidence=0.45)
    said, _ = await run(fallback, t)
    assert said == ["Jeg minder dig om at lukke hønsene ind i dag klokken 9.20."], said
    sentence = "på onsdag klokken 13 skal jeg til fodterapeut kan du huske mig på det"
    said, _ = await run(fallback, tracker(sentence, "nlu_fallback", confidence=0.45))
    assert said and "fodterapeut" in said[0] and "onsdag" in said[0], said
    saved = store.reminders("anna")
    assert [r.text for r in saved] == ["at lukke hønsene ind", "at du skal til fodterapeut"]
    assert saved[1].first_due == datetime(2026, 11, 25, 13, 0, tzinfo=CPH)
    # an hour that may be morning or evening, or a question: not guessed here
    for unsure in (
        "på onsdag klokken 8 skal jeg til frisør husk mig på det",
        "hvad skal jeg om tyve minutter",
    ):
        said, _ = await run(fallback, tracker(unsure, "nlu_fallback", confidence=0.45))
        assert len(store.reminders("anna")) == 2, said
