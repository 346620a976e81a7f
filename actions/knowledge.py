"""Actions that answer from the knowledge base (bot.knowledge)."""

from __future__ import annotations

from abc import ABCMeta
from collections.abc import Awaitable, Callable
from typing import Any, TypeAlias

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions import access, home, plan, turn
from actions.base import ServedAction
from actions.followup import redirect
from actions.services import Services
from bot.access.policy import Role
from bot.conversation import reading as conversation_reading
from bot.conversation import replies as conversation_replies
from bot.knowledge import benefit, practical, replies, surveyed
from bot.knowledge.advice import asks_medical_advice
from bot.knowledge.answers import Answer, Answerer
from bot.knowledge.questions import is_question
from bot.knowledge.reworded import main_clause
from bot.reminders.reading import asks_my_reminders, asks_own_doses, tells_someones_dose
from bot.staff import reading as staff_reading

Events = list[dict[str, Any]]
Answered: TypeAlias = Events | None  # a fallback reader's events, or None: not a sentence it knows
Domain: TypeAlias = dict[str, Any]
Reader: TypeAlias = Callable[[CollectingDispatcher, Tracker, Domain, str], Awaitable[Answered]]


class KnowledgeAction(ServedAction, metaclass=ABCMeta):
    """Base: call the answerer, say the reply, remember what we talk about.

    Abstract, so the action server (which registers every Action subclass) skips it.
    """

    @property
    def answerer(self) -> Answerer:
        return self.services.answerer

    def say(
        self,
        dispatcher: CollectingDispatcher,
        reply: Answer | None,
        otherwise: str,
        tracker: Tracker | None = None,
    ) -> Events:
        if tracker is not None:
            reply = self.read_with_category(tracker, reply)
        if reply is None:
            dispatcher.utter_message(text=otherwise)
            return []
        text = reply.text
        if reply.refer:  # sent to the municipality: with the number to call
            c = self.services.settings.contact
            text += " " + conversation_replies.contact(c.name, c.phone, c.hours, c.is_example)
        dispatcher.utter_message(text=text)
        return [SlotSet("topic", reply.topic), SlotSet("more_index", float(reply.more_index))]

    def read_with_category(self, tracker: Tracker, reply: Answer | None) -> Answer | None:
        """A thing's definition asked in a typed channel (the web chat, Teams) names its
        category after it ("Det hører under sengeteknologi.", set 56); a citizen's
        speaker keeps its spoken answer short."""
        text = tracker.latest_message.get("text") or ""
        read = self.answerer.with_category(text, reply)
        if read is reply:
            return reply
        spoken = access.principal(tracker, self.services.access).role is Role.CITIZEN
        return reply if spoken else read

    @staticmethod
    def no_medical_advice(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
        """A question for advice about medicine, whatever intent it was given, gets the
        one answer to those: no advice, ask the doctor or the pharmacy."""
        if not asks_medical_advice(tracker.latest_message.get("text") or ""):
            return False
        dispatcher.utter_message(response="utter_medical_advice")
        return True

    @staticmethod
    def current(tracker: Tracker) -> tuple[str | None, int]:
        return tracker.get_slot("topic"), int(tracker.get_slot("more_index") or 0)

    def fact_follow_up(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events | None:
        """ "hvor mange procent svarede det?" right after a subject, whatever intent the
        model gave it: that subject's fact, said; None if it asks no such thing."""
        topic, index = self.current(tracker)
        text = tracker.latest_message.get("text") or ""
        reply = self.answerer.fact_follow_up(text, topic, index)
        return (
            None
            if reply is None
            else self.say(dispatcher, reply, replies.NOT_FOUND, tracker=tracker)
        )

    def read_follow_up(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events | None:
        """ "hvad hed hun?", "og til hvem er det?" right after a subject, which the model
        took for a question about the assistant or its sources (set 51): the answer about
        that subject; None if nothing was talked about or it asks no such thing."""
        topic, index = self.current(tracker)
        text = tracker.latest_message.get("text") or ""
        reply = self.answerer.read_follow_up(text, topic, index)
        return (
            None
            if reply is None
            else self.say(dispatcher, reply, replies.NOT_FOUND, tracker=tracker)
        )

    def benefit_follow_up(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Events | None:
        """ "hvad er det godt for" right after a technology, whatever intent the model gave
        it: what it is good for; None if it asks no such thing."""
        topic, index = self.current(tracker)
        text = tracker.latest_message.get("text") or ""
        reply = self.answerer.benefit_follow_up(text, topic, index)
        return (
            None
            if reply is None
            else self.say(dispatcher, reply, replies.NOT_FOUND, tracker=tracker)
        )

    def practical_follow_up(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Events | None:
        """ "er det noget man ka få af kommunen" right after a technology, which the model
        took for a wish to talk to someone: the practical answer about it (which adds the
        number to call); None if it asks no such thing."""
        topic, index = self.current(tracker)
        text = tracker.latest_message.get("text") or ""
        reply = self.answerer.practical_follow_up(text, topic, index)
        return (
            None
            if reply is None
            else self.say(dispatcher, reply, replies.NOT_FOUND, tracker=tracker)
        )


def _last_turns(tracker: Tracker) -> tuple[str, str]:
    """What the user said before this turn, and what the assistant answered it."""
    said: list[str] = []
    users = 0
    before = ""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users == 2:
                before = str(event.get("text") or "")
                break
        elif event.get("event") == "bot" and users == 1 and event.get("text"):
            said.append(str(event["text"]))
    return before, " ".join(reversed(said))


PRIVACY_FOLLOW_UP_WORDS = 10


def is_public(services: Services, tracker: Tracker) -> bool:
    """The conversation is the public web chat's (anonymous, no citizen)."""
    return access.principal(tracker, services.access).role is Role.PUBLIC


def tell_privacy(
    services: Services, dispatcher: CollectingDispatcher, tracker: Tracker, asked: str
) -> Events:
    """What is kept and who gives it or deletes it, fitted to what was asked and to
    whom (the public web chat keeps an anonymous conversation only)."""
    settings = services.settings
    c = settings.contact
    line = conversation_replies.contact(c.name, c.phone, c.hours, c.is_example)
    public = is_public(services, tracker)
    dispatcher.utter_message(
        text=conversation_replies.privacy(settings.tracker_store, asked, line, public=public)
    )
    return []


def tell_no_records(
    services: Services, dispatcher: CollectingDispatcher, tracker: Tracker
) -> Events:
    """ "kan du se hvad hjemmeplejen har skrevet i journalen" (set 22): no access, and
    who to ask, with the number."""
    c = services.settings.contact
    line = conversation_replies.contact(c.name, c.phone, c.hours, c.is_example)
    said = str(tracker.latest_message.get("text") or "")
    dispatcher.utter_message(text=f"{conversation_replies.records(said)} {line}")
    return []


def privacy_follow_up(
    services: Services, dispatcher: CollectingDispatcher, tracker: Tracker
) -> Events | None:
    """A short follow-up right after what is kept was told ("kan jeg få det slettet
    igen", "også om natten når jeg sover", "hvad så med min adresse", set 21): that
    answer again, fitted to both sentences; None else."""
    said = str(tracker.latest_message.get("text") or "")
    before, answered = _last_turns(tracker)
    if not conversation_replies.told_privacy(answered):
        return None
    if len(said.split()) > PRIVACY_FOLLOW_UP_WORDS:
        return None
    if turn.entity_values(tracker, "technology"):
        return None  # a technology asked about: a new subject
    asked = f"{before} {said}" if not conversation_reading.asks_about_my_data(said) else said
    return tell_privacy(services, dispatcher, tracker, asked)


def asked_as_question(said: str) -> bool:
    """A question, asked straight or passed on ("borgeren spørger om …")."""
    return is_question(said) or is_question(main_clause(said))


class ActionAnswerQuestion(KnowledgeAction):
    def name(self) -> str:
        return "action_answer_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        if self.no_medical_advice(dispatcher, tracker):
            return []
        told = self.benefit_follow_up(dispatcher, tracker)
        if told is not None:
            return told
        text = tracker.latest_message.get("text") or ""
        if surveyed.asks_what_help(text):
            # "hvad kan du egentlig hjælpe os med her i Nethjælpen" (set 42): what the
            # assistant does, not what Nethjælpen is
            return list(
                await ActionTellCapabilities(self.services).run(dispatcher, tracker, domain)
            )
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        topic, index = self.current(tracker)
        reply = self.answerer.answer_question(
            text,
            entities=turn.entity_values(tracker, "technology"),
            prefer_topics=intent == "ask_topic",
            current=topic,
            current_index=index,
        )
        if reply is None and conversation_reading.asks_about_my_data(text):
            # "hvad sker der med de oplysninger borgerne skriver her" (set 19), taken for a
            # question about technology: what this chat keeps
            return tell_privacy(self.services, dispatcher, tracker, text)
        if reply is None and topic is None:
            # "hvad er det for nogle skærme" right after a need the plan answered (set 49:
            # "far kan ikke holde styr på, hvornår hjemmeplejen kommer"): the thing for it
            previous = _previous_user(tracker)
            before = str(previous.get("text") or "") if previous is not None else ""
            reply = self.answerer.asked_after_need(text, before)
        if reply is None:
            reply = self.answerer.need_asked(text)
        return self.say(dispatcher, reply, replies.NOT_FOUND, tracker=tracker)


class ActionOutOfScope(KnowledgeAction):
    """Something the assistant cannot do; but right after a technology, a practical
    question about it that the model took for one ("kan man prøve en før man køber?")."""

    def name(self) -> str:
        return "action_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        if self.no_medical_advice(dispatcher, tracker):
            return []
        told = self.fact_follow_up(dispatcher, tracker)
        if told is not None:
            return told
        topic, index = self.current(tracker)
        text = tracker.latest_message.get("text") or ""
        if conversation_reading.asks_for_records(text):
            return tell_no_records(self.services, dispatcher, tracker)
        if conversation_reading.asks_me_to_write(text):
            dispatcher.utter_message(text=conversation_replies.cannot_write(text))
            return []
        if conversation_reading.asks_me_to_send(text):
            dispatcher.utter_message(text=conversation_replies.CANNOT_SEND)
            return []
        reply = self.answerer.practical_follow_up(text, topic, index)
        if reply is None and conversation_reading.other_language(text):
            # "I want to order a pizza", ranked out of scope with confidence
            dispatcher.utter_message(response="utter_other_language")
            return []
        if reply is None:
            role = access.principal(tracker, self.services.access).role.value
            dispatcher.utter_message(text=conversation_replies.out_of_scope(role))
            return []
        return self.say(dispatcher, reply, replies.NOT_FOUND, tracker=tracker)


class ActionTellCapabilities(KnowledgeAction):
    """What the assistant can do; but a practical question the model took for one
    ("hvor kan man låne og prøve hjælpemidler?", the web chat's own suggestion) gets the
    answer the documents give."""

    def name(self) -> str:
        return "action_tell_capabilities"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        told_back = self.benefit_follow_up(dispatcher, tracker) or self.read_follow_up(
            dispatcher, tracker
        )  # "hvad bruger man det til", "hvad hed hun?"
        if told_back is not None:
            return told_back
        text = tracker.latest_message.get("text") or ""
        again = await same_for_another(self.services, dispatcher, tracker, domain, text)
        if again is not None:  # "og hvad med jens?" in Teams (set 18)
            return again
        reply = (
            self.answerer.answer_specific(text, self.current(tracker)[0])
            if practical.classify(text) is not None
            else None
        )
        told = conversation_replies.capabilities(
            access.principal(tracker, self.services.access).role.value,
            limits=conversation_reading.asks_what_i_cannot(text),
        )
        if reply is None:
            dispatcher.utter_message(text=told)
            return []
        return self.say(dispatcher, reply, told, tracker=tracker)


class ActionSuggestTechnology(KnowledgeAction):
    def name(self) -> str:
        return "action_suggest_technology"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        if self.no_medical_advice(dispatcher, tracker):
            return []
        followed = privacy_follow_up(self.services, dispatcher, tracker)
        if followed is not None:  # "også om natten når jeg sover", taken for a need
            return followed
        text = tracker.latest_message.get("text") or ""
        named = turn.entity_values(tracker, "technology")
        # "hvor kan man låne små hjælpemidler?" taken as a need still asks for a fact.
        reply = self.answerer.answer_specific(text, self.current(tracker)[0])
        if reply is None:  # "hvor mange tror at manglen … får alvorlige konsekvenser" (set 18)
            reply = self.answerer.figure_asked(text, self.current(tracker)[0])
        if reply is None:
            reply = self.answerer.suggest_for_need(text)
        if reply is None and named:
            reply = self.answerer.answer_question(text, entities=named)
        return self.say(dispatcher, reply, replies.NEED_NOT_FOUND, tracker=tracker)


class ActionTellMore(KnowledgeAction):
    def name(self) -> str:
        return "action_tell_more"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        topic, index = self.current(tracker)
        text = tracker.latest_message.get("text") or ""
        if conversation_reading.asks_what_i_do(text):
            # "hvad kan du og hvad kan du ikke, så jeg kan forklare det" (set 22), taken
            # for a wish to hear more
            return list(
                await ActionTellCapabilities(self.services).run(dispatcher, tracker, domain)
            )
        return self.say(
            dispatcher,
            self.answerer.follow_up(text, topic, index),
            replies.NO_TOPIC,
            tracker=tracker,
        )


class ActionGiveExamples(KnowledgeAction):
    def name(self) -> str:
        return "action_give_examples"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        told = self.fact_follow_up(dispatcher, tracker)
        if told is not None:  # "hvor tit mødes de?" is no request for examples
            return told
        kinds = self.answerer.kinds_of_it(
            tracker.latest_message.get("text") or "", self.current(tracker)[0]
        )
        if kinds is not None:  # "hvor mange slags er der af det" (set 17)
            return self.say(dispatcher, kinds, replies.NO_TOPIC, tracker=tracker)
        reply = self.answerer.examples_asked(
            tracker.latest_message.get("text") or "",
            turn.entity_values(tracker, "technology"),
            self.current(tracker)[0],
        )
        return self.say(dispatcher, reply, replies.NO_TOPIC, tracker=tracker)


class ActionTellSource(KnowledgeAction):
    def name(self) -> str:
        return "action_tell_source"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        if benefit.asks_where(tracker.latest_message.get("text") or ""):
            # "hvor er det henne" right after Teknoteket (set 49): where it is, not the
            # document it is told in
            told = self.benefit_follow_up(dispatcher, tracker)
            if told is not None:
                return told
        read = self.read_follow_up(dispatcher, tracker)
        if read is not None:  # "og til hvem er det?" right after an offer (set 51)
            return read
        reply = self.answerer.source(self.current(tracker)[0])
        if reply is None:
            dispatcher.utter_message(text=self.answerer.general_source_line())
            return []
        return self.say(dispatcher, reply, replies.NO_TOPIC, tracker=tracker)


class ActionListCategories(KnowledgeAction):
    def name(self) -> str:
        return "action_list_categories"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        text = tracker.latest_message.get("text") or ""
        reply = self.answerer.categories_asked(text, self.current(tracker)[0])
        return self.say(dispatcher, reply, replies.NO_TOPIC, tracker=tracker)


class ActionAnswerFallback(KnowledgeAction):
    """The NLU was unsure: ask each reader in turn whether the sentence is one it knows
    (a follow-up, something about the assistant or the citizen's own things, the home);
    the first that answers wins. A sentence none of them knows gets the knowledge base's
    best guess, only if it clearly names something we know.

    READERS is the order, most specific first; each reader answers (its events) or
    passes (None). A new reading goes in as one method and one line here."""

    READERS = (
        "_another_year",  # "og i 2021?" right after a question about a survey's figure
        "_follow_up",  # "slet den igen": the follow-up belongs to the thing made last
        "_plan_correction",  # "klokken 10 om formiddagen" while "ja" is awaited
        "_benefit",  # "hvad er det godt for" right after a technology
        "_my_citizens",  # staff: "hvilke borgere har jeg adgang til"
        "_other_language",  # "I want to order a pizza"
        "_my_name",  # "hej hvem er du egentlig"
        "_what_i_do",  # "hva ka du egentlig"
        "_orientation",  # "... hvilken dag er det i dag"
        "_goodbye",  # "så er det farvel og tak for snakken"
        "_own_doses",  # "øh har jeg fået mine piller i dag": from the log
        "_a_person",  # "det her er noget lort": sorry, and a person
        "_ailment_told",  # "jeg har ondt i ryggen som altid": kind words, one's own doctor
        "_records",  # "kan du se hvad hjemmeplejen har skrevet i journalen": no access
        "_my_data",  # "kan jeg få en kopi af alt det I har om mig"
        "_privacy_follow_up",  # "kan jeg få det slettet igen" right after what is kept
        "_public_question",  # the public: a question, not a reminder or a plan to make
        "_my_reminders",  # "hvad var det nu du skulle minde mig om"
        "_plan_called_off",  # "min søster kan alligevel ikke i morgen": remove it?
        "_duty_said",  # "om et kvarter skal jeg ringe til Ole": a reminder with its words
        "_time_left",  # "er den snart færdig" right after a timer
        "_home_state",  # "har jeg husket at låse hoveddøren"
        "_home_follow_up",  # "og i gangen" after a home command
        "_home_unsure",  # a home command the model ranked second
        "_same_for_another",  # staff: "og hvad med Jens" after a question about Karen
    )

    def name(self) -> str:
        return "action_answer_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        if self.no_medical_advice(dispatcher, tracker):
            return []
        said = tracker.latest_message.get("text") or ""
        for name in self.READERS:
            reader: Reader = getattr(self, name)
            answered = await reader(dispatcher, tracker, domain, said)
            if answered is not None:
                return list(answered)
        topic, index = self.current(tracker)
        reply = self.answerer.best_guess(said, topic, index)
        if reply is None:  # "hvor mange medarbjedere mangler vi i 2028" (set 18)
            reply = self.answerer.figure_asked(said, topic)
        if reply is None and conversation_reading.asks_if_i_can(said):
            # "kan du også læse avisen højt" (set 21): what it cannot, and what it can
            role = access.principal(tracker, self.services.access).role.value
            dispatcher.utter_message(text=conversation_replies.out_of_scope(role))
            return []
        if reply is None:  # "hvor ofte sker det så" after a subject (sets 19-20)
            reply = self.answerer.unsure_question(said, topic, index)
        return self.say(dispatcher, reply, conversation_replies.NOT_UNDERSTOOD, tracker=tracker)

    async def _another_year(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        previous = _previous_user(tracker)
        if previous is None:
            return None
        asked = conversation_reading.another_year(said, str(previous.get("text") or ""))
        if asked is None:
            return None
        topic, index = self.current(tracker)
        reply = self.answerer.figure_asked(asked, topic) or self.answerer.best_guess(
            asked, topic, index
        )
        return (
            None
            if reply is None
            else self.say(dispatcher, reply, replies.NO_TOPIC, tracker=tracker)
        )

    async def _follow_up(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if self._public_asks(tracker, said):
            return None  # nothing made to follow up in the public chat: _public_question
        return await redirect(self.name(), dispatcher, tracker, domain, self.services)

    def _public_asks(self, tracker: Tracker, said: str) -> bool:
        """The public web chat, and a question the knowledge base answers."""
        if not is_public(self.services, tracker) or not asked_as_question(said):
            return False
        topic, index = self.current(tracker)
        return self.answerer.best_guess(said, topic, index) is not None

    async def _plan_correction(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        return await plan.corrected_addition(dispatcher, tracker, self.services)

    async def _benefit(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        return self.benefit_follow_up(dispatcher, tracker)

    async def _my_citizens(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not staff_reading.asks_my_citizens(said):
            return None
        from actions.staff import ActionListMyCitizens

        return list(await ActionListMyCitizens(self.services).run(dispatcher, tracker, domain))

    async def _other_language(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not conversation_reading.other_language(said):
            return None
        dispatcher.utter_message(response="utter_other_language")
        return []

    async def _my_name(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not conversation_reading.asks_my_name(said):
            return None
        dispatcher.utter_message(response="utter_is_bot")
        return []

    async def _what_i_do(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not conversation_reading.asks_what_i_do(said):
            return None
        return list(await ActionTellCapabilities(self.services).run(dispatcher, tracker, domain))

    async def _orientation(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not conversation_reading.asks_orientation(said):
            return None
        from actions.plan import ActionTellOrientation

        return list(await ActionTellOrientation(self.services).run(dispatcher, tracker, domain))

    async def _goodbye(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not conversation_reading.says_goodbye(said):
            return None
        dispatcher.utter_message(response="utter_goodbye")
        return []

    async def _own_doses(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        # staff telling a citizen's dose ("Karen har taget sine morgenpiller nu", set 11):
        # that citizen's doses today, read only (nothing is marked for them)
        told = tells_someones_dose(said) and (
            access.principal(tracker, self.services.access).role is Role.STAFF
        )
        if not (asks_own_doses(said) or told):
            return None
        from actions.staff import ActionTellAdherence

        return list(await ActionTellAdherence(self.services).run(dispatcher, tracker, domain))

    async def _ailment_told(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not conversation_reading.tells_ailment(said):
            return None
        topic, index = self.current(tracker)
        if self.answerer.best_guess(said, topic, index) is not None:
            return None  # a need told ("ondt i hoften, kan ikke komme op af stolen"): ideas
        dispatcher.utter_message(text=conversation_replies.AILMENT)
        return []

    async def _a_person(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        wants = (
            (conversation_reading.frustrated(said) and not is_question(said))
            or conversation_reading.wants_a_person(said)
            or conversation_reading.asks_me_to_call(said)  # "ring op til min datter": it cannot
        )
        if not wants:
            return None
        from actions.conversation import ActionContactHuman

        return list(await ActionContactHuman(self.services).run(dispatcher, tracker, domain))

    async def _same_for_another(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        return await same_for_another(self.services, dispatcher, tracker, domain, said)

    async def _records(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not conversation_reading.asks_for_records(said):
            return None
        return tell_no_records(self.services, dispatcher, tracker)

    async def _my_data(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not conversation_reading.asks_about_my_data(said):
            return None
        return tell_privacy(self.services, dispatcher, tracker, said)  # what is kept, who gives it

    async def _public_question(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        """In the public web chat no reminder or plan can be made, so a question the
        model was unsure of is a question ("borgeren spørger om hun kan sige nej tak til
        en skærm i stedet for besøg", set 22, had got "only the citizen's own
        conversation"): the knowledge base's answer, when it has one."""
        if not self._public_asks(tracker, said):
            return None
        topic, index = self.current(tracker)
        return self.say(
            dispatcher,
            self.answerer.best_guess(said, topic, index),
            replies.NOT_FOUND,
            tracker=tracker,
        )

    async def _privacy_follow_up(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        return privacy_follow_up(self.services, dispatcher, tracker)

    async def _my_reminders(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        if not asks_my_reminders(said):
            return None
        from actions.reminders import ActionListReminders

        return list(await ActionListReminders(self.services).run(dispatcher, tracker, domain))

    async def _plan_called_off(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        return await plan.called_off(dispatcher, tracker, self.services)

    async def _duty_said(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        from actions.reminders import duty_said

        return await duty_said(dispatcher, tracker, domain, self.services)

    async def _time_left(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        return await home.time_left(dispatcher, tracker, domain, self.services)

    async def _home_state(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        return await home.state_question(dispatcher, tracker, domain, self.services)

    async def _home_follow_up(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        return await home.follow_up(dispatcher, tracker, domain, self.services)

    async def _home_unsure(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Domain, said: str
    ) -> Answered:
        return await home.unsure_command(dispatcher, tracker, domain, self.services)


class ActionCoreFallback(ActionAnswerFallback):
    """No rule fits the conversation: answer as for unsure understanding, then forget the
    user's turn. Without the revert Rasa predicts again from the same state, runs this
    action in a loop and stops the conversation with its circuit breaker."""

    def name(self) -> str:
        return "action_core_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        return [*await super().run(dispatcher, tracker, domain), UserUtteranceReverted()]


def _previous_user(tracker: Tracker) -> dict[str, Any] | None:
    """The user's turn before this one, or None."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    return users[-2] if len(users) >= 2 else None


def _asked_again(intent: str) -> Any:
    """The action that answers a staff member's question of this intent, asked again of
    another citizen; None for any other intent. (Imported here: those modules import
    this one.)"""
    from actions.reminders import ActionListReminders
    from actions.staff import ActionTellAdherence

    return {
        "ask_adherence": ActionTellAdherence,
        "ask_plan": plan.ActionTellPlan,
        "ask_plan_now": plan.ActionTellPlanNow,
        "ask_plan_next": plan.ActionTellPlanNext,
        "ask_visit": plan.ActionTellVisit,
        "list_reminders": ActionListReminders,
    }.get(intent)


async def same_for_another(
    services: Services,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: Domain,
    said: str,
) -> Answered:
    """ "og hvad med Jens?" right after "har Karen fået sin medicin i dag?" (set 12): the
    same question of the other citizen, if both are the staff member's own; None else."""
    if not staff_reading.asks_the_same_for(said):
        return None
    rules = services.access
    who = access.principal(tracker, rules)
    if who.role is not Role.STAFF:
        return None
    now = rules.named_in(who, said)
    previous = _previous_user(tracker)
    if len(now) != 1 or previous is None:
        return None
    intent = str((previous.get("parse_data") or {}).get("intent", {}).get("name") or "")
    action = _asked_again(intent)
    before = rules.named_in(who, str(previous.get("text") or ""))
    if action is None or len(before) != 1 or before[0].id == now[0].id:
        return None
    text = staff_reading.asked_of_another(str(previous.get("text") or ""), before[0], now[0])
    again = access.said_instead(tracker, {**(previous.get("parse_data") or {}), "text": text})
    return list(await action(services).run(dispatcher, again, domain))
