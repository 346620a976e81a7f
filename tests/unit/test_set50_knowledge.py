"""Held-out set 50's knowledge classes, in our own words: what there is of the kind just
suggested or told; a thing asked after by what it is called; who uses the principle just
told; which the ethical questions are; when the report just told was made; how long the
council's approval takes; a count asked again with the fact's own verb; whether the
technology just told is instead of the home care; why the municipalities find the
technology hard (the barriers); and English words inside a Danish sentence (bot/core/
danish/borrowed.py). Each reader (bot/knowledge/resumed.py) on its own, then the
Answerer through the methods the actions call, with near misses that keep their
answers."""

from __future__ import annotations

import pytest

from bot.core.danish.borrowed import in_danish_words
from bot.inbound import as_read
from bot.knowledge import resumed, retold
from bot.knowledge.answers import Answerer
from testkit.knowledge import asked as _asked
from testkit.knowledge import every_way as _every_way
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("øh hvad er der så at få", True),
        ("og hva findes der ellers af sådan nogle", True),
        ("hvad kan man ellers få", True),
        ("hvilke andre ting findes der i den kategori", True),
        ("hvad er der af etiske spørgsmål", False),
        ("hvad findes der til folk med demens", False),
    ],
)
def test_what_there_is(text: str, yes: bool) -> None:
    assert resumed.asks_what_there_is(text) is yes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("min nabo snakker om noget der hedder Nethjælpen, hvad er det", "Nethjælpen"),
        ("der er en ting som kaldes skærmbesøg hvad går det ud på", "skærmbesøg"),
        ("hun har en ting der hedder en GPS", None),
    ],
)
def test_name_asked_about(text: str, name: str | None) -> None:
    assert resumed.name_asked_about(text) == name


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("og hvem bruger det så", True),
        ("hvem er det som arbejder efter det", True),
        ("hvem bruger mest velfærdsteknologi", False),
    ],
)
def test_who_uses(text: str, yes: bool) -> None:
    assert resumed.asks_who_uses(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvilke etiske overvejelser er der", True),
        ("hvad er de etiske spørgsmål ved det", True),
        ("er det etisk i orden", False),
    ],
)
def test_ethical_questions(text: str, yes: bool) -> None:
    assert resumed.asks_ethical_questions(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("okay og hvornår blev den udgivet", True),
        ("hvornår er rapporten fra", True),
        ("hvornår udkom den", True),
        ("hvornår kommer hjemmeplejen", False),
    ],
)
def test_when_made(text: str, yes: bool) -> None:
    assert resumed.asks_when_made(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvor lang tid tager det så", True),
        ("og hvor længe varer det normalt", True),
        ("tager det lang tid", True),
        ("hvor lang tid tager det at få en badestol", False),
    ],
)
def test_how_long(text: str, yes: bool) -> None:
    assert resumed.asks_how_long(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("skal det så være i stedet for hjemmehjælperen", True),
        ("bliver den i stedet for de rigtige besøg", True),
        ("kan jeg få en rollator i stedet for en stok", False),
    ],
)
def test_instead_of_care(text: str, yes: bool) -> None:
    assert resumed.asks_if_instead_of_care(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvorfor har kommunerne så svært ved at bruge teknologien", True),
        ("hvad står i vejen for velfærdsteknologi i kommunerne", True),
        ("min far har svært ved at rejse sig", False),
    ],
)
def test_why_hard(text: str, yes: bool) -> None:
    assert resumed.asks_why_hard(text) is yes


def test_a_count_asked_with_the_facts_own_verb() -> None:
    told = "Omkring 40 % af kommunerne bruger robotter til rengøring."
    assert retold.asked_again("og hvor mange bruger dem", told) == retold.HOW_MANY
    assert retold.asked_again("og hvor mange bruger dem", "") is None
    assert retold.asked_again("hvor mange kommuner har svaret", told) is None


# -- English words inside a Danish sentence -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("hvad koster en løftestol actually", "hvad koster en løftestol egentlig"),
        ("må de force min far til det", "må de tvinge min far til det"),
        ("bruger man en app instead of en kalender", "bruger man en app i stedet for en kalender"),
        ("how can I apply for it i kommunen", "hvordan søger jeg om det i kommunen"),
        ("hvad viste den survey om skærmbesøg", "hvad viste den undersøgelse om skærmbesøg"),
        ("kommunen struggler med at finde folk", "kommunen har svært ved at finde folk"),
    ],
)
def test_english_words_in_a_danish_sentence(said: str, meant: str) -> None:
    assert in_danish_words(said) == meant
    assert as_read(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "How do I apply for home care",
        "I want to apply for it at the office",
        "Is it instead of a nurse",
    ],
)
def test_an_english_sentence_keeps_its_english(said: str) -> None:
    assert in_danish_words(said) == said


# -- the Answerer ----------------------------------------------------------------------------


def test_what_there_is_after_a_suggestion(real: Answerer) -> None:
    first = real.suggest_for_need("min mor glemmer sin medicin hele tiden")
    assert first is not None
    for reply in _every_way(real, "øh hvad kan man så få", first.topic, first.more_index)[:3]:
        assert _says(reply, "doseringsmaskin"), reply


@pytest.mark.parametrize(
    "text", ["og hvad findes der ellers af sådan nogle", "hvad kan man ellers få af den slags"]
)
def test_others_of_the_kind_after_a_bed(real: Answerer, text: str) -> None:
    first = _asked(real, "hvad er en vendeseng")
    assert first is not None
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "vendelagen", "plejeseng", "sensormadras"), reply


@pytest.mark.parametrize(
    "text",
    [
        "min datter nævnte noget der hedder Teknoteket, hvad er det for noget",
        "der er et tilbud som hedder teknoteket hvad går det ud på",
    ],
)
def test_a_thing_asked_after_by_its_name(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text)[:3]:
        assert _says(reply, "bibliotek"), reply


def test_where_after_the_library_offer(real: Answerer) -> None:
    reply = real.answer_question("og hvor kan man finde det", current="teknoteket")
    assert _says(reply, "bibliotek")


@pytest.mark.parametrize("text", ["og hvem bruger det så", "hvem er det der arbejder efter det"])
def test_who_uses_the_principle(real: Answerer, text: str) -> None:
    first = _asked(real, "hvad går mindste indgriben princippet ud på")
    assert first is not None
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "Horsens"), reply


@pytest.mark.parametrize(
    "text",
    ["hvilke etiske overvejelser er der ved det", "hvad er de etiske spørgsmål, min far er bange"],
)
def test_the_ethical_questions_themselves(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text)[:3]:
        assert _says(reply, "overvågning", "privatliv", "ensomhed"), reply


@pytest.mark.parametrize("text", ["okay og hvornår blev den udgivet", "hvornår er den fra"])
def test_when_the_report_was_made(real: Answerer, text: str) -> None:
    first = _asked(real, "hvor mange kommuner svarede på KL's statusrapport fra 2020")
    assert first is not None
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "oktober 2020"), reply
        assert _says(reply, "statusrapport"), reply


@pytest.mark.parametrize("text", ["og hvor lang tid tager det så", "hvor længe varer det normalt"])
def test_how_long_the_council_takes(real: Answerer, text: str) -> None:
    first = _asked(real, "hvem godkender tryghedsskabende teknologi til en voksen på et bosted")
    assert first is not None and _says(first, "kommunalbestyrelse")
    for reply in _every_way(real, text, first.topic, first.more_index)[:3]:
        assert _says(reply, "kommunalbestyrelse"), reply
        assert _says(reply, "tage tid"), reply


def test_how_long_to_get_a_thing_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("hvor lang tid tager det at få en badestol")
    assert not _says(reply, "kommunalbestyrelse")


def test_a_count_of_the_thing_just_named(real: Answerer) -> None:
    # right after "Flest kommuner, omkring 75 %, nævner skærmteknologi …"
    here = "frigoere_arbejdskraft_2024"
    for text in ("og hvor mange procent nævner den", "hvor mange nævner det"):
        assert _says(real.fact_follow_up(text, here, 2), "75")
        assert _says(real.answer_question(text, current=here, current_index=2), "75")


@pytest.mark.parametrize(
    "text",
    [
        "skal det så være i stedet for hjemmehjælperen",
        "er det instead of at sygeplejersken kommer forbi?",
    ],
)
def test_instead_of_the_home_care(real: Answerer, text: str) -> None:
    first = _asked(real, "hvad er skærmbesøg")
    assert first is not None
    for reply in _every_way(real, as_read(text), first.topic, first.more_index)[:3]:
        assert _says(reply, "supplement", "menneske"), reply


@pytest.mark.parametrize(
    "text",
    [
        "hvorfor har kommunerne så svært ved at få velfærdsteknologien i brug",
        "hvad siger undersøgelsen fra 2024 om hvad der står i vejen for kommunerne",
        "hvad siger den survey fra 2024 om hvorfor kommunerne struggler med teknologien",
    ],
)
def test_why_the_municipalities_find_it_hard(real: Answerer, text: str) -> None:
    for reply in _every_way(real, as_read(text))[:2]:
        assert _says(reply, "implementering", "økonomi", "juridiske"), reply


def test_force_said_in_english_is_a_question_of_choice(real: Answerer) -> None:
    reply = real.answer_question(as_read("må kommunen force min mor til at få en skærm"))
    assert _says(reply, "fravælge", "vælge", "supplement"), reply
