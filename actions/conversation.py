"""Conversation actions: repeat, a way to a human, what is stored."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import home
from actions.base import ServedAction
from actions.followup import FollowsBack
from actions.knowledge import ActionTellMore, tell_no_records, tell_privacy
from bot.conversation import reading, replies
from bot.knowledge.refused import asks_to_refuse_technology

Events = list[dict[str, Any]]


def last_bot_turn(events: list[dict[str, Any]]) -> list[str]:
    """Texts the bot said between the previous user message and the current one."""
    texts: list[str] = []
    users_seen = 0
    for event in reversed(events):
        if event.get("event") == "user":
            users_seen += 1
            if users_seen == 2:
                break
        elif event.get("event") == "bot" and users_seen == 1 and event.get("text"):
            texts.append(event["text"])
    return list(reversed(texts))


class ActionRepeatLast(ServedAction):
    def name(self) -> str:
        return "action_repeat_last"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        if reading.asks_my_name(str(tracker.latest_message.get("text") or "")):
            dispatcher.utter_message(response="utter_is_bot")
            return []
        texts = last_bot_turn(tracker.events)
        if reading.asks_slower(str(tracker.latest_message.get("text") or "")):
            # the voice's speed is the speaker's setting (VELFAERD_VOICE_RATE), not the chat's
            dispatcher.utter_message(text=replies.SLOWER)
        if not texts:
            dispatcher.utter_message(text=replies.NOTHING_TO_REPEAT)
        for text in texts:
            dispatcher.utter_message(text=text)
        return []


class ActionContactHuman(ServedAction):
    def name(self) -> str:
        return "action_contact_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        # "hvor mange procent svarede det?" right after a subject: its figure, not a phone
        told = ActionTellMore(self.services).fact_follow_up(dispatcher, tracker)
        if told is not None:
            return told
        said = str(tracker.latest_message.get("text") or "")
        if asks_to_refuse_technology(said):
            # "kan jeg sige nej tak til teknologien, hvis jeg hellere vil have et menneske":
            # the right to choose, as the documents put it (set 14)
            tell = ActionTellMore(self.services)
            answered = tell.answerer.right_to_choose()
            if answered is not None:
                return tell.say(dispatcher, answered, "")
        supplement = (
            None if reading.wants_a_person(said) else self.services.answerer.replaces_care(said)
        )
        if supplement is not None:
            # "så han får stadig besøg af rigtige mennesker?" (set 17): technology is a
            # supplement, never instead of people, as the documents say; one who asks for
            # a person gets the number all the same
            return ActionTellMore(self.services).say(dispatcher, supplement, "")
        watched = (
            None if reading.wants_a_person(said) else self.services.answerer.watching_asked(said)
        )
        if watched is not None:
            # "er det ikke bare overvågning" (set 19): privacy and care, as the documents
            # put it, not a phone number
            return ActionTellMore(self.services).say(dispatcher, watched, "")
        if not reading.wants_a_person(said):
            # "er det noget man ka få af kommunen" after a technology: how to get it
            told = ActionTellMore(self.services).practical_follow_up(dispatcher, tracker)
            if told is not None:
                return told
        c = self.services.settings.contact
        sorry = reading.frustrated(said)
        text = replies.contact(c.name, c.phone, c.hours, c.is_example, sorry=sorry)
        if reading.asks_me_to_call(said):  # "kan du ringe op til min datter for mig"
            text = f"{replies.CANNOT_CALL} {text}"
        elif (replies.about_aids(said) or self._about_a_thing(tracker, said)) and not sorry:
            # "… for at få hjælpemidler" (set 18); "hvem skal man snakke med om det" right
            # after a technology (set 22)
            text = f"{replies.AIDS_DECIDED} {text}"
        dispatcher.utter_message(text=text)
        return []

    def _about_a_thing(self, tracker: Tracker, said: str) -> bool:
        """The sentence points back ("om det") to the technology just talked about."""
        item = self.services.answerer.kb.get(tracker.get_slot("topic"))
        return (
            item is not None
            and item.kind in ("technology", "category")
            and reading.points_back(said)
        )


class ActionTellPrivacy(ServedAction):
    def name(self) -> str:
        return "action_tell_privacy"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        said = str(tracker.latest_message.get("text") or "")
        if reading.asks_my_sources(said):
            # "hvor har du dine oplysninger fra", read as a question about what is kept
            # (set 19): the documents it answers from
            dispatcher.utter_message(text=self.services.answerer.general_source_line())
            return []
        if reading.asks_for_records(said):  # "kan du se hvad der står i hans journal"
            return tell_no_records(self.services, dispatcher, tracker)
        if reading.about_others_data(said) and not reading.asks_about_my_data(said):
            # "bruger kommunen data om min far fra de der sensorer", "hvad med gdpr" (set
            # 22): the municipality's data from its technologies, not this conversation
            tell = ActionTellMore(self.services)
            topic, index = tell.current(tracker)
            found = tell.answerer.answer_question(said, current=topic, current_index=index)
            if found is not None:
                return tell.say(dispatcher, found, "")
        return tell_privacy(self.services, dispatcher, tracker, said)


class _NoThanks(ServedAction):
    """A "nej" that points back to nothing: frustration ("nej nej nej du forstår jo
    ingenting") gets sorry and the way to a person; else a calm "fine"."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        said = str(tracker.latest_message.get("text") or "")
        if reading.frustrated(said):
            return list(await ActionContactHuman(self.services).run(dispatcher, tracker, domain))
        # "nej... køkken" right after a light turned on in the hallway (set 46): the same
        # command in the room named
        moved = await home.follow_up(dispatcher, tracker, domain, self.services)
        if moved is not None:
            return moved
        dispatcher.utter_message(text=replies.DENY_OK)
        return []


class ActionDeny(FollowsBack, _NoThanks):
    """A "nej" with nothing waiting for it: a follow-up that removes the thing just made
    ("nej stop den igen" right after a timer) goes to it (FollowsBack); else _NoThanks
    (held-out set 11). A "nej" that answers a question (a plan item, the form, an
    emergency) is the rules' before this."""

    def name(self) -> str:
        return "action_deny"
