"""Reading the citizen's sentence about the plan: what to add, which item, which new time.

"skriv i min kalender at jeg skal til frisør på torsdag kl 10" -> title "frisør" (the
time words are cut out by the time parser's spans). "hvornår kommer fysioterapeuten"
names the item whose title or visitor shares a word stem with it ("fysioterapi").
"flyt frisøren fra torsdag til fredag" -> the occurrence on Thursday, the new day Friday.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from bot.core.danish.spoken import pieces_once, standard_words
from bot.core.text import fold, plain, words
from bot.plan.model import Occurrence, PlanItem
from bot.plan.queries import at_time
from nlu.danish_time import TimeParse, parse

# Where the plan is named: "i min kalender", "på planen", "ind i dagsplanen".
_PLAN_PLACE = re.compile(
    r"\b(?:ind\s+)?(?:i|på|paa|til)\s+(?:min|mit|mine|borgerens|hans|hendes|vores|æ)?\s*"
    r"(?:kalender(?:en)?|plan(?:en)?|dagsplan(?:en)?|aftalebog(?:en)?)\b",
    re.IGNORECASE,
)
_VERBS = (
    r"(?:skriv(?:e)?|sæt(?:te)?|saet(?:te)?|tilføj(?:e)?|tilfoej(?:e)?|noter(?:e)?|notér|"
    r"læg(?:ge)?|laeg(?:ge)?|put(?:te)?|opret(?:te)?|lav(?:e)?)"
)
_OPENINGS = re.compile(
    r"^(?:(?:kan|vil) du (?:venligst |lige |godt )?|venligst |jeg vil (?:gerne )?)?"
    r"(?:" + _VERBS + r"\s+(?:lige\s+)?|have\s+(?:noget\s+)?skrevet(?:\s+|$))?"
    r"(?:(?:en|et|ny|nyt|noget)\s+)*(?:(?:aftale|punkt)\s+)?(?:ind\s+)?"
    r"(?:(?:om|med|hos)\s+)?",
    re.IGNORECASE,
)
_LEADS = re.compile(
    r"^(?:at\s+|:\s*|det\s+)?(?:(?:jeg|vi|du|borgeren)\s+skal\s+(?:til\s+|have\s+|på\s+)?)?"
    # staff's shorthand "Jens frisør fredag kl 12" (set 42): the citizen named, then the thing
    r"(?:borgeren\s+(?!(?:skal|ska|kommer|har|er|vil|må|maa|kan|får|faar|går|gaar|og)\b))?",
    re.IGNORECASE,
)
# A statement around the appointment: "godmorgen du, jeg ville lige sige at jeg har fået
# en tid hos lægen", "der er fællesspisning i caféen".
_STATEMENT = re.compile(
    r"^(?:(?:god\s*morgen|goddag|godaften|hej|hallo|nå)(?:\s+(?:du|med\s+dig))?\s*,?\s*"
    r"|(?:jeg|vi)\s+(?:ville|vil)\s+(?:lige|bare|gerne)?\s*(?:sige|fortælle|fortaelle)(?:\s+dig)?"
    r"(?:\s+at)?\s+|(?:jeg|vi|du|borgeren)\s+(?:har|har\s+lige)\s+fået\s+(?:en\s+)?(?:ny\s+)?tid\s+"
    r"(?:hos|til|på|paa)\s+|der\s+er\s+"
    # the plan named first, as staff type it: "Karens plan: …", "hans kalender - …" (set 24)
    r"|(?:\w+s|\w+['\u2019]|min|mit|hans|hendes|borgerens)\s+(?:plan|kalender|dagsplan|ugeplan)\s*[:\-\u2013]\s*)",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:\s*,?\s*(?:(?:kan|vil) du\s+)?" + _VERBS + r"\s+(?:det|den)(?:\s+(?:ind|på|paa|op))?"
    r"|\s*,?\s*(?:så\s+)?(?:det|den)\s+skal\s+(?:vel\s+|lige\s+|nok\s+)?"
    r"(?:skrives|sættes|saettes|noteres|med)(?:\s+(?:ind|på|paa|op))?"
    # a day said again in the asking sentence, read already from the one before (set 34)
    r"|\s+(?:i (?:morgen|dag|overmorgen)|på (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag))"
    r"|\s*(?:tak|please|så|og|skal|ind))\s*$",
    re.IGNORECASE,
)
# a yes or no is no title: "ja" to "Hvad skal jeg skrive?" had been written (set 36)
_FILLER = {"", "det", "den", "noget", "en", "et", "aftale", "punkt", "at"} | {
    "ja",
    "jo",
    "nej",
    "ok",
    "okay",
    "ja tak",
    "nej tak",
    "ja da",
    "jep",
    "yes",
}

# Words that point at no item: question words, the plan itself, verbs of moving.
_NOT_NAMES = set(
    words(
        "hvornår kommer kommet skal jeg jeg du min mit mine din dit dine til fra på i dag "
        "morgen aften plan planen kalender kalenderen dagsplan dagsplanen flyt flytte flyttes "
        "aflys aflyse aflyses slet slette fjern fjerne ryk rykke igen stedet hvad hvilken "
        "næste gang gange alle hver hele kun klokken besøg besog tid tiden ikke alligevel "
        "komme være være udsæt udsat ændre ændr noget nogen mandag tirsdag onsdag torsdag "
        "fredag lørdag søndag overmorgen"
    )
)


def _cut(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out = text
    for start, end in sorted(spans, reverse=True):
        out = out[:start] + " " + out[end:]
    return " ".join(out.split())


# The sentence that asks for the entry, where a message tells the context first: "Jens
# skal til kontrol på sygehuset på mandag klokken 9. Vil du skrive sygehus i hans plan?"
# (set 34: the whole message had been the title).
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\w)")
_ASKS_ENTRY = re.compile(
    r"^(?:(?:kan|vil|kunne) du (?:venligst |lige |godt )?)?" + _VERBS + r"\b", re.IGNORECASE
)


def _asking_sentence(text: str) -> str:
    """Of several sentences, the last one that asks for the entry; else the text."""
    sentences = _SENTENCES.split(text)
    asking = [s for s in sentences if _ASKS_ENTRY.match(s.strip())]
    return asking[-1] if len(sentences) > 1 and asking else text


def plan_title(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """What to write in the plan, in the citizen's words, or ''. A request that points
    back ("… ny tid hos øjenlægen, det er på mandag kl 10.15. Skriv det i hendes plan",
    set 36) writes what the sentences before it said."""
    cut = _fragments(standard_words(_PLAN_PLACE.sub(" ", _cut(text, spans)))).strip()
    asking = _asking_sentence(cut)
    title = _title(asking)
    if not title and asking != cut and _POINTS_BACK.search(asking):
        return _title(cut[: cut.rfind(asking)])
    return title


# the words that only ask for the entry, when said as pieces of their own (set 42)
_ASKING_ONLY = frozenset(words("skriv sæt tilføj kalender kalenderen plan planen nej ja ind"))


def _fragments(text: str) -> str:
    return pieces_once(text, _ASKING_ONLY)


def _title(said: str) -> str:
    rest = " ".join(said.split()).strip(" ,.!?:")
    previous = None
    while previous != rest:
        previous = rest
        for pattern in (_STATEMENT, _OPENINGS, _LEADS, _TRAILING, _IT_IS):
            rest = pattern.sub("", rest).strip(" ,.!?:")
    return "" if rest.lower() in _FILLER or len(rest) < 2 else rest


_POINTS_BACK = re.compile(r"\b(?:det|den|dem)\b", re.IGNORECASE)
# what is left of "…, det er på mandag kl 10.15" once the time is cut
_IT_IS = re.compile(r"[\s,]+(?:det|den|og det|og den) (?:er|bliver|blir)$", re.IGNORECASE)


# Short words that still name who comes ("min søn kan ikke komme alligevel").
_SHORT_NAMES = frozenset(words("søn mor bror"))  # not "far": folded, it is "får"


def _stems(text: str) -> set[str]:
    return {w for w in words(text) if (len(w) >= 4 or w in _SHORT_NAMES) and w not in _NOT_NAMES}


def _same_stem(a: str, b: str) -> bool:
    # "fysioterapeuten" names "fysioterapi", "frisøren" names "frisør".
    shorter = min(len(a), len(b))
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    if common >= min(5, shorter):
        return True
    # a compound's head: "gymnastikken" names "stolegymnastik" (set 6)
    head = 6
    return any(len(x) >= head and x[:head] in y[1:] for x, y in ((a, b), (b, a)))


def names(item: PlanItem, text: str) -> bool:
    """Does the sentence name the item (its title or who comes)?"""
    said = _stems(text)
    own = _stems(f"{item.title} {item.who or ''}")
    return any(_same_stem(s, o) for s in said for o in own)


def named(occurrences: Iterable[Occurrence], text: str) -> list[Occurrence]:
    """The occurrences whose item the sentence names, in time order."""
    return [o for o in occurrences if names(o.item, text)]


def distinct_items(occurrences: Iterable[Occurrence]) -> list[PlanItem]:
    seen: dict[int, PlanItem] = {}
    for o in occurrences:
        seen.setdefault(o.item.id, o.item)
    return list(seen.values())


def split_move(text: str) -> tuple[str, str]:
    """('flyt frisøren fra torsdag', 'fredag') at the last ' til '; ('', text) without."""
    match = list(re.finditer(r"\btil\b", text, re.IGNORECASE))
    if not match:
        return "", text
    last = match[-1]
    return text[: last.start()], text[last.end() :]


def new_start(occ: Occurrence, target_text: str, target: TimeParse) -> datetime | None:
    """The new start: a day alone keeps the clock time, a clock time alone keeps the day."""
    if target.when is None:
        return None
    if target.time_assumed:
        return at_time(target.when, occ.start.timetz().replace(tzinfo=None))
    if not target.day_said:
        return at_time(occ.start, target.when.timetz().replace(tzinfo=None))
    return target.when


# A move that ends on a bare hour, as said in pieces ("flyt... frisør... elleve", set 46)
_MOVED_TO_HOUR = re.compile(
    r"^(?:\w+ ){0,3}?(?:flyt|ryk|skub|aendr)\w*\b(?: \w+){0,4}? (?:til )?(?:klokken |kl )?"
    r"(?P<h>(?:halv )?(?:et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv)|\d{1,2}(?: \d\d)?)$"
)


def target_time(text: str, now: datetime) -> tuple[str, TimeParse]:
    """The part of a move sentence that says the new time, parsed."""
    _, after = split_move(text)
    parsed = parse(after, now)
    if parsed.when is None and after != text:
        parsed, after = parse(text, now), text
    if parsed.when is None:
        bare = _MOVED_TO_HOUR.match(plain(text))
        if bare is not None:
            hour = f"til klokken {bare['h'].replace(' ', '.')}"
            return hour, parse(hour, now)
    return after, parsed


class SeveralTimes(ValueError):
    """A repeat said with several times a day: a plan item has one start time."""


def plan_rule(rrule: str | None) -> str | None:
    """The parser's rule as a plan item keeps it: the time of day is the item's start."""
    if rrule is None:
        return None
    kept = []
    for part in rrule.split(";"):
        key, _, value = part.partition("=")
        if key.upper() in ("BYHOUR", "BYMINUTE", "BYSECOND"):
            if "," in value:
                raise SeveralTimes(rrule)
            continue
        kept.append(part)
    return ";".join(kept)


# An appointment called off, said as news, not as an order ("min datter kan alligevel
# ikke på fredag", "frisøren har aflyst", "det bliver ikke til noget med bankoen").
_CALLED_OFF = re.compile(
    r"\b(?:kan|ka|kommer|nar|skal) (?:\w+ )?(?:alligevel ikke|ikke alligevel|ikke lige"
    r" alligevel)\b"
    r"|\b(?:skal|kan|ka|kommer) ikke (?:\w+ ){1,3}alligevel\b"
    r"|\b(?:er|blev|er blevet|har) (?:\w+ )?aflyst\b|\bhar meldt afbud\b|\bmeldt fra\b"
    r"|\bbliver ikke til noget\b|\bblir ikke til noget\b"
)
_ASKED = re.compile(r"\?\s*$|^(?:hvad|hvornar|hvem|hvor|kan|ka|skal|er) \w+ (?:du|i)\b")


def called_off(text: str) -> bool:
    """An appointment said to be off (the item named in the sentence is asked about,
    "Skal jeg aflyse …?"); not a question."""
    folded = " ".join(fold(text).split())
    if _ASKED.search(folded):
        return False
    return _CALLED_OFF.search(folded) is not None
