"""Build the Danish spaCy pipeline on disk: spaCy's Danish tokenizer plus the lookup
lemmatiser from spacy-lookups-data. Nothing is downloaded.

    python -m nlu.spacy_da var/spacy_da
"""

from __future__ import annotations

import argparse
from pathlib import Path


def build(target: Path) -> Path:
    import spacy

    nlp = spacy.blank("da")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.meta["name"] = "velfaerd_da"
    nlp.meta["description"] = "Blank Danish pipeline with lookup lemmatiser, built locally"
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    print(f"Built Danish spaCy pipeline in {build(args.target)}")


if __name__ == "__main__":
    main()
