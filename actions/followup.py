"""Follow-ups that point back ("ryk den til halv ti" right after a reminder) run the
action of the thing made last, whichever intent the model gave them (bot/followup.py)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import access
from actions.services import off_loop
from bot.access.policy import Role
from bot.followup import (
    ACTIONS,
    MOVE,
    PLAN,
    REMOVE,
    last_made,
    last_making_action,
    named,
    route,
    what_to_do,
)
from bot.plan import replies as plan_replies
from bot.reminders import reading as reminder_reading
from bot.staff import reading as staff_reading
from bot.staff import replies as staff_replies

if TYPE_CHECKING:
    from actions.base import ServedAction
    from actions.services import Services

Events = list[dict[str, Any]]


async def redirect(
    own: str,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    services: Services,
) -> Events | None:
    """The events of the action the follow-up belongs to (run with the same
    `services`), or None: `own` is right."""
    from actions import home, plan, reminders  # they use this module: imported when needed

    # "nej det er først klokken fire" while a new plan item waits for "ja" (set 5: read
    # as a change to a reminder): the item read back at the new time
    corrected = await plan.corrected_addition(dispatcher, tracker, services)
    if corrected is not None:
        return corrected
    corrected = await _staff_plan_correction(dispatcher, tracker, services)
    if corrected is not None:
        return corrected
    copied = await reminder_for_another(dispatcher, tracker, domain, services)
    if copied is not None:
        return copied
    text = str(tracker.latest_message.get("text") or "")
    wanted = route(text, last_made(tracker.events), own)
    if wanted is None:
        wanted = await _plan_item_named(text, own, tracker, services)
    if wanted is None:
        return None

    chosen: dict[str, type[ServedAction]] = {
        "action_change_reminder": reminders.ActionChangeReminder,
        "action_also_reminder": reminders.ActionAlsoReminder,
        "action_cancel_reminder": reminders.ActionCancelReminder,
        "action_move_plan_item": plan.ActionMovePlanItem,
        "action_cancel_plan_item": plan.ActionCancelPlanItem,
        "action_home_timer_cancel": home.ActionHomeTimerCancel,
        "action_home_timer_set": home.ActionHomeTimerSet,
    }
    action = chosen[wanted](services)
    return list(await action.run(dispatcher, tracker, domain))


async def _plan_item_named(text: str, own: str, tracker: Tracker, services: Services) -> str | None:
    """ "flyt frokosten til klokken tretten" right after a plan item was saved, which the
    model read as a change to a reminder (set 21): the plan's action, when the citizen
    has no reminder the sentence names. Only in the citizen's own conversation."""
    do = what_to_do(text)
    if (
        own not in ("action_change_reminder", "action_cancel_reminder")
        or last_made(tracker.events) != PLAN
        or do not in (MOVE, REMOVE)
        or named(text) is not None
        or access.principal(tracker, services.access).role is not Role.CITIZEN
    ):
        return None
    mine = await off_loop(lambda: services.reminders.reminders(tracker.sender_id))
    if reminder_reading.pick(mine, text, None):
        return None
    return ACTIONS[(PLAN, do)]


class FollowsBack:
    """Mixed into the actions a follow-up may reach by mistake (base.Served ones)."""

    services: Services

    def name(self) -> str:
        raise NotImplementedError

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        routed = await redirect(self.name(), dispatcher, tracker, domain, self.services)
        if routed is not None:
            return [*routed, *self._as_rules_expect(routed)]
        return list(await super().run(dispatcher, tracker, domain))  # type: ignore[misc]

    def _as_rules_expect(self, routed: Events) -> Events:
        """The slots this action's own rules expect after it ("plan_pending" after
        action_cancel_plan_item), where the action run instead set none of them: without
        them no rule fitted, and the policy ran this action again (set 21: "slet den med
        frisøren" removed the hairdresser's reminder and then the only one left)."""
        unchanged = getattr(self, "unchanged", None)
        own = list(unchanged()) if callable(unchanged) else []
        set_by_it = {e.get("name") for e in routed if e.get("event") == "slot"}
        return [e for e in own if e.get("event") == "slot" and e.get("name") not in set_by_it]


async def reminder_for_another(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    services: Services,
) -> Events | None:
    """ "og til jens også" right after a staff member made a reminder for Karen (set 20:
    the model had read it as a home command): the same reminder, at the same time, for
    the other citizen, if both are the staff member's own; "nej det var jens": moved to
    him (removed from Karen, made for Jens). None for anything else."""
    from actions import reminders as reminder_actions  # it uses this module

    text = str(tracker.latest_message.get("text") or "")
    rules = services.access
    who = access.principal(tracker, rules)
    if who.role is not Role.STAFF or last_making_action(tracker.events) != "action_set_reminder":
        return None
    before = tracker.get_slot(access.STAFF_CITIZEN)
    mine = {c.id: c for c in rules.citizens_of(who)}
    if before not in mine:
        return None
    named = rules.named_in(who, text)
    if staff_reading.also_for(text, named) and named[0].id != before:
        other, moved = named[0], False
    else:
        # "nej det var karen": the reminder just made for Jens is Karen's instead
        meant = staff_reading.meant_instead(text, named, before)
        if meant is None:
            return None
        other, moved = meant, True
    made = await off_loop(lambda: services.reminders.reminders(before))
    if not made:
        return None
    last = max(made, key=lambda r: r.id)  # the one just set
    if moved:
        await off_loop(lambda: rules.citizen_id(who, before, "action_cancel_reminder"))
        await off_loop(lambda: services.reminders.cancel(before, last.id))
        dispatcher.utter_message(text=f"Jeg har fjernet den fra {mine[before].name}.")
    said = (last.text, reminder_actions.when_value(last.first_due, last.rrule))
    view = access.said_instead(tracker, dict(tracker.latest_message or {}))
    view.slots = {**tracker.slots, access.STAFF_CITIZEN: other.id}
    action = reminder_actions.ActionSetReminder(services, said=said)
    return list(await action.run(dispatcher, view, domain))


async def _staff_plan_correction(
    dispatcher: CollectingDispatcher, tracker: Tracker, services: Services
) -> Events | None:
    """A staff member's correction while a new item in one of their citizens' plans
    waits for "ja" (set 20): "nej det er kl 11" reads it back at the new time, as for
    the citizen does; "nej det var jens" (plan_for_another) reads it back for Jens."""
    from actions import plan  # it uses this module

    found = await plan_for_another(dispatcher, tracker, services)
    if found is not None:
        return found
    rules = services.access
    who = access.principal(tracker, rules)
    change = _plan_change(tracker, waiting=True)
    if who.role is not Role.STAFF or change is None:
        return None
    citizen = {c.id: c for c in rules.citizens_of(who)}.get(str(change.get("citizen")))
    if citizen is None:
        return None
    first = len(dispatcher.messages)
    view = access.view_for(tracker, citizen, who.actor)
    corrected = await plan.corrected_addition(dispatcher, view, services)
    if corrected is None:
        return None
    _about(dispatcher, first, citizen)
    return [*corrected, SlotSet(access.STAFF_CITIZEN, citizen.id)]


async def plan_for_another(
    dispatcher: CollectingDispatcher, tracker: Tracker, services: Services
) -> Events | None:
    """A new plan item for one citizen, asked for another of the staff member's own
    (set 20): "nej det var jens" while Karen's waits for "ja", or "og karen skal også
    med" right after Jens's was saved. Read back for that citizen, made only on "ja"."""
    from actions import plan  # it uses this module

    rules = services.access
    who = access.principal(tracker, rules)
    if who.role is not Role.STAFF:
        return None
    waiting = _plan_change(tracker, waiting=True)
    saved = None
    if waiting is None and last_making_action(tracker.events) in ("action_plan_yes",):
        saved = _plan_change(tracker, waiting=False)
    change = waiting or saved
    mine = {c.id: c for c in rules.citizens_of(who)}
    if change is None or str(change.get("citizen")) not in mine:
        return None
    text = str(tracker.latest_message.get("text") or "")
    named = rules.named_in(who, text)
    before = str(change.get("citizen"))
    if waiting is not None:
        other = staff_reading.meant_instead(text, named, before)
    else:
        other = named[0] if staff_reading.also_for(text, named) and named[0].id != before else None
    if other is None:
        return None
    await off_loop(lambda: rules.citizen_id(who, other.id, "action_confirm_plan_item"))
    start = datetime.fromisoformat(change["start"])
    end = datetime.fromisoformat(change["end"])
    now = services.clock.now()
    overlapping = await off_loop(lambda: services.plan.overlaps(other.id, start, end))
    first = len(dispatcher.messages)
    dispatcher.utter_message(
        text=plan_replies.ask_add(change["title"], start, change.get("rrule"), now, overlapping)
    )
    _about(dispatcher, first, other)
    return [*plan.pending_for(change, other.id), SlotSet(access.STAFF_CITIZEN, other.id)]


def _plan_change(tracker: Tracker, waiting: bool) -> dict[str, Any] | None:
    """A new item for the plan: the one waiting for "ja" (the plan_change slot), or
    else the last one asked about in the conversation (saved since)."""
    if waiting:
        raw = tracker.get_slot("plan_change")
        change = json.loads(raw) if raw else None
    else:
        change = next(
            (
                json.loads(e["value"])
                for e in reversed(tracker.events)
                if e.get("event") == "slot" and e.get("name") == "plan_change" and e.get("value")
            ),
            None,
        )
    return dict(change) if change and change.get("op") == "add" else None


def _about(dispatcher: CollectingDispatcher, first: int, citizen: Any) -> None:
    """The messages from `first` on, worded about the citizen ("i Karen Jensens plan")."""
    for message in dispatcher.messages[first:]:
        if message.get("text"):
            message["text"] = staff_replies.about(citizen, str(message["text"]))
