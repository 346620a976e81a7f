"""What is read from a staff member's sentence: whether it asks for their citizens, and
the sentence about a citizen put in the citizen's own words for the citizen's parsers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.access.policy import typo_of
from bot.access.roster import Citizen
from bot.core.text import fold

_ASKS_MY_CITIZENS = re.compile(
    r"\b(?:hvilke|hvem|hvad for nogle) (?:af )?(?:borgere|bebo(?:e)?re|brugere)\b(?: \w+){0,3}"
    r" (?:har jeg|er mine|kan jeg se|ser jeg|er jeg|har vi)\b"
    r"|\bhvem (?:passer|tager) jeg mig af\b|\bhvem har jeg adgang til\b"
    # "hvem har jeg som borgere" (set 12)
    r"|\bhvem har (?:jeg|vi) (?:som|af) (?:borgere|bebo(?:e)?re|brugere)\b"
    # "hvem er mine borgere i systemet?" (set 34)
    r"|\bhvem er (?:mine|vores) (?:borgere|bebo(?:e)?re|brugere)\b"
)


# Shorthand of a night shift in Teams (set 39: "påmindelse t jens om vanddrivende
# fredag", "påm til jens om …" got the fallback): "påm" for påmindelse, "t" for til
# between words (never after a number: "om 1 t" is an hour).
_SHORTHAND = (
    (re.compile(r"\bpåm\b\.?", re.IGNORECASE), "påmindelse"),
    (re.compile(r"(?<=[^\W\d]) t\.? (?=[^\W\d])"), " til "),
)


def without_shorthand(text: str) -> str:
    """A staff member's message with the shorthand above written out."""
    for pattern, written in _SHORTHAND:
        text = pattern.sub(written, text)
    return text


def asks_my_citizens(text: str) -> bool:
    """ "hvilke borgere har jeg adgang til?": the staff member's citizens, whatever the
    model made of it."""
    return _ASKS_MY_CITIZENS.search(fold(text)) is not None


_THEIRS = {"hendes": "min", "hans": "min", "sin": "min", "sit": "mit", "sine": "mine"}


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]*)?")


def in_citizen_words(citizen: Citizen, text: str) -> str:
    """A staff member's sentence about a citizen, as if the citizen had said it, so
    the citizen's own parsers read it: the name becomes 'borgeren' ("mind Karen om at
    ...") or, in the genitive, 'min' ("Karens plan"); 'hendes/hans/sin' become 'min'.
    "mind Karen om at tage hendes Panodil" -> "mind borgeren om at tage min Panodil"."""
    name = [fold(w) for w in _WORD.findall(citizen.name)]
    found = list(_WORD.finditer(text))
    # a mistyped name only where the name itself is not said ("Karin" beside "Karen")
    typo = not any(_name_at(found, j, name, typo=False)[0] for j in range(len(found)))
    out: list[str] = []
    at = i = 0
    while i < len(found):
        word = found[i].group(0)
        # "hans" written small is the pronoun, even where a citizen is called Hans
        size, owner = (0, False) if word in _THEIRS else _name_at(found, i, name, typo)
        if size:
            out.append(text[at : found[i].start()] + ("min" if owner else "borgeren"))
            at = found[i + size - 1].end()
            i += size
            continue
        if word.lower() in _THEIRS:
            out.append(text[at : found[i].start()] + _THEIRS[word.lower()])
            at = found[i].end()
        i += 1
    out.append(text[at:])
    return "".join(out)


def _name_at(
    found: Sequence[re.Match[str]], i: int, name: Sequence[str], typo: bool = False
) -> tuple[int, bool]:
    """(how many words from found[i] on are the citizen's full or first name, 0 if
    none; whether in the genitive: "Karens", "Jens'")."""
    if not name:  # a name without letters or digits names nothing in a sentence
        return 0, False
    for size in dict.fromkeys((len(name), 1)):
        if size == 0 or i + size > len(found):
            continue
        said = [fold(m.group(0)) for m in found[i : i + size]]
        if said[:-1] != list(name[: size - 1]):
            continue
        if said[-1] == name[size - 1]:
            # "i jens plan": a name ending in s, its genitive typed without the ' (set 18)
            after = fold(found[i + size].group(0)) if i + size < len(found) else ""
            return size, said[-1].endswith("s") and after in _OWNED
        if _without_genitive(said[-1]) == name[size - 1]:
            return size, True
    # "ny påmindelse til Karne" (set 32): the first name mistyped by one letter
    if typo and typo_of(fold(found[i].group(0)), name[:1]):
        return 1, False
    return 0, False


_OWNED = frozenset(
    {
        "plan",
        "planen",
        "dagsplan",
        "dagsplanen",
        "kalender",
        "kalenderen",
        "pamindelser",
        "pamindelse",
    }
)


def _without_genitive(word: str) -> str:
    """'karens' -> 'karen', "jens'" -> 'jens'; anything else as it is."""
    if word.endswith(("'", "’")):
        return word[:-1]
    return word[:-1] if word.endswith("s") else word


# "og hvad med Jens?" right after a question about Karen: the same question, of Jens.
_SAME_FOR = re.compile(
    r"^(?:(?:og|men|ja|okay|ok|tak) )*(?:hvad|hva|hvordan|hvorden) (?:(?:sa|da|nu|saa) )?"
    r"(?:med|for) (?:\w+ ){0,2}\w+$"
    # "ok og karen?" (set 34): the name alone after "og"
    r"|^(?:(?:men|ja|okay|ok|tak|nej) )*og (?:(?:sa|saa) )?\w+(?: \w+)?$"
)


def asks_the_same_for(text: str) -> bool:
    """ "og hvad med Jens?", "hvad så med Jens Olsen": the last question, of another."""
    return _SAME_FOR.match(" ".join(_WORD.findall(fold(text)))) is not None


def asked_of_another(previous: str, before: Citizen, now: Citizen) -> str:
    """The previous question with one citizen's name said as another's ("har Karen fået
    sin medicin i dag?" -> "har Jens fået sin medicin i dag?"), the genitive kept."""
    name = [fold(w) for w in _WORD.findall(before.name)]
    first = now.name.split()[0] if now.name.split() else now.name
    found = list(_WORD.finditer(previous))
    out: list[str] = []
    at = i = 0
    while i < len(found):
        size, owner = _name_at(found, i, name)
        if size:
            said = first + ("s" if owner and not first.endswith("s") else "'" if owner else "")
            out.append(previous[at : found[i].start()] + said)
            at = found[i + size - 1].end()
            i += size
            continue
        i += 1
    out.append(previous[at:])
    return "".join(out)


# The metadata key under which the Teams channel says which of the staff member's own
# citizens a request asked again is for (bot.channels.teams; actions.access).
CHOSEN_CITIZEN = "chosen_citizen"

# What may be said around a name given as the answer to "Hvem af dine borgere er det?"
_AROUND_A_NAME = frozenset(
    "det er var den til for hun han hende ham mener jeg borgeren tak ja nej jo "
    "selvfolgelig naturligvis undskyld sorry ok okay altsa oh hmm sa da".split()
)


def chosen(text: str, named: Sequence[Citizen]) -> Citizen | None:
    """The citizen a short answer chooses ("karen", "Karen Jensen", "det er jens tak"):
    the one citizen `named` in it (Access.named_in) when nothing else is said but
    their name; None for a new request or a sentence ("jens skal til tandlæge")."""
    if len(named) != 1:
        return None
    name = {fold(w) for w in _WORD.findall(named[0].name)}
    said = [fold(w) for w in _WORD.findall(text)]
    rest = [w for w in said if w not in name and w.rstrip("s'’") not in name]
    return named[0] if said and all(w in _AROUND_A_NAME for w in rest) else None


# "og til jens også", "samme til jens tak", "og karen skal også med": what was just made,
# for another citizen, said with nothing else (set 20).
_AROUND_ALSO = frozenset(
    "og til for ogsa samme det den lige ja sa skal med tak gerne lav gor en et please "
    "ligesa ligesaa hende ham hun han have ha".split()
)
_ALSO_WORDS = frozenset({"ogsa", "samme", "ligesa", "ligesaa"})


def also_for(text: str, named: Sequence[Citizen]) -> bool:
    """The sentence asks for the same again for the one citizen it names, and no more."""
    if len(named) != 1:
        return False
    name = {fold(w) for w in _WORD.findall(named[0].name)}
    said = [fold(w) for w in _WORD.findall(text)]
    rest = [w for w in said if w not in name and w.rstrip("s'’") not in name]
    return bool(_ALSO_WORDS & set(rest)) and len(rest) <= 6 and all(w in _AROUND_ALSO for w in rest)


_CORRECTING = re.compile(
    r"^(?:(?:ups|hov|undskyld|ah|oh|arh|naa|na)\s+)*(?:nej|naej|nah|nae|ups|hov)\b"
)


def meant_instead(text: str, named: Sequence[Citizen], before: str) -> Citizen | None:
    """ "nej det var karen", "ups nej det var karen der skal hente den ikke jens" right
    after something was made for Jens (set 20): the one other citizen meant; else None."""
    if not _CORRECTING.match(" ".join(_WORD.findall(fold(text)))):
        return None
    others = [c for c in named if c.id != before]
    return others[0] if len(others) == 1 else None


# What a sentence about a citizen's own things says: a request's verb, their reminders,
# plan or medicine, or a person pointed back to.
_ABOUT_A_CITIZEN = re.compile(
    r"\b(?:saet\w*|mind\w*|pamind\w*|slet\w*|fjern\w*|flyt\w*|ryk\w*|skriv\w*|tilfoj\w*|aflys\w*"
    r"|opret\w*|lav\w*|husk\w*|annuller\w*|pamindelse\w*|plan\w*|aftale\w*|besog\w*|medicin\w*"
    r"|piller\w*|dosis|doser|hun|han|hende|ham|hendes|hans|borgeren|borgerens|i dag|i morgen"
    r"|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|klokken|kl)\b"
)


def about_a_citizen(text: str) -> bool:
    """The sentence may be about a citizen's own things ("flyt den til i morgen", "hvad
    skal hun i dag"); not so "har det ændret sig siden 2017" or "hvornår skal det være"
    right after a fact (set 20: both asked which citizen)."""
    return _ABOUT_A_CITIZEN.search(fold(text)) is not None
