"""Held-out set 49's knowledge classes, in our own words: whether one can get the thing
just told where one lives (what the documents say of that municipality, and its
visitation decides); where an offer just told is; who helps at it; a request to be brief,
which is no map; what a thing is good for, for the staff too; whether anything exists
for a need told; a thing described by what it does; and, after a need, which of the
things for it is meant. Each reader (bot/knowledge/placed.py) on its own, then the
Answerer through the methods the actions call, with near misses that keep their
answers."""

from __future__ import annotations

import pytest

from bot.knowledge import benefit, placed
from bot.knowledge.answers import Answerer
from testkit.knowledge import asked as _asked
from testkit.knowledge import every_way as _every_way
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("kan hun også få det, hun bor på Østerbro", "Østerbro"),
        ("min far bor i valby, kan han få sådan en", "valby"),
        ("får jeg det så? jeg bor i Horsens", "Horsens"),
        ("kan han få det, han bor i eget hjem", None),
        ("han bor på nørrebro", None),
    ],
)
def test_getting_it_where_one_lives(text: str, place: str | None) -> None:
    assert placed.asks_to_get_where_one_lives(text) == place


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvem er det egentlig der hjælper folk der", True),
        ("er det kommunens ansatte der hjælper", True),
        ("hvem underviser dem der", True),
        ("hvem kan hjælpe mig med at få en", False),
        ("hvem bestemmer det", False),
    ],
)
def test_who_helps(text: str, yes: bool) -> None:
    assert placed.asks_who_helps(text) is yes


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("hvad er sanseteknologi, kort tak", "hvad er sanseteknologi"),
        ("forklar kort hvad telemedicin er", "forklar hvad telemedicin er"),
        ("hvad er et skærmbesøg i korte træk?", "hvad er et skærmbesøg?"),
        ("hvad er det velfærdsteknologiske landkort", "hvad er det velfærdsteknologiske landkort"),
        ("hvad viser kortet", "hvad viser kortet"),
    ],
)
def test_without_brevity(text: str, plain: str) -> None:
    assert placed.without_brevity(text) == plain


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("kan man få noget hvis man ikke kan huske at tage sine piller", True),
        ("ka hun få noget når hun bliver forvirret om aftenen", True),
        ("er der noget hvis min mand farer vild", True),
        ("kan man få en rollator", False),
        ("hvordan får man medicinhåndtering", False),
    ],
)
def test_what_exists_for_a_need(text: str, yes: bool) -> None:
    assert placed.asks_what_exists_for_need(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvor er det henne", True),
        ("og hvor henne ligger det", True),
        ("hvor står det", False),
        ("hvor har du det fra", False),
    ],
)
def test_where_it_is(text: str, yes: bool) -> None:
    assert benefit.asks_where(text) is yes


# -- the Answerer ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kan min mor også få det? hun bor på vesterbro",
        "får hun det så, hun bor i København",
        "og kan han få skærmbesøg, han bor ude i Valby",
    ],
)
def test_screen_visits_in_copenhagen(real: Answerer, text: str) -> None:
    first = _asked(real, "hvad går skærmbesøg ud på")
    assert first is not None and first.topic == "skaermbesoeg"
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert reply is not None and reply.refer, reply
        assert _says(reply, "Københavns Kommune") and _says(reply, "2016", "65 år"), reply
        assert _says(reply, "visitation") and _says(reply, "siger ikke"), reply


def test_screen_visits_elsewhere_say_nothing_made_up(real: Answerer) -> None:
    reply = real.answer_question("kan hun få det, hun bor i Aalborg", current="skaermbesoeg")
    assert reply is not None and reply.refer and _says(reply, "visitation"), reply
    assert "2016" not in reply.text and "Aalborg" in reply.text


def test_getting_it_without_a_place_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("kan han få det", current="skaermbesoeg")
    assert reply is not None and "København" not in reply.text


@pytest.mark.parametrize("where", ["og hvor henne ligger det", "hvor kan man finde det henne"])
def test_where_the_library_offer_is(real: Answerer, where: str) -> None:
    first = _asked(real, "hvad går teknoteket ud på")
    assert first is not None and first.topic == "teknoteket"
    reply = real.benefit_follow_up(where, first.topic, first.more_index)
    assert _says(reply, "bibliotek"), reply


@pytest.mark.parametrize(
    "who",
    [
        "hvem er det egentlig der hjælper en der",
        "er det kommunens ansatte der hjælper, eller hvem",
        "hvem er det som underviser folk der",
    ],
)
def test_who_helps_at_the_net_help(real: Answerer, who: str) -> None:
    first = _asked(real, "fortæl om nethjælpen")
    assert first is not None and first.topic == "nethjaelpen"
    for reply in [
        *_every_way(real, who, first.topic, first.more_index)[:3],
        real.benefit_follow_up(who, first.topic, first.more_index),
    ]:
        assert _says(reply, "frivillig"), reply


def test_whom_to_ask_keeps_its_answer(real: Answerer) -> None:
    reply = real.benefit_follow_up("hvem kan hjælpe mig med at søge", "nethjaelpen", 0)
    assert reply is None


@pytest.mark.parametrize(
    "text",
    [
        "hvad betyder velfærdsteknologi, helt kort",
        "forklar kort hvad velfærdsteknologi er",
        "hvad er velfærdsteknologi i korte træk",
    ],
)
def test_welfare_technology_briefly(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text)[:2]:
        assert reply is not None and "landkort" not in reply.text, reply
        assert _says(reply, "borger", "medarbejder"), reply


def test_the_map_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("hvad er det velfærdsteknologiske landkort")
    assert _says(reply, "landkort"), reply


@pytest.mark.parametrize(
    "text",
    [
        "hvad er en gulvvasker godt for",
        "hva er sånne støvsugerrobotter gode for",
        "hvad er robotstøvsugere egentlig godt for",
    ],
)
def test_cleaning_good_for_the_staff_too(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert _says(reply, "rengøring") and _says(reply, "personalet"), reply


def test_good_for_naming_the_staff_keeps_its_answer(real: Answerer) -> None:
    # its own sentence already names the staff: nothing of the category added
    reply = real.answer_question("hvad er en løftestol god for")
    assert reply is not None and "Mobilitetsteknologi" not in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "kan man få noget hvis man hele tiden glemmer at tage sine piller",
        "ka min mor få noget når hun ikke kan huske sin medicin",
    ],
)
def test_something_for_forgetting_medicine(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text)[:3]:
        assert _says(reply, "påmindelse", "dosering"), reply
        assert "hvordan man får" not in reply.text


def test_getting_medicine_handling_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("hvordan får man medicinhåndtering")
    assert _says(reply, "visitation", "kommune"), reply


@pytest.mark.parametrize(
    "text",
    [
        "er der en stol som kan hjælpe ham op at stå",
        "findes der en stol der hjælper en med at komme op og stå",
        "kan man få en stol der hjælper en op at stå",
    ],
)
def test_a_chair_that_helps_one_stand(real: Answerer, text: str) -> None:
    for reply in [*_every_way(real, text)[:3], real.suggest_for_need(text)]:
        assert _says(reply, "løftestol", "katapult"), reply


def test_bath_chair_keeps_its_answer(real: Answerer) -> None:
    reply = real.suggest_for_need("findes der en stol man kan sidde på i badet")
    assert _says(reply, "badestol"), reply


def test_bed_sensor_taken_for_a_person(real: Answerer) -> None:
    # the model took it for a wish to talk to someone: the thing, then its category
    reply = real.fact_follow_up(
        "min mand går rundt om natten og sover skidt, findes der sensorer i sengen", None, 0
    )
    assert reply is not None and reply.topic in ("soevnsensor", "sensormadrasser"), reply
    category = real.categories_asked("hvilken kategori er det", reply.topic)
    assert _says(category, "sengeteknologi"), category


def test_a_person_asked_for_keeps_no_thing(real: Answerer) -> None:
    assert real.fact_follow_up("findes der nogen jeg kan snakke med", None, 0) is None


@pytest.mark.parametrize(
    ("need", "which", "topic"),
    [
        (
            "min far ved aldrig hvilken dag det er eller hvornår hjemmeplejen kommer",
            "hvad er det for nogle skærme",
            "skaerme_og_infotavler",
        ),
        ("min mor kan ikke holde styr på ugedagen", "hvad er det for nogle ure", "struktur_ure"),
    ],
)
def test_which_thing_after_a_need(real: Answerer, need: str, which: str, topic: str) -> None:
    reply = real.asked_after_need(which, need)
    assert reply is not None and reply.topic == topic, reply


def test_which_thing_without_a_need_is_none(real: Answerer) -> None:
    assert real.asked_after_need("hvad er det for nogle skærme", "hej") is None
