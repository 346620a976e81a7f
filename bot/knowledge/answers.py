"""Turn a question, a need or a follow-up into a short spoken Danish reply."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot import phrasing
from bot.knowledge.loader import CATEGORIES_OVERVIEW_ID
from bot.knowledge.model import Item, KnowledgeBase
from bot.knowledge.search import KnowledgeSearch, content_stems, stem
from bot.text import words

# Below this a name match is a guess; such questions fall back to the current topic.
NAME_THRESHOLD = 0.8
MAX_LISTED = 5
# Marks that a topic was only suggested (named in a list), so "fortæl mere" starts
# with its summary.
NOT_YET_TOLD = -1


@dataclass(frozen=True)
class Reply:
    text: str
    topic: str | None = None  # the item the conversation is now about
    more_index: int = 0  # how many `more` sentences of it have been told


class Answerer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.search = KnowledgeSearch(kb)

    def answer_question(
        self,
        text: str,
        entities: Sequence[str] = (),
        prefer_topics: bool = False,
        current: str | None = None,
        current_index: int = 0,
    ) -> Reply | None:
        """Answer 'what is X' / 'what are the rules for Y'; None if nothing fits.

        A question without new content words ("hvem er den til?", "hvordan virker
        den?") is about the current topic.
        """
        item = self._named(text, entities, prefer_topics)
        if item is not None:
            return self.about(item)
        if not _refers_back(text):
            return None
        return self.follow_up(text, current, current_index)

    def follow_up(self, text: str, current: str | None, index: int) -> Reply | None:
        """A question about the current topic: who it is for, its price, or more."""
        item = self.kb.get(current)
        if item is None:
            return None
        asked = set(words(text))
        if asked & _PRICE_WORDS:
            return Reply(phrasing.NO_PRICE, item.id, index)
        if "hvem" in asked and item.helps:
            return Reply(item.helps, item.id, index)
        return self.tell_more(item.id, index)

    def about(self, item: Item) -> Reply:
        return Reply(item.summary, item.id, 0)

    def suggest_for_need(self, text: str) -> Reply | None:
        matches = self.search.by_need(text)
        if not matches:
            return None
        names = [phrasing.lower_first(m.item.name) for m in matches]
        return Reply(phrasing.suggestions(names), matches[0].item.id, NOT_YET_TOLD)

    def best_guess(self, text: str) -> Reply | None:
        """For a sentence the NLU was unsure about: answer only on a clear name match."""
        item = self._named(text, (), prefer_topics=False, threshold=1.0)
        return self.about(item) if item else None

    def tell_more(self, current: str | None, index: int) -> Reply | None:
        item = self.kb.get(current)
        if item is None:
            return None
        if index < 0:
            return Reply(item.summary, item.id, 0)
        if index < len(item.more):
            return Reply(item.more[index], item.id, index + 1)
        if index == len(item.more) and item.kind == "technology" and item.helps:
            return Reply(item.helps, item.id, index + 1)
        if index == len(item.more) and item.examples and item.kind == "category":
            return Reply(phrasing.examples_of(item.examples[:MAX_LISTED]), item.id, index + 1)
        return Reply(phrasing.nothing_more(item.name), item.id, index + 1)

    def examples(self, current: str | None) -> Reply | None:
        item = self.kb.get(current)
        if item is None:
            return None
        if item.kind == "technology" and item.category_id:
            category = self.kb.items[item.category_id]
            others = [t.name for t in self.kb.technologies_in(category.id) if t.id != item.id]
            text = phrasing.examples_in_category(category.name, others[:MAX_LISTED])
            return Reply(text, item.id, 0)
        if item.examples:
            listed = (
                item.examples if item.id == CATEGORIES_OVERVIEW_ID else item.examples[:MAX_LISTED]
            )
            return Reply(phrasing.examples_of(listed), item.id, 0)
        related = [self.kb.items[r].name for r in item.related if r in self.kb.items]
        if related:
            return Reply(phrasing.examples_of(related[:MAX_LISTED]), item.id, 0)
        return Reply(phrasing.nothing_more(item.name), item.id, 0)

    def source(self, current: str | None) -> Reply | None:
        item = self.kb.get(current)
        if item is None:
            return None
        titles = [
            phrasing.source_title(s.title, s.publisher, s.year) for s in self.kb.sources_of(item)
        ]
        return Reply(phrasing.source_line(titles, own_summary=item.kind != "topic"), item.id, 0)

    def general_source_line(self) -> str:
        publishers = list(dict.fromkeys(s.publisher for s in self.kb.sources.values()))
        return phrasing.general_sources(len(self.kb.sources), publishers)

    def list_categories(self) -> Reply:
        overview = self.kb.items[CATEGORIES_OVERVIEW_ID]
        return Reply(overview.summary + " Sig »fortæl mere« for hele listen.", overview.id, 0)

    # -- helpers ------------------------------------------------------------

    def _named(
        self,
        text: str,
        entities: Sequence[str],
        prefer_topics: bool,
        threshold: float = NAME_THRESHOLD,
    ) -> Item | None:
        """The item a question names. For a rules question a topic named in the text
        comes first ("må man bruge GPS uden samtykke" is about consent); otherwise an
        extracted technology entity, then any name in the text."""
        matches = [m for m in self.search.by_name(text) if m.score >= threshold]
        topics = [m for m in matches if m.item.kind == "topic"]
        if prefer_topics and topics:
            return topics[0].item
        for value in entities:
            hits = [m for m in self.search.by_name(value) if m.item.kind != "topic"]
            if hits and hits[0].score >= threshold:
                return hits[0].item
        things = [m for m in matches if m.item.kind != "topic"]
        ranked = things + topics
        return ranked[0].item if ranked else None


# Words that ask about a thing already named: a question made only of these (and
# function words) is a follow-up about the current topic.
_FOLLOW_UP = frozenset(
    """
    hvem hvordan hvorfor hvornår hvor hvad den det dem denne dette sådan en et de
    virker virke fungerer fungere bruger bruge bruges koster koste pris prisen betaler betale
    får få låne låner købe køber tilbage mere til skal man kan jeg må os
    """.split()
)
_PRICE_WORDS = frozenset(
    {"koster", "koste", "pris", "prisen", "betaler", "betale", "købe", "køber"}
)


def _refers_back(text: str) -> bool:
    asked = words(text)
    return bool(asked) and not (set(content_stems(text)) - {stem(w) for w in _FOLLOW_UP})
