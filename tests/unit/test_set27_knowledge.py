"""Set 27, the knowledge classes: help against a need passed on by someone who asks for
another, who may get a technology just talked about, what "de der" thing named is, who
decides which technology or aid a citizen gets, where to get help with aids, and the
ethical questions themselves. Own sentences, not the held-out ones."""

from __future__ import annotations

import pytest

from bot.knowledge import asked as read
from bot.knowledge.answers import Answer, Answerer
from bot.knowledge.practical import Practical, classify
from bot.knowledge.reworded import without_frame
from bot.knowledge.topics import GETTING


def _has(reply: Answer | None, *expected: str) -> bool:
    return reply is not None and any(e.lower() in reply.text.lower() for e in expected)


# -- help against a need, passed on ------------------------------------------------------


def test_loneliness_passed_on_gets_social_technology(real: Answerer) -> None:
    told = real.suggest_for_need(
        "en ældre dame vil gerne vide om der er noget imod ensomhed, hun har været alene"
        " siden hun blev enke"
    )
    assert told is not None and told.topic == "sociale_teknologier", told
    assert _has(told, "besøgsven", "fællesskab")
    assert not _has(told, "skærme og infotavler")


def test_loneliness_passed_on_in_the_fallback(real: Answerer) -> None:
    told = real.best_guess("en kvinde her vil vide om der er noget der hjælper imod ensomhed")
    assert told is not None and told.topic != "etik_kontakt_frihed_ensomhed", told
    assert _has(told, "besøgsven", "fællesskab", "social")


def test_a_frame_is_taken_off_a_yes_or_no_question_only() -> None:
    assert without_frame("en kunde spørger om der er noget mod uro") == "der er noget mod uro"
    kept = "min mor spørger om det samme hele tiden"
    assert without_frame(kept) == kept


def test_asking_again_and_again_is_still_a_need(real: Answerer) -> None:
    told = real.suggest_for_need("min far spørger hele tiden hvornår hjemmeplejen kommer")
    assert told is not None and told.topic == "skaerme_og_infotavler", told


# -- who may get the technology just talked about -----------------------------------------


@pytest.mark.parametrize(
    ("text", "current"),
    [("og hvem må få sådan en", "loeftestole"), ("hvem har ret til den", "gps_systemer")],
)
def test_who_may_get_it_is_the_municipalitys(real: Answerer, text: str, current: str) -> None:
    told = real.follow_up(text, current, 0)
    assert told is not None and told.topic == current, told
    assert _has(told, "visitation") and _has(told, "kommune") and told.refer
    helps = real.kb.items[current].helps
    assert helps is not None and told.text.startswith(helps)  # whom it helps, first


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hvem ka få sådan en", Practical.GET),
        ("hvem har ret til den", Practical.GET),
        ("hvem kan få glæde af den", None),
        ("hvem er den til", None),
    ],
)
def test_who_may_get_it_is_read_as_getting_it(text: str, kind: Practical | None) -> None:
    assert classify(text) is kind, text


# -- what "de der" thing named is ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "hvad er det der mindste indgriben princip som alle taler om",
            "mindste_indgriben_princippet",
        ),
        ("hvad er den der positivliste man hører om", "positivliste_128a"),
    ],
)
def test_the_thing_after_de_der_is_what_is_asked(real: Answerer, text: str, topic: str) -> None:
    told = real.answer_question(text, prefer_topics=True)
    assert told is not None and told.topic == topic, told


def test_three_bottom_lines_said_with_de_der_in_the_fallback(real: Answerer) -> None:
    told = real.best_guess("hvad var de der 3 bundlinjer som politikerne altid nævner")
    assert told is not None and told.topic == "tre_bundlinjer", told
    assert _has(told, "borgerne") and _has(told, "medarbejderne") and _has(told, "ressourcer")


def test_de_der_before_a_clause_names_nothing() -> None:
    assert read.asks_what_those_are("hvad er det der mindste indgriben")
    assert not read.asks_what_those_are("hvad er det nu det hedder")


# -- who decides which technology or aid a citizen gets ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bestemmer kommunen hvad for et hjælpemiddel min mor skal have",
        "min nabo spørger hvem der afgør om hans kone kan få et hjælpemiddel",
    ],
)
def test_who_decides_what_a_citizen_gets(real: Answerer, text: str) -> None:
    for told in (real.answer_question(text, prefer_topics=True), real.best_guess(text)):
        assert told is not None and told.topic == GETTING, (text, told)
        assert _has(told, "visitation") and told.refer


def test_how_the_municipalities_choose_what_to_buy_is_not_a_citizens_aid() -> None:
    assert not read.asks_who_decides_what_one_gets(
        "hvordan bestemmer kommunerne hvilken teknologi der skal købes ind"
    )


def test_on_a_residence_the_council_decides(real: Answerer) -> None:
    told = real.answer_question(
        "er det kommunen der bestemmer om hun kan få en døralarm på bostedet"
    )
    assert told is None or told.topic != GETTING, told


# -- where to get help with aids ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mormor ser meget dårligt, hvem kan hjælpe os med at skaffe hjælpemidler til hende",
        "min onkel har fået parkinson, hvor søger man hjælp til et hjælpemiddel",
    ],
)
def test_the_way_to_aids_is_the_visitation(real: Answerer, text: str) -> None:
    for told in (real.best_guess(text), real.answer_question(text), real.answer_specific(text)):
        assert told is not None and told.topic == GETTING, (text, told)
        assert told.refer  # the action adds the number to call


def test_the_difference_between_aids_and_technology_is_still_the_definition(
    real: Answerer,
) -> None:
    told = real.answer_question("hvad er forskellen på et hjælpemiddel og velfærdsteknologi")
    assert told is not None and told.topic == "velfaerdsteknologi_og_hjaelpemidler", told


def test_help_to_get_a_thing_named_is_that_things_answer(real: Answerer) -> None:
    told = real.answer_question("hvor kan vi få hjælp til at få en rollator")
    assert told is not None and told.topic == "rollatorer", told


# -- the ethical questions themselves ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["hvilke etiske dilemmaer kan teknologien give", "hvilke etiske spørgsmål rejser robotter"],
)
def test_which_ethical_questions_are_the_four(real: Answerer, text: str) -> None:
    told = real.answer_question(text, prefer_topics=True)
    assert told is not None and told.topic == "etiske_spoergsmaal", told
    assert _has(told, "privatliv") and _has(told, "frivillighed")


def test_the_declarations_contents_are_still_its_contents(real: Answerer) -> None:
    told = real.answer_question("hvad indeholder KL's fælles erklæring", prefer_topics=True)
    assert told is not None and told.topic == "kl_faelles_erklaering", told
