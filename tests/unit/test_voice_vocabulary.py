from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from voice.vocabulary import UNKNOWN, Vocabulary, load_vocabulary, number_words, tokens

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = [
    "hvad er en spiserobot",
    "mind mig om at tage panodil klokken otte",
    "jeg har taget den",
    "jeg har ikke taget den",
    "min mor kan ikke stå op i badet",
    "hvilke påmindelser har jeg",
    "mind mig om mine piller kl 20",  # digits: words only, no phrase
]


@pytest.fixture(scope="module")
def small() -> Vocabulary:
    return Vocabulary(SENTENCES, medicines=["Panodil", "Pinex", "Accusol 35 Kalium 2 mmol/l"])


@pytest.fixture(scope="module")
def project() -> Vocabulary:
    return load_vocabulary(ROOT, extra=["hej assistent"])


def test_tokens_are_what_a_recogniser_writes() -> None:
    assert tokens("Mind mig om [Panodil], kl. 20!") == ["mind", "mig", "om", "panodil", "kl"]
    assert tokens("skylle-tørretoilet") == ["skylle", "tørretoilet"]


def test_number_words() -> None:
    said = number_words()
    assert {"nul", "otte", "tolv", "tyve", "femogtyve", "halvtreds", "nioghalvtreds"} <= set(said)


def test_phrases_and_grammar(small: Vocabulary) -> None:
    assert "mind mig om mine piller kl" not in small.phrases
    assert "piller" in small.words and "accusol" in small.words and "kalium" in small.words
    assert "accusol" in small.phrases  # a medicine is said without its strength
    grammar = small.grammar()
    assert grammar[-1] == UNKNOWN
    assert grammar[:-1] == sorted(grammar[:-1])
    assert all(w == w.lower() and " " not in w for w in grammar[:-1])


@pytest.mark.parametrize(
    ("heard", "corrected"),
    [
        ("hvad er en spise robot", "hvad er en spiserobot"),
        ("hvilke påmindelser har eg", "hvilke påmindelser har jeg"),
        ("min mor kan ikke stå op i bade", "min mor kan ikke stå op i badet"),
        ("panodill", "panodil"),
        ("hvad er en spiserobot", "hvad er en spiserobot"),  # known: unchanged
    ],
)
def test_close_transcripts_are_corrected(small: Vocabulary, heard: str, corrected: str) -> None:
    assert small.correct(heard) == corrected


@pytest.mark.parametrize(
    "heard",
    [
        "mind mig om at tage panodil klokken ni",  # a time never changes
        "mind mig om at tage pinex klokken otte",  # nor a medicine
        "hvad er en spiserobot til børn",  # a known word is not dropped
        "hvornår kommer bussen",  # far from everything
        "",
    ],
)
def test_unsafe_or_far_transcripts_are_left_alone(small: Vocabulary, heard: str) -> None:
    assert small.correct(heard) == heard


def test_yes_and_no_are_never_corrected_away() -> None:
    only_yes = Vocabulary(["jeg har taget den", "ja"])
    assert only_yes.correct("jeg har taget dem") == "jeg har taget den"
    assert only_yes.correct("jeg har ikke taget den") == "jeg har ikke taget den"
    assert only_yes.correct("nej") == "nej"


def test_the_project_vocabulary(project: Vocabulary) -> None:
    words = set(project.words)
    # Training sentences, knowledge names, medicine names, time words, commands, wake.
    assert {"påmindelse", "spiserobot", "vasketoilet", "hjertemagnyl", "marevan"} <= words
    assert {"klokken", "kvarter", "tirsdag", "morgen", "femogtyve", "halv"} <= words
    assert {"gentag", "langsommere", "stop", "udsæt", "hej", "assistent"} <= words
    assert not any("[" in w or "(" in w or "{" in w for w in words)
    assert project.correct("hvad er en spise robot") == "hvad er en spiserobot"
    assert project.correct("hjertemagnyll") == "hjertemagnyl"
    assert project.correct("mind mig om panodil klokken ni") == "mind mig om panodil klokken ni"
    assert project.correct("hvad koster en spiserobot") == "hvad koster en spiserobot"


def test_correction_is_stable(project: Vocabulary) -> None:
    """The same answer every time (bench/voice.py measures how fast it is)."""
    heard = ["hvad er en spise robot", "mind mig om min medicin klokken otte", "øh hvad"] * 20
    first = [project.correct(h) for h in heard]
    assert [project.correct(h) for h in heard] == first


def test_markup_is_stripped_from_training_data(tmp_path: Path) -> None:
    nlu = tmp_path / "data" / "nlu"
    nlu.mkdir(parents=True)
    (nlu / "x.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: set_reminder\n  examples: |\n'
        "    - mind mig om [Furix](medicine) på mandag\n"
        '    - husk [min mor]{"entity": "person"} ved frokost\n'
        '- lookup: medicine\n  examples: |\n    - Furix\n    - Pinex "Actavis"\n'
        "- regex: nummer\n  examples: |\n    - \\d+\n",
        encoding="utf-8",
    )
    knowledge = tmp_path / "data" / "knowledge"
    shutil.copytree(ROOT / "tests" / "fixtures" / "knowledge", knowledge)
    shutil.copy(ROOT / "data" / "knowledge" / "schema.json", knowledge / "schema.json")
    vocabulary = load_vocabulary(tmp_path)
    assert "mind mig om furix på mandag" in vocabulary.phrases
    assert "husk min mor ved frokost" in vocabulary.phrases
    assert "pinex" in vocabulary.phrases
    assert not any("entity" in w or w == "medicine" or w == "actavis" for w in vocabulary.words)


def test_a_homes_names_join_the_limited_words() -> None:
    from bot.home.config import load_home
    from testkit.mqtt import EXAMPLE_HOME
    from voice.vocabulary import home_phrases

    phrases = home_phrases([load_home(EXAMPLE_HOME)])
    assert {"lampen ved sofaen", "soveværelset", "procent", "halvfjerds"} <= set(phrases)
