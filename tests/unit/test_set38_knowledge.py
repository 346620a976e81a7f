"""Held-out set 38's knowledge classes, in our own words: the kinds of welfare technology
asked at the end of a long message, a figure asked and answered without one, knowing
from afar that someone is well, something put up against his will, deciding oneself,
technology replacing the helpers, the ethics of one technology, how long it takes to get
a thing, whether a citizen may apply to the pool, when something began and for whom, a
person's name, the kinds of data, a name said and asked what it is, the purpose of a
kind of technology, the shortage of staff, a thing's drawbacks, what an evaluation
showed and where one gets the thing a subject's sentence named. Each reader
(bot/knowledge/pointed.py) on its own, and the Answerer through the methods the actions
call (actions/knowledge.py)."""

from __future__ import annotations

import pytest

from bot.knowledge import pointed
from bot.knowledge.answers import Answerer
from testkit.knowledge import every_way as _every_way
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("reader", "yes", "no"),
    [
        (
            pointed.asks_to_know_well,
            "kan vi få noget så vi ved at mor har det godt uden at vi ringer hele dagen",
            "min mor har det godt",
        ),
        (
            pointed.asks_against_will,
            "må de sætte den op selvom hun ikke vil",
            "hun vil gerne have den sat op",
        ),
        (pointed.asks_if_i_decide, "er det mig selv der bestemmer", "hvem bestemmer det"),
        (pointed.asks_ethics, "hvad er det etiske i det", "hvad koster det"),
        (
            pointed.asks_how_long_to_get,
            "hvor lang tid tager det at få en rollator",
            "hvor lang tid holder en rollator",
        ),
        (
            pointed.asks_if_citizen_applies,
            "kan borgere selv søge penge i puljen",
            "hvordan søger vi puljen i vores afdeling",
        ),
        (pointed.asks_when_began, "hvornår startede de med det", "hvad startede det"),
        (
            pointed.asks_persons_name,
            "hvad hedder den ældre kvinde der skrev det",
            "hvad hedder den slags",
        ),
        (pointed.asks_kinds_of_data, "hvilke slags data samles der", "hvem ser mine data"),
        (
            pointed.name_said_then_asked,
            "Jeg har hørt om noget der hedder Nethjælpen. Hvad er det?",
            "Hvad er det?",
        ),
        (pointed.asks_purpose, "hvad er formålet med den slags", "hvad er det"),
        (
            pointed.asks_shortage,
            "hvor mange hænder mangler de i plejen",
            "hvor mange procent vil bruge mere teknologi fordi de mangler personale",
        ),
        (pointed.asks_drawbacks, "er der nogen bagsider ved det", "er der fordele ved det"),
        (pointed.asks_what_it_showed, "hvad fandt de ud af", "hvad hedder den"),
        (pointed.asks_where_to_get_it, "hvor får man sådan en", "hvor bor du"),
    ],
)
def test_a_reader_on_its_own(reader, yes: str, no: str) -> None:
    assert reader(yes), yes
    assert not reader(no), no


def test_new_names_are_those_the_question_does_not_say() -> None:
    sentence = "Den gamle Iboja Wandall-Holm fra Østerbro skrev et digt."
    assert pointed.new_names(sentence, "hvad hed kvinden fra Østerbro") == [
        "Iboja",
        "Wandall-Holm",
    ]


# -- the Answerer, on our own sentences ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Min mand er lige fyldt 80 og glemmer mere og mere, men vi bor stadig selv i huset. "
        "Hvad for nogle slags velfærdsteknologi er der?",
        "Jeg arbejder som frivillig og vil gerne vide mere. Hvilke typer velfærdsteknologi "
        "findes der?",
    ],
)
def test_the_kinds_asked_last_in_a_long_message(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert _says(reply, "15 kategorier"), reply


def test_a_figure_asked_gets_the_sentence_with_the_figure(real: Answerer) -> None:
    reply = real.answer_question("hvor mange kommuner var med i undersøgelsen fra 2024")
    assert _says(reply, "80"), reply


@pytest.mark.parametrize(
    "text",
    [
        "mor bor alene på Fyn. findes der noget så vi ved hun har det godt uden at vi skal "
        "ringe hele tiden",
        "kan man holde øje med min far hjemmefra, han bor langt væk",
    ],
)
def test_knowing_from_afar_that_someone_is_well(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert _says(reply, "skærmbesøg") and _says(reply, "tryghedsskabende"), reply


@pytest.mark.parametrize(
    ("text", "current", "said"),
    [
        ("kan de sætte en døralarm op hos min bror selvom han ikke vil", None, "samtykke"),
        ("må plejehjemmet installere den selv om mor siger nej", "sensormadrasser", "fravælge"),
    ],
)
def test_put_up_against_his_will(real: Answerer, text: str, current: str | None, said: str):
    for reply in _every_way(real, text, current):
        assert _says(reply, said) and "positivlisten" not in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "Hvordan sikrer jeg, at det er mig selv der vælger, hvad der skal stå i min lejlighed?",
        "kan jeg bestemme selv om jeg vil have teknologi derhjemme",
    ],
)
def test_deciding_oneself(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert _says(reply, "selvbestemmelse") and _says(reply, "ønsker"), reply


def test_technology_replacing_the_helpers(real: Answerer) -> None:
    text = "Jeg frygter lidt at robotterne skal erstatte hjemmehjælperne. Hvad tænker I om det?"
    for reply in _every_way(real, text):
        assert _says(reply, "supplement"), reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Min søn vil have at jeg får et sensorgulv. Hvilke etiske spørgsmål er der ved "
            "sådan et?",
            "overvågning",
        ),
        ("er det etisk i orden med skærmbesøg til min mormor", "ensomhed"),
    ],
)
def test_the_ethics_of_one_technology(real: Answerer, text: str, said: str) -> None:
    for reply in _every_way(real, text):
        assert _says(reply, said), reply


@pytest.mark.parametrize(
    "text",
    [
        "Vi har ansøgt om en badestol. Hvor lang tid varer det før vi får den",
        "hvor længe går der inden man får en loftslift",
    ],
)
def test_how_long_it_takes_to_get_it(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert _says(reply, "visitation") and reply.refer, reply


def test_a_citizen_applying_to_the_pool(real: Answerer) -> None:
    text = "Kan privatpersoner søge penge i velfærdsteknologipuljen i Horsens?"
    for reply in _every_way(real, text):
        assert _says(reply, "enheder") and _says(reply, "styregruppen"), reply


def test_when_it_began_and_for_whom(real: Answerer) -> None:
    for reply in _every_way(real, "Siden hvornår har København haft skærmbesøg til de ældre?"):
        assert _says(reply, "2016") and _says(reply, "65"), reply


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("Hvad hed den kvinde der skrev digtet om skærmbesøg?", None),
        ("hvem var det egentlig der skrev det digt", "skaermbesoeg_erfaringer"),
    ],
)
def test_a_persons_name(real: Answerer, text: str, current: str | None) -> None:
    for reply in _every_way(real, text, current):
        assert _says(reply, "Wandall-Holm"), reply


def test_who_wrote_a_document_is_no_persons_name() -> None:
    assert not pointed.asks_persons_name("hvem skrev rapporten fra 2020")


def test_the_kinds_of_data(real: Answerer) -> None:
    for reply in _every_way(real, "Hvilke typer data kommer der ud af teknologierne?"):
        assert _says(reply, "aktivitetsdata"), reply


def test_a_name_said_then_asked_what_it_is(real: Answerer) -> None:
    text = "Jeg har læst om noget der kaldes Nethjælpen. Hvad er det for noget?"
    for reply in _every_way(real, text):
        assert reply is not None and reply.topic == "nethjaelpen", reply


def test_the_purpose_of_a_kind_of_technology(real: Answerer) -> None:
    text = "Lægen har nævnt en aktivitetstracker til mig. Hvad er formålet med den slags?"
    for reply in _every_way(real, text):
        assert _says(reply, "selvmonitorering"), reply


def test_the_shortage_of_staff(real: Answerer) -> None:
    for reply in _every_way(real, "hvor mange medarbejdere mangler vi egentlig i ældreplejen"):
        assert _says(reply, "40.000"), reply


def test_a_things_drawback(real: Answerer) -> None:
    for reply in _every_way(real, "Hvad er bagsiden ved skærmbesøg for en som bor alene?"):
        assert _says(reply, "menneskelig kontakt"), reply


def test_what_an_evaluation_showed(real: Answerer) -> None:
    for reply in _every_way(real, "Hvad blev resultatet af VIVE's evaluering?"):
        assert _says(reply, "livskvalitet"), reply


def test_where_to_get_the_thing_just_named(real: Answerer) -> None:
    # the sentence just told (index 2) named training apps; a question of category is
    # given no index, so it reads the subject's first sentence
    replies = _every_way(real, "hvor kan man få sådan en", "traeningsteknologi_erfaringer", 2)
    for reply in replies:
        assert _says(reply, "visitation") and reply.refer, reply
    assert all(reply.topic == "traeningsapps" for reply in replies[:3]), replies
