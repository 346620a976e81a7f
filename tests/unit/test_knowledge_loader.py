from pathlib import Path

import pytest
import yaml

from bot.knowledge.loader import CATEGORIES_OVERVIEW_ID, KnowledgeError, load
from bot.knowledge.model import KnowledgeBase


def test_fixture_loads_all_kinds(fixture_kb: KnowledgeBase) -> None:
    assert [c.id for c in fixture_kb.categories()] == ["tryghed", "medicin"]
    assert {t.id for t in fixture_kb.technologies_in("tryghed")} == {"gps", "sensorgulv"}
    gps = fixture_kb.items["gps"]
    assert gps.kind == "technology" and gps.category_id == "tryghed"
    assert gps.names[0] == "GPS" and "gps tracker" in gps.names
    assert fixture_kb.items["positivliste"].kind == "topic"
    assert [s.id for s in fixture_kb.sources_of(gps)] == ["kl", "rm"]


def test_category_overview_is_built(fixture_kb: KnowledgeBase) -> None:
    overview = fixture_kb.items[CATEGORIES_OVERVIEW_ID]
    assert overview.examples == ("Tryghedsskabende teknologi", "Medicinhåndtering")
    assert "2 kategorier" in overview.summary


def _edit(directory: Path, name: str, change) -> None:  # type: ignore[no-untyped-def]
    path = directory / name
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True))


def test_schema_violation_names_the_place(fixture_kb_dir: Path) -> None:
    _edit(fixture_kb_dir, "categories.yml", lambda d: d["categories"][0].pop("summary"))
    with pytest.raises(KnowledgeError, match="categories.yml.*summary"):
        load(fixture_kb_dir)


def test_too_long_spoken_text_is_refused(fixture_kb_dir: Path) -> None:
    _edit(fixture_kb_dir, "topics.yml", lambda d: d["topics"][0].update(answer="ord " * 100))
    with pytest.raises(KnowledgeError, match="answer"):
        load(fixture_kb_dir)


def test_duplicate_id_is_refused(fixture_kb_dir: Path) -> None:
    _edit(fixture_kb_dir, "topics.yml", lambda d: d["topics"][1].update(id="gps"))
    with pytest.raises(KnowledgeError, match="duplicate id: gps"):
        load(fixture_kb_dir)


def test_unknown_source_is_refused(fixture_kb_dir: Path) -> None:
    _edit(fixture_kb_dir, "topics.yml", lambda d: d["topics"][0].update(sources=["nowhere"]))
    with pytest.raises(KnowledgeError, match="unknown sources"):
        load(fixture_kb_dir)


def test_unknown_related_id_is_refused(fixture_kb_dir: Path) -> None:
    _edit(fixture_kb_dir, "topics.yml", lambda d: d["topics"][0].update(related=["robot"]))
    with pytest.raises(KnowledgeError, match="unknown related"):
        load(fixture_kb_dir)


def test_missing_file_is_refused(fixture_kb_dir: Path) -> None:
    (fixture_kb_dir / "topics.yml").unlink()
    with pytest.raises(KnowledgeError, match="missing"):
        load(fixture_kb_dir)
