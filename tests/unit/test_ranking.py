"""Intents one action answers count as one (bot/ranking.py, nlu/one_action.py)."""

from __future__ import annotations

from bot.ranking import medicine_to_reminder, merged, unsure_advice


def r(*pairs: tuple[str, float]) -> list[dict[str, object]]:
    return [{"name": name, "confidence": c} for name, c in pairs]


def test_a_home_sentence_split_between_question_and_command_is_one_home_sentence() -> None:
    ranking = r(("home_control", 0.41), ("home_state", 0.39), ("ask_technology", 0.1))
    assert merged(ranking) == r(("home_control", 0.80), ("ask_technology", 0.1))


def test_the_sum_is_at_most_one() -> None:
    assert merged(r(("home_state", 0.7), ("home_control", 0.6)))[0]["confidence"] == 1.0


def test_a_group_never_overtakes_an_intent_the_model_put_first() -> None:
    ranking = r(("ask_technology", 0.4), ("home_control", 0.3), ("home_state", 0.25))
    assert merged(ranking) == ranking


def test_other_intents_and_an_empty_ranking_are_unchanged() -> None:
    ranking = r(("set_reminder", 0.5), ("add_plan_item", 0.45))
    assert merged(ranking) == ranking
    assert merged([]) == []


def test_the_input_is_not_changed() -> None:
    ranking = r(("home_control", 0.41), ("home_state", 0.39))
    merged(ranking)
    assert ranking == r(("home_control", 0.41), ("home_state", 0.39))


def test_in_the_pipeline_rasas_fallback_no_longer_takes_a_split_home_sentence() -> None:
    from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from nlu.one_action import OneActionIntents

    def understood(ranking: list[dict[str, object]], merge: bool) -> object:
        message = Message(data={TEXT: "er der tændt i stuen"})
        message.set(INTENT, dict(ranking[0]))
        message.set(INTENT_RANKING_KEY, [dict(e) for e in ranking])
        if merge:
            OneActionIntents().process([message])
        config = {**FallbackClassifier.get_default_config(), "threshold": 0.45}
        FallbackClassifier(config).process([message])
        return message.get(INTENT)["name"]

    split = r(("home_state", 0.42), ("home_control", 0.40), ("greet", 0.05))
    assert understood(split, merge=False) == "nlu_fallback"  # as before: "forstod ikke"
    assert understood(split, merge=True) == "home_state"
    unsure = r(("ask_technology", 0.30), ("home_control", 0.28))
    assert understood(unsure, merge=True) == "nlu_fallback"


def test_a_medicine_in_a_plan_statement_makes_it_a_reminder() -> None:
    """Set 5: "hver søndag morgen klokken ni skal jeg ha min methotrexat" was offered as a
    day-plan item."""
    ranking = r(("add_plan_item", 0.59), ("set_reminder", 0.3), ("ask_plan", 0.05))
    medicine = [{"entity": "medicine", "value": "methotrexat"}]
    assert medicine_to_reminder(ranking, medicine) == r(
        ("set_reminder", 0.59), ("add_plan_item", 0.3), ("ask_plan", 0.05)
    )
    assert medicine_to_reminder(ranking, [{"entity": "time", "value": "i morgen"}]) == ranking
    other = r(("ask_technology", 0.6), ("add_plan_item", 0.3))
    assert medicine_to_reminder(other, medicine) == other


def test_an_appointment_to_be_reminded_of_makes_it_a_reminder() -> None:
    """Set 6's class: an appointment said with "husk mig på det" was offered for the
    plan, its title "… husk dig lige på det"."""
    ranking = r(("add_plan_item", 0.67), ("set_reminder", 0.16))
    said = "frisøren kommer på tirsdag klokken ti, mind mig lige om det"
    assert medicine_to_reminder(ranking, [], said)[0]["name"] == "set_reminder"
    assert medicine_to_reminder(ranking, [], "husk mig på at tandlægen er torsdag")[0]["name"] == (
        "set_reminder"
    )
    assert medicine_to_reminder(ranking, [], "frisøren kommer på tirsdag klokken ti") == ranking


def test_an_unsure_advice_intent_without_a_medicine_question_yields() -> None:
    """Set 5: "Hvor mange medarbejdere forventes ... at mangle i 2028?" got "Jeg kan ikke
    give råd om medicin" (ask_medical_advice at 0.45)."""
    text = "Hvor mange medarbejdere forventes sektoren at mangle i 2028?"
    ranking = r(("ask_medical_advice", 0.45), ("ask_topic", 0.3), ("ask_technology", 0.1))
    assert unsure_advice(ranking, text) == r(
        ("ask_topic", 0.3), ("ask_technology", 0.1), ("ask_medical_advice", 0.0)
    )
    # sure, or a real question for advice: kept
    sure = r(("ask_medical_advice", 0.8), ("ask_topic", 0.1))
    assert unsure_advice(sure, text) == sure
    assert unsure_advice(ranking, "hvor mange panodiler må jeg tage") == ranking
