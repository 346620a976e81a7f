"""Sets 24 and 25, the knowledge classes: a practical question naming a technology
after a subject of ethics, what a technology gives the citizen, the year and the year
before of a figure just told, who made a document just talked about, the pool's report,
who advises the minister, whether the municipalities think it gives a better life, help
against a need, a thing named that might help, what a residence uses, a category asked
precisely, and the survey's most time-freeing technologies. Own sentences, not the
held-out ones."""

from __future__ import annotations

import pytest

from bot.knowledge import asked as read
from bot.knowledge.answers import Answer, Answerer
from bot.knowledge.benefit import asks_benefit


def _has(reply: Answer | None, *expected: str) -> bool:
    return reply is not None and any(e.lower() in reply.text.lower() for e in expected)


# -- a practical question naming a technology, after a subject of ethics ---------------


def test_the_price_of_a_thing_named_after_the_ethics_of_choice(real: Answerer) -> None:
    told = real.follow_up(
        "og hvad koster en rollator egentlig", "etik_frivillighed_kontrol_gennemsigtighed", 1
    )
    assert told is not None and told.topic == "rollatorer"
    assert _has(told, "visitation", "hjælpemiddel")


# -- what a technology gives the citizen -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hvad får brugerne egentlig ud af den",
        "hvad kan beboerne få ud af det",
        "hvad er fordelene for ham ved den",
        "hvilke fordele giver det",
    ],
)
def test_benefits_asked_in_other_words(text: str) -> None:
    assert asks_benefit(text), text


def test_what_the_citizen_gets_from_screen_visits(real: Answerer) -> None:
    told = real.benefit_follow_up("hvad får de ældre ud af den", "skaermbesoeg", 0)
    assert _has(told, "fleksib", "diskret")


def test_advantages_taken_for_examples_are_the_advantages(real: Answerer) -> None:
    told = real.examples_asked("hvad er fordelene for ham ved den", [], "apps_og_tablets")
    assert told is not None and not told.text.startswith("Det hører til")


# -- the year, and the year before, of the figure just told ------------------------------


@pytest.mark.parametrize("text", ["hvad med året inden", "og det foregående år?"])
def test_the_year_before_is_the_earlier_figure(real: Answerer, text: str) -> None:
    told = real.answer_question(text, current="barrierer_2024", current_index=0)
    assert _has(told, "55,6")


def test_the_year_before_in_the_fallback(real: Answerer) -> None:
    assert _has(real.best_guess("hvad med året inden", "barrierer_2024", 0), "2023")


def test_which_year_is_the_sentence_just_told(real: Answerer) -> None:
    told = real.fact_follow_up("hvilket årstal snakker vi om", "rekruttering_2024", 0)
    assert _has(told, "2028")


def test_a_year_unasked_is_not_read_as_one() -> None:
    assert not read.asks_year_before("min mor flyttede ind året før krigen sluttede")


# -- who made the document just talked about --------------------------------------------


def test_who_wrote_it_right_after_the_survey(real: Answerer) -> None:
    told = real.answer_question("men hvem står egentlig bag", current="undersoegelse_2024")
    assert _has(told, "carenet", "teknologisk institut")


def test_who_wrote_it_right_after_the_status_report(real: Answerer) -> None:
    told = real.answer_question("hvem skrev den", current="statusrapport_2020")
    assert _has(told, "KL")


# -- the pool: a report afterwards ------------------------------------------------------


def test_a_report_after_the_pool_is_its_related_subject(real: Answerer) -> None:
    told = real.answer_question(
        "skal vi så sende en rapport efterfølgende", current="velfaerdsteknologipulje"
    )
    assert _has(told, "to gange", "afrapport")


# -- who advises the minister -----------------------------------------------------------


def test_who_advises_the_minister_on_alarms(real: Answerer) -> None:
    told = real.answer_question("hvem er det der rådgiver ministeren om alarmer og sensorer")
    assert _has(told, "tryghedsskabende velfærdsteknologi")


# -- a better life, in the survey ------------------------------------------------------


def test_do_the_municipalities_believe_in_a_better_life(real: Answerer) -> None:
    told = real.answer_question("tror kommunerne på at teknologien giver de ældre et bedre liv?")
    assert _has(told, "93,8")


# -- the declaration's principles in other words ----------------------------------------


def test_the_declarations_basic_ideas_are_its_principles(real: Answerer) -> None:
    told = real.answer_question("hvilke grundtanker bygger KL's erklæring på", prefer_topics=True)
    assert _has(told, "individuelle", "medmenneskelige")


# -- help against a need, not the ethics that shares its word --------------------------


def test_technology_against_loneliness_is_social_technology(real: Answerer) -> None:
    told = real.answer_question(
        "min far er helt ensom efter han flyttede, findes der teknologi imod ensomhed?",
        prefer_topics=True,
    )
    assert told is not None and told.topic != "etik_kontakt_frihed_ensomhed"
    assert _has(told, "besøgsven", "fællesskab", "kontakt")


def test_a_thing_named_that_might_help_is_that_thing(real: Answerer) -> None:
    told = real.suggest_for_need("kan en robot hund berolige min morfar, han er ofte urolig")
    assert told is not None and told.topic == "robotkaeledyr"


# -- what a residence uses -------------------------------------------------------------


def test_what_the_residences_use_is_the_list(real: Answerer) -> None:
    told = real.answer_question(
        "hvilke teknologier bruger man på bostederne i regionen", prefer_topics=True
    )
    assert _has(told, "trædemåtte", "døralarm", "dør- og vinduesalarm")


# -- a category asked precisely ---------------------------------------------------------


def test_a_category_asked_concretely_names_what_it_covers(real: Answerer) -> None:
    told = real.answer_question("sanseteknologi, hvad dækker det mere konkret")
    assert _has(told, "sanserum", "musikterapi")


# -- the survey's most time-freeing technologies -----------------------------------------


def test_most_time_freed_is_screens_first(real: Answerer) -> None:
    told = real.answer_question("hvilke teknologier er mest arbejdskraftfrigørende")
    assert _has(told, "skærm")


def test_the_medicine_robot_sentence_names_screens_first(real: Answerer) -> None:
    told = real.kb.items["automatiske_doseringsmaskiner"].more
    assert any("75 %" in sentence for sentence in told)
