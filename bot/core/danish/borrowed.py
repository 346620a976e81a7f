"""English words typed inside Danish sentences, as Danish: "reminder" for "påmindelse".

A grandson of 17 at his grandmother's speaker ("sæt lige en reminder til mormor om
tandlægen på tirsdag klokken fjorten", set 47) says the English noun; the model had
read the sentence as a plan item. A son in the web chat (set 50) mixes in more: "hvad er
et skærmbesøg exactly", "er det instead of at hjemmeplejen kommer?", "kan kommunen force
hende til …", "hvad siger den survey fra 2024 om hvorfor kommunerne struggler med …",
"how do we apply for it hos kommunen?": a small gloss of common English words and
phrases, written as the Danish ones. Only inside a Danish sentence (a Danish word beside
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
# Words only Danish has (folded): no "at", "i", "a", "to", "is", "for", which English
# has too, so "I want to apply for it at the office" stays English.
_ONLY_DANISH = re.compile(
    r"\b(?:jeg|du|og|det|den|der|en|et|pa|med|kan|ka|vil|ikke|hvad|hvor|hvordan|hvem"
    r"|hvorfor|hvornar|min|mit|mine|mig|om|har|skal|hun|han|hende|ham|hos|fra|af"
    r"|noget|nogen|eller|ogsa|sa|sig|sine|vi|hjemmeplejen|kommunen|kommune"
    r"|kommunerne|fa|fik|mor|hjaelp\w*|teknologi\w*|velfaerd\w*)\b"
)
# The gloss, longest first: an English phrase or word inside a Danish sentence, and the
# Danish it means there. A phrase's pronoun is read as the one the Danish takes.
_PERSON = {"we": "vi", "i": "jeg", "you": "man", "they": "de", "she": "hun", "he": "han"}
_GLOSS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), danish)
    for pattern, danish in (
        (
            r"\bhow (?:do|can|would|should) (we|i|you|they|she|he) apply(?: for (?:it|one|that|this))?",
            "hvordan søger {0} om det",
        ),
        (
            r"\bhow (?:do|can) (we|i|you|they|she|he) get (?:it|one|that|this)\b",
            "hvordan får {0} det",
        ),
        (r"\bapply(?:ing)? for\b", "søge om"),
        (r"\binstead of\b", "i stedet for"),
        (r"\brather than\b", "i stedet for"),
        (r"\bstruggle(?:r|de|s|d)? (?:med|with)\b", "har svært ved"),
        (r"\bstruggle(?:r|de|s|d)?\b", "har det svært"),
        (r"\bforce(?:r|s)?\b", "tvinge"),
        (r"\bforced\b", "tvunget"),
        (r"\bsurvey(?:s|ene)\b", "undersøgelserne"),
        (r"\bsurvey(?:et|en)\b", "undersøgelsen"),
        (r"\bsurvey\b", "undersøgelse"),
        (r"\bexactly\b", "egentlig"),
        (r"\bactually\b", "egentlig"),
        (r"\bbasically\b", "egentlig"),
        (r"\banyway\b", "alligevel"),
        (r"\bmaybe\b", "måske"),
        (r"\bhow long\b", "hvor lang tid"),
        (r"\bhow much\b", "hvor meget"),
        (r"\bfor free\b", "gratis"),
        (r"\breplace(?:r|s)?\b", "erstatte"),
        (r"\bprivacy\b", "privatliv"),
        (r"\bdownsides?\b|\bdrawbacks?\b", "ulemper"),
        (r"\bbenefits?\b", "fordele"),
        (r"\bhome care\b", "hjemmepleje"),
        (r"\bnursing home\b", "plejehjem"),
        (r"\belderly\b", "ældre"),
    )
)


def _glossed(text: str) -> str:
    """The text with the gloss's English written as Danish."""
    for pattern, danish in _GLOSS:

        def meant(m: re.Match[str], danish: str = danish) -> str:
            said = danish.format(*(_PERSON[g.lower()] for g in m.groups()))
            return said[0].upper() + said[1:] if m.group(0)[0].isupper() else said

        text = pattern.sub(meant, text)
    return text


def in_danish_words(text: str) -> str:
    """The text with the English loan words written as Danish ones."""
    folded = fold(text).lower()
    if _ONLY_DANISH.search(folded):
        text = _glossed(text)
    if not _REMINDER.search(text) or not _DANISH_WORD.search(fold(text).lower()):
        return text
    return _REMINDER.sub(lambda m: _AS_DANISH[(m.group(1) or "").lower() or None], text)
