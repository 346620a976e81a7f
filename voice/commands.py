"""The spoken control words the speaker handles itself: repeat, slower, stop.

Only a short utterance that is nothing but a control word (give or take a polite
"kan du" or "lige") counts: "hvornår stopper bussen" is a question for the assistant,
not "stop". The answers to a spoken reminder ("ja", "nej", "udsæt", "om ti minutter")
are not commands either: they go to the assistant as ordinary text.
"""

from __future__ import annotations

import enum
import re

from rapidfuzz import fuzz

from bot.core.text import fold, words


class SpokenCommand(enum.Enum):
    REPEAT = "repeat"
    SLOWER = "slower"
    STOP = "stop"


# As they are spelt, for the recogniser's grammar; matched after folding.
PHRASES: dict[SpokenCommand, tuple[str, ...]] = {
    SpokenCommand.REPEAT: (
        "gentag",
        "gentag det",
        "sig det igen",
        "hvad sagde du",
        "en gang til",
        "igen",
    ),
    SpokenCommand.SLOWER: (
        "sig det langsommere",
        "langsommere",
        "tal langsommere",
        "langsomt",
        "tal langsomt",
    ),
    SpokenCommand.STOP: ("stop", "stille", "hold op", "vær stille", "ti stille", "hold mund"),
}
COMMAND_PHRASES: tuple[str, ...] = tuple(p for group in PHRASES.values() for p in group)

# Polite padding that does not change what is asked ("kan du lige gentage det tak").
_FILLER = frozenset(
    words("kan du vil du lige godt venligst tak undskyld nu lidt please hov ok okay jo så")
)
_MAX_WORDS = 5  # after the padding is gone, a command is short
_CUTOFF = 84.0  # fuzz.ratio on folded text: a letter or two off is fine, a new word is not
_PHRASES_FOLDED: tuple[tuple[str, SpokenCommand], ...] = tuple(
    (" ".join(w for w in words(p) if w not in _FILLER), c)
    for c, group in PHRASES.items()
    for p in group
)
# The same command said in a longer form ("gentage", "stoppe") keeps its stem.
_INFLECTED = {"gentage": "gentag", "stoppe": "stop"}


def command_in(text: str) -> SpokenCommand | None:
    """The control word `text` is, or None when it is something to ask the assistant."""
    said = [_INFLECTED.get(w, w) for w in words(text) if w not in _FILLER]
    said = [w for i, w in enumerate(said) if i == 0 or w != said[i - 1]]  # "stop stop"
    if not said or len(said) > _MAX_WORDS:
        return None
    spoken = " ".join(said)
    best: tuple[float, SpokenCommand] | None = None
    for phrase, command in _PHRASES_FOLDED:
        score = fuzz.ratio(spoken, phrase)
        if score >= _CUTOFF and (best is None or score > best[0]):
            best = (score, command)
    return best[1] if best else None


_ANY_WORD = re.compile(r"\w+")


def is_wake(text: str, wake_phrase: str) -> bool:
    """True when `text` is the wake phrase, as a grammar-limited recogniser gives it back
    (or nearly: "hej assistenten")."""
    # Any script's letters: a wake phrase may be in the model's language (the tests use
    # the Korean test model), and bot.core.text.words keeps Latin letters only.
    heard, wake = (" ".join(_ANY_WORD.findall(fold(t))) for t in (text, wake_phrase))
    if not heard or not wake:
        return False
    return wake in heard or fuzz.ratio(heard, wake) >= 80.0
