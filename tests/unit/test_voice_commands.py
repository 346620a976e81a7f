from __future__ import annotations

import pytest

from voice.commands import COMMAND_PHRASES, SpokenCommand, command_in, is_wake


@pytest.mark.parametrize(
    ("said", "command"),
    [
        ("gentag", SpokenCommand.REPEAT),
        ("Gentag!", SpokenCommand.REPEAT),
        ("sig det igen", SpokenCommand.REPEAT),
        ("hvad sagde du", SpokenCommand.REPEAT),
        ("undskyld hvad sagde du", SpokenCommand.REPEAT),
        ("kan du lige gentage det tak", SpokenCommand.REPEAT),
        ("gen tag", SpokenCommand.REPEAT),
        ("sig det langsommere", SpokenCommand.SLOWER),
        ("langsommere", SpokenCommand.SLOWER),
        ("tal langsommere", SpokenCommand.SLOWER),
        ("tal lidt langsommere tak", SpokenCommand.SLOWER),
        ("stop", SpokenCommand.STOP),
        ("stop stop", SpokenCommand.STOP),
        ("Stop!", SpokenCommand.STOP),
        ("stille", SpokenCommand.STOP),
        ("vær stille", SpokenCommand.STOP),
        ("vaer stille", SpokenCommand.STOP),
        ("hold op", SpokenCommand.STOP),
        ("kan du stoppe", SpokenCommand.STOP),
    ],
)
def test_control_words(said: str, command: SpokenCommand) -> None:
    assert command_in(said) is command


@pytest.mark.parametrize(
    "said",
    [
        # Answers to a spoken reminder go to the assistant.
        "ja",
        "nej",
        "ja tak",
        "nej tak",
        "udsæt",
        "udsæt den",
        "om ti minutter",
        "har taget den",
        # Longer sentences that merely contain a control word.
        "hvornår stopper bussen",
        "stopper du",
        "stop med at minde mig om panodil",
        "gentag min påmindelse om panodil",
        "hvad er en spiserobot",
        "",
        "   ",
        "[unk]",
    ],
)
def test_not_control_words(said: str) -> None:
    assert command_in(said) is None


def test_every_phrase_is_its_own_command() -> None:
    assert all(command_in(p) is not None for p in COMMAND_PHRASES)


def test_wake_phrase() -> None:
    assert is_wake("hej assistent", "hej assistent")
    assert is_wake("hej assistenten", "hej assistent")
    assert is_wake("Hej, assistent!", "hej assistent")
    assert not is_wake("[unk]", "hej assistent")
    assert not is_wake("", "hej assistent")
    assert not is_wake("hej", "hej assistent")
    assert not is_wake("hej assistent", "")
