"""Danish home commands and questions, as typed or as speech recognition writes them.

`parse(text, home)` reads what is asked (an Action), of what type of device (a Kind),
which rooms and devices by their configured names, and a value (percent, degrees).
Words are folded first (bot.text.fold), so "køkkenet", "koekkenet" and "kokkenet"
match; names also match when a recogniser splits a compound ("sove værelset") or a
typist joins one. Numbers may be digits or words ("toogtyve", "to og tyve").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum

from bot.home.config import HomeConfig, Kind, name_key
from bot.text import fold
from nlu.danish_time.words import NUMBERS as _TO_59

MAX_CHARS = 300  # a spoken command is a sentence; longer input is cut
_MAX_NAME_WORDS = 5


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
    ASK_WHICH_ON = "ask_which_on"
    ASK_TEMPERATURE = "ask_temperature"


QUESTIONS = (Action.ASK_STATE, Action.ASK_WHICH_ON, Action.ASK_TEMPERATURE)
# Actions that need the citizen's yes (and, to unlock or disarm, a PIN) first.
GUARDED = (Action.LOCK, Action.UNLOCK, Action.ARM, Action.DISARM)


class Amount(str, Enum):
    """How many devices the words mean when a room has several of the type."""

    ONE = "one"  # "lampen", "rullegardinet": ask which, if there are several
    ALL = "all"  # "lyset", "varmen" (a mass noun), "lamperne", "alt lyset", "begge"


@dataclass(frozen=True)
class Command:
    action: Action | None
    kind: Kind | None
    amount: Amount = Amount.ALL
    value: float | None = None
    rooms: tuple[str, ...] = ()  # room ids, in the order said
    devices: tuple[str, ...] = ()  # device ids named
    whole_home: bool = False  # "i hele huset", "alt lyset" without a room
    unknown_place: str | None = None  # "i garagen" when the home has no such room
    unknown_thing: str | None = None  # "tænd fjernsynet": a thing we cannot control


# Words for types of device (folded). ONE: a count noun in the singular; ALL: a mass
# noun or a plural, meaning every such device in the room.
_KIND_WORDS: dict[str, tuple[Kind, Amount]] = {}


def _kind_words(kind: Kind, one: str, every: str) -> None:
    for word in one.split():
        _KIND_WORDS[word] = (kind, Amount.ONE)
    for word in every.split():
        _KIND_WORDS[word] = (kind, Amount.ALL)


_kind_words(
    Kind.LIGHT,
    "lampen lampe paeren loftslampen gulvlampen bordlampen lyskilden",
    "lyset lys lysene lamperne lamper belysningen belysning",
)
_kind_words(
    Kind.THERMOSTAT,
    "radiatoren termostaten radiator termostat",
    "varmen varme gulvvarmen radiatorerne termostaterne opvarmningen",
)
_kind_words(
    Kind.COVER,
    "rullegardinet gardinet persiennen markisen rullegardin gardin persienne",
    "rullegardinerne gardinerne persiennerne markiserne rullegardiner gardiner persienner",
)
_kind_words(Kind.LOCK, "doren dor lasen dorlasen hoveddoren bagdoren", "dorene dore lasene")
_kind_words(Kind.ALARM, "alarmen tyverialarmen alarm indbrudsalarmen", "alarmerne")

# Words after "i" / "på" that are not rooms ("i dag", "i gang", "på 30 procent").
_NOT_PLACES = set(
    "dag morgen aften nat eftermiddag formiddag gang orden stykker alt forvejen lidt "
    "procent grader grad hele huset hjemmet lejligheden boligen huset det den dem "
    "en et min mit mine fuld fuldt styrke max maks minimum nu".split()
)
_WHOLE_HOME = ("hele huset", "hele hjemmet", "hele lejligheden", "hele boligen", "huset")
_EVERY = {"alt", "alle", "al", "begge", "samtlige", "overalt"}
_QUESTION_START = {"er", "hvilke", "hvilken", "hvilket", "hvor", "hvad", "star", "mon"}
# A request put politely ("er du sød at tænde lyset") is still a command.
_DOING = set(
    "taend taende sluk slukke saet saette skru skrue rul rulle traek traekke daemp daempe "
    "abn abne luk lukke kor kore las lase".split()
)
# Said instead of a number.
_HALF = {"halvt", "halvvejs", "halv", "halvdelen", "midt"}

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[a-z]+|%")
_SAID = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+|%")


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


def tokens(text: str) -> list[str]:
    return said_tokens(text)[0]


def said_tokens(text: str) -> tuple[list[str], list[str]]:
    """Folded words, and each as it was written (lower case) for saying it back."""
    folded: list[str] = []
    said: list[str] = []
    for word in _SAID.findall(text[:MAX_CHARS].lower()):
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
        if chunk[-3:] == ["og", "en", "halv"] and width >= 4:  # "tyve og en halv"
            base = _one_number("".join(chunk[:-3]))
            if base is not None:
                return base + 0.5, start
        joined = "".join(chunk)
        if joined in NUMBERS and (width == 1 or chunk[0] not in ("og",)):
            return float(NUMBERS[joined]), start
    return None


def _one_number(word: str) -> float | None:
    if re.fullmatch(r"\d+", word):
        return float(word)
    return float(NUMBERS[word]) if word in NUMBERS else None


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    ident: str


def _name_matches(words: list[str], names: dict[str, str]) -> list[_Match]:
    """Longest, leftmost matches of configured names (joined without spaces)."""
    found: list[_Match] = []
    i = 0
    while i < len(words):
        hit = None
        for width in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            key = "".join(words[i : i + width])
            if key in names:
                hit = _Match(i, i + width, names[key])
                break
        if hit:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _name_table(items: list[tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for ident, names in items:
        for name in names:
            table[name_key(name)] = ident
    return table


def parse(text: str, home: HomeConfig) -> Command:
    words, said = said_tokens(text)
    device_hits = _name_matches(words, _name_table([(d.id, d.names) for d in home.devices]))
    taken = {i for m in device_hits for i in range(m.start, m.end)}
    free = [w if i not in taken else "" for i, w in enumerate(words)]
    room_hits = _name_matches(free, _name_table([(r.id, r.names) for r in home.rooms]))
    taken |= {i for m in room_hits for i in range(m.start, m.end)}
    devices = tuple(dict.fromkeys(m.ident for m in device_hits))
    rooms = tuple(dict.fromkeys(m.ident for m in room_hits))
    kind, amount = _kind(words, taken, home, devices)
    joined = " ".join(words)
    whole = any(re.search(rf"\b{p}\b", joined) for p in _WHOLE_HOME)
    every = whole or any(w in _EVERY for w in words)
    if every:
        amount = Amount.ALL
    command = Command(
        action=None,
        kind=kind,
        amount=amount,
        rooms=rooms,
        devices=devices,
        whole_home=whole or (every and not rooms and not devices),
        unknown_place=None if rooms else _unknown_place(words, said, taken),
    )
    return _with_action(command, words, said, taken)


def _kind(
    words: list[str], taken: set[int], home: HomeConfig, devices: tuple[str, ...]
) -> tuple[Kind | None, Amount]:
    if devices:
        named = [d for d in home.devices if d.id in devices]
        return named[0].kind, Amount.ALL
    for i, word in enumerate(words):
        if i not in taken and word in _KIND_WORDS:
            return _KIND_WORDS[word]
    return None, Amount.ALL


def _unknown_place(words: list[str], said: list[str], taken: set[int]) -> str | None:
    for i, word in enumerate(words[:-1]):
        if word not in ("i", "pa", "ude", "inde", "oppe", "nede") or i + 1 in taken:
            continue
        after = words[i + 1]
        if after in ("i", "pa") or after in _NOT_PLACES or after in _KIND_WORDS:
            continue
        if re.fullmatch(r"\d.*", after) or after in NUMBERS:
            continue
        return said[i + 1]
    return None


def _value(words: list[str], units: tuple[str, ...]) -> float | None:
    for i, word in enumerate(words):
        if word in units:
            found = number_at(words, i)
            if found is not None:
                return found[0]
    return None


def _with_action(command: Command, words: list[str], said: list[str], taken: set[int]) -> Command:
    has = set(words)
    kind = command.kind
    percent = _value(words, ("procent", "pct", "%"))
    degrees = _value(words, ("grader", "grad"))
    question = bool(words) and words[0] in _QUESTION_START and not has & _DOING
    if question:
        if words[:2] in (["hvor", "varmt"], ["hvor", "koldt"]) or (
            "temperaturen" in has and kind in (None, Kind.THERMOSTAT)
        ):
            return replace(command, action=Action.ASK_TEMPERATURE, kind=Kind.THERMOSTAT)
        if words[0] in ("hvilke", "hvilken", "hvilket"):
            return replace(command, action=Action.ASK_WHICH_ON, kind=kind or Kind.LIGHT)
        if kind is Kind.THERMOSTAT and ("varmen" in has or "sat" in has):
            return replace(command, action=Action.ASK_TEMPERATURE)
        if kind is None and has & {"lys", "taendt", "slukket", "morkt"}:
            kind = Kind.LIGHT
        return replace(command, action=Action.ASK_STATE, kind=kind)
    if degrees is not None and kind in (None, Kind.THERMOSTAT):
        return replace(command, action=Action.SET_TEMPERATURE, kind=Kind.THERMOSTAT, value=degrees)
    if kind is Kind.LOCK:
        opening = ("op" in has and ("las" in has or "lase" in has)) or bool(
            has & {"abn", "aben", "aflas", "aflase", "abne"}
        )
        if opening:
            return replace(command, action=Action.UNLOCK)
        if has & {"las", "lase", "laas"}:
            return replace(command, action=Action.LOCK)
        return _unknown(command, words, said, taken)
    if kind is Kind.ALARM:
        if has & {"sluk", "slukke", "deaktiver", "fra", "af"}:
            return replace(command, action=Action.DISARM)
        if has & {"taend", "taende", "aktiver", "til", "sla"}:
            return replace(command, action=Action.ARM)
        return _unknown(command, words, said, taken)
    if kind is Kind.COVER or (kind is None and has & {"rul", "traek"}):
        kind = Kind.COVER
        if "stop" in has or "stands" in has:
            return replace(command, action=Action.STOP, kind=kind)
        if percent is not None:
            return replace(command, action=Action.POSITION, kind=kind, value=percent)
        if has & _HALF:
            return replace(command, action=Action.POSITION, kind=kind, value=50.0)
        if has & {"ned", "for", "luk", "lukke", "saenk", "saenke"}:
            return replace(command, action=Action.CLOSE, kind=kind)
        if has & {"op", "fra", "abn", "abne", "haev", "haeve", "hej"}:
            return replace(command, action=Action.OPEN, kind=kind)
        return _unknown(command, words, said, taken)
    if kind is Kind.THERMOSTAT:
        if has & {"op", "varmere", "hojere", "mere"}:
            return replace(command, action=Action.WARMER)
        if has & {"ned", "koldere", "lavere", "mindre"}:
            return replace(command, action=Action.COLDER)
        return _unknown(command, words, said, taken)
    return _light_action(command, words, said, has, percent, taken)


def _light_action(
    command: Command,
    words: list[str],
    said: list[str],
    has: set[str],
    percent: float | None,
    taken: set[int],
) -> Command:
    light = replace(command, kind=Kind.LIGHT)
    if command.kind not in (None, Kind.LIGHT):
        return _unknown(command, words, said, taken)
    if command.kind is None and not command.devices:
        # "tænd i køkkenet" means the light; "tænd fjernsynet" names something else.
        other = _unknown(command, words, said, taken)
        if other.unknown_thing:
            return other
    off = "sluk" in has or "slukke" in has or ("sla" in has and "fra" in has)
    if off:
        return replace(light, action=Action.OFF)
    if percent is not None:
        return replace(light, action=Action.BRIGHTNESS, value=percent)
    if has & {"varmere", "varmt", "gult", "gulere", "hyggelys", "hyggeligt"}:
        return replace(light, action=Action.WARM_LIGHT)
    if has & {"koldere", "koldt", "hvidt", "hvidere", "dagslys", "blat"}:
        return replace(light, action=Action.COLD_LIGHT)
    if has & {"fuld", "fuldt", "maks", "max"}:
        return replace(light, action=Action.BRIGHTNESS, value=100.0)
    if has & {"daemp", "daempe", "morkere", "svagere", "ned", "mindre"}:
        return replace(light, action=Action.DIMMER)
    if has & {"lysere", "kraftigere", "skarpere", "op", "mere"}:
        return replace(light, action=Action.BRIGHTER)
    if has & {"taend", "taende", "tand"} or ("sla" in has and "til" in has):
        return replace(light, action=Action.ON)
    if command.kind is Kind.LIGHT:
        return replace(light, action=None)
    return _unknown(command, words, said, taken)


_VERBS = {
    "taend", "sluk", "sla", "skru", "saet", "rul", "traek", "luk", "abn", "kor", "las",
    "daemp", "start", "stop", "slukke", "taende", "lukke", "abne", "kan", "du", "vil",
    "gerne", "lige", "venligst", "for", "op", "ned", "til", "fra", "pa", "af", "lidt",
}  # fmt: skip


def _unknown(command: Command, words: list[str], said: list[str], taken: set[int]) -> Command:
    """No action we know for these words; name the thing if it is not one of ours."""
    if command.kind is not None or command.devices:
        return replace(command, action=None)
    for i, word in enumerate(words):
        if i not in taken and word not in _VERBS and word not in ("den", "det", "dem", "i"):
            return replace(command, action=None, unknown_thing=said[i])
    return replace(command, action=None)
