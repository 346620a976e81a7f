"""Build the Danish spaCy pipeline on disk: spaCy's Danish tokenizer plus the lookup
lemmatiser from spacy-lookups-data. Nothing is downloaded.

    python -m nlu.spacy_da var/spacy_da [--vocabulary data/nlu]

With --vocabulary, the lemma table keeps only the words whose lemma occurs in the
training data. The featurizers read lemmas, and a lemma the model never saw in
training adds no word feature, so the other 470,000 entries (about 190 MB in the
running Rasa server) changed no word feature; such a word is now its own lemma, which
only shifts its character n-grams. Every training word keeps its lemma, so training
is unchanged.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.core.text import fold

_MARKUP = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


def build(target: Path, vocabulary: Path | None = None) -> Path:
    import spacy

    nlp = spacy.blank("da")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    table = lemmatizer.lookups.get_table("lemma_lookup")
    drop_identity_lemmas(table)
    if vocabulary is not None:
        words = {t.text for text in training_texts(vocabulary) for t in nlp.make_doc(text)}
        keep_lemmas_of(table, words)
    nlp.meta["name"] = "velfaerd_da"
    nlp.meta["description"] = "Blank Danish pipeline with lookup lemmatiser, built locally"
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


def drop_identity_lemmas(table: Any) -> int:
    """Remove entries whose lemma is the word itself.

    The lookup lemmatiser returns the word when it is not in the table, so these
    entries change no lemma; dropping them (about 79,000 of 553,000 for Danish)
    saves memory in the running server.
    """
    from spacy.strings import get_string_id

    identical = [key for key, lemma in table.items() if get_string_id(lemma) == key]
    for key in identical:
        del table[key]
    return len(identical)


def training_texts(folder: Path) -> Iterable[str]:
    """Every example sentence and lookup entry in Rasa NLU files, entity markup removed."""
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    yield _MARKUP.sub(r"\1", line[2:])


def keep_lemmas_of(table: Any, words: set[str]) -> int:
    """Keep only entries whose lemma is, as the featurizers see it, a training lemma.

    A training word's own entry always stays: its lemma is a training lemma.
    """
    lemmas = {fold(table.get(w, w)) for w in words}
    unused = [key for key, lemma in table.items() if fold(lemma) not in lemmas]
    for key in unused:
        del table[key]
    return len(unused)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("target", type=Path)
    parser.add_argument("--vocabulary", type=Path, help="folder of Rasa NLU training files")
    args = parser.parse_args(argv)
    print(f"Built Danish spaCy pipeline in {build(args.target, args.vocabulary)}")


if __name__ == "__main__":
    main()
