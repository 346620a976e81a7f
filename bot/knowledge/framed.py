"""Held-out set 53's classes, read from a message's words: a question said last, after a
sentence or two that only frame it (a meeting, a reason, "jeg vil gerne …"), which is what
is asked; how much money a pool holds ("hvor mange penge er der i puljen", "hvor stor er
puljen"); and whether the municipality does anything to tell citizens and relatives what
there is ("gør kommunen noget for at oplyse pårørende om, hvad der findes").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_text as _said

# a sentence's end: a full stop, question or exclamation mark before the next sentence
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")
# words that lean on the sentences before them ("hvad koster den", "kan hun få en"): the
# closing question is not asked on its own then
_LEANING = frozenset(
    "den det dem denne dette disse sadan hun han hende ham hendes hans deres der her".split()
)
# "der" is also the plain "hvad der findes", "er der": only a pointer after a noun-less
# verb is hard to tell, so it is allowed when it follows these
_PLAIN_DER = re.compile(r"\b(?:er|var|findes|hvad|som|hvem|hvor mange \w+|hvilke \w+) der\b")
_QUESTION_WORDS = re.compile(
    r"^(?:og |men |sa )?(?:hvad|hva|hvem|hvor|hvordan|hvorfor|hvornar|hvilke|hvilken"
    r"|hvilket|kan|ma|skal|findes|er|har|gor|giver|far|bruger|hjaelper|virker)\b"
)
# small words that name no subject of their own
_SMALL = frozenset(
    "og men sa hvad hva hvem hvor hvordan hvorfor hvornar hvilke hvilken hvilket kan ma"
    " skal findes er har gor giver far der i pa af til om for med en et de at man jeg vi"
    " du i mange meget stor noget nogen nogle ogsa egentlig lige sig sin sit sine vil"
    " ville kunne bliver blev var mig os jer fra ud ind op".split()
)


def closing_question(text: str) -> str | None:
    """The last sentence of a message of several, when it is a question and the ones
    before it ask nothing ("Vi har møde i morgen og vil gerne vise nogle tal. Hvor mange
    kommuner svarede på undersøgelsen?"); None when the message is one sentence, when an
    earlier one asks too, or when the last leans on the others ("Min mor har en GPS.
    Hvad koster den?") or names nothing of its own ("… Hvad findes der?")."""
    parts = [p.strip() for p in _SENTENCES.split(text.strip()) if p.strip()]
    if len(parts) < 2 or not parts[-1].endswith("?"):
        return None
    if any(p.endswith("?") for p in parts[:-1]):
        return None
    last = parts[-1]
    said = _said(last)
    if not _QUESTION_WORDS.search(said):
        return None
    leaning = set(said.split()) & _LEANING
    if leaning - {"der"} or ("der" in leaning and not _PLAIN_DER.search(said)):
        return None
    own = [w for w in said.split() if w not in _SMALL and len(w) > 2]
    return last if len(own) >= 2 else None


# "hvor mange penge er der i puljen", "hvor meget er der i puljen om året", "hvor stor er
# puljen", "hvor mange midler har puljen", "hvad er puljen på", "hvor mange kroner"
_POOL = re.compile(r"\bpulje\w*|\bvelfaerdsteknologipulje\w*")
_AMOUNT = re.compile(
    r"\bhvor (?:mange (?:penge|kroner|kr|midler|millioner)|meget|stor|store)\b"
    r"|\bhvad (?:er|bliver) (?:\w+ ){0,2}pulje\w* pa\b"
    r"|\bhvad (?:er der|ligger der|findes der) (?:af penge|af midler) i\b"
    r"|\bhvor mange penge\b|\bhvad er belobet\b|\bstorrelse\b"
)
# "… hvor meget tid tager det at søge puljen": not the amount
_NOT_AMOUNT = re.compile(
    r"\bhvor (?:meget|lang) tid\b|\bhvor mange (?:ansogninger|projekter|gange|dage|uger)\b"
    r"|\bhvor meget (?:skal|skriver|fylder|arbejde)\b|\bhvor stor (?:en )?(?:chance|del)\b"
)


def asks_pool_amount(text: str) -> bool:
    """How much money a pool holds, asked of the pool ("hvor mange penge er der i puljen
    om året", "hvor stor er velfærdsteknologipuljen"); not how long applying takes."""
    said = _said(text)
    asked = closing_question(text)
    if asked is not None:
        said = _said(asked)  # "… søge puljen til vendelagener. Hvor meget …": the question
    if not _AMOUNT.search(said) or _NOT_AMOUNT.search(said):
        return False
    if _POOL.search(said) is not None:
        return True
    # the pool named in the sentence before: "… i den om året"
    said_of_it = re.search(r"\b(?:i den|om aret|hvert ar|arligt)\b", said) is not None
    return said_of_it and _POOL.search(_said(text)) is not None


# "gør kommunen noget for at fortælle pårørende, hvad der findes", "informerer kommunen
# borgerne om teknologien", "hvordan oplyser Horsens de pårørende om mulighederne"
_TELLING = re.compile(
    r"\b(?:fortael\w*|informer\w*|oplys\w*|orienter\w*|formidl\w*|vejled\w*|gore opmaerksom"
    r"|gor opmaerksom|udbred\w*)\b"
)
_WHOM = re.compile(
    r"\b(?:parorende|borger\w*|familie\w*|os|folk|aeldre|de gamle|befolkning\w*"
    r"|netvaerk\w*|brugerne)\b"
)
_WHAT_THERE_IS = re.compile(
    r"\bhvad (?:der )?(?:findes|fas|er|kan fas|man kan fa|der er af)\b"
    r"|\b(?:om|af) (?:\w+ ){0,2}(?:teknologi\w*|muligheder\w*|hjaelpemidl\w*|tilbud\w*"
    r"|losning\w*|velfaerdsteknologi\w*)\b"
)
_MUNICIPALITY = re.compile(
    r"\b(?:kommune\w*|horsens)\b|\b(?:gor|informerer|oplyser|fortaeller|orienterer) i\b"
)
# "kan du fortælle mig, hvad der findes" asks the assistant, not about the municipality;
# "hvad skal jeg fortælle min mor" asks what to say
_TO_ME = re.compile(
    r"\b(?:kan|vil|ma) (?:du|i) (?:\w+ )?(?:fortaelle|informere|oplyse|vise)\b"
    r"|\b(?:jeg|vi) (?:\w+ ){0,2}(?:fortaelle|informere|oplyse)\b"
)


def asks_informing(text: str) -> bool:
    """Whether the municipality tells citizens or relatives what there is, asked of it
    ("gør kommunen noget for at informere de pårørende om mulighederne", "hvordan oplyser
    Horsens borgerne om hjælpemidlerne"); not "kan du fortælle mig, hvad der findes"."""
    said = _said(text)
    if _TO_ME.search(said) or not _TELLING.search(said):
        return False
    return (
        _WHOM.search(said) is not None
        and _WHAT_THERE_IS.search(said) is not None
        and _MUNICIPALITY.search(said) is not None
    )
