"""What a question asks, read from its words (held-out set 22's classes): who decides,
who made a document, why the municipalities use technology, whether it works (VIVE's
evaluation), a meaning asked precisely, a thing refused beside a need, and the frames
around a question passed on ("… spørger om han må …", "…, min mor bor der").

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold; "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.text import fold
from bot.knowledge.facts import asks, said_words
from bot.knowledge.facts import said_text as _said

# -- who decides -------------------------------------------------------------------------

# "hvem bestemmer det så?" after a topic (set 13)
_WHO_DECIDES = (
    "hvem bestemmer",
    "hvem afgor",
    "hvem godkender",
    "hvem beslutter",
    "hvem giver lov",
    "hvem tager beslutningen",
    "hvem traeffer beslutningen",
    "hvem er det der bestemmer",
    "hvem er det sa der bestemmer",
)
# "er det kommunen eller regionen der bestemmer om …", "hvem skal godkende det" (set 22)
_DECIDES = re.compile(
    r"\bhvem (?:er det (?:sa |saa )?)?(?:der )?(?:bestemmer|afgor|godkender|beslutter)\b"
    r"|\b(?:er det|om det er) (?:\w+ ){1,4}(?:der|som) (?:bestemmer|afgor|godkender|beslutter)\b"
    r"|\bhvem (?:skal|kan|ma) (?:\w+ )?(?:godkende|beslutte|bestemme|afgore)\b"
    # "er det egen læge der skal sige god for det", "hvem har ansvaret" (set 35)
    r"|\b(?:er det|om det er) (?:\w+ ){1,4}(?:der|som) skal (?:godkende|beslutte|bestemme"
    r"|afgore|sige god for|sige ja til)\b"
    r"|\bhvem (?:har|sidder med|baerer|har egentlig) (?:\w+ )?(?:ansvaret|beslutningen"
    r"|det sidste ord)\b"
    # "hvem er det egentlig, der beslutter", "hvem i kommunen træffer afgørelsen" (set 37)
    r"|\bhvem (?:er det )?(?:egentlig |sa |saa |sadan |i \w+ )(?:der |som )?"
    r"(?:bestemmer|afgor|godkender|beslutter|bevilger)\b"
    r"|\bhvem (?:\w+ ){0,2}(?:traeffer|tager) (?:\w+ )?(?:afgorelse\w*|beslutning\w*)\b"
    # "hvem er det der i sidste ende godkender at …", "hvem er det egentlig der træffer
    # afgørelse om …" (sets 57-58): a few words between "der" and the deciding
    r"|\bhvem (?:er det |var det )?(?:\w+ )?(?:der|som) (?:\w+ ){0,4}?(?:bestemmer|afgor"
    r"|godkender|beslutter|bevilger|giver lov|siger god for|(?:traeffer|tager) (?:\w+ ){0,2}"
    r"(?:afgorelse\w*|beslutning\w*))\b"
    # "hun spørger hvem det er der afgør om …": the question relayed, its words in the
    # order of a clause (set 48)
    r"|\bhvem det (?:er|var) (?:egentlig |sa |saa )?(?:der|som) (?:bestemmer|afgor|godkender"
    r"|beslutter|bevilger|bestemte|afgjorde|godkendte|besluttede|bevilgede)\b"
)
# A residence on the social area, where alarms and trackers are the council's to approve.
_SOCIAL_AREA = re.compile(
    r"\b(?:bosted\w*|botilbud\w*|opholdssted\w*|socialomrad\w*|specialomrad\w*|institution\w*"
    r"|dogntilbud\w*|handicap\w*)\b"
)
_COUNCIL_DECIDES = re.compile(r"kommunalbestyrels\w*.*\bmyndighed")


def asks_who_decides(text: str) -> bool:
    """ "hvem bestemmer det så", "er det kommunen eller regionen der bestemmer om …",
    "hvem skal godkende det": who decides about something."""
    return asks(text, *_WHO_DECIDES) or _DECIDES.search(_said(text)) is not None


def on_social_area(text: str) -> bool:
    """The sentence speaks of a residence or the social area ("på bosted")."""
    return _SOCIAL_AREA.search(_said(text)) is not None


def council_decides(sentence: str) -> bool:
    """A sentence of the documents saying the municipal council with the authority decides."""
    return _COUNCIL_DECIDES.search(fold(sentence)) is not None


# -- documents, reasons and findings -----------------------------------------------------

# Who made a document ("hvem står bag den", "hvem har lavet rapporten").
_BEHIND = re.compile(
    r"\bhvem (?:star|stod|er det der star) bag\b|\bhvem (?:har |der har )?(?:lavet|skrevet|udgivet|lavede"
    r"|skrev|udgav|udgiver)\b|\bhvem er afsender\w*\b"
)
_DOCUMENT = re.compile(
    r"\b\w*(?:rapport|undersogelse|erklaering|strategi|redegorelse|statusmaling)\w*\b"
)
# Why the municipalities use technology at all ("hvorfor satser kommunerne på
# teknologi", "hvorfor al den teknologi"); not why they do not use more of it.
_WHY_TECHNOLOGY = re.compile(
    r"\bhvorfor (?:\w+ ){0,3}(?:bruge|bruger|bruges|satse|satser|satses|investere|investerer|indfore"
    r"|indforer|anvende|anvender|have|har|skal have|vil have|onsker)(?: \w+){0,4}? (?:velfaerds)?teknologi\w*\b"
    r"|\bhvorfor (?:al |alt |al den |alt det |sa meget |mere |den |det )?(?:velfaerds)?teknologi\w*\b"
)
_WHY_NOT = re.compile(
    r"\bhvorfor (?:\w+ ){0,3}(?:ikke|svaert|vanskeligt|besvaerligt|langsomt|problem\w*)\b"
)
# VIVE's evaluation asked about ("hvad viste VIVE's evaluering").
_VIVE = re.compile(
    r"\bvive\w*\b(?: \w+)*? (?:evaluer\w*|undersog\w*|fandt|finder|viste|viser|konklu\w*|rapport\w*|resultat\w*)\b"
    r"|\b(?:evaluer\w*|undersog\w*|rapport\w*) (?:\w+ ){0,3}(?:fra|af|som) vive\b"
)
# Whether it works, shown ("undersøgelser der viser at det virker", "virker
# velfærdsteknologi overhovedet").
_EVIDENCE = re.compile(
    r"\b(?:undersogelse\w*|forskning\w*|evaluering\w*|dokumentation\w*|bevis\w*|studier|studie)"
    r" (?:\w+ ){0,2}(?:der|som) (?:viser|beviser|dokumenterer|siger)\b(?: \w+){0,3}"
    r" (?:virker|hjaelper|nytter|har (?:en |nogen )?(?:effekt|virkning))\b"
    r"|^(?:(?:og|men|sa) )?virker (?:velfaerdsteknologi\w*|teknologi\w*|det|den|de) (?:\w+ )?(?:overhovedet"
    r"|egentlig|faktisk|rent faktisk|i virkeligheden)\b"
    r"|\b(?:har|giver) (?:velfaerdsteknologi\w*|teknologi\w*) (?:overhovedet |egentlig )?(?:nogen |en )?"
    r"(?:effekt|virkning)\b|\bbevis\w* (?:for|pa) at (?:det|den|teknologi\w*|velfaerdsteknologi\w*) virker\b"
)
# "helt præcist", "mere konkret": the meaning asked in more detail
_PRECISELY = re.compile(r"\b(?:praecis|praecist|konkret|konkrete|naermere|specifikt|i detaljer)\b")


def asks_who_is_behind(text: str) -> bool:
    """ "hvem står bag den", "hvem har udgivet rapporten": who made a document."""
    return _BEHIND.search(_said(text)) is not None


def names_a_document(names: Iterable[str]) -> bool:
    """An item's names call it a document: a report, a survey, a declaration, a strategy."""
    return _DOCUMENT.search(_said(" ".join(names))) is not None


def asks_why_technology(text: str) -> bool:
    """ "hvorfor vil kommunerne bruge mere teknologi": why it is used (not why not)."""
    said = _said(text)
    return _WHY_TECHNOLOGY.search(said) is not None and _WHY_NOT.search(said) is None


def asks_about_vive(text: str) -> bool:
    """ "hvad fandt VIVE ud af i deres evaluering": VIVE's evaluation."""
    return _VIVE.search(_said(text)) is not None


def asks_for_evidence(text: str) -> bool:
    """ "er der undersøgelser der viser at teknologien virker": whether it works."""
    return _EVIDENCE.search(_said(text)) is not None


def asks_precisely(text: str) -> bool:
    """ "hvad betyder telemedicin helt præcist": more than the meaning in one sentence."""
    return _PRECISELY.search(_said(text)) is not None


# -- a need told beside a refusal --------------------------------------------------------

# A thing refused, told with a need ("han vil ikke bære en alarmknap").
_REFUSES = re.compile(
    r"\b(?:vil|ville) ikke (?:\w+ ){0,2}(?:have|ha|baere|bruge|ga med|tage|gaa med)\b|\bnaegte\w*"
    r"|\bgider ikke\b"
)


def tells_refusal(text: str) -> bool:
    """The sentence tells of a thing someone will not have or use."""
    return _REFUSES.search(fold(text)) is not None


# -- the frames around a question --------------------------------------------------------

# A yes-or-no question passed on, its subject before its verb ("om plejehjemmet må …").
_YES_NO = re.compile(
    r"^(?P<subject>(?:min |hans |hendes |vores |deres )?\w+) "
    r"(?P<verb>må|maa|kan|skal|har|er|bliver|bruger|vil|får|faar|sparer|giver|virker) ",
    re.IGNORECASE,
)
# A remark about the asker's own people after the question ("…, min mor bor der").
_TOLD_AFTER = re.compile(
    r",\s*(?:min|mit|mine|hans|hendes|vores|deres|jeg|vi) (?!\w+ (?:spørger|spoerger|vil vide))[^?]*$",
    re.IGNORECASE,
)


def as_yes_no(clause: str) -> str:
    """A yes-or-no question passed on as a clause, as asked: "plejehjemmet må overvåge
    ham" → "må plejehjemmet overvåge ham"."""
    return _YES_NO.sub(lambda m: f"{m['verb']} {m['subject']} ", clause, count=1)


def remark_after(text: str) -> int | None:
    """Where a remark about the asker's own people begins after a comma, or None."""
    found = _TOLD_AFTER.search(text)
    return None if found is None else found.start()


# -- the year of a figure just told ------------------------------------------------------

# "og året før?", "hvad med året inden", "hvad var det så det foregående år" (set 24)
_YEAR_BEFORE = re.compile(
    r"\b(?:aret|aaret|ar|aar) (?:for|foer|inden|forinden)\b(?! \w)|\b(?:det |aret )?(?:forrige|foregaende"
    r"|foregaaende) (?:ar|aar|aret|aaret)\b|\b(?:aret|aaret) (?:for|foer|inden) (?:det|da)\b"
)
# "hvilket år var det", "hvornår var det nu" about a figure (set 24)
_WHICH_YEAR = re.compile(
    r"^(?:(?:og|men|ok|okay) )*(?:hvilket|hvilke|hvad for et) (?:ar|aar|arstal)\b"
)


def asks_year_before(text: str) -> bool:
    """ "og året før?": the same figure a year earlier than the one just told."""
    return _YEAR_BEFORE.search(_said(text)) is not None


def asks_which_year(text: str) -> bool:
    """ "hvilket år var det": the year of what was just told."""
    return _WHICH_YEAR.search(_said(text)) is not None


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def years_in(sentence: str) -> list[int]:
    """The years a sentence names, in order."""
    return [int(y) for y in _YEARS.findall(sentence)]


# -- technology against a need, or a thing named that might help ---------------------------

# "findes der teknologi mod ensomhed", "noget mod uro" (set 24)
_AGAINST_A_NEED = re.compile(
    r"\b(?:teknologi\w*|hjaelpemid\w*|losning\w*|noget|nogen) (?:\w+ ){0,2}?(?:mod|imod)\b"
    r"|\bhjaelpe?r? (?:\w+ )?(?:mod|imod)\b"
)
# "kan en robothund hjælpe min far", "vil sådan en lampe hjælpe hende" (set 24)
_MIGHT_HELP = re.compile(
    r"\b(?:kan|vil|ville|kunne) (?:en|et|sadan en|sadan et|saadan en|saadan et) (?:\w+ ){1,3}?"
    r"(?:hjaelpe|gavne|berolige|hjaelpe til)\b"
    r"|\b(?:hjaelper|virker) (?:en|et) (?:\w+ ){1,3}?(?:mod|for|pa|til)\b"
)


def asks_against_a_need(text: str) -> bool:
    """ "er der teknologi mod ensomhed": technology for a need, not the ethics it names."""
    return _AGAINST_A_NEED.search(_said(text)) is not None


def asks_if_it_helps(text: str) -> bool:
    """ "kan en robothund hjælpe min far": whether a thing named helps."""
    return _MIGHT_HELP.search(_said(text)) is not None


# -- what is used somewhere ----------------------------------------------------------------

# "hvad bruger de af teknologi på bostederne", "hvilken teknologi har man der" (set 24)
_WHAT_IS_USED = re.compile(
    r"\bhvad (?:bruger|bruges|anvender|anvendes|har) (?:\w+ ){0,2}?(?:af|for|til) (?:velfaerds)?"
    r"(?:teknologi\w*|hjaelpemid\w*|losning\w*)\b"
    r"|\bhvilke?n? (?:slags )?(?:velfaerds)?(?:teknologi\w*|hjaelpemid\w*|losning\w*)"
    r" (?:bruger|bruges|anvender|anvendes|har) (?:de|man|i|der)\b"
)


def asks_what_is_used(text: str) -> bool:
    """ "hvad bruger de af velfærdsteknologi der": the things used, not why."""
    return _WHAT_IS_USED.search(_said(text)) is not None


# -- the way to an aid, and who decides which one (set 27) ----------------------------------

# "hvem kan få sådan en", "hvem har ret til den": who may get a thing, the municipality's
# to decide; not who gets something out of it ("hvem kan få gavn af den").
_WHO_CAN_GET = re.compile(
    r"\bhvem (?:(?:kan|ma|vil) (?:\w+ )?(?:fa|faa|soge om|ansoge om|blive bevilget)"
    r"|far|faar|har ret til|er berettiget til|bliver bevilget|kan blive bevilget)"
    r"(?! (?:\w+ )?(?:gavn|glaede|nytte|hjaelp|ud af|noget ud|fornojelse)\b)"
    r"(?: \w+){0,3}$"
)
# "hvem hjælper os med at skaffe et hjælpemiddel", "hvor søger man hjælp til et
# hjælpemiddel", "hvordan får man hjælpemidler": the way to an aid, not what one is.
_WAY_TO_AIDS = re.compile(
    r"\b(?:hvor|hvem|hvordan|hvorhen)\b(?: \w+){0,5}? (?:hjaelp|hjaelpe|hjaelper|vejledning|rad)"
    r" (?:\w+ )?(?:til|med|om) (?:at (?:fa|skaffe|soge om|soge|finde) )?(?:\w+ )?hjaelpemid\w*"
    r"|\b(?:hvor|hvordan|hvem)\b(?: \w+){0,4}? (?:fa|far|faar|skaffe|soge om|ansoge om|bestille)"
    r" (?:\w+ )?hjaelpemid\w*"
)
# "bestemmer visitationen hvad for et hjælpemiddel hun skal have", "hvem afgør om min mor
# kan få et hjælpemiddel": who decides what a citizen gets (the municipality), not how
# the municipalities choose what to buy.
_PERSON_GETS = (
    r"(?:han|hun|jeg|man|vi|du|de|min \w+|mine \w+|hans \w+|hendes \w+|vores \w+|borger\w*)"
    r" (?:skal|kan|ma|maa|far|faar|bliver|vil)\b"
)
_DECIDES_WHAT_ONE_GETS = re.compile(
    r"\b(?:bestemmer|bestemme|afgor|afgore|beslutter|beslutte|vurderer|bevilger|visiterer)\b"
    r"(?: \w+){0,3}? (?:hvilke|hvilken|hvilket|hvad for (?:en |et |nogle )?|hvilken slags )"
    r"(?:\w+ )?(?:velfaerds)?(?:teknologi\w*|hjaelpemid\w*|losning\w*)(?: \w+){0,2}? "
    + _PERSON_GETS
    + r"|\b(?:bestemmer|bestemme|afgor|afgore|beslutter|beslutte|vurderer|bevilger)\b(?: \w+){0,3}?"
    r" om " + _PERSON_GETS + r"(?: \w+)? (?:et|en|nogen|noget|nogle) (?:\w+ )?"
    r"(?:velfaerds)?(?:teknologi\w*|hjaelpemid\w*)"
)
_MUNICIPALITY = re.compile(r"\b(?:kommune\w*|visitation\w*|hjaelpemiddelcent\w*)\b")


def asks_who_can_get(text: str) -> bool:
    """ "hvem må få sådan en": who may get the thing just talked about."""
    return _WHO_CAN_GET.search(_said(text)) is not None


def asks_way_to_aids(text: str) -> bool:
    """ "hvem kan hjælpe os med at skaffe et hjælpemiddel": where and how one gets aids."""
    return _WAY_TO_AIDS.search(_said(text)) is not None


def asks_who_decides_what_one_gets(text: str) -> bool:
    """ "afgør kommunen hvad for et hjælpemiddel min far får": who decides which
    technology or aid a citizen gets; asked who decides, or naming the municipality."""
    said = _said(text)
    if _DECIDES_WHAT_ONE_GETS.search(said) is None:
        return False
    return asks_who_decides(text) or _MUNICIPALITY.search(said) is not None


# -- what a thing named is, and a subject's own list (set 27) --------------------------------

# "hvad er den der positivliste …", "hvad var det der mindste-indgriben-princip": "den
# der" points at a thing named after it, no clause about something else.
_WHAT_THOSE_ARE = re.compile(r"\bhvad (?:er|var) (?:de|det|den) der (?P<rest>\w.*)$")


def asks_what_those_are(text: str) -> bool:
    """ "hvad er den der positivliste": what the thing named after "den der" is."""
    return _WHAT_THOSE_ARE.search(_said(text)) is not None


def those_asked(text: str) -> list[str]:
    """The folded words after "hvad er de der", where a name may begin; none else."""
    found = _WHAT_THOSE_ARE.search(_said(text))
    return [] if found is None else found["rest"].split()


def which_asked(text: str) -> str | None:
    """The words after "hvilke"/"hvilken"/"hvilket", folded: what the question asks for."""
    said = said_words(text)
    for i, word in enumerate(said[:-1]):
        if word in ("hvilke", "hvilken", "hvilket"):
            return " ".join(said[i + 1 :])
    return None


# A yes-or-no question's clause, passed on after "om": its subject, then its verb.
_YES_NO_CLAUSE = re.compile(
    r"^(?:der|det|man|jeg|vi|du|i|han|hun|de|min \w+|mine \w+|hans \w+|hendes \w+|vores \w+)"
    r" (?:findes|fas|faas|er|kan|ma|maa|skal|har|far|faar|bliver|vil|gives|eksisterer)\b"
)


def is_yes_no_clause(clause: str) -> bool:
    """ "der findes noget mod …", "hun kan få …": a yes-or-no question's clause."""
    return _YES_NO_CLAUSE.search(_said(clause)) is not None


# -- the same question of another thing, and what a thing is somewhere (set 34) -------------

# "og rollatorer?", "hvad så med en loftslift", "okay og spiserobotter da": nothing but
# another thing named, right after a question about one; the question is asked again.
_ANOTHER_THING = re.compile(
    r"^(?:(?:ok|okay|okey|nej|ja|jamen|men|naa|na|godt|super|tak) )*"
    r"(?:og (?:hvad )?(?:sa )?(?:med )?|hvad (?:sa )?med |hvordan (?:sa )?med )"
    r"(?:en |et |de |den |det )?(?P<x>\w+(?: \w+){0,3}?)"
    r"(?: (?:da|sa|ogsa|egentlig|sa da))?$"
)
# "hvad er positivlisten på socialområdet", "hvad er telemedicin i kommunerne": what the
# thing named right after "hvad er" is, in the place or field said after it
_WHAT_IT_IS_THERE = re.compile(
    r"^(?:\w+ )*?hvad (?:er|var) (?:egentlig |sa |nu )?(?:en |et |den |det )?"
    r"(?P<x>\w+(?: \w+){0,2}?) (?:pa|i|inden for|indenfor|under) \w+(?: \w+){0,3}$"
)


def another_thing_asked(text: str) -> str | None:
    """ "og løftestole?", "hvad med en loftslift da": the folded words of the other
    thing named, the whole of what is said beside "og"/"hvad med"; None else."""
    found = _ANOTHER_THING.search(_said(text))
    return None if found is None else found["x"]


def what_it_is_there(text: str) -> str | None:
    """ "hvad er positivlisten på socialområdet": the folded words of the thing asked
    what it is, before the place or field it is asked of; None else."""
    found = _WHAT_IT_IS_THERE.search(_said(text))
    return None if found is None else found["x"]


# -- set 37: the rest of a category, a complaint, the waiting, both sides ------------------

# "og hvad hører ellers med i den kategori", "hvad er der ellers i den" right after a
# technology's category (set 37): the other members of that category
_OTHERS_IN_IT = re.compile(
    r"\bellers\b(?: \w+){0,3} (?:i|under|til) (?:den|denne|samme|den samme|kategori\w*"
    r"|gruppe\w*)\b"
    r"|\b(?:andre|flere|mere) (?:\w+ ){0,4}(?:i|under|fra|til) (?:den|denne|den samme|samme)"
    r" (?:kategori|gruppe)\w*"
)
# "kan man klage, hvis de siger nej", "hvordan klager vi over afgørelsen" (set 37)
_COMPLAINT = re.compile(
    r"\b(?:kan|ma|skal|hvordan|hvor|hvem) (?:\w+ ){0,3}(?:klage|klager)\b"
    r"|\bklag\w* over (?:\w+ ){0,2}(?:afgorelse\w*|afslag\w*|nej\w*)\b"
    r"|\bklage(?:mulighed|adgang|vejledning)\w*"
)
# "hvor lang ventetid er der", "kan vi få sagen fremskyndet" (set 37)
_WAITING = re.compile(
    r"\bventetid\w*|\bfremskynd\w*|\bsagsbehandlingstid\w*"
    r"|\bsag\w* (?:til at )?(?:ga|gaa) hurtigere\b"
)
# "fordele og ulemper ved skærmbesøg", "hvad taler for og imod" (set 37)
_BOTH_SIDES = re.compile(
    r"\bfordel\w* og ulempe\w*|\bulempe\w* og fordel\w*|\bfor og imod\b"
    r"|\bplus\w* og minus\w*|\bstaerke og svage sider\b"
)
# "hvad kalder man dem", "hvad hedder den slags" after a description (set 37)
_WHAT_CALLED = re.compile(
    r"\bhvad (?:kalder (?:man|i|de) |hedder |kaldes )(?:den slags|sadan \w+|sadanne \w+|dem|det"
    r"|den|de der|den type|det der)?\b"
    # "min søster har fået et toilet der vasker en, hvad er det for noget" (set 37)
    r"|\bhvad er (?:det|den|de) (?:der )?for noget$"
)
# "og hvor kan vi få sådan en", "hvor man får en" (set 37)
_WHERE_TO_GET = re.compile(
    r"\bhvor (?:kan|skal) (?:man|vi|jeg|hun|han|de) (?:\w+ )?(?:fa|skaffe|soge om)\b"
    r"|\bhvor (?:man|vi|jeg|hun|han|de) (?:kan )?(?:far|fa|skaffer)\b"
)
# what the drawback of a thing is, said in one of its own sentences
_DRAWBACK = re.compile(
    r"\bikke alle\b|\bulempe\w*|\brisiko\w*|\bbrug for menneskelig\b|\bfaldgrube\w*"
)
# "hvad er de etiske dilemmaer", "hvilke dilemmaer er der ved velfærdsteknologi" (set 37)
_DILEMMAS = re.compile(r"\bdilemma\w*")


def asks_others_in_category(text: str) -> bool:
    return _OTHERS_IN_IT.search(_said(text)) is not None


def asks_to_complain(text: str) -> bool:
    return _COMPLAINT.search(_said(text)) is not None


def asks_about_waiting(text: str) -> bool:
    return _WAITING.search(_said(text)) is not None


def asks_both_sides(text: str) -> bool:
    return _BOTH_SIDES.search(_said(text)) is not None


def asks_what_called(text: str) -> bool:
    return _WHAT_CALLED.search(_said(text)) is not None


def asks_where_to_get(text: str) -> bool:
    return _WHERE_TO_GET.search(_said(text)) is not None


def tells_drawback(sentence: str) -> bool:
    return _DRAWBACK.search(_said(sentence)) is not None


def asks_dilemmas(text: str) -> bool:
    return _DILEMMAS.search(_said(text)) is not None


# "kan du sige det kortere", "lidt kortere tak", "det var for langt", "i én sætning":
# the fact just told, shorter (set 37)
_SHORTER = re.compile(
    r"\b(?:kortere(?: tak| please| igen)?$|forkort (?:det|den|svaret)|det var for langt|"
    r"(?:i|pa) (?:en|een) saetning$|kort version\w*$|i korte traek$)"
)


def asks_shorter(text: str) -> bool:
    return _SHORTER.search(_said(text)) is not None
