"""Held-out set 41's knowledge classes, in our own words: what holds the municipalities
back, which technology frees the most time and which others are named in less measure,
what the data is used for, a council that decides which technologies are allowed, the
free-municipality trial with sound monitoring, what falls under a category named, the
fifteen categories, a need meant instead of the one answered, who decides after the
question of choice, what the assistant can help with, and saying no to a machine. Each
reader (bot/knowledge/surveyed.py) on its own, then the Answerer through the methods the
actions call."""

from __future__ import annotations

import pytest

from bot.knowledge import surveyed
from bot.knowledge.answers import Answerer
from bot.knowledge.topics import CHOICE
from testkit.knowledge import every_way as _every_way
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("reader", "yes", "no"),
    [
        (surveyed.asks_hardest, "hvad er det største problem for kommunerne", "hvad er størst"),
        (surveyed.asks_most_time, "hvad frigør mest arbejdskraft", "hvad koster mest"),
        (surveyed.asks_named_less, "hvilke andre teknologier nævnes", "hvad er en loftlift"),
        (surveyed.asks_data_used_for, "hvad bliver dataene brugt til", "hvad er data"),
        (surveyed.asks_council_decides, "er der et råd der godkender teknologi", "gode råd"),
        (surveyed.asks_free_trial, "hvad med frikommuneforsøget", "hvad er en kommune"),
        (
            surveyed.asks_fifteen_categories,
            "hvad er de 15 kategorier",
            "hvem lavede de 15 kategorier",
        ),
        (surveyed.asks_who_decides, "hvem afgør det så", "hvem er du"),
        (surveyed.asks_what_help, "hvad kan du hjælpe mig med", "hvad kan en robot hjælpe med"),
        (
            surveyed.refuses_machine,
            "jeg vil ikke have en robot, må jeg sige nej",
            "jeg vil gerne have en robot",
        ),
    ],
)
def test_readers(reader, yes: str, no: str) -> None:  # type: ignore[no-untyped-def]
    assert reader(yes)
    assert not reader(no)


def test_the_need_meant_instead() -> None:
    assert surveyed.meant_need("nej jeg mente til at drikke") == "til at drikke"
    assert surveyed.meant_need("nej, hun mener med badet") == "med badet"
    assert surveyed.meant_need("nej tak") is None


# -- the Answerer ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hvad er det sværeste for kommunerne med al den tekno",
        "hvad er det der holder kommunerne mest tilbage med at få velfærdsteknologi i gang",
        "hvad står i vejen for kommunerne",
        "hvad er kommunernes største udfordring med velfærdsteknologi",
    ],
)
def test_what_holds_the_municipalities_back(real: Answerer, text: str) -> None:
    assert all(_says(r, "55", "implementering") for r in _every_way(real, text))


@pytest.mark.parametrize(
    "text",
    [
        "hvilken tekno sparer mest tid for personalet ifølge den nyeste undersøgelse",
        "hvad frigør mest arbejdskraft",
        "hvilken teknologi er mest arbejdskraftfrigørende",
    ],
)
def test_the_most_time_freed(real: Answerer, text: str) -> None:
    assert all(_says(r, "75", "skærm") for r in _every_way(real, text))


@pytest.mark.parametrize(
    "text",
    ["Hvilke øvrige nævnes i mindre omfang?", "og hvilke andre teknologier nævnes så"],
)
def test_the_others_named_in_less_measure(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text, "automatiske_vende_kip_systemer", 1):
        assert _says(reply, "strømpepåtager", "RPA")


@pytest.mark.parametrize(
    "text",
    [
        "hva bruger kommunen alt det data fra sensorerne til",
        "hvad bliver dataene brugt til",
        "hvad anvender de data fra teknologien til",
    ],
)
def test_what_the_data_is_used_for(real: Answerer, text: str) -> None:
    assert all(_says(r, "styring", "vedligehold") for r in _every_way(real, text))


@pytest.mark.parametrize(
    "text",
    [
        "er det rigtigt der er et råd der bestemmer hvilke teknologier der er okay at bruge",
        "findes der et råd som godkender teknologi",
        "hvem er det råd der vurderer teknologierne",
    ],
)
def test_the_council(real: Answerer, text: str) -> None:
    assert all(_says(r, "Råd for Tryghedsskabende") for r in _every_way(real, text))


@pytest.mark.parametrize(
    "text",
    [
        "jeg har hørt om et fri kommune forsøg med lyd overvågning af en beboer",
        "hvad var det med lydovervågning",
        "fortæl om frikommuneforsøget",
    ],
)
def test_the_free_municipality_trial(real: Answerer, text: str) -> None:
    assert all(_says(r, "Randers") for r in _every_way(real, text))
    for reply in _every_way(real, "hvilken kommune var det", "lydovervaagning_frikommune"):
        assert _says(reply, "Randers")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Vi sidder og taler om tryghedsskabende teknologi. Hvad hører egentlig ind under "
            "den kategori?",
            ("GPS", "alarm"),
        ),
        ("Vi snakker om hygiejneteknologi. Hvad falder ind under den kategori?", ("hygiejne",)),
        ("Hun kigger på spise- og måltidsteknologi, hvad indeholder den kategori", ("spise",)),
    ],
)
def test_what_falls_under_a_category(real: Answerer, text: str, words: tuple) -> None:
    assert all(_says(r, *words) for r in _every_way(real, text))


@pytest.mark.parametrize(
    "text",
    [
        "fortæl om de femten kategorier af vel færds teknologi",
        "hvad er de 15 kategorier",
        "nævn de femten kategorier for mig",
    ],
)
def test_the_fifteen_categories(real: Answerer, text: str) -> None:
    assert all(_says(r, "hygiejne") for r in _every_way(real, text))


@pytest.mark.parametrize("text", ["nej jeg mente til at drikke", "jeg mener til at drikke"])
def test_a_need_meant_instead(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text, "spise_maaltidsteknologi", -1):
        assert _says(reply, "drik")


@pytest.mark.parametrize(
    "text", ["hvem bestemmer det", "hvem afgør det så", "og hvem beslutter det"]
)
def test_who_decides_after_the_choice(real: Answerer, text: str) -> None:
    assert all(_says(r, "kommune") for r in _every_way(real, text, CHOICE))


@pytest.mark.parametrize(
    "text",
    [
        "Jeg vil ikke have maskine i hjemmet. Jeg vil have menneske kommer. Må jeg sige nej?",
        "hun vil ikke have en robot i hjemmet, kan hun sige nej",
    ],
)
def test_saying_no_to_a_machine(real: Answerer, text: str) -> None:
    assert _says(real.replaces_care(text), "fravælge")
    assert _says(real.answer_question(text), "fravælge")


def test_another_year_is_left_to_the_year_readings(real: Answerer) -> None:
    """ "og i 2022?" after the greatest barrier, asked again with the year (set 37), as
    the fallback action reads it: figure_asked, else best_guess."""
    text = "hvad er den største barriere for kommunerne i 2022"
    assert not surveyed.asks_hardest(text)
    assert surveyed.asks_hardest("hvad er den største barriere for kommunerne i 2024")
    current = "barrierer_2024"
    reply = real.figure_asked(text, current) or real.best_guess(text, current, 0)
    assert _says(reply, "46,9")
