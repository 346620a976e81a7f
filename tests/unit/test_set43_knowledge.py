"""Held-out set 43's knowledge classes, in our own words: the barriers after the first,
recruitment and its trend, how much the citizens are involved, Copenhagen's screen
visits, whether the municipalities expect to do more, the map of the municipalities'
projects, staff shorthand asking for technologies for a need, trying before buying
(typed without æøå too), talking with family far away over a screen, "og for min kone"
after a practical answer, and a parent's questions about a child (welfare technology
and its rules for children, the child's own view, a sanserum, sleep sensors, a GPS as
surveillance, aids at school, applying for an aid and the wait), and bad hearing. Each
reader (bot/knowledge/heard.py) on its own, then the Answerer through the methods the
actions call."""

from __future__ import annotations

import pytest

from bot.knowledge import heard
from bot.knowledge.answers import BARRIERS, Answerer
from bot.knowledge.topics import GETTING
from testkit.knowledge import all_say as _all_say
from testkit.knowledge import every_way as _every_way
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("reader", "yes", "no"),
    [
        (heard.asks_recruitment, "hvor mange kommuner kan ikke rekruttere", "hvad er en lift"),
        (heard.asks_citizens_involved, "inddrager man borgerne", "inddrager man medarbejderne"),
        (heard.asks_effort_ahead, "vil kommunerne skrue op for indsatsen fremover", "skru op"),
        (
            heard.asks_others_projects,
            "hvor kan jeg se andre kommuners projekter",
            "hvad er et projekt",
        ),
        (heard.asks_copenhagen_visits, "skærmbesøg i København", "skærmbesøg i Horsens"),
        (heard.asks_to_try_first, "kan man prøve dem før man køber", "hvad koster den"),
        (heard.asks_family_over_screen, "kan jeg tale med min datter over video", "min datter"),
        (heard.asks_for_another, "og for min kone", "og for resten"),
        (heard.asks_also_children, "er det også for børn", "hvad er et barn"),
        (heard.asks_rules_for_children, "er reglerne de samme for børn og voksne", "regler"),
        (heard.asks_own_view_heard, "bliver hendes egen mening hørt", "hvad mener du"),
        (heard.asks_sleep_sensors, "kan en sensor måle hvordan hun sover", "hun sover godt"),
        (heard.asks_if_tracking_is_watching, "er en GPS ikke overvågning", "hvad er en GPS"),
        (heard.asks_aids_at_school, "må hun have sine hjælpemidler med i skole", "skolen"),
        (heard.asks_wait_for_answer, "hvor lang tid går der før vi får svar", "hvor er det"),
        (heard.tells_bad_hearing, "min far hører dårligt", "det hører til i køkkenet"),
    ],
)
def test_readers(reader, yes: str, no: str) -> None:  # type: ignore[no-untyped-def]
    assert reader(yes)
    assert not reader(no)


def test_next_places_only_of_barriers() -> None:
    assert heard.asks_next_places("og hvad kom så ind på de næste pladser", True)
    assert heard.asks_next_places("hvad er den næststørste barriere", False)
    assert not heard.asks_next_places("og hvad kom så ind på de næste pladser", False)


def test_shorthand_written_out() -> None:
    assert heard.written_out("pt. faldtruet. tryghedstekn.?") == (
        "borgeren falder tit. tryghedsteknologi?"
    )
    assert heard.written_out("hvad er en GPS") == "hvad er en GPS"


def test_the_first_question() -> None:
    assert heard.first_question("Hvad er en loftlift, og kan den bruges hjemme?") == (
        "Hvad er en loftlift?"
    )
    assert heard.first_question("hvad er det for noget GPS min søster taler om") == (
        "hvad er det for noget GPS?"
    )
    assert heard.first_question("hvad koster en GPS") is None


# -- the survey asked plainly -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Og hvad kom så ind på de næste pladser efter det?",
        "og hvad kommer derefter",
        "hvad var på andenpladsen",
    ],
)
def test_the_barriers_after_the_first(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text, BARRIERS, 0), "47,5", "økonomi")


def test_the_next_barrier_named(real: Answerer) -> None:
    _all_say(_every_way(real, "hvad er den næststørste barriere for kommunerne"), "47,5")


@pytest.mark.parametrize(
    "text",
    [
        "Hvor mange kommuner oplever i dag problemer med at rekruttere personale til "
        "omsorgsfagene, som for eksempel sosu-assistenter, og er det blevet bedre eller "
        "værre end året før?",
        "er det blevet sværere eller bedre at rekruttere sosu'er end sidste år",
        "hvor mange kommuner har svært ved at rekruttere til plejen",
    ],
)
def test_recruitment_and_its_trend(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "71,3", "20,2")


def test_recruitment_trend_says_the_fall(real: Answerer) -> None:
    told = real.answer_question("er rekrutteringen blevet bedre eller værre siden sidste år")
    assert _says(told, "71,3") and _says(told, "20,2")


@pytest.mark.parametrize(
    "text",
    [
        "I hvor høj grad bliver borgerne inddraget, når kommunerne indfører ny "
        "velfærdsteknologi – det er nemlig noget, vores ældreråd lægger meget stor vægt på?",
        "inddrager kommunerne borgerne når de vælger teknologi",
        "bliver borgerne involveret i velfærdsteknologien",
    ],
)
def test_citizens_involved(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "55 %", "27,5")


@pytest.mark.parametrize(
    "text",
    [
        "Forventer kommunerne generelt at skrue op eller ned for deres indsats på det "
        "velfærdsteknologiske område i de kommende år, sådan som det ser ud i den seneste "
        "undersøgelse?",
        "vil kommunerne skrue op for velfærdsteknologien fremover",
        "forventer man en større eller mindre indsats i de kommende år",
    ],
)
def test_effort_ahead(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "83,8")


@pytest.mark.parametrize(
    "text",
    [
        "Findes der et sted, hvor man kan se, hvilke projekter og afprøvninger andre "
        "kommuner har gang i, så vi ikke opfinder den dybe tallerken igen?",
        "hvor kan vi finde andre kommuners erfaringer med velfærdsteknologi",
        "er der en oversigt over de projekter de andre kommuner laver",
    ],
)
def test_the_map_of_projects(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "landkort")


@pytest.mark.parametrize(
    "text",
    [
        "Hvad gør man i Københavns Kommune med skærmbesøg, og hvor længe har man egentlig "
        "tilbudt det derinde, og til hvilke borgere?",
        "siden hvornår har København haft skærmbesøg",
        "hvem kan få skærmbesøg i Københavns Kommune",
    ],
)
def test_copenhagens_screen_visits(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "2016")


# -- staff, trying first, the family ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "pt. faldtruet, bor alene. relevante tryghedstekn.?",
        "pt. falder tit. tryghedstekn.?",
        "borger faldtruet, hvilke tekn. er relevante?",
    ],
)
def test_staff_shorthand_for_a_need(real: Answerer, text: str) -> None:
    told = real.best_guess(text)
    assert _says(told, "fald", "sensorgulv"), told
    assert told is not None
    price = real.follow_up("hvad koster det for pt.", told.topic, told.more_index)
    assert _says(price, "kommune")


@pytest.mark.parametrize(
    "text",
    [
        "hvor kan jeg proeve de ting foer jeg koeber noget",
        "Kan man låne noget og prøve det af derhjemme, inden vi søger om det?",
        "kan vi teste hjælpemidlerne før vi køber",
        "hvor kan man laane og proeve ting inden man soeger",
    ],
)
def test_trying_before_buying(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "Teknotek")


@pytest.mark.parametrize(
    "text",
    [
        "kan jeg snakke med min soen paa faeroeerne over en skaerm",
        "kan min mor tale med sine børnebørn over video",
        "kan jeg se mit barnebarn på en tablet når hun bor i Aarhus",
    ],
)
def test_family_over_a_screen(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "skærm", "video")


@pytest.mark.parametrize("text", ["og for min kone", "og til min mand", "hvad med min mor"])
def test_for_another_after_a_practical_answer(real: Answerer, text: str) -> None:
    first = real.answer_question("hvor kan jeg faa en rollator", entities=["Rollatorer"])
    assert first is not None and _says(first, "kommune")
    told = real.best_guess(text, first.topic, first.more_index)
    assert _says(told, "visitation") and told is not None and told.refer


# -- a child ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hej, min søn på 9 har cerebral parese. Gælder velfærdsteknologi også for børn, "
        "eller er det kun noget for ældre?",
        "er velfærdsteknologi kun til de ældre",
        "bruges velfærdsteknologi også til børn",
    ],
)
def test_welfare_technology_for_children(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "børn")


@pytest.mark.parametrize(
    "text",
    [
        "Er reglerne for tryghedsteknologi anderledes for børn end for voksne? Min søn "
        "løber nogle gange væk, og jeg er bange for, at der sker ham noget",
        "gælder de samme regler for børn som for voksne",
        "er der forskel på loven for børn og voksne med GPS",
    ],
)
def test_rules_for_children_and_adults(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "voksenansvar")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bliver hans egen mening overhovedet hørt, når kommunen skal vurdere det?", "synspunkt"),
        ("bliver barnets egen mening hørt", "modenhed"),
        ("tæller min datters synspunkt med", "modenhed"),
    ],
)
def test_the_own_view_heard(real: Answerer, text: str, word: str) -> None:
    _all_say(_every_way(real, text, "gps_systemer", 0), word)


@pytest.mark.parametrize(
    "text",
    [
        "Hvad er et sanserum, og kan det være noget for et barn som min søn?",
        "hvad er et snoezelrum, og kan det hjælpe børn",
    ],
)
def test_what_a_sensory_room_is(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "sanserum")


@pytest.mark.parametrize(
    "text",
    [
        "Han sover meget uroligt. Findes der sensorer, der kan registrere, hvordan han sover?",
        "kan man måle hvordan hun sover",
        "findes der en sensor til søvn",
    ],
)
def test_sleep_sensors(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "søvnsensor")
    assert _says(real.suggest_for_need(text), "søvn")


@pytest.mark.parametrize(
    "text",
    [
        "Er det ikke overvågning at give et barn en GPS? Jeg har dårlig samvittighed over "
        "overhovedet at overveje det",
        "er en GPS til min søn ikke bare overvågning",
        "overvåger man ikke sit barn med en gps",
    ],
)
def test_a_gps_as_surveillance(real: Answerer, text: str) -> None:
    _all_say(_every_way(real, text), "overvågning")


@pytest.mark.parametrize(
    "text",
    [
        "Kan han tage de hjælpemidler, han har derhjemme, med i skolen, eller skal skolen "
        "søge om sine egne?",
        "hvem sørger for hjælpemidler i børnehaven",
    ],
)
def test_aids_at_school(real: Answerer, text: str) -> None:
    for told in _every_way(real, text):
        assert _says(told, "visitation") and told.refer


def test_the_way_to_an_aid_its_price_and_the_wait(real: Answerer) -> None:
    told = real.best_guess("Hvor søger vi om et hjælpemiddel til ham? Undskyld hvis det er dumt")
    assert told is not None and told.topic == GETTING and told.refer
    price = real.follow_up("Hvem betaler for det?", told.topic, told.more_index)
    assert _says(price, "visitation")
    for text in (
        "Og hvor lang tid tager det typisk, før man får svar?",
        "hvor længe går der før vi får en afgørelse",
    ):
        for reply in _every_way(real, text, told.topic, told.more_index):
            assert _says(reply, "ventetid") and reply.refer


@pytest.mark.parametrize(
    "text",
    [
        "jeg hører så dårligt efterhånden findes der noget teknik der kan hjælpe mig",
        "min mand er tunghør, hvad findes der",
        "jeg har fået dårlig hørelse",
    ],
)
def test_bad_hearing(real: Answerer, text: str) -> None:
    for told in _every_way(real, text):
        assert _says(told, "visitation") and told.refer


def test_screen_visits_a_daughter_talks_of(real: Answerer) -> None:
    for text in (
        "hvad er det for noget skærmbesøg min datter snakker om",
        "hvad er det for noget GPS min søster har nævnt",
    ):
        told = real.answer_question(text)
        assert told is not None and told.topic in ("skaermbesoeg", "gps_systemer"), told


def test_a_practical_question_about_a_sleep_sensor_is_the_practical_answer(
    real: Answerer,
) -> None:
    # set 37 lost this to the sleep-sensor reader: the price and where to try it were asked
    said = (
        "Jeg har to spørgsmål, hvis jeg må. Min mand sover uroligt, og sygeplejersken nævnte "
        "en sensormadras. Skal vi selv betale for den, og kan man låne en på prøve først?"
    )
    assert not heard.asks_sleep_sensors(said)
    assert heard.asks_sleep_sensors("Findes der noget, der kan måle hvordan min mor sover?")


# -- how far set 43's readers read: what they took from opened sets before (stop 54) --------


@pytest.mark.parametrize(
    ("reader", "not_it"),
    [
        # "spørger" folds to "sporger": not tracking
        (heard.asks_if_tracking_is_watching, "hun spørger om de må overvåge ham med et kamera"),
        # money to try new solutions at work: the pool, not trying an aid first
        (heard.asks_to_try_first, "kan vi søge penge til at prøve nye løsninger af"),
        (heard.asks_to_try_first, "hvor mange millioner er afsat til at afprøve teknologi"),
        # learning to use one's own tablet: Nethjælpen, not family over a screen
        (
            heard.asks_family_over_screen,
            "han vil lære at bruge sin ipad til at se billeder af sine børnebørn",
        ),
    ],
)
def test_readers_leave_what_is_not_theirs(reader, not_it: str) -> None:  # type: ignore[no-untyped-def]
    assert not reader(not_it)


def test_pt_is_the_patient_only_where_a_patient_is_named() -> None:
    assert heard.names_a_patient("pt. faldtruet, bor alene")
    assert heard.names_a_patient("ny pt m. KOL, tekn.?")
    assert not heard.names_a_patient("hvilke tekn. står pt på positivlisten")


@pytest.mark.parametrize(
    ("turns", "words"),
    [
        (
            ["hun spørger om plejehjemmet må overvåge hendes far med kamera på værelset"],
            ("ikke tilladt", "mindst indgribende"),
        ),
        (["kan vi søge penge et sted til at prøve en ny teknologi af"], ("2 mio", "pulje")),
        (["hvilke tekn. står pt på positivlisten"], ("positivlisten",)),
        (
            ["hvem godkender tryghedsskabende teknologi til en voksen", "gælder det også for børn"],
            ("voksenansvar", "børn og unge"),
        ),
        (
            ["han vil lære at bruge sin ipad til billeder af børnebørnene. hvor får han hjælp"],
            ("nethjælp", "frivillig"),
        ),
    ],
)
def test_set43s_readers_yield_to_the_answer_asked(
    real: Answerer, turns: list[str], words: tuple[str, ...]
) -> None:
    current, told = None, None
    for text in turns:
        told = real.answer_question(text, current=current)
        current = told.topic if told is not None else current
    assert _says(told, *words), told
