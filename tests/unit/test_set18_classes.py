"""New users' Danish, by class (held-out set 18, the web chat and Teams): our own
sentences of each class."""

from __future__ import annotations

import pytest

from bot.access.roster import Citizen
from bot.conversation.reading import asks_about_my_data
from bot.conversation.replies import about_aids
from bot.knowledge.advice import asks_medical_advice
from bot.knowledge.answers import Answerer
from bot.knowledge.reworded import main_clause
from bot.reminders.reading import reminder_what
from bot.staff.reading import in_citizen_words


def test_a_figure_asked_is_answered_with_the_subjects_figure(real: Answerer) -> None:
    told = real.figure_asked("hvor mange medarbjedere kommer vi til at mangle i 2028")
    assert told is not None and "40.000" in told.text
    # a need with "hvor mange" in it is no question for a figure of the documents
    assert real.figure_asked("hvor mange gange om dagen skal far have hjælp til at spise") is None


@pytest.mark.parametrize(
    "said",
    [
        "kan sådan en robot erstatte personalet",
        "skal skærmen så overtage hjemmehjælpens besøg",
        "får mor så stadig besøg af rigtige mennesker",
    ],
)
def test_technology_instead_of_people_is_the_supplement_answer(real: Answerer, said: str) -> None:
    told = real.replaces_care(said)
    assert told is not None and "supplement" in told.text


def test_a_name_ending_in_s_before_plan_is_its_genitive() -> None:
    jens = Citizen("jens", "Jens Olsen")
    assert in_citizen_words(jens, "skriv tandlæge i jens plan på fredag") == (
        "skriv tandlæge i min plan på fredag"
    )
    assert in_citizen_words(jens, "mind jens om kaffe") == "mind borgeren om kaffe"


def test_what_is_kept_of_what_one_writes_is_a_privacy_question() -> None:
    assert asks_about_my_data("hvad gemmer du om det jeg skriver")
    assert asks_about_my_data("hvor bliver det jeg fortæller af")
    assert not asks_about_my_data("hvor bliver bussen af")


def test_a_person_asked_for_aids_hears_who_decides() -> None:
    assert about_aids("hvem ringer jeg til for at få et hjælpemiddel")
    assert not about_aids("jeg vil tale med et menneske")


def test_a_question_passed_on_is_the_question() -> None:
    said = "en borger spørger hvad en loftslift er, det står på en seddel"
    assert main_clause(said) == "hvad er en loftslift"


def test_a_double_dose_for_a_forgotten_one_is_advice_asked() -> None:
    assert asks_medical_advice("kan jeg tage to når jeg har glemt den i går")
    assert not asks_medical_advice("må jeg tage to af mine børnebørn med")


def test_technology_against_a_need_is_no_question_about_ones_device(real: Answerer) -> None:
    said = "hun har en tablet men bruger den ikke. er der noget teknologi der kan hjælpe mod at hun keder sig"
    told = real.best_guess(said)
    assert told is None or "Nethjælpen" not in told.text


def test_against_ones_will_is_the_question_of_choice(real: Answerer) -> None:
    told = real.answer_question("kan mor få en faldalarm selvom hun siger hun ikke vil have den")
    assert told is not None and told.topic is not None and "etik" in told.topic


def test_a_reminder_frame_typed_in_a_hurry_is_not_what_to_remember() -> None:
    assert reminder_what("sæt påmindlese til borgeren om kalk", [], None) == "kalk"
    assert reminder_what("giv mig en påminelse om frisøren", [], None) == "frisøren"
