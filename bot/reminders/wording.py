"""What a reminder is about, taken from the citizen's own sentence, and the confirmation.

"mind mig om at tage Panodil i morgen kl 8" -> what "at tage Panodil"; the time words are
cut out by their spans from the time parser; "mig"/"min" become "dig"/"din" so the
sentence can be said back: "Jeg minder dig om at tage Panodil i morgen klokken 8."
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from bot.core.danish import spoken_time

# Openings that ask for a reminder but say nothing about what it is for.
_OPENINGS = re.compile(
    r"^(?:(?:kan|vil) du (?:venligst |lige |godt )?|venligst |jeg vil (?:gerne )?have |"
    r"jeg vil gerne |vil du |du skal )?"
    r"(?:(?:minde?|husk(?:e)?|påminde?|paaminde?)\s+(?:mig|os|borgeren|hende|ham)\s+"
    r"(?:(?:også|ogsaa|lige|så|saa)\s+)*(?:om|på|paa)\s+|(?:sæt|saet|lav|opret|giv mig)\s+(?:en\s+|ny\s+)?"
    r"(?:påmindelse|paamindelse|medicinpåmindelse|alarm)\s*(?:om|til|for)?\s*|"
    r"(?:ny\s+)?(?:påmindelse|paamindelse)\s*(?:om|til|for)?\s*|"
    r"jeg vil (?:gerne )?mindes om\s+|jeg skal huske at\s+|der er\s+)",
    re.IGNORECASE,
)
# "til min mor om ...", "for borgeren": who it is for; the sender is the citizen.
_FOR_WHOM = re.compile(
    r"^(?:(?:til|for)\s+)?(?:borgeren|min mor|min far|ham|hende)(?:\s+om\s+|\s*$)",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    # a tag at the end ("mind mig om det ik", "…, ikke også?")
    r"\s*(?:tak|please|kan du minde mig om det|kan du det|så|og|ik|ikk|ikke(?:\s+også|\s+os)?|ik\s+os|vel|hva"
    r"|(?:kan du\s+)?(?:sæt|saet|skriv)\s+det\s+(?:på|paa|ind|op|ned)"
    r"|(?:så\s+)?det\s+skal\s+(?:vel\s+|lige\s+|nok\s+)?(?:skrives|sættes|saettes|noteres)\s+(?:ind|på|paa|op))\s*$",
    re.IGNORECASE,
)
_SWAP = {"mig": "dig", "min": "din", "mit": "dit", "mine": "dine", "jeg": "du"}
_FILLER = {"", "at", "om", "det", "den", "noget", "en", "påmindelse", "paamindelse"}


def _cut(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out = text
    for start, end in sorted(spans, reverse=True):
        out = out[:start] + " " + out[end:]
    return " ".join(out.split())


# Spoken fillers and politeness that are not what to remember.
_FILLERS = re.compile(
    r"\b(?:øh+m?|øhm|øøh|hmm?|altså|lige|goddag du|hej du|undskyld(?: at jeg forstyrrer)?"
    r"|hvis det ikke er for meget besvær|vær (?:så )?sød at|vær så venlig at)\b",
    re.IGNORECASE,
)
# Where the request ends and the thing begins: "giv mig en påmindelse om …", "husk mig
# på …", "sig til mig at …", "skal du minde mig om at …". The word after the frame may
# be who it is for ("giv Jens en påmindelse om …").
_FRAME = re.compile(
    r"\b(?:minde?|mindes|husk(?:e)?|påminde?|paaminde?|påmindelse|paamindelse|sig(?: lige)? til"
    r"|giv(?: mig)? besked)\b(?:\s+(?:mig|os|dig|borgeren|hende|ham|den|det))?"
    r"(?:\s+(?:også|ogsaa|lige|så|saa))*(?:\s+(?:om|på|paa|til|for))?\s*(?=\S|$)",
    re.IGNORECASE,
)
# The thing said before the frame: "jeg skal tage min insulin … mind mig om det".
_SAID_BEFORE = re.compile(
    r"^(?:(?:og|så|men)\s+)?(?:jeg skal|skal jeg)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


_BEFORE_TAIL = re.compile(
    r"\s+(?:kan du|vil du|kunne du|så|og|giv|sæt|saet|lav|tilføj|opret)(?:\s+(?:mig|en|et|ny|os))*$",
    re.IGNORECASE,
)


def _framed(text: str) -> str | None:
    """The part after the last request frame, or the "jeg skal …" before it; None when the
    sentence has no frame (the older rules below then read it)."""
    frames = list(_FRAME.finditer(text))
    if not frames:
        return None
    last = frames[-1]
    after = text[last.end() :].strip(" ,.!?:")
    after = _TRAILING.sub("", after).strip(" ,.!?:")
    if after.lower() not in _FILLER and len(after) >= 2:
        return after
    before = text[: frames[0].start()].strip(" ,.!?:")
    before = _BEFORE_TAIL.sub("", before)
    said = _SAID_BEFORE.match(before)
    return f"at {said['rest']}" if said else None


def reminder_what(text: str, spans: Sequence[tuple[int, int]], medicine: str | None) -> str:
    """The thing to remember in the citizen's words, said back in second person, or ''."""
    rest = _cut(text, spans).strip(" ,.!?:")
    rest = " ".join(_FILLERS.sub(" ", rest).split())
    framed = _framed(rest)
    if framed is not None:
        rest = framed
    previous = None
    while previous != rest:
        previous = rest
        rest = _OPENINGS.sub("", rest).strip(" ,.!?:")
        rest = _FOR_WHOM.sub("", rest).strip(" ,.!?:")
        rest = _TRAILING.sub("", rest).strip(" ,.!?:")
    words = [_SWAP.get(w.lower(), w) for w in rest.split()]
    if words[:2] in (["du", "skal"], ["skal", "du"]):
        # "jeg skal tage min insulin", "klokken ni skal jeg tage min insulin" -> "at tage
        # din insulin"; "skal jeg ha min methotrexat" -> "at tage din methotrexat"
        words = ["at", *words[2:]]
        if medicine and words[1:2] and words[1].lower() in ("ha", "have", "få", "faa"):
            words[1] = "tage"
    if words[:3] == ["at", "du", "skal"]:  # "sig til mig at jeg skal tage …"
        words = ["at", *words[3:]]
    if medicine and [w.lower() for w in words] == [medicine.lower()]:
        words = ["at", "tage", *words]
    if medicine and not any(medicine.lower() == w.lower().strip(",.") for w in words):
        words = ["at", "tage", medicine] if not words or " ".join(words) in _FILLER else words
    said = " ".join(words)
    if said.lower() in _FILLER or len(said) < 2:
        return f"at tage {medicine}" if medicine else ""
    return said


def confirmation(what: str, when: datetime, rrule: str | None, now: datetime) -> str:
    """'Jeg minder dig om at tage Panodil i morgen klokken 8.'"""
    about = what if what.startswith(("at ", "om ")) else f"om {what}"
    if about.startswith("at "):
        about = f"om {about}"
    said = spoken_time.repetition(rrule, when) if rrule else spoken_time.moment(when, now)
    text = f"Jeg minder dig {about} {said}."
    if rrule:
        text += f" Første gang er {spoken_time.moment(when, now)}."
    return text
