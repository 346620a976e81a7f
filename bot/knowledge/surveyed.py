"""Held-out set 41's classes, read from a message's words: the survey's findings asked
plainly (what is hardest for the municipalities, which technology frees the most time,
which others are named in less measure, what the data is used for), a council that
decides which technologies are allowed, the free-municipality trial with sound
monitoring; and turns of a conversation (what falls under a category named, the fifteen
categories, "nej jeg mente til at drikke" after a suggestion, who decides after the
question of choice, what the assistant can help with, saying no to a machine to have a
person).

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
"""

from __future__ import annotations

import re

from bot.knowledge.facts import said_text as _said

# "hvad er det sværeste for kommunerne", "hvad holder kommunerne mest tilbage", "hvad står
# i vejen for kommunerne", "hvad er kommunernes største udfordring med teknologien"
_HARDEST = re.compile(
    r"\b(?:svaereste|vanskeligste|tungeste|storste (?:problem|udfordring|barriere|hindring|"
    r"forhindring)\w*|holder (?:\w+ ){0,2}(?:mest |isaer )?tilbage|star i vejen|bremser mest"
    r"|hindrer mest|spaender (?:mest )?ben)\b"
)
_MUNICIPALITIES = re.compile(r"\bkommun\w*\b")
# "hvilken tekno sparer mest tid for personalet", "hvad frigør mest arbejdskraft"
_MOST_TIME = re.compile(
    r"\b(?:sparer|spare|frigor|frigore|frigiver|giver|letter) (?:\w+ ){0,2}mest"
    r" (?:tid|arbejdskraft|arbejdstid|hander)\b"
    r"|\bmest (?:arbejdskraftfrigorende|tidsbesparende)\b"
)
# "hvilke øvrige nævnes i mindre omfang", "hvilke andre teknologier nævnes også"
_NAMED_LESS = re.compile(
    r"\bi mindre omfang\b|\b(?:ovrige|andre|flere)\b(?: \w+){0,2} (?:naevnes|naevner|naevnt)\b"
)
# "hva bruger kommunen alt det data fra sensorerne til", "hvad bliver dataene brugt til"
_USED_FOR = re.compile(
    r"\b(?:bruge\w*|brugt|anvende\w*|anvendt|benytte\w*|benyttet)\b(?: \w+){0,8} til$"
    r"|\b(?:bruge\w*|brugt|anvende\w*|anvendt) (?:\w+ ){0,2}til hvad\b"
)
_DATA = re.compile(r"\bdata\w*\b|\boplysninger\w*\b")
# "er der et råd der bestemmer hvilke teknologier der er okay at bruge"
_COUNCIL = re.compile(r"\b(?:rad|radet|raadet|raad)\b")
_DECIDING = re.compile(
    r"\b(?:bestemme\w*|bestemt|godkend\w*|afgor\w*|beslut\w*|vurder\w*|tillad\w*|rådgiv\w*)\b"
)
# "et fri kommune forsøg med lyd overvågning", "frikommuneforsøget"
_FREE_TRIAL = re.compile(
    r"\bfri ?kommune\w*|\blyd ?overvagning\w*|\blyd overvaagning\w*|\blydovervaagning\w*"
)
# "hvad hører egentlig ind under den kategori", "hvad falder under den kategori"
_UNDER_IT = re.compile(
    r"\bhvad (?:\w+ ){0,3}(?:horer|hore|falder|ligger|hor|er|indeholder|daekker|omfatter"
    r"|rummer) (?:\w+ ){0,2}(?:ind )?(?:under )?(?:den|denne|den her|samme) kategori\b"
)
# "fortæl om de femten kategorier", "hvad er de 15 kategorier"
_FIFTEEN = re.compile(r"\b(?:15|femten) (?:\w+ ){0,2}kategori\w*\b")
_WHO_WHEN = re.compile(r"\b(?:hvem|hvornar|hvorfor|hvor mange)\b")
# "nej jeg mente til at drikke", "jeg mener til badet", "nej, til at drikke mente jeg"
_MEANT = re.compile(
    r"^(?:nej,? |na |ah |undskyld,? )*(?:jeg|vi|hun|han) (?:mente|mener|taenkte pa|tanker pa)"
    r"(?: (?:egentlig|faktisk|nu|sadan))* ((?:til|med|om|i|ved) .+)$"
)
# "hvem bestemmer det", "hvem afgør det så"
_WHO_DECIDES = re.compile(
    r"^(?:og |men )?hvem (?:er det (?:der|som) )?(?:bestemmer|afgor|beslutter|vurderer)"
    r"(?: \w+){0,3}$"
)
# "hvad kan du egentlig hjælpe os med her i Nethjælpen"
_HELP_WITH = re.compile(
    r"^(?:og |men |hej |sa )*hvad (?:kan|ka) (?:du|i) (?:\w+ ){0,2}(?:hjaelpe|hjalpe)"
    r" (?:os|mig|dem|borgerne|folk)? ?med\b"
)
# "jeg vil ikke have maskine i hjemmet. jeg vil have menneske. må jeg sige nej"
_NO_MACHINE = re.compile(
    r"\b(?:vil|onsker) (?:\w+ ){0,2}ikke (?:have |ha )?(?:\w+ )?(?:maskine\w*|robot\w*"
    r"|teknologi\w*|skaerm\w*|sensor\w*)\b"
)
_SAYS_NO = re.compile(
    r"\b(?:ma|kan|har) (?:jeg|man|hun|han|vi) (?:\w+ )?(?:sige nej|sige fra|fravaelge|afvise)\b"
)


def _another_year(said: str) -> bool:
    """A year named other than the 2024 survey's ("og i 2022?" asked again): the figure of
    that year, which the answerer's own readings find."""
    return any(year != "2024" for year in re.findall(r"\b20\d\d\b", said))


def asks_hardest(text: str) -> bool:
    """What holds the municipalities back, is hardest for them with technology (in 2024)."""
    said = _said(text)
    return bool(_HARDEST.search(said) and _MUNICIPALITIES.search(said) and not _another_year(said))


def asks_most_time(text: str) -> bool:
    """Which one technology frees the most time for the staff ("hvilke teknologier …",
    several asked, gets the survey's list)."""
    said = _said(text)
    plural = re.search(r"\bhvilke\b", said)
    return bool(_MOST_TIME.search(said) and not plural and not _another_year(said))


def asks_named_less(text: str) -> bool:
    """Which others the survey names, in less measure."""
    return bool(_NAMED_LESS.search(_said(text)))


def asks_data_used_for(text: str) -> bool:
    """What the municipality uses the technologies' data for."""
    said = _said(text)
    return bool(_DATA.search(said) and _USED_FOR.search(said))


def asks_council_decides(text: str) -> bool:
    """A council that decides (or advises on) which technologies may be used."""
    said = _said(text)
    return bool(_COUNCIL.search(said) and _DECIDING.search(said) and "teknolog" in said)


def asks_free_trial(text: str) -> bool:
    """The free-municipality trial with sound monitoring, not who evaluated it or when."""
    said = _said(text)
    return bool(_FREE_TRIAL.search(said) and not _WHO_WHEN.search(said) and "evalu" not in said)


def asks_what_is_under(text: str) -> bool:
    """What falls under a category (named in the same message)."""
    return bool(_UNDER_IT.search(_said(text)))


def asks_fifteen_categories(text: str) -> bool:
    """The fifteen categories, asked to be told, not who made them or when."""
    said = _said(text)
    return bool(_FIFTEEN.search(said) and not _WHO_WHEN.search(said))


def meant_need(text: str) -> str | None:
    """ "nej jeg mente til at drikke": the need meant instead ("til at drikke"); None
    when the message corrects nothing."""
    found = _MEANT.match(_said(text))
    return found.group(1) if found is not None else None


def asks_who_decides(text: str) -> bool:
    """A bare "hvem bestemmer det", of what was just told."""
    return bool(_WHO_DECIDES.match(_said(text)))


def asks_what_help(text: str) -> bool:
    """What the assistant can help with ("her i Nethjælpen" as where one asks)."""
    return bool(_HELP_WITH.search(_said(text)))


def refuses_machine(text: str) -> bool:
    """A machine not wanted at home and whether one may say no."""
    said = _said(text)
    return bool(_NO_MACHINE.search(said) and _SAYS_NO.search(said))
