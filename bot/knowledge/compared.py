"""Held-out set 48's classes, read from a message's words: when one reports on money from
Horsens' pool ("hvor tit skal man afrapportere"); the gains the technologies have given so
far, not those expected ahead, and the two years compared; who evaluated the free
municipalities' trials (VIVE); a figure of the survey compared with the year before ("er
det mere eller mindre end sidste år"); something to talk with others over a screen or a
community on the net, for a lonely person (the social technologies); and a question
said in Jutlandic ("hvem ska a snak mæ for å få sån en"), in standard words.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold: "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts import said_text as _said

# -- reporting on the pool's money -------------------------------------------------------

# "hvornår skal der afrapporteres", "skal man aflevere en rapport bagefter"
_REPORTING = re.compile(
    r"\bafrapport\w*|\brapportere\w*|\b(?:aflevere|afleverer|skrive|lave|indsende|sende|give)"
    r" (?:\w+ ){0,2}(?:rapport|rapporter|status|tilbagemelding)\b"
)
_WHEN_OR_HOW_OFTEN = re.compile(
    r"\bhvornar\b|\bhvor (?:tit|ofte|mange gange)\b|\bhvor lang tid\b|\bskal (?:man|der|de|vi|jeg)\b"
    r"|\bhvordan\b|\bhvad\b"
)
_POOL = re.compile(r"\b\w*pulje\w*")


def asks_when_to_report(text: str, after_pool: bool) -> bool:
    """When or how often one reports on what the pool's money was used for ("og hvornår
    skal der så afrapporteres" right after the pool, "hvor tit skal man afrapportere på
    puljemidlerne"); the pool named or just talked about."""
    said = _said(text)
    if not _REPORTING.search(said) or not _WHEN_OR_HOW_OFTEN.search(said):
        return False
    return after_pool or bool(_POOL.search(said))


# -- the gains so far, and the two years compared ----------------------------------------

_GAIN = re.compile(r"\bgevinst\w*|\bgavn\w*|\bvirket bedst\b|\bvirkede bedst\b")
# given so far: "har givet", "havde givet", "gav", "hidtil", "indtil videre"
_SO_FAR = re.compile(
    r"\b(?:har|havde|har haft|havde haft) (?:\w+ ){0,5}(?:givet|bidraget|skabt|haft)\b"
    r"|\bgav\b|\bbidrog\b|\bhidtil\b|\bindtil (?:videre|nu)\b|\bi praksis\b|\bopnaet\w*"
    r"|\bindfriet\b|\bhentet\b"
)
_AHEAD = re.compile(r"\bforvent\w*|\bfremover\b|\bfremtid\w*|\bvil give\b|\bkommer til\b")


def asks_gains_so_far(text: str) -> bool:
    """Which technologies have given the largest gains so far ("hvad havde givet de største
    gevinster i 2020", "hvilke teknologier gav mest gevinst"), not those expected ahead."""
    said = _said(text)
    return bool(_GAIN.search(said) and _SO_FAR.search(said) and not _AHEAD.search(said))


_COMPARED = re.compile(
    r"\bsammenlign\w*|\bforskel\w*|\bde to ar\b|\bbegge ar\b|\bandret sig\b|\bhvad er aendret\b"
    r"|\bi forhold til\b"
)


def asks_years_compared(text: str) -> bool:
    """The two years compared ("og i 2017 – kan du sammenligne de to år", "hvad er
    forskellen på de to år")."""
    return _COMPARED.search(_said(text)) is not None


# -- who evaluated the free municipalities' trials ---------------------------------------

_WHO_EVALUATED = re.compile(
    r"\bhvem (?:\w+ ){0,3}(?:evaluerede|evalueret|evaluerer|evaluere)\b"
    r"|\bhvem (?:\w+ ){0,3}(?:stod for|lavede|har lavet|foretog|har foretaget|udforte)"
    r" (?:\w+ ){0,2}evaluering\w*"
    r"|\bhvem (?:\w+ ){0,3}(?:undersogte|fulgte|har undersogt|har fulgt) (?:\w+ ){0,3}forsog\w*"
)
_TRIAL = re.compile(r"\bfrikommune\w*|\b\w*forsog\w*|\bsyv kommuner\w*")


def asks_who_evaluated_trial(text: str, after_trial: bool) -> bool:
    """Who evaluated the free municipalities' trials with technological aids ("hvem har
    evalueret frikommuneforsøgene"), the trial named or just talked about."""
    said = _said(text)
    return bool(_WHO_EVALUATED.search(said)) and (after_trial or bool(_TRIAL.search(said)))


# -- a figure compared with the year before ----------------------------------------------

_YEAR_BEFORE = re.compile(
    r"\b(?:end|fra|med|i forhold til|sammenlignet med) (?:aret|arene) (?:for|forinden|inden)\b"
    r"|\b(?:end|fra|med|i forhold til|sammenlignet med|som) (?:sidste|forrige|tidligere) ar\w*"
    r"|\b(?:aret|arene) (?:for|forinden)\b|\bsidste ar\b|\bforrige ar\b|\btidligere ar\b"
    r"|\bfor i tiden\b|\bsidste undersogelse\b|\bforrige undersogelse\b"
    r"|\ber det (?:steget|faldet)\b|\bsteget eller faldet\b|\bflere eller faerre\b"
    r"|\bmere eller mindre\b|\bbedre eller darligere\b|\bhojere eller lavere\b"
)


def asks_year_before(text: str) -> bool:
    """A figure just told compared with the year before ("er det mere eller mindre end
    året før", "hvordan så det ud sidste år", "er det steget")."""
    return _YEAR_BEFORE.search(_said(text)) is not None


# a sentence of a subject that compares with an earlier year: "steget fra 28 % i 2023"
_SAYS_CHANGE = re.compile(
    r"\b(?:steget|faldet|vokset)\b.*\b(?:19|20)\d\d\b|\bfra [\d,.]+ ?(?:%|procent)? i (?:19|20)\d\d\b"
    r"|\bkan (?:\w+ ){0,2}ikke sammenlignes\b"
)


def says_change(sentence: str) -> bool:
    """The sentence says how a figure changed since an earlier year, or that it cannot be
    compared."""
    return _SAYS_CHANGE.search(fold(sentence)) is not None


# -- someone to talk with, or a community, on the net ------------------------------------

_OTHERS = re.compile(
    r"\b\w*faellesskab\w*|\bbesogsven\w*|\b(?:snakke|tale|snak|tal|chatte|skrive) med"
    r" (?:nogen|andre|folk|nye|fremmede)\b|\b(?:mode|moder|lare at kende) (?:nogen|andre|folk|nye)\b"
    r"|\bnye venner\b|\bnogen at (?:snakke|tale) med\b|\bselskab\b"
)
_ON_THE_NET = re.compile(
    r"\bskaerm\w*|\bnett?et\b|\binternet\w*|\bonline\b|\bvideo\w*|\bdigital\w*|\bcomputer\w*"
    r"|\btablet\w*|\bipad\w*"
)
_EXISTS = re.compile(
    r"\bfindes (?:der )?(?:\w+ ){0,2}noget\b|\ber der (?:\w+ ){0,2}noget\b|\bnoget (?:hvor|som|der)\b"
    r"|\b(?:findes|fandtes|gives) der\b|\bkan man (?:fa|bruge)\b|\bhar (?:i|kommunen|i noget)\b|\bgives der\b"
)


def asks_for_others_online(text: str) -> bool:
    """Whether something exists to talk with others, or be part of a community, over a
    screen or the net ("findes der noget hvor man kan snakke med nogen over skærmen eller
    fællesskaber på nettet"): other people, not a family member named."""
    said = _said(text)
    return bool(_OTHERS.search(said) and _ON_THE_NET.search(said) and _EXISTS.search(said))


# -- a question said in Jutlandic --------------------------------------------------------

# spoken and Jutlandic words with one standard reading in a question ("ska", "ka", "sån")
_STANDARD = {
    "ska": "skal",
    "ka": "kan",
    "sku": "skulle",
    "ku": "kunne",
    "hva": "hvad",
    "sån": "sådan",
    "sånt": "sådant",
    "sånne": "sådanne",
    "ik": "ikke",
    "ikk": "ikke",
    "itt": "ikke",
    "itte": "ikke",
    "snak": "snakke",
    "tal": "tale",
    "ring": "ringe",
    "mer": "mere",
}
# words Jutlandic "a" (I) stands before or after: "a ka", "ska a"
_BY_I = frozenset("ska skal ka kan sku skulle ku kunne vil har er ma mæ mig".split())
# "mæ" is "med" after a verb of talking ("snak mæ"), "mig" else
_TALKING = frozenset("snak snakke tal tale ring ringe skrive".split())
_MARKERS = frozenset("ska ka sku ku sån sånt sånne mæ ik ikk itt itte".split())
_TOKEN = re.compile(r"[\wæøå]+|[^\wæøå]+")


def in_standard_words(text: str) -> str:
    """A question said in Jutlandic, in standard words ("hvem ska a snak mæ for å få sån
    en" -> "hvem skal jeg snakke med for at få sådan en"); the text itself when it says
    fewer than two words of the dialect."""
    tokens = [t for t in _TOKEN.findall(text.lower()) if t.strip()]
    spoken = [t for t in tokens if t[0].isalnum()]

    def is_i(i: int) -> bool:
        before = spoken[i - 1] if i else ""
        after = spoken[i + 1] if i + 1 < len(spoken) else ""
        return spoken[i] == "a" and (before in _BY_I or after in _BY_I)

    marked = sum(t in _MARKERS for t in spoken) + sum(map(is_i, range(len(spoken))))
    if marked < 2:
        return text
    out: list[str] = []
    for i, word in enumerate(spoken):
        before = spoken[i - 1] if i else ""
        after = spoken[i + 1] if i + 1 < len(spoken) else ""
        if is_i(i):
            out.append("jeg")
        elif word == "mæ":
            out.append("med" if before in _TALKING else "mig")
        elif word == "å" and before in ("for", "om", "at"):
            out.append("at")
        elif word == "te" and before in _TALKING | _BY_I:
            out.append("til")  # "ring te", not the tea
        elif word == "æ" and after:
            continue  # the Jutlandic article: "op af æ stol"
        else:
            out.append(_STANDARD.get(word, word))
    return " ".join(out) + ("?" if text.rstrip().endswith("?") else "")
