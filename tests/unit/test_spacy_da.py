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
