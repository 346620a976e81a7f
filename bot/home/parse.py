"""Danish home commands and questions, as typed or as speech recognition writes them.

`parse(text, home, previous)` reads what is asked (an Action), of what type of device
(a DeviceKind), which rooms and devices by their configured names, and a value (percent,
degrees). Words are folded first (bot.core.text.fold), so "køkkenet", "koekkenet" and
"kokkenet" match; names also match when a recogniser splits a compound ("sove
værelset"), a typist joins one, or a genitive is said ("stuens lys"). Numbers may be
digits or words ("toogtyve", "to og tyve komma fem", "tyve en halv"). `previous`, the
command said just before, gives "det", "den" and "og i stuen" their meaning.

A question is never a command: "er gardinerne åbne?" asks, "åbn gardinerne" opens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum

from rapidfuzz import fuzz

from bot.core.text import fold
from bot.home.config import DEFAULT_LIMITS, DeviceKind, HomeConfig, name_key
from nlu.danish_time.words import NUMBERS as _TO_59

MAX_CHARS = 300  # a spoken command is a sentence; longer input is cut
_MAX_NAME_WORDS = 5
# "luk for varmen": a radiator is turned down to its frost guard, never off.
HEAT_OFF_DEGREES = DEFAULT_LIMITS["thermostat"][0]


class Action(str, Enum):
    ON = "on"
    OFF = "off"
    BRIGHTNESS = "brightness"  # value: percent
    BRIGHTER = "brighter"
    DIMMER = "dimmer"
    WARM_LIGHT = "warm_light"
    COLD_LIGHT = "cold_light"
    SET_TEMPERATURE = "set_temperature"  # value: degrees
    WARMER = "warmer"
    COLDER = "colder"
    OPEN = "open"
    CLOSE = "close"
    STOP = "stop"
    POSITION = "position"  # value: percent open
    LOCK = "lock"
    UNLOCK = "unlock"
    ARM = "arm"
    DISARM = "disarm"
    ASK_STATE = "ask_state"
    ASK_WHICH_ON = "ask_which_on"  # which lights are on, blinds up, doors unlocked
    ASK_TEMPERATURE = "ask_temperature"


QUESTIONS = (Action.ASK_STATE, Action.ASK_WHICH_ON, Action.ASK_TEMPERATURE)
# Actions that need the citizen's yes (and, to unlock or disarm, a PIN) first.
GUARDED = (Action.LOCK, Action.UNLOCK, Action.ARM, Action.DISARM)


class Amount(str, Enum):
    """How many devices the words mean when a room has several of the type."""

    ONE = "one"  # "lampen", "rullegardinet": ask which, if there are several
    ALL = "all"  # "lyset", "varmen" (a mass noun), "lamperne", "alt lyset", "begge"


@dataclass(frozen=True)
class HomeCommand:
    action: Action | None
    kind: DeviceKind | None
    amount: Amount = Amount.ALL
    value: float | None = None
    rooms: tuple[str, ...] = ()  # room ids, in the order said
    devices: tuple[str, ...] = ()  # device ids named
    whole_home: bool = False  # "i hele huset", "alt lyset" without a room
    unknown_place: str | None = None  # "i garagen" when the home has no such room
    unknown_thing: str | None = None  # "tænd fjernsynet": a thing we cannot control


# Words for types of device (folded). ONE: a count noun in the singular; ALL: a mass
# noun or a plural, meaning every such device in the room.
_KIND_WORDS: dict[str, tuple[DeviceKind, Amount]] = {}


def _kind_words(kind: DeviceKind, one: str, every: str) -> None:
    for word in one.split():
        _KIND_WORDS[word] = (kind, Amount.ONE)
    for word in every.split():
        _KIND_WORDS[word] = (kind, Amount.ALL)


_kind_words(
    DeviceKind.LIGHT,
    "lampen lampe paeren loftslampen gulvlampen bordlampen lyskilden",
    "lyset lys lysene lamperne lamper belysningen belysning lysstyrken lysstyrke hyggelys dagslys",
)
_kind_words(
    DeviceKind.THERMOSTAT,
    "radiatoren termostaten radiator termostat",
    "varmen varme gulvvarmen radiatorerne termostaterne opvarmningen temperaturen temperatur",
)
_kind_words(
    DeviceKind.COVER,
    "rullegardinet gardinet persiennen markisen rullegardin gardin persienne",
    "rullegardinerne gardinerne persiennerne markiserne rullegardiner gardiner persienner",
)
_kind_words(DeviceKind.LOCK, "doren dor lasen dorlasen hoveddoren bagdoren", "dorene dore lasene")
_kind_words(DeviceKind.ALARM, "alarmen tyverialarmen alarm indbrudsalarmen", "alarmerne")

# Words that point to a type of device when none is named ("jeg fryser", "lås op").
_CUES: tuple[tuple[DeviceKind, frozenset[str]], ...] = (
    (DeviceKind.LOCK, frozenset("las lase laser last aflas aflase aflast".split())),
    (DeviceKind.COVER, frozenset("rul rulle traek traekke trukket rullet".split())),
    (
        DeviceKind.THERMOSTAT,
        frozenset(
            "grader grad fryser koldt koligt kolig varmt lunt varmere koldere iskoldt "
            "hundekoldt".split()
        ),
    ),
    (
        DeviceKind.LIGHT,
        frozenset(
            "styrke lysere morkere morkt lyst svagt svagere daempet daemp daempe skarpt "
            "hyggeligt hyggelig".split()
        ),
    ),
)
# Speech debris and inflections, read as the word meant.
_ALIASES = dict(
    pair.split(":")
    for pair in (
        "slu:sluk sluke:slukke slukker:sluk slukkes:sluk taen:taend taender:taend "
        "taendes:taend abner:abn abnes:abn aben:abn lukker:luk lukkes:luk laser:las "
        "ruller:rul daemper:daemp hiv:haev hejs:haev hejse:haev justere:juster maksimum:maks "
        "maksimal:maks maksimalt:maks max:maks hojeste:maks fuld:maks fuldt:maks "
        # Jutlandic (set 46): "lidt mer lys herinne"
        "mer:mere herinne:herinde derinne:derinde "
        # Vendsyssel (set 50): "den ska ned på tredive procent"
        "ska:skal"
    ).split()
)

# Words after "i" / "på" that are not rooms ("i dag", "i gang", "på 30 procent").
_NOT_PLACES = set(
    "dag morgen aften nat natten eftermiddag formiddag gang orden stykker alt forvejen lidt "
    "procent grader grad hele huset hjemmet lejligheden boligen huset det den dem "
    "en et min mit mine maks styrke minimum nu tak igen her herinde halv halvt seng "
    "sengen toppen mig stedet forbindelse ordentligt alle rum rummene hvert tvivl".split()
)
# "solen skinner mig i øjnene", "det trækker i ryggen": the body, never a room.
_BODY = set(
    "ojnene ojet ojne hovedet ryggen nakken ansigtet panden benene benet maven halsen "
    "armene armen haenderne handen fodderne foden knaeene knaeet skuldrene skulderen "
    "orerne oret naesen brystet hofterne hoften kroppen hjertet".split()
)
_NOT_PLACES |= _BODY
# "åbn for gardinerne poul vil se ud på vejret" (set 39): "på" after looking or waiting
# takes what is looked at or waited for, never the room.
_LOOKING = set("ud se ser kigge kigger kig glo vente venter lytte lytter passe".split())
_WHOLE_HOME = (
    "det hele",
    "hele huset",
    "hele hjemmet",
    "hele lejligheden",
    "hele boligen",
    "huset",
)
_EVERY = {"alt", "alle", "al", "begge", "samtlige", "overalt"}
_QUESTION_START = {
    "er", "hvilke", "hvilken", "hvilket", "hvor", "hvad", "star", "mon", "hvordan",
    "braender", "lyser",
}  # fmt: skip
_CHECKING = {"se", "tjek", "tjekke", "undersog", "undersoge", "kontroller", "ved"}
_TELLING = {"sige", "fortaelle", "fortael"}
_FILLERS = {"oh", "oeh", "altsa", "hov", "na", "ja", "okay", "ok", "hej", "hm", "hmm", "eh"}
# Words that are never the name of a thing: pointers back, and where ("og så ude i gangen").
_NO_THING = set("den det dem i og sa ude inde derude herude derinde nede oppe ovre henne".split())
_NO_THING |= {"procent", "pct", "grader", "grad"}  # units: "skru den ned på ti procent"
# Pronouns and small words are never a thing to switch ("sluk i køkkenet, jeg tror jeg har
# glemt det"): "jeg" is no device, whatever is said around it.
_SMALL = set(
    "jeg du han hun vi man de dig ham hende os jer sig min din sin vores jeres deres er var "
    "har havde tror synes skal kan vil ma bliver blev ikke at som der hvis fordi men nar "
    "da jo vist".split()
)
_NO_THING |= _SMALL
# "lyset i stuen er tændt" (said as a question, without the word order of one).
# ("abn" is "åben" after _ALIASES.)
_STATES = set("taendt slukket abn abne abent lukket lukkede last aflast nede oppe trukket".split())
_DOING = set(
    "taend taende sluk slukke saet saette skru skrue rul rulle traek traekke daemp daempe "
    "abn abne luk lukke kor kore las lase sla".split()
)
# The word before a bare number that makes it the value to set: "sæt den på 18".
_SETTERS = {"til", "pa", "vaere", "have", "sta", "lysstyrke", "lysstyrken", "styrke"}
# The temperatures a number said alone may be (degrees), not a time or an amount.
_ROOM_DEGREES = (10, 30)
_SET_VERBS = {"saet", "saette", "stil", "stille", "indstil", "indstille"}
_UP = {"op", "varmere", "hojere", "mere", "haev", "haeve"}
_DOWN = {"ned", "koldere", "lavere", "mindre", "saenk", "saenke"}
# Said instead of a number.
_HALF = {"halvt", "halvvejs", "halv", "halvdelen", "midt"}
_NO_JOIN = {"for", "i", "pa", "og", "til", "fra", "at", "af"}  # "for døren" is no "fordøren"

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[a-z]+|%")
_SAID = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+|%")
_DEGREE_SIGN = re.compile(r"\s*(?:°\s*c?|℃)(?![a-zæøå])", re.IGNORECASE)


def _numbers() -> dict[str, int]:
    table = {fold(k): v for k, v in _TO_59.items()}
    units = "en to tre fire fem seks syv otte ni".split()
    for tens, names in {
        60: ("tres", "tresindstyve"),
        70: ("halvfjerds", "halvfjerdsindstyve"),
        80: ("firs", "firsindstyve"),
        90: ("halvfems", "halvfemsindstyve"),
    }.items():
        for name in names:
            table[name] = tens
            for n, unit in enumerate(units, start=1):
                table[f"{unit}og{name}"] = tens + n
    for word in ("hundrede", "hundred", "ethundrede", "ethundred", "hundrade"):
        table[word] = 100
    return table


NUMBERS = _numbers()


# Sounds of hesitation, folded ("øh", "øhm", "æh"): not words of the command.
_HESITATIONS = frozenset({"oh", "ohm", "oeh", "aeh", "aehm", "eh", "ehm", "hm", "hmm", "hmmm"})


def tokens(text: str) -> list[str]:
    return said_tokens(text)[0]


def said_tokens(text: str) -> tuple[list[str], list[str]]:
    """Folded words, and each as it was written (lower case) for saying it back."""
    folded: list[str] = []
    said: list[str] = []
    text = _DEGREE_SIGN.sub(" grader ", text[:MAX_CHARS])
    for word in _SAID.findall(text.lower()):
        if fold(word) in _HESITATIONS:
            continue  # "sæt varmen til øh to og tyve" (set 52): the number runs on
        parts = _TOKEN.findall(fold(word))
        folded.extend(parts)
        said.extend([word] if len(parts) == 1 else parts)
    return folded, said


def number_at(words: list[str], end: int) -> tuple[float, int] | None:
    """The number whose last word is words[end - 1], and where it starts."""
    if end >= 3 and words[end - 2] == "komma":  # "tyve komma fem", "to og tyve komma fem"
        tenth = _one_number(words[end - 1])
        whole = number_at(words, end - 2)
        if whole is not None and tenth is not None and tenth < 10:
            return whole[0] + tenth / 10, whole[1]
    for width in (5, 4, 3, 2, 1):
        start = end - width
        if start < 0:
            continue
        chunk = words[start:end]
        if width == 1 and re.fullmatch(r"\d+(?:[.,]\d+)?", chunk[0]):
            return float(chunk[0].replace(",", ".")), start
        for half in (["og", "en", "halv"], ["en", "halv"]):  # "tyve (og) en halv"
            if chunk[-len(half) :] == half and width > len(half):
                base = _one_number("".join(chunk[: -len(half)]))
                if base is not None:
                    return base + 0.5, start
        joined = "".join(chunk)
        if joined in NUMBERS and (width == 1 or chunk[0] not in ("og",)):
            return float(NUMBERS[joined]), start
    return None


def _one_number(word: str) -> float | None:
    if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
        return float(word.replace(",", "."))
    return float(NUMBERS[word]) if word in NUMBERS else None


def _number_from(words: list[str], start: int) -> float | None:
    """The longest number that starts at words[start] ("tyve en halv", "22,5")."""
    for end in range(min(len(words), start + 6), start, -1):
        found = number_at(words, end)
        if found is not None and found[1] == start:
            if words[start] in ("en", "et") and end == start + 1:
                return None  # "sæt den på en lav" : an article, not a one
            return found[0]
    return None


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    ident: str


def _name_matches(words: list[str], names: dict[str, str]) -> list[_Match]:
    """Longest, leftmost matches of configured names (joined without spaces), also in
    the genitive ("stuens", "badeværelsets")."""
    found: list[_Match] = []
    i = 0
    while i < len(words):
        hit = None
        for width in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            if width > 1 and words[i] in _NO_JOIN:
                continue
            key = "".join(words[i : i + width])
            ident = names.get(key) or (names.get(key[:-1]) if key.endswith("s") else None)
            if key and ident:
                hit = _Match(i, i + width, ident)
                break
        if hit:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _name_table(
    items: list[tuple[str, tuple[str, ...]]],
    indefinite: bool = False,
    endings: tuple[str, ...] = ("en", "et", "n", "t"),
) -> dict[str, str]:
    """Configured names to their ids; with `indefinite`, also each name without its
    definite endings ("loftslampe", "lampe ved sofa", "gulvvarme"), as said by people
    who drop them (set 32), where that names nothing else."""
    table: dict[str, str] = {}
    for ident, names in items:
        for name in names:
            table[name_key(name)] = ident
    if indefinite:
        for ident, names in items:
            for name in names:
                for key in _indefinite_keys(name, endings):
                    table.setdefault(key, ident)
    return table


def _indefinite_keys(name: str, endings: tuple[str, ...] = ("en", "et", "n", "t")) -> list[str]:
    """ "lampen ved sofaen" → "lampevedsofa", "lampevedsofaen", "lampenvedsofa"."""
    forms: list[list[str]] = []
    for word in (name_key(w) for w in fold(name).split()):
        ends = [word]
        for ending in endings:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3 and ending[-1] != stem[-1]:
                ends.append(stem)
        forms.append(ends)
    keys = [""]
    for ends in forms:
        keys = [k + e for k in keys for e in ends][:64]
    return keys


def _normal(words: list[str], said: list[str]) -> tuple[list[str], list[str]]:
    """Aliases applied; "ved siden af" is "ved"; "hvad med" is "og"."""
    words = [_ALIASES.get(w, w) for w in words]
    # the Jutlandic article "æ" before a word ("tænd æ lys i æ gang", set 46)
    keep = [i for i in range(len(words)) if not (words[i] == "ae" and i + 1 < len(words))]
    words, said = [words[i] for i in keep], [said[i] for i in keep]
    keep = [
        i
        for i in range(len(words))
        if not (words[i] in ("siden", "af") and "ved" in words[max(0, i - 2) : i])
    ]
    words, said = [words[i] for i in keep], [said[i] for i in keep]
    # "sluk dem alle sammen", "allesammen" (set 28: "Jeg kan ikke styre sammen"): all
    keep = [
        i for i in range(len(words)) if not (words[i] == "sammen" and i and words[i - 1] == "alle")
    ]
    words, said = [words[i] for i in keep], [said[i] for i in keep]
    words = ["alle" if w == "allesammen" else w for w in words]
    # Jutlandic "te" before a number is "til" ("skru op for varmen te toogtyve grader",
    # "ned te atten", set 31: read as a little warmer or colder); "te" is tea elsewhere
    words = [
        "til" if w == "te" and i + 1 < len(words) and _number_from(words, i + 1) is not None else w
        for i, w in enumerate(words)
    ]
    if words[:2] == ["hvad", "med"]:
        words, said = ["og", *words[2:]], ["og", *said[2:]]
    return words, said


def parse(text: str, home: HomeConfig, previous: HomeCommand | None = None) -> HomeCommand:
    whole, whole_said = _compounds(*_normal(*said_tokens(text)), home)
    words, said = _command_part(whole, whole_said)
    command = _read(words, said, home, None)
    start = _after_reason(words)
    if start is not None:
        # "solen står lige ind på fjernsynet så man ikke kan se noget rul gardinet ned"
        # (set 48: "fjernsynet" was taken for a room; "jeg skal lige ud og hente noget i
        # fryseren tænd lyset i gangen" had turned the lights off): the command alone,
        # unless only the reason named where ("det er mørkt i stuen tænd lyset")
        alone = _read(words[start:], said[start:], home, None)
        if _placed(alone) or not _placed(command):
            whole, whole_said = whole[start:], whole_said[start:]
            words, said, command = words[start:], said[start:], alone
    # the correction is read in the whole sentence: "nej Henning hun vil have femogtyve"
    # would end the command at "hun" as a reason
    corrected = _corrected_within(whole, command, home)
    if corrected is not None:
        return corrected
    moved = _place_corrected(whole, whole_said, command, home)
    if moved is not None:
        return moved
    if previous is not None and not (command.devices or command.rooms):
        corrected = _value_follow_up(words, previous, home)
        if corrected is not None:
            return corrected
    meant = _meant_instead(words)
    if previous is not None and previous.action is not None and meant is not None:
        # "nej undskyld, jeg mente lampen i gangen" right after "tænd natlampen" (set
        # 50): the same command on the device or room meant, of the same type
        before = previous.kind or _device_kind(home, previous.devices)
        instead = _read(words[meant:], said[meant:], home, before)
        kind = instead.kind or _device_kind(home, instead.devices)
        placed = instead.devices or instead.rooms
        if instead.action is None and placed and not instead.unknown_thing and kind == before:
            return replace(instead, action=previous.action, value=previous.value)
    if previous is not None and _refers_back(words, command, previous, home):
        kind = previous.kind or _device_kind(home, previous.devices)
        command = _read(words, said, home, kind)
        here = bool(set(words) & _HERE)  # "og sluk så herinde": the speaker's room
        if not command.rooms and not command.devices and not command.whole_home and not here:
            command = replace(
                command,
                rooms=previous.rooms,
                devices=previous.devices,
                whole_home=previous.whole_home,
                amount=previous.amount,
                unknown_place=command.unknown_place or previous.unknown_place,
            )
        if command.action is None:
            command = replace(command, action=previous.action, value=previous.value)
    return command


_HERE = {"herinde", "herude", "her"}
# A reason said before the command, as a man at his speaker tells it first (set 48): it
# opens with a subject or a remark ("den er for skarp", "nå nej jeg skulle ikke derud
# alligevel"), holds no command of its own, and the command opens with its imperative.
_REASON_FIRST = {
    "jeg", "vi", "solen", "fordi", "a", "han", "hun", "nu", "na", "naa", "nej", "den", "det",
    "der", "man", "min", "mit", "mine",
}  # fmt: skip
_IMPERATIVES = {"taend", "sluk", "skru", "rul", "traek", "daemp", "abn", "luk", "las", "saet"}
_REASON_WORDS = 3
_ASKING_LAST = {"hvor", "hvad", "hvilke", "hvilken"}


def _after_reason(words: list[str]) -> int | None:
    """Where the command starts after a reason told first, or None."""
    if not words or words[0] not in _REASON_FIRST:
        return None
    for i in range(_REASON_WORDS, len(words)):
        if words[i] in _IMPERATIVES or words[i] in _ASKING_LAST:
            # "… det er altid så koldt derude hvor varmt er der på badeværelset" (set
            # 48: the cold was read as "skru ned"): the question alone
            return None if _DOING & set(words[:i]) else i
    return None


def meant_instead(text: str) -> bool:
    """ "nej undskyld, jeg mente lampen i gangen": another device or room meant than the
    last command's."""
    words, _ = _normal(*said_tokens(text))
    return _meant_instead(words) is not None


def command_after_reason(text: str) -> bool:
    """A reason told first and a command after it ("nå nej jeg skulle ikke derud
    alligevel sluk det igen")."""
    words, _ = _normal(*said_tokens(text))
    return _after_reason(words) is not None


def _placed(command: HomeCommand) -> bool:
    return bool(command.rooms or command.devices or command.whole_home)


# A reason said after the command ("rul gardinet ned, solen blænder mig i fjernsynet",
# "tænd ude i gangen, jeg skal ud på toilettet"): its places and things are not the
# command's. It starts with a subject, or "for"/"fordi" and one.
_REASON_START = {"jeg", "vi", "solen", "fordi", "a", "han", "hun"}
# ... or with someone named doing something ("tænd lyset i gangen Henning skal ud på
# toilettet", set 46: the bathroom and the hallway had been turned off)
_REASON_VERBS = {"skal", "ska", "vil", "sidder", "kommer", "ligger", "sover", "gar", "er", "har"}
_REASON_AFTER_FOR = {"jeg", "vi", "solen", "hun", "han", "a"}  # not "det": "træk for, det trækker"


def _command_part(words: list[str], said: list[str]) -> tuple[list[str], list[str]]:
    """The command without a reason after it, and without "lad den være tændt, men"
    before it ("hov nej lad den være tændt men skru den ned på ti procent")."""
    if "men" in words:
        cut = words.index("men")
        if {"lad", "lade"} & set(words[:cut]) and "vaere" in words[:cut]:
            words, said = words[cut + 1 :], said[cut + 1 :]
    for i in range(2, len(words)):
        word = words[i]
        starts = (
            word in _REASON_START
            or (word == "for" and words[i + 1 : i + 2] and words[i + 1] in _REASON_AFTER_FOR)
            or (
                words[i + 1 : i + 2] != []
                and words[i + 1] in _REASON_VERBS
                and word not in _VERBS
                and word not in _KIND_WORDS
                and word not in ("der", "det", "den", "som", "lyset", "varmen")
            )
        )
        if not starts or not _DOING & set(words[:i]):
            continue
        before = set(words[:i])
        named = before & set(_KIND_WORDS)
        cued = any(set(words[i:]) & cues for _, cues in _CUES)
        if cued and not named:
            break  # "skru op, jeg fryser": the reason names the device
        return words[:i], said[:i]
    return words, said


def _compounds(words: list[str], said: list[str], home: HomeConfig) -> tuple[list[str], list[str]]:
    """A room and a type of device said as one word ("ganglyset", "stuelampen") where
    the home has no device of that name: the two words."""
    names = {name_key(n) for d in home.devices for n in d.names}
    room_names = {name_key(n) for r in home.rooms for n in r.names}
    stems: dict[str, str] = {}  # "gang", "gangen" → "gangen": a name the room table knows
    for r in home.rooms:
        first = name_key(r.names[0]) if r.names else name_key(r.id)
        for n in (r.id, *r.names):
            key = name_key(n)
            stems.setdefault(key, first if key not in room_names else key)
            if key.endswith(("en", "et")) and len(key) > 4:
                stems.setdefault(key[:-2], key)
    words, said = _rejoined(words, said, names | room_names | set(_KIND_WORDS))
    out_words: list[str] = []
    out_said: list[str] = []
    for i, (word, spoken) in enumerate(zip(words, said, strict=True)):
        split = None
        unknown = word not in names and word not in room_names and word not in _KIND_WORDS
        if unknown and i + 1 < len(words) and words[i + 1] in _KIND_WORDS:
            # a compound's first half with its joining letter, split from the type by
            # speech recognition: "tænd gange lyset" is the hall's light (set 30: the
            # living room's)
            linked = next((r for r in stems if len(r) > 2 and word in (r + "e", r + "s")), None)
            if linked:
                out_words.append(stems[linked])
                out_said.append(spoken)
                continue
        if unknown:
            split = next(
                (
                    r
                    for r in sorted(stems, key=len, reverse=True)
                    if word.startswith(r) and word[len(r) :] in _KIND_WORDS
                ),
                None,
            )
        if split:
            out_words += [stems[split], word[len(split) :]]
            out_said += [spoken[: len(split)], spoken[len(split) :]]
        else:
            out_words.append(word)
            out_said.append(spoken)
    return out_words, out_said


def _rejoined(words: list[str], said: list[str], known: set[str]) -> tuple[list[str], list[str]]:
    """A word speech recognition split in two ("termo staten", "gulv varmen"), joined
    where the two together are a known name or type of device and the first is not."""
    out_words: list[str] = []
    out_said: list[str] = []
    i = 0
    while i < len(words):
        pair = words[i] + words[i + 1] if i + 1 < len(words) else ""
        if pair in known and words[i] not in known and words[i] not in _NOT_A_PART:
            out_words.append(pair)
            out_said.append(said[i] + said[i + 1])
            i += 2
            continue
        out_words.append(words[i])
        out_said.append(said[i])
        i += 1
    return out_words, out_said


# Words that are never the first half of a split word: "åbn for døren" is not "fordøren".
_NOT_A_PART = {
    "for",
    "i",
    "pa",
    "til",
    "af",
    "op",
    "ned",
    "ud",
    "den",
    "det",
    "en",
    "et",
    "og",
    "ind",
}


def _value_follow_up(
    words: list[str], previous: HomeCommand, home: HomeConfig, longest: int = 8
) -> HomeCommand | None:
    """ "nej fireogtyve er nok", "nej det bliver for varmt, nitten", "nej ikke helt, kun
    halvt" right after a command (set 21): the same device at that value; None else."""
    if not words or words[0] not in _CORRECTING or len(words) > longest:
        return None
    kind = previous.kind or _device_kind(home, previous.devices)
    found = [n for i in range(len(words)) if (n := _number_from(words, i)) is not None]
    half = bool(set(words) & _HALF)
    if kind is DeviceKind.THERMOSTAT and found and 5 <= found[-1] <= 40:
        action, value = Action.SET_TEMPERATURE, found[-1]
    elif kind is DeviceKind.COVER and (half or (found and "procent" in words)):
        action, value = Action.POSITION, 50.0 if half else found[-1]
    elif kind is DeviceKind.LIGHT and (half or (found and "procent" in words)):
        action, value = Action.BRIGHTNESS, 50.0 if half else found[-1]
    else:
        return None
    return replace(previous, action=action, value=value, kind=kind, unknown_thing=None)


def _corrected_within(
    words: list[str], command: HomeCommand, home: HomeConfig
) -> HomeCommand | None:
    """ "sengelampen på tredive procent nej vent tyve procent", "sæt gulvvarmen til
    fireogtyve grader nej hun vil have femogtyve" (set 46): a value corrected in the same
    breath; the command at the value said after the last "nej". None when nothing is."""
    if command.value is None or "nej" not in words[1:]:
        return None
    cut = len(words) - 1 - words[::-1].index("nej")
    if cut == 0:
        return None
    tail = words[cut:]
    return _value_follow_up(tail, command, home, MAX_CORRECTION_WORDS)


MAX_CORRECTION_WORDS = 12


def _place_corrected(
    words: list[str], said: list[str], command: HomeCommand, home: HomeConfig
) -> HomeCommand | None:
    """ "sluk lyset i køkkenet nej i stuen", "tænd loftslampen Henning vil læse nej det er
    sofalampen han vil have tændt" (set 46: the ceiling lamp had been turned on; "tænd
    loftslampen nej sofalampen" had turned on both): the place or thing said after the
    last "nej" instead of the one before it. Not "nej ikke i køkkenet" (not there) nor
    "nej også i køkkenet" (there too). None when nothing is corrected."""
    if not _placed(command) or "nej" not in words[1:]:
        return None
    cut = len(words) - 1 - words[::-1].index("nej")
    tail, tail_said = words[cut + 1 :], said[cut + 1 :]
    if not tail or {"ikke", "ik", "ogsa", "og"} & set(tail[:3]):
        return None
    instead = _read(tail, tail_said, home, command.kind)
    if not _placed(instead) or instead.unknown_place or instead.unknown_thing:
        return None
    before = _read(words[:cut], said[:cut], home, command.kind)
    if not _placed(before):
        return None
    return replace(
        command,
        rooms=instead.rooms,
        devices=instead.devices,
        whole_home=instead.whole_home,
        action=command.action or instead.action,
        value=command.value if command.value is not None else instead.value,
    )


def corrects_value(text: str, home: HomeConfig, previous: HomeCommand) -> bool:
    """ "nej fireogtyve er nok" right after a command: a new value for its device."""
    words, said = _command_part(*_compounds(*_normal(*said_tokens(text)), home))
    command = _read(words, said, home, None)
    return not (command.devices or command.rooms) and (
        _value_follow_up(words, previous, home) is not None
    )


# How a correction of the last command starts ("nej, ...", "hov, ...").
_CORRECTING = {"nej", "naej", "hov", "ups", "neej", "naa", "na", "arh", "ah"}


def _device_kind(home: HomeConfig, devices: tuple[str, ...]) -> DeviceKind | None:
    return next((d.kind for d in home.devices if d.id in devices), None)


_SORRY = {"nej", "naej", "undskyld", "hov", "ah", "altsa", "na", "naa", "ups"}
_MEANT = (["jeg", "mente"], ["jeg", "taenkte", "pa"], ["det", "var"], ["mente"], ["a", "mente"])


def _meant_instead(words: list[str]) -> int | None:
    """Where what is meant starts after "nej undskyld, jeg mente …", "hov det var …"
    (another thing meant than the last), or None."""
    i = 0
    while i < len(words) and words[i] in _SORRY:
        i += 1
    said = next((m for m in _MEANT if words[i : i + len(m)] == m), None) if i else None
    return None if said is None else i + len(said)


def _refers_back(
    words: list[str], command: HomeCommand, previous: HomeCommand, home: HomeConfig
) -> bool:
    """ "sluk det igen", "skru ned for den", "og i stuen", "op igen": the last device."""
    if previous.action is None or command.devices or command.unknown_thing:
        return False
    before = previous.kind or _device_kind(home, previous.devices)
    named = next((_KIND_WORDS[w][0] for w in words if w in _KIND_WORDS), None)
    hinted = next((kind for kind, cues in _CUES if set(words) & cues), None)
    if (named or hinted) not in (None, before):
        return False  # another type of device: "jeg fryser" after the light
    pronoun = bool(set(words) & {"det", "den", "dem", "de"})
    follow = bool(words) and words[0] in ("og", "ogsa", "samme")
    if _question(words) is not None:
        return pronoun or follow  # "er der tændt?" asks about the light, not the blinds
    return named is None or pronoun or follow


def _read(
    words: list[str], said: list[str], home: HomeConfig, forced: DeviceKind | None
) -> HomeCommand:
    device_hits = _name_matches(
        words, _name_table([(d.id, d.names) for d in home.devices], indefinite=True)
    )
    taken = {i for m in device_hits for i in range(m.start, m.end)}
    free = [w if i not in taken else "" for i, w in enumerate(words)]
    # rooms said without their ending too ("tænd lys i gang", "sluk i køkken", set 46)
    room_hits = _name_matches(
        # ("gangen" → "gang", not "gange": "blink med lyset to gange")
        free,
        _name_table([(r.id, r.names) for r in home.rooms], indefinite=True, endings=("en", "et")),
    )
    taken |= {i for m in room_hits for i in range(m.start, m.end)}
    room_hits = [m for m in room_hits if not _negated(words, m.start)]
    devices = tuple(dict.fromkeys(m.ident for m in device_hits))
    rooms = tuple(dict.fromkeys(m.ident for m in room_hits))
    kind, amount = _kind(words, taken, home, devices)
    if kind is None and forced is not None:
        kind = forced
    joined = " ".join(words)
    whole = any(re.search(rf"\b{p}\b", joined) for p in _WHOLE_HOME)
    every = whole or any(
        w in _EVERY and words[i + 1 : i + 2] != ["for"] for i, w in enumerate(words)
    )
    if every:
        amount = Amount.ALL
    unknown = None if rooms else _unknown_place(words, said, taken)
    close = _close_room(home, unknown) if unknown else None
    if close is not None:  # "sluk æ lys inde i stoen" (set 42): the room misheard
        rooms, unknown = (close,), None
    command = HomeCommand(
        action=None,
        kind=kind,
        amount=amount,
        rooms=rooms,
        devices=devices,
        whole_home=whole or (every and not rooms and not devices),
        unknown_place=unknown,
    )
    return _with_action(command, words, said, taken)


# How close a place said must be to one of the home's room names to be that room, as the
# recogniser mishears it ("stoen" for "stuen" is 80): not "garagen" for "gangen" (77).
CLOSE_ROOM = 80.0


def _close_room(home: HomeConfig, place: str) -> str | None:
    """The one room whose name the place said is a mishearing of, or None."""
    said = place.lower()  # not folded: "stoen" folds to "ston"
    if len(said) < 4:
        return None
    scores: dict[str, float] = {}
    for room in home.rooms:
        for name in (room.id, *room.names):
            known = name.lower()
            if known[:1] == said[:1]:
                scores[room.id] = max(scores.get(room.id, 0.0), fuzz.ratio(said, known))
    best = sorted(scores.items(), key=lambda kv: -kv[1])
    if not best or best[0][1] < CLOSE_ROOM or (len(best) > 1 and best[1][1] >= CLOSE_ROOM):
        return None
    return best[0][0]


def _negated(words: list[str], start: int) -> bool:
    """ "sluk i stuen, ikke i køkkenet": the room after "ikke" is not meant."""
    before = words[max(0, start - 2) : start]
    return bool(before) and (before[-1] == "ikke" or before == ["ikke", "i"])


def _kind(
    words: list[str], taken: set[int], home: HomeConfig, devices: tuple[str, ...]
) -> tuple[DeviceKind | None, Amount]:
    if devices:
        named = [d for d in home.devices if d.id in devices]
        return named[0].kind, Amount.ALL
    for i, word in enumerate(words):
        if i not in taken and word in _KIND_WORDS:
            return _KIND_WORDS[word]
    has = set(words)
    for kind, cues in _CUES:
        if has & cues:
            return kind, Amount.ALL
    return None, Amount.ALL


def _unknown_place(words: list[str], said: list[str], taken: set[int]) -> str | None:
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        if i in taken or i + 1 in taken:
            continue
        if after in _KIND_WORDS and word not in _KIND_WORDS and word.endswith(("ets", "ens")):
            return said[i][:-1]  # "kontorets lys": the office, which this home lacks
        if word not in ("i", "pa"):
            continue
        if word == "pa" and i and words[i - 1] in _LOOKING:
            continue  # "… vil se ud på vejret": what one looks at, not where
        if after in ("i", "pa") or after in _NOT_PLACES or after in _KIND_WORDS:
            continue
        if re.fullmatch(r"\d.*", after) or after in NUMBERS:
            continue
        return said[i + 1][:-1] if after.endswith(("ets", "ens")) else said[i + 1]
    return None


def _value(words: list[str], units: tuple[str, ...]) -> tuple[float, int] | None:
    """A number said before a unit, and where it starts."""
    for i, word in enumerate(words):
        if word in units:
            found = number_at(words, i)
            if found is not None:
                return found
    return None


def _bare_value(words: list[str]) -> float | None:
    """A number without a unit after "til", "på", "være": "sæt varmen til 22"."""
    for i in range(1, len(words)):
        if words[i - 1] in _SETTERS:
            found = _number_from(words, i)
            if found is not None:
                return found
    return None


def _question(words: list[str]) -> list[str] | None:
    """The asking part of a question, or None for a command."""
    while words and words[0] in _FILLERS:
        words = words[1:]
    if not words:
        return None
    if words[0] in _QUESTION_START and words[:2] != ["er", "du"]:
        return words
    if words[0] == "har" and len(words) > 1 and words[1] in ("jeg", "du", "vi", "i"):
        return words
    for i, word in enumerate(words[1:], start=1):
        asking = set(words[max(0, i - 2) : i])
        if word == "om" and asking & (_CHECKING | _TELLING):  # "kan du se om", "sig mig om"
            return words[i + 1 :]
        if word in ("hvor", "hvad", "hvilke") and asking & (_TELLING | {"ved"}):
            return words[i:]
        if word == "er" and words[i + 1 : i + 2] in (["det"], ["den"], ["de"], ["dem"]):
            return words  # "lyset i køkkenet, er det tændt?"
        if word == "er" and _STATES & set(words[i + 1 : i + 3]) and not _DOING & _doing(words):
            return words  # "lyset i stuen er tændt?"
    return None


def _doing(words: list[str]) -> set[str]:
    """The words, without a state said after "er": in "gardinerne er åbne, luk dem"
    "åbne" describes and "luk" is the command."""
    return {w for i, w in enumerate(words) if not (i and words[i - 1] == "er" and w in _STATES)}


def _with_action(
    command: HomeCommand, words: list[str], said: list[str], taken: set[int]
) -> HomeCommand:
    asked = _question(words)
    if asked is not None:
        return _asked(command, asked, set(words))
    has = _doing(words)
    percent = _value(words, ("procent", "pct", "%"))
    degrees = _value(words, ("grader", "grad"))
    bare = _bare_value(words)
    kind = command.kind
    if degrees is not None and kind in (None, DeviceKind.THERMOSTAT):
        kind = DeviceKind.THERMOSTAT
        value, start = degrees
        relative = (start == 0 or words[start - 1] not in _SETTERS) and bool(has & (_UP | _DOWN))
        if not relative:
            return replace(command, action=Action.SET_TEMPERATURE, kind=kind, value=value)
    if kind is DeviceKind.LOCK:
        return _lock(command, words, said, taken, has)
    if kind is DeviceKind.ALARM:
        if has & {"sluk", "slukke", "deaktiver", "fra", "af"}:
            return replace(command, action=Action.DISARM)
        if has & {"taend", "taende", "aktiver", "til", "sla", "pa"}:
            return replace(command, action=Action.ARM)
        return _unknown(command, words, said, taken)
    if kind is DeviceKind.COVER:
        return _cover(command, has, percent[0] if percent else bare)
    if kind is DeviceKind.THERMOSTAT:
        return _heat(command, words, has, bare)
    light_percent = percent[0] if percent else (bare if bare is not None and bare <= 100 else None)
    return _light_action(command, words, said, has, light_percent, taken)


def _asked(command: HomeCommand, asked: list[str], has: set[str]) -> HomeCommand:
    kind = command.kind
    # "hvor varm er der" (set 32): the adjective without its neuter ending, too
    temperature = asked[:1] == ["hvor"] and asked[1:2] in (
        ["varmt"],
        ["koldt"],
        ["lunt"],
        ["varm"],
        ["kold"],
        ["lun"],
    )
    if temperature or has & {"temperaturen", "temperatur", "grader", "termometeret"}:
        return replace(command, action=Action.ASK_TEMPERATURE, kind=DeviceKind.THERMOSTAT)
    if kind in (DeviceKind.THERMOSTAT, DeviceKind.SENSOR):
        return replace(command, action=Action.ASK_TEMPERATURE, kind=DeviceKind.THERMOSTAT)
    if kind is None and has & {"varmt", "koldt", "koligt", "lunt"}:
        return replace(command, action=Action.ASK_TEMPERATURE, kind=DeviceKind.THERMOSTAT)
    if kind is None and has & {"lys", "taendt", "slukket", "morkt"}:
        kind = DeviceKind.LIGHT
    which = (
        asked[0] in ("hvilke", "hvilken", "hvilket")
        or asked[:3] == ["hvor", "er", "der"]
        or (asked[0] == "hvad" and asked[1:2] != [] and asked[1] in _KIND_WORDS)
        or asked[:3] in (["er", "der", "nogen"], ["er", "der", "noget"])
        or "steder" in asked
        or ("nogen" in asked and "sted" in asked)
    )
    if which and not command.rooms and not command.devices:
        return replace(
            command, action=Action.ASK_WHICH_ON, kind=kind or DeviceKind.LIGHT, whole_home=True
        )
    return replace(command, action=Action.ASK_STATE, kind=kind)


def _lock(
    command: HomeCommand, words: list[str], said: list[str], taken: set[int], has: set[str]
) -> HomeCommand:
    # "aktiver låsen på hoveddøren" (set 42): the lock switched on is the door locked
    closing = has & {"las", "lase", "luk", "lukke", "aktiver", "aktivere"}
    if ("op" in has and closing) or has & {"abn", "abne", "deaktiver", "deaktivere"}:
        return replace(command, action=Action.UNLOCK, kind=DeviceKind.LOCK)
    if closing or has & {"aflas", "aflase"}:
        return replace(command, action=Action.LOCK, kind=DeviceKind.LOCK)
    return _unknown(command, words, said, taken)


def _cover(command: HomeCommand, has: set[str], percent: float | None) -> HomeCommand:
    cover = replace(command, kind=DeviceKind.COVER)
    if "stop" in has or "stands" in has:
        return replace(cover, action=Action.STOP)
    if percent is not None:
        return replace(cover, action=Action.POSITION, value=percent)
    if has & _HALF:
        return replace(cover, action=Action.POSITION, value=50.0)
    # "åbn for gardinerne" opens and "luk op" opens, whatever "for" says after them.
    if has & {"abn", "abne", "haev", "haeve"} or ("op" in has and has & {"luk", "lukke"}):
        return replace(cover, action=Action.OPEN)
    if has & {"luk", "lukke", "saenk", "saenke"}:
        return replace(cover, action=Action.CLOSE)
    if "ned" in has:
        return replace(cover, action=Action.CLOSE)
    if "op" in has:
        return replace(cover, action=Action.OPEN)
    if "for" in has or "ind" in has:  # "træk for", "kør markisen ind"
        return replace(cover, action=Action.CLOSE)
    if "fra" in has or "ud" in has:  # "træk fra", "kør markisen ud"
        return replace(cover, action=Action.OPEN)
    return replace(cover, action=None)


def _heat(command: HomeCommand, words: list[str], has: set[str], bare: float | None) -> HomeCommand:
    heat = replace(command, kind=DeviceKind.THERMOSTAT)
    if bare is None:
        # the number straight after the verb, no "til": "gulvvarme i badeværelse sæt
        # fireogtyve" (set 58, Danish learnt late)
        bare = next(
            (
                found
                for i, word in enumerate(words[:-1])
                if word in _SET_VERBS and (found := _number_from(words, i + 1)) is not None
            ),
            None,
        )
    if bare is None and not has & (_UP | _DOWN) and words:
        # a number last, said as a correction: "varmen stuen tyve nej toogtyve" (set 60: a
        # man after a stroke, no verb, no "grader"); only a room's temperature
        last = number_at(words, len(words))
        if (
            last is not None
            and "nej" in words[: last[1]]
            and _ROOM_DEGREES[0] <= last[0] <= _ROOM_DEGREES[1]
        ):
            bare = last[0]
    if bare is not None:
        return replace(heat, action=Action.SET_TEMPERATURE, value=bare)
    off = ("for" in has and has & {"luk", "lukke"}) or has & {"sluk", "slukke"}
    if off or ("helt" in has and "ned" in has):
        return replace(heat, action=Action.SET_TEMPERATURE, value=HEAT_OFF_DEGREES)
    if "varmt" in has:  # "det er for varmt"
        return replace(heat, action=Action.COLDER)
    cold = {"fryser", "koldt", "koligt", "kolig", "iskoldt", "hundekoldt"}
    if has & (_UP | cold | {"abn", "abne", "taend", "taende"}):
        return replace(heat, action=Action.WARMER)
    if has & _DOWN:
        return replace(heat, action=Action.COLDER)
    return replace(heat, action=None)


def _light_action(
    command: HomeCommand,
    words: list[str],
    said: list[str],
    has: set[str],
    percent: float | None,
    taken: set[int],
) -> HomeCommand:
    light = replace(command, kind=DeviceKind.LIGHT)
    if command.kind not in (None, DeviceKind.LIGHT):
        return _unknown(command, words, said, taken)
    if command.kind is None and not command.devices:
        # "tænd i køkkenet" means the light; "tænd fjernsynet" names something else.
        other = _unknown(command, words, said, taken)
        if other.unknown_thing:
            return other
    off = has & {"sluk", "slukke", "ud", "slukket"} or (has & {"fra", "af"} and "taend" not in has)
    if off:
        return replace(light, action=Action.OFF)
    if percent is not None:
        return replace(light, action=Action.BRIGHTNESS, value=percent)
    if "maks" in has or ("helt" in has and "op" in has) or {"kraftigt", "kan"} <= has:
        return replace(light, action=Action.BRIGHTNESS, value=100.0)
    if has & {"halv", "halvt", "halve", "halvdelen", "halvvejs"}:  # "til det halve"
        return replace(light, action=Action.BRIGHTNESS, value=50.0)
    if has & {"varmere", "varmt", "gult", "gul", "gulere", "hyggelys", "hyggeligt", "hyggelig"}:
        return replace(light, action=Action.WARM_LIGHT)
    if has & {"koldere", "koldt", "hvidt", "hvidere", "dagslys", "blat"}:
        return replace(light, action=Action.COLD_LIGHT)
    if has & {"daemp", "daempe", "daempet", "morkere", "svagere", "svagt", "ned", "mindre"}:
        return replace(light, action=Action.DIMMER)
    if has & {"lyst", "skarpt"} or ("for" in has and has & {"kraftigt", "staerkt"}):
        return replace(light, action=Action.DIMMER)
    if has & {"lysere", "kraftigere", "skarpere", "staerkere", "op", "mere"}:
        return replace(light, action=Action.BRIGHTER)
    # "lys på", "lyset til", "må jeg få lys", "der skal være lys": on.
    # "ka der komme lys ude i køkkenet" (set 11)
    on_words = {
        "taend",
        "taende",
        "tand",
        "taendt",
        "morkt",
        "pa",
        "til",
        "vaere",
        "fa",
        "have",
        "komme",
    }
    if has & on_words:
        return replace(light, action=Action.ON)
    if command.kind is DeviceKind.LIGHT:
        return replace(light, action=None)
    return _unknown(command, words, said, taken)


_VERBS = {
    "taend", "sluk", "sla", "skru", "saet", "rul", "traek", "luk", "abn", "kor", "las",
    "daemp", "start", "stop", "slukke", "taende", "lukke", "abne", "kan", "du", "vil",
    "gerne", "lige", "venligst", "for", "op", "ned", "til", "fra", "pa", "af", "lidt",
    "igen", "sa", "nu", "tak", "og", "ogsa", "med", "mig", "her", "herinde", "ej", "oh",
    "nej", "ja", "jo", "okay", "ok", "hov", "altsa", "bare", "godt", "mere", "mindre",
    "hele", "hojere", "lavere", "vent", "undskyld",
}  # fmt: skip


def _unknown(
    command: HomeCommand, words: list[str], said: list[str], taken: set[int]
) -> HomeCommand:
    """No action we know for these words; name the thing if it is not one of ours."""
    if command.kind is not None or command.devices:
        return replace(command, action=None)
    rooms_end = max((i for i in taken), default=None) if command.rooms else None
    for i, word in enumerate(words):
        if rooms_end is not None and i > rooms_end:
            break  # "sluk i køkkenet, ..." : what follows the room is another clause
        if i in taken or word in _VERBS or word in _EVERY or word in _NO_THING:
            continue
        if i > 0 and words[i - 1] in ("i", "pa"):
            continue  # a place, told as an unknown place if the home has none
        if word not in NUMBERS and not word[:1].isdigit():
            return replace(command, action=None, unknown_thing=said[i])
    return replace(command, action=None)


# "lidt mere lys tak", "mere lys herinde", "noget mindre lys": a wish for light said
# without a verb, at the start of what is said, whatever reason follows it.
_LIGHT_WISH = re.compile(
    r"^(?:(?:oh|oeh|altsa|na|ja|hej|hov)\s+)*"
    r"(?:(?:lidt|noget|en\s+smule|en\s+anelse|meget)\s+)?(?:mere|mindre)\s+lys\b"
    r"(?:\s+(?:tak|herinde|her|ind|inde|paa|pa)\b)*"
)


def light_wish(text: str) -> bool:
    """ "lidt mere lys tak, jeg kan ikke se": the light, brighter or dimmer, where the
    citizen is; said so plainly that no model's doubt about the rest should hide it."""
    return bool(_LIGHT_WISH.match(" ".join(tokens(text))))


def says_a_switch(text: str) -> bool:
    """The sentence says a switching verb ("tænd", "slukkes", "rul", "skru"): with a
    device or a room named, a command even where the model doubted it."""
    words, _ = _normal(*said_tokens(text))
    return bool(set(words) & _DOING)
