"""Held-out set 43's classes, read from a message's words: the survey asked plainly by a
council member (the barriers after the first, recruitment and its trend, how much the
citizens are involved, whether the municipalities expect to do more, where to see the
other municipalities' projects), Copenhagen's screen visits, staff shorthand asking for
technologies for a need, trying before buying, talking with family far away over a
screen, "og for min kone" after a practical answer, and a parent's questions about a
child (does welfare technology and its rules apply to children, is the child's own view
heard, sleep sensors, is a GPS surveillance, aids at school, applying for an aid and the
wait for an answer), and bad hearing.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold: "æ" is "ae", "ø" "o", "å" "a", and
"oe", "aa" typed for "ø", "å" are folded alike).
"""

from __future__ import annotations

import re

from bot.knowledge import practical
from bot.knowledge.facts import said_text as _said

# "hvad kom så ind på de næste pladser", "og på andenpladsen", "hvad kommer derefter"
_NEXT_PLACES = re.compile(
    r"\bnaeste plads\w*|\b(?:anden|tredje) ?plads\w*|\bnaeststorste\b"
    # "hvad lå på nummer to", "og nummer tre?" (set 52)
    r"|\b(?:la|var|kom|blev|ligger|endte|pa|og|med) (?:pa |som )?(?:plads )?(?:nummer|nr) (?:to|tre|2|3)\b"
    r"|\bhvad (?:kom|kommer|folger|fulgte) (?:\w+ ){0,4}(?:efter|derefter|bagefter|sa)\b"
    r"|\bnaeste (?:barriere|udfordring|problem|hindring)\w*"
)
_BARRIER = re.compile(r"\b(?:barriere|hindring|forhindring|udfordring)\w*")
# "problemer med at rekruttere", "svært ved at rekruttere"
_RECRUIT = re.compile(r"\brekrutt\w*")
_TREND = re.compile(
    r"\bbedre eller (?:vaerre|darligere)\b|\bvaerre\b|\bbedre\b|\budvikl\w*|\baret for\b"
    r"|\bsidste ar\b|\bi fjor\b|\bsammenlign\w*|\bfaldet\b|\bsteget\b|\bstigning\w*|\bfald\b"
)
_HOW_MANY = re.compile(r"\bhvor mange\b|\bhvor stor (?:en )?del\b|\bhvor mange procent\b")
# "i hvor høj grad bliver borgerne inddraget"
_INVOLVED = re.compile(r"\b(?:med)?inddrag\w*|\binvolver\w*")
_CITIZENS = re.compile(r"\bborger\w*|\baeldrerad\w*|\bbrugerne\b")
_STAFF = re.compile(r"\bmedarbejder\w*|\bpersonale\w*|\bansatte\b")
# "skrue op eller ned for deres indsats", "gøre mere eller mindre"
_UP_OR_DOWN = re.compile(
    r"\bskrue (?:\w+ ){0,2}(?:op|ned)\b|\bop eller ned\b|\bmere eller mindre\b"
    r"|\b(?:storre|mindre) eller (?:storre|mindre)\b|\bneddrosl\w*|\bnedprioriter\w*"
)
_EFFORT = re.compile(r"\bindsats\w*|\bsatsning\w*|\bvelfaerdsteknolog\w*")
_AHEAD = re.compile(r"\bforvent\w*|\bfremover\b|\bkommende\b|\bfremtid\w*|\bplanlaeg\w*")
# "hvilke projekter og afprøvninger andre kommuner har gang i"
_OTHERS = re.compile(
    r"\b(?:andre|de andre|ovrige|andres|hinandens|nabo)\s?kommun\w*|\bkommunerne\b(?: \w+){0,6}"
    r" (?:hinanden|hinandens)\b"
)
_PROJECTS = re.compile(r"\bprojekt\w*|\bafprovning\w*|\bindsats\w*|\berfaring\w*|\bforsog\w*")
_SEE = re.compile(r"\b(?:se|finde|sted|steder|oversigt|overblik|kort|database|liste|laese|kigge)\b")
_COPENHAGEN = re.compile(r"\bkobenhavn\w*")
_SCREEN_VISIT = re.compile(r"\bskaermbesog\w*|\bskaerm besog\w*|\bvideobesog\w*")
# staff shorthand: "pt." a patient, "tekn." technology
# "pt." is the patient at a clause's start ("pt. faldtruet", "ny pt m. KOL"), not "for
# the time being" after a verb ("hvilke tekn. står pt på positivlisten", set 8)
_PATIENT = re.compile(r"(?:^|[.,;:!?]\s*|\b(?:ny|en|min|vores|denne|vor)\s)pt\.?(?=\s|,|$)", re.I)
_SHORTHAND = (
    (re.compile(r"(?<![\w§])pt\.?(?=\s|,|$)", re.IGNORECASE), "borgeren"),
    (re.compile(r"\b(\w*)tekn\.?(?=\s|\?|,|$)", re.IGNORECASE), r"\1teknologi"),
    (re.compile(r"\bfaldtruet\b", re.IGNORECASE), "falder tit"),
)
_TECHNOLOGY_ASKED = re.compile(r"teknolog|hjaelpemid|losning")
# trying before buying or applying: "hvor kan jeg prøve de ting før jeg køber"
_TRY = re.compile(r"\b(?:prove|afprove|teste|lane|laane)\b")
# money to try new solutions (the pool, Horsens' 2 million a year): a workplace's trial,
# not a citizen trying an aid first (sets 3 and 9)
_MONEY = re.compile(
    r"\bpenge\b|\bpulje\w*|\bafsat\b|\bafsaette\b|\bmio\b|\bmillion\w*|\bkroner\b"
    r"|\bbudget\w*|\bfinansier\w*|\bbevilling\w*|\btilskud\w*"
)
_BEFORE = re.compile(
    r"\b(?:for|inden) (?:\w+ ){0,3}(?:kob\w*|soge\w*|soger|ansog\w*|anskaff\w*|bestill\w*)"
    r"|\blane (?:\w+ ){0,4}(?:og )?prove\b|\bprove (?:\w+ ){0,3}af\b"
)
# "snakke med min søn på Færøerne over en skærm"
_TALK_WITH_FAMILY = re.compile(
    r"\b(?:snakke|snakker|tale|taler|se|ringe|kontakt\w*|holde kontakt\w*) (?:\w+ ){0,2}(?:med )?"
    r"(?:min|mit|mine|sin|sit|sine|vores|hans|hendes|familie\w*|born\w*|barnebarn\w*"
    r"|bornebarn\w*)\b"
)
_FAMILY = re.compile(
    r"\b(?:son|sonnen|datter\w*|born\w*|barnebarn\w*|bornebarn\w*|familie\w*|mor|far|bror"
    r"|soster|kone|mand|venner|parorende|svigerdatter|svigerson|nevo|niece)\b"
)
_OVER_SCREEN = re.compile(r"\bskaerm\w*|\bvideo\w*|\btablet\w*|\bipad\w*|\bfacetime\b")
# learning to use one's tablet: Nethjælpen's help, not family over a screen (set 7)
_LEARN_DEVICE = re.compile(
    r"\blaere\b|\blaerer\b|\blaert\b|\bfinde ud af\b|\bbruge (?:sin|sit|sine|en|et|hans|hendes|min|mit)"
    r" (?:ipad|tablet|computer|telefon|mobil)\w*"
)
_CARERS = re.compile(r"\bsygeplejer\w*|\bhjemmepleje\w*|\bkommune\w*|\blaege\w*|\bhjemmehjaelp\w*")
# "og for min kone", "og til min mand", "hvad med min mor"
_FOR_ANOTHER = re.compile(
    r"^(?:og|men|sa)? ?(?:hvad med|for|til|ogsa til|ogsa for|gaelder det ogsa) ?"
    r"(?:min|mit|hans|hendes|vores) (?:kone|mand|mor|far|son|datter|soster|bror|svigermor"
    r"|svigerfar|hustru|samlever|kaereste|nabo)(?: ogsa)?$"
)
_CHILD = re.compile(r"\b(?:born|barn|unge|son|datter|dreng|pige)\w*")
# "gælder velfærdsteknologi også for børn, eller er det kun for ældre"
_ALSO_CHILDREN = re.compile(
    r"\b(?:ogsa|kun) (?:for|til) (?:born|barn|unge)\b|\bkun (?:noget )?(?:for|til) (?:de )?aeldre\b"
    r"|\bbruges (?:\w+ ){0,2}(?:til|for|af) (?:born|barn)\b|\bbade (?:born|barn) og\b"
)
_RULES = re.compile(r"\bregl\w*|\blov\w*|\bparagraf\w*|\bgodkend\w*|\bsoge\w*|\bsoges\b")
_UNLIKE_ADULTS = re.compile(r"\bvoksn\w*|\banderledes\b|\bforskel\w*|\bsamme\b")
# "bliver hans egen mening overhovedet hørt"
_OWN_VIEW = re.compile(
    r"\b(?:egen|eget|egne) (?:mening|synspunkt\w*|holdning\w*|onske\w*|stemme|vilje)\b"
    r"|\b(?:hans|hendes|barnets|den unges|borgerens) (?:mening|synspunkt\w*|holdning\w*)\b"
    r"|\bsynspunkt\w*"
)
_HEARD = re.compile(
    r"\b(?:hort|hores|hore|lyttet|lytter|spurgt|sporge|vaegt|betydning|indflydelse|taget"
    r" med)\b"
)
# "findes der sensorer, der kan registrere, hvordan han sover"
_SENSING = re.compile(r"\bsensor\w*|\bmale\w*|\bregistrer\w*|\bmonitor\w*|\bmaaler\w*")
_SLEEP = re.compile(r"\bsove\b|\bsover\b|\bsovn\w*|\bsovnmonster\w*")
# "er det ikke overvågning at give et barn en GPS"
_WATCHING = re.compile(r"\bovervag\w*|\boverva[ag]ge\w*")
# "spore", "sporing"; not "spørger", which folds to "sporger" (set 22's kno22-081: a
# camera on the husband's room asked about, not a GPS)
_TRACKING = re.compile(
    r"\bgps\w*|\bspor(?:e|er|es|et|ing\w*|bar\w*)?\b|\btracker\w*|\blokalis\w*|\bfind min\b"
)
_AIDS = re.compile(r"\bhjaelpemid\w*")
_SCHOOL = re.compile(r"\bskole\w*|\bbornehave\w*|\bsfo\b|\bvuggestue\w*|\binstitution\w*")
_APPLY = re.compile(
    r"\b(?:soge|soger|soges|ansoge|ansoger|ansogning\w*|fa|far)\b(?: \w+){0,4} (?:om )?"
    r"(?:et |en )?hjaelpemid\w*"
)
_WHERE_OR_HOW = re.compile(r"\b(?:hvor|hvordan|hvem|hvad gor)\b")
# "hvor lang tid tager det typisk, før man får svar"
_WAIT_ANSWER = re.compile(
    r"\bhvor (?:lang tid|laenge) (?:\w+ ){0,7}(?:svar|afgorelse\w*|besked|behandl\w*|bevilg\w*)"
    r"|\bhvornar (?:\w+ ){0,3}(?:svar|afgorelse\w*|besked)\b"
)
# "jeg hører så dårligt efterhånden"
_HEARING = re.compile(
    r"\bhorer (?:\w+ ){0,2}(?:darligt|darlig|ikke (?:sa )?godt|ikke ret godt|ingenting)\b"
    r"|\bhorelse\w*|\bhoreapparat\w*|\bhorehaem\w*|\btunghor\w*|\bdov\b|\bdove\b"
    r"|\bdarlig(?:e)? (?:til at )?hore\w*"
)
# "hvad er et sanserum, og kan det være noget for …": the first question
_WHAT_IS_FIRST = re.compile(
    r"^((?:og |men |hej,? )?hvad er (?:en |et )?[^,?.;]+?)(?:,| -| –)? og"
    r" (?:kan|er|vil|bruges|hjaelper|passer|ville|ma)\b",
    re.IGNORECASE,
)
# "… min datter snakker om": who mentioned it, closing a question of what it is
_WHO_MENTIONED = re.compile(
    r"\s+(?:som |der )?(?:min|mit|hans|hendes|vores|en|et|de|han|hun) ?\w* (?:snakker|taler"
    r"|har snakket|har talt|fortalte|fortaeller|fortæller|naevner|nævner|naevnte|nævnte"
    r"|har nævnt|siger|sagde|har sagt) om\s*\??\s*$",
    re.IGNORECASE,
)


def asks_next_places(text: str, after_barriers: bool) -> bool:
    """The barriers after the first ("hvad kom så ind på de næste pladser"), right after
    the first barrier or naming barriers."""
    said = _said(text)
    return bool(_NEXT_PLACES.search(said) and (after_barriers or _BARRIER.search(said)))


def asks_recruitment(text: str) -> bool:
    """How many municipalities have trouble recruiting staff (and whether it got
    better)."""
    said = _said(text)
    return bool(_RECRUIT.search(said) and (_HOW_MANY.search(said) or _TREND.search(said)))


def asks_recruitment_trend(text: str) -> bool:
    return bool(_RECRUIT.search(_said(text)) and _TREND.search(_said(text)))


def asks_citizens_involved(text: str) -> bool:
    """How much the municipalities involve the citizens in new technology."""
    said = _said(text)
    return bool(_INVOLVED.search(said) and _CITIZENS.search(said) and not _STAFF.search(said))


def asks_effort_ahead(text: str) -> bool:
    """Whether the municipalities expect to turn their effort up or down."""
    said = _said(text)
    return bool(_UP_OR_DOWN.search(said) and _EFFORT.search(said) and _AHEAD.search(said))


def asks_others_projects(text: str) -> bool:
    """Where to see the other municipalities' projects and trials (the map)."""
    said = _said(text)
    return bool(_OTHERS.search(said) and _PROJECTS.search(said) and _SEE.search(said))


def asks_copenhagen_visits(text: str) -> bool:
    said = _said(text)
    return bool(_COPENHAGEN.search(said) and _SCREEN_VISIT.search(said))


def written_out(text: str) -> str:
    """Staff shorthand written out: "pt. faldtruet … tryghedstekn.?" as "borgeren falder
    tit … tryghedsteknologi?"; the text itself when it has none."""
    out = text
    for pattern, instead in _SHORTHAND:
        out = pattern.sub(instead, out)
    return out


def names_a_patient(text: str) -> bool:
    """Staff shorthand naming the patient ("pt. faldtruet") or the need ("faldtruet"):
    not "pt" for "for the time being"."""
    return bool(_PATIENT.search(text) or re.search(r"(?i)\bfaldtruet\b", text))


def asks_for_technology(text: str) -> bool:
    return _TECHNOLOGY_ASKED.search(_said(text)) is not None


def asks_to_try_first(text: str) -> bool:
    """Trying (or borrowing) before buying or applying."""
    said = _said(text)
    return bool(_TRY.search(said) and _BEFORE.search(said) and not _MONEY.search(said))


def asks_family_over_screen(text: str) -> bool:
    """Talking with one's family far away over a screen."""
    said = _said(text)
    return bool(
        _TALK_WITH_FAMILY.search(said)
        and _FAMILY.search(said)
        and _OVER_SCREEN.search(said)
        and not _CARERS.search(said)
        and not _LEARN_DEVICE.search(said)
    )


def asks_for_another(text: str) -> bool:
    """ "og for min kone": the same, for another of the family."""
    return _FOR_ANOTHER.search(_said(text)) is not None


def asks_also_children(text: str) -> bool:
    """Whether welfare technology is also for children, not only for the old."""
    said = _said(text)
    return bool(_ALSO_CHILDREN.search(said) and not _RULES.search(said))


def asks_rules_for_children(text: str) -> bool:
    """Whether the rules differ for children and for adults."""
    said = _said(text)
    return bool(_RULES.search(said) and _CHILD.search(said) and _UNLIKE_ADULTS.search(said))


def asks_own_view_heard(text: str) -> bool:
    """Whether his own view is heard when the municipality decides."""
    said = _said(text)
    return bool(_OWN_VIEW.search(said) and (_HEARD.search(said) or "synspunkt" in said))


def of_a_child(text: str) -> bool:
    return _CHILD.search(_said(text)) is not None


def asks_sleep_sensors(text: str) -> bool:
    """Whether something can sense how one sleeps; not a practical question about such a
    thing ("… en sensormadras. Skal vi selv betale for den, og kan man låne en på prøve
    først?", set 37: the price and where to try it, not what it is)."""
    said = _said(text)
    if practical.classify(text) is not None:
        return False
    return bool(_SENSING.search(said) and _SLEEP.search(said))


def asks_if_tracking_is_watching(text: str) -> bool:
    """Whether a GPS (tracking) is surveillance."""
    said = _said(text)
    return bool(_WATCHING.search(said) and _TRACKING.search(said))


def asks_aids_at_school(text: str) -> bool:
    said = _said(text)
    return bool(_AIDS.search(said) and _SCHOOL.search(said))


def asks_to_apply_for_aid(text: str) -> bool:
    """Where or how one applies for an aid."""
    said = _said(text)
    return bool(_APPLY.search(said) and _WHERE_OR_HOW.search(said))


def asks_wait_for_answer(text: str) -> bool:
    return _WAIT_ANSWER.search(_said(text)) is not None


def tells_bad_hearing(text: str) -> bool:
    return _HEARING.search(_said(text)) is not None


def first_question(text: str) -> str | None:
    """ "Hvad er et sanserum, og kan det være noget for et barn": what it is asked first;
    "hvad er det for noget skærmbesøg min datter snakker om": without who mentioned it.
    None when the message is neither."""
    said = text.strip()
    found = _WHAT_IS_FIRST.match(said)
    if found is not None:
        return found.group(1).strip() + "?"
    mentioned = _WHO_MENTIONED.search(said)
    if mentioned is not None and re.match(r"(?i)(?:og |men )?hvad er\b", said):
        return said[: mentioned.start()].strip() + "?"
    return None


def bad_hearing() -> str:
    return (
        "Mine kilder siger ikke noget om teknologi til dårlig hørelse. Spørg kommunens"
        " visitation eller hjælpemiddelcenter, hvilke hjælpemidler der findes, og om du kan"
        " få dem."
    )


def aids_at_school() -> str:
    return (
        "Mine kilder siger ikke noget om hjælpemidler i skolen. Det afgør kommunen. Spørg"
        " kommunens visitation eller hjælpemiddelcenter, hvad der gælder for jeres barn."
    )
