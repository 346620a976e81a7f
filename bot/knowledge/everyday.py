"""What a question asks in everyday words, read from its words (held-out sets 29-30): where a
technology belongs ("hvad hører den så under", "hvad hedder den gruppe"), a subject asked
to be explained ("forklar det medmenneskelige lidt mere", "hvad mener KL med det faglige"),
technology as a way to save ("er det ikke bare for at spare på hjemmehjælpen"), trying
before buying with no aid named, whether the assistant is a program or a person, what
welfare technology itself is asked with filler ("hvad er det der velfærdsteknologi
egentlig"), what a document says about a subject ("hvad står der om os"), a need asked as
"noget der kan hjælpe med X", whether a thing comes as an app or on a screen, and a year
said in words ("to tusind og fire og tyve"); and (set 29's further classes) two things
compared ("forskellen på et hjælpemiddel og velfærdsteknologi"), more effort ahead ("gøre
mere med det fremover"), what a decider weighs ("hvad kigger kommunalbestyrelsen efter"),
a thing to be told about ("fortæl mig om gps til demente"), money applied for from a pool
("søge puljen til en robotstøvsuger") and what an application must hold.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold; "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts import said_text as _said
from bot.knowledge.facts import said_words

# "hvad hører stemmestyring så under", "hvilken af dem hører den til", "hvad hedder den
# gruppe den hører til" (sets 29-30): the category of a thing
_BELONGS = re.compile(
    r"\bhorer (?:\w+ ){0,3}?(?:under|til|ind under|hjemme)\b"
    r"|\b(?:gruppe|gruppen|hovedgruppe|overgruppe)\b"
)


def asks_where_it_belongs(text: str) -> bool:
    return _BELONGS.search(_said(text)) is not None


# "forklar lige det medmenneskelige lidt mere", "hvad mener KL med det faglige princip",
# "kan du uddybe det individuelle": a subject asked to be explained
_EXPLAIN = re.compile(
    r"\b(?:forklar\w*|uddyb\w*|hvad mener (?:\w+ ){1,2}?med|hvad menes (?:der )?med"
    r"|hvad ligger der i|hvad vil det sige|hvad ga?r (?:\w+ )?ud pa)\b"
)


def asks_to_explain(text: str) -> bool:
    return _EXPLAIN.search(_said(text)) is not None


# "er det ikke bare fordi de vil spare på hjemmehjælpen", "handler det bare om at spare
# penge": technology as a saving on care, which the documents answer with a supplement
_SAVING = re.compile(r"\b(?:spare\w*|sparer|spar|besparels\w*|nedskaering\w*|skaere ned)\b")
_ONLY = re.compile(r"\b(?:bare|kun|blot|udelukkende|egentlig bare)\b")


_WATCHING = re.compile(r"\b(?:overvag\w*|overvaag\w*|kontrol|kontrollere\w*|holde oje\w*)\b")


def asks_if_only_watching(text: str) -> bool:
    """ "er det ikke bare overvågning alt det der med sensorer i folks hjem" (set 25):
    the question of care or surveillance, not a place named in it."""
    said = _said(text)
    return _WATCHING.search(said) is not None and _ONLY.search(said) is not None


def asks_if_only_saving(text: str) -> bool:
    said = _said(text)
    return _SAVING.search(said) is not None and _ONLY.search(said) is not None


# "kan man låne noget og prøve det af først inden man køber det": trying before buying,
# with no aid or technology named
_BEFORE_BUYING = re.compile(
    r"\b(?:for|inden|forst) (?:\w+ ){0,2}?(?:kober|kobe|kobes|anskaffer|anskaffe|investerer)\b"
    # "… før hun går ud og køber noget" (set 44)
    r"|\b(?:for|inden) (?:\w+ ){1,2}(?:gar|tager|tar) (?:ud|ind|hen|ned) (?:\w+ )?og (?:kober|kobe)\b"
)


def asks_to_try_before_buying(text: str) -> bool:
    return _BEFORE_BUYING.search(_said(text)) is not None


# "er det en chatbot eller sidder der en frivillig og svarer", "er du en robot eller et
# menneske": whether the assistant is a program or a person
_PROGRAM_OR_PERSON = re.compile(
    r"\b(?:er (?:det|du|i|der) (?:en |et )?(?:chatbot|chat bot|robot|computer\w*|maskine|program)"
    r"|(?:chatbot|robot|computer\w*|maskine) eller (?:et |en )?(?:menneske|person|rigtig\w*))\b"
)
_A_PERSON = re.compile(
    r"\b(?:menneske|person|frivillig|medarbejder|rigtig \w+|levende|sidder (?:der|du|i) )"
)


def asks_program_or_person(text: str) -> bool:
    said = _said(text)
    return _PROGRAM_OR_PERSON.search(said) is not None and _A_PERSON.search(said) is not None


# "hvad er det der velfærdsteknologi egentlig", "hvad er det med velfærdsteknologi for
# noget": what welfare technology itself is, said with spoken filler
_WHAT_WELFARE_IS = re.compile(
    r"^(?:\w+ ){0,2}?(?:hvad|hva) (?:er|betyder) (?:det (?:der|med) |sadan noget |det |noget med )?"
    r"velfaerds ?teknologi(?: (?:egentlig|egentligt|for noget|overhovedet|helt praecist|nu|sa"
    r"|igen|for en stoerrelse|for en storrelse))*$"
)


def asks_what_welfare_is(text: str) -> bool:
    return _WHAT_WELFARE_IS.search(_said(text)) is not None


# "hvad står der om os i kommunens strategi", "hvad skriver de om Nethjælpen": what a
# document says about a subject, its summary
_WRITTEN_ABOUT = re.compile(
    r"\bhvad (?:star|staar|skriver|skrives) (?:der|de|man|den) (?:\w+ )?om\b"
)


def asks_what_is_written(text: str) -> bool:
    return _WRITTEN_ABOUT.search(_said(text)) is not None


# "er der noget teknologi der kan hjælpe med søvnen", "findes der en robot der kan hjælpe
# med at vaske tøjet": a need told after "… der kan hjælpe med"
_HELPS_WITH_A_NEED = re.compile(
    r"\b(?:teknologi\w*|hjaelpemid\w*|losning\w*|noget|robot\w*|maskine\w*|ting)"
    r" (?:\w+ )?(?:der|som) (?:kan )?hjaelpe?r? (?:til )?(?:med|ved)\b"
)


def asks_help_with_a_need(text: str) -> bool:
    return _HELPS_WITH_A_NEED.search(_said(text)) is not None


# "kan man få det som app på telefonen", "findes det også på video": whether a thing comes
# in a form; the word after "som"/"på" is looked for in its own sentences
_AS_FORM = re.compile(
    r"\b(?:fa|faa|fas|findes|fins|bruge|bruges|have|kobe) (?:det|den|dem|de) (?:ogsa )?(?:som|pa|via|over)"
    r" (?:en |et )?(?P<form>\w{3,})\b"
)


def form_asked(text: str) -> str | None:
    found = _AS_FORM.search(_said(text))
    return found.group("form") if found is not None else None


# "to tusind og fire og tyve", "totusind og fireogtyve" (a speech recogniser's year)
_UNITS = {
    "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
    "otte": 8, "ni": 9,
}  # fmt: skip
_TENS = {"tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50}
_TEENS = {
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
}  # fmt: skip
_SPOKEN_YEAR = re.compile(
    r"\bto ?tusind(?:e)?(?: og)? ?(?:(?P<unit>en|et|to|tre|fire|fem|seks|syv|otte|ni) ?og ?"
    r"(?P<tens>tyve|tredive|fyrre|halvtreds)|(?P<tens_only>tyve|tredive|fyrre|halvtreds)"
    r"|(?P<teen>ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)"
    r"|(?P<small>en|et|to|tre|fire|fem|seks|syv|otte|ni))\b",
    re.IGNORECASE,
)


def spoken_years(text: str) -> str:
    """The sentence with a year said in words written as digits."""

    def year(m: re.Match[str]) -> str:
        if m.group("tens"):
            value = _TENS[m.group("tens").lower()] + _UNITS[m.group("unit").lower()]
        elif m.group("tens_only"):
            value = _TENS[m.group("tens_only").lower()]
        elif m.group("teen"):
            value = _TEENS[m.group("teen").lower()]
        else:
            value = _UNITS[m.group("small").lower()]
        return str(2000 + value)

    return _SPOKEN_YEAR.sub(year, text)


# "kan det ikke gøre folk mere ensomme", "bliver de så ikke overvåget hele tiden" right
# after a technology: a worry about it, which a subject of the documents answers
_WORRY = re.compile(
    r"^(?:\w+ )?(?:kan|vil|gor|bliver|giver) (?:det|den|de) (?:sa )?(?:ikke|ik) \w+"
)


def asks_a_worry(text: str) -> bool:
    return _WORRY.search(_said(text)) is not None


# "hvad er forskellen på et hjælpemiddel og velfærdsteknologi", "hvad adskiller en
# rollator fra en kørestol" (set 29 more): two things compared, each as said
_COMPARED = re.compile(
    r"\bforskel\w* (?:pa|mellem|imellem) (?P<a>.+?) (?:og|i forhold til) (?P<b>.+)$"
    r"|\bhvad adskiller (?P<c>.+?) (?:sig )?fra (?P<d>.+)$"
)
_ARTICLE = re.compile(r"^(?:et|en|de|den|det|sadan (?:et|en)) ")
_TAIL = re.compile(r" (?:egentlig|egentligt|sa|nu|lige|helt praecist|i grunden|overhovedet)$")


def compared(text: str) -> tuple[str, str] | None:
    """The two things a sentence asks the difference between, as said, or None."""
    found = _COMPARED.search(_said(text))
    if found is None:
        return None
    first, second = (
        (found.group("a"), found.group("b"))
        if found.group("a")
        else (
            found.group("c"),
            found.group("d"),
        )
    )
    sides = []
    for side in (first, second):
        side = _ARTICLE.sub("", side.strip())
        while _TAIL.search(side):
            side = _TAIL.sub("", side)
        sides.append(side)
    return (sides[0], sides[1]) if all(sides) else None


# "hvor mange kommuner regner med at gøre mere med velfærdsteknologi fremover", "vil
# kommunerne satse mere på det i fremtiden": more effort ahead (the 2024 survey)
_MORE_EFFORT = re.compile(
    r"\b(?:gore|gor|satse|satser|bruge|bruger|investere|investerer|lave|arbejde|arbejder)"
    r" (?:\w+ ){0,2}?mere\b"
    r"|\bmere (?:fokus|indsats|gang i)\b"
    r"|\b(?:oge|oger|opprioritere|skrue op for|udvide|udvider) (?:\w+ ){0,2}?indsats\w*"
    r"|\b(?:storre|mindre) indsats\b|\bindsats\w* (?:\w+ ){0,3}?(?:storre|vokse|voksende|stige)\b"
    # "bruge flere eller færre kræfter på det", "sætte flere ressourcer af" (set 55)
    r"|\b(?:flere|faerre|mere|mindre) (?:eller (?:flere|faerre|mere|mindre) )?"
    r"(?:kraefter|ressourcer|midler|energi)\b"
    r"|\b(?:skrue (?:op|ned) for|skaere ned pa|nedprioritere|opprioritere) (?:\w+ ){0,2}?"
    r"(?:velfaerdsteknologi\w*|teknologi\w*|indsats\w*)"
)
_AHEAD = re.compile(
    r"\b(?:fremover|fremadrettet|fremad|fremtiden|kommende|regner med|forventer|forvente"
    r"|planlaegger|har planer|tror|naeste ar|de naeste \w+ ar|arene der kommer|pa sigt)\b"
)


def asks_more_effort_ahead(text: str) -> bool:
    said = _said(text)
    return _MORE_EFFORT.search(said) is not None and _AHEAD.search(said) is not None


# "hvad kigger kommunalbestyrelsen efter når de vurderer en ansøgning", "hvad lægger de
# vægt på når de godkender en alarm": what a decider weighs
_WEIGHED = re.compile(
    r"\bhvad (?:\w+ ){0,3}?(?:kigger|ser|lagger|laegger|vaegter|tager|vurderer|bedommer)"
    r" (?:\w+ ){0,3}?(?:efter|pa|vaegt pa|hensyn til|i betragtning)\b"
    r"|\bhvilke (?:kriterier|hensyn|ting)\b(?: \w+){0,6} (?:vurder\w*|godkend\w*|afgor\w*|beslut\w*"
    r"|kigger|ser|lagger)\b"
)
_DECIDING = re.compile(
    r"\b(?:vurder\w*|godkend\w*|afgor\w*|beslut\w*|bevilg\w*|ansogning\w*|behandl\w*|siger ja)\b"
)


def asks_what_is_weighed(text: str) -> bool:
    said = _said(text)
    return _WEIGHED.search(said) is not None and _DECIDING.search(said) is not None


# "fortæl mig om gps til demente", "fortæl lidt om skærmbesøg": the thing itself
_TELL_ABOUT = re.compile(
    r"^(?:(?:og|men|ja|nej|sa|okay|ok|hej) )*(?:kan du |vil du |gider du )?"
    r"(?:fortael|fortaelle|sig|beskriv|beskrive)(?: (?:mig|os|lige|lidt|noget|kort|gerne))* om\b"
)


def asks_to_be_told_about(text: str) -> bool:
    return _TELL_ABOUT.search(_said(text)) is not None


# "vi vil søge puljen til en robotstøvsuger", "kan vi søge penge fra puljen til det":
# money applied for from a pool or fund, whatever it is for
_APPLY_TO_FUND = re.compile(
    r"\b(?:soge|soger|soges|ansoge|ansoger|sog)(?: om)?(?: \w+){0,3}? "
    r"(?:\w*pulje\w*|\w*fond\w*|\w*midler|tilskud\w*)\b"
)


def applies_to_a_fund(text: str) -> bool:
    return _APPLY_TO_FUND.search(_said(text)) is not None


# "hvad skal der stå i ansøgningen", "hvad skal ansøgningen indeholde", "hvad skriver man
# i ansøgningsskemaet": what an application must hold
_APPLICATION_HOLDS = re.compile(
    r"\bhvad skal (?:der )?(?:sta|staa|vaere|med|skrives) (?:\w+ )?i (?:\w+ )?ansogning\w*"
    r"|\bhvad skal (?:\w+ )?ansogning\w* (?:\w+ )?(?:indeholde|rumme|have med)"
    r"|\bhvad (?:skal|skriver|bor) (?:man|vi|jeg|i|de) (?:\w+ ){0,2}?i (?:\w+ )?ansogning\w*"
    r"|\bhvad (?:\w+ )?(?:indeholder|kraever) (?:\w+ )?ansogning\w*"
)


def asks_application_contents(text: str) -> bool:
    return _APPLICATION_HOLDS.search(_said(text)) is not None


# -- held-out set 31: a hedge before, a meaning passed on, a worry, a camera, a kind asked --

# "det er lidt pinligt at spørge om, men …", "undskyld hvis det er et dumt spørgsmål, men
# …" (set 31): words about asking, before what is asked; they are no need
_HEDGE = re.compile(
    r"^\s*(?:(?:og|men|altså|altsaa|hej|nå|naa)[,.]?\s+)*"
    r"(?:undskyld(?: (?:hvis|at) [^,.!?]{0,40})?|det er (?:måske |maaske |nok |lidt |lige |en smule |vel )*"
    r"(?:pinligt|flovt|dumt|mærkeligt|maerkeligt|et dumt spørgsmål|et dumt spoergsmaal|et pinligt spørgsmål"
    r"|et pinligt spoergsmaal|et mærkeligt spørgsmål|et maerkeligt spoergsmaal|svært at snakke om"
    r"|svaert at snakke om|svært at tale om|svaert at tale om)(?: at (?:spørge|spoerge|sige|skrive) om)?"
    r"|jeg ved ikke om (?:det er|man kan) [^,.!?]{0,30}?(?:spørge|spoerge|sige)(?: om)?"
    r"|jeg (?:skammer mig|synes det er pinligt|er lidt flov)(?: over)?(?: at (?:spørge|spoerge|sige))?(?: om)?)"
    r"(?:\s+(?:det|sådan noget|saadan noget|her))?\s*[,.!;:-]+\s*(?:men\s+)?(?=\S)",
    re.IGNORECASE,
)


def without_hedge(text: str) -> str:
    """The sentence without words about asking before it: "det er lidt pinligt, men min
    mor …" → "min mor …"."""
    return _HEDGE.sub("", text, count=1)


# "en borger spørger hvad sanseteknologi er, hendes mand har demens", "hun vil gerne vide
# hvad X betyder, hun har hørt ordet i radioen" (set 31): a meaning passed on, with a
# remark about who asks after it; the meaning is what is asked
_RELAY = re.compile(
    r"^(?:(?:en|min|vores|hans|hendes|denne|den) )?(?:borger\w*|kunde\w*|dame|mand|kvinde|herre"
    r"|bruger\w*|beboer\w*|pårørende|paaroerende|datter|søn|soen|mor|far|hun|han|de)"
    r"(?: her| herinde| hos mig| ved siden af mig)?"
    r" (?:spørger|spoerger|spurgte|vil (?:gerne )?vide|vil høre|vil hoere|undrer sig over|kunne godt"
    r" tænke sig at vide|kunne godt taenke sig at vide|ville gerne vide|har spurgt)(?: mig)? (?=hvad )",
    re.IGNORECASE,
)
_MEANING_CLAUSE = re.compile(
    r"^hvad (?:[\w-]+ ){1,4}?(?:er|betyder|dækker over|daekker over|går ud på|gaar ud paa)"
    r"(?: for (?:noget|en størrelse|en stoerrelse))?(?=\s*$|\s*[,.?!])",
    re.IGNORECASE,
)


def relayed_meaning(text: str) -> str | None:
    """The meaning asked in a question passed on ("hvad sanseteknologi er"), without the
    frame before it and any remark after it; None if the sentence is no such thing."""
    framed = _RELAY.match(text.strip())
    if framed is None:
        return None
    clause = _MEANING_CLAUSE.match(text.strip()[framed.end() :])
    return None if clause is None else clause.group(0)


# "gør al den teknologi ikke de ældre mere ensomme", "bliver folk ikke isoleret af det"
# (set 31): the worry that technology makes lonely, asked first; the ethics of contact,
# freedom and loneliness. Not technology against loneliness (asked.asks_against_a_need).
_LONELIER = re.compile(
    r"\b(?:mere ensom\w*|ensommere|mere isoler\w*|isolere\w*|isoleret|ensom\w* af\b"
    r"|mindre (?:menneskelig )?kontakt|faerre besog|mister kontakten)"
)
_TECH_WORD = re.compile(
    r"\b(?:\w*teknologi\w*|teknik\w*|\w*robot\w*|skaerm\w*|maskine\w*|computer\w*|dims\w*)\b"
)
_AGAINST = re.compile(r"\b(?:mod|imod|hjaelpe?r?|afhjaelpe|modvirke|bekaempe)\b")


# "min svigerfar har været alene siden han mistede sin kone, hvad findes der" (set 35): a
# person told lonely, and what might help asked; technology against loneliness (the social
# technologies), not the ethics of whether technology makes lonely.
_LONELY = re.compile(
    r"\b(?:ensom\w*|isoleret|savner (?:\w+ )?(?:selskab|nogen)|ingen at (?:snakke|tale) med"
    r"|(?:(?:sidder|foler (?:sig|mig)|har vaeret|bliver|er)(?: meget| sa| helt| tit| ofte)*"
    r" alene)(?! hjemme)|alene hele (?:dagen|tiden))\b"
)
# another need told with it ("hun bor alene og falder tit"): that need decides
_OTHER_NEED = re.compile(r"\b(?:fald\w*|falder|gps|vandr\w*|forvirr\w*|glemmer|medicin\w*)\b")
_WHAT_MIGHT_HELP = re.compile(
    r"\b(?:hjaelpe?r?|hjaelp|gavne|afhjaelpe|modvirke|gore ved det|gore noget|findes der"
    r"|er der noget|forslag|ideer|ide)\b"
)


def asks_help_when_lonely(text: str) -> bool:
    said = _said(text)
    return (
        _LONELY.search(said) is not None
        and _WHAT_MIGHT_HELP.search(said) is not None
        and _LONELIER.search(said) is None
        and _OTHER_NEED.search(said) is None
    )


# "kan man få en robot, der vasker gulv" (set 35): a machine that cleans is asked for;
# the robot vacuums and floor washers of cleaning technology, not a disinfection machine.
_CLEANING_MACHINE = re.compile(
    r"\b(?:\w*robot\w*|maskine\w*|teknologi\w*|noget|dims\w*)\b(?: \w+){0,4}?"
    r" (?:gore rent|gor rent|gore rengoring|gor rengoring|rengor\w*|stovsug\w*|vaske? gulv\w*"
    r"|vasker gulv\w*|gulvvask\w*|klare rengoring\w*|tage rengoring\w*)"
)


# whether such a thing exists, not how to get one ("ka man få sån en robot som støvsuger
# af kommunen" asks the practical way, set 8)
_EXISTS = re.compile(r"\b(?:findes|fins|er der|kender du|har i|har man|har de)\b")


def asks_for_cleaning_machine(text: str) -> bool:
    said = _said(text)
    return (
        _CLEANING_MACHINE.search(said) is not None
        and _EXISTS.search(said) is not None
        and "desinfic" not in said
    )


def asks_if_lonelier(text: str) -> bool:
    said = _said(text)
    return (
        _LONELIER.search(said) is not None
        and _TECH_WORD.search(said) is not None
        and _AGAINST.search(said) is None
    )


# "ville det være lovligt at sætte et kamera op i hans stue", "må vi filme hende
# derhjemme" (set 31): a camera asked about by what the law allows, wherever it is
_CAMERA = re.compile(r"\b(?:\w*kamera\w*|videoovervag\w*|webcam\w*|filme|filmer)\b")
_ALLOWED = re.compile(
    r"\b(?:lovlig\w*|ulovlig\w*|tilladt|tilladelse|forbudt|lov til|ma|maa|lovgivning\w*|reglerne)\b"
)
_SCREEN_VISIT = re.compile(
    r"\b(?:skaermbesog\w*|videoopkald\w*|videosamtal\w*|videokonsultation\w*)\b"
)


def asks_if_camera_allowed(text: str) -> bool:
    said = _said(text)
    return (
        _CAMERA.search(said) is not None
        and _ALLOWED.search(said) is not None
        and _SCREEN_VISIT.search(said) is None
    )


# "hvilke teknologier findes der til sengen", "er der hjælpemidler til badet" after a need
# told at length (set 31): technology for a thing named, which a category may be
_KIND_FOR = re.compile(
    r"\b(?:hvilke|hvilken|hvad for|hvad for nogle|findes der|er der|fas der|faas der)"
    r" (?:\w+ )?(?:teknologi\w*|hjaelpemid\w*|losning\w*|velfaerdsteknologi\w*)"
    r"(?: (?:findes|er|fas|faas|har man|kan man fa|kan man faa)(?: der)?)? (?:til|i|pa|ved) (?:en |et )?"
    r"(?P<thing>(?!det\b|den\b|dem\b|ham\b|hende\b)\w{3,})\b"
)


# "er der noget smart seng-tech", "hvad er der af hygiejne ting", "noget smart til sengen"
# (set 32): the thing said before a word for technology, or after "noget (smart) til"
_THING_KIND = re.compile(
    r"\b(?:noget|nogen|nogle|af|hvilke|hvilken|hvad for|nye|smarte?)"
    r"(?: (?:smart\w*|ny\w*|god\w*|slags|form for))* (?P<thing>(?!det\b|den\b|dem\b)\w{3,})"
    r" (?:tech|teknik|teknologi\w*|ting|tingester|dimser|gadgets?|udstyr|hjaelpemid\w*|losning\w*)\b"
    r"|\bnoget (?:smart\w* |nyt |godt )?(?:til|i|pa) (?P<place>(?!det\b|den\b|dem\b)\w{3,})\b"
)


def kind_asked_for(text: str) -> str | None:
    """The thing named in "hvilke teknologier findes der til sengen", "noget smart
    seng-tech" or "hvad er der af hygiejne ting", or None."""
    said = _said(text)
    found = _KIND_FOR.search(said)
    if found is not None:
        return found.group("thing")
    kind = _THING_KIND.search(said)
    return None if kind is None else kind.group("thing") or kind.group("place")


# -- held-out set 32: a remark after the question --

# "hvad er X? jeg har læst om det i en folder", "hvilke Y …? der står vist tre" (set 32): a
# statement after the question mark tells where one met it or what one thinks, it asks
# nothing; the question is what to answer
_SENTENCE_END = re.compile(r"(?<=[?!.])\s+(?=\S)")


def question_before_remark(text: str) -> str | None:
    """The sentence up to the last question mark, when only statements follow it; None
    if nothing follows, or what follows asks too."""
    end = text.rfind("?")
    if end < 0:
        return None
    asked, after = text[: end + 1].strip(), text[end + 1 :].strip()
    if not asked or after.startswith("(") or len(said_words(after)) < 3:
        return None  # "hvad er velfærdsteknologi? (Horsens Kommune)": a name, no remark
    for part in _SENTENCE_END.split(after):
        said = said_words(part)
        if said and said[0] in _ASKING_STARTS:
            return None  # "… ? hvem skal jeg ringe til" asks again
    return asked


_ASKING_STARTS = frozenset(
    """hvad hva hvem hvor hvordan hvorfor hvornar hvilke hvilken hvilket kan ma skal
    findes er har vil gider""".split()
)


# "rams lige alle femten kategorier op for mig", "jeg vil gerne have en liste over
# kategorierne" (set 35): KL's categories to be listed, with whatever remark comes after
_LIST_CATEGORIES = re.compile(
    r"\b(?:list\w*|opremse?r?|ramse?r? \w* ?op|ramse?r?|naevne?r? (?:\w+ )?alle|gennemga\w*"
    r"|overblik\w*|oversigt\w*|alle)\b(?: \w+){0,4}? (?:de |over |de forskellige )?"
    r"(?:\d+ |femten |forskellige )?kategori\w*"
)


def asks_to_list_categories(text: str) -> bool:
    return _LIST_CATEGORIES.search(_said(text)) is not None


# "er det overhovedet lovligt?", "kan vores kommune så også gøre det?" right after a
# subject (set 35-36): whether it is allowed, or whether others may do the same; the
# subject's own sentence of the law answers
_ALLOWED_HERE = re.compile(
    r"^(?:\w+ ){0,2}?(?:ma|maa) (?:man|de|i|vi|kommunen|kommunerne) (?:\w+ ){0,2}?(?:det|gore det"
    r"|bruge det|sadan)\b"
    r"|^(?:\w+ ){0,2}?er (?:det|den|sadan noget) (?:\w+ ){0,4}?(?:lovligt|tilladt|lovlig|ulovligt"
    r"|i orden|lov)\b"
    r"|\b(?:andre|alle|vores|vor|min|andre steders?) (?:kommuner|kommune|steder|bosteder)\b"
    r"(?: \w+){0,4}? (?:gore|gor|bruge|gentage|indfore|lave|kopiere) (?:det|det samme|noget"
    r" lignende|det ogsa|ligesa)\b"
    r"|\bgaelder (?:det|den) (?:\w+ )?(?:for|i) (?:andre|alle) (?:kommuner|steder)\b"
)
_LAW_SENTENCE = re.compile(
    r"(?:\bservicelov\w*|\blovlig\w*|\btilladt|\bregler\w*|\blov om|\bloven\b|§)"
)


def asks_if_allowed_here(text: str) -> bool:
    """Whether it (just told) is allowed, or may be done elsewhere; names nothing new."""
    return _ALLOWED_HERE.search(_said(text)) is not None


def tells_the_law(sentence: str) -> bool:
    return _LAW_SENTENCE.search(fold(sentence)) is not None


# "hvad skriver Region Midtjylland om X", "ifølge Horsens' strategi, hvad er Y", "hvad står
# der i statusrapporten om Z" (set 36): one of the documents named, and what it says of a
# subject; the source ids of data/knowledge/sources.yml
_SOURCES = (
    ("rm_redegoerelse_2022", r"\bregion midtjylland\w*|\bredegorelse\w*|\bregionens?\b"),
    ("horsens_strategi", r"\bhorsens\w*"),
    ("kl_status_2020", r"\bstatus ?rapport\w*|\bstatus ?maling\w*"),
    (
        "velfaerdsteknologi_2024",
        r"\bundersogelse\w* fra 2024\b|\b2024 ?undersogelse\w*|\bcarenet\w*|\bteknologisk institut"
        r"|\bdanish ?care\b",
    ),
    ("kl_erklaering", r"\bfaelles erklaering\w*|\bkl'?s erklaering\w*"),
)
_SAYS = re.compile(
    r"\b(?:hvad|hvordan) (?:siger|sagde|skriver|mener|star der|stod der|fortaeller|beskriver"
    r"|tænker|taenker) \w+|\bifolge\b|\b(?:i|efter|pa) (?:\w+ ){0,2}(?:strategi|redegorelse"
    r"|statusrapport|statusmaling)\w*"
    # "hvad er Horsens' vision for det" (set 35): what the document sets out
    r"|\b(?:vision\w*|malsaetning\w*|strategi\w*)\b"
)


def source_asked(text: str) -> tuple[str, str] | None:
    """The source a question asks what it says (its id and the words naming it); None
    if it names none, or asks no such thing."""
    said = _said(text)
    if _SAYS.search(said) is None:
        return None
    for source, pattern in _SOURCES:
        found = [m.group(0) for m in re.finditer(pattern, said)]
        if found:
            return source, " ".join(found)
    return None


# "jeg skal holde oplæg for teamet: hvad siger …" (set 36): what someone is about to do,
# then the question after the colon
_ASKING = re.compile(
    r"^(?:hvad|hva|hvem|hvor|hvordan|hvorfor|hvornar|hvilke|hvilken|hvilket|kan|ma|skal"
    r"|findes|er|har)\b"
)


def question_after_preamble(text: str) -> str | None:
    """The question after a colon when the words before it ask nothing; None else."""
    before, colon, after = text.partition(":")
    if not colon or not after.strip() or len(said_words(before)) < 3:
        return None
    if _ASKING.search(_said(before)) or not _ASKING.search(_said(after)):
        return None
    return after.strip()


# "hvem stod bag den, og hvornår" (set 36): who made something and when, asked together
_WHO = re.compile(r"\bhvem\b")
_WHEN = re.compile(r"\b(?:hvornar|hvilket ar|hvilket aar|hvad ar)\b")


def asks_who_and_when(text: str) -> bool:
    said = _said(text)
    return _WHO.search(said) is not None and _WHEN.search(said) is not None


# "hvad hedder den app, rapporten nævner" (set 36): a name asked for
_NAME_ASKED = re.compile(r"\bhvad (?:hedder|hed|kaldes|var navnet pa|er navnet pa)\b")
# a proper name inside a sentence, not one of the documents' authors and places
_PROPER = re.compile(r"(?<=[a-zæøå,] )[A-ZÆØÅ][a-zæøå][\wæøå-]*")
_COMMON_NAMES = frozenset(
    "KL KL's Horsens Horsens' Region Midtjylland Midtjyllands VIVE VIVE's COVID-19 Danmark"
    " Serviceloven Servicelovens".split()
)


def asks_a_name(text: str) -> bool:
    return _NAME_ASKED.search(_said(text)) is not None


def has_a_name(sentence: str) -> bool:
    return any(m.group(0) not in _COMMON_NAMES for m in _PROPER.finditer(sentence))
