"""The limited-vocabulary mode: what a small recogniser may hear, and fuzzy correction.

There is no Danish Vosk model to lean on, so the recogniser is told which words exist
(its grammar): the words of the assistant's own training sentences, the names in the
knowledge base, medicine names, time words and the control words. What it hears is
then corrected to the nearest sentence the assistant knows when that is close enough,
as wyoming-vosk does, but never so that a time, a medicine or a yes/no changes: "mind
mig om panodil klokken ni" must not become the training sentence with "otte".

Everything is read by load_vocabulary(root) at the entry point, never at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot.core.danish.spoken_time import MONTHS, WEEKDAYS
from bot.core.text import fold
from bot.home.config import HomeConfig
from bot.knowledge.loader import load as load_knowledge
from voice.commands import COMMAND_PHRASES

UNKNOWN = "[unk]"  # Vosk's word for "something outside the grammar"
CUTOFF = 85.0  # fuzz.ratio on folded text, 0..100
_MEDICINE_CUTOFF = 80.0  # a misheard medicine name may be corrected to one this close
_CANDIDATES = 5
_CONTENT = 4  # words this long carry meaning; shorter ones ("en", "et", "om") may change
_NEAR = 75.0  # a word brought in must sound nearly like one said

_TOKEN = re.compile(r"[a-zæøåéèüöäà]+")
_MARKUP = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")
_BRACES = re.compile(r"\{[^}]*\}")
_DIGIT = re.compile(r"\d")
_MAKER = re.compile(r'"[^"]*"')

_UNITS = "nul en et to tre fire fem seks syv otte ni".split()
_TEENS = "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split()
_TENS = ["tyve", "tredive", "fyrre", "halvtreds"]
_ORDINALS = (
    "første anden andet tredje fjerde femte sjette syvende ottende niende tiende ellevte "
    "tolvte trettende fjortende femtende sekstende syttende attende nittende tyvende "
    "tredivte enogtredivte"
).split()
_TIME = (
    "klokken klok halv kvart kvarter over i om på til minut minutter time timer sekunder "
    "dag dage døgn uge uger måned måneder år gang gange hver hverdag hverdage weekend "
    "weekenden morgen morgenen formiddag formiddagen middag middagen eftermiddag "
    "eftermiddagen aften aftenen aftener nat natten tidlig sent senere snart nu "
    "halvanden dag i morgen i overmorgen i aften i nat i dag"
).split()
# Words whose change would turn an answer around.
_POLARITY = "ja nej ikke aldrig ingen jo".split()
# The answers to a spoken reminder: ordinary text for the assistant, but words to hear.
_ANSWERS = ("ja", "nej", "ja tak", "nej tak", "udsæt", "udsæt den", "har taget den")


def number_words() -> list[str]:
    """Danish numbers 0..59 as they are said and written in one word ("femogtyve")."""
    found = _UNITS + _TEENS
    for tens in _TENS:
        found.append(tens)
        found.extend(f"{unit}og{tens}" for unit in _UNITS[1:] if unit != "et")
    return found


def time_words() -> list[str]:
    return [*number_words(), *_ORDINALS, *_TIME, *WEEKDAYS, *MONTHS]


def tokens(text: str) -> list[str]:
    """Lower-case words of a text as a recogniser writes them (no digits, no punctuation)."""
    return [t for t in _TOKEN.findall(text.lower()) if len(t) > 1 or t == "i"]


def _plain(text: str) -> str:
    return " ".join(tokens(text))


def _key(text: str) -> str:
    return " ".join(fold(t) for t in tokens(text))


class Vocabulary:
    """Known phrases and words; indexes are built once, correct() is called per utterance."""

    def __init__(
        self,
        phrases: Iterable[str],
        medicines: Iterable[str] = (),
        extra_words: Iterable[str] = (),
    ) -> None:
        phrases = list(phrases)
        medicines = [_MAKER.sub("", m) for m in medicines]  # 'Pinex "Actavis"': no maker
        medicine_phrases = [_leading_name(m) for m in medicines]
        # A sentence with digits ("kl 20") is never what a recogniser writes: its words
        # count, but it is no phrase to correct to.
        spoken = [_plain(p) for p in phrases if not _DIGIT.search(p)]
        ordered = [p for p in _unique([*spoken, *medicine_phrases]) if p]
        self.phrases: tuple[str, ...] = tuple(ordered)
        all_words = {t for p in phrases for t in tokens(p)}
        all_words.update(t for w in extra_words for t in tokens(w))
        all_words.update(t for m in medicines for t in tokens(m))
        self.words: tuple[str, ...] = tuple(sorted(all_words))
        # The fold of each phrase, first spelling wins: "sæt" and "saet" are one phrase.
        by_key: dict[str, str] = {}
        for p in self.phrases:
            by_key.setdefault(_key(p), p)
        self._keys: list[str] = list(by_key)
        self._spelling: list[str] = list(by_key.values())
        self._known = set(by_key)
        common = {fold(t) for p in ordered if p not in medicine_phrases for t in p.split()}
        self._medicine = {fold(t) for m in medicine_phrases for t in m.split()} - common
        self._fixed = {fold(t) for w in time_words() + _POLARITY for t in tokens(w)}
        self._word_keys = {fold(w) for w in self.words}

    def grammar(self) -> list[str]:
        """The word list for the recogniser's limited mode (Vosk: a JSON list plus [unk])."""
        return [*self.words, UNKNOWN]

    def correct(self, transcript: str, cutoff: float = CUTOFF) -> str:
        """The nearest known phrase when close enough and safe, else `transcript` as is."""
        key = _key(transcript)
        if not key or key in self._known:
            return transcript
        said = key.split()
        matches = process.extract(
            key, self._keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=_CANDIDATES
        )
        # Best score first; equal scores keep the phrase order, so the result is stable.
        for _, _, index in sorted(matches, key=lambda m: (-m[1], m[2])):
            if self._safe(said, self._keys[index].split()):
                return self._spelling[index]
        return transcript

    def _safe(self, said: Sequence[str], candidate: Sequence[str]) -> bool:
        """Only a misheard or split word may change: times and yes/no are kept exactly,
        a known word said stays (perhaps joined into a compound), a medicine said stays,
        and nothing is brought in that was not said nearly like it."""
        if [w for w in said if w in self._fixed] != [w for w in candidate if w in self._fixed]:
            return False
        said_joined, candidate_joined = "".join(said), "".join(candidate)
        for word in said:
            if len(word) >= _CONTENT and word in self._word_keys and word not in candidate_joined:
                return False
        if not {w for w in said if w in self._medicine} <= set(candidate):
            return False
        for word in candidate:
            if len(word) < _CONTENT or word in said_joined:
                continue
            cutoff = _MEDICINE_CUTOFF if word in self._medicine else _NEAR
            if not any(fuzz.ratio(word, w) >= cutoff for w in said):
                return False
        return True


def load_vocabulary(root: Path, extra: Iterable[str] = ()) -> Vocabulary:
    """Read the training data and the knowledge base under the project `root`."""
    sentences: list[str] = []
    medicines: list[str] = []
    for path in sorted((root / "data" / "nlu").glob("*.yml")):
        for block in _nlu_blocks(path):
            examples = _examples(block.get("examples"))
            if block.get("lookup") == "medicine":
                medicines.extend(examples)
            elif "intent" in block or "lookup" in block or "synonym" in block:
                sentences.extend(examples)
    kb = load_knowledge(root / "data" / "knowledge")
    for item in kb.items.values():
        sentences.extend(item.names)
        sentences.extend(item.problems)
    phrases = [*COMMAND_PHRASES, *_ANSWERS, *sentences, *extra]
    return Vocabulary(phrases, medicines, extra_words=[*time_words(), *extra])


# Said with a home's numbers: "sæt lyset til tres procent", "toogtyve grader".
_HOME_WORDS = (
    "procent grader grad komma halvt halvvejs hundrede tres halvfjerds firs halvfems"
).split()


def home_phrases(homes: Iterable[HomeConfig]) -> list[str]:
    """The names of the homes' rooms and devices, and the words of their numbers, so a
    limited recogniser can hear "tænd sofalampen" in a home that has one."""
    names = [n for home in homes for r in home.rooms for n in r.names]
    names += [n for home in homes for d in home.devices for n in d.names]
    return _unique([*names, *_HOME_WORDS])


def _nlu_blocks(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    blocks = data.get("nlu") or []
    return [b for b in blocks if isinstance(b, dict)]


def _examples(raw: object) -> list[str]:
    if not isinstance(raw, str):
        return []
    found = []
    for line in raw.splitlines():
        line = line.strip()
        if line.startswith("- "):
            text = _BRACES.sub("", _MARKUP.sub(r"\1", line[2:]))
            found.append(text.strip())
    return found


def _leading_name(medicine: str) -> str:
    """'Accusol 35 Kalium 2 mmol/l' -> 'accusol': the part one says before the strength."""
    head = re.split(r"[\d/\"(]", medicine, maxsplit=1)[0]
    return _plain(head)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
