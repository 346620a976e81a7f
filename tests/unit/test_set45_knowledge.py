"""Held-out set 45's knowledge classes, in our own words: a yes/no question confirming a
detail of the subject just told; a question closed by "…, man taler om"; one of KL's
dilemmas named in a question of ethics; a thing meant instead of the one just answered,
and the category of the thing just told; what a thing helps with, asked last; what the
municipalities expect ahead after the gains; not knowing when the home care comes;
trying before buying, spoken; whether a relative may apply. Each reader
(bot/knowledge/followed.py) on its own, then the Answerer."""

from __future__ import annotations

import pytest

from bot.knowledge import followed
from bot.knowledge.answers import Answerer
from testkit.knowledge import asked as _asked
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("så er det frivillige som står for det?", "frivillige"),
        ("og er det på biblioteket, det foregår?", "pa biblioteket"),
        ("er det egentlig pensionister der underviser", "pensionister"),
        ("hvad er det for noget", None),
        ("er det kommunen der står bag det her", None),
        ("det er frivillige der hjælper", None),
    ],
)
def test_the_detail_asked_to_be_confirmed(text: str, detail: str | None) -> None:
    assert followed.confirmed_detail(text) == detail


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Hvad går de tre bundlinjer ud på, som man hører om?",
            "Hvad går de tre bundlinjer ud på?",
        ),
        ("hvad er det mindste indgriben man altid snakker om", "hvad er det mindste indgriben"),
        ("man taler om skærmbesøg, hvad er det", "man taler om skærmbesøg, hvad er det"),
        ("hvad er en vendeseng", "hvad er en vendeseng"),
    ],
)
def test_a_closing_talked_of_clause_is_left_out(text: str, plain: str) -> None:
    assert followed.without_talked_of(text) == plain


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("nej ikke den, jeg mente badestole", "badestole"),
        ("Nej undskyld, jeg tænkte på en rollator", "rollator"),
        ("ikke det, men vendelagener", "vendelagener"),
        ("jeg mente det ikke sådan", None),
        ("nej tak", None),
    ],
)
def test_the_thing_meant_instead(text: str, thing: str | None) -> None:
    assert followed.thing_meant_instead(text) == thing


@pytest.mark.parametrize(
    ("reader", "yes", "no"),
    [
        (followed.asks_what_it_helps, "en vendeseng hjælper mod hvad?", "hvad er en vendeseng"),
        (followed.asks_what_it_helps, "hvad kan en spiserobot hjælpe med", "hjælper den?"),
        (followed.asks_ethics, "hvilke etiske spørgsmål er der om økonomi", "hvad koster det"),
        (followed.asks_expected, "hvad regner de med fremover", "hvad gav mest i 2020"),
        (
            followed.tells_not_knowing_when_help_comes,
            "far ved aldrig hvem der kommer i dag",
            "hvornår kommer hjemmeplejen",
        ),
        (
            followed.tells_not_knowing_when_help_comes,
            "hun kan ikke huske hvornår hjemmehjælperen kommer",
            "hun kan ikke huske sine piller",
        ),
        (
            followed.asks_to_try_first,
            "hvor ka man prøv det før man køber",
            "hvor kan man prøve det",
        ),
        (
            followed.asks_to_try_first,
            "kan vi låne en før vi køber en",
            "kan vi få penge fra puljen til at prøve før vi køber",
        ),
        (
            followed.asks_who_may_apply,
            "må jeg søge om en rollator på min mors vegne",
            "hvordan søger man om en rollator",
        ),
        (
            followed.asks_who_may_apply,
            "skal min far selv søge om det eller kan jeg gøre det",
            "min far kan selv gå",
        ),
    ],
)
def test_the_readers(reader: object, yes: str, no: str) -> None:
    assert callable(reader)
    assert reader(yes), yes
    assert not reader(no), no


# -- the Answerer ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "confirming",
    ["så er det frivillige som står for det?", "og er det frivillige der underviser?"],
)
def test_a_detail_confirmed_gets_the_subjects_sentence_with_it(
    real: Answerer, confirming: str
) -> None:
    reply = _asked(real, "hvad er nethjælpen for noget", confirming)
    assert reply is not None and reply.topic == "nethjaelpen"
    assert _says(reply, "frivillige"), reply


def test_a_detail_confirmed_after_a_subject_answers_though_the_model_took_it_for_else(
    real: Answerer,
) -> None:
    """Taken for what the assistant can do (its action asks benefit_follow_up first)."""
    reply = real.benefit_follow_up("og er det på biblioteket, det foregår?", "nethjaelpen", 0)
    assert _says(reply, "biblioteket"), reply


@pytest.mark.parametrize(
    "asked",
    [
        "hvad går de tre bundlinjer ud på, som man hører om",
        "Hvad er de 3 bundlinjer, som man snakker om?",
    ],
)
def test_the_bottom_lines_talked_of_are_named(real: Answerer, asked: str) -> None:
    reply = _asked(real, asked)
    assert reply is not None and reply.topic == "tre_bundlinjer", reply
    assert _says(reply, "borgerne") and _says(reply, "medarbejder"), reply
    source = real.source(reply.topic)
    assert _says(source, "erklæring", "Horsens"), source


@pytest.mark.parametrize(
    ("asked", "words"),
    [
        ("Hvad spørger KL om, når det gælder etik, overvågning og privatliv?", ("omsorg",)),
        ("hvilke etiske dilemmaer er der om overvågning og privatliv", ("digitalt tilsyn",)),
        ("Hvilke etiske spørgsmål er der om økonomi, hensyn og lighed?", ("økonomien",)),
        ("hvad er KL's etiske spørgsmål om kontakt, frihed og ensomhed", ("ensomhed",)),
    ],
)
def test_a_dilemma_named_gets_its_own_question(
    real: Answerer, asked: str, words: tuple[str, ...]
) -> None:
    reply = _asked(real, asked)
    assert _says(reply, *words), reply
    assert not _says(reply, "fire ting"), reply


def test_the_dilemmas_unnamed_are_still_listed(real: Answerer) -> None:
    assert _says(_asked(real, "hvilke etiske dilemmaer nævner KL?"), "fire ting")


@pytest.mark.parametrize(
    ("first", "meant", "category"),
    [
        ("hvilken kategori hører en rollator til", "nej ikke den, jeg mente badestole", "hygiejne"),
        (
            "hvilken af kategorierne hører spiserobotter under",
            "Nej undskyld, jeg tænkte på vendelagener",
            "seng",
        ),
    ],
)
def test_a_thing_meant_instead_gets_the_same_question(
    real: Answerer, first: str, meant: str, category: str
) -> None:
    reply = _asked(real, first, meant)
    assert _says(reply, category) and _says(reply, "kategori"), reply


def test_a_thing_meant_instead_of_what_a_thing_is_gets_what_it_is(real: Answerer) -> None:
    reply = _asked(real, "hvad er en spiserobot", "nej undskyld, jeg mente en badestol")
    assert reply is not None and reply.topic == "badestole", reply
    assert not _says(reply, "kategori"), reply


@pytest.mark.parametrize(
    ("thing", "asked", "category"),
    [
        ("hvad er en loftslift", "og hvilken kategori er det", "mobilitet"),
        ("hvad er en badestol", "okay hvilken kategori så", "hygiejne"),
    ],
)
def test_the_category_right_after_a_thing_is_its_own(
    real: Answerer, thing: str, asked: str, category: str
) -> None:
    reply = _asked(real, thing, asked)
    assert _says(reply, category), reply
    assert not _says(reply, "fortæl mere"), reply


@pytest.mark.parametrize(
    "asked", ["en vendeseng hjælper mod hvad?", "hvad kan et vendesystem hjælpe med"]
)
def test_what_a_thing_helps_with(real: Answerer, asked: str) -> None:
    reply = _asked(real, asked)
    assert _says(reply, "tryksår"), reply


@pytest.mark.parametrize(
    "expected", ["hvad regner kommunerne så med fremover", "og hvad med fremtiden, forventer de"]
)
def test_what_is_expected_after_the_gains_names_all_five(real: Answerer, expected: str) -> None:
    reply = _asked(real, "hvad gav de største gevinster i 2020", expected)
    assert reply is not None and reply.topic == "forventede_gevinster", reply
    assert _says(reply, "telemedicin") and _says(reply, "sensor"), reply


@pytest.mark.parametrize(
    "told",
    [
        "min far ved aldrig hvem der kommer i dag, er der noget til det",
        "han kan ikke huske hvornår hjemmehjælperen kommer",
    ],
)
def test_not_knowing_when_help_comes_gets_the_day_plan(real: Answerer, told: str) -> None:
    assert _says(_asked(real, told), "skærm", "infotavle")
    # taken for a wish to talk to a person: the action asks fact_follow_up first
    assert _says(real.fact_follow_up(told, None, 0), "skærm", "infotavle")


@pytest.mark.parametrize(
    "asked", ["hvor ka man prøv det før man køber", "kan vi prøv sådan en inden vi køber den"]
)
def test_trying_before_buying_spoken_gets_teknoteket(real: Answerer, asked: str) -> None:
    reply = _asked(real, asked)
    assert reply is not None and reply.topic == "teknoteket", reply


@pytest.mark.parametrize(
    "asked",
    [
        "må jeg søge om en rollator på min mors vegne",
        "skal min far selv søge om det eller kan jeg gøre det som søn",
    ],
)
def test_a_relative_applying_gets_the_municipality(real: Answerer, asked: str) -> None:
    reply = _asked(real, asked)
    assert _says(reply, "kommune") and _says(reply, "visitation"), reply
    assert reply is not None and reply.refer
    guessed = real.best_guess(asked, None, 0)
    assert _says(guessed, "visitation"), guessed
