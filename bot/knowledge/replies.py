"""What the assistant says about welfare technology, in Danish: lists read aloud as short
lists, not walls of text, where it comes from, and what it says when it knows nothing."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.danish.lists import join_list, lower_first


def suggestions(names: Sequence[str], examples: Sequence[str] = ()) -> str:
    first = names[0]
    said = join_list(list(names), "eller")
    if examples:
        said += f", for eksempel {join_list(list(examples), 'eller')}"
    return f"Det kunne være {said}. Vil du høre mere om {first}?"


# A brand asked for: none recommended, and why (Horsens Kommune's strategy).
NO_BRANDS = (
    "Jeg anbefaler ikke bestemte mærker. Som offentlig myndighed må kommunen ikke reklamere"
    " for bestemte produkter eller firmaer. Spørg kommunens visitation eller"
    " hjælpemiddelcenter."
)


def nothing_more(name: str) -> str:
    return f"Det var det, jeg ved om {lower_first(name)}. Spørg gerne om noget andet."


def examples_of(names: Sequence[str]) -> str:
    return f"For eksempel {join_list(list(names))}."


def covers(names: Sequence[str]) -> str:
    """What a category covers, a few of its technologies."""
    return f"Det dækker fx {join_list(list(names))}."


def in_category(name: str, category: str) -> str:
    return f"{name} hører til kategorien {lower_first(category)}, en af KL's 15 kategorier."


def falls_under(category: str) -> str:
    """The short sentence after a thing's definition naming its category (set 56)."""
    return f"Det hører under {lower_first(category)}."


def is_a_category(name: str) -> str:
    return f"{name} er selv en af KL's 15 kategorier af velfærdsteknologi."


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


def behind(title: str, publisher: str, year: int | None) -> str:
    """Who made a document: its publisher "står bag" its title."""
    dated = year is not None and str(year) not in title
    return f"{publisher} står bag »{title}«" + (f" fra {year}." if dated else ".")


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

# "er det en chatbot eller sidder der en frivillig og svarer" (set 29)
A_PROGRAM = (
    "Jeg er en chatbot: et computerprogram, ikke et menneske, og der sidder ingen og svarer. "
    "Sig »menneske«, hvis du vil have et telefonnummer til en person."
)


# -- set 37 ------------------------------------------------------------------------------


def others_in_category(category: str, others: Sequence[str]) -> str:
    """The other members of the category just told ("hvad hører ellers med i den")."""
    return f"I kategorien {lower_first(category)} er der også {join_list(list(others))}."


def _of_getting(name: str | None) -> str:
    return f", om man kan få {lower_first(name)}" if name else ""


def complaint(name: str | None) -> str:
    """Whether one can complain of a refusal: the documents say nothing of it, and the
    municipality decides."""
    return (
        f"Mine kilder siger ikke noget om at klage. Det er kommunen, der afgør{_of_getting(name)}."
        " Spørg kommunens visitation eller hjælpemiddelcenter, hvordan man klager over en"
        " afgørelse."
    )


def waiting(name: str | None) -> str:
    """How long one waits: the documents say nothing of it; the municipality knows."""
    return (
        "Mine kilder siger ikke noget om ventetid. Det er kommunen, der behandler sagen og"
        f" afgør{_of_getting(name)}. Spørg kommunens visitation eller hjælpemiddelcenter,"
        " hvor langt sagen er."
    )


def both_sides(name: str, good: str, drawback: str | None) -> str:
    """The advantages and the drawback of a thing, as its own sentences say them."""
    if drawback is None:
        return f"Fordele: {good} Ulemper nævner mine kilder ikke ved {lower_first(name)}."
    return f"Fordele: {good} Ulemper: {drawback}"


def expected_gains(year: str, named: Sequence[str]) -> str:
    """The technologies the municipalities expected most of in a year, in order."""
    return (
        f"I {year} forventede kommunerne, at disse teknologier vil give de største gevinster"
        f" fremover: {join_list(list(named))}. Forventningerne har stort set ikke ændret sig"
        " siden 2017."
    )
