"""Staff in Teams asking about their citizens: answers for their own, nothing else.

Real SQLite stores and access log; the roster gives Anne one citizen, Karen.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions import plan as plan_act
from actions import reminders as rem_act
from actions import staff as staff_act
from actions.services import Services
from bot.access.audit import AccessLog
from bot.access.policy import Access
from bot.access.replies import CITIZEN_ONLY
from bot.access.roster import Citizen, Roster
from bot.plan.store import PlanStore
from bot.reminders.model import DoseState
from bot.reminders.store import ReminderStore
from bot.staff import reading, replies
from nlu.danish_time import CPH
from testkit.support import ManualClock
from tests.actions.conftest import turn_tracker as tracker

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=CPH)  # a Monday
ROSTER = Roster.from_yaml(
    """
citizens:
  - {id: karen, name: Karen Jensen}
  - {id: jens, name: Jens Olsen}
  - {id: dora, name: Dora Holm}
staff:
  - {id: anne, name: Anne Holm, citizens: [karen, jens]}
  - {id: bo, name: Bo Lund, citizens: [dora]}
  - {id: lis, name: Lis Berg}
"""
)


@dataclass
class World:
    clock: ManualClock
    reminders: ReminderStore
    plan: PlanStore
    log: AccessLog
    access: Access

    @property
    def services(self) -> Services:
        """The actions' services: these stores, clock and roster."""
        return Services(
            clock=self.clock, reminders=self.reminders, plan=self.plan, access=self.access
        )

    async def ask(self, action: Any, text: str, sender: str = "teams-anne") -> list[str]:
        d = CollectingDispatcher()
        channel = "teams" if sender.startswith("teams-") else "rest"
        await action.run(d, tracker(text, "x", sender=sender, channel=channel), {})
        return [str(m.get("text")) for m in d.messages]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    clock = ManualClock(NOW)
    url = f"sqlite:///{tmp_path / 'data.db'}"
    reminders, plan, log = ReminderStore(url, clock), PlanStore(url, clock), AccessLog(url, clock)
    for store in (reminders, plan, log):
        store.create_schema()
    clock.advance(timedelta(hours=-4))  # the morning dose was set up before it was due
    reminders.add("karen", "tage din hjertemedicin", NOW - timedelta(hours=3), rrule="FREQ=DAILY")
    reminders.add("karen", "tage dine vanddrivende", NOW + timedelta(hours=6))
    clock.advance(timedelta(hours=4))
    morning = reminders.doses("karen")[0]
    reminders.mark("karen", morning.id, DoseState.TAKEN)
    plan.add("karen", "Frisør", NOW + timedelta(days=1), NOW + timedelta(days=1, hours=1),
             acting="staff:anne")  # fmt: skip
    yield World(clock, reminders, plan, log, Access(ROSTER, log, strict=True))
    for store in (reminders, plan, log):
        store.dispose()


async def test_staff_read_their_citizens_day_and_medicine_and_it_is_logged(world: World) -> None:
    tell_plan = plan_act.ActionTellPlan(world.services)
    assert await world.ask(tell_plan, "hvad skal Karen i morgen") == [
        "Karen Jensen i morgen: klokken 12 frisør."
    ]
    assert await world.ask(tell_plan, "hvad står der i Karen Jensens plan i dag") == [
        "Der står ikke noget i Karen Jensens plan i dag."
    ]
    adherence = staff_act.ActionTellAdherence(world.services)
    assert await world.ask(adherence, "har Karen taget sin medicin i dag") == [
        "Karen Jensen i dag: klokken 9 tage din hjertemedicin: taget; "
        "klokken 18 tage dine vanddrivende: ikke endnu."
    ]
    logged = [(e.actor, e.action) for e in world.log.entries("karen")]
    assert logged == [
        ("staff:anne", "action_tell_adherence"),
        ("staff:anne", "action_tell_plan"),
        ("staff:anne", "action_tell_plan"),
    ]


async def test_another_staff_members_citizen_or_none_is_not_found(world: World) -> None:
    tell_plan = plan_act.ActionTellPlan(world.services)
    adherence = staff_act.ActionTellAdherence(world.services)
    for action in (tell_plan, adherence):
        for text in ("hvad skal Dora i dag", "hvad skal jeg i dag", "har Zenia taget sin medicin"):
            [asked] = await world.ask(action, text)
            assert replies.asked_which(asked) and "Dora" not in asked, text
    assert await world.ask(tell_plan, "hvad skal Karen i dag", sender="teams-lis") == [
        replies.NO_CITIZENS
    ]
    assert world.log.entries("dora") == [] and world.log.entries("karen") == []


async def test_staff_never_cancel_all_and_an_answer_is_read_as_a_question(world: World) -> None:
    before = [(d.id, d.state) for d in world.reminders.doses("karen")]
    cancel_all = rem_act.ActionCancelAllReminders(world.services)
    assert await world.ask(cancel_all, "slet alle Karens påmindelser") == [CITIZEN_ONLY]
    # "har Karen taget sin medicin" understood as confirm_taken: the status, no marking.
    taken = rem_act.ActionMarkTaken(world.services)
    said = await world.ask(taken, "Karen har taget sin medicin")
    assert said[0].startswith("Karen Jensen i dag: ")
    assert [(d.id, d.state) for d in world.reminders.doses("karen")] == before
    assert len(world.plan.items("karen")) == 1


async def test_my_citizens_for_staff_only(world: World) -> None:
    mine = staff_act.ActionListMyCitizens(world.services)
    assert await world.ask(mine, "hvem er mine borgere") == [
        "Dine borgere: Jens Olsen og Karen Jensen."
    ]
    assert await world.ask(mine, "hvem er mine borgere", sender="teams-lis") == [
        replies.NO_CITIZENS
    ]
    assert await world.ask(mine, "hvem er mine borgere", sender="karen") == [replies.STAFF_ONLY]


async def test_my_citizens_asked_in_other_words_reach_the_list(world: World) -> None:
    """Set 5: "hvilke borgere har jeg adgang til?" (the model unsure) got a fact about
    alarms; the fallback now knows the question."""
    from actions.knowledge import ActionAnswerFallback

    fallback = ActionAnswerFallback(world.services)
    assert await world.ask(fallback, "hvilke borgere har jeg adgang til?") == [
        "Dine borgere: Jens Olsen og Karen Jensen."
    ]
    assert reading.asks_my_citizens("hvem tager jeg mig af i dag")
    assert not reading.asks_my_citizens("hvem har jeg en aftale med i morgen")


async def test_a_citizen_asking_about_their_own_medicine(world: World) -> None:
    adherence = staff_act.ActionTellAdherence(world.services)
    assert await world.ask(adherence, "har jeg taget min medicin", sender="karen") == [
        "I dag: klokken 9 tage din hjertemedicin: taget; "
        "klokken 18 tage dine vanddrivende: ikke endnu."
    ]


# ---- staff changing their citizens' reminders and plan, in a conversation -------------

DOMAIN: dict[str, Any] = {"forms": {}}
for _feature in ("reminders", "plan"):
    _declared = yaml.safe_load(
        (Path(__file__).parents[2] / f"bot/domain/{_feature}.yml").read_text()
    )
    DOMAIN["forms"].update(_declared["forms"])


class Chat:
    """One staff member's Teams conversation: the slots Rasa would keep between turns."""

    def __init__(self, world: World, sender: str = "teams-anne", history: bool = False) -> None:
        self.world, self.sender = world, sender
        self.slots: dict[str, Any] = {}
        # with history: the earlier turns' user and action events, as Rasa keeps them
        self.history: list[dict[str, Any]] | None = [] if history else None

    async def turn(
        self,
        action: Any,
        text: str,
        intent: str = "inform",
        entities: list[dict[str, Any]] | None = None,
    ) -> list[str]:
        d = CollectingDispatcher()
        t = tracker(
            text, intent, sender=self.sender, channel="teams", slots=self.slots, entities=entities
        )
        if self.history is not None:
            t.events = [*self.history, *t.events]
        events = await action.run(d, t, DOMAIN)
        if self.history is not None:
            done = {"event": "action", "name": action.name()}
            self.history += [t.events[-1], done, *[e for e in events if e.get("event") == "slot"]]
        self.slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
        return [str(m.get("text")) for m in d.messages]

    def actions(self) -> dict[str, Any]:
        w = self.world
        return {
            "reminder_form": rem_act.ValidateReminderForm(w.services),
            "ask_when": rem_act.ActionAskReminderWhen(w.services),
            "set": rem_act.ActionSetReminder(w.services),
            "plan_form": plan_act.ValidatePlanItemForm(w.services),
            "confirm": plan_act.ActionConfirmPlanItem(w.services),
            "yes": plan_act.ActionPlanYes(w.services),
            "cancel": plan_act.ActionCancelPlanItem(w.services),
        }


@pytest.fixture
def chat(world: World) -> Chat:
    return Chat(world)


async def test_staff_set_a_reminder_for_their_citizen_and_it_is_logged(chat: Chat) -> None:
    a = chat.actions()
    text = "sæt en påmindelse til Karen om at tage hendes Panodil i morgen klokken 8 om morgenen"
    panodil = [{"entity": "medicine", "value": "Panodil", "start": 44, "end": 51}]
    assert await chat.turn(a["reminder_form"], text, "set_reminder", panodil) == []
    assert chat.slots["reminder_what"] == "at tage din Panodil"
    assert chat.slots["staff_citizen"] == "karen"
    said = await chat.turn(a["set"], text, "set_reminder", panodil)
    assert said == ["Jeg minder Karen Jensen om at tage Karens Panodil i morgen klokken 8."]
    saved = [r for r in chat.world.reminders.reminders("karen") if r.medicine == "Panodil"]
    assert [(r.text, r.first_due.hour) for r in saved] == [("at tage din Panodil", 8)]
    assert ("staff:anne", "action_set_reminder") in [
        (e.actor, e.action) for e in chat.world.log.entries("karen")
    ]


async def test_the_form_asks_about_the_citizen_and_keeps_to_them(chat: Chat) -> None:
    a = chat.actions()
    # Two of Anne's citizens in one sentence, neither said to be reminded: it asks.
    two = "sæt en påmindelse om at Karen skal ringe til Jens"
    await chat.turn(a["reminder_form"], two, "set_reminder")
    assert chat.slots["reminder_what"] is None and chat.slots["staff_citizen"] is None
    assert await chat.turn(a["set"], two, "set_reminder") == [
        "Hvem af dem mener du: Jens Olsen eller Karen Jensen?"
    ]
    # "mind Karen om …": the one reminded follows the verb; Jens is what to remember
    # (set 11), in a first name as in the full one
    text = "mind Karen om at ringe til Jens"
    await chat.turn(a["reminder_form"], text, "set_reminder")
    assert chat.slots["reminder_what"] == "at ringe til Jens"
    asked = await chat.turn(a["ask_when"], text, "set_reminder")
    assert asked[0].startswith("Hvornår skal jeg minde Karen Jensen om det?")
    chat.slots["requested_slot"] = "reminder_when"
    # The answer names Jens, another of Anne's citizens: the form stays Karen's.
    await chat.turn(a["reminder_form"], "i morgen klokken 14 sammen med Jens")
    assert chat.slots["staff_citizen"] == "karen" and chat.slots["reminder_when"]
    said = await chat.turn(a["set"], "i morgen klokken 14 sammen med Jens")
    assert said == ["Jeg minder Karen Jensen om at ringe til Jens i morgen klokken 14."]
    assert chat.world.reminders.reminders("jens") == []


async def test_a_reminder_for_someone_not_theirs_is_not_set(chat: Chat) -> None:
    a = chat.actions()
    chat.slots["staff_citizen"] = "karen"  # from an earlier question about Karen
    for text in ("mind Dora om at tage sin Panodil klokken 8", "mind Zenia om kaffe kl 9"):
        await chat.turn(a["reminder_form"], text, "set_reminder")
        assert chat.slots["staff_citizen"] is None and chat.slots["reminder_what"] is None
        [asked] = await chat.turn(a["set"], text, "set_reminder")
        assert replies.asked_which(asked) and "Dora" not in asked
    assert chat.world.reminders.reminders("dora") == []
    assert len(chat.world.reminders.reminders("karen")) == 2
    assert chat.world.log.entries("dora") == []


async def test_staff_add_to_their_citizens_plan_after_yes(chat: Chat) -> None:
    a = chat.actions()
    text = "skriv fodterapeut i Karens plan på onsdag klokken 11"
    await chat.turn(a["plan_form"], text, "add_plan_item")
    assert chat.slots["plan_title"] == "fodterapeut"
    asked = await chat.turn(a["confirm"], text, "add_plan_item")
    assert asked == ["Skal jeg skrive »fodterapeut« i Karen Jensens plan i overmorgen klokken 11?"]
    assert await chat.turn(a["yes"], "ja", "affirm") == ["Det er skrevet i Karen Jensens plan."]
    [added] = [i for i in chat.world.plan.items("karen") if i.title == "fodterapeut"]
    assert chat.world.plan.audit("karen")[-1].acting == "staff:anne"
    assert chat.world.plan.items("jens") == []


async def test_staff_cancel_in_their_citizens_plan_after_yes(chat: Chat) -> None:
    a = chat.actions()
    asked = await chat.turn(a["cancel"], "aflys Karens frisør i morgen", "cancel_plan_item")
    assert asked == ["Skal jeg aflyse frisør i morgen klokken 12?"]
    assert await chat.turn(a["yes"], "ja", "affirm") == ["Det er fjernet fra Karen Jensens plan."]
    assert chat.world.plan.items("karen") == []
    assert chat.world.plan.audit("karen")[-1].acting == "staff:anne"


async def test_yes_is_for_the_citizen_the_question_was_about(chat: Chat) -> None:
    a = chat.actions()
    await chat.turn(a["cancel"], "aflys Karens frisør i morgen", "cancel_plan_item")
    # Then a question about Jens: "ja" must not cancel anything of Karen's or Jens'.
    adherence = staff_act.ActionTellAdherence(chat.world.services)
    await chat.turn(adherence, "har Jens taget sin medicin", "ask_adherence")
    assert chat.slots["staff_citizen"] == "jens"
    said = await chat.turn(a["yes"], "ja", "affirm")
    assert said[0].startswith("Jeg har ikke spurgt om noget lige nu.")
    assert len(chat.world.plan.items("karen")) == 1


async def test_a_forged_citizen_slot_reaches_nobody(chat: Chat) -> None:
    a = chat.actions()
    chat.world.plan.add("dora", "Bad", NOW + timedelta(days=1), NOW + timedelta(days=1, hours=1),
                        acting="borger:dora")  # fmt: skip
    chat.slots["staff_citizen"] = "dora"  # as if set by "/affirm{...}" in the message
    chat.slots["plan_change"] = (
        '{"op": "cancel", "item_id": 2, "day": "2026-11-24", "scope": "single"}'
    )
    [asked] = await chat.turn(a["yes"], "ja", "affirm")
    assert replies.asked_which(asked) and "Dora" not in asked
    assert len(chat.world.plan.items("dora")) == 1
    assert chat.world.log.entries("dora") == []


async def test_staff_list_and_cancel_their_citizens_reminders(world: World) -> None:
    listing = rem_act.ActionListReminders(world.services)
    said = await world.ask(listing, "hvilke påmindelser har Karen")
    assert said[0].startswith("Karen Jensen har 2 påmindelser:")
    cancel = rem_act.ActionCancelReminder(world.services)
    said = await world.ask(cancel, "slet Karens påmindelse om de vanddrivende")
    assert said == ["Jeg har slettet påmindelsen om tage Karen Jensens vanddrivende."]
    assert [r.text for r in world.reminders.reminders("karen")] == ["tage din hjertemedicin"]
    logged = [e.action for e in world.log.entries("karen")]
    assert logged == ["action_cancel_reminder", "action_list_reminders"]


async def test_in_teams_the_whole_list_is_read_where_a_speaker_says_three(world: World) -> None:
    """A staff member plans from the list (stop 50 left: Teams cut it at three, as spoken)."""
    for hour in (8, 10, 12, 14, 16):
        world.reminders.add(
            "karen", f"ting nummer {hour}", NOW + timedelta(days=2, hours=hour - 12)
        )
    listing = rem_act.ActionListReminders(world.services)
    [said] = await world.ask(listing, "hvilke påmindelser har Karen")
    assert said.startswith("Karen Jensen har 7 påmindelser:") and "mere" not in said
    assert all(f"ting nummer {hour}" in said for hour in (8, 10, 12, 14, 16))
    [day] = await world.ask(listing, "hvilke påmindelser har Karen på onsdag")
    assert all(f"ting nummer {hour}" in day for hour in (8, 10, 12, 14, 16)), day
    [spoken] = await world.ask(listing, "hvilke påmindelser har jeg", sender="karen")
    assert spoken.startswith("Du har 7 påmindelser:") and "Og 4 mere." in spoken


async def test_a_follow_up_that_names_no_one_is_about_the_citizen_just_talked_about(
    world: World, chat: Chat
) -> None:
    """'flyt den til kl. 9' right after Karen's reminder: Karen's; a forged slot for
    someone not the staff member's reaches no one."""
    a = rem_act.ActionChangeReminder(world.services)
    listing = rem_act.ActionListReminders(world.services)
    assert (await chat.turn(listing, "hvilke påmindelser har Karen"))[0].startswith("Karen")
    assert chat.slots["staff_citizen"] == "karen"
    said = await chat.turn(a, "ryk den om hjertemedicinen til klokken 9 i morgen")
    assert said[0].startswith("Jeg har flyttet"), said
    chat.slots["staff_citizen"] = "dora"
    said = await chat.turn(a, "ryk den til klokken 10 i morgen")
    assert not said[0].startswith("Jeg har flyttet"), said


async def test_and_what_about_jens_asks_the_last_question_of_the_other_citizen(
    world: World,
) -> None:
    """Set 12: "og hvad med Jens" after a question about Karen's medicine had got "forstod
    ikke". Only between the staff member's own citizens."""
    from actions.knowledge import ActionAnswerFallback

    async def follow_up(first: str, intent: str, then: str, sender: str = "teams-anne") -> str:
        t = tracker(then, "nlu_fallback", sender=sender, channel="teams")
        asked = {"text": first, "intent": {"name": intent}, "entities": []}
        before = {"event": "user", "text": first, "parse_data": asked, "input_channel": "teams"}
        t.events.insert(0, before)
        d = CollectingDispatcher()
        await ActionAnswerFallback(world.services).run(d, t, {})
        return " ".join(str(m.get("text")) for m in d.messages)

    told = await follow_up("har Jens fået sin medicin i dag", "ask_adherence", "og hvad med Karen")
    assert told.startswith("Karen Jensen i dag:") and "hjertemedicin" in told
    told = await follow_up("hvad skal Karen i morgen", "ask_plan", "hvad så med Jens?")
    assert told.startswith("Der står ikke noget i Jens Olsens plan")
    # not another staff member's citizen, and not after any other question
    told = await follow_up("hvad skal Karen i morgen", "ask_plan", "og hvad med Dora")
    assert "Dora" not in told and "Karen" not in told
    told = await follow_up("hvad er en løftestol", "ask_technology", "og hvad med Jens")
    assert "Jens Olsen" not in told


async def test_when_asked_right_after_a_fact_in_teams_is_asked_of_the_fact(world: World) -> None:
    """Set 17: "og hvornår er det så" right after the shortage's figure, in Teams, had got
    "no citizen of that name"; it is asked of the fact. Without a fact just told, the
    staff member is asked which citizen."""
    fact = [
        {"event": "user", "text": "hvor mange medarbejdere kommer vi til at mangle"},
        {"event": "action", "name": "action_answer_question"},
        {"event": "slot", "name": "topic", "value": "rekruttering_2024"},
        {"event": "action", "name": "action_listen"},
    ]
    for before, told in ((fact, True), ([], False)):
        t = tracker(
            "og hvornår er det så",
            "ask_visit",
            sender="teams-anne",
            channel="teams",
            slots={"topic": "rekruttering_2024"},
        )
        t.events[:0] = before
        d = CollectingDispatcher()
        await plan_act.ActionTellVisit(world.services).run(d, t, {})
        said = " ".join(str(m.get("text")) for m in d.messages)
        assert ("2028" in said) is told, said


async def test_the_same_reminder_for_another_or_moved_to_the_one_meant(world: World) -> None:
    """Set 20: "og til jens også" right after Karen's reminder had been read as a home
    command, "nej det var karen" as no; the same reminder for Jens, or moved to him."""
    from actions import home as home_act

    chat = Chat(world, history=True)
    a = chat.actions()
    text = "mind Karen om at drikke et glas vand i morgen klokken 15"
    await chat.turn(a["reminder_form"], text, "set_reminder")
    said = await chat.turn(a["set"], text, "set_reminder")
    assert said == ["Jeg minder Karen Jensen om at drikke et glas vand i morgen klokken 15."]
    said = await chat.turn(home_act.ActionHome(world.services), "og til jens også", "home_control")
    assert said == ["Jeg minder Jens Olsen om at drikke et glas vand i morgen klokken 15."]
    assert [r.text for r in world.reminders.reminders("jens") if "vand" in r.text]
    assert [r.text for r in world.reminders.reminders("karen") if "vand" in r.text]
    # Now Jens's is the last made: "nej det var karen" moves it back to Karen, once.
    deny = rem_act.ActionCancelReminder(world.services)
    said = await chat.turn(deny, "ups nej det var karen ikke jens", "deny")
    assert said == [
        "Jeg har fjernet den fra Jens Olsen.",
        "Jeg minder Karen Jensen om at drikke et glas vand i morgen klokken 15.",
    ], said
    assert not [r for r in world.reminders.reminders("jens") if "vand" in r.text]
    # Not for a citizen who is not theirs, and not without a reminder just made.
    said = await chat.turn(home_act.ActionHome(world.services), "og til dora også", "home_control")
    assert said == [home_act.HOME_ONLY]
    fresh = Chat(world, history=True)
    said = await fresh.turn(home_act.ActionHome(world.services), "og til jens også", "home_control")
    assert said == [home_act.HOME_ONLY]


def test_what_is_read_as_the_same_again_or_another_meant() -> None:
    karen, jens = Citizen("karen", "Karen Jensen"), Citizen("jens", "Jens Olsen")
    for said in ("og til jens også", "samme til jens tak", "og jens også", "og jens skal også med"):
        assert reading.also_for(said, [jens]), said
    for said in ("og jens", "jens skal til tandlæge også i morgen klokken 10", "hvad med jens"):
        assert not reading.also_for(said, [jens]), said
    assert reading.meant_instead("nej det var karen", [karen], "jens") == karen
    assert reading.meant_instead("ups nej det var karen ikke jens", [karen, jens], "jens") == karen
    assert reading.meant_instead("det var karen", [karen], "jens") is None
    assert reading.meant_instead("nej det var jens", [jens], "jens") is None
    # the answer to "Hvem af dine borgere er det?"
    assert reading.chosen("karen", [karen]) == karen
    assert reading.chosen("det er Karen Jensen tak", [karen]) == karen
    assert reading.chosen("karen skal til frisør", [karen]) is None
    assert reading.chosen("karen eller jens", [karen, jens]) is None


async def test_staff_correct_a_new_plan_item_before_saying_yes(world: World) -> None:
    """Set 20: "nej det er kl 12" while Karen's new item waited for "ja" had been looked
    for in her plan; "nej det var jens" had been a no. Now read back, then saved."""
    from actions import conversation as conv_act

    chat = Chat(world, history=True)
    a = chat.actions()
    deny = conv_act.ActionDeny(world.services)
    text = "skriv fodterapeut i Karens plan på onsdag klokken 11"
    await chat.turn(a["plan_form"], text, "add_plan_item")
    asked = await chat.turn(a["confirm"], text, "add_plan_item")
    assert asked == ["Skal jeg skrive »fodterapeut« i Karen Jensens plan i overmorgen klokken 11?"]
    said = await chat.turn(deny, "nej det er kl 12", "deny")
    assert said == ["Skal jeg skrive »fodterapeut« i Karen Jensens plan i overmorgen klokken 12?"]
    said = await chat.turn(deny, "nej det var jens", "deny")
    assert said == ["Skal jeg skrive »fodterapeut« i Jens Olsens plan i overmorgen klokken 12?"]
    assert chat.slots["staff_citizen"] == "jens"
    assert await chat.turn(a["yes"], "ja", "affirm") == ["Det er skrevet i Jens Olsens plan."]
    assert [i.title for i in world.plan.items("jens") if i.title == "fodterapeut"]
    assert not [i for i in world.plan.items("karen") if i.title == "fodterapeut"]
    assert world.plan.audit("jens")[-1].acting == "staff:anne"
    # "og karen skal også med" right after it was saved: read back for Karen, on "ja"
    from actions import knowledge as knowledge_act

    fallback = knowledge_act.ActionAnswerFallback(world.services)
    said = await chat.turn(fallback, "og karen skal også med", "nlu_fallback")
    assert said == ["Skal jeg skrive »fodterapeut« i Karen Jensens plan i overmorgen klokken 12?"]
    assert await chat.turn(a["yes"], "ja", "affirm") == ["Det er skrevet i Karen Jensens plan."]
    assert [i.title for i in world.plan.items("karen") if i.title == "fodterapeut"]
    # and "nej det var jens" to the plan's own "no" action reads it back for Jens
    no = plan_act.ActionPlanNo(world.services)
    await chat.turn(
        a["plan_form"], "skriv frisør i Karens plan på fredag klokken 10", "add_plan_item"
    )
    await chat.turn(
        a["confirm"], "skriv frisør i Karens plan på fredag klokken 10", "add_plan_item"
    )
    said = await chat.turn(no, "nej det var jens", "deny")
    assert said and said[0].startswith("Skal jeg skrive »frisør« i Jens Olsens plan"), said


async def test_staff_write_the_24_hour_clock_so_a_morning_hour_is_not_asked(chat: Chat) -> None:
    # a citizen's spoken "klokken 8" is asked about (morning or evening); staff type
    # times on the 24-hour clock, so their "kl 8" is 08:00 (set 34)
    a = chat.actions()
    text = "mind Karen om at tage støttestrømperne på i morgen kl 8"
    await chat.turn(a["reminder_form"], text, "set_reminder")
    assert chat.slots["reminder_when"] and not chat.slots.get("reminder_when_choices")
    said = await chat.turn(a["set"], text, "set_reminder")
    assert said == ["Jeg minder Karen Jensen om at tage støttestrømperne på i morgen klokken 8."]
    # an afternoon hour on a 12-hour face is still asked: "kl 3" is not meant at night
    text = "mind Karen om at ringe til sin søster i morgen kl 3"
    chat.slots.update({"reminder_what": None, "reminder_when": None, "requested_slot": None})
    await chat.turn(a["reminder_form"], text, "set_reminder")
    assert chat.slots["reminder_when"] is None and chat.slots.get("reminder_when_choices")


async def test_staff_answer_the_hour_asked_for_a_day_on_the_24_hour_clock(chat: Chat) -> None:
    # "påmindelse til Jens om vanddrivende på fredag", "Hvad tid på fredag?", "kl 8"
    # (set 43: asked morning or evening again)
    a = chat.actions()
    text = "mind Jens om at tage sin vanddrivende på fredag"
    await chat.turn(a["reminder_form"], text, "set_reminder")
    assert chat.slots["reminder_when"] is None and chat.slots.get("reminder_when_choices")
    chat.slots["requested_slot"] = "reminder_when"
    await chat.turn(a["reminder_form"], "kl 8", "inform")
    assert chat.slots["reminder_when"] and "T08:00" in str(chat.slots["reminder_when"])
