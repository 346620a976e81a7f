"""Spoken and Jutlandic words read as the standard ones (bot.core.danish.spoken), and the
NLU featurising them so (nlu/folding.py): "hva ska a i morgen" is "hvad skal jeg i
morgen" to the model, while the text itself is left as said."""

from __future__ import annotations

import pytest
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.core.danish.spoken import standard_word
from bot.core.text import fold
from nlu.folding import DanishFolding


@pytest.mark.parametrize(
    ("said", "standard"),
    [("hva", "hvad"), ("ska", "skal"), ("mæ", "mig"), ("do", "du"), ("itt", "ikke"), ("a", "jeg")],
)
def test_a_spoken_word_is_read_as_the_standard_one(said: str, standard: str) -> None:
    assert standard_word(said, fold(said)) == standard


@pytest.mark.parametrize("said", ["å", "te", "sej", "dej", "kaffe"])
def test_words_that_are_other_words_stay(said: str) -> None:
    assert standard_word(said, fold(said)) == fold(said)


def _folded(text: str) -> tuple[list[str], str]:
    tokens, at = [], 0
    for word in text.split():
        start = text.index(word, at)
        tokens.append(Token(word, start, lemma=word))
        at = start + len(word)
    message = Message({TEXT: text})
    message.set(TOKENS_NAMES[TEXT], tokens)
    DanishFolding().process([message])
    return [t.lemma for t in message.get(TOKENS_NAMES[TEXT])], message.get(TEXT)


def test_the_model_reads_jutlandic_as_standard_but_the_text_stays() -> None:
    lemmas, text = _folded("hva ska a på fredag")
    assert lemmas == ["hvad", "skal", "jeg", "pa", "fredag"]
    assert text == "hva ska a på fredag"


def test_the_jutlandic_og_is_not_jeg() -> None:
    assert _folded("kaffe å kage")[0] == ["kaffe", "a", "kage"]
