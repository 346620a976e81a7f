import pytest

from bot.core.text import fold, has_letters, strip_control, words


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("skærmbesøg", "skaermbesoeg"),
        ("skærmbesøg", "skaermbesog"),
        ("gå", "gaa"),
        ("gå", "ga"),
        ("Hjælp", "HJAELP"),
        ("café", "cafe"),
    ],
)
def test_fold_makes_spellings_meet(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_different_words_apart() -> None:
    assert fold("skærm") != fold("skam")


def test_words_drops_punctuation_and_folds() -> None:
    assert words("Hvad er et Skærmbesøg?!") == ["hvad", "er", "et", "skaermbesog"]


def test_strip_control_removes_invisible_and_keeps_text() -> None:
    assert strip_control("hej\x00 med\tdig\u200b") == "hej med dig"


@pytest.mark.parametrize(
    ("text", "expected"), [("😀😀", False), ("?!", False), ("hej 😀", True), ("112", True)]
)
def test_has_letters(text: str, expected: bool) -> None:
    assert has_letters(text) is expected


def test_a_value_from_outside_cannot_forge_a_log_line() -> None:
    from bot.core.text import loggable

    assert loggable("RS256\n2026-12-02 INFO forged") == "RS256\\n2026-12-02 INFO forged"
    assert loggable("a\r\x1b[31mb", 20) == "a\\r\\x1b[31mb"
    assert loggable("x" * 100, 10) == "x" * 10
