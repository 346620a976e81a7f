"""Spoken and Jutlandic words read as the standard ones (bot.core.danish.spoken) by the
readers about the assistant: "hvem er do egentlig", "lytter do med på hva a siger"."""

from __future__ import annotations

import pytest

from bot.core.danish.spoken import standard_word
from bot.core.text import fold


@pytest.mark.parametrize(
    ("said", "standard"),
    [("hva", "hvad"), ("ska", "skal"), ("mæ", "mig"), ("do", "du"), ("itt", "ikke"), ("a", "jeg")],
)
def test_a_spoken_word_is_read_as_the_standard_one(said: str, standard: str) -> None:
    assert standard_word(said, fold(said)) == standard


@pytest.mark.parametrize("said", ["å", "te", "sej", "dej", "kaffe"])
def test_words_that_are_other_words_stay(said: str) -> None:
    assert standard_word(said, fold(said)) == fold(said)
