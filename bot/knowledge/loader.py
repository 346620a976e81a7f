"""Load and validate the knowledge base YAML files in data/knowledge/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from bot.core.danish.lists import join_list, lower_first
from bot.knowledge.model import Item, KnowledgeBase, Source

FILES = ("sources.yml", "categories.yml", "topics.yml")
CATEGORIES_OVERVIEW_ID = "kategorioversigt"
_OVERVIEW_CHUNK = 5


class KnowledgeError(ValueError):
    """The knowledge files are missing, invalid or inconsistent."""


def load_raw(directory: Path) -> dict[str, Any]:
    """Read the three files, validate each against schema.json, and merge them."""
    schema = json.loads((directory / "schema.json").read_text(encoding="utf-8"))
    merged: dict[str, Any] = {}
    for name in FILES:
        path = directory / name
        if not path.exists():
            raise KnowledgeError(f"missing knowledge file: {path}")
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        try:
            jsonschema.validate(data, schema)
        except jsonschema.ValidationError as err:
            where = "/".join(str(p) for p in err.absolute_path)
            raise KnowledgeError(f"{name}: {where}: {err.message}") from err
        merged.update(data)
    return merged


def load(directory: Path) -> KnowledgeBase:
    raw = load_raw(directory)
    sources = {s["id"]: Source(**s) for s in raw.get("sources", [])}
    items: dict[str, Item] = {}

    def add(item: Item) -> None:
        if item.id in items:
            raise KnowledgeError(f"duplicate id: {item.id}")
        unknown = [s for s in item.sources if s not in sources]
        if unknown:
            raise KnowledgeError(f"{item.id}: unknown sources {unknown}")
        items[item.id] = item

    category_ids: list[str] = []
    for cat in raw.get("categories", []):
        category_ids.append(cat["id"])
        add(_entry(cat, "category"))
        for tech in cat["technologies"]:
            add(_entry(tech, "technology", category_id=cat["id"]))
    for topic in raw.get("topics", []):
        add(
            Item(
                id=topic["id"],
                kind="topic",
                name=topic["title"],
                names=_unique([topic["title"], *topic["keywords"]]),
                summary=topic["answer"],
                sources=tuple(topic["sources"]),
                more=tuple(topic.get("more", [])),
                examples=tuple(topic.get("examples", [])),
                related=tuple(topic.get("related", [])),
            )
        )
    for item in items.values():
        missing = [r for r in item.related if r not in items]
        if missing:
            raise KnowledgeError(f"{item.id}: unknown related ids {missing}")
    if category_ids:
        add(_overview(items, category_ids))
    return KnowledgeBase(sources=sources, items=items, category_ids=tuple(category_ids))


def _entry(raw: dict[str, Any], kind: str, category_id: str | None = None) -> Item:
    return Item(
        id=raw["id"],
        kind="category" if kind == "category" else "technology",
        name=raw["name"],
        names=_unique([raw["name"], *raw["aliases"]]),
        summary=raw["summary"],
        sources=tuple(raw["sources"]),
        helps=raw["helps"],
        problems=tuple(raw["problems"]),
        more=tuple(raw.get("more", [])),
        examples=tuple(t["name"] for t in raw.get("technologies", [])),
        category_id=category_id,
    )


def _overview(items: dict[str, Item], category_ids: list[str]) -> Item:
    """A topic made from the categories, so 'fortæl mere' reads the list in short chunks."""
    names = [items[c].name for c in category_ids]
    chunks = [names[i : i + _OVERVIEW_CHUNK] for i in range(0, len(names), _OVERVIEW_CHUNK)]
    sources = _unique(s for c in category_ids for s in items[c].sources[:1])
    return Item(
        id=CATEGORIES_OVERVIEW_ID,
        kind="topic",
        name="De 15 kategorier",
        names=("kategorier", "typer af velfærdsteknologi", "oversigt"),
        summary=(
            f"KL deler velfærdsteknologi op i {len(names)} kategorier, for eksempel "
            f"{join_list([lower_first(n) for n in names[:3]])}."
        ),
        sources=sources,
        more=tuple(", ".join(chunk) + "." for chunk in chunks),
        examples=tuple(names),
    )


def _unique(values: Any) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        seen.setdefault(v, None)
    return tuple(seen)
