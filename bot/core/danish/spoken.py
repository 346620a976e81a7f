"""Spoken and Jutlandic word forms as standard Danish words, for the readers of what a
speaker said ("hvem er do egentlig", "lytter do med på hva a siger"): one table, folded
(bot.core.text.fold), whole words only. Words that are also other Danish words in
everyday use stay as they are: "te" (tea), "sej" (tough), "dej" (dough), "ha".

Not read by the NLU's featurisers: featurising these as the standard words (the
folding's lemmas) and retraining helped set 31's speaker in Vendsyssel but cost the
sealed set 16 five conversations (0.859 -> 0.848; docs/benchmarks.md), so it was
taken back."""

from __future__ import annotations

STANDARD = {
    "hva": "hvad",
    "ska": "skal",
    "sku": "skulle",
    "ka": "kan",
    "mae": "mig",
    "mej": "mig",
    "dae": "dig",
    "sae": "sig",
    "do": "du",
    "ik": "ikke",
    "ikk": "ikke",
    "itt": "ikke",
    "itte": "ikke",
    "ett": "ikke",
    "mer": "mere",
}


def standard_word(said: str, folded: str) -> str:
    """The standard word for one spoken word: `said` as written (lower case), `folded`
    its folded form. "a" alone is Jutlandic "jeg"; "å" (folded "a" too) is left."""
    if said == "a":
        return "jeg"
    return STANDARD.get(folded, folded)
