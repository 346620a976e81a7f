"""Find what a question is about: by name, by topic, or from a described need.

Names and keywords are matched on folded text (æ/ø/å-tolerant), at the start of a
word so Danish endings still match ("positivlisten" finds "positivliste"), and with
spaces removed so "skærm besøg" finds "skærmbesøg". Needs are matched on Danish
Snowball stems weighted by rarity, with rapidfuzz tolerating typos.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz, process

from bot.core.text import fold
from bot.knowledge.model import Item, Kind, KnowledgeBase

# Function words that carry no content for matching a need to a technology.
STOPWORDS = frozenset(
    """
    af alle alt altid andre at bare blev blive bliver da de dem den denne der deres det han
    dette dig din du efter eller en end er et for fordi fra få får gerne godt ha had har
    have havde haft hej hende hendes hans hun hvad hvem hvilke hvilken hvis hvor hvordan hvorfor i ikke
    ind jeg jer jo kan kommer kunne lidt man mange med meget men mere mig min mine mit mod
    må når nogen noget nok nu og også om op os over på sig sin sine sit skal skulle som så
    sådan til tit ud under var vi vil ville være været år ja nej tak findes fandtes hjælp
    hjælpe hjælper nogle ofte teknologi teknologier velfærdsteknologi mor far mand kone
    teknologien teknologierne velfærdsteknologien velfærdsteknologierne
    borger borgeren borgere mors fars mormor farmor morfar farfar datter søn svært svær ved
    selv længere hele tiden problem problemer behov brug
    """.split()
)
_WORD = re.compile(r"[0-9a-zæøåéüöä§]+")
_STEMMER = snowballstemmer.stemmer("danish")
# Share of a problem phrase (and of the question) that must match to suggest an item.
NEED_THRESHOLD = 0.35
# A further suggestion must score at least this share of the best one.
RUNNER_UP_SHARE = 0.75
# A compound's head and tail are at least this long ("toilet|besøg", "gulv|vask").
_HEAD = 4
_TAIL = 4


@dataclass(frozen=True)
class Match:
    item: Item
    score: float


# Words the Danish stemmer gets wrong for us: present and past tenses of short verbs
# meet their infinitive ("går ud om natten" is "gå ud om natten"); "demens" is not "dem".
_IRREGULAR = {
    "går": "gå", "gik": "gå", "gået": "gå", "står": "stå", "stod": "stå", "stået": "stå",
    "ser": "se", "sov": "sove", "sover": "sove", "sovet": "sove",
}  # fmt: skip
_KEEP = frozenset({"demens", "demente", "dement"})


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    word = word.lower()
    if word in _KEEP:
        return "demens"
    return fold(_STEMMER.stemWord(_IRREGULAR.get(word, word)))


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text, in order."""
    out = []
    for w in _WORD.findall(text.lower()):
        if w in STOPWORDS or fold(w) in _FOLDED_STOPWORDS or len(w) < 2:
            continue
        out.append(stem(w))
    return out


_FOLDED_STOPWORDS = frozenset(fold(w) for w in STOPWORDS)

# A need said in other words than the problems say it: pills and tablets are the
# medicine the problems name; rolling or sliding out of bed is falling out of it.
_NEED_SAME = {"pil": "medicin", "tablet": "medicin", "medikament": "medicin"}
_OUT_OF = re.compile(r"\b(?:rul\w*|trill\w*|glid\w*|gled)\s+(?=ud\s+af\b)")


# "komme i bad" and "gå i bad" are the bath, not coming up or walking (set 14: "min far
# kan ikke selv komme i bad mere" had got løftestole, whose problems are about coming up
# from a chair, and "gå" alone is rollators' and exoskeletons' problem)
_TO_BATH = re.compile(
    r"\b(?:kom(?:me|mer)?|gå|går|gik|gaa|gaar)\s+(?=i\s+(?:bad|badet|brusebad\w*)\b)"
)


# Unsteady on one's legs is a risk of falling ("ustabil på benene om natten", set 22: no
# problem phrase says it so, and a door alarm had come first).
_UNSTEADY = re.compile(
    r"\b(?:ustabil|ustabile|usikker|usikre|vaklende|vakkelvorn|dårlig|daarlig|svag|svage)"
    r"\s+(?:\w+\s+)?(?:på|paa)\s+(?:benene|bena|fødderne|foedderne)\b"
    r"|\b(?:snubler|snublede|snuble|vakler|vaklede)\b"
)


# Coming up to standing is rising ("en stol der hjælper en op at stå", "kan ikke komme op
# og stå", set 49: no problem phrase says it so, and a bath chair, where one need not
# "stå op", had come first).
_TO_STANDING = re.compile(
    r"\b(?:komme\w*\s+|hjælpe\w*\s+(?:\w+\s+)?|hjaelpe\w*\s+(?:\w+\s+)?)?op\s+(?:at|og|til\s+at)\s+(?:stå|staa)\b"
)


def need_stems(text: str) -> list[str]:
    """The content stems a need is matched on, its synonyms made one."""
    said = _TO_STANDING.sub("rejse sig", text.lower())
    said = _UNSTEADY.sub("falder", said)
    said = _TO_BATH.sub("", _OUT_OF.sub("falder ", said))
    return [_NEED_SAME.get(s, s) for s in content_stems(said)]


class KnowledgeSearch:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._names: list[tuple[str, str, Item]] = []  # (folded name, name without spaces, item)
        for item in kb.items.values():
            for name in item.names:
                folded = " ".join(_WORD.findall(fold(name)))
                if len(folded) >= 2:
                    self._names.append((folded, folded.replace(" ", ""), item))
        self._problems: list[tuple[list[str], Item]] = []
        for item in kb.of_kind("technology", "category"):
            for phrase in item.problems:
                self._problems.append((need_stems(phrase), item))
        df: Counter[str] = Counter()
        for stems, _ in self._problems:
            df.update(set(stems))
        n = max(len(self._problems), 1)
        self._idf = {s: math.log(1 + n / c) for s, c in df.items()}
        self._vocab = list(self._idf)

    # -- by name ----------------------------------------------------------

    def by_name(self, text: str, kinds: Sequence[Kind] | None = None) -> list[Match]:
        """Items whose name, alias or keyword occurs in the text, best first."""
        folded = " ".join(_WORD.findall(fold(text)))
        if not folded:
            return []
        padded = " " + folded
        joined = folded.replace(" ", "")
        tokens = folded.split()
        starts = _token_starts(tokens)
        best: dict[str, float] = {}
        items: dict[str, Item] = {}
        for name, name_joined, item in self._names:
            if kinds and item.kind not in kinds:
                continue
            score = 0.0
            if _said(name, padded) or _words_match(name, tokens):
                score = 1.0 + len(name) / 100
            elif len(name_joined) >= 6 and _joined_match(name_joined, joined, starts):
                score = 0.95 + len(name_joined) / 100
            elif len(name) >= 6 and " " not in name:
                hit = process.extractOne(name, tokens, scorer=fuzz.ratio, score_cutoff=85)
                if hit:
                    score = 0.8 * hit[1] / 100 + len(name) / 100
            if score > best.get(item.id, 0.0):
                best[item.id] = score
                items[item.id] = item
        return _ranked(items, best)

    # -- from a need ---------------------------------------------------------

    def by_need(self, text: str, limit: int = 3) -> list[Match]:
        """Technologies (or categories) whose described problems match the text."""
        query = self._snap(need_stems(text))
        if not query:
            return []
        qset = set(query)
        heads = self._heads(qset) - qset
        q_weight = sum(self._idf.get(s, 1.0) for s in qset)
        best: dict[str, float] = {}
        support: Counter[str] = Counter()  # phrases of the item that share a word: a tie-breaker
        items: dict[str, Item] = {}
        for stems, item in self._problems:
            pset = set(stems)
            if not pset:
                continue
            shared = pset & qset
            if not shared:
                continue
            # set 52: "klare toiletbesøg" shares "toilet" too with "kan ikke klare toilettet",
            # which then covers its problem as well as "klare mig mere selv" of screen
            # visits, which shares only "klare"; a head counts with another word shared
            # and not beside its own compound
            head = {h for h in pset & heads if not any(s.startswith(h) for s in shared)}
            support[item.id] += 1
            w_shared = sum(self._idf[s] for s in shared | head)
            cover_problem = w_shared / sum(self._idf[s] for s in pset)
            cover_query = min(1.0, w_shared / q_weight)
            score = 0.6 * cover_problem + 0.4 * cover_query
            if score > best.get(item.id, 0.0):
                best[item.id] = score
                items[item.id] = item
        ranked = sorted(
            (Match(items[i], sc) for i, sc in best.items() if sc >= NEED_THRESHOLD),
            key=lambda m: (
                -round(m.score, 2),
                -support[m.item.id],
                m.item.kind != "technology",
                m.item.id,
            ),
        )
        # Keep close runners-up only, so a clear need gets a short list.
        ranked = [m for m in ranked if m.score >= RUNNER_UP_SHARE * ranked[0].score]
        # A technology says more than its whole category; keep a category only if
        # none of its technologies made the list.
        chosen: list[Match] = []
        for m in ranked:
            if m.item.kind == "category" and any(c.item.category_id == m.item.id for c in ranked):
                continue
            chosen.append(m)
        return chosen[:limit]

    def need_order(self, text: str, items: Sequence[Item]) -> list[Item]:
        """The items, those with a problem the need clearly shares first (a category's
        technologies for "hun er ensom": the visiting friend before the chatbot); the
        rest in their own order."""
        query = set(self._snap(need_stems(text)))
        scores: dict[str, float] = {}
        for stems, item in self._problems:
            shared = set(stems) & query
            if shared:
                score = sum(self._idf[s] for s in shared) / sum(self._idf[s] for s in set(stems))
                if score >= NEED_THRESHOLD:
                    scores[item.id] = max(score, scores.get(item.id, 0.0))
        return sorted(items, key=lambda i: -round(scores.get(i.id, 0.0), 2))

    def _heads(self, stems: Iterable[str]) -> set[str]:
        """The heads of the compounds among the stems that are need words of their own
        ("toilet" of "toiletbesøg")."""
        heads = set()
        for s in stems:
            for end in range(len(s) - _TAIL, _HEAD - 1, -1):
                if s[:end] in self._idf:
                    heads.add(s[:end])
                    break
        return heads

    def _snap(self, stems: Iterable[str]) -> list[str]:
        """Map each query stem to the known stem it is a typo of, if any."""
        out = []
        for s in stems:
            if s in self._idf or len(s) < 4:
                out.append(s)
                continue
            hit = process.extractOne(s, self._vocab, scorer=fuzz.ratio, score_cutoff=82)
            out.append(hit[0] if hit else s)
        return out


def _said(name: str, padded: str) -> bool:
    """The name from the start of a word: "positivliste" in "positivlisten" and in
    compounds that begin with it. A name of several words may end in at most a Danish
    ending: "hvad er velfærdsteknologi" is not in "hvad er velfærdsteknologipuljen"."""
    if " " not in name:
        return " " + name in padded
    at = padded.find(" " + name)
    while at >= 0:
        end = at + 1 + len(name)
        rest = padded.find(" ", end)
        if (len(padded) if rest < 0 else rest) - end <= _ENDING:
            return True
        at = padded.find(" " + name, at + 1)
    return False


def _words_match(name: str, tokens: list[str]) -> bool:
    """A name of several words said with Danish endings on its words: "netværk for
    velfærdsteknologi" in "netværket for velfærdsteknologi"."""
    parts = name.split()
    if len(parts) < 2:
        return False
    for i in range(len(tokens) - len(parts) + 1):
        if all(
            t.startswith(p) and len(t) - len(p) <= _ENDING
            for p, t in zip(parts, tokens[i : i + len(parts)], strict=True)
        ):
            return True
    return False


def _token_starts(tokens: list[str]) -> list[int]:
    """Where each token starts in the text with its spaces removed, and where it ends."""
    starts, at = [], 0
    for token in tokens:
        starts.append(at)
        at += len(token)
    return [*starts, at]


# A name written apart ("skærm besøg") may carry a Danish ending ("skærm besøget").
_ENDING = 4


def _joined_match(name: str, joined: str, starts: list[int]) -> bool:
    """The name, spaces removed, found in the text, spaces removed, from the start of a
    word to the end of one (give or take an ending): "skærm besøg" is "skærmbesøg", but
    "hvad er velfærdsteknologi" is not in "hvad er velfærdsteknologipuljen"."""
    at = joined.find(name)
    while at >= 0:
        end = at + len(name)
        if at in starts and any(0 <= b - end <= _ENDING for b in starts):
            return True
        at = joined.find(name, at + 1)
    return False


def _ranked(items: dict[str, Item], scores: dict[str, float]) -> list[Match]:
    """Best first: exact name matches before fuzzy ones, then the most specific kind
    (a technology before its category), then the higher score."""
    order = {"technology": 0, "category": 1, "topic": 2}
    return sorted(
        (Match(items[i], s) for i, s in scores.items()),
        key=lambda m: (m.score < 1.0, order[m.item.kind], -round(m.score, 3), m.item.id),
    )
