"""What a technology is good for, asked right after it was talked about: "hvad er det
godt for", "hvad bruger man det til", "hvad får jeg så ud af det" (held-out set 17: the
model took them for the fallback or for a question about the assistant)."""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts import said_text as _said
from bot.knowledge.model import Item

_BENEFIT = re.compile(
    r"\bhvad (?:er|var) (?:det|den|de) (?:\w+ )?gode? (?:for|ved)\b"
    r"|\bhvad (?:er|var) (?:det|den|de) (?:egentlig |sa |saa )?godt? (?:for|til)\b"
    r"|\bhvad (?:bruger|brugte|bruges) (?:man |de |i |vi |jeg |hun |han )?(?:\w+ )?(?:det|den|dem)? ?til\b"
    r"|\bhvad (?:far|faar|fik) (?:jeg|man|hun|han|vi|de) (?:\w+ ){0,2}ud af (?:det|den|dem)\b"
    # "hvad får brugerne ud af det", "hvad er fordelene for ham ved den" (set 24-25)
    r"|\bhvad (?:far|faar|fik|kan) (?:\w+ ){0,2}(?:borger\w*|bruger\w*|bebo\w*|patient\w*"
    r"|aeldre|par\w*ende|min \w+|mine \w+) (?:\w+ ){0,2}ud af (?:det|den|dem)\b"
    r"|\bhvad (?:er|var) (?:de |de store )?(?:fordel\w*|gevinst\w*|plusser|plussider)"
    r"(?: (?:for|til)(?: \w+){1,2}?)?(?: (?:ved|med|af) (?:det|den|dem))?\W*$"
    r"|\bhvilke (?:fordel\w*|gevinst\w*) (?:er der|giver|har) (?:det|den|dem|der)\b"
    r"|\bhvad (?:hjaelper|gor) (?:det|den|de) (?:\w+ )?(?:med|for)\b"
    r"|\bhvorfor (?:skulle|skal) (?:jeg|man|hun|han) (?:have|ha|bruge) (?:det|den|sadan en)\b"
    r"|\bhvad er (?:fordel\w*|pointen|meningen) (?:med|ved) (?:det|den)\b"
)
_WHAT_IT_CAN = re.compile(r"^(?:det|den|de) (?:kan|skal|hjaelper|giver|forebygger|sikrer|gor)\b")


_WHERE = re.compile(
    r"^(?:(?:og|men|sa|ja|ok|okay) )*hvor (?:henne )?(?:(?:ligger|er|finder (?:man|jeg)|kan (?:man|jeg) finde|holder) (?:det|den|de|dem)"
    # "hvor bliver det holdt" (set 19)
    r"|(?:bliver|blir) (?:det|den|de|dem) (?:\w+ )?(?:holdt|afholdt))"
    r"(?: (?:henne|til|hende|egentlig|sa))*\W*$"
)


# "hvad er sensorgulve egentlig gode for", "hvad kan skærmbesøg bidrage med" (set 36):
# what a thing named does good, whatever source it is asked of ("ifølge undersøgelsen")
_GOOD_FOR = (
    r"\bhvad (?:gor|er|var) (?:[\w/-]+ ){1,5}?god[et]? (?:for|til)\b"
    r"|\bhvad (?:kan|vil|ville|kunne) (?:[\w/-]+ ){1,5}?bidrage (?:med|til)\b"
)


def asks_what_good_for(text: str) -> bool:
    return re.search(_GOOD_FOR, _said(text)) is not None


# The advantages of a thing named ("hvad er fordelene ved skærmbesøg for hende", "hvad
# får man ud af en løftestol", set 22), folded.
_ADVANTAGES = re.compile(
    r"\b(?:fordel\w*|gevinst\w*|det gode|godt|plusser|plussider) (?:er |var |kan vaere )?(?:ved|med|af)\b"
    r"|\bhvad (?:far|faar|kan|fik) (?:\w+ )?(?:hun|han|jeg|man|vi|borgeren|borgerne|min \w+) (?:\w+ )?ud af\b"
    r"|" + _GOOD_FOR
)


def asks_advantages(text: str) -> bool:
    """The sentence asks what the advantages of something are."""
    return _ADVANTAGES.search(fold(text)) is not None


def asks_where(text: str) -> bool:
    """ "hvor ligger det henne": where the thing just talked about is."""
    return _WHERE.search(fold(text).strip()) is not None


def asks_benefit(text: str) -> bool:
    """The sentence asks what the thing just talked about is good for."""
    return _BENEFIT.search(_said(text)) is not None


def benefit(item: Item, owner: Item | None = None) -> str:
    """What the item is good for, in its own sentences: those of its summary that say
    what it can do ("Det kan forebygge tryksår ..."), and whom it helps; its summary
    where it says nothing of the kind. Where that is one sentence that says nothing of
    the staff, what its category (`owner`) gives the staff too ("Rengørings- og
    serviceteknologi sparer personalet for tunge og gentagne opgaver.", set 49)."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", item.summary) if s.strip()]
    doing = [s for s in sentences[1:] if _WHAT_IT_CAN.search(fold(s))]
    told = [*doing, *([item.helps] if item.helps else [])]
    if len(told) == 1 and owner is not None and not _STAFF.search(fold(told[0])):
        staff = staff_gain(owner)
        if staff is not None:
            told.append(staff)
    return " ".join(told) if told else item.summary


_STAFF = re.compile(r"\bpersonale\w*|\bmedarbejder\w*")
# "Det hjælper borgere …, og kan lette arbejdet for personalet.": the clause of the staff
_STAFF_CLAUSE = re.compile(
    r",? og ((?:kan )?(?:sparer|sparer|letter|lette|giver|gor|gør|frigore|frigøre|skaner|skåner)"
    r"\b[^.]*\b(?:personale|medarbejder)\w*[^.]*)\.\s*$"
)


def staff_gain(category: Item) -> str | None:
    """What a category gives the staff, in its own words, as a sentence of its own; None
    when its sentence of whom it helps names no such gain."""
    if category.kind != "category" or not category.helps:
        return None
    found = _STAFF_CLAUSE.search(category.helps)
    if found is None:
        return None
    return f"{category.name} {found.group(1)}."
