"""Sets 19 and 20, the knowledge classes: a question the model was unsure of, follow-ups
in context, the surveys' figures asked in other words, the pool's rules, who approves an
alarm on a residence, surveillance, the chat's own privacy. Own sentences, not the
held-out ones."""

from __future__ import annotations

import pytest

from bot.conversation.reading import asks_about_my_data
from bot.knowledge.answers import Answer, Answerer


def _has(reply: Answer | None, *expected: str) -> bool:
    return reply is not None and any(e.lower() in reply.text.lower() for e in expected)


# -- a question the model was unsure of, read as a plain question in context ----------


def test_how_often_after_the_council_is_its_meetings(real: Answerer) -> None:
    told = real.unsure_question(
        "og hvor ofte mødes de så", "raad_for_tryghedsskabende_velfaerdsteknologi", 0
    )
    assert _has(told, "2-3 gange")


def test_a_few_words_going_on_are_about_the_subject(real: Answerer) -> None:
    told = real.unsure_question("fx om natten?", "data_og_teknologi", 0)
    assert _has(told, "døgnrytme", "søvnkvalitet")


def test_a_remark_that_is_no_question_is_not_guessed(real: Answerer) -> None:
    assert real.unsure_question("det var en dejlig dag i går", "data_og_teknologi", 0) is None


# -- the surveys' figures in other words ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("der står at der kommer til at mangle mange hænder i hjemmeplejen, hvor mange", "40.000"),
        ("hvad tror kommunerne manglen på arbejdskraft betyder for de gamle", "57,7"),
        (
            "hvor stor en del af kommunerne overvejer at bruge mere teknologi fordi de mangler"
            " hænder",
            "96,2",
        ),
        ("hvor mange procent vil bruge mere vt fordi de mangler personale", "96,2"),
        ("hvad synes kommunerne selv at teknologien giver dem", "livskvalitet"),
        ("hvilke teknologier sparer faktisk mest tid for personalet", "skærmteknologi"),
        ("hvilke råd har kommunerne til andre om at få succes med det", "ledelsesfokus"),
        ("hvilke barrierer er der ud over implementeringen", "47,5"),
        ("hvad er KL's landkort over velfærdsteknologi", "1.450"),
    ],
)
def test_survey_figures_in_other_words(real: Answerer, text: str, expected: str) -> None:
    assert _has(real.answer_question(text), expected), text


def test_still_using_more_technology_ahead_is_the_larger_effort(real: Answerer) -> None:
    told = real.answer_question("regner kommunerne med at bruge mere velfærdsteknologi fremover")
    assert _has(told, "83,8")


def test_considering_more_after_the_shortage(real: Answerer) -> None:
    told = real.answer_question(
        "og tænker kommunerne på at bruge mere teknologi så", current="rekruttering_2024"
    )
    assert _has(told, "96,2")


# -- follow-ups about what was just said -----------------------------------------------


def test_how_many_do_it_is_the_sentence_just_said(real: Answerer) -> None:
    told = real.best_guess("hvor mange kommuner har det", "skaermbesoeg_erfaringer", 1)
    assert _has(told, "tredjedel")


@pytest.mark.parametrize("text", ["og hvor mange er i tvivl om det", "men hvor mange ved det ikke"])
def test_those_who_do_not_know(real: Answerer, text: str) -> None:
    told = real.unsure_question(text, "oekonomisk_besparelse_2024", 0)
    assert _has(told, "11,3")


def test_what_about_a_thing_on_the_subjects_list(real: Answerer) -> None:
    told = real.answer_question(
        "og hvad med virtual reality", current="muligheder_paa_socialomraadet"
    )
    assert _has(told, "erindringsterapi")


def test_what_does_it_do_after_a_technology(real: Answerer) -> None:
    told = real.answer_question("hvad laver den så egentlig", current="loeftestole")
    assert told is not None and told.topic == "loeftestole"
    assert told.text == real.kb.items["loeftestole"].summary


def test_why_no_products_in_the_pamphlets(real: Answerer) -> None:
    told = real.unsure_question("hvorfor nævner de ingen produkter i dem", "teknologipjecer", 0)
    assert _has(told, "reklamere")


# -- the pool's rules -----------------------------------------------------------------


def test_reporting_back_on_the_pool(real: Answerer) -> None:
    told = real.answer_question("skal man melde tilbage når man har fået penge fra puljen")
    assert _has(told, "to gange", "afrapport")


def test_the_pool_for_something_already_running(real: Answerer) -> None:
    told = real.answer_question("kan pengene fra puljen bruges til noget der kører i drift")
    assert _has(told, "endnu ikke")


# -- the social area: who approves, the law, why it takes long --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hvem skal godkende en gps til en beboer på et bosted",
        "hvem er det som godkender en alarm på døren til en voksen på et opholdssted",
    ],
)
def test_who_approves_an_alarm_on_a_residence(real: Answerer, text: str) -> None:
    assert _has(real.answer_question(text), "kommunalbestyrelse"), text
    assert _has(real.best_guess(text), "kommunalbestyrelse"), text


def test_the_legal_basis_for_alarms_for_adults(real: Answerer) -> None:
    told = real.answer_question("hvad er lovgrundlaget for alarmer til voksne på bosteder")
    assert _has(told, "serviceloven", "magtanvendelse")


@pytest.mark.parametrize(
    "text",
    [
        "hvorfor varer det så længe at få lov til en døralarm",
        "hvorfor tager det så lang tid før man får godkendt en sensor på bostedet",
    ],
)
def test_why_approval_takes_long(real: Answerer, text: str) -> None:
    assert _has(real.answer_question(text), "lang proces"), text


def test_how_long_learning_takes_is_no_approval(real: Answerer) -> None:
    told = real.answer_question("hvor lang tid tager det at lære at bruge en tablet")
    assert not _has(told, "lang proces")


# -- surveillance, taken for a wish to talk to a person --------------------------------


@pytest.mark.parametrize(
    "text", ["men så bliver han jo overvåget hele tiden", "er det ikke et indgreb i privatlivet"]
)
def test_surveillance_gets_privacy_and_care(real: Answerer, text: str) -> None:
    assert _has(real.watching_asked(text), "overvågning", "privatliv"), text


def test_a_wish_for_a_person_is_no_surveillance(real: Answerer) -> None:
    assert real.watching_asked("jeg vil gerne tale med et menneske") is None


# -- aids asked for in a long sentence -------------------------------------------------


def test_support_stockings_get_the_aid(real: Answerer) -> None:
    told = real.best_guess(
        "far kan ikke selv få sine støttestrømper på om morgenen, findes der noget til det"
    )
    assert _has(told, "strømpepåtager")


# -- the chat's own privacy, asked for the citizens -------------------------------------


def test_what_happens_to_what_citizens_write_is_privacy() -> None:
    assert asks_about_my_data("hvad sker der egentlig med de oplysninger borgerne skriver her")
    assert asks_about_my_data("jeg hjælper på biblioteket, hvad sker der med det folk taster ind")
    assert not asks_about_my_data("hvad sker der med min mor hvis hun falder")


def test_support_stockings_taken_for_a_need_get_the_aid(real: Answerer) -> None:
    told = real.answer_specific(
        "far skal have kompressionsstrømper på og kan ikke selv, findes der noget hjælp til det"
    )
    assert _has(told, "strømpepåtager")
    assert (
        real.answer_specific("min mor glemmer sin medicin, findes der noget hjælp til det") is None
    )


def test_a_verb_first_question_going_on_is_in_context(real: Answerer) -> None:
    told = real.unsure_question(
        "og overvejer de så at satse mere på teknologi", "rekruttering_2024", 0
    )
    assert _has(told, "96,2")


def test_a_category_asked_its_category(real: Answerer) -> None:
    told = real.categories_asked("hvilken kategori hører det under", "traeningsteknologi")
    assert "selv en af KL's 15 kategorier" in told.text


def test_what_the_staff_get_out_of_it_after_a_technology(real: Answerer) -> None:
    told = real.best_guess("og hvad får de ansatte ud af det", "skaermbesoeg", 0)
    assert told is not None and told.topic == "skaermbesoeg"


def test_spoken_ka_is_kan(real: Answerer) -> None:
    told = real.answer_question("ka pengene fra puljen bruges til noget der kører i drift")
    assert _has(told, "endnu ikke")


def test_does_it_stands_for_what_was_said(real: Answerer) -> None:
    told = real.best_guess("og hvor mange kommuner gør det", "skaermbesoeg_erfaringer", 1)
    assert _has(told, "tredjedel")
    # "at gøre" in "har med velfærd at gøre" is no stand-in: the thing named
    told = real.answer_question("hvad har en robotstøvsuger med velfærd at gøre")
    assert told is not None and told.topic == "robotstoevsugere"
