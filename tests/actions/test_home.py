"""actions.home: the thin adapters, over a real broker with simulated devices."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import home as act
from actions.services import Services
from bot.core.clock import COPENHAGEN
from bot.home.control import Homes
from bot.home.replies import NOT_SET_UP
from bot.reminders.model import ReminderKind
from bot.reminders.store import ReminderStore
from testkit.mqtt import PrivateBroker, example_home
from testkit.standin.home_devices import SimulatedHome
from testkit.support import ManualClock
from tests.actions.conftest import turn_tracker as tracker

DOMAIN: dict[str, Any] = {}


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateBroker]:
    with PrivateBroker(tmp_path_factory.mktemp("mqtt")) as running:
        yield running


@pytest.fixture
def home(broker: PrivateBroker) -> Iterator[tuple[SimulatedHome, Services]]:
    """Anna's home with simulated devices, and the actions' services with it."""
    home = example_home(broker.port, citizens=["anna"])
    sim = SimulatedHome(home, port=broker.port).start()
    homes = Homes([home])
    homes.start()
    yield sim, Services(homes=homes)
    homes.stop()
    sim.stop()


@pytest.fixture
def devices(home: tuple[SimulatedHome, Services]) -> SimulatedHome:
    return home[0]


@pytest.fixture
def services(home: tuple[SimulatedHome, Services]) -> Services:
    return home[1]


async def run(action: Any, t: Any) -> tuple[list[str], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, t, DOMAIN)
    return [m["text"] for m in dispatcher.messages], events


def slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


async def test_a_command_is_done_and_said(devices: SimulatedHome, services: Services) -> None:
    said, events = await run(
        act.ActionHome(services), tracker("tænd lyset i køkkenet", "home_control")
    )
    assert said == ["Køkkenlampen er tændt."]
    assert slots(events)["home_asking"] is False and slots(events)["home_pending"] is None
    assert len(devices.received) == 1


async def test_an_unsure_question_about_the_home_is_answered_a_command_is_not_done(
    devices: SimulatedHome, services: Services
) -> None:
    """Set 5: "har jeg husket at låse hoveddøren" (the model unsure) got "det forstod jeg
    ikke". The fallback answers a question about the citizen's own devices; a remark
    about a device that says no switching verb switches nothing."""
    from actions.knowledge import ActionAnswerFallback

    fallback = ActionAnswerFallback(services)
    said, _ = await run(fallback, tracker("har jeg husket at låse hoveddøren", "nlu_fallback"))
    assert "låst" in said[0], said
    said, _ = await run(fallback, tracker("jeg kan godt lide lyset i køkkenet", "nlu_fallback"))
    assert devices.received == [], said
    # a question naming no device is no question about the home (set 3, read again)
    for other in ("er det lovligt", "øh har jeg fået mine piller i dag", "hvor kan vi få en"):
        said, _ = await run(fallback, tracker(other, "nlu_fallback"))
        assert "Jeg kan styre lyset" not in " ".join(said), (other, said)


async def test_an_unsure_command_is_done_when_the_model_thought_it_a_home_command(
    devices: SimulatedHome, services: Services
) -> None:
    """Set 7: "fuld styrke på loftslampen ..." and set 6: "ka du tænde lyset ..." got "det
    forstod jeg ikke" with home_control as the model's runner-up. The fallback does a
    command the home's parser reads in full then; without the model's runner-up only one
    that says its switching verb and names its device or room (set 11: "ganglyset må
    gerne slukkes"); never a lock (it asks first)."""
    from actions.knowledge import ActionAnswerFallback

    def unsure(text: str, home_control: float) -> Any:
        t = tracker(text, "nlu_fallback", confidence=0.45)
        t.latest_message["intent_ranking"] = [
            {"name": "nlu_fallback", "confidence": 0.45},
            {"name": "home_control", "confidence": home_control},
            {"name": "report_illness", "confidence": 0.1},
        ]
        return t

    fallback = ActionAnswerFallback(services)
    said, _ = await run(fallback, unsure("lyset i køkkenet er alt for kraftigt i aften", 0.12))
    assert devices.received == [], said  # no verb, and the model did not think it one
    said, _ = await run(fallback, unsure("lås hoveddøren for mig jeg er gået i seng", 0.44))
    assert devices.received == [], said
    said, _ = await run(fallback, unsure("tænd så lyset i køkkenet jeg ser ingenting", 0.41))
    assert said == ["Køkkenlampen er tændt."], said
    assert len(devices.received) == 1
    said, _ = await run(fallback, unsure("sluk så lyset i køkkenet jeg går i seng", 0.05))
    assert said == ["Køkkenlampen er slukket."], said  # its verb and its room said
    assert len(devices.received) == 2


async def test_a_wish_for_more_light_is_done_in_the_speakers_room(
    devices: SimulatedHome, services: Services
) -> None:
    """Set 9's class: "mere lys" said without a verb, with a reason after it the model
    took for an emergency (set aside), reached the fallback. The light in the room the
    speaker stands in is made brighter; without a room, and for any other words, nothing
    is switched."""
    from actions.knowledge import ActionAnswerFallback

    def set_aside(text: str, metadata: dict[str, Any] | None) -> Any:
        t = tracker(text, "nlu_fallback", confidence=0.7)
        t.latest_message["intent_ranking"] = [
            {"name": "report_crisis", "confidence": 0.98},
            {"name": "home_control", "confidence": 0.01},
        ]
        if metadata is not None:
            t.latest_message["metadata"] = metadata
        return t

    fallback = ActionAnswerFallback(services)
    kitchen = {"room": "køkkenet"}
    said, _ = await run(fallback, set_aside("noget mere lys tak jeg ser så dårligt", None))
    assert devices.received == [], said
    said, _ = await run(fallback, set_aside("jeg kan ikke se noget mere", kitchen))
    assert devices.received == [], said
    said, _ = await run(fallback, set_aside("noget mere lys tak jeg ser så dårligt", kitchen))
    assert len(devices.received) == 1, said
    said, _ = await run(fallback, set_aside("mindre lys herinde det blænder", kitchen))
    assert len(devices.received) == 2, said


async def test_and_in_another_room_the_model_could_not_place_follows_the_last_command(
    devices: SimulatedHome, services: Services
) -> None:
    """Set 6: "og i gangen" right after a home command went to the fallback, "forstod
    ikke". The fallback switches nothing of its own: only the last command, sealed in
    this conversation, in the place named."""
    from actions.knowledge import ActionAnswerFallback

    _, events = await run(
        act.ActionHome(services), tracker("tænd lyset i køkkenet", "home_control")
    )
    last = slots(events)["home_last"]
    fallback = ActionAnswerFallback(services)
    said, _ = await run(
        fallback, tracker("og i soveværelset", "nlu_fallback", slots={"home_last": last})
    )
    assert said == ["Sengelampen er tændt."], said
    sent = len(devices.received)
    said, _ = await run(fallback, tracker("og i soveværelset", "nlu_fallback"))  # no last
    assert len(devices.received) == sent, said
    forged = "0" * len(last.partition("~")[0]) + "~" + last.partition("~")[2]
    said, _ = await run(
        fallback, tracker("og i stuen", "nlu_fallback", slots={"home_last": forged})
    )
    assert len(devices.received) == sent, said


async def test_and_in_another_room_is_read_against_the_last_command(
    devices: SimulatedHome,
    services: Services,
) -> None:
    _, events = await run(
        act.ActionHome(services), tracker("tænd lyset i køkkenet", "home_control")
    )
    last = slots(events)["home_last"]
    said, _ = await run(
        act.ActionHome(services),
        tracker("og i soveværelset", "home_control", slots={"home_last": last}),
    )
    assert said == ["Sengelampen er tændt."]
    forged = "0" * len(last.partition("~")[0]) + "~" + last.partition("~")[2]  # not ours
    said, _ = await run(
        act.ActionHome(services),
        tracker("og i gangen", "home_control", slots={"home_last": forged}),
    )
    assert said != ["Ganglampen er tændt."]


async def test_the_speakers_room_comes_from_the_message_metadata(
    devices: SimulatedHome, services: Services
) -> None:
    t = tracker("tænd lyset", "home_control")
    t.latest_message["metadata"] = {"speaker": "hoejttaler-sovevaerelse"}
    assert (await run(act.ActionHome(services), t))[0] == ["Sengelampen er tændt."]
    t = tracker("sluk lyset", "home_control")
    t.latest_message["metadata"] = {"room": "køkkenet"}
    assert (await run(act.ActionHome(services), t))[0] == ["Køkkenlampen er slukket."]


async def test_a_question_is_left_to_the_form(devices: SimulatedHome, services: Services) -> None:
    said, events = await run(
        act.ActionHome(services), tracker("tænd lampen i stuen", "home_control")
    )
    assert said == []  # action_ask_home_answer asks it
    pending = slots(events)["home_pending"]
    assert slots(events)["home_asking"] is True and pending
    asked, _ = await run(
        act.ActionAskHomeAnswer(services),
        tracker("", "home_control", slots={"home_pending": pending}),
    )
    assert asked == ["Der er to lamper i stuen: loftslampen eller lampen ved sofaen?"]
    answer = tracker(
        "loftslampen",
        "home_control",
        slots={"home_pending": pending, "requested_slot": "home_answer"},
    )
    said, events = await run(act.ValidateHomeAnswerForm(services), answer)
    assert said == ["Loftslampen er tændt."]
    assert slots(events) == {"home_answer": "besvaret", "home_pending": None, "home_asking": False}


@pytest.mark.parametrize("answered", ["den ved sofa", "sofa lampe"])
async def test_a_lamp_named_without_its_ending_answers_which(
    answered: str, devices: SimulatedHome, services: Services
) -> None:
    """Set 58: "den ved sofa" after "loftslampen eller lampen ved sofaen?" (Danish learnt
    late) had been "not understood"."""
    _, events = await run(act.ActionHome(services), tracker("tænd lampe i stue", "home_control"))
    pending = slots(events)["home_pending"]
    answer = tracker(
        answered, "home_control", slots={"home_pending": pending, "requested_slot": "home_answer"}
    )
    said, _ = await run(act.ValidateHomeAnswerForm(services), answer)
    assert said == ["Lampen ved sofaen er tændt."]


async def test_a_due_reminder_or_another_question_is_not_taken_as_the_answer(
    devices: SimulatedHome,
    services: Services,
) -> None:
    pending = services.seal.close(
        json.dumps(
            {
                "ask": "confirm",
                "command": {"action": "lock", "kind": "lock"},
                "ids": ["hoveddoer"],
                "question": "Skal jeg låse hoveddøren?",
            }
        ),
        "anna",
    )
    for intent, confidence in (("EXTERNAL_dose_due", 1.0), ("ask_plan", 0.95)):
        t = tracker(
            "hvad skal jeg i dag",
            intent,
            confidence=confidence,
            slots={"home_pending": pending, "requested_slot": "home_answer"},
        )
        assert await run(act.ValidateHomeAnswerForm(services), t) == ([], [])
    assert devices.received == []


def _unlock(ask: str) -> str:
    return json.dumps(
        {
            "ask": ask,
            "command": {"action": "unlock", "kind": "lock"},
            "ids": ["hoveddoer"],
            "question": "Skal jeg låse hoveddøren op?",
        }
    )


async def test_a_pending_question_not_sealed_here_runs_nothing(
    devices: SimulatedHome, services: Services
) -> None:
    """The slot is state the caller sends: a forged one, or one sealed for another
    conversation, is not answered (tests/security attacks the running server too)."""
    forged = [
        _unlock("confirm"),  # as sent by an attacker, unsealed
        services.seal.close(_unlock("confirm"), "bent"),  # another conversation's
        "x" + services.seal.close(_unlock("confirm"), "anna"),  # tampered
    ]
    for pending in forged:
        t = tracker(
            "ja", "affirm", slots={"home_pending": pending, "requested_slot": "home_answer"}
        )
        said, events = await run(act.ValidateHomeAnswerForm(services), t)
        assert said == [act.replies.NOT_UNDERSTOOD_ANSWER]
        assert slots(events)["home_pending"] is None
    assert devices.received == []


async def test_a_sealed_unlock_is_checked_again_against_the_homes_file(
    devices: SimulatedHome,
    services: Services,
) -> None:
    """Even a question sealed here does not open a door with "ja": the home's file
    (unlock by voice: off) is read again in the step that would run it."""
    for ask, words in (("confirm", "ja"), ("which", "hoveddøren"), ("pin", "1 2 3 4 5 6")):
        pending = services.seal.close(_unlock(ask), "anna")
        t = tracker(
            words, "affirm", slots={"home_pending": pending, "requested_slot": "home_answer"}
        )
        said, _ = await run(act.ValidateHomeAnswerForm(services), t)
        assert said == [act.replies.UNLOCK_OFF.format(what="hoveddøren")], (ask, said)
    assert devices.received == []


async def test_a_citizen_without_a_home_and_the_public_are_told(
    devices: SimulatedHome, services: Services
) -> None:
    said, _ = await run(
        act.ActionHome(services), tracker("tænd lyset", "home_control", sender="bent")
    )
    assert said == [NOT_SET_UP]
    said, _ = await run(
        act.ActionHome(services), tracker("tænd lyset", "home_control", sender="web-1f2e3d")
    )
    assert said == [act.HOME_ONLY]
    assert devices.received == []


def test_homes_of_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VELFAERD_HOMES_DIR", raising=False)
    homes = Services().homes
    try:
        assert homes.of("borger") is None
    finally:
        homes.stop()


@pytest.fixture
def reminder_store(tmp_path: Path) -> Iterator[ReminderStore]:
    clock = ManualClock(datetime(2026, 11, 24, 21, 30, tzinfo=COPENHAGEN))
    store = ReminderStore(f"sqlite:///{tmp_path / 'reminders.db'}", clock)
    store.create_schema()
    yield store
    store.dispose()


@pytest.fixture
def timing(reminder_store: ReminderStore) -> Services:
    """The services of the timer actions: the reminder store and its clock."""
    return Services(reminders=reminder_store, clock=reminder_store.clock)


async def test_timers_are_set_told_and_stopped(
    reminder_store: ReminderStore, timing: Services
) -> None:
    said, _ = await run(
        act.ActionHomeTimerSet(timing),
        tracker("sæt en nedtælling på 10 minutter", "home_timer_set"),
    )
    assert said == ["Nedtællingen er sat. Jeg siger til om 10 minutter."]
    (timer,) = reminder_store.reminders("anna")
    assert timer.kind is ReminderKind.TIMER and timer.rrule is None and timer.contact is None
    said, _ = await run(
        act.ActionHomeTimerLeft(timing), tracker("hvor lang tid er der tilbage", "x")
    )
    assert said == ["Der er 10 minutter tilbage af nedtællingen på 10 minutter."]
    said, _ = await run(act.ActionHomeTimerCancel(timing), tracker("stop nedtællingen", "x"))
    assert said == ["Nedtællingen på 10 minutter er stoppet."]
    assert reminder_store.reminders("anna") == []
    said, _ = await run(act.ActionHomeTimerSet(timing), tracker("sæt en nedtælling", "x"))
    assert said == [
        "Hvor lang skal nedtællingen være? Sig for eksempel »sæt en nedtælling på 10 minutter«."
    ]
    said, _ = await run(act.ActionHomeTimerSet(timing), tracker("væk mig", "x", sender="web-1f2e"))
    assert said == [act.TIMERS_ONLY]
    assert reminder_store.reminders("anna") == []


async def test_a_timer_said_again_right_after_replaces_the_one_just_set(
    reminder_store: ReminderStore,
    timing: Services,
) -> None:
    """ "nej, gør den et kvarter" after a timer: one timer of a quarter, not two."""
    await run(act.ActionHomeTimerSet(timing), tracker("sæt en nedtælling på 5 minutter", "x"))
    await run(act.ActionHomeTimerSet(timing), tracker("sæt en nedtælling på 10 minutter", "x"))
    t = tracker("nej lav den om til et kvarter", "change_reminder")
    t.events = [{"event": "action", "name": "action_home_timer_set"}, *t.events]
    from actions import reminders as reminder_actions

    said, _ = await run(reminder_actions.ActionChangeReminder(timing), t)  # routed to the timer
    assert said == ["Nedtællingen er sat. Jeg siger til om 15 minutter."], said
    assert sorted(r.text for r in reminder_store.reminders("anna")) == [
        "nedtællingen på 15 minutter",
        "nedtællingen på 5 minutter",
    ]
    # a new timer without pointing back is a second timer
    t = tracker("sæt også en nedtælling på 20 minutter", "home_timer_set")
    t.events = [{"event": "action", "name": "action_home_timer_set"}, *t.events]
    await run(act.ActionHomeTimerSet(timing), t)
    assert len(reminder_store.reminders("anna")) == 3


async def test_a_timer_changed_to_a_count_alone_takes_the_unit_it_was_set_in(
    reminder_store: ReminderStore,
    timing: Services,
) -> None:
    """Set 8's class: "nej, gør den hellere tyve" right after a countdown asked "hvor
    lang?"; the count alone is in the timer's own unit, and the timer is replaced."""
    await run(act.ActionHomeTimerSet(timing), tracker("sæt en nedtælling på 3 minutter", "x"))
    t = tracker("næ lav den hellere otte", "nlu_fallback")
    t.events = [{"event": "action", "name": "action_home_timer_set"}, *t.events]
    said, _ = await run(act.ActionHomeTimerSet(timing), t)
    assert said == ["Nedtællingen er sat. Jeg siger til om 8 minutter."], said
    assert [r.text for r in reminder_store.reminders("anna")] == ["nedtællingen på 8 minutter"]
    await run(act.ActionHomeTimerSet(timing), tracker("sæt en nedtælling på 2 timer", "x"))
    t = tracker("nej gør den hellere tre", "nlu_fallback")
    t.events = [{"event": "action", "name": "action_home_timer_set"}, *t.events]
    said, _ = await run(act.ActionHomeTimerSet(timing), t)
    assert said == ["Nedtællingen er sat. Jeg siger til om 3 timer."], said


async def test_what_a_technology_is_is_never_the_homes_alarm() -> None:
    """ "hvad er en fald alarm" was taken for the burglar alarm's state (issue 21, set 3):
    a question what a named technology is gets the knowledge answer, and the rules' slot."""
    t = tracker(
        "hvad er sådan en fald alarm",
        "home_state",
        entities=[{"entity": "technology", "value": "Fald- og anfaldsalarmer"}],
    )
    said, events = await run(act.ActionHome(Services()), t)
    assert len(said) == 1 and "fald" in said[0].lower() and "alarmen er" not in said[0], said
    assert {"event": "slot", "name": "home_asking", "value": False, "timestamp": None} in events


async def test_an_unsure_question_right_after_a_timer_tells_the_time_left(
    reminder_store: ReminderStore, timing: Services
) -> None:
    """Set 7's class: "is it not done soon" after a timer was taken for a crisis, unsure,
    and got "forstod ikke"; right after a timer it asks how long is left."""
    from actions.knowledge import ActionAnswerFallback

    await run(act.ActionHomeTimerSet(timing), tracker("sæt en timer på tyve minutter", "x"))
    t = tracker("ringer den ikke snart", "nlu_fallback", confidence=0.45)
    t.events = [{"event": "action", "name": "action_home_timer_set"}, *t.events]
    said, _ = await run(ActionAnswerFallback(timing), t)
    assert said == ["Der er 20 minutter tilbage af nedtællingen på 20 minutter."]


async def test_a_countdown_with_a_part_of_the_day_after_it_is_set_as_a_countdown(
    reminder_store: ReminderStore, timing: Services
) -> None:
    said, _ = await run(
        act.ActionHomeTimerSet(timing),
        tracker("sæt en nedtælling på tre timer så jeg ikke sover aftenen væk", "home_timer_set"),
    )
    assert said == ["Nedtællingen er sat. Jeg siger til om 3 timer."]
    (timer,) = reminder_store.reminders("anna")
    assert timer.kind is ReminderKind.TIMER
    assert timer.first_due - reminder_store.clock.now() == timedelta(hours=3)


async def test_a_value_said_as_a_correction_right_after_is_for_the_same_device(
    devices: SimulatedHome, services: Services
) -> None:
    """Set 21: "nej ikke helt, kun halvt" right after "rul gardinet ned" was not
    understood. Right after a home command (only then), the fallback reads it against it."""
    from actions.knowledge import ActionAnswerFallback

    _, events = await run(
        act.ActionHome(services), tracker("sæt varmen i stuen til 23 grader", "home_control")
    )
    last = slots(events)["home_last"]
    fallback = ActionAnswerFallback(services)
    after = tracker("nej toogtyve er nok", "nlu_fallback", slots={"home_last": last})
    after.events = [
        {"event": "user", "text": "sæt varmen i stuen til 23 grader"},
        {"event": "action", "name": "action_home"},
        *after.events,
    ]
    sent = len(devices.received)
    said, _ = await run(fallback, after)
    assert len(devices.received) == sent + 1 and "22" in said[0], said
    later = tracker("nej toogtyve er nok", "nlu_fallback", slots={"home_last": last})
    said, _ = await run(fallback, later)  # not right after a home command: nothing done
    assert len(devices.received) == sent + 1, said


async def test_no_in_another_room_right_after_a_command_is_that_command_there(
    devices: SimulatedHome, services: Services
) -> None:
    """Set 46: "nej i køkkenet (siger Inger)" right after "tænd lyset i gangen" got the
    fallback's "forstod ikke". Right after the command it is the same command in the room
    named; a "nej" later answers something else."""
    from actions.knowledge import ActionAnswerFallback

    _, events = await run(act.ActionHome(services), tracker("tænd lyset i gangen", "home_control"))
    last = slots(events)["home_last"]
    fallback = ActionAnswerFallback(services)
    after_home = [
        {"event": "user", "text": "tænd lyset i gangen"},
        {"event": "action", "name": act.ActionHome.NAME},
        {"event": "action", "name": "action_listen"},
    ]
    t = tracker("nej i køkkenet siger Inger", "nlu_fallback", slots={"home_last": last})
    t.events = [*after_home, *t.events]
    said, _ = await run(fallback, t)
    assert said == ["Køkkenlampen er tændt."], said
    sent = len(devices.received)
    later = [*after_home, {"event": "user", "text": "hvad er klokken"}]
    later += [{"event": "action", "name": "action_tell_time"}]
    t = tracker("nej i soveværelset", "nlu_fallback", slots={"home_last": last})
    t.events = [*later, *t.events]
    said, _ = await run(fallback, t)
    assert len(devices.received) == sent, said


async def test_a_command_in_pieces_and_no_in_pieces_after_one(
    devices: SimulatedHome, services: Services
) -> None:
    """Set 46, a man after a stroke: "varmere... lidt... sove... værelset" (the model said
    an illness; the fallback's "forstod ikke") and "nej... køkken" right after a light in
    the hallway (the model said "nej": "Det er helt i orden")."""
    from actions.conversation import ActionDeny
    from actions.knowledge import ActionAnswerFallback

    sent = len(devices.received)
    said, _ = await run(
        ActionAnswerFallback(services), tracker("varmere... lidt... stue", "nlu_fallback")
    )
    assert len(devices.received) == sent + 1, said
    _, events = await run(act.ActionHome(services), tracker("lys... gang... tænd", "home_control"))
    last = slots(events)["home_last"]
    t = tracker("nej... køkken", "deny", slots={"home_last": last})
    t.events = [
        {"event": "user", "text": "lys... gang... tænd"},
        {"event": "action", "name": act.ActionHome.NAME},
        {"event": "action", "name": "action_listen"},
        *t.events,
    ]
    said, _ = await run(ActionDeny(services), t)
    assert said == ["Køkkenlampen er tændt."], said
    # a "nej" with no home command before it is still a calm "fine"
    said, _ = await run(ActionDeny(services), tracker("nej... køkken", "deny"))
    assert "Køkkenlampen" not in " ".join(said), said
