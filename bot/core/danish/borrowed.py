"""English words typed inside Danish sentences, as Danish: "reminder" for "påmindelse".

A grandson of 17 at his grandmother's speaker ("sæt lige en reminder til mormor om
tandlægen på tirsdag klokken fjorten", set 47) says the English noun; the model had
read the sentence as a plan item. Only inside a Danish sentence (a Danish word beside
it), so an English one stays English and gets "jeg forstår kun dansk".
"""

from __future__ import annotations

import re

from bot.core.text import fold

_REMINDER = re.compile(r"\breminder(s|e|en|ne|erne)?\b", re.IGNORECASE)
_AS_DANISH = {
    None: "påmindelse",
    "en": "påmindelsen",
    "s": "påmindelser",
    "e": "påmindelser",
    "ne": "påmindelserne",
    "erne": "påmindelserne",
}
_DANISH_WORD = re.compile(
    r"\b(?:jeg|du|er|og|det|at|en|et|pa|med|kan|vil|ikke|hvad|min|mig|til|om|har|skal"
    r"|lige|saet|giv|lav|slet|fjern|flyt|vis|alle|mine|hvilke|ny|mormor|morfar|farmor|farfar|mor|far|hende|ham|klokken)\b"
)


def in_danish_words(text: str) -> str:
    """The text with the English loan words written as Danish ones."""
    if not _REMINDER.search(text) or not _DANISH_WORD.search(fold(text).lower()):
        return text
    return _REMINDER.sub(lambda m: _AS_DANISH[(m.group(1) or "").lower() or None], text)
