"""The real knowledge base in data/knowledge/: complete, and found from names and needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.knowledge.model import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load(ROOT / "data" / "knowledge")


@pytest.fixture(scope="module")
def real(kb: KnowledgeBase) -> Answerer:
    return Answerer(kb)


def test_all_15_categories_with_technologies(kb: KnowledgeBase) -> None:
    assert len(kb.categories()) == 15
    for category in kb.categories():
        assert kb.technologies_in(category.id), category.id


def test_every_source_document_is_cited(kb: KnowledgeBase) -> None:
    cited = {s for item in kb.items.values() for s in item.sources}
    assert set(kb.sources) <= cited


def test_every_technology_and_category_is_found_by_its_own_name(
    real: Answerer, kb: KnowledgeBase
) -> None:
    missed = []
    for item in kb.of_kind("technology", "category"):
        reply = real.answer_question(f"hvad er {item.name}")
        if reply is None or reply.topic != item.id:
            missed.append((item.name, reply.topic if reply else None))
    assert not missed


def test_every_topic_is_found_by_its_title(real: Answerer, kb: KnowledgeBase) -> None:
    missed = []
    for item in kb.of_kind("topic"):
        reply = real.answer_question(f"hvad med {item.name}", prefer_topics=True)
        if reply is None or reply.topic != item.id:
            missed.append((item.name, reply.topic if reply else None))
    assert not missed


# The needs the issue names, and more in the same spirit, each with the words a
# fitting technology's name or category must contain.
NEEDS = [
    ("min mor glemmer sin medicin", ["medicin", "dosering", "påmind", "huske"]),
    ("jeg glemmer at tage min medicin", ["medicin", "dosering", "påmind", "huske"]),
    ("jeg falder tit om natten", ["sensor", "alarm", "lys", "gulv", "seng", "tryghed"]),
    ("min far går sig vild", ["gps"]),
    ("jeg kan ikke komme op af stolen", ["stol", "løft", "lift", "mobilitet"]),
    ("min mand er meget ensom", ["social", "besøg", "fællesskab", "robot", "skærm"]),
    ("borgeren har svært ved at spise selv", ["spise", "måltid", "arm"]),
    ("jeg har svært ved at holde styr på dagen", ["struktur", "planlæg", "ur", "skærm", "tavle"]),
    ("jeg har svært ved at vaske mig", ["bad", "toilet", "hygiejne"]),
    ("jeg kan ikke selv vende mig i sengen", ["vende", "seng"]),
]


@pytest.mark.parametrize(("need", "fitting"), NEEDS)
def test_need_leads_to_fitting_technology(
    real: Answerer, kb: KnowledgeBase, need: str, fitting: list[str]
) -> None:
    matches = real.search.by_need(need)
    assert matches, f"nothing found for {need!r}"
    top = matches[0].item
    category = kb.items[top.category_id].name if top.category_id else ""
    text = f"{top.name} {category}".lower()
    assert any(w in text for w in fitting), f"{need!r} -> {top.name} ({category})"
