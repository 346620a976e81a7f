"""Held-out set 35's knowledge classes, in our own words: loneliness told with a wish for
help (the social technologies, not the ethics of loneliness), a machine that cleans asked
for, KL's categories to be listed, technology instead of home care asked with a worry
after it, more of one's medicine asked (never advice), who approves or answers for a
thing, a question whose remark names its kind, whether what was just told is allowed or
may be done elsewhere, and who made an evaluation and when. Each goes through the
Answerer methods the actions call (actions/knowledge.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.advice import asks_medical_advice
from bot.knowledge.answers import Answer, Answerer


def _asked(real: Answerer, text: str) -> list[Answer | None]:
    """A question as the model's question, and as a sentence it was unsure of."""
    return [real.answer_question(text), real.best_guess(text)]


# -- loneliness told, help asked --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "min svigerfar har været alene siden konen døde, findes der noget teknologi til ham",
        "hun føler sig ensom om aftenen, har du nogle forslag",
        "naboen sidder så alene derhjemme, er der noget der kan hjælpe hende",
    ],
)
def test_loneliness_told_gets_the_social_technologies(real: Answerer, text: str) -> None:
    for reply in [*_asked(real, text), real.suggest_for_need(text)]:
        assert reply is not None and reply.topic == "sociale_teknologier", reply
        assert "fællesskab" in reply.text or "besøgsven" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    ["gør al den teknologi ikke de gamle mere ensomme", "bliver man ikke isoleret af skærme"],
)
def test_the_worry_of_lonelier_still_gets_the_ethics(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == "etik_kontakt_frihed_ensomhed", reply


# -- a machine that cleans --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "er der en maskine der kan støvsuge for min mor",
        "kender du nogen robot som kan vaske gulvene hos en ældre dame",
    ],
)
def test_a_machine_that_cleans_is_cleaning_technology(real: Answerer, text: str) -> None:
    for reply in _asked(real, text):
        assert reply is not None and "robotstøvsuger" in reply.text, reply
        assert reply.topic != "desinficeringsmaskiner", reply


# -- KL's categories listed -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ramse lige alle femten kategorier op for mig, jeg skal bruge det til et møde",
        "jeg vil gerne have en oversigt over kategorierne",
    ],
)
def test_listing_the_categories_lists_them(real: Answerer, text: str) -> None:
    reply = real.categories_asked(text, None)
    assert reply.topic == "kategorioversigt" and "15 kategorier" in reply.text, reply


# -- instead of home care, with a worry after it --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "skal skærmen afløse hjemmeplejen? så ser hun jo færre mennesker",
        "Overtager robotterne personalets arbejde? min mor er bekymret for besøgene",
    ],
)
def test_instead_of_care_with_a_worry_is_a_supplement(real: Answerer, text: str) -> None:
    for reply in _asked(real, text):
        assert reply is not None and "supplement" in reply.text, reply


# -- more of one's medicine -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "må hun godt få lidt mere af hendes smertestillende om natten",
        "kan man øge dosis af hans blodtryksmedicin når han er dårlig",
        "må min mor tage mere af sin sovemedicin i weekenden",
    ],
)
def test_more_of_ones_medicine_is_advice(text: str) -> None:
    assert asks_medical_advice(text)


@pytest.mark.parametrize(
    "text",
    ["kan han få mere medicin i sin medicindispenser", "kan min far få mere hjælp fra robotten"],
)
def test_more_from_a_technology_is_no_advice(text: str) -> None:
    assert not asks_medical_advice(text)


# -- who approves or answers for a thing --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("hvem har egentlig ansvaret for at bevilge en sensormadras til min mor", "sensormadras"),
        ("er det egen læge som skal sige god for et nødkald", "alarm"),
    ],
)
def test_who_approves_is_the_municipality(real: Answerer, text: str, named: str) -> None:
    for reply in _asked(real, text):
        assert reply is not None and "kommune" in reply.text and named in reply.text, reply


# -- a question whose remark names its kind ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "hvad går telemedicin ud på? min far har KOL og sygehuset vil starte det op",
            "telekol",
        ),
        (
            "hvad er telemedicin egentlig? hendes hjertesvigt skal følges af sygehuset",
            "telemedicin_hjertesvigt",
        ),
    ],
)
def test_a_remark_naming_its_kind_gets_the_kind(real: Answerer, text: str, topic: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == topic, reply


def test_a_remark_naming_nothing_keeps_the_thing(real: Answerer) -> None:
    reply = real.answer_question("hvad er telemedicin? jeg hørte om det i radioen i går")
    assert reply is not None and reply.topic == "telemedicin", reply


# -- allowed, or elsewhere too, right after a subject ------------------------------------


@pytest.mark.parametrize(
    "then",
    [
        "er det i det hele taget lovligt at gøre sådan",
        "kunne vores kommune også gøre noget lignende?",
        "må de egentlig det?",
    ],
)
def test_allowed_after_a_subject_gets_its_law(real: Answerer, then: str) -> None:
    told = real.answer_question("fortæl om lydovervågningen i randers")
    assert told is not None and told.topic == "lydovervaagning_frikommune"
    for reply in [
        real.answer_question(then, current=told.topic, current_index=told.more_index),
        real.best_guess(then, told.topic, told.more_index),
        real.follow_up(then, told.topic, told.more_index),
    ]:
        assert reply is not None and "Serviceloven" in reply.text, reply
        assert reply.topic == told.topic, reply


def test_allowed_with_no_subject_is_no_law_here(real: Answerer) -> None:
    assert real._law_here("er det i det hele taget lovligt at gøre sådan", None) is None


# -- who made an evaluation and when ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hvem stod bag evalueringen af frikommuneforsøget, og hvilket år kom den",
        "hvem evaluerede frikommunernes forsøg med teknologiske hjælpemidler og hvornår",
    ],
)
def test_who_evaluated_and_when(real: Answerer, text: str) -> None:
    for reply in _asked(real, text):
        assert reply is not None and "VIVE" in reply.text and "2021" in reply.text, reply


@pytest.mark.parametrize(
    "then",
    [
        "hvem afgør om hun får den i stedet for at hjemmeplejen kommer forbi",
        "hvem bestemmer egentlig om min mor skal bruge sådan en",
    ],
)
def test_who_decides_right_after_a_thing(real: Answerer, then: str) -> None:
    told = real.answer_question("hvad er en medicindispenser")
    assert told is not None and told.topic == "automatiske_doseringsmaskiner"
    for reply in [
        real.answer_question(then, current=told.topic, current_index=told.more_index),
        real.best_guess(then, told.topic, told.more_index),
    ]:
        assert reply is not None and "kommune" in reply.text, reply
        assert reply.topic == told.topic, reply
