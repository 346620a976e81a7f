"""A question put in the words the answerer reads: a compound said as two words joined
again, a question in a subordinate clause put as a question, and the frame around a
question passed on ("en borger spørger om …") and its filler words left out.

The answerer (bot/knowledge/answers.py) and the ranking (bot/ranking.py) read questions
through these; this module only rewrites the text.
"""

from __future__ import annotations

import re

from bot.knowledge import asked as read

# "forklar hvad velfærdsteknologi er", "ved du hvad en spiserobot er for noget": the
# question in a subordinate clause, its verb last, as the names are not written
# ("hvad er velfærdsteknologi" names KL's definition; "velfærdsteknologi" alone came
# closest to the pool's name, "velfærdsteknologipuljen").
_SUBORDINATE = re.compile(
    r"\bhvad (?P<what>(?:[\w-]+ ){0,3}?[\w-]+) (?P<verb>er|betyder|dækker over|går ud på)"
    r"(?: for (?:noget|en størrelse|en fisk))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def main_clause(text: str) -> str:
    """A question asked in a subordinate clause, put as a question: "forklar kort hvad
    velfærdsteknologi er" → "forklar kort hvad er velfærdsteknologi"; a question passed on
    ("en borger spørger hvad de tre bundlinjer er, det står på en folder her", set 18)
    without its frame and its remark."""
    text = _INTRODUCED.sub("", text.strip())
    text = _RECALLED.sub("hvad er ", text)
    passed = _PASSED_ON.match(text)
    if passed is not None:
        text = text[passed.end() :]
        if passed.group(0).rstrip().lower().endswith(" om"):
            # "… spørger om han må give hende en gps": "må han give hende en gps" (set 22)
            text = read.as_yes_no(text)
    text = _REMARK_AFTER.sub("", text)
    return _SUBORDINATE.sub(lambda m: f"hvad {m['verb']} {m['what']}", text.strip())


# "hej jeg er frivillig i nethjælpen, en borger spørger …" (set 17): who asks, not what
_INTRODUCED = re.compile(
    r"^(?:(?:hej|hejsa|goddag|godmorgen)[,!.]? )?jeg er (?:frivillig|sosu\w*|sygeplejerske|hjemmehjælper|hjemmehjaelper"
    r"|ergoterapeut|fysioterapeut|pårørende|paaroerende|social- og sundheds\w*)(?: \w+){0,3}[,.:]\s+(?=\S)"
    # "nethjælper her.", "hej, frivillig på biblioteket." (set 22): who writes, said short
    r"|^(?:(?:hej|hejsa|goddag|godmorgen)[,!.]? )?(?:frivillig|nethjælper|nethjaelper|nethjælperen|bibliotekar)"
    r"(?: her| herfra| (?:på|paa|fra|i) (?:\w+ )?(?:biblioteket|nethjælpen|nethjaelpen|\w+bibliotek\w*))?"
    r"[,.:!]\s+(?=\S)",
    re.IGNORECASE,
)
_PASSED_ON = re.compile(
    r"^(?:(?:en|min|vores|hans|hendes|denne|den) )?(?:borger\w*|kunde\w*|dame|mand|datter|søn|soen|mor|far|bruger\w*"
    r"|beboer\w*|pårørende|paaroerende|kvinde|herre|ældre \w+|aeldre \w+|hun|han|de)"
    # "en mand her spørger", "en pårørende ved siden af mig vil vide" (set 22)
    r"(?: her| herinde| hos mig| ved siden af mig| ved skranken)?"
    r" (?:spørger|spoerger|vil vide|vil gerne vide|undrer sig over|vil høre)(?: om)? "
    # "jeg har en her der spørger om …", "der er en her som vil vide …" (set 22)
    r"|^(?:jeg har|der er|her er) (?:en|et|én) (?:\w+ )?(?:her |herinde )?(?:der|som)"
    r" (?:spørger|spoerger|vil vide|vil gerne vide|undrer sig over|gerne vil vide)(?: om)? ",
    re.IGNORECASE,
)
# "Kan du lige minde mig om de tre bundlinjer i KL's erklæring" (set 55): what the
# documents say asked to be recalled is asked what it is
_RECALLED = re.compile(
    r"^(?:(?:kan|vil|kunne|gider) (?:du|I) )?(?:(?:lige|hurtigt|venligst) )*"
    r"(?:minde?|genopfriske?) (?:mig|os) om (?=\S)",
    re.IGNORECASE,
)
_REMARK_AFTER = re.compile(
    r",\s*(?:det står|det stod|det staar|jeg har læst|jeg så|jeg har hørt|står der"
    # ", jeg skal bruge dem i mit oplæg i aften" (set 55): what it is for
    r"|(?:jeg|vi) skal bruge (?:det|dem|den|tallene))\b.*$",
    re.IGNORECASE,
)


def without_frame(text: str) -> str:
    """A question passed on without who passes it on ("en borger her spørger om der
    findes …" → "der findes …"); only a yes-or-no question's frame, as "min mor spørger
    om det samme hele tiden" tells a need."""
    said = _INTRODUCED.sub("", text.strip())
    passed = _PASSED_ON.match(said)
    if passed is None or not read.is_yes_no_clause(said[passed.end() :]):
        return text
    return said[passed.end() :]


# A compound said as two words, as speech often writes it ("velfærds teknologi",
# "skærm besøg"): one word again, so names and questions read as typed (set 8).
_SPLIT_COMPOUND = re.compile(
    # KL's categories said in two words too ("mobilitets teknologi", set 18)
    r"\b(velfærds|velfaerds|skærm|skaerm|medicin|demens|hjælpe|hjaelpe|døgn|doegn|søvn|soevn|mobilitets"
    r"|hygiejne|sanse|rengørings|rengoerings|service|trænings|traenings|tryghedsskabende|senge|motivations"
    r"|struktur|planlægnings|planlaegnings|måltids|maaltids|doserings|dosserings)[ -]"
    r"(teknologi\w*|besøg\w*|besoeg\w*|robot\w*|alarm\w*|midler|middel\w*|ur\b|sensor\w*"
    r"|rytme\w*|maskine\w*)",
    re.IGNORECASE,
)


# "hvad er det egentlig for noget det der X", "hvad er det for noget med X": spoken for
# "hvad er X" (the words between pulled other names forward).
_WHAT_IS_SPOKEN = re.compile(
    r"\bhvad er det(?: nu| egentlig| egentligt| lige)* for (?:noget|en|et)(?: med)?"
    r"(?: (?:det|den|de) der| det| den)?\s+(?=\w)",
    re.IGNORECASE,
)


def without_fillers(text: str) -> str:
    """Words that say nothing of what is asked, and split a name the question says
    ("hvilke teknologier frigør egentlig mest tid", set 19)."""
    return _FILLERS.sub("", text)


_FILLERS = re.compile(r"\s+(?:egentlig|egentligt|faktisk|mon)\b", re.IGNORECASE)


def joined_compounds(text: str) -> str:
    """The sentence as typed: a compound said as two words one word again, and the
    spoken "hvad er det for noget det der X" as "hvad er X"."""
    text = _SPLIT_COMPOUND.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    text = _WHAT_IS_SPOKEN.sub("hvad er ", text)
    text = _MEANS_THAT.sub(lambda m: f"{m.group(1)} ", text)
    return _HEARD_OF.sub("", text)


# "hvad betyder det der X", "hvad dækker sådan en X over": the thing itself ("hvad er det
# der …" is left alone: "hvad er det der gør det svært" asks something else).
_MEANS_THAT = re.compile(
    r"\b(hvad (?:betyder|dækker|daekker|menes med|forstås ved|forstaas ved))"
    r" (?:(?:det|den|de) der|sådan en|sådan et|sån en|sån et|saadan en|saadan et) (?=\w)",
    re.IGNORECASE,
)


# "… man hører så meget om", "… som man læser om": where one met the word, not a subject.
_HEARD_OF = re.compile(
    r"\s+(?:som |der )?(?:man|jeg|vi) (?:hører|hoerer|horer|læser|laeser|laser|ser|har hørt)"
    r"(?: så meget| saa meget| tit| altid| nu| meget)? om(?=\s*[?.!]?\s*$)",
    re.IGNORECASE,
)
