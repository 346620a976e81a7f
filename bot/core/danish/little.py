"""Little words as spoken Danish says them and a recogniser writes them: "te" for "til",
"å" for "og" and "osse" for "også".

A woman of 80 on Fyn at her speaker (set 52: "nej ryk den te ni" had asked for the new
time again, "hva var det nu a sagde te dæ" was not understood, "å i gangen osse" after a
lamp was read as poisoning by the model, "osse" alone as well) says "te" before an hour or a person and opens
a follow-up with "å". Only there: "te" is tea after "en kop", "drikke" and their like,
and elsewhere it is left as it is ("a ska te læge" is read by the reminder text's own
spoken words); "å" opening a sentence is "og" only before a place, "så" or a question
word ("å nej" is a sigh). "osse" is always "også".
"""

from __future__ import annotations

import re

_HOURS = (
    r"\d|halv|kvart|klokken|kl|et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten"
    r"|fjorten|femten|seksten|sytten|atten|nitten|tyve|middag|frokost|aften"
)
_PERSONS = (
    r"dig|dæ|mig|mæ|ham|hende|os|jer|dem|det|den|min|mit|mine|din|dit|dine|sin|sit|sine"
    r"|hans|hendes|deres"
)
# tea: "en kop te til mig", "drikke te med mælk"
_TEA_BEFORE = frozenset(
    "kop kopper krus drikke drikker drak drukket lave lavet varm kold grøn sort urte kamille"
    " lidt noget mere".split()
)
_TE = re.compile(rf"(\w+\s+)?\bte(?=\s+(?:{_HOURS}|{_PERSONS})(?!\w))", re.IGNORECASE)
_OPENING_AA = re.compile(
    r"^(\s*)å(?=\s+(?:i|på|pa|te|til|med|ud|ind|inde|ude|nede|oppe|ovre|herinde|derinde|så|sa"
    r"|hvad|hva|hvor|hvornår|hvem|hvilke|hvilken|den|det|dem|lyset|lampen|varmen)(?!\w))",
    re.IGNORECASE,
)


_OSSE = re.compile(r"\b(o)sse\b", re.IGNORECASE)


def little_words(text: str) -> str:
    """The text with spoken "te" before an hour or a person as "til", "å" opening a
    sentence before a place, "så" or a question word as "og", and "osse" as "også"."""
    low = text.lower()
    if "te" not in low and "å" not in low and "osse" not in low:
        return text
    text = _OSSE.sub(lambda m: m.group(1) + "gså", text)
    text = _OPENING_AA.sub(lambda m: m.group(1) + ("Og" if m.group(0)[-1] == "Å" else "og"), text)
    return _TE.sub(_til, text)


def _til(m: re.Match[str]) -> str:
    before = m.group(1) or ""
    if before.strip().lower() in _TEA_BEFORE:
        return m.group(0)
    te = m.group(0)[len(before) :]
    return before + ("Til" if te[0] == "T" else "til")
