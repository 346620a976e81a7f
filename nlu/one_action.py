"""Rasa component: intents one action answers count as one, a thing put on someone's plan
in so many words is a plan item, a medicine named in a plan statement makes it a
reminder, an unsure advice intent without a medicine question yields to the next, a
reminder asked for with no thing yet, or a thing to remember a length of time from now,
is a reminder, a way to a person asked for in so many words is that, whether
something can help is a need, and a question about the assistant or what it keeps is
that (bot/ranking.py).

Placed after DIET and before the FallbackClassifier, so the fallback's threshold and
ambiguity check see home_state and home_control as the one home sentence they are.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.ranking import (
    adherence_asked,
    advice_asked,
    another_asked,
    citizens_asked,
    citizens_unasked,
    deny_unsaid,
    facts_recalled,
    farewell_unsaid,
    home_not_asked,
    home_ordered,
    medicine_to_reminder,
    merged,
    meta_asked,
    need_asked,
    person_asked,
    pieces_to_remember,
    plan_asked,
    plan_asked_last,
    plan_day_asked,
    reminder_asked,
    reminders_listed,
    removal_said,
    replaced_asked,
    request_asked_last,
    someone_else_asked,
    split_name_asked,
    thanks_said,
    thing_not_me,
    time_corrected,
    timer_set_asked,
    unsure_advice,
    year_asked_again,
    yes_do_said,
    yes_said,
)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class OneActionIntents(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> OneActionIntents:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            ranking = message.get(INTENT_RANKING_KEY) or []
            if not ranking:
                continue
            text = str(message.get(TEXT) or "")
            ranking = plan_asked(merged(ranking), text)
            ranking = medicine_to_reminder(ranking, message.get(ENTITIES) or [], text)
            ranking = unsure_advice(ranking, text)
            ranking = advice_asked(ranking, text, message.get(ENTITIES) or [])
            ranking = reminder_asked(ranking, message.get(ENTITIES) or [], text)
            ranking = facts_recalled(ranking, text)
            ranking = adherence_asked(ranking, text)
            ranking = person_asked(ranking, text)
            ranking = removal_said(ranking, text)
            ranking = need_asked(ranking, text)
            ranking = meta_asked(ranking, text)
            ranking = plan_day_asked(ranking, text)
            ranking = thing_not_me(ranking, message.get(ENTITIES) or [], text)
            ranking = farewell_unsaid(ranking, text)
            ranking = deny_unsaid(ranking, text)
            ranking = yes_said(ranking, text)
            ranking = yes_do_said(ranking, text)
            ranking = citizens_unasked(ranking, text)
            ranking = citizens_asked(ranking, text)
            ranking = someone_else_asked(ranking, text)
            ranking = replaced_asked(ranking, text)
            ranking = reminders_listed(ranking, text)
            ranking = time_corrected(ranking, text)
            ranking = home_ordered(ranking, text)
            ranking = home_not_asked(ranking, text)
            ranking = split_name_asked(ranking, text)
            ranking = another_asked(ranking, text)
            ranking = year_asked_again(ranking, text)
            ranking = thanks_said(ranking, text)
            ranking = plan_asked_last(ranking, text)
            ranking = request_asked_last(ranking, text)
            ranking = timer_set_asked(ranking, text)
            ranking = pieces_to_remember(ranking, text)
            top = ranking[0]
            message.set(INTENT, {"name": top["name"], "confidence": top["confidence"]}, add_to_output=True)  # fmt: skip
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
