"""Spoken and Jutlandic word forms as standard Danish words, for the readers of what a
speaker said ("hvem er do egentlig", "lytter do med på hva a siger"): one table, folded
(bot.core.text.fold), whole words only. Words that are also other Danish words in
everyday use stay as they are: "te" (tea), "sej" (tough), "dej" (dough), "ha".

Not read by the NLU's featurisers: featurising these as the standard words (the
folding's lemmas) and retraining helped set 31's speaker in Vendsyssel but cost the
sealed set 16 five conversations (0.859 -> 0.848; docs/benchmarks.md), so it was
taken back."""

from __future__ import annotations

import re

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
    # Vendsyssel's "nowwet", "nowwen" (set 50: "husk mæ lige på nowwet" is the vague
    # "noget", what it is comes next)
    "nowwet": "noget",
    "nowet": "noget",
    "nowwen": "nogen",
    "nowen": "nogen",
}


def standard_word(said: str, folded: str) -> str:
    """The standard word for one spoken word: `said` as written (lower case), `folded`
    its folded form. "a" alone is Jutlandic "jeg"; "å" (folded "a" too) is left."""
    if said == "a":
        return "jeg"
    return STANDARD.get(folded, folded)


# "te" is "til" between a verb of going or having and what follows ("a ska te læge",
# "foder te hønsene"); elsewhere it is tea ("en kop te").
_TIL_AFTER = frozenset({"skal", "ska", "kommer", "gar", "kore", "korer", "foder", "mad", "brev"})


# what follows Jutlandic "a" (I): "a ska", "a har", "a går i seng"
_AFTER_I = frozenset(
    {"ska", "skal", "sku", "skulle", "har", "ha", "er", "vil", "ka", "kan", "gar", "kommer"}
    | {"ma", "glemmer", "tager", "tar", "sover", "mener", "mente", "tror", "ik", "ikke", "it"}
    | {"itte", "vil", "var", "fik", "bliver", "blir", "skal", "hader", "kan", "har"}
)


# Words of appointments and things to remember that a recogniser cuts in two ("skriv fri
# sør i min plan", set 51; "tand læge", "fod terapeut"), joined again: only into these
# words (folded), so two real words are joined only when they make one of them.
_WHOLE = frozenset(
    """frisor frisoren tandlaege tandlaegen fodterapeut fodterapeuten fysioterapeut
    fysioterapeuten sygeplejerske sygeplejersken ojenlaege ojenlaegen orelaege orelaegen
    hjemmehjaelp hjemmehjaelpen hjemmeplejen genoptraening genoptraeningen blodprove
    blodproven blodtryk blodtrykket blodtrykspiller vitaminpille vitaminpillen hjertepiller
    hjertemedicin sovepiller piller pillerne medicin medicinen insulin skraldespand
    skraldespanden kirkegarden kirkegard fodselsdag fodselsdagen frokost aftensmad
    morgenmad""".split()
)


def _joined_pieces(tokens: list[str]) -> list[str]:
    """Word tokens (with the spaces between as tokens) with two or three pieces that
    together make one of `_WHOLE` written as that word."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token[:1].isalnum() and _fold(token.lower()) not in _WHOLE:
            for n in (3, 2):
                words = tokens[i : i + 2 * n - 1 : 2]
                spaces = tokens[i + 1 : i + 2 * n - 1 : 2]
                if (
                    len(words) == n
                    and all(w[:1].isalnum() for w in words)
                    and all(s == " " for s in spaces)
                    and _fold("".join(words).lower()) in _WHOLE
                ):
                    out.append("".join(words))
                    i += 2 * n - 1
                    break
            else:
                out.append(token)
                i += 1
        else:
            out.append(token)
            i += 1
    return out


def standard_words(text: str) -> str:
    """A sentence as the standard words of what the speaker said, for what is written down
    (a plan item's title, a reminder's thing): "a ska te læge" -> "jeg skal til læge",
    "æ frisør kommer" -> "frisør kommer" (the Jutlandic article before a word is left out),
    "mind mæ om å køb foder te hønsene" -> "mind mig om at køb foder til hønsene". Case
    and punctuation of the other words are kept."""
    tokens = _joined_pieces(re.findall(r"\w+|\W+", text))
    out: list[str] = []
    previous = ""
    for i, token in enumerate(tokens):
        if not token[0].isalnum() and token[0] != "_":
            out.append(token)
            continue
        low = token.lower()
        folded = _fold(low)
        following = next((t for t in tokens[i + 1 :] if t.strip() and t[0].isalnum()), "")
        if low == "æ" and following:
            out.append("")  # "æ frisør": the article
        elif low == "a" and _fold(following.lower()) in _AFTER_I:
            out.append("jeg")  # not "vitamin A"
        elif low == "å" and following and previous in ("om", "mig", "mae", "husk", "huske"):
            out.append("at")  # "mind mæ om å køb"
        elif low == "te" and following and previous in _TIL_AFTER:
            out.append("til")
        elif folded in STANDARD:
            out.append(STANDARD[folded])
        else:
            out.append(token)
        previous = folded
    return " ".join("".join(out).split()).replace(" ,", ",")


def _fold(word: str) -> str:
    return word.replace("æ", "ae").replace("ø", "o").replace("å", "a")


# Words said in pieces after a stroke ("datter... kommer... lørdag... datter kommer",
# "piller... morgen... klokken otte... piller", set 42).
_PIECES = re.compile(r"\s*(?:\.{2,}|…)\s*")
_WORD = re.compile(r"\w+")


def pieces_once(text: str, asking_only: frozenset[str] = frozenset()) -> str:
    """Words said in pieces, as the pieces that say something new, in order, without
    those made only of `asking_only` (folded words: "skriv", "kalender"); the text
    itself when it is not said in pieces."""
    if _PIECES.search(text) is None:
        return text
    seen: set[str] = set()
    kept: list[str] = []
    for piece in _PIECES.split(text):
        said = [_fold(w) for w in _WORD.findall(piece.lower())]
        if not said or set(said) <= seen | asking_only:
            continue
        seen.update(said)
        kept.append(piece.strip(" ,"))
    return " ".join(kept)
