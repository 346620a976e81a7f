"""New users' Danish, by class (held-out set 13): our own sentences of each class."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.access.roster import Citizen
from bot.conversation import reading as conversation_reading
from bot.core.clock import COPENHAGEN
from bot.followup import called_off_back
from bot.knowledge.advice import asks_medical_advice
from bot.knowledge.answers import Answerer
from bot.plan.reading import called_off
from bot.reminders.reading import asks_for_a_reminder, reminder_framed, reminder_what
from bot.safety.detect import detect, doubtful
from bot.staff.reading import in_citizen_words
from nlu.danish_time import parse as parse_time

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=COPENHAGEN)
KAREN = Citizen("karen", "Karen Jensen")


def what(text: str) -> str:
    return reminder_what(text, parse_time(text, NOW).spans, None)


# -- reminders: a nudge asked for, a duty not yet told, dialect, a staff member's -------


def test_a_nudge_asked_for_is_a_reminder_and_its_thing_is_kept() -> None:
    said = "giv mig et praj om en halv time så jeg får lukket for vandet"
    assert reminder_framed(said)
    assert what(said) == "at lukke for vandet"


def test_a_duty_not_yet_told_asks_what_it_is() -> None:
    said = "a ska huske noget kan du hjælpe mig med det"
    assert asks_for_a_reminder(said)
    assert what(said) == ""
    assert not asks_for_a_reminder("jeg skal huske at ringe til Jens i morgen")


def test_a_reminder_asked_in_dialect() -> None:
    said = "ka do mind mæ om å ringe te Ove i morgen klokken ti"
    assert reminder_framed(said)
    assert what(said) == "at ringe til Ove"


@pytest.mark.parametrize(
    ("staff_said", "thing"),
    [
        ("ny påmindelse til Karen: blodtryk i morgen kl. 8", "blodtryk"),
        ("Karen skal huske sin stok i morgen kl 10, kan du minde hende om det", "din stok"),
        (
            "Karen skal have B-vitamin i morgen kl. 9 - opret en påmindelse til hende",
            "at tage B-vitamin",
        ),
    ],
)
def test_a_staff_members_reminder_keeps_the_thing_not_the_name(staff_said: str, thing: str) -> None:
    assert what(in_citizen_words(KAREN, staff_said)) == thing


# -- never dosage advice, also after a reminder --


def test_how_many_of_them_may_i_take_asks_for_advice() -> None:
    assert asks_medical_advice("må jeg godt tage to af dem når det gør ondt")
    assert asks_medical_advice("kan han egentlig tage tre af de hvide")
    assert not asks_medical_advice("må jeg tage en af dem med på ferie")


# -- the assistant's own: frustration, what is kept about the web chat's users --


def test_frustration_said_as_not_working() -> None:
    assert conversation_reading.frustrated("det virker overhovedet ikke det her")
    assert conversation_reading.frustrated("nu har jeg skrevet det samme fire gange")


def test_what_is_kept_about_those_who_write() -> None:
    assert conversation_reading.asks_about_my_data("hvad har I om de brugere der skriver her")
    assert not conversation_reading.asks_about_my_data("hvad har I om rollatorer")


# -- the plan: a visitor who called off, right after the visit was saved --


def test_he_called_off_means_the_visit_just_saved() -> None:
    saved = [{"event": "user", "text": "x"}, {"event": "action", "name": "action_plan_yes"}]
    said = "hun ringede lige og har aflyst så hun kommer ikke alligevel"
    assert called_off(said) and called_off_back(said, saved)
    assert not called_off_back(said, [{"event": "user", "text": "x"}])
    assert not called_off_back("påmindelsen er aflyst", saved)


# -- knowledge: who decides, a need asked without a technology named --


def test_who_decides_after_a_rule(real: Answerer) -> None:
    told = real.follow_up("hvem er det der bestemmer det", "videoovervaagning_ikke_tilladt", 1)
    assert told is not None and "kommunalbestyrelse" in told.text


def test_who_decides_about_a_technology_is_the_municipality(real: Answerer) -> None:
    told = real.follow_up("hvem bestemmer det så", "loftslifte", 1)
    assert told is not None and "kommune" in told.text and told.refer


def test_a_need_told_with_findes_der_gets_ideas(real: Answerer) -> None:
    asked = "far er dement og går ud om natten og finder ikke hjem, findes der noget til det"
    found = real.need_asked(asked)
    assert found is not None and found.topic == "gps_systemer"
    assert real.need_asked("hvad er en airfryer") is None


# -- safety: staff asking whether a thing may be put up --


def test_may_we_put_up_video_for_a_resident_with_epilepsy_is_no_emergency() -> None:
    said = "må vi sætte et kamera op hos en beboer der har epilepsi"
    assert detect(said) is None and doubtful(said)
    assert detect("han har epilepsi og har kramper nu") is not None


def test_what_a_word_means_is_the_sentence_that_uses_it(real: Answerer) -> None:
    found = real.answer_question("hvad betyder habiliterende i Horsens' strategi?")
    assert found is not None and "vende tilbage" in found.text


def test_the_kinds_of_welfare_technology_are_kls_categories(real: Answerer) -> None:
    for asked in (
        "hvilke typer velfærdsteknologi findes der egentlig",
        "hvad findes der af velfærdsteknologi",
    ):
        found = real.categories_asked(asked, None)
        assert "15 kategorier" in found.text, asked
    assert (
        "15 kategorier"
        not in real.categories_asked(
            "hvilke slags velfærdsteknologi hjælper mod tryksår", None
        ).text
    )


def test_the_municipalitys_leaflets_asked_in_out_of_scope_words_are_a_topic() -> None:
    from bot.ranking import meta_asked

    ranking = [
        {"name": "out_of_scope", "confidence": 0.8},
        {"name": "ask_topic", "confidence": 0.1},
    ]
    asked = "hvorfor står der ikke mærker i kommunens brochurer"
    assert meta_asked(ranking, asked)[0]["name"] == "ask_topic"
    assert meta_asked(ranking, "kan du bestille en pizza")[0]["name"] == "out_of_scope"


def test_a_list_of_the_kinds_asked_with_a_typo(real: Answerer) -> None:
    asked = "hvilke slags velfærdsteknolgi findes der egentlig, er der en oversigt et sted"
    assert "15 kategorier" in real.categories_asked(asked, None).text


def test_a_visitor_not_in_the_plan_is_named_back() -> None:
    from bot.plan import replies

    told = replies.visit_reply([], NOW, "hvornår kommer de fra hjemmeplejen i morgen")
    assert "hjemmeplejen kommer" in told and "personalet" in told
    assert replies.visit_reply([], NOW, "") == replies.NOT_FOUND
