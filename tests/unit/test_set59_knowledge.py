"""Held-out set 59's knowledge classes, in our own words: what a thing named in a story
is, asked at its end ("… hvad er det egentlig"); the benefit of the subject just told,
weighed against something ("… i stedet for at de kommer"); how many municipalities have
the subject just told; whether something may be given to one who cannot consent; and
when the subject just told was made. The readers (bot/knowledge/probed.py) on their own,
then the Answerer through the methods the actions call, with near misses that keep
their answers."""

from __future__ import annotations

import pytest

from bot.knowledge import probed
from bot.knowledge.answers import Answerer
from testkit.knowledge import every_way
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("min nabo har lige fået en sensormadras og jeg forstår ikke hvad det er", False),
        ("min far har fået en seddel om en spiserobot, hvad er det egentlig", True),
        ("vi har hørt om noget der hedder teknoteket på kommunen, hvad er det for noget", True),
        ("hvad er det egentlig", False),
        ("hvad er det", False),
    ],
)
def test_story_before_what_it_is(text: str, yes: bool) -> None:
    assert (probed.story_before_what_it_is(text) is not None) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("og hvad er fordelen for ham ved det i stedet for at de kommer hjem", True),
        ("hvad får hun ud af det frem for et almindeligt besøg", True),
        ("hvad er fordelene ved det sammenlignet med hjemmehjælpen", True),
        ("hvad er fordelen ved det", False),  # benefit.py's own
        ("kan hun få det i stedet for hjemmehjælp", False),
    ],
)
def test_asks_benefit_weighed(text: str, yes: bool) -> None:
    assert probed.asks_benefit_weighed(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvor mange kommuner har sådan noget", True),
        ("hvor mange af kommunerne bruger det til genoptræning", True),
        ("hvor stor en del af kommunerne har det i drift", True),
        ("hvor mange kommuner svarede på undersøgelsen", False),
        ("hvor mange borgere bruger det", False),
    ],
)
def test_asks_how_many_municipalities(text: str, yes: bool) -> None:
    assert probed.asks_how_many_municipalities(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Kan de sætte en døralarm op hos min mor, når hun ikke kan give samtykke?", True),
        ("må bostedet bruge en sensor uden hans samtykke", True),
        ("har kommunen lov til at give hende en GPS, selvom hun ikke forstår det", True),
        ("hvad er samtykke", False),
        ("må min far få en GPS", False),
    ],
)
def test_asks_without_consent(text: str, yes: bool) -> None:
    assert probed.asks_without_consent(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvornår blev den lavet", True),
        ("og hvornår blev det indført", True),
        ("hvornår kom den", True),
        ("fra hvornår gælder den", True),
        ("hvornår kommer hjemmeplejen", False),
        ("hvornår kan jeg få den", False),
    ],
)
def test_asks_when_made(text: str, yes: bool) -> None:
    assert probed.asks_when_made(text) is yes


# -- the Answerer, every way the actions ask it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "min mor har fået et brev fra kommunen om skærmbesøg, hvad er det egentlig",
            "skaermbesoeg",
        ),
        (
            "jeg er frivillig og en borger har fået tilbudt en spiserobot hvad er det for noget",
            "spiserobotter",
        ),
        (
            "naboen har fortalt min far om positivlisten hvad betyder det egentlig",
            "positivliste_128a",
        ),
    ],
)
def test_a_thing_named_in_a_story_is_defined(real: Answerer, text: str, topic: str) -> None:
    for reply in every_way(real, text):
        assert reply is not None and reply.topic == topic, reply
        item = real.kb.get(reply.topic)
        assert item is not None and reply.text == item.summary, reply


@pytest.mark.parametrize(
    "text",
    [
        "og hvad er fordelen for hende ved det i stedet for at de kommer hjem til hende",
        "hvad får han ud af det frem for at hjemmeplejen kører ud",
        "hvad er fordelene ved det sammenlignet med et almindeligt besøg",
    ],
)
def test_the_benefit_weighed_of_the_subject(real: Answerer, text: str) -> None:
    told = real.answer_question("hvad er skærmbesøg")
    assert told is not None and told.topic == "skaermbesoeg"
    replies = [*every_way(real, text, told.topic, told.more_index)]
    replies.append(real.benefit_follow_up(text, told.topic, told.more_index))
    for reply in replies:
        assert _says(reply, "fleksib", "diskret", "aftalt tid", "transport"), reply


@pytest.mark.parametrize(
    "text",
    [
        "hvor mange kommuner har sådan noget til genoptræning",
        "hvor stor en del af kommunerne har det i drift",
        "er det mange kommuner der har det",
    ],
)
def test_how_many_municipalities_have_it(real: Answerer, text: str) -> None:
    told = real.answer_question("hvad er træningsteknologi")
    assert told is not None and told.topic == "traeningsteknologi"
    for reply in every_way(real, text, told.topic, told.more_index):
        assert _says(reply, "halvdel"), reply
        assert _says(reply, "kommuner"), reply


def test_municipalities_answering_a_survey_keep_their_count(real: Answerer) -> None:
    reply = real.answer_question("hvor mange kommuner svarede på statusrapporten fra 2020")
    assert _says(reply, "91"), reply


@pytest.mark.parametrize(
    "text",
    [
        "Må kommunen sætte en døralarm op hos min mor, selvom hun ikke selv kan give samtykke?",
        "kan de give min bror en GPS uden hans samtykke, han har demens",
        "har bostedet lov til at bruge en sensor hos hende, når hun ikke kan sige ja til det",
    ],
)
def test_without_consent_gets_the_rules(real: Answerer, text: str) -> None:
    for reply in every_way(real, text):
        assert _says(reply, "samtykke"), reply
        assert _says(reply, "kommunalbestyrelse"), reply
        assert _says(reply, "magtanvendelse"), reply


@pytest.mark.parametrize(
    ("first", "then", "year"),
    [
        ("hvad er positivlisten", "hvornår blev den lavet?", "2021"),
        ("hvad er positivlisten", "og hvornår kom den til", "2021"),
        ("hvad er Råd for Tryghedsskabende Velfærdsteknologi", "hvornår blev det nedsat", "2021"),
    ],
)
def test_when_it_was_made(real: Answerer, first: str, then: str, year: str) -> None:
    told = real.answer_question(first)
    assert told is not None, first
    for reply in every_way(real, then, told.topic, told.more_index):
        assert reply is not None and reply.topic == told.topic, reply
        assert _says(reply, year), reply


def test_a_plain_what_is_it_after_a_subject_keeps_its_answer(real: Answerer) -> None:
    told = real.answer_question("hvad er skærmbesøg")
    assert told is not None
    reply = real.answer_question("hvad er det", current=told.topic, current_index=0)
    assert reply is None or reply.topic == "skaermbesoeg", reply
