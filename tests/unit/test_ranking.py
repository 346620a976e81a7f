"""Intents one action answers count as one (bot/ranking.py, nlu/one_action.py)."""

from __future__ import annotations

import pytest

from bot.ranking import medicine_to_reminder, merged, plan_asked, unsure_advice


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


def _time(text: str, said: str) -> list[dict[str, object]]:
    start = text.index(said)
    return [{"entity": "time", "start": start, "end": start + len(said), "value": said}]


def test_a_reminder_asked_for_with_no_thing_yet_is_a_new_reminder_not_the_list() -> None:
    """Set 7's class: the model took an empty request for the list of reminders."""
    from bot.ranking import reminder_asked

    text = "øhm husk mig lige på en ting"
    ranking = r(("list_reminders", 0.8), ("set_reminder", 0.1), ("snooze_reminder", 0.05))
    assert reminder_asked(ranking, [], text) == r(
        ("set_reminder", 0.9), ("list_reminders", 0.1), ("snooze_reminder", 0.05)
    )
    asked = r(("list_reminders", 0.8), ("set_reminder", 0.1))
    assert reminder_asked(asked, [], "hvad skal du huske mig på") == asked
    # right but unsure, an emergency intent close behind: sure enough for the fallback
    unsure = r(("set_reminder", 0.48), ("report_crisis", 0.46))
    assert reminder_asked(unsure, [], "kan du minde mig om noget") == r(
        ("set_reminder", 0.9), ("report_crisis", 0.46)
    )


def test_a_thing_to_remember_soon_is_a_reminder_not_a_countdown_or_a_plan_item() -> None:
    from bot.ranking import READ_SURE, reminder_asked

    text = "giv mig besked om et kvarter at vasketøjet skal hænges op"
    timer = r(("home_timer_set", 0.95), ("set_reminder", 0.03))
    assert reminder_asked(timer, _time(text, "om et kvarter"), text) == r(
        ("set_reminder", 0.95), ("home_timer_set", 0.03)
    )
    # spread thin by the model: read from the sentence, sure enough for the fallback
    text = "om en halv time skal jeg ringe til vvs-manden"
    spread = r(("home_timer_set", 0.3), ("out_of_scope", 0.25), ("add_plan_item", 0.2))
    assert reminder_asked(spread, _time(text, "om en halv time"), text) == r(
        ("set_reminder", READ_SURE), ("out_of_scope", 0.25), ("add_plan_item", 0.2),
        ("home_timer_set", 0.0),
    )  # fmt: skip
    # a countdown with its length stays a countdown
    text = "sæt en nedtælling på tyve minutter"
    countdown = r(("home_timer_set", 0.95), ("set_reminder", 0.02))
    assert reminder_asked(countdown, [], text) == countdown


def test_an_emergency_the_model_put_first_is_left_to_the_safety_net() -> None:
    from bot.ranking import reminder_asked

    text = "om ti minutter skal jeg ringe efter ambulancen"
    ranking = r(("report_illness", 0.97), ("set_reminder", 0.02))
    assert reminder_asked(ranking, _time(text, "om ti minutter"), text) == ranking


def test_in_the_pipeline_a_duty_soon_passes_rasas_fallback_as_a_reminder() -> None:
    from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
    from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from nlu.one_action import OneActionIntents

    text = "om tyve minutter skal jeg tage brødet ud"
    message = Message(data={TEXT: text})
    ranking = r(("home_timer_set", 0.32), ("out_of_scope", 0.3), ("skip_dose", 0.2))
    message.set(INTENT, dict(ranking[0]))
    message.set(INTENT_RANKING_KEY, ranking)
    message.set(ENTITIES, _time(text, "om tyve minutter"))
    OneActionIntents().process([message])
    config = {**FallbackClassifier.get_default_config(), "threshold": 0.45}
    FallbackClassifier(config).process([message])
    assert message.get(INTENT)["name"] == "set_reminder"


@pytest.mark.parametrize(
    "text",
    [
        # set 9, read again: a need about forgetting pills was made a reminder
        "jeg glemmer tit om jeg har spist frokost er der noget der kan hjælpe mig med det",
        "findes der nogen ting som kan hjælpe min far med at huske aftaler",
    ],
)
def test_whether_something_can_help_is_a_need_not_a_reminder(text: str) -> None:
    from bot.ranking import need_asked

    ranking = r(("set_reminder", 0.7), ("describe_need", 0.2), ("ask_technology", 0.1))
    out = need_asked(ranking, text)
    assert out[0]["name"] == "describe_need" and out[0]["confidence"] >= 0.9, out
    assert {e["name"] for e in out} == {"set_reminder", "describe_need", "ask_technology"}


@pytest.mark.parametrize(
    ("text", "top"),
    [
        # a reminder asked for in so many words stays one
        ("mind mig om mine piller er der noget der kan hjælpe", "set_reminder"),
        # a need the model read right, or another intent, is left alone
        ("er der noget der kan hjælpe mig med at huske", "describe_need"),
        ("sæt frisør på min plan på torsdag", "add_plan_item"),
    ],
)
def test_a_need_is_not_read_into_other_sentences(text: str, top: str) -> None:
    from bot.ranking import need_asked

    ranking = r((top, 0.7), ("ask_technology", 0.2))
    assert need_asked(ranking, text)[0]["name"] == top


@pytest.mark.parametrize(
    "text",
    [
        # set 8, read again: a need told, then "hvad kan man gøre med teknologi", got a topic
        "min mand vandrer rundt om natten og finder ikke hjem, hvad kan man gøre med teknologi",
        "hun glemmer at drikke vand hele dagen hvilke hjælpemidler kan hjælpe hende",
    ],
)
def test_a_need_told_with_a_question_about_technology_is_a_need(text: str) -> None:
    from bot.ranking import need_asked

    ranking = r(("ask_topic", 0.48), ("ask_technology", 0.22), ("describe_need", 0.05))
    out = need_asked(ranking, text)
    assert out[0]["name"] == "describe_need" and out[0]["confidence"] >= 0.9, out


def test_a_bare_question_about_technology_stays_a_topic() -> None:
    from bot.ranking import need_asked

    ranking = r(("ask_topic", 0.6), ("list_categories", 0.3))
    assert need_asked(ranking, "hvad kan man gøre med velfærdsteknologi")[0]["name"] == "ask_topic"


UNSURE_PLAN = [
    {"name": "nlu_fallback", "confidence": 0.45},
    {"name": "add_plan_item", "confidence": 0.2},
    {"name": "set_reminder", "confidence": 0.17},
]


@pytest.mark.parametrize(
    ("said", "first"),
    [
        # set 21's class, our sentences: a thing put on a day, asked of the assistant
        ("kan du sætte fodterapeut på torsdag", "add_plan_item"),
        ("vil du skrive banko i morgen", "add_plan_item"),
        ("kan du lige notere tandlæge på den 12", "add_plan_item"),
        # a reminder, a device, a thing on no day: left to the model and the fallback
        ("kan du sætte en påmindelse på fredag", "nlu_fallback"),
        ("kan du sætte varmen på 21", "nlu_fallback"),
        ("kan du sætte lyset på i morgen", "nlu_fallback"),
        ("kan du skrive et digt", "nlu_fallback"),
    ],
)
def test_a_thing_put_on_a_day_is_a_plan_item(said: str, first: str) -> None:
    assert plan_asked(UNSURE_PLAN, said)[0]["name"] == first
