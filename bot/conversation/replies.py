"""What the assistant says of itself and the conversation: sorry, the way to a person,
what it can do, what it keeps (privacy), and what it says when it did not understand."""

from __future__ import annotations

import re

from bot.conversation.reading import _ID_NUMBER, _LISTENING, spoken_standard
from bot.core.text import fold, plain

SORRY = "Undskyld, at jeg ikke forstod dig."
# A "nej" with nothing waiting for it (action_deny).
DENY_OK = "Det er helt i orden. Sig til, hvis der er andet."


CANNOT_CALL = "Jeg kan ikke selv ringe op til nogen, for jeg er et computerprogram."


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


# What it cannot do, said after what it can when asked ("hvad kan du ikke", set 22).
LIMITS = (
    "Jeg kan ikke give råd om medicin eller sygdom, for det skal lægen eller apoteket. "
    "Jeg kan ikke se journaler eller sager, og jeg er ikke et menneske: sig »menneske«, "
    "så får du et telefonnummer."
)


def capabilities(role: str, limits: bool = False) -> str:
    """What the assistant can do for this kind of caller (bot.access.policy.Role's value),
    and with `limits` what it cannot."""
    told = {"borger": CAPABILITIES_CITIZEN, "staff": CAPABILITIES_STAFF}.get(role, CAPABILITIES)
    return f"{told} {LIMITS}" if limits else told


# A record asked to be read ("kan du se hvad hjemmeplejen har skrevet i journalen"): it
# has no access; who has.
RECORDS = (
    "Nej, jeg kan ikke se journaler eller andet, som hjemmeplejen eller kommunen har skrevet. "
    "Jeg har ikke adgang til dem. Spørg hjemmeplejen eller kommunen."
)


def records(said: str) -> str:
    """No access to records; first, if a CPR number was offered to find one, not to
    write it ("må jeg skrive hans cpr-nummer, så du kan finde hans sag", set 19)."""
    if _ID_NUMBER.search(plain(said)):
        return f"Skriv ikke CPR-numre her. Jeg har ikke brug for dem. {RECORDS}"
    return RECORDS


CANNOT = "Det kan jeg desværre ikke hjælpe med."
# A text asked written for one: what it can do instead, and who helps with an application.
CANNOT_WRITE = (
    "Jeg kan ikke skrive den for dig, men jeg fortæller gerne, hvad mine kilder siger, "
    "så du selv kan skrive. Med en ansøgning kan kommunen hjælpe."
)
# A school assignment asked written (set 44): the municipality does not help with that.
CANNOT_WRITE_ASSIGNMENT = (
    "Jeg kan ikke skrive opgaven for dig, men jeg fortæller gerne, hvad mine kilder siger, "
    "så du selv kan skrive den."
)
_ASSIGNMENT = re.compile(r"\b(?:\w*opgave\w*|stil|stilen|essay\w*)\b")


def cannot_write(said: str) -> str:
    """The decline of a text asked written: an assignment's without the municipality."""
    return CANNOT_WRITE_ASSIGNMENT if _ASSIGNMENT.search(plain(said)) else CANNOT_WRITE


# Something asked sent on: it sends nothing; what it says can be copied.
CANNOT_SEND = (
    "Jeg kan ikke sende noget videre til andre. Du kan selv kopiere mine svar herfra og sende dem."
)
OUT_OF_SCOPE = (
    f"{CANNOT} Jeg kan fortælle om velfærdsteknologi og om, hvad der kan hjælpe i hverdagen."
)
OUT_OF_SCOPE_CITIZEN = (
    f"{CANNOT} Jeg kan minde dig om ting, holde styr på din dag, styre lys og varme, hvis "
    "det er sat op, og fortælle om velfærdsteknologi."
)
OUT_OF_SCOPE_STAFF = (
    f"{CANNOT} Jeg kan fortælle om dine borgeres plan og medicin og om velfærdsteknologi og "
    "reglerne for den."
)


def out_of_scope(role: str) -> str:
    """What it cannot do, and what it can for this kind of caller: a citizen who asks
    for a taxi hears that it keeps her reminders, not only that it knows technology."""
    return {"borger": OUT_OF_SCOPE_CITIZEN, "staff": OUT_OF_SCOPE_STAFF}.get(role, OUT_OF_SCOPE)


def contact(name: str, phone: str, hours: str, is_example: bool, sorry: bool = False) -> str:
    text = f"Du kan ringe til {name} på {phone}, {hours}."
    if sorry:
        text = f"{SORRY} {text}"
    if is_example:
        text += " Det er et eksempel, for kommunen har ikke sat sine egne oplysninger op endnu."
    return text


# Aids asked about when a person is asked for ("hvem skal jeg kontakte i kommunen for at få
# hjælpemidler", set 18): the municipality's visitation or aids centre decides.
AIDS_DECIDED = (
    "Hjælpemidler og velfærdsteknologi søger man hos kommunens visitation eller hjælpemiddelcenter."
)
_AIDS = re.compile(r"\b(?:hjaelpemid\w*|\w*teknologi\w*|\w*alarm\w*|rollator\w*|korestol\w*)\b")


def about_aids(text: str) -> bool:
    """The sentence asks about aids or technology (with a person to call)."""
    return _AIDS.search(fold(text)) is not None


_ADDRESS = re.compile(r"\b(?:adresse\w*|bopael\w*)\b")
_COPY_OR_DELETE = re.compile(
    r"\b(?:slet\w*|fjern\w*|kopi\w*|udskrift|indsigt|aktindsigt|glemt|glemme)\b"
)


def privacy(
    tracker_store: str, said: str = "", contact_line: str = "", public: bool = False
) -> str:
    """What is kept and who gives it or deletes it; first what was asked, if it was
    whether the speaker listens or whether a CPR number may be written here. Asked for
    a copy or for deletion, the way to the staff who do it (`contact_line`) comes last.
    In the public web chat (`public`) what is kept of an anonymous conversation."""
    folded = spoken_standard(plain(said))
    first = ""
    if _LISTENING.search(folded):
        first = (
            "Højttaleren lytter kun efter »hej assistent«. Lyden bliver i huset og gemmes ikke. "
        )
    elif _ID_NUMBER.search(folded):
        first = "Skriv ikke CPR-numre her. Jeg har ikke brug for dem. "
    elif _ADDRESS.search(folded):  # "hvad så med min adresse" after the CPR number (set 21)
        first = "Skriv hverken adresse eller CPR-nummer her. Jeg har ikke brug for dem. "
    if public and not _LISTENING.search(folded):
        return first + _public_privacy(tracker_store, folded, contact_line, warned=bool(first))
    kept = (
        "Samtalen gemmes kun i computerens hukommelse og forsvinder, når programmet genstartes."
        if tracker_store == "memory"
        else "Samtalen gemmes i kommunens database en tid, så den kan fortsætte senere."
    )
    return (
        f"{first}Jeg er et computerprogram. {kept} Dine påmindelser gemmes, til du sletter dem. "
        "Jeg optager ikke lyd og deler ikke samtalen med andre. "
        f"{PRIVACY_TOLD}, eller slette det."
        + (f" {contact_line}" if contact_line and _COPY_OR_DELETE.search(folded) else "")
    )


# Words every privacy answer has: the turn after it may follow it up.
PRIVACY_TOLD = "Personalet kan give dig alt, hvad der er gemt om dig"
PUBLIC_PRIVACY_TOLD = "Her i chatten er samtalen anonym"


def told_privacy(answered: str) -> bool:
    """The assistant's last answer told what is kept."""
    return PRIVACY_TOLD in answered or PUBLIC_PRIVACY_TOLD in answered


def _public_privacy(tracker_store: str, folded: str, contact_line: str, warned: bool) -> str:
    """What the public web chat keeps: an anonymous conversation, kept as the
    conversations are (memory or the database), no reminders; deleting it is asked of
    the municipality (set 22: "kan I slette det hele igen")."""
    kept = (
        "Det, du skriver, bliver kun gemt i computerens hukommelse, til programmet genstartes"
        if tracker_store == "memory"
        else "Det, du skriver, bliver gemt i kommunens database en tid"
    )
    text = (
        f"Jeg er et computerprogram. {PUBLIC_PRIVACY_TOLD}, og jeg ved ikke, hvem du er. "
        f"{kept}, og det deles ikke med andre."
    )
    if not warned:
        text += " Skriv ikke navne, CPR-numre eller helbredsoplysninger her."
    if _COPY_OR_DELETE.search(folded):
        text += " Vil du have noget slettet, kan kommunen hjælpe."
        if contact_line:
            text += f" {contact_line}"
    return text


NOTHING_TO_REPEAT = "Jeg har ikke sagt noget endnu. Hvad kan jeg hjælpe med?"
# Slower speech asked: the voice's speed is set for the speaker by staff.
SLOWER = (
    "Jeg kan ikke selv tale langsommere, men personalet kan stille min stemme langsommere. "
    "Jeg siger det gerne igen."
)
# An everyday ailment told: kind, the way to one's own doctor, never advice on medicine.
AILMENT = (
    "Det er jeg ked af at høre. Er det værre, end det plejer, så tal med din egen læge. "
    "Er det akut, så ring 1-1-2."
)
# A sentence not understood may be an emergency the safety net does not know: the
# way to 1-1-2 is said every time (held-out emergencies most often ended here).
NOT_UNDERSTOOD = (
    "Det forstod jeg desværre ikke. Prøv at sige det på en anden måde, "
    "eller sig »menneske«, så får du et telefonnummer. Er det akut, så ring 1-1-2."
)
