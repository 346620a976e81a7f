"""Set 19, more classes: against one's will, practical follow-ups in context, what the
positive list holds. Own sentences, not the held-out ones."""

from __future__ import annotations

from bot.knowledge.answers import Answerer
from bot.knowledge.benefit import asks_where
from bot.knowledge.consent import asks_against_will
from bot.knowledge.practical import asks_where_to_learn, asks_whom_to_call


def test_against_ones_will_is_read() -> None:
    assert asks_against_will("må personalet sætte den på ham alligevel")
    assert asks_against_will("kan bostedet bruge en sensor uden at han har givet lov")
    assert asks_against_will("må hun ikke selv bestemme det")
    assert not asks_against_will("kan jeg få den alligevel")
    assert not asks_against_will("hvad er en gps")


def test_a_tracker_against_ones_will_gets_consent_and_the_council(real: Answerer) -> None:
    told = real.answer_question(
        "min mor nægter at gå med en gps, må plejehjemmet sætte den på hende alligevel"
    )
    assert told is not None and "samtykke" in told.text and "kommunalbestyrelsen" in told.text


def test_own_yes_after_a_door_alarm_is_about_consent(real: Answerer) -> None:
    told = real.best_guess("må hun ikke selv bestemme det", "doer_og_vinduesalarmer", 0)
    assert told is not None and "samtykke" in told.text


def test_forced_into_a_screen_is_the_choice(real: Answerer) -> None:
    told = real.answer_question("kan hjemmeplejen tvinge min far til at bruge en skærm")
    assert told is not None and "fravælge" in told.text


def test_where_to_learn_a_screen_thing_is_nethjaelpen(real: Answerer) -> None:
    assert asks_where_to_learn("findes der et sted hun kan lære at bruge den")
    told = real.best_guess("findes der et sted hun kan lære at bruge den", "skaermbesoeg", 0)
    assert told is not None and told.topic == "nethjaelpen"


def test_where_to_learn_an_aid_is_where_to_try_it(real: Answerer) -> None:
    told = real.best_guess("hvor kan han lære at bruge den", "vendelagener", 0)
    assert told is not None and "bibliotek" in told.text.lower()


def test_whom_to_call_after_a_technology_is_the_municipality(real: Answerer) -> None:
    assert asks_whom_to_call("hvor skal vi så ringe hen")
    told = real.best_guess("hvor skal vi så ringe hen", "stemmestyring", 0)
    assert told is not None and told.refer and "visitation" in told.text


def test_getting_it_at_home_taken_for_a_need_is_practical(real: Answerer) -> None:
    told = real.answer_specific("kan man få den derhjemme også", "vendelagener")
    assert told is not None and "kommun" in told.text


def test_where_an_event_is_held() -> None:
    assert asks_where("og hvor bliver det afholdt")


def test_what_the_list_holds_in_context(real: Answerer) -> None:
    told = real.best_guess("hvad står der egentlig på den", "positivliste_128a", 0)
    assert told is not None and "sporing" in told.text


def test_forced_to_take_a_technology_is_asking_to_refuse_it() -> None:
    from bot.knowledge.refused import asks_to_refuse_technology

    assert asks_to_refuse_technology("kan kommunen tvinge min far til at få en gps")
    assert asks_to_refuse_technology("må de presse hende til at bruge skærmen")
    assert not asks_to_refuse_technology("kan kommunen hjælpe min far med at få en gps")
