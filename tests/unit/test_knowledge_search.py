from pathlib import Path

import pytest

from bot.knowledge.loader import load
from bot.knowledge.model import KnowledgeBase
from bot.knowledge.search import KnowledgeSearch, content_stems, need_stems


@pytest.fixture
def search(fixture_kb: KnowledgeBase) -> KnowledgeSearch:
    return KnowledgeSearch(fixture_kb)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hvad er en GPS", "gps"),
        ("fortæl om skærmbesøg", "skaermbesoeg"),
        ("hvad er skaermbesoeg", "skaermbesoeg"),
        ("hvad er skærm besøg", "skaermbesoeg"),
        ("hvad er et skarmbesog", "skaermbesoeg"),
        ("hvordan virker en medicindispenser", "doseringsmaskine"),
        ("hvad er positivlisten", "positivliste"),
        ("må man bruge videoovervaagning", "videoovervaagning"),
        ("fortæl om sensorgulve", "sensorgulv"),
        ("hvad er et sensorgulf", "sensorgulv"),
    ],
)
def test_by_name_finds_item(search: KnowledgeSearch, text: str, expected: str) -> None:
    assert search.by_name(text)[0].item.id == expected


def test_by_name_finds_nothing_in_unrelated_text(search: KnowledgeSearch) -> None:
    assert [m for m in search.by_name("hvordan bliver vejret i morgen") if m.score >= 0.8] == []


def test_by_name_prefers_the_longer_specific_name(search: KnowledgeSearch) -> None:
    # "medicin håndtering" is the category; "medicindispenser" the technology.
    assert (
        search.by_name("en medicindispenser til medicinhåndtering")[0].item.id == "doseringsmaskine"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("min mor glemmer sin medicin", "doseringsmaskine"),
        ("jeg husker aldrig mine piller", "doseringsmaskine"),
        ("min far går sig vild når han går ud", "gps"),
        ("han farer vild", "gps"),
        ("jeg falder tit om natten", "sensorgulv"),
        ("jeg er bange for at falde", "sensorgulv"),
        ("jeg glemer min medicin", "doseringsmaskine"),  # typo
        ("hun er så ensom om aftenen", "skaermbesoeg"),
    ],
)
def test_by_need_finds_technology(search: KnowledgeSearch, text: str, expected: str) -> None:
    assert search.by_need(text)[0].item.id == expected


@pytest.mark.parametrize("text", ["", "hej", "hvad er klokken", "jeg kan godt lide kage"])
def test_by_need_finds_nothing_without_a_known_need(search: KnowledgeSearch, text: str) -> None:
    assert search.by_need(text) == []


def test_by_need_limits_and_prefers_technologies(search: KnowledgeSearch) -> None:
    found = search.by_need("jeg er utryg og bange for at falde og går mig vild", limit=2)
    assert len(found) == 2
    assert all(m.item.kind == "technology" for m in found)


def test_content_stems_drop_function_words() -> None:
    assert content_stems("Min mor glemmer sin medicin!") == ["glem", "medicin"]


def test_short_verbs_meet_their_infinitive_and_demens_is_not_dem() -> None:
    assert content_stems("hun går ud om natten") == content_stems("at gå ud om natten")
    assert content_stems("hun står op") == content_stems("at stå op")
    assert content_stems("min far har demens") == ["demens"]
    assert "dem" not in content_stems("demente borgere")


def test_a_need_said_with_another_tense_finds_the_same_technology() -> None:
    real = KnowledgeSearch(load(Path(__file__).parents[2] / "data" / "knowledge"))
    said = "Min far med demens er begyndt at gå ud om natten uden at nogen opdager det"
    assert real.by_need(said)[0].item.id == real.by_need("min far går ud om natten")[0].item.id


@pytest.mark.parametrize(
    ("said", "as_the_problems_say_it"),
    [
        ("hun glemmer sine tabletter", "hun glemmer sin medicin"),
        ("han husker aldrig pillerne", "han husker aldrig medicinen"),
        (
            "jeg er bange for at hun ruller ud af sengen",
            "jeg er bange for at hun falder ud af sengen",
        ),
        ("han glider ud af stolen", "han falder ud af stolen"),
    ],
)
def test_a_need_in_other_words_is_matched_as_the_problems_say_it(
    said: str, as_the_problems_say_it: str
) -> None:
    """Pills and tablets are the problems' medicine; rolling or sliding out of bed is
    falling (a pill forgotten in the evening got struktur-apps, a roll out of bed music)."""
    assert need_stems(said) == need_stems(as_the_problems_say_it)
    real = KnowledgeSearch(load(Path(__file__).parents[2] / "data" / "knowledge"))
    assert real.by_need(said)[0].item.id == real.by_need(as_the_problems_say_it)[0].item.id


def test_rolling_is_not_falling_without_out_of() -> None:
    assert "fald" not in need_stems("jeg vil gerne rulle gardinet ned")
