"""Held-out set 44's classes, read from a message's words: what a thing is, asked in a
relayed question's word order ("hun spørger hvad et X egentlig er"); the price asked
right after a subject; a thing described by where it sits ("noget i madrassen … hvad er
det for noget"); talking with a lonely parent over a screen; a need told as what one
should be able to do ("så han kan … uden at …"); KL's definition asked by name; staff
shorthand "vt" for velfærdsteknologi and whether the municipalities save money; needs told
with a question of what one can get; whether a camera may be put up; which of the 15
categories a thing belongs to.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold: "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_text as _said


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"[.,;:!?]+", text) if c.strip()]


# "hvad et skærmbesøg egentlig er for noget", "hvad sådan en robotstøvsuger er", "hvad
# en sensormadras er for en størrelse": the subject before "er", closing the clause
_WHAT_IT_IS = re.compile(
    r"\bhvad (?:sadan (?:en|et) |sadanne |en |et |de |den |det )?((?:\w+ ){0,2}?\w+)"
    r" (?:egentlig |egentligt |egtl |faktisk |i grunden |helt praecist |praecist |praecis"
    r" |overhovedet |nu )?er"
    r"(?: for (?:noget|en|et|nogen|nogle)(?: (?:storrelse|ting|fisk|dyr))?)?$"
)
_NOT_A_SUBJECT = frozenset(
    "det der den de han hun man jeg du vi i dette disse som hans hendes sin sit deres"
    " hvad hvilket prisen forskellen".split()
)


def relayed_subject(text: str) -> str | None:
    """ "hun spørger hvad et skærmbesøg egentlig er for noget": the subject asked about
    in a relayed (indirect) question's word order; None when no clause asks so."""
    for clause in _clauses(text):
        found = _WHAT_IT_IS.search(_said(clause))
        if found is None:
            continue
        subject = found.group(1)
        if subject.split()[0] in _NOT_A_SUBJECT or subject.split()[-1] in _NOT_A_SUBJECT:
            continue
        return subject
    return None


# "og hvad koster det så for hende", "hvem skal betale", "skal han selv betale"
_PRICE = re.compile(
    r"\bhvad koster\b|\bkoster (?:det|den|de|sadan \w+) (?:\w+ )?(?:noget|penge|meget)\b"
    r"|\bhvem (?:\w+ ){0,2}(?:betal\w*|finansier\w*)\b|\b(?:selv|sjael) betale\b"
    r"|\ber (?:det|den|de) gratis\b|\begenbetaling\w*|\bhvad skal (?:\w+ ){0,2}betale\b"
    r"|\bhvad (?:er|bliver) prisen\b|\bhvad (?:far|giver) (?:\w+ ){0,2}for (?:det|den)\b"
)
_PRICE_WORDS = 14  # a follow-up, not a question that tells a subject of its own


def asks_price(text: str) -> bool:
    """The price or who pays, asked as a short follow-up."""
    said = _said(text)
    return bool(_PRICE.search(said)) and len(said.split()) <= _PRICE_WORDS


# "noget i madrassen som …", "en ting på døren der …": a thing told by where it sits
_IN_PLACE = re.compile(
    r"\b(?:noget|en ting|et eller andet|sadan noget|en dims|en dippedut) (?:i|pa|under|ved)"
    r" (?:hans |hendes |sin |sit |min |mit |den |det )?(\w{4,})"
)
# "hvad er det for noget", "hvad hedder det", "hvad kalder man det"
_WHAT_IS_THAT = re.compile(
    r"\bhvad (?:er|var) (?:det|den|de|sadan \w+) (?:der )?for (?:noget|en|et|nogen|nogle)\b"
    r"|\bhvad (?:hedder|kaldes|hed) (?:det|den|de|sadan)\b|\bhvad kalder (?:man|i|de) (?:det|den)\b"
)


def asks_what_that_is(text: str) -> bool:
    return _WHAT_IS_THAT.search(_said(text)) is not None


def place_of_thing(text: str) -> str | None:
    """ "noget i madrassen …, hvad er det for noget": the place ("madrassen") a thing
    asked about sits in; None when no such thing is asked about."""
    if not asks_what_that_is(text):
        return None
    found = _IN_PLACE.search(_said(text))
    return found.group(1) if found is not None else None


# "snakke med ham over en skærm", "se hende på video"
_TALK_WITH = re.compile(
    r"\b(?:snakke|snakker|tale|taler|se|ser|ringe|ringer|kontakt\w*|holde kontakt\w*|hore)"
    r" (?:\w+ ){0,2}(?:med )?(?:ham|hende|dem|min|mit|mine|far|mor|farmor|farfar|mormor"
    r"|morfar|bedstemor|bedstefar)\b"
)
_OVER_SCREEN = re.compile(
    r"\bover (?:en |et |\w+ )?(?:skaerm|video|tablet|ipad|computer|nettet)\w*"
)
# why a visit in person is hard: loneliness, distance, seldom visits
_APART = re.compile(
    r"\bensom\w*|\balene\b|\bsavner\b|\blangt (?:vaek|fra)\b|\bbor i \w+|\bkan kun komme\b"
    r"|\bsjaeldent\b|\bhver anden\b|\bikke (?:sa )?tit\b|\bikke besoge\b"
)
_CARERS = re.compile(r"\bsygeplejer\w*|\bhjemmepleje\w*|\bkommune\w*|\blaege\w*|\bhjemmehjaelp\w*")
_LEARN = re.compile(r"\blaere\b|\blaerer\b|\bfinde ud af\b")


def asks_to_talk_over_screen(text: str) -> bool:
    """Talking with a lonely or far-away parent over a screen, the family unnamed ("han
    er ensom … kan man snakke med ham over en skærm")."""
    said = _said(text)
    return bool(
        _TALK_WITH.search(said)
        and _OVER_SCREEN.search(said)
        and _APART.search(said)
        and not _CARERS.search(said)
        and not _LEARN.search(said)
    )


# "findes der noget så han kan tænde lyset … uden at skulle gå rundt i huset"
_ASKS_FOR_SOMETHING = re.compile(
    r"\b(?:findes|er) der (?:ikke )?(?:noget|nogen|nogle|en|et)\b|\bhvad (?:kan|findes|er der)\b"
    r"|\bhvilke\b|\bfindes der\b"
)
_SO_ONE_CAN = re.compile(
    r"\b(?:så|saa|sa|sådan at|saadan at|sadan at|så at|saa at|sa at)"
    r" (?:han|hun|jeg|vi|man|de|mor|far|min \w+) (?:selv |stadig |bedre )?"
    r"(?:kan|kunne) (.+?) uden at\b",
    re.IGNORECASE,
)


def need_without_avoided(text: str) -> str | None:
    """ "findes der noget så han kan tænde lyset … uden at gå rundt i huset": what he
    should be able to do ("kan tænde lyset …"), without what he would rather avoid;
    None when the question does not say so."""
    if not _ASKS_FOR_SOMETHING.search(_said(text)):
        return None
    found = _SO_ONE_CAN.search(text)
    return f"kan {found.group(1)}" if found is not None else None


# "hvad er KLs definition på velfærdsteknologi", "hvordan definerer KL det"
_DEFINITION = re.compile(r"\bdefinition\w*|\bdefiner\w*")
_WELFARE = re.compile(r"\bvelf\w*|\bvt\b")


def asks_kl_definition(text: str) -> bool:
    said = _said(text)
    return bool(_DEFINITION.search(said) and re.search(r"\bkls?\b", said) and _WELFARE.search(said))


# staff shorthand: "vt" for velfærdsteknologi
_SHORTHAND = re.compile(r"\bvt\b", re.IGNORECASE)


def written_out(text: str) -> str:
    """ "sparer kommunerne penge på vt?" as "… på velfærdsteknologi?"."""
    return _SHORTHAND.sub("velfærdsteknologi", text)


# "sparer kommunerne reelt penge på det", "giver velfærdsteknologi besparelser"
_SAVES = re.compile(
    r"\b(?:sparer|spares|sparet|spart) (?:\w+ ){0,3}penge\b"
    r"|\bgiver (?:\w+ ){0,3}(?:besparelse\w*|okonomisk\w* gevinst\w*)"
    r"|\b(?:er der|bliver der|findes der) (?:\w+ ){0,2}(?:besparelse\w*|okonomisk\w* gevinst\w*)"
)
_HOW = re.compile(r"\bhvordan\b|\bberegn\w*|\budregn\w*|\bregne\w*")


def asks_if_it_saves(text: str) -> bool:
    """Whether the municipalities really save money with welfare technology; not how to
    reckon the savings."""
    said = _said(text)
    return bool(_SAVES.search(said) and _WELFARE.search(said) and not _HOW.search(said))


def last_sentence(text: str) -> str:
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p]
    return parts[-1] if parts else text


# "hvad kan han få af hjælp", "hvad kan jeg få så der er nogen der ved det"
_WHAT_CAN_GET = re.compile(
    r"\bhvad kan (?:jeg|han|hun|vi|man|de|min \w+|mor|far) (?:\w+ )?(?:fa|gore)\b"
    r"|\bhvad findes der\b"
)
# a clause telling where one lives or one's age: a circumstance, not a need
_CIRCUMSTANCE = re.compile(r"^(?:\w+ ){0,4}(?:bor|er \d+|fylder|blev \d+)\b")


def asks_what_to_get(text: str) -> bool:
    return _WHAT_CAN_GET.search(_said(text)) is not None


def need_clauses(text: str) -> list[str]:
    """The clauses telling a need ("han er blevet glemsom", "er faldet to gange"): not
    the question of what one can get, nor where one lives or one's age."""
    parts = re.split(r"[.,;:!?]+|\bog (?=(?:er|har|kan|bliver|blev|falder|glemmer)\b)", text)
    out: list[str] = []
    for part in (p.strip() for p in parts):
        said = _said(part)
        if not said or _CIRCUMSTANCE.search(said):
            continue
        found = _WHAT_CAN_GET.search(said)
        if found is not None:
            before, after = said[: found.start()].strip(), said[found.end() :].strip()
            # "jeg falder nogle gange hvad kan jeg få så der er nogen der ved det"; after
            # the question only a need's purpose ("til at huske …"), not "af hjælp"
            purpose = _PURPOSE.match(after) is not None
            out.extend(p for p in (before, after if purpose else "") if len(p.split()) >= 2)
            continue
        out.append(_FORGETFUL.sub("glemmer", part))
    return out


_PURPOSE = re.compile(r"(?:til at|til|mod|sa|for at)\b")
# "glemsom" is told of a person; the needs are told as "glemmer …"
_FORGETFUL = re.compile(r"\bglemsom\w*", re.IGNORECASE)
# "hvem er det der bestemmer om han får det", "hvem afgør om hun kan få sådan en"
_WHO_DECIDES_GETTING = re.compile(
    r"\bhvem (?:\w+ ){0,4}(?:bestemmer|afgor|beslutter|bevilger|vurderer|godkender)"
    r" (?:\w+ ){0,2}om (?:\w+ ){1,2}(?:far|kan fa|skal have|ma fa|faer)\b"
)


def asks_who_decides_getting(text: str) -> bool:
    """Who decides whether one gets it."""
    return _WHO_DECIDES_GETTING.search(_said(text)) is not None


# "må kommunen sætte et kamera op hos ham", "er det lovligt at filme hende om natten"
_CAMERA = re.compile(r"\bkamera\w*|\bvideoovervag\w*|\bwebcam\w*|\bfilme\b|\bfilmer\b")
_MAY = re.compile(
    r"^(?:\w+ )?ma\b|\bma (?:kommunen|de|man|hjemmeplejen|personalet|plejehjemmet|bostedet|vi"
    r"|jeg|i)\b|\btilladt\b|\blov til\b|\blovlig\w*|\bma godt\b|\bgodkend\w*"
)


def asks_camera_allowed(text: str) -> bool:
    said = _said(text)
    return bool(_CAMERA.search(said) and _MAY.search(said))


# "hvilken af de 15 kategorier hører det under", "hvilken kategori falder den ind under"
_WHICH_CATEGORY = re.compile(
    r"\bhvilken (?:af (?:de )?(?:\d+ |femten )?)?kategori\w*"
    r"|\bhvilken (?:\w+ ){0,2}kategori\w* (?:horer|falder|tilhorer|er)\b"
)


def asks_which_category(text: str) -> bool:
    return _WHICH_CATEGORY.search(_said(text)) is not None
