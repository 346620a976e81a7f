"""New users' Danish, by class (held-out set 8): our own sentences of each class."""

from __future__ import annotations

import pytest

from bot.knowledge import replies
from bot.knowledge.answers import Answerer
from bot.knowledge.reworded import joined_compounds

# -- a survey figure asked in everyday words -----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("hvor mange kommuner synes det giver de ældre et bedre liv", "93,8"),
        ("hvor stor en andel mener at teknologien giver de gamle et godt liv", "93,8"),
        ("hvor mange hænder kommer vi til at mangle i ældreplejen", "40.000"),
    ],
)
def test_a_figure_asked_in_everyday_words(real: Answerer, text: str, figure: str) -> None:
    reply = real.best_guess(text)
    assert reply is not None and figure in reply.text, reply


def test_who_says_it_is_no_part_of_the_question(real: Answerer) -> None:
    """ "… ifølge KL" asked for the three kinds of data, not KL's other sentences."""
    reply = real.categories_asked(
        "hvilke slags data kommer der fra velfærdsteknologierne ifølge KL", None
    )
    assert "aktivitetsdata" in reply.text.lower(), reply


# -- ideas for a need told at length, asked "hvad kan man gøre med teknologi" --


def test_a_need_told_before_a_general_question_gets_ideas(real: Answerer) -> None:
    text = (
        "Min mor har demens og går nogle gange hjemmefra om aftenen uden at kunne finde "
        "tilbage. Hvad kan man gøre med teknologi?"
    )
    reply = real.best_guess(text)
    assert reply is not None and "gps" in reply.text.lower(), reply


# -- borrowing small aids, and brands ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "min nabo vil gerne afprøve nogle hjælpemidler før han køber dem. Hvor kan han det?",
        "jeg står her med en borger der gerne vil prøve et par små hjælpemidler af. Kan man låne dem?",
    ],
)
def test_small_aids_borrowed_or_tried_first_are_teknoteket(real: Answerer, text: str) -> None:
    for reply in (real.best_guess(text), real.answer_question(text)):
        assert reply is not None and "Teknoteket" in reply.text, reply


def test_a_brand_asked_for_is_not_recommended(real: Answerer) -> None:
    for text in (
        "hvilket mærke af spiserobot er det bedste",
        "kan I anbefale et firma der sælger robotstøvsugere",
    ):
        reply = real.best_guess(text)
        assert reply is not None and reply.text == replies.NO_BRANDS and reply.refer, reply
        assert "reklamere" in reply.text
    assert real.best_guess("hvad er en spiserobot") != real.best_guess("hvilket mærke er bedst")
    model = real.best_guess("hvad er den bedste model for en business case")
    assert model is None or model.text != replies.NO_BRANDS, model


# -- a technology described, not named, in a practical question ----------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("kan jeg få sådan en stol der løfter mig op gennem kommunen", "løftestole"),
        ("ka man få sån en robot som støvsuger af kommunen", "robotstøvsugere"),
    ],
)
def test_a_technology_described_gets_the_practical_answer(
    real: Answerer, text: str, named: str
) -> None:
    reply = real.best_guess(text)
    assert reply is not None and named in reply.text and "visitation" in reply.text, reply


# -- where a technology belongs, asked with the compound split -----------------


def test_a_compound_said_as_two_words_is_one() -> None:
    assert joined_compounds("er det velfærds teknologi") == "er det velfærdsteknologi"
    assert joined_compounds("hvad er et skærm besøg") == "hvad er et skærmbesøg"
    assert joined_compounds("min hjælpe midler") == "min hjælpemidler"
    assert joined_compounds("et fald i velfærden") == "et fald i velfærden"
    # "hvad er det for noget det der X man hører om" is "hvad er X"
    spoken = "hvad er det nu for noget den der skærm besøg som man læser om"
    assert joined_compounds(spoken) == "hvad er skærmbesøg"
    assert joined_compounds("hvad betyder den der demens teknologi") == (
        "hvad betyder demensteknologi"
    )
    assert joined_compounds("hvad er det der gør det svært") == "hvad er det der gør det svært"


def test_what_a_thing_is_asked_as_speech_says_it(real: Answerer) -> None:
    for text in (
        "øhm hvad er det lige for noget med velfærds teknologi",
        "hvad er det egentlig for noget det der velfærdsteknologi vi hører så meget om",
        "hvad betyder det der velfærds teknologi helt præcist",
    ):
        reply = real.answer_question(text)
        assert reply is not None and "Ifølge KL er velfærdsteknologi" in reply.text, reply


def test_is_my_aid_welfare_technology_gets_its_category(real: Answerer) -> None:
    reply = real.answer_question(
        "tæller min badestol egentlig som velfærds teknologi", entities=["Badestole"]
    )
    assert reply is not None and "hygiejne" in reply.text.lower(), reply
    assert reply.text.startswith("Ja. "), reply
    which = real.answer_question("hvilken kategori hører badestole til", entities=["Badestole"])
    assert which is not None and not which.text.startswith("Ja"), which


# -- a category suggested names two of its technologies -----------------------


def test_a_category_suggested_alone_names_its_technologies(real: Answerer) -> None:
    reply = real.suggest_for_need("jeg kan ikke længere føre skeen op til munden selv")
    assert reply is not None, reply
    if reply.text.startswith("Det kunne være spise- og måltidsteknologi"):
        # its technologies, the one whose problems fit the need best first (set 27)
        assert "for eksempel" in reply.text and "spiserobotter" in reply.text, reply
    assert replies.suggestions(["a"], ["b", "c"]) == (
        "Det kunne være a, for eksempel b eller c. Vil du høre mere om a?"
    )
