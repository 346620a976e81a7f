"""Questions that ask for advice about medicine or doses: never answered, ever.

The model sends most of them to `ask_medical_advice`; one it sends elsewhere ("må du
give mig råd om min medicin" read as a question about the rules) must still get the
same answer, not a fact that happens to share its words.
"""

from __future__ import annotations

import re

from bot.core.text import fold

# the medicine itself, not a technology named after it ("medicindispenser")
_MEDICINE = (
    r"(?:\w*medicin|\w*medicinen|\w*pille|\w*pillen|\w*piller|\w*pillerne|\w*tablet|\w*tabletten"
    r"|\w*tabletter|\w*tabletterne|dosis|dosen|doser|doserne|mg|milligram|panodil\w*|pinex\w*"
    r"|ipren\w*|pamol\w*|paracetamol\w*|ibuprofen\w*|magnyl\w*|morfin\w*|treo\w*|kodimagnyl\w*"
    r"|smertestillende|sovemedicin\w*|insulin\w*)"
)
_ADVICE = re.compile(
    rf"\b(?:rad|raad|radgiv\w*|raadgiv\w*|anbefal\w*)\b(?: \w+){{0,4}} {_MEDICINE}\b"
    # "kan du give medicinske råd" (set 33): advice named by its kind
    r"|\b(?:medicinsk\w*|laegefaglig\w*|sundhedsfaglig\w*) (?:rad|raad|radgivning|raadgivning|vejledning)\b"
    rf"|\bhvor mange {_MEDICINE}\b(?: \w+){{0,3}} (?:ma|kan|ka|skal|ska|bor) (?:jeg|man|hun|han|vi)\b"
    # "hvor mange sovepiller ka jeg ta" as speech is written (set 6)
    # "hvor mange af de der hovedpinepiller må jeg tage", "hvor meget paracetamol må en
    # dame på 88 få" (issue 21, set 3)
    rf"|\bhvor (?:mange|meget)\b(?: \w+){{0,4}} {_MEDICINE}\b(?: \w+){{0,6}} (?:ma|kan|ka|skal|ska|bor)\b"
    rf"|\b(?:ma|kan|ka|skal|ska|bor) (?:jeg|man|hun|han|vi|de|min \w+|mit \w+|mor|far) (?:godt )?"
    rf"(?:tage|ta|give|fa)\b(?: \w+){{0,5}}"
    r" (?:sammen med|oven i|ovenpa|ekstra|dobbelt|mere end|flere end|i stedet for)\b"
    # "må jeg egentlig godt tage tre af dem når knæet driller" after a reminder (set 13)
    r"|\b(?:ma|kan|ka|skal|ska|bor|tor) (?:jeg|man|hun|han|vi|min \w+|mor|far)"
    r" (?:(?:egentlig|godt|gerne|bare|lige|ogsa|sa) )*(?:tage|ta|give|fa)"
    r" (?:to|tre|fire|fem|seks|\d+|flere|et par|en ekstra|endnu en)(?: \w+)? (?:af dem|af de"
    # not "to af mine veninder med" (friends brought along)
    r"|af (?:mine|hans|hendes)(?! (?:veninde|venne|ven|born|borneborn|gaest|nabo|kolleg|sostre|bror|brodre)\w*)"
    # "må jeg så godt ta fire på en gang" in a reminder's dialogue (set 15)
    r"|pa en gang|ad gangen|samtidig|om dagen|i dognet|lige efter hinanden)\b"
    # "må jeg tage to hvis jeg har glemt dem dagen før" after a reminder (set 17)
    r"|\b(?:ma|kan|ka|skal|ska|bor|tor) (?:jeg|man|hun|han|vi|min \w+|mor|far) (?:(?:egentlig|godt|sa|bare) )*(?:tage|ta|give|fa)"
    r" (?:to|dobbelt|dem begge|begge|\w+ ekstra)\b(?! med\b)(?: \w+){0,3} (?:hvis|nar|fordi|naar) (?:\w+ ){0,3}"
    r"(?:glemt|glemte|glemmer|sprunget over|springer over|ikke (?:fik|tog|har taget))\b"
    # the forgotten dose told first (set 50): "jeg glemte en af mine hjertepiller i går,
    # må jeg tage to i dag så"
    rf"|\b(?:glemt|glemte|glemmer|glem|sprang|sprunget)\b(?:,? \w+){{0,5}}? {_MEDICINE}\b(?:,? \w+){{0,5}},?"
    r" (?:ma|kan|ka|skal|ska|bor|tor)"
    r" (?:jeg|a|man|hun|han|vi|min \w+|mor|far) (?:(?:egentlig|godt|sa|bare|sa bare) )*(?:tage|ta|give|fa)"
    r" (?:to|dobbelt|dem begge|begge|\w+ ekstra|en ekstra|dobbelt dosis)\b(?! med\b)"
    # more or less of one's medicine (set 35): "må hun godt få lidt mere af sin sovemedicin"
    r"|\b(?:ma|kan|ka|skal|ska|bor|tor) (?:jeg|man|hun|han|vi|de|min \w+|mit \w+|mor|far)"
    r" (?:(?:egentlig|godt|gerne|bare|lige|ogsa|sa|evt|eventuelt) )*(?:tage|ta|give|fa)"
    r" (?:(?:lidt|noget|en smule|en) )?(?:mere|mindre|storre|hojere|lavere|flere|ekstra)\b"
    rf"(?: \w+){{0,3}} {_MEDICINE}\b"
    rf"|\b(?:oge|haeve|saenke|nedsaette|skrue op for|skrue ned for)\b(?: \w+){{0,3}} {_MEDICINE}\b"
    # "er det farligt at tage min blodtryksmedicin sammen med kaffen" (held-out set 4)
    rf"|\ber det (?:\w+ )?(?:farligt|okay|ok|i orden|skadeligt|sikkert|slemt)\b(?: \w+){{0,2}}"
    rf" (?:at )?(?:tage|give|blande)\b(?: \w+){{0,3}} {_MEDICINE}\b(?: \w+){{0,3}}"
    r" (?:sammen med|oven i|med|efter|for|til)\b"
    # how to take it (set 37): "må han knuse tabletterne og tage dem i yoghurt", "kan
    # hun dele pillerne", "kan jeg opløse hans medicin i vand"
    rf"|\b(?:ma|kan|ka|skal|ska|bor|tor) (?:jeg|man|hun|han|vi|de|min \w+|mit \w+|mor|far)"
    r" (?:(?:egentlig|godt|gerne|bare|lige|ogsa|sa) )*(?:knuse|dele|halvere|oplose|blande"
    rf"|tygge|male|putte|rore)\b(?: \w+){{0,3}} {_MEDICINE}\b"
    rf"|\b(?:tage|ta|give|fa|sluge) {_MEDICINE}\b(?: \w+){{0,2}} (?:i|med|pa) (?:yoghurt\w*"
    r"|\w*mad|vand|juice|saft|\w*grod|\w*mos|syltetoj|kaffe|mælk|maelk|is)\b"
)


# whether the assistant answers questions about medicine or illness at all ("svarer du
# også på spørgsmål om medicin og sygdom", set 19 and 21): the same answer
_ASKED_ABOUT_MEDICINE = re.compile(
    r"\b(?:svar\w*|hjaelp\w*|rad\w*) (?:\w+ ){0,3}sporgsmal om (?:\w+ ){0,3}"
    r"(?:medicin\w*|bivirkning\w*|sygdom\w*|piller)\b"
    r"|\bbivirkning\w*\b"
)


_TECHNOLOGY = re.compile(
    r"\b(?:\w*teknologi\w*|hjaelpemid\w*|losning\w*|\w*dispenser\w*|\w*robot\w*|app|apps"
    r"|\w*maskine\w*|\w*automat\w*|\w*aeske\w*|pamindelse\w*|kommunen\w*|maerke af tablet)\b"
)


def asks_medical_advice(text: str) -> bool:
    """True for a question asking what medicine to take, how much, or with what; not
    for one about the technology that helps with medicine."""
    said = " ".join(re.sub(r"['’´`]", "", fold(text)).split())  # "ipren'er"
    if _ASKED_ABOUT_MEDICINE.search(said) is not None:
        return True
    return _ADVICE.search(said) is not None and _TECHNOLOGY.search(said) is None
