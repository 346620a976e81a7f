"""Spoken and Jutlandic word forms as standard Danish words, for reading what a speaker
heard ("hva ska a i morgen", "hvem er do egentlig", "a ka itt"): one table, folded
(bot.core.text.fold), whole words only. Words that are also other Danish words in
everyday use stay as they are: "te" (tea), "sej" (tough), "dej" (dough), "ha"."""

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
