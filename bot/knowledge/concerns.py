"""What a question, or a sentence of the documents, is about, in everyday words.

Watching and alarms in a care home, help with one's own device, approval and why it is
slow, borrowing an aid, brands, money for trying new technology, being made to accept
technology, technology instead of care, and who decides. The answerer
(bot/knowledge/answers.py) decides what to say; this module only recognises. Patterns
match folded words (bot.core.text.fold; "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.core.text import fold, words
from bot.knowledge import consent
from bot.knowledge.model import Item

# A resident watched in a care home (folded): the place or the people, the camera or
# microphone, and the alarm or sensor.
RESIDENT = re.compile(
    r"\b(?:botilbud\w*|bosted\w*|plejehjem\w*|plejecent\w*|institution\w*|vaerelse\w*"
    r"|beboer\w*|personalet|paedagog\w*|dor|doren|hans dor|hendes dor|seng|sengen)\b"
)
WATCHING = re.compile(
    r"\b(?:video\w*|\w*kamera\w*|film\w*|overvag\w*|lydovervag\w*|mikrofon\w*|babyalarm\w*)\b"
)
ALARMING = re.compile(r"\b(?:\w*alarm\w*|\w*sensor\w*|gps\w*|las|lase|aflas\w*)\b")
_DEVICE = r"(?:tablet\w*|ipad\w*|i pad\w*|computer\w*|smartphone\w*|mobiltelefon\w*|internet\w*|pc)"
_DEVICE_HELP = re.compile(
    r"\bhjaelpe? (?:mig|hende|ham|os|borgeren|min \w+|sin \w+) (?:med|til) (?:\w+ ){0,2}"
    + _DEVICE
    + r"|\bhjaelp til (?:\w+ ){0,2}"
    + _DEVICE
    + r"|\blaere (?:\w+ )?at bruge (?:\w+ ){0,2}"
    + _DEVICE
    + r"|\b"
    + _DEVICE
    + r"\b.*\b(?:fa|far|faa) (?:noget )?hjaelp\b"
    # "få hjælp til at lære sin iPad", "hjælp med at komme i gang med hans tablet" (set 7)
    + r"|\bhjaelp\w* (?:til|med) (?:\w+ ){0,6}"
    + _DEVICE
    # "ikke ret god til det der ipad ... hvor ka jeg få nogen til at hjælpe mig" (set 11)
    + r"|\b"
    + _DEVICE
    + r"\b.*\b(?:fa|far|faa) (?:nogen|noget|en) til at hjaelpe\b"
    # "... fået en ipad ... er der nogen på biblioteket der kan hjælpe ham" (set 12)
    + r"|\b"
    + _DEVICE
    + r"\b.*\b(?:nogen|noget|en|frivillige) (?:\w+ ){0,3}(?:der|som) (?:kan|vil) hjaelpe\b"
    + r"|\b(?:ikke|ik) (?:\w+ )?(?:god|goed|vant|dygtig|skrap|sa god) til (?:\w+ ){0,3}"
    + _DEVICE
)


def asks_device_help(text: str) -> bool:
    """ "hvem kan hjælpe mig med min nye tablet", "fået en iPad ... kan hun få hjælp";
    not "kan en tablet hjælpe min mor med at huske"."""
    said = " ".join(words(text))
    if _AGAINST_A_NEED.search(
        said
    ):  # "... en ipad ... noget teknologi der kan hjælpe mod ensomhed" (set 18)
        return False
    return _DEVICE_HELP.search(said) is not None


_AGAINST_A_NEED = re.compile(
    r"\bhjaelpe? mod\b|\b(?:teknologi\w*|hjaelpemid\w*|losning\w*) (?:der|som) (?:kan|vil) hjaelpe\b"
)


# A person or a phone number asked for, not a fact.
TALK_TO = (
    "menneske", "person", "ringe", "ring", "telefon", "telefonnummer", "nummer", "nummeret",
    "kontakt", "kontakte", "tale med", "snakke med", "medarbejder",
)  # fmt: skip
# A subject of the documents that is itself an aid (folded): "… er et hjælpemiddel, der".
AN_AID = re.compile(r"\ber et hjaelpemiddel\b")

# Why an approval takes so long (folded): "hvorfor tager det så lang tid at få godkendt".
TAKES_LONG = re.compile(
    r"\b(?:tager|tage|tog|varer|vare|trækker|traekker) (?:\w+ ){0,3}?(?:lang|lange) tid\b"
    r"|\b(?:tager|varer|trækker|traekker) (?:\w+ ){0,2}?(?:sa |saa )?(?:laenge|længe) "
    r"|\blang (?:sagsbehandling|ventetid|proces)"
)
APPROVAL = re.compile(r"\b(?:godkend\w*|tilladelse\w*|lov til|bevilge\w*|bevilling\w*)\b")
LONG_PROCESS = re.compile(r"\blang proces\b")

# Surveillance and privacy said in everyday words (folded).
WATCHED = re.compile(r"\b(?:overvag\w*|privatliv\w*|indgreb\w*|kontrol med)\b")


# A thing used on a screen (folded).
_DIGITAL = re.compile(
    r"\b(?:tablet\w*|ipad\w*|computer\w*|smartphone\w*|internet\w*|app|apps|video\w*|skaerm\w*)\b"
)


def digital(item: Item) -> bool:
    """A thing used on a screen: the volunteers of Nethjælpen help with it."""
    return _DIGITAL.search(fold(" ".join((item.name, item.summary)))) is not None


# Small aids borrowed or tried before buying ("kan man låne dem", "prøve dem af først").
BORROW = re.compile(
    r"\b(?:lane|laane|lan|udlan\w*|afprove|afprover|prove (?:\w+ ){0,4}af|teste|tester|afteste)\b"
)
AIDS = re.compile(r"\b(?:sma |smaa )?hjaelpemid\w*\b")
# A brand or a make to recommend.
BRAND = re.compile(r"\b(?:maerke\w*|fabrikat\w*|producent\w*|firma\w*)\b")
RECOMMEND = re.compile(
    r"\b(?:anbefal\w*|bedst\w*|kob\w* hos|hvilke[nt]? (?:\w+ ){0,2}skal (?:jeg|vi|hun|han|man)"
    r" (?:kobe|vaelge|tage))\b"
)
# Money asked for to try out or start new technology.
FUNDING = re.compile(
    r"\b(?:soge|soger|ansoge|ansoger|fa|far|finde|skaffe|hente|sta) (?:\w+ ){0,2}"
    r"(?:penge|midler|stotte|tilskud|finansiering|okonomi)\b"
)
TRYING_NEW = re.compile(
    r"\b(?:ny|nye|nyt) (?:\w+ )?(?:teknologi\w*|velfaerdsteknologi\w*|losning\w*)"
    r"|\b(?:afprov\w*|prove (?:\w+ ){0,4}af|forsog\w*|projekt\w*|pilotprojekt\w*)\b"
)


# Whether one can be made to use a technology, or may say no: the documents' topic of
# voluntariness and self-determination, not the technology's own rules (set 5: "kommunen
# vil ha mig til at bruge en spiserobot ... må de tvinge mig").
_FORCED = re.compile(
    r"\b(?:tvinge\w*|tvang\w*|tvunget|fravaelg\w*|sige nej|nej tak til|naegte\w*"
    # "kan kommunen bare bestemme, at min mor skal have skærmbesøg" (set 11)
    r"|(?:kan|ma|bestemmer) (?:kommunen|de|i|hjemmeplejen) (?:bare |selv |bare selv )?(?:bestemme|beslutte)\w*"
    r"|frivillig\w*|pligt\w*|insister\w*|ingen lyst|ikke lyst|afsla\w*|takke nej"
    # "kan min far få en gps selvom han siger han ikke vil have den" (set 18)
    r"|selvom (?:\w+ ){1,4}(?:ikke vil|ikke onsker|siger nej|naegter)|mod (?:hans|hendes|sin|min) vilje"
    # "behøver jeg at tage imod den", "skal hun ta imod en robot" (set 7)
    r"|behover (?:\w+ ){1,2}(?:tage|ta) imod|(?:skal|ma) (?:jeg|a|hun|han|vi|man) (?:\w+ )?"
    r"(?:tage|ta) imod|(?:behover|skal) (?:jeg|a|hun|han|vi|man) (?:\w+ )?(?:have|ha) (?:den|det|en|et)"
    r"|(?:helst|hellere) (?:vil|ville) (?:\w+ )?(?:have|ha) (?:at )?(?:\w+ )?(?:sygeplejersk\w*"
    r"|hjemmehjaelper\w*|hjemmepleje\w*|et menneske|en person|besog))\b"
)


def asks_if_forced(text: str) -> bool:
    return _FORCED.search(fold(text)) is not None or consent.asks_against_will(text)


# Technology instead of people, asked (set 18): the documents' answer is a supplement
# (not "i stedet for" alone: "at hjemmeplejen ska komme på skærmen i stedet for at komme
# herud" asks what screen visits are, set 11).
REPLACES = re.compile(r"\b(?:erstat\w*|overtag\w*|afloes\w*|aflos\w*|traede i stedet)\b")
CARE_PEOPLE = re.compile(
    r"\b(?:hjemmehjaelp\w*|personale\w*|medarbejder\w*|mennesker|menneske|menneskelig\w*|besog"
    r"|omsorg\w*|plejen|sosu\w*|hjemmepleje\w*|plejepersonale\w*"
    # "erstatte de søde hjælpere, der kommer hos os" (set 37)
    r"|hjaelpere|hjaelperne|hjemmehjaelpere|plejere|plejerne)\b"
)
STILL_VISITS = re.compile(
    r"\b(?:stadig|fortsat) (?:\w+ )?(?:besog|hjemmehjaelp\w*)\b.*\b(?:rigtige|levende) mennesker\b"
)
# "er det ikke bare for at spare på hjemmehjælpen med al den teknologi" (set 29)
CARE_OR_TECHNOLOGY = re.compile(
    r"\b(?:hjemmehjaelp\w*|personale\w*|medarbejder\w*|pleje\w*|omsorg\w*|hjemmepleje\w*"
    r"|teknologi\w*|velfaerdsteknologi\w*|robot\w*|skaerm\w*)\b"
)

# Who, in a topic's sentences, decides (set 13).
DECIDER = re.compile(r"\b(?:kommunalbestyrelse\w*|styregrupp\w*|visitat\w*|afgor)\b")
# A sentence that says the effort grows ("forventer, at deres indsats … bliver større")
LARGER_EFFORT = re.compile(r"\bindsats\w* (?:\w+ ){0,4}?(?:bliver )?(?:storre|mere)\b")
# A sentence that says what a decider looks at ("Kommunalbestyrelsen ser bl.a. på, om …")
LOOKS_AT = re.compile(
    r"\b(?:ser|kigger|lagger vaegt|laegger vaegt) (?:bl\.a\. |blandt andet |ogsa )?pa, (?:om|at)\b"
)
# The municipal council, or force used on a resident.
COUNCIL = re.compile(r"\bkommunalbestyrels\w*|\bmagtanvend\w*")
# A sentence that tells how a figure changed.
CHANGE_TOLD = re.compile(r"\b(?:steget|faldet|fald|stigning|aendret)\b")
