"""Held-out set 52's knowledge classes, in our own words: the survey's barrier asked about
by name, with its own figure; a figure asked right after a barrier was told; when the data
of the survey just told were collected; a place of the ranking just told; and a need told
with a compound whose head is the need ("toiletbesøg"), not another technology that
shares a plain verb. Each reader (bot/knowledge/ranked.py, pursued.py, heard.py) on its
own, then the Answerer through the methods the actions call, with near misses that keep
their answers."""

from __future__ import annotations

import pytest

from bot.knowledge import heard, pursued, ranked
from bot.knowledge.answers import Answerer
from testkit.knowledge import asked as _asked
from testkit.knowledge import every_way as _every_way
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("hvor mange procent svarede økonomien var en hindring", "money"),
        ("er jura og databeskyttelse noget der står i vejen", "law"),
        ("fylder personalets modstand meget som barriere", "accept_staff"),
        ("oplever de at borgerne ikke vil acceptere det", "accept_citizens"),
        ("hvad med leverandørerne", "suppliers"),
        ("er teknologien umoden", "immature"),
        ("hvad er den største barriere", None),
    ],
)
def test_barrier_named(text: str, key: str | None) -> None:
    assert ranked.barrier_named(text) == key


@pytest.mark.parametrize(
    ("text", "after", "yes"),
    [
        ("hvor stor en del nævnte budgettet som en barriere", False, True),
        ("er lovgivningen en hindring for kommunerne", False, True),
        ("og hvad så med økonomien", True, True),
        ("hvor mange sagde gdpr", True, True),
        ("hvilke barrierer er der ud over økonomien", False, False),  # the others
        ("hvad betyder gdpr", True, False),  # a question of its own
        ("hvordan søger jeg penge til en rollator", False, False),
        ("hvad med økonomien", False, False),  # no barriers talked about
    ],
)
def test_asks_of_barrier(text: str, after: bool, yes: bool) -> None:
    assert ranked.asks_of_barrier(text, after) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("og hvor mange procent var det", True),
        ("i procent?", True),
        ("hvor stor en andel", True),
        ("hvor mange kommuner deltog i undersøgelsen", False),
        ("hvor mange procent sparer penge", False),
    ],
)
def test_a_figure_alone(text: str, yes: bool) -> None:
    assert ranked.asks_a_figure(text) is yes


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("og hvem kom ind på tredjepladsen", 3),
        ("hvad var så nummer to", 2),
        ("og nummer fire?", 4),
        ("hvad lå der på anden plads", 2),
        ("hvad er telefonnummeret", None),
        ("kan jeg ringe til nummer to", None),
    ],
)
def test_place_asked(text: str, place: int | None) -> None:
    assert ranked.place_asked(text) == place


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvornår blev svarene samlet ind", True),
        ("og hvornår indsamlede de data", True),
        ("hvornår foregik dataindsamlingen", True),
        ("hvornår er tallene fra", True),
        ("hvornår samler hjemmeplejen affaldet ind", False),
        ("hvornår blev data opfundet", False),
    ],
)
def test_when_collected(text: str, yes: bool) -> None:
    assert pursued.asks_when_sent(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("og hvad var på plads nummer to", True),
        ("hvad lå på tredje plads", True),
        ("hvad er nummeret til kommunen", False),
    ],
)
def test_next_places_widened(text: str, yes: bool) -> None:
    assert heard.asks_next_places(text, after_barriers=True) is yes


# -- the Answerer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hvor mange procent af kommunerne ser økonomien som en barriere",
        "er budgettet en stor hindring ifølge undersøgelsen fra 2024",
    ],
)
def test_the_barrier_named_has_its_own_figure(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text)[:2]:
        assert _says(reply, "47,5"), reply
        assert not _says(reply, "55 %"), reply


@pytest.mark.parametrize(
    "text",
    [
        "hvor meget er jura og databeskyttelse som barriere vokset siden året før",
        "er GDPR steget som hindring i forhold til sidste år",
    ],
)
def test_the_legal_barriers_rise_is_its_change(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert _says(reply, "29 %"), reply
    assert not _says(reply, "47,5"), reply


def test_staff_acceptance_has_its_fall(real: Answerer) -> None:
    reply = real.answer_question("hvor meget fylder personalets modstand som barriere")
    assert _says(reply, "12 %"), reply


def test_a_barrier_without_a_figure_is_said_so(real: Answerer) -> None:
    reply = real.answer_question("er umoden teknologi en barriere for kommunerne")
    assert _says(reply, "ikke et tal"), reply
    assert _says(reply, "55 %"), reply


def test_the_largest_barrier_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("hvad er kommunernes største barriere")
    assert _says(reply, "55 %"), reply


def test_a_barrier_named_after_the_barriers(real: Answerer) -> None:
    reply = _asked(real, "hvilke barrierer oplever kommunerne", "og hvad med økonomien")
    assert _says(reply, "47,5"), reply


@pytest.mark.parametrize("text", ["og hvor mange procent var det", "hvor stor en andel?"])
def test_a_figure_after_a_barrier_is_its_own(real: Answerer, text: str) -> None:
    first = _asked(real, "står lovgivningen om gdpr i vejen for kommunerne")
    assert first is not None and _says(first, "47,5")
    reply = real.answer_question(text, current=first.topic, current_index=first.more_index)
    assert _says(reply, "47,5"), reply


def test_a_figure_after_the_largest_barrier_keeps_it(real: Answerer) -> None:
    reply = _asked(real, "hvad er den største barriere", "hvor mange procent")
    assert _says(reply, "55 %"), reply


@pytest.mark.parametrize(
    "text", ["hvornår blev svarene samlet ind", "og hvornår indsamlede de data"]
)
def test_when_the_data_were_collected(real: Answerer, text: str) -> None:
    first = _asked(real, "hvor mange kommuner var med i KL's statusrapport fra 2020")
    assert first is not None
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "september", "oktober"), reply


@pytest.mark.parametrize("text", ["hvad var så nummer to", "og på anden plads?"])
def test_the_second_place_of_the_ranking(real: Answerer, text: str) -> None:
    first = _asked(real, "hvad regner kommunerne med giver mest gevinst i fremtiden")
    assert first is not None and first.topic == "forventede_gevinster", first
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "medicinhåndtering"), reply


def test_a_place_that_differs_by_year(real: Answerer) -> None:
    first = _asked(real, "hvilke teknologier gav de største gevinster i 2020")
    assert first is not None
    reply = real.answer_question(
        "og hvad lå på tredjepladsen", current=first.topic, current_index=first.more_index
    )
    assert _says(reply, "mobilitet") and _says(reply, "2017"), reply


def test_the_second_barrier_keeps_its_answer(real: Answerer) -> None:
    reply = _asked(real, "hvad er den største barriere", "og hvad var nummer to")
    assert _says(reply, "47,5"), reply


@pytest.mark.parametrize(
    "text",
    [
        "min far kan ikke længere klare toiletbesøg på egen hånd",
        "hun kan ikke klare toiletbesøgene alene, hvad findes der",
    ],
)
def test_a_compound_need_is_its_head(real: Answerer, text: str) -> None:
    reply = real.suggest_for_need(text)
    assert reply is not None and reply.text.startswith("Det kunne være hygiejne"), reply


def test_he_is_no_need_word(real: Answerer) -> None:
    reply = real.suggest_for_need("han skal have hjælp til toiletbesøg")
    assert _says(reply, "toilet") and not _says(reply, "gps"), reply


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "vask" of "vasketøj" and "spørg" of "spørgsmål" are no heads of theirs
        ("hun har brug for hjælp til vasketøjet", "servicerobotter"),
        ("han har svært ved at huske spørgsmål", "struktur"),
        ("min mor farer vild når hun går tur", "gps"),
    ],
)
def test_near_miss_needs_keep_their_answers(real: Answerer, text: str, word: str) -> None:
    assert _says(real.suggest_for_need(text), word)
