"""The safety net's words: text folded to one form (bot.safety.detect says how) and
the building blocks the kinds' patterns are written with."""

from __future__ import annotations

import re

from bot.core.text import fold

_RUNS = re.compile(r"(\w)\1{2,}")

_NON_WORD = re.compile(r"[^0-9a-z]+")

_SPACES = re.compile(r"\s+")

# 1-1-2 however written or heard, after folding and punctuation dropped.
_ONE = r"(?:1|en|et|een|eet|een|ene|et)"

_112 = re.compile(
    rf"(?<![0-9a-z])(?:{_ONE} {_ONE} (?:2|to)|11 2|1 12|(?:et )?hundrede? (?:og )?tolv"
    r"|ethundrede?(?:og)?tolv|hundrede?tolv|en hundrede? (?:og )?tolv)(?![0-9a-z])"
)

# Words a speech recogniser splits in two, joined again, and a few said for others
# (folded forms).
_SPLITS = {
    "vej ret": "vejret",
    "a kut": "akut",
    "blo der": "bloder",
    "bevist los": "bevidstlos",
    "bevidst los": "bevidstlos",
    "svim mel": "svimmel",
    "for kerte": "forkerte",
    "i hjel": "ihjel",
    "i jel": "ihjel",
    "pil ler": "piller",
    "selv mord": "selvmord",
    "over dosis": "overdosis",
    # "ædt" (eaten greedily: a child, "ungen har ædt af mormors piller", set R) is eaten
    "aedt": "spist",
    "aedet": "spist",
    "aede": "spiste",
    # "brøstet" (Jutlandic and old speech) is the chest (set S)
    "brost": "bryst",
    "brostet": "brystet",
    # typed in a hurry (set T): "min mor er falt og kan ikke kome op", "brystsmærter"
    "falt": "faldt",
    "falddt": "faldt",  # a letter typed twice (set AK)
    "faldett": "faldet",
    "kome": "komme",
    "smaerter": "smerter",
    "brystsmaerter": "brystsmerter",
    # "fået æ medicin to gang i dag" (Jutlandic, set R, on the smaller model)
    "to gang": "to gange",
    "tre gang": "tre gange",
}

_SPLIT = re.compile(r"(?<![0-9a-z])(?:" + "|".join(map(re.escape, _SPLITS)) + r")(?![0-9a-z])")

# Words the patterns lean on: where a recogniser cuts one in two or three ("be vist løs",
# "pil ler", "fald et", "nog en"), the two pieces are joined again. Only into these
# words, so two real words ("for", "kert") are joined only when they make one of them.
_WHOLE = frozenset(
    """bevidstlos bevidstlost bevistlos bevistlost faldet falden piller pillerne pillen tabletter tabletterne
    medicin medicinen medicinerne forkert forkerte forkertes nogen hjaelp hjaelpe hjaelpes
    ambulance ambulancen vejret akut bloder svimmel ihjel selvmord overdosis kastet
    brandalarm brandalarmen brandalarmens rogalarm rogalarmen drukket skyllemiddel
    skyllemidlet kvalt besvimet brystet lammet kramper forgiftet forgiftning giftlinjen
    giftlinien livslinien livslinjen laegevagten dosisposen dosisposer kulilte petroleum
    terpentin hjertepiller sovepiller lykkepiller smertestillende blodfortyndende
    insulin klorin opkast diarre kokken kokkenet""".split()
)


def _joined(text: str) -> str:
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] not in _WHOLE:
            for n in (3, 2):
                if "".join(words[i : i + n]) in _WHOLE and i + n <= len(words):
                    out.append("".join(words[i : i + n]))
                    i += n
                    break
            else:
                out.append(words[i])
                i += 1
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def normalise(text: str) -> str:
    """Folded, one space between words, split words joined, padded with a space at
    each end."""
    text = _RUNS.sub(r"\1", text.lower()[:2000])
    text = _NON_WORD.sub(" ", fold(text))
    text = _112.sub("112", _SPACES.sub(" ", text).strip())
    text = _joined(_SPLIT.sub(lambda m: _SPLITS[m.group(0)], text))
    return f" {text} "


NEG = r"(?:ikke|ik|ikk|ike|ikkeh|it|itte|int|inte|ikkje|ikje|ikkj)(?!\w)"  # "int": Jutlandic; "ikkje" (set U), "ikkj" (V)

CAN = r"(?:kan|ka|kand|kunne|ku)"

# "kan ikke", "kan altså ikke", and "ikke kan" in a clause; not "kan du ikke …", a
# polite request to the assistant ("kan du ikke lige flytte frisøren").
CANNOT = rf"(?:{CAN} (?!du |i )(?:\w+ )?{NEG}|{NEG} {CAN})"

W = r"(?:\w+ )"  # any one word and its space

BREATH = r"(?:vejret|vejeret|vejr|veret|vaeret|vejrt|luft|luften|anden|ande)"

PILLS = (  # also compounds: "sovepillerne", "morfinpiller", "hovedpinetabletter"
    r"(?:\w*(?:piller|pille|pillr|tablet|tabletter)(?:ne|en)?|\w*medicin(?:en)?|panodil\w*|pamol\w*"
    r"|paracetamol\w*|ipren\w*|ibuprofen\w*|morfin\w*|sovemedicin|blodfortyndende|insulin"
    # other common Danish painkillers and sleeping pills by name (noticed beside set 45)
    r"|pinex\w*|treo\w*|kodimagnyl\w*|ibumetin\w*|tramadol\w*|oxycodon\w*|zopiclon\w*"
    # blood thinners and a heart medicine by name ("spist sin kones marevan", set AO)
    r"|marevan\w*|warfarin\w*|eliquis|xarelto|pradaxa|lixiana|digoxin\w*"
    r"|dosis|doser)"
)


def rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


DEVICE_WORDS = (
    r"(?:tablet\w*|ipad\w*|computer\w*|skaerm\w*|app\w*|telefon\w*|mobil\w*|kommunen"
    r"|hjemmeside\w*|mitid|printer\w*|fjernbetjening\w*|tv|assistent\w*|du|chatbot\w*|robot\w*"
    r"|hojtaler\w*|alexa|siri|google|radio\w*|router\w*|wifi|nettet|internettet|batteri\w*"
    r"|pc\w*|laptop\w*|fjernsyn\w*|bil\w*|lampe\w*|paere\w*|ur\w*)"
)
