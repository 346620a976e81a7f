"""Held-out set 40's classes, read from a message's words: a helper's correction ("… –
nej hun mener …"), where the part after it is the real question; words written
together ("hvordan fårman en …"); and what a thing just offered is called ("hvad kalder
man sådan noget").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_words

# "… – nej hun mener om …", "nej, han spørger hvad …", "nej de vil vide …"
_CORRECTION = re.compile(
    r"\bnej,?\s+(?:hun|han|de|vi|borgeren|kunden|damen|manden)\s+"
    r"(?:mener|spørger|spoerger|siger|vil vide|vil gerne vide|tænker på|taenker paa)\s*,?\s*"
    r"(?:egentlig\s+|faktisk\s+)?(?:om\s+(?=(?:hun|han|de|man|jeg|vi|kommunen|det|den)\b))?",
    re.IGNORECASE,
)
# a question of its own: "hvad …", "hvordan …", "kan hun …"
_ASKING = re.compile(r"(?:hv\w+|kan|må|skal|koster|betaler|er|har|findes|gælder)\b", re.IGNORECASE)
# "… får en", "… den …": the thing named before the correction
_BACK = re.compile(r"\b(?:den|det|dem|få en|får en|låne en)\b")
# "…, ikke hvad den er": what is not asked, closing the correction
_NOT_ASKED = re.compile(r"\s*[,–-]?\s*\bikke (?:hvad|hvordan|hvem|om)\b[^.?!]*[.?!]?\s*$")
# "fårman", "kanjeg", "skalvi": a verb and its subject written together
_JOINED = re.compile(
    r"\b(får|kan|skal|må|bør|gør|søger)(man|jeg|vi|hun|han)\b",
    re.IGNORECASE,
)
# "hvad kalder man sådan noget", "hvad hedder det", "hvad kaldes den slags"
_WHAT_CALLED = re.compile(
    r"^(?:og |men )?(?:hvad|hvordan) (?:kalder man|kaldes|hedder)"
    r" (?:sadan (?:noget|en|et|nogle)|det|den|dem|de|den slags|det der|den der)"
    r"(?: (?:sa|egentlig|overhovedet|for noget|her))*$"
)


def meant_instead(text: str) -> str | None:
    """The real question after a helper's "nej hun mener …", without "…, ikke hvad den
    er"; None when the message corrects nothing, or leaves too little to ask."""
    found = [*_CORRECTION.finditer(text)][-1:]
    if not found:
        return None
    rest = _NOT_ASKED.sub("", text[found[0].end() :]).strip(" ,.–-")
    # "nej hun mener så hjemmeplejen ikke skal …": why, not another question
    asked = found[0].group(0).lower().rstrip().endswith("om") or _ASKING.match(rest)
    return rest if asked and len(rest.split()) >= 2 else None


def refers_back(text: str) -> bool:
    """ "hvordan man får en", "hvad den bruges til": of a thing named before."""
    return bool(_BACK.search(text.lower()))


def written_apart(text: str) -> str:
    """ "hvordan fårman en spiserobot" as "hvordan får man en spiserobot"."""
    return _JOINED.sub(r"\1 \2", text)


def asks_what_it_is_called(text: str) -> bool:
    """ "hvad kalder man sådan noget" of a thing just offered: naming nothing itself."""
    return bool(_WHAT_CALLED.search(" ".join(said_words(text))))
