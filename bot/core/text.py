"""Danish text normalisation shared by the NLU component and the knowledge search.

People type without æ/ø/å (ae/oe/aa, or o for ø and a for å) and speech recognition
writes lower case without punctuation. Folding maps all of these to one form so that
"skærmbesøg", "skaermbesoeg" and "skaermbesog" compare equal.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[0-9a-zæøåéüöäà§]+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f]"
)


def fold(text: str) -> str:
    """Lower-case and fold Danish letters and accents to a spelling-tolerant form."""
    text = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = text.replace("aa", "a").replace("oe", "o")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words of a text, punctuation dropped."""
    return [fold(w) for w in _WORD.findall(text.lower())]


def plain(text: str) -> str:
    """The folded text as one line of words: every run of non-word characters one space."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


# A sentence ends at . ! or ? before a letter ("kl. 9" and "fx. …" do not end one).
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bkl\.)(?<!\bfx\.)(?<!\bca\.)\s+(?=[^\W\d_])")


def last_sentence(text: str) -> str:
    """The last sentence of a message of several; the message itself otherwise."""
    parts = [p.strip() for p in _SENTENCE_END.split(text.strip()) if p.strip()]
    return parts[-1] if len(parts) > 1 else text


def strip_control(text: str) -> str:
    """Remove control and invisible formatting characters; tabs and newlines become spaces."""
    text = text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return _CONTROL.sub("", text)


def has_letters(text: str) -> bool:
    """True if the text holds at least one letter or digit (not only emoji or punctuation)."""
    return any(ch.isalnum() for ch in text)


def loggable(value: object, limit: int = 80) -> str:
    """A value from outside, safe in a log line: control characters escaped (a newline
    cannot start a forged line), cut to `limit` characters."""
    text = str(value)[:limit]
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
