"""Held-out set 47's knowledge classes, in our own words: when, how many or who of the fact
just told, asked again ("hvornår var det nu"); saying no to the technology just told, a
person preferred; what a category means when its summary names none of its technologies
(telemedicine); and who approves technology under the rules of magtanvendelse. Each
reader (bot/knowledge/retold.py, bot/conversation/reading.py) on its own, then the
Answerer through the methods the actions call, with near misses that keep their answers."""

from __future__ import annotations

import pytest

from bot.knowledge import retold
from bot.knowledge.answers import Answerer
from bot.knowledge.refused import asks_to_refuse_technology
from bot.knowledge.topics import CHOICE, COUNCIL_RULES
from testkit.knowledge import asked as _asked
from testkit.knowledge import every_way as _every_way
from testkit.knowledge import says as _says

SHORTAGE = "hvor mange sosu-medarbejdere kommer kommunerne til at mangle"

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hvornår var det nu", retold.WHEN),
        ("Nå. Og hvornår skulle det så være?", retold.WHEN),
        ("ok, hvilket år regner de med det", retold.WHEN),
        ("og hvor mange var det så", retold.HOW_MANY),
        ("hvor mange drejer det sig om i alt", retold.HOW_MANY),
        ("hvem var det nu", retold.WHO),
    ],
)
def test_asked_again(text: str, kind: str) -> None:
    assert retold.asked_again(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "hvornår kommer hjemmeplejen",
        "hvor mange kommuner var det",
        "hvornår blev den lavet",
        "hvem er du",
        "hvem var det der sagde det",
        "hvornår",
    ],
)
def test_not_asked_again(text: str) -> None:
    assert retold.asked_again(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "må jeg godt sige nej tak til den?",
        "kan min mor fravælge det, hvis hun hellere vil have besøg af en person",
        "kan man takke nej og få en hjemmehjælper i stedet",
        "kan jeg sige nej til det der, jeg vil hellere have at der kommer nogen",
        "har vi lov til at afvise det?",
        # the reading of set 14 still holds
        "kan jeg sige nej tak til al den teknologi",
    ],
)
def test_refusal_read(text: str) -> None:
    assert asks_to_refuse_technology(text)


@pytest.mark.parametrize(
    "text",
    [
        "kan jeg sige nej til en påmindelse",
        "kan jeg sige nej til det der kaffe",
        "jeg vil gerne tale med en person",
        "kan jeg afvise opkaldet",
        "kan jeg få en hjemmehjælper",
    ],
)
def test_refusal_not_read(text: str) -> None:
    assert not asks_to_refuse_technology(text)


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvem godkender brug af magtanvendelse", True),
        ("hvem beslutter om man må bruge en gps efter § 128 b", True),
        ("hvem giver lov til tryghedsteknologi når borgeren ikke kan give samtykke", True),
        ("hvem træffer afgørelse om tryghedsskabende velfærdsteknologi", True),
        ("hvem godkender ændringer til positivlisten", False),
        ("hvem rådgiver ministeren om tryghedsskabende teknologi", False),
        ("hvem bestemmer om min far kan få en gps", False),
    ],
)
def test_council_matter(text: str, yes: bool) -> None:
    assert retold.names_council_matter(text) is yes


# -- the Answerer ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "again",
    [
        "hvornår var det nu",
        "Det lyder af meget. Og hvornår er det man forventer det?",
        "og hvilket år skulle det være igen",
        "hvor mange var det nu",
    ],
)
def test_the_fact_just_told_again(real: Answerer, again: str) -> None:
    first = _asked(real, SHORTAGE)
    assert first is not None and "2028" in first.text
    for reply in _every_way(real, again, first.topic, first.more_index):
        assert _says(reply, "2028") and _says(reply, "40.000"), reply
    told = real.fact_follow_up(again, first.topic, first.more_index)
    assert told is not None and told.text == first.text


def test_the_survey_count_again(real: Answerer) -> None:
    first = _asked(real, "hvor mange kommuner svarede på undersøgelsen i 2024")
    assert first is not None and "80" in first.text
    reply = real.answer_question(
        "og hvor mange var det så", current=first.topic, current_index=first.more_index
    )
    assert reply is not None and reply.text == first.text


def test_no_year_just_told_keeps_the_old_answer(real: Answerer) -> None:
    # the definition of telemedicine names no year: the subject's sentence with one
    first = _asked(real, "hvad er telemedicin")
    assert first is not None and first.topic == "telemedicin"
    reply = real.answer_question("hvornår er det så", current="telemedicin")
    assert reply is not None and "2020" in reply.text


@pytest.mark.parametrize(
    ("first", "refusal"),
    [
        ("hvad er skærmbesøg", "må jeg godt sige nej tak til det?"),
        ("hvad er et robotkæledyr", "kan jeg takke nej til den og hellere få besøg af en person"),
        (
            "hvad er et GPS-system",
            "kan min far sige nej til det, hvis han hellere vil have at der kommer nogen",
        ),
    ],
)
def test_saying_no_to_the_thing_just_told(real: Answerer, first: str, refusal: str) -> None:
    told = _asked(real, first)
    assert told is not None and told.topic != CHOICE
    reply = real.answer_question(refusal, current=told.topic, current_index=told.more_index)
    assert reply is not None and reply.topic == CHOICE
    assert _says(reply, "fravælge")


@pytest.mark.parametrize(
    "text",
    [
        "hvad betyder telemedicin",
        "telemedicin, hvad er det egentlig",
        "hvad går telemedicin ud på",
        "hvad menes der med telemedicin",
    ],
)
def test_telemedicine_defined_with_what_it_covers(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == "telemedicin"
    assert _says(reply, "afstand") and _says(reply, "tværsektoriel", "telekol"), reply
    assert reply.text.count(".") <= 2  # short enough to be spoken


@pytest.mark.parametrize("category", ["sanseteknologi", "mobilitetsteknologi", "hygiejneteknologi"])
def test_categories_naming_their_own_keep_their_summary(real: Answerer, category: str) -> None:
    item = real.kb.get(category)
    assert item is not None
    assert real.about(item).text == item.summary


@pytest.mark.parametrize(
    "text",
    [
        "hvem godkender tryghedsskabende teknologi til en borger der ikke kan sige ja selv",
        "hvem træffer afgørelse om brug af magtanvendelse med velfærdsteknologi",
        "hvem giver lov til en gps efter § 128 b",
        "hvem beslutter om vi må bruge tryghedsteknologi til en voksen uden samtykke",
    ],
)
def test_who_approves_under_magtanvendelse(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert reply is not None and reply.topic == COUNCIL_RULES, reply
        assert _says(reply, "kommunalbestyrelse")


def test_who_decides_near_misses_keep_their_answers(real: Answerer) -> None:
    gps = real.answer_question("hvem bestemmer om min far kan få en gps")
    assert gps is not None and _says(gps, "visitation", "kommunen")
    listed = real.answer_question("hvem godkender ændringer til positivlisten")
    assert listed is not None and _says(listed, "Råd for Tryghedsskabende")
    advisers = real.answer_question("hvem rådgiver ministeren om tryghedsskabende teknologi")
    assert advisers is not None and _says(advisers, "Råd for Tryghedsskabende")
