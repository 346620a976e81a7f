"""What is said in an emergency: the right number first, short, configurable."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.safety.answers import Situation, compose, helpline_answer, severity
from bot.safety.detect import ACUTE, HELP, HELPLINE, POISONING, SUICIDE, URGENT
from bot.safety.settings import SafetySettings, load_answers
from bot.settings import SettingsError

SETTINGS = SafetySettings()
TEXTS = SETTINGS.answers()


def say(kinds: set[str], situation: Situation | None = None, contact: str = "Anne") -> str:
    return compose(kinds, TEXTS, SETTINGS.numbers(contact), situation or Situation())


def test_acute_starts_with_112_and_says_it_cannot_call() -> None:
    answer = say({ACUTE})
    assert answer.startswith("Ring 1-1-2 nu.")
    assert "kan ikke selv ringe" in answer
    assert "besked" not in answer  # no one to tell: no offer


def test_acute_names_the_emergency_call_then_offers_the_contact() -> None:
    answer = say({ACUTE}, Situation(emergency_call=True, contact="Anne Holm"))
    assert answer.startswith("Ring 1-1-2 nu. Eller tryk på din nødkaldsknap.")
    assert answer.endswith("Skal jeg give Anne Holm besked?")


def test_told_without_asking_says_so() -> None:
    answer = say({ACUTE}, Situation(contact="Anne Holm", told=True))
    assert answer.endswith("Jeg giver Anne Holm besked nu.")


def test_poisoning_gives_giftlinjen_and_112_if_unconscious() -> None:
    answer = say({POISONING})
    assert answer.startswith("Ring til Giftlinjen på 82 12 12 12.")
    assert "bevidstløs" in answer and "1-1-2" in answer


def test_suicide_is_warm_gives_livslinien_and_no_product() -> None:
    answer = say({SUICIDE})
    assert "Du er ikke alene" in answer and "70 201 201" in answer
    assert "1-1-2" in answer


def test_livslinien_hours_come_from_configuration() -> None:
    settings = SafetySettings(livslinien_hours="alle dage klokken 11 til 5")
    answer = compose({SUICIDE}, TEXTS, settings.numbers(""), Situation())
    assert "70 201 201, der har åbent alle dage klokken 11 til 5." in answer


def test_urgent_gives_laegevagten_from_configuration() -> None:
    settings = SafetySettings(laegevagt="Akuttelefonen", laegevagt_phone="1813")
    answer = compose({URGENT}, TEXTS, settings.numbers(""), Situation())
    assert answer.startswith("Ring til Akuttelefonen på 1813.")
    assert "1-1-2" in answer


def test_a_bare_cry_for_help_gets_one_question() -> None:
    assert say({HELP}) == "Er du i fare? Så ring 1-1-2. Eller vil du have hjælp til noget andet?"


def test_pills_taken_to_die_are_danger_now() -> None:
    answer = say({POISONING, SUICIDE})
    assert answer.startswith("Ring 1-1-2 nu.")
    assert "82 12 12 12" in answer and "70 201 201" in answer


def test_acute_outranks_urgent_and_help() -> None:
    assert severity({ACUTE, URGENT, HELP}) == {ACUTE}
    assert severity({URGENT, HELP}) == {URGENT}


@pytest.mark.parametrize("kinds", [{ACUTE}, {POISONING}, {SUICIDE}, {URGENT}, {HELP}])
def test_answers_are_short_enough_to_speak(kinds: set[str]) -> None:
    answer = say(kinds, Situation(emergency_call=True, contact="Anne Holm"))
    assert len(answer.split()) <= 45, answer


def test_a_municipality_file_overrides_some_texts(tmp_path: Path) -> None:
    own = tmp_path / "svar.yml"
    own.write_text('acute: "Ring 1-1-2 med det samme."\n', encoding="utf-8")
    texts = load_answers(own)
    assert texts["acute"] == "Ring 1-1-2 med det samme."
    assert texts["help"] == TEXTS["help"]


@pytest.mark.parametrize(
    "content",
    ['acute: "Ring {nummer}"\n', "ukendt: tekst\n", "- en liste\n", "acute: [1, 2]\n", "a: b: c"],
)
def test_a_bad_answers_file_is_refused(tmp_path: Path, content: str) -> None:
    own = tmp_path / "svar.yml"
    own.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError):
        load_answers(own)


def test_settings_from_the_environment() -> None:
    settings = SafetySettings.from_env(
        {
            "VELFAERD_LAEGEVAGT_PHONE": "1813",
            "VELFAERD_EMERGENCY_CALL": "ja",
            "VELFAERD_EMERGENCY_NOTIFY_WITHOUT_ASKING": "nej",
            "VELFAERD_MISSED_WEBHOOK": "http://127.0.0.1:9/hook",
        }
    )
    assert settings.laegevagt_phone == "1813"
    assert settings.emergency_call and not settings.notify_without_asking
    assert settings.webhook == "http://127.0.0.1:9/hook"  # the missed-dose one by default
    with pytest.raises(SettingsError):
        SafetySettings.from_env({"VELFAERD_EMERGENCY_CALL": "måske"})


def test_a_question_about_a_line_gets_its_number_calmly() -> None:
    numbers = SETTINGS.numbers("")
    answer = helpline_answer("hvad er nummeret til giftlinjen", TEXTS, numbers)
    assert (
        answer == "Giftlinjen svarer hele døgnet på 82 12 12 12, hvis nogen har fået noget giftigt."
    )
    answer = helpline_answer("hvornår har lægevagten åbent", TEXTS, numbers)
    assert "70 11 31 31" in answer and "1-1-2" not in answer
    answer = helpline_answer("hvad er Livslinien og Giftlinjen", TEXTS, numbers)
    assert "70 201 201" in answer and "82 12 12 12" in answer
    assert severity({HELPLINE, POISONING}) == {POISONING}
    # 112 and 1813 compared: each line once, calmly
    answer = helpline_answer("hvad er forskellen på 112 og 1813", TEXTS, numbers)
    assert "70 11 31 31" in answer and "1-1-2 er alarmnummeret" in answer
    answer = helpline_answer("ringer man 1813 eller til lægevagten", TEXTS, numbers)
    assert answer.count("70 11 31 31") == 1
    answer = helpline_answer(
        "hvilket nummer har en læge om natten, det haster ikke", TEXTS, numbers
    )
    assert "70 11 31 31" in answer and "82 12 12 12" not in answer
    answer = helpline_answer("hvad er et et to for noget", TEXTS, numbers)
    assert answer.startswith("1-1-2 er alarmnummeret") and not answer.startswith("Ring")
