"""The knowledge base as immutable values: sources, categories, technologies, topics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["category", "technology", "topic"]


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    year: int | None
    file: str


@dataclass(frozen=True)
class Item:
    """One thing the assistant can talk about.

    `names` holds the display name first, then aliases (for categories and
    technologies) or keywords (for topics): everything a question may call it.
    """

    id: str
    kind: Kind
    name: str
    names: tuple[str, ...]
    summary: str
    sources: tuple[str, ...]
    helps: str | None = None
    problems: tuple[str, ...] = ()
    more: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    category_id: str | None = None


@dataclass(frozen=True)
class KnowledgeBase:
    sources: dict[str, Source]
    items: dict[str, Item]
    category_ids: tuple[str, ...] = field(default=())

    def get(self, item_id: str | None) -> Item | None:
        return self.items.get(item_id) if item_id else None

    def categories(self) -> list[Item]:
        return [self.items[i] for i in self.category_ids]

    def technologies_in(self, category_id: str) -> list[Item]:
        return [
            i
            for i in self.items.values()
            if i.kind == "technology" and i.category_id == category_id
        ]

    def of_kind(self, *kinds: Kind) -> list[Item]:
        return [i for i in self.items.values() if i.kind in kinds]

    def sources_of(self, item: Item) -> list[Source]:
        return [self.sources[s] for s in item.sources if s in self.sources]
