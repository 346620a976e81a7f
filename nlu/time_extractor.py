"""Rasa component: Danish time expressions as `time` entities, found by nlu.danish_time.

The entity's value is the words as said ("i morgen kl 8"); the actions parse it again
with their own clock, so a message read now and acted on later still means the same.
The parse at NLU time adds `when` and `rrule` under `additional_info` for people
reading a tracker. Not trainable: the parser is rules, not a model.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.danish_time import CPH, parse

ENTITY = "time"


def time_entities(text: str, now: datetime) -> list[dict[str, Any]]:
    """One entity covering the time expression in `text`, or none."""
    result = parse(text, now)
    if not result.spans:
        return []
    start = min(s for s, _ in result.spans)
    end = max(e for _, e in result.spans)
    return [
        {
            "entity": ENTITY,
            "start": start,
            "end": end,
            "value": text[start:end],
            "additional_info": {
                "when": result.when.isoformat() if result.when else None,
                "rrule": result.rrule,
                "error": result.error,
            },
        }
    ]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class DanishTimeExtractor(GraphComponent, EntityExtractorMixin):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DanishTimeExtractor:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        now = datetime.now(CPH)
        for message in messages:
            text = message.get(TEXT) or ""
            found = self.add_extractor_name(time_entities(text, now))
            if found:
                message.set(ENTITIES, [*message.get(ENTITIES, []), *found], add_to_output=True)
        return messages
