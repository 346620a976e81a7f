"""The Danish spaCy pipeline built on disk lemmatises exactly like spaCy's full table."""

from pathlib import Path

import spacy

from nlu.spacy_da import build

WORDS = (
    "glemmer glemme medicin medicinen falder natten skærmbesøg spiserobotten gik går "
    "husker stolen børnene hjælpemidler kommunen borgeren borgere sengen piller vasker "
    "er var har havde mor far hus huse ensom ensomme"
).split()


def test_built_pipeline_gives_the_same_lemmas_as_the_full_table(tmp_path: Path) -> None:
    full = spacy.blank("da")
    full.add_pipe("lemmatizer", config={"mode": "lookup"})
    full.initialize()
    built = spacy.load(build(tmp_path / "spacy_da"))
    text = " ".join(WORDS)
    assert [t.lemma_ for t in built(text)] == [t.lemma_ for t in full(text)]
    assert built.lang == "da"
    table = built.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    assert 400_000 < len(table) < 553_116


def test_vocabulary_keeps_every_word_whose_lemma_training_uses(tmp_path: Path) -> None:
    data = tmp_path / "nlu"
    data.mkdir()
    (data / "x.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: describe_need\n  examples: |\n'
        "    - min mor glemmer sin [medicin](medicine)\n    - sengen er for høj\n",
        encoding="utf-8",
    )
    full = spacy.blank("da")
    full.add_pipe("lemmatizer", config={"mode": "lookup"})
    full.initialize()
    built = spacy.load(build(tmp_path / "spacy_da", vocabulary=data))
    # Other forms of a training lemma ("glemte" -> "glemme", "senge" -> "seng") keep it.
    same = "glemmer glemte glemt sengen senge sengene mor medicin"
    assert [t.lemma_ for t in built(same)] == [t.lemma_ for t in full(same)]
    # A word whose lemma training never uses is its own lemma now.
    assert [t.lemma_ for t in built("husker")] == ["husker"]
    assert [t.lemma_ for t in full("husker")] == ["huske"]
    assert len(built.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")) < 1_000
