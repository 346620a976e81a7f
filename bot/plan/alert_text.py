"""What the citizen hears before a plan item: one short spoken sentence in Danish.

"Om et kvarter kommer fysioterapeuten." "Om 10 minutter: frisør, hos Salon Lis."
"Nu er det tid til: gåtur." Lengths and clock times are the reminders' and
bot.core.danish.spoken_time's wording; only the sentence frames are new here.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.core.clock import COPENHAGEN
from bot.core.danish import spoken_time
from bot.core.danish.lateness import ON_TIME, late_note
from bot.core.text import fold, words
from bot.plan.model import Occurrence

# Spoken Danish counts the quarters of an hour rather than their minutes.
_QUARTERS = {15: "et kvarter", 30: "en halv time", 45: "tre kvarter"}
# A place said with its own preposition ("på biblioteket") is kept as written.
_PREPOSITIONS = {"hos", "i", "pa", "ved", "til", "inde", "ude", "hjemme", "nede", "oppe"}
# Said back to the citizen: "min datter" is "din datter".
_YOURS = {"min": "din", "mit": "dit", "mine": "dine", "mig": "dig"}
# Closer than this ahead is "nu"; further rounds to at least "om et minut". Behind, the
# reminders' ON_TIME decides when it becomes "for ... siden".
_SOON = timedelta(seconds=30)


def alert_text(occurrence: Occurrence, now: datetime) -> str:
    """The sentence for an occurrence at `now`: ahead, at its start, or a little late."""
    item = occurrence.item
    start = occurrence.start.astimezone(COPENHAGEN)
    here = now.astimezone(COPENHAGEN)
    until = start.astimezone(timezone.utc) - here.astimezone(timezone.utc)
    title = _yours(item.title.strip().rstrip(".!?"))
    who = _yours(item.who.strip()) if item.who else None
    visit = who is not None and _visit(title, who)
    what = title
    if who and not visit and fold(who) not in fold(title):
        what += f", med {who}"
    if item.place:
        what += f", {_place(_yours(item.place.strip()))}"
    if until >= _SOON:
        lead = _ahead(start, here, until)
        if visit:
            return f"{lead}{',' if ',' in lead else ''} kommer {who}."
        return f"{lead}: {what}."
    if until > -ON_TIME:
        return f"Nu kommer {who}." if visit else f"Nu er det tid til: {what}."
    ago = _capital(late_note(-until))
    return f"{ago} skulle {who} komme." if visit else f"{ago} var det tid til: {what}."


def span(length: timedelta) -> str:
    """'et kvarter', '10 minutter', 'en time', 'halvanden time', '2 timer'."""
    minutes = max(1, round(length.total_seconds() / 60))
    if minutes in _QUARTERS:
        return _QUARTERS[minutes]
    # late_note says a length as "for <length> siden"; its middle is the length alone.
    said = late_note(timedelta(minutes=minutes))
    return said.removeprefix("for ").removesuffix(" siden")


def _ahead(start: datetime, now: datetime, until: timedelta) -> str:
    """'Om et kvarter', 'Om 2 timer, klokken 14', 'I morgen klokken 9'."""
    if start.date() != now.date():
        return _capital(spoken_time.moment(start, now))
    if until >= timedelta(hours=1):
        return f"Om {span(until)}, {spoken_time.clock(start.hour, start.minute)}"
    return f"Om {span(until)}"


def _visit(title: str, who: str) -> bool:
    """A title that only names the visitor ('Fysioterapi' by 'fysioterapeuten')."""
    title_words, who_words = words(title), words(who)
    if len(title_words) != 1 or not who_words:
        return False
    a, b = title_words[0], who_words[-1]
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= min(5, len(a))


def _place(place: str) -> str:
    first = words(place)[:1]
    return place if first and first[0] in _PREPOSITIONS else f"hos {place}"


def _yours(text: str) -> str:
    out = []
    for word in text.split():
        swapped = _YOURS.get(word.lower())
        if swapped is not None and word[:1].isupper():
            swapped = swapped.capitalize()
        out.append(swapped or word)
    return " ".join(out)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
