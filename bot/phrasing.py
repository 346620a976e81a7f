"""Danish phrasing of lists: read aloud as short lists, not walls of text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.danish.lists import join_list, lower_first
from bot.core.text import fold


def suggestions(names: Sequence[str]) -> str:
    first = names[0]
    return f"Det kunne være {join_list(list(names), 'eller')}. Vil du høre mere om {first}?"


def nothing_more(name: str) -> str:
    return f"Det var det, jeg ved om {lower_first(name)}. Spørg gerne om noget andet."


def examples_of(names: Sequence[str]) -> str:
    return f"For eksempel {join_list(list(names))}."


def in_category(name: str, category: str) -> str:
    return f"{name} hører til kategorien {lower_first(category)}, en af KL's 15 kategorier."


def examples_in_category(category: str, others: Sequence[str]) -> str:
    text = f"Det hører til {lower_first(category)}."
    if others:
        text += f" Andre eksempler er {join_list(list(others))}."
    return text


def helps(text: str) -> str:
    return text


def source_line(titles: Sequence[str], own_summary: bool) -> str:
    text = f"Det står i {join_list(list(titles))}."
    if own_summary:
        text += " Selve forklaringen er Velfærdsassistentens egen korte opsummering."
    return text


def source_title(title: str, publisher: str, year: int | None) -> str:
    return f"»{title}« fra {publisher}" + (f", {year}" if year else "")


SORRY = "Undskyld, at jeg ikke forstod dig."
# Frustration with the assistant: it says sorry before the way to a person.
_FRUSTRATED = re.compile(
    r"\b(?:forstar (?:jo |du )?ingenting|forstar (?:\w+ )?ikke en \w+|dum\w*|irriter\w*|virker ikke"
    r"|misforst\w*|pis\w*|for helvede|fandeme|fanden|lort\w*|ubrugelig\w*|ordentlig\w*|elendig\w*"
    r"|tosse\w*|idiot\w*|gider ikke|svarer (?:\w+ )?forkert|svarer (?:\w+ )?ikke pa det)\b"
)


# A person asked for in so many words ("er der et telefonnummer, hvis jeg hellere vil tale
# med en fra kommunen", "hvem kan jeg ringe til, hvis du ikke kan svare").
_WANTS_A_PERSON = re.compile(
    r"\b(?:telefonnummer|nummer|ringe til|tale med|snakke med|fat i)\b(?: \w+){0,8}"
    r" (?:en fra kommunen|nogen fra kommunen|et menneske|en person|en rigtig|en medarbejder"
    r"|en sagsbehandler|kommunen)\b"
    r"|\bhvem kan (?:jeg|vi|man) (?:ringe|tale|snakke) (?:til|med)\b"
)
# The assistant asked to make a call ("kan du ringe op til min datter for mig").
_CALL_FOR_ME = re.compile(
    r"\b(?:kan|vil|ma) du (?:\w+ )?ringe\b(?: op)?(?: \w+){0,2} (?:til|for|efter) (?!112\b)"
    r"|\bring (?:op )?til (?:min|mit|mine) \w+ for mig\b"
    # a bare order to phone someone ("ring op til min datter", "ring lige til Ole")
    r"|^(?:(?:oh|du|vil du|kan du) )?ring (?:lige |nu )?(?:op )?til (?!112\b|1 1 2\b)\w+"
)
CANNOT_CALL = "Jeg kan ikke selv ringe op til nogen, for jeg er et computerprogram."


def wants_a_person(text: str) -> bool:
    """A human asked for plainly, whatever the model made of the sentence."""
    return _WANTS_A_PERSON.search(" ".join(fold(text).split())) is not None


def asks_me_to_call(text: str) -> bool:
    """The assistant asked to phone someone: it cannot, and says so first."""
    return _CALL_FOR_ME.search(" ".join(fold(text).split())) is not None


def frustrated(text: str) -> bool:
    """The sentence is frustration with the assistant ("du forstår jo ingenting")."""
    return _FRUSTRATED.search(fold(text)) is not None


_MY_NAME = re.compile(
    r"\b(?:hvad (?:er det nu )?(?:hed|hedder) du|hvad var (?:det nu )?dit navn|hvad er dit navn|hvem er du)\b"
)


_MY_DATA = re.compile(
    r"\b(?:kopi|udskrift|indsigt|oversigt|slet\w*|fjern\w*)\b(?: \w+){0,6}"
    r" (?:om mig|om min \w+|om hende|om ham|mine data|mine oplysninger|gemt|gemmer|registreret)\b"
    r"|\bhvad (?:har|ved|gemmer) (?:i|du|i egentlig|du egentlig) (?:\w+ )?(?:om mig|gemt)\b"
    r"|\bhvad (?:bliver|blir|gemmes) (?:der )?(?:\w+ )?(?:gemt )?om (?:borgerne|mig|os|dem|folk)\b"
)


# What "hvad kan du" is told: to the public (the web chat) only what it can do for them;
# a citizen hears the reminders, the day plan and the home too (issue 21: it named only
# technology); staff hear their citizens.
CAPABILITIES = (
    "Jeg kan fortælle om velfærdsteknologi og reglerne for den. Fortæl mig, hvad der er "
    "svært i hverdagen, så foreslår jeg noget, der kan hjælpe."
)
CAPABILITIES_CITIZEN = (
    "Jeg kan minde dig om din medicin og andre ting, holde styr på din dagsplan og tænde og "
    "slukke lys og varme derhjemme, hvis det er sat op. Og jeg kan fortælle om "
    "velfærdsteknologi: sig, hvad der er svært i hverdagen, så foreslår jeg noget."
)
CAPABILITIES_STAFF = (
    "Jeg kan fortælle, hvad dine borgere skal, og om de har taget deres medicin, og ændre "
    "deres påmindelser og plan. Og jeg kan fortælle om velfærdsteknologi og reglerne for den."
)


def capabilities(role: str) -> str:
    """What the assistant can do for this kind of caller (bot.access.policy.Role's value)."""
    return {"borger": CAPABILITIES_CITIZEN, "staff": CAPABILITIES_STAFF}.get(role, CAPABILITIES)


OUT_OF_SCOPE = (
    "Det kan jeg desværre ikke hjælpe med. Jeg kan fortælle om velfærdsteknologi og om, "
    "hvad der kan hjælpe i hverdagen."
)


def asks_about_my_data(text: str) -> bool:
    """ "kan jeg få en kopi af alt det I har om mig": what is stored, and how to get it
    or have it deleted (the privacy answer)."""
    folded = _plain(text)
    return any(
        p.search(folded) for p in (_MY_DATA, _KEPT_ABOUT_ME, _WRITTEN, _LISTENING, _ID_NUMBER)
    )


def asks_my_name(text: str) -> bool:
    """ "hvad hedder du nu igen": the assistant's name, not a repeat of its last words."""
    return _MY_NAME.search(fold(text)) is not None


def contact(name: str, phone: str, hours: str, is_example: bool, sorry: bool = False) -> str:
    text = f"Du kan ringe til {name} på {phone}, {hours}."
    if sorry:
        text = f"{SORRY} {text}"
    if is_example:
        text += " Det er et eksempel, for kommunen har ikke sat sine egne oplysninger op endnu."
    return text


_LISTENING = re.compile(
    r"\b(?:lytter|lytte|horer) (?:du|i|den|assistenten|hojttaleren) (?:med|efter)? ?(?:hele tiden|altid|til alt|pa alt|med)\b"
    r"|\b(?:optager|optage|aflytter|aflytte|overvager) (?:du|i|den|assistenten|hojttaleren|mig|os)\b"
    r"|\b(?:du|den|assistenten|hojttaleren) (?:\w+ ){0,2}(?:lytter|optager|aflytter) (?:med|altid|hele|alt)\b"
)
_ID_NUMBER = re.compile(r"\b(?:cpr\w*|personnummer\w*)\b")
_KEPT_ABOUT_ME = re.compile(
    r"\b(?:i|du) (?:\w+ ){0,2}(?:har|ved|vide|gemmer|gemme|registrerer) (?:\w+ ){0,2}om (?:mig|hende|ham|os|borgeren)\b"
    r"|\bgemmer (?:i|du) (?:det|noget|alt|samtalen|samtalerne|hvad)\b"
)
_WRITTEN = re.compile(
    r"\bhvad sker der med (?:\w+ ){0,2}(?:oplysning\w*|data|det) (?:jeg|vi|man) (?:skriver|siger|taster)"
    r"|\b(?:oplysning\w*|data) (?:jeg|vi|man) (?:skriver|siger|giver) (?:her|til dig)"
)


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def asks_about_listening(text: str) -> bool:
    """ "lytter du med hele tiden?": when the speaker listens and where the sound goes."""
    return _LISTENING.search(_plain(text)) is not None


_COPY_OR_DELETE = re.compile(
    r"\b(?:slet\w*|fjern\w*|kopi\w*|udskrift|indsigt|aktindsigt|glemt|glemme)\b"
)


def privacy(tracker_store: str, said: str = "", contact_line: str = "") -> str:
    """What is kept and who gives it or deletes it; first what was asked, if it was
    whether the speaker listens or whether a CPR number may be written here. Asked for
    a copy or for deletion, the way to the staff who do it (`contact_line`) comes last."""
    folded = _plain(said)
    first = ""
    if _LISTENING.search(folded):
        first = (
            "Højttaleren lytter kun efter »hej assistent«. Lyden bliver i huset og gemmes ikke. "
        )
    elif _ID_NUMBER.search(folded):
        first = "Skriv ikke CPR-numre her. Jeg har ikke brug for dem. "
    kept = (
        "Samtalen gemmes kun i computerens hukommelse og forsvinder, når programmet genstartes."
        if tracker_store == "memory"
        else "Samtalen gemmes i kommunens database en tid, så den kan fortsætte senere."
    )
    return (
        f"{first}Jeg er et computerprogram. {kept} Dine påmindelser gemmes, til du sletter dem. "
        "Jeg optager ikke lyd og deler ikke samtalen med andre. "
        "Personalet kan give dig alt, hvad der er gemt om dig, eller slette det."
        + (f" {contact_line}" if contact_line and _COPY_OR_DELETE.search(folded) else "")
    )


_NUMBERS = {1: "et", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte"}


def general_sources(count: int, publishers: Sequence[str]) -> str:
    n = _NUMBERS.get(count, str(count))
    noun = "dokument" if count == 1 else "dokumenter"
    return (
        f"Jeg har min viden fra {n} offentlige {noun} fra {join_list(list(publishers))}. "
        "Spørg om noget bestemt, så siger jeg, hvor det står."
    )


# Replies the actions choose between; the fixed ones the rules use live in bot/domain/.
NOT_FOUND = (
    "Det ved jeg desværre ikke noget om. "
    "Spørg gerne om en anden velfærdsteknologi, eller sig »hvad kan du«."
)
NEED_NOT_FOUND = (
    "Det kan jeg ikke finde en teknologi til. Kommunen kan hjælpe med at finde den rette "
    "løsning. Sig »menneske«, så får du telefonnummeret."
)
NO_TOPIC = "Hvad vil du gerne høre om? Spørg for eksempel om skærmbesøg eller GPS."
NO_PRICE = "Det har jeg ingen oplysninger om. Sig »menneske«, så får du kommunens telefonnummer."
NOTHING_TO_REPEAT = "Jeg har ikke sagt noget endnu. Hvad kan jeg hjælpe med?"
# A sentence not understood may be an emergency the safety net does not know: the
# way to 1-1-2 is said every time (held-out emergencies most often ended here).
NOT_UNDERSTOOD = (
    "Det forstod jeg desværre ikke. Prøv at sige det på en anden måde, "
    "eller sig »menneske«, så får du et telefonnummer. Er det akut, så ring 1-1-2."
)
