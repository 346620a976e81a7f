"""Held-out set 44's knowledge classes, in our own words: what a thing is, asked in a
relayed question's word order; the price asked right after a subject; a thing described,
not named; talking with a lonely parent over a screen; a need told as what one should be
able to do; KL's definition with a typo; staff shorthand "vt" and whether the
municipalities save money; needs told with a question of what one can get, and who
decides; whether a camera may be put up; which of the 15 categories a thing belongs to.
Each reader (bot/knowledge/relayed.py) on its own, then the Answerer."""

from __future__ import annotations

import pytest

from bot.knowledge import relayed
from bot.knowledge.answers import Answerer
from testkit.knowledge import asked as _asked
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("reader", "yes", "no"),
    [
        (relayed.asks_price, "og hvem skal så betale for det", "hvad er en lift"),
        (relayed.asks_price, "skal min mor selv betale", "min mor betalte selv sin tv"),
        (
            relayed.asks_to_talk_over_screen,
            "hun bor alene og savner os, kan vi tale med hende over video",
            "kan hjemmeplejen tale med hende over video",
        ),
        (relayed.asks_kl_definition, "hvordan definerer KL velfærdsteknologi", "hvad er KL"),
        (relayed.asks_if_it_saves, "sparer man penge på velfærdsteknologi", "sparer tid"),
        (
            relayed.asks_if_it_saves,
            "giver velfærdsteknologi besparelser",
            "hvordan regner man besparelsen ud på velfærdsteknologi",
        ),
        (relayed.asks_camera_allowed, "er det lovligt at have et kamera hos hende", "et kamera"),
        (relayed.asks_which_category, "hvilken kategori falder det ind under", "hvilke findes"),
        (relayed.asks_what_to_get, "hvad kan min mor få til det", "hvad er en GPS"),
        (relayed.asks_who_decides_getting, "hvem afgør om hun kan få en", "hvem er du"),
    ],
)
def test_readers(reader, yes: str, no: str) -> None:  # type: ignore[no-untyped-def]
    assert reader(yes)
    assert not reader(no)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("min onkel vil vide hvad en rollator egentlig er", "rollator"),
        ("jeg forstår ikke hvad sådan en løftestol er for noget", "loftestol"),
        ("han spurgte hvad et sanserum er for en størrelse", "sanserum"),
    ],
)
def test_relayed_subject(text: str, subject: str) -> None:
    assert relayed.relayed_subject(text) == subject


@pytest.mark.parametrize(
    "text", ["hun ved ikke hvad det er", "hvad er en rollator", "vi ved hvad der er sket"]
)
def test_no_relayed_subject(text: str) -> None:
    assert relayed.relayed_subject(text) is None


def test_shorthand_written_out() -> None:
    assert (
        relayed.written_out("virker VT i hjemmeplejen") == "virker velfærdsteknologi i hjemmeplejen"
    )
    assert relayed.written_out("hvad er en lift") == "hvad er en lift"


def test_need_without_avoided() -> None:
    said = "er der noget så hun kan åbne vinduet uden at rejse sig"
    assert relayed.need_without_avoided(said) == "kan åbne vinduet"
    assert relayed.need_without_avoided("hun kan åbne vinduet uden at rejse sig") is None


def test_need_clauses_leave_out_age_home_and_question() -> None:
    told = relayed.need_clauses(
        "mor er 91 og bor i et rækkehus. hun er glemsom og falder tit. hvad kan hun få?"
    )
    assert told == ["hun er glemmer", "falder tit"]


# -- the answerer ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "min far spørger hvad et skærmbesøg egentlig er",
        "vi er i tvivl om hvad sådan et skærmbesøg er for noget",
        "naboen vil gerne vide hvad skærmbesøg faktisk er",
    ],
)
def test_relayed_what_is(real: Answerer, text: str) -> None:  # A
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == "skaermbesoeg", reply


@pytest.mark.parametrize(
    "turns",
    [
        ("hvilke erfaringer har København med skærmbesøg", "og hvem betaler så for det for ham"),
        ("hvad er barriererne", "hvad koster det så for os"),
        ("hvad er etik i velfærdsteknologi", "skal hun selv betale"),
    ],
)
def test_price_after_a_subject(real: Answerer, turns: tuple[str, ...]) -> None:  # B
    assert _says(_asked(real, *turns), "priser", "koster", "betale"), turns


def test_price_after_teknoteket_is_its_own(real: Answerer) -> None:
    reply = _asked(real, "hvad er teknoteket", "hvad koster det at låne noget")
    assert _says(reply, "udlåner", "låne"), reply


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "min mor har fået noget i madrassen så personalet kan se hvordan hun sover,"
            " hvad hedder det",
            {"soevnsensor", "sensormadrasser"},
        ),
        (
            "der står sådan en maskine der deler hans medicin ud, hvad er det for noget",
            {"automatiske_doseringsmaskiner"},
        ),
        (
            "hun har sådan en maskine som husker hende på pillerne, hvad er det for noget",
            {"automatiske_doseringsmaskiner"},
        ),
    ],
)
def test_thing_described(real: Answerer, text: str, topics: set[str]) -> None:  # C
    reply = real.answer_question(text)
    assert reply is not None and reply.topic in topics, reply


@pytest.mark.parametrize(
    "text",
    [
        "mor er ensom og jeg bor langt væk, kan jeg se hende over en tablet",
        "han sidder alene hele ugen, kan vi snakke med ham over video på en måde",
    ],
)
def test_parent_over_a_screen(real: Answerer, text: str) -> None:  # D
    assert _says(real.answer_question(text), "skærm", "video"), text


@pytest.mark.parametrize(
    "text",
    [
        "er der noget så hun kan slukke lyset uden at skulle rejse sig fra sengen",
        "findes der noget sådan at han kan slukke for radioen uden at gå hen til den",
    ],
)
def test_need_told_as_ability(real: Answerer, text: str) -> None:  # E
    assert _says(real.answer_question(text), "smart home", "stemmestyring"), text


@pytest.mark.parametrize(
    "text",
    ["hvordan definerer KL velfærdsteknolgi", "hvad er kl's definition af velfaerdsteknologi"],
)
def test_kl_definition(real: Answerer, text: str) -> None:  # F
    assert _says(real.answer_question(text), "borgernære"), text


@pytest.mark.parametrize(
    "text",
    [
        "vi skal skrive en ansøgning. sparer kommunerne egentlig penge på VT?",
        "giver vt reelt besparelser for kommunerne",
    ],
)
def test_savings_in_shorthand(real: Answerer, text: str) -> None:  # G
    assert _says(real.answer_question(text), "43,7"), text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("jeg er faldet flere gange i stuen, hvad kan jeg få", ("sensor", "alarm")),
        ("mor på 90 bor for sig selv. hun er glemsom, hvad kan hun få", ("struktur", "huske")),
    ],
)
def test_needs_told(real: Answerer, text: str, words: tuple[str, ...]) -> None:  # H
    assert _says(real.answer_question(text), *words), text


def test_who_decides_after_suggestions(real: Answerer) -> None:  # H
    reply = _asked(
        real,
        "mor på 90 bor for sig selv. hun er glemsom, hvad kan hun få",
        "hvem afgør om hun får det",
    )
    assert _says(reply, "kommune", "visitation"), reply


@pytest.mark.parametrize(
    "text",
    [
        "må plejehjemmet sætte et kamera op på hans værelse",
        "er det tilladt at kommunen filmer hende om natten",
    ],
)
def test_camera_rules(real: Answerer, text: str) -> None:  # I
    reply = real.answer_question(text)
    assert reply is not None and reply.topic == "videoovervaagning_ikke_tilladt", reply


@pytest.mark.parametrize(
    "turns",
    [
        ("far har en løftestol, hvilken af de 15 kategorier hører den under",),
        ("hvad er en rollator", "hvilken af de femten kategorier hører det under"),
    ],
)
def test_category_of_a_thing(real: Answerer, turns: tuple[str, ...]) -> None:  # J
    assert _says(_asked(real, *turns), "hører til kategorien"), turns


def test_fifteen_categories_still_listed(real: Answerer) -> None:
    assert _says(real.answer_question("hvad er de 15 kategorier"), "15 kategorier")
