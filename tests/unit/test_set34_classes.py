"""Set 34's classes outside knowledge, in our own sentences: "fjernsyn" and "slet ikke"
are no removal, a part of the day said twice is no ambiguity, the staff's own citizens
and "og Jens?", the day and the hour asked with a remark, what the assistant can do for
"sådan en som mig", a person answering asked about, what one was to remember, a plan
entry asked for after a sentence of context, a duty between "huske" and the request,
and a time corrected in so many words; and "bløde" (soft) is no bleeding."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.conversation.reading import asks_my_name, asks_orientation, asks_what_i_do
from bot.followup import REMOVE, what_to_do
from bot.plan.reading import plan_title
from bot.ranking import meta_asked, plan_asked, reminders_listed, time_corrected
from bot.reminders import reading
from bot.safety.detect import ACUTE, detect, doubtful
from bot.staff.reading import asks_my_citizens, asks_the_same_for
from nlu.danish_time import CPH, parse
from testkit.ranking import ranked

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CPH)  # a Sunday


def _ranked(first: str) -> list[dict[str, object]]:
    return ranked(first, ("ask_topic", "ask_more"))


@pytest.mark.parametrize(
    "said",
    [
        "flyt den til klokken ni, vi ser fjernsyn",
        "ryk den lidt, fjernbetjeningen er væk",
        "det er slet ikke det jeg mente, flyt den til ti",
    ],
)
def test_words_that_begin_like_remove_do_not_remove(said: str) -> None:
    assert what_to_do(said) != REMOVE


@pytest.mark.parametrize("said", ["fjern den igen", "slet den", "den skal fjernes", "slettes"])
def test_the_verbs_still_remove(said: str) -> None:
    assert what_to_do(said) == REMOVE


def test_a_part_of_the_day_said_twice_is_not_asked() -> None:
    said = "han glemmer dem om morgenen. kan du minde ham om dem hver morgen klokken 8"
    result = parse(said, NOW)
    assert result.when is not None and result.when.hour == 8 and result.alternatives == ()


@pytest.mark.parametrize(
    "said", ["hvem er mine borgere egentlig? jeg har lige fået ny rute", "hvem er vores beboere"]
)
def test_ones_own_citizens_asked_with_hvem_er(said: str) -> None:
    assert asks_my_citizens(said)


@pytest.mark.parametrize("said", ["ok og jens?", "og Karen Jensen", "men og så jens"])
def test_og_and_a_name_asks_the_same_of_another(said: str) -> None:
    assert asks_the_same_for(said)


@pytest.mark.parametrize(
    "said",
    [
        "hvad er klokken lige nu",
        "undskyld men hvad er klokken egentlig",
        "hvilken dag er det i dag a ka ikke huske det",
    ],
)
def test_the_hour_or_the_day_asked(said: str) -> None:
    assert asks_orientation(said)
    assert meta_asked(_ranked("list_reminders"), said)[0]["name"] == "ask_orientation"


def test_a_day_in_the_plan_is_no_orientation() -> None:
    said = "hvilken dag er det jeg skal til fodterapeuten"
    assert meta_asked(_ranked("ask_plan"), said)[0]["name"] == "ask_plan"


@pytest.mark.parametrize(
    "said",
    [
        "hvad kan du egentlig hjælpe sådan en gammel kone som mig med",
        "hvad kan du hjælpe min far med",
    ],
)
def test_what_it_can_do_for_someone_described(said: str) -> None:
    assert asks_what_i_do(said)
    assert meta_asked(_ranked("nlu_fallback"), said)[0]["name"] == "ask_capabilities"


@pytest.mark.parametrize(
    "said", ["er det et menneske der svarer", "er det en rigtig person som skriver her"]
)
def test_a_person_answering_asked_about_is_a_question_about_the_assistant(said: str) -> None:
    assert asks_my_name(said)
    assert meta_asked(_ranked("ask_human"), said)[0]["name"] == "ask_is_bot"


@pytest.mark.parametrize(
    "said", ["hvad var det nu jeg skulle huske i morgen", "hør her hvad var det jeg skulle huske"]
)
def test_what_one_was_to_remember_lists_the_reminders(said: str) -> None:
    assert reminders_listed(_ranked("ask_plan_now"), said)[0]["name"] == "list_reminders"


def test_what_is_in_the_plan_stays_the_plans() -> None:
    said = "hvad skal jeg i morgen"
    assert reminders_listed(_ranked("ask_plan_now"), said)[0]["name"] == "ask_plan_now"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "Hej. Borgeren skal til øjenlæge på tirsdag klokken 10. Kan du skrive øjenlæge i min plan?",
            "øjenlæge",
        ),
        (
            "Min nabo ringede. Hun kommer på besøg i morgen. Skriv besøg af naboen i min plan i morgen kl 14.",
            "besøg af naboen",
        ),
    ],
)
def test_a_plan_entry_asked_after_the_context(said: str, title: str) -> None:
    ranked = [
        {"name": "nlu_fallback", "confidence": 0.45},
        {"name": "add_plan_item", "confidence": 0.3},
    ]
    assert plan_asked(ranked, said)[0]["name"] == "add_plan_item"
    assert plan_title(said, parse(said, NOW).spans) == title


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("borgeren skal huske at drikke vand kl 15 i morgen kan du minde hende", "at drikke vand"),
        (
            "jeg skal huske at ringe til Ole klokken 10 i morgen, mind mig om det",
            "at ringe til Ole",
        ),
    ],
)
def test_the_duty_between_huske_and_the_request(said: str, thing: str) -> None:
    assert reading.reminder_what(said, parse(said, NOW).spans, None) == thing


@pytest.mark.parametrize(
    "said",
    [
        "Beklager, jeg skrev forkert. Det skal være kl 19, ikke 18.",
        "den skal være klokken 9 og ikke 8",
    ],
)
def test_a_time_corrected_in_so_many_words_changes_what_was_made(said: str) -> None:
    assert time_corrected(_ranked("add_plan_item"), said)[0]["name"] == "change_reminder"


def test_a_new_appointment_is_no_correction() -> None:
    said = "skriv frisør i min plan på fredag klokken 10"
    assert time_corrected(_ranked("add_plan_item"), said)[0]["name"] == "add_plan_item"


@pytest.mark.parametrize(
    "said",
    [
        "nej ikke fem, fire minutter, de skal være bløde",
        "kartoflerne er helt bløde nu",
        "jeg vil have bløde æg",
    ],
)
def test_soft_is_no_bleeding(said: str) -> None:
    assert detect(said) is None and doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "det bliver ved med at bløde fra såret",
        "han er begyndt at bløde fra næsen og det stopper ikke",
    ],
)
def test_bleeding_is_still_bleeding(said: str) -> None:
    found = detect(said)
    assert found is not None and ACUTE in found.kinds
