"""Held-out set 48's knowledge classes, in our own words: who decides, asked in a relayed
question's clause order ("hun spørger hvem det er der bestemmer om …"); when one reports
on money from Horsens' pool; the gains the technologies have given so far (not those
expected), and the two years compared; who evaluated the free municipalities' trials
(VIVE); a survey figure compared with the year before; others to talk with over a screen
or a community on the net (the social technologies); and a question said in Jutlandic.
Each reader (bot/knowledge/compared.py) on its own, then the Answerer through the methods
the actions call, with near misses that keep their answers."""

from __future__ import annotations

import pytest

from bot.knowledge import asked as read
from bot.knowledge import compared
from bot.knowledge.answers import Answerer
from testkit.knowledge import asked as _asked
from testkit.knowledge import every_way as _every_way
from testkit.knowledge import says as _says

POOL_MONEY = "hvor mange penge er der i Horsens' velfærdsteknologipulje"
STAFF_2024 = "hvor meget bliver frontpersonalet inddraget i velfærdsteknologi i 2024"

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "min nabo spørger hvem det er der bestemmer om hun kan få en rollator",
        "han vil gerne vide hvem det er som afgør om han må få en gps",
        "hvem det var der godkendte den",
    ],
)
def test_who_decides_in_clause_order(text: str) -> None:
    assert read.asks_who_decides(text)


@pytest.mark.parametrize(
    ("text", "after_pool", "yes"),
    [
        ("hvor tit skal man afrapportere", True, True),
        ("skal man så aflevere en rapport bagefter", True, True),
        ("hvornår skal man rapportere på pengene fra puljen", False, True),
        ("hvor tit skal man afrapportere", False, False),
        ("hvem har lavet rapporten", True, False),
    ],
)
def test_when_to_report(text: str, after_pool: bool, yes: bool) -> None:
    assert compared.asks_when_to_report(text, after_pool) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvad har indtil videre givet kommunerne de største gevinster", True),
        ("hvilke løsninger gav mest gevinst i 2017", True),
        ("hvilken teknologi har hidtil haft størst gevinst", True),
        ("hvad forventer kommunerne giver de største gevinster fremover", False),
        ("hvilke teknologier vil give de største gevinster i fremtiden", False),
    ],
)
def test_gains_so_far(text: str, yes: bool) -> None:
    assert compared.asks_gains_so_far(text) is yes


@pytest.mark.parametrize(
    ("text", "after", "yes"),
    [
        ("hvem har evalueret frikommuneforsøgene", False, True),
        ("hvem stod for evalueringen af forsøget i de syv kommuner", False, True),
        ("hvem evaluerede det", True, True),
        ("hvem evaluerede det", False, False),
        ("hvem deltog i frikommuneforsøget", False, False),
    ],
)
def test_who_evaluated(text: str, after: bool, yes: bool) -> None:
    assert compared.asks_who_evaluated_trial(text, after) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("er det flere eller færre end sidste år", True),
        ("hvordan så det ud året før", True),
        ("er det steget eller faldet", True),
        ("og hvad med i forhold til den forrige undersøgelse", True),
        ("hvor mange var det", False),
        ("hvad betyder det", False),
    ],
)
def test_year_before(text: str, yes: bool) -> None:
    assert compared.asks_year_before(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        (
            "jeg sidder meget alene, er der noget hvor jeg kan møde andre på internettet",
            True,
        ),
        ("findes der fællesskaber online for ældre der er ensomme", True),
        ("kan man få en besøgsven over video", True),
        ("kan jeg tale med mine børnebørn over skærmen", False),
        ("hvad er online fællesskaber", False),
    ],
)
def test_others_online(text: str, yes: bool) -> None:
    assert compared.asks_for_others_online(text) is yes


@pytest.mark.parametrize(
    ("text", "standard"),
    [
        (
            "hvem ska a ring te for å få sån en",
            "hvem skal jeg ringe til for at få sådan en",
        ),
        ("hvor ka a få sån en", "hvor kan jeg få sådan en"),
        ("hvem ska a snak mæ om det?", "hvem skal jeg snakke med om det?"),
    ],
)
def test_in_standard_words(text: str, standard: str) -> None:
    assert compared.in_standard_words(text) == standard


@pytest.mark.parametrize(
    "text",
    ["hvem skal jeg tale med", "hvad er vitamin a", "kan du sige det på en anden måde"],
)
def test_standard_words_left(text: str) -> None:
    assert compared.in_standard_words(text) == text


# -- the Answerer ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "min datter spørger hvem det er der bestemmer om jeg kan få en gps",
        "hun vil vide hvem det er som afgør om hendes mor må få en gps",
    ],
)
def test_who_decides_relayed(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == "gps_systemer", reply
    assert _says(reply, "visitation")


@pytest.mark.parametrize(
    "when",
    [
        "og hvor tit skal man så afrapportere",
        "skal man aflevere en rapport bagefter, og hvornår",
        "hvornår skal der rapporteres på det",
    ],
)
def test_reporting_on_the_pool(real: Answerer, when: str) -> None:
    first = _asked(real, POOL_MONEY)
    assert first is not None and "2 mio" in first.text
    for reply in _every_way(real, when, first.topic, first.more_index):
        assert _says(reply, "halvt") and _says(reply, "to gange"), reply


def test_reporting_named_with_the_pool(real: Answerer) -> None:
    reply = real.answer_question("hvornår skal man afrapportere på penge fra puljen")
    assert _says(reply, "et halvt og et helt år")


@pytest.mark.parametrize(
    "text",
    [
        "hvilke teknologier har indtil nu givet kommunerne de største gevinster",
        "hvad gav de største gevinster ifølge KL's statusrapport i 2020",
        "hvilken velfærdsteknologi havde hidtil givet mest gevinst",
    ],
)
def test_gains_so_far_told(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == "stoerste_gevinster_2017_2020", reply
    assert _says(reply, "forflytning") and _says(reply, "træningsløsninger")
    compare = real.answer_question(
        "og hvad er forskellen på de to år", current=reply.topic, current_index=0
    )
    assert _says(compare, "vasketoiletter"), compare


def test_expected_gains_keep_their_answer(real: Answerer) -> None:
    reply = real.answer_question("hvilke teknologier forventer kommunerne mest af fremover")
    assert reply is not None and reply.topic == "forventede_gevinster"


@pytest.mark.parametrize(
    "text",
    [
        "hvem har evalueret frikommunernes forsøg med teknologi",
        "hvem stod for evalueringen af forsøgene i frikommunenetværket",
    ],
)
def test_who_evaluated_the_trial(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text)[:3]:
        assert _says(reply, "VIVE"), reply


def test_the_trial_itself_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("hvad gik forsøget med lydovervågning i Randers ud på")
    assert reply is not None and reply.topic == "lydovervaagning_frikommune"


@pytest.mark.parametrize(
    "before",
    [
        "er det flere eller færre end sidste år",
        "og hvordan var det året før",
        "er det steget siden den forrige undersøgelse",
    ],
)
def test_staff_compared_with_the_year_before(real: Answerer, before: str) -> None:
    first = _asked(real, STAFF_2024)
    assert first is not None and "40 %" in first.text
    for reply in _every_way(real, before, first.topic, first.more_index)[:3]:
        assert _says(reply, "28 %"), reply


def test_no_earlier_figure_keeps_the_old_answer(real: Answerer) -> None:
    # the subject says nothing of an earlier year: no sentence of change is made up
    first = _asked(real, "hvad er et robotkæledyr")
    assert first is not None
    reply = real.answer_question("er det mere eller mindre end sidste år", current=first.topic)
    assert reply is None or "2023" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "jeg er blevet enke og sidder alene, er der noget hvor man kan møde andre over nettet",
        "findes der noget hvor min far kan snakke med nogen over skærmen, han er så ensom",
        "har kommunen noget med besøgsvenner på video eller fællesskaber online",
    ],
)
def test_others_over_the_net(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == "sociale_teknologier", reply
    assert _says(reply, "fællesskab") and _says(reply, "besøgsven")


def test_family_over_a_screen_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question(
        "min mor er ensom og bor langt væk, kan man snakke med hende over en skærm"
    )
    assert reply is not None and reply.topic == "skaermsamvaer_med_paaroerende", reply
    named = real.answer_question("hvad er online fællesskaber")
    assert named is not None and named.topic == "online_faellesskaber"


@pytest.mark.parametrize(
    "text",
    ["hvem ska a snak mæ om å få sån en", "hvor ka a få sån en", "hvem ska a ring te for å få en"],
)
def test_getting_one_said_in_jutlandic(real: Answerer, text: str) -> None:
    first = real.suggest_for_need("jeg kan ikke komme op af stolen mere")
    assert first is not None and first.topic == "loeftestole"
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "visitation", "hjælpemiddelcenter", "kommune"), reply
