"""Held-out set 45's classes, read from a message's words: a yes/no question confirming a
detail of the subject just told ("og er det frivillige, der hjælper?"); a question closed
by "…, man taler om"; one of KL's ethical dilemmas named in a question of ethics; a thing
meant instead of the one just answered ("nej ikke den, jeg mente loftslifte"); what a
thing helps with, asked last ("… hjælper med hvad?"); what the municipalities expect
ahead; not knowing when the home care comes; trying before buying, spoken ("prøv"); and
whether a relative may apply for the one she helps.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold: "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_text as _said

# "og er det frivillige, der hjælper?", "så er det på biblioteket, det foregår?": the
# detail asked to be confirmed, between "er det" and the relative clause
_CONFIRMED = re.compile(
    r"^(?:(?:og|men|sa|ok|okay|ja|na|altsa) )*(?:er|var) (?:det|de) "
    r"(?:(?:ogsa|egentlig|sa|kun|bare|virkelig|rigtigt|rigtig) )*"
    r"(?P<x>\w+(?: \w+){0,2}?) (?:der|som|det|man|de|vi|jeg|hun|han) \w+"
)
_NOT_A_DETAIL = frozenset(
    "det den de dem noget nogen hvad hvem hvor sadan sandt rigtigt rigtig godt ok nok"
    " muligt gratis svaert let nemt kommunen kommune kommunerne staten regionen".split()
)


def confirmed_detail(text: str) -> str | None:
    """The folded words of the detail a yes/no question asks to confirm; None else."""
    found = _CONFIRMED.match(_said(text))
    if found is None:
        return None
    detail = [w for w in found["x"].split() if w not in _NOT_A_DETAIL]
    return " ".join(detail) or None


# "hvad er de tre bundlinjer, man taler om?": the relative clause says nothing asked
_TALKED_OF = re.compile(
    r",?\s*(?:\b(?:som|der)\s+)?\bman\s+(?:(?:altid|tit|ofte|hele tiden|sa|meget|nu)\s+)*"
    r"(?:taler|snakker|h[øo]rer|l[æa]ser|siger)\s+(?:(?:sa|meget|tit|altid)\s+)*om\b",
    re.IGNORECASE,
)


def without_talked_of(text: str) -> str:
    """The question without a closing "…, man taler om"; the text itself when it has none
    or when the clause does not close it."""
    found = [*_TALKED_OF.finditer(text)]
    if not found or text[found[-1].end() :].strip(" ?!.") != "":
        return text
    return (text[: found[-1].start()].rstrip(" ,") + text[found[-1].end() :]).strip()


_ETHICS = re.compile(r"\b(?:etisk\w*|etik\w*|dilemma\w*)\b")


def asks_ethics(text: str) -> bool:
    return _ETHICS.search(_said(text)) is not None


# "nej ikke den, jeg mente loftslifte", "nej undskyld, jeg tænkte på en badestol": the
# thing meant instead of the one just answered
_MEANT_THING = re.compile(
    r"^(?:(?:nej|naej|na|ah|undskyld|ups|hov|ikke den|ikke det|ikke dem|ikke den der|"
    r"ikke det der) )+(?:(?:jeg|vi|hun|han) (?:mente|mener|taenkte pa|taenker pa)|men)"
    r" (?:en |et |de |den |det |nogle |pa )?(?P<x>\w+(?: \w+){0,2})$"
)


def thing_meant_instead(text: str) -> str | None:
    """The folded words of the thing meant instead; None when the message corrects no
    thing."""
    found = _MEANT_THING.match(_said(text))
    return None if found is None else found["x"]


# "automatiske vende/kip systemer hjælper med hvad?", "hvad hjælper en vendeseng med",
# "hvad kan et vendesystem hjælpe mod"
_HELPS_WITH = re.compile(
    r"\b(?:hjaelper|hjaelpe|bruges|godt) (?:med|mod|til) hvad$"
    r"|^(?:(?:og|men|sa) )*(?:hvad|hva) (?:kan |skal )?(?:en |et |de |den |det )?\w+"
    r"(?: \w+){0,3} (?:hjaelpe|hjaelper) (?:med|mod)$"
    r"|^(?:(?:og|men|sa) )*(?:hvad|hva) (?:hjaelper|hjaelpe) (?:en |et |de )?\w+"
    r"(?: \w+){0,3} (?:med|mod)$"
)


def asks_what_it_helps(text: str) -> bool:
    return _HELPS_WITH.search(_said(text)) is not None


_EXPECTED = re.compile(r"\b(?:forvent\w*|fremover|fremtiden|fremad)\b")
_YEARS = re.compile(r"\b(?:2017|2020)\b")


def asks_expected(text: str) -> bool:
    return _EXPECTED.search(_said(text)) is not None


def year_named(text: str) -> str | None:
    found = _YEARS.search(_said(text))
    return None if found is None else found.group(0)


# "hun kan aldrig finde ud af hvornår hjemmeplejen kommer", "min far ved aldrig, hvem der
# kommer i dag": not knowing when help comes
_WHEN_HELP_COMES = re.compile(
    r"\b(?:kan|ka|ved|aner) (?:\w+ )?(?:aldrig|ikke|ik|ikk) (?:\w+ )?"
    r"(?:(?:finde|hitte) ud af |huske |holde styr pa |overskue |ane )?"
    # "… hvilken dag det er og hvornår hjemmeplejen kommer" (set 49): a day and a visit
    r"(?:hvornar|hvilken dag|hvad tid|hvem der) (?:\w+ ){0,6}(?:kommer|er her|skal komme)\b"
)


def tells_not_knowing_when_help_comes(text: str) -> bool:
    return _WHEN_HELP_COMES.search(_said(text)) is not None


# trying before buying, as spoken ("hvor ka vi prøv sådan noget før vi køber det")
_TRY = re.compile(r"\b(?:prove|prov|provet|afprove|afprov|teste|test|lane|laan|lan|laane|lanet)\b")
_BEFORE = re.compile(
    r"\b(?:for|inden) (?:\w+ ){0,3}(?:kob\w*|soge\w*|soger|ansog\w*|anskaff\w*|bestill\w*)"
)
_MONEY = re.compile(r"\bpenge\b|\bpulje\w*|\bmio\b|\bmillion\w*|\bbudget\w*|\btilskud\w*")


def asks_to_try_first(text: str) -> bool:
    said = _said(text)
    return bool(_TRY.search(said) and _BEFORE.search(said) and not _MONEY.search(said))


# "kan jeg som datter søge om det for ham", "må vi søge på hans vegne", "skal han gøre det
# selv": whether a relative may apply for another
_FOR_ANOTHER = re.compile(
    r"\b(?:soge|ansoge|sog|bede|ringe)\b(?: \w+){0,4} (?:for (?:ham|hende|dem|min \w+|mine \w+)"
    r"|pa (?:hans|hendes|deres|min \w+s|mine \w+s) vegne)\b"
)
_HIMSELF = re.compile(r"\bskal (?:han|hun|de|min \w+) (?:\w+ ){0,3}selv\b")


def asks_who_may_apply(text: str) -> bool:
    said = _said(text)
    return bool(_FOR_ANOTHER.search(said) or (_HIMSELF.search(said) and "sog" in said))


def may_apply_for_another(name: str | None) -> str:
    """Whether a relative may apply for another: the documents say nothing of it; the
    municipality decides, and one may ask it."""
    of = f" om {name[:1].lower()}{name[1:]}" if name else ""
    return (
        "Mine kilder siger ikke, hvem der skal søge. Som pårørende kan du godt henvende dig"
        f" til kommunen og bede om hjælp, men det er kommunen, der afgør sagen{of}."
        " Spørg kommunens visitation eller hjælpemiddelcenter, hvordan I søger."
    )
