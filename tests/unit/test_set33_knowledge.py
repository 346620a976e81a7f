"""Held-out set 33's knowledge classes, in our own words (bot/knowledge/sought.py): a
category asked by its name, a question one sentence of the documents answers in so many
words, a follow-up on the subject just told (an age, why not, a place), trying things
before deciding, a name said as one word, being made to put up with a technology, and
technology instead of people. Each goes through the Answerer methods the actions call
(actions/knowledge.py): a question, a sentence the model was unsure of, a follow-up."""

from __future__ import annotations

import pytest

from bot.knowledge import sought
from bot.knowledge.answers import Answer, Answerer


def _asked(real: Answerer, text: str, current: str | None = None) -> list[Answer | None]:
    """The question as the model's question, and as a sentence it was unsure of."""
    return [
        real.answer_question(text, current=current),
        real.best_guess(text, current, 0),
    ]


def _has(reply: Answer | None, *wanted: str) -> bool:
    return reply is not None and any(w in reply.text.lower() for w in wanted)


# -- a category of KL's overview asked by its name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "wanted"),
    [
        ("hvilke eksempler giver oversigten på sengeteknologi", "sengeteknologi", "vendelagen"),
        ("hvad ligger der under telemedicin i KL's liste", "telemedicin", "telekol"),
        (
            "mobilitetsteknologi, hvad nævner de af eksempler der",
            "mobilitetsteknologi",
            "loftslift",
        ),
    ],
)
def test_a_category_asked_for_its_examples(
    real: Answerer, text: str, category: str, wanted: str
) -> None:
    for reply in _asked(real, text):
        assert reply is not None and reply.topic == category, reply
        assert wanted in reply.text.lower(), reply


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("hvad er struktur- og planlægningsteknologi for noget", "struktur_planlaegningsteknologi"),
        ("hvad betyder sengeteknologi", "sengeteknologi"),
        ("hvad er træningsteknologi egentlig", "traeningsteknologi"),
    ],
)
def test_a_category_asked_what_it_is_is_the_category(
    real: Answerer, text: str, category: str
) -> None:
    for reply in _asked(real, text):
        assert reply is not None and reply.topic == category, reply


def test_another_category_after_examples(real: Answerer) -> None:
    first = real.answer_question("hvad nævner KL af eksempler på sanseteknologi")
    assert first is not None and first.topic == "sanseteknologi", first
    for text in ("og hvad så med spise- og måltidsteknologi", "hvad med træningsteknologi"):
        reply = real.answer_question(text, current=first.topic)
        assert reply is not None and reply.topic != first.topic, reply


# -- a question one or two sentences answer in so many words -------------------------------

SOUGHT = [
    # habilitation and rehabilitation, both told
    ("hvordan adskiller habilitering sig fra rehabilitering hos Horsens", ("vende tilbage",)),
    ("hvad mener strategien med rehabilitering og med habilitering", ("vende tilbage",)),
    ("er habilitering og rehabilitering det samme i Horsens Kommune", ("vende tilbage",)),
    # rehabilitation under the health act
    ("hvor mange kommuner har løsninger til træning efter sundhedsloven", ("halvdelen",)),
    ("hvad siger rapporten om genoptræning efter § 140", ("halvdelen",)),
    ("hvordan står det til med genoptræning under sundhedsloven", ("halvdelen",)),
    # the shortage of staff, for the elderly
    ("hvad betyder personalemanglen for de ældre ifølge kommunerne", ("57,7",)),
    ("hvilke konsekvenser får manglen på medarbejdere for syge borgere", ("57,7",)),
    ("hvordan rammer manglen på hænder de ældre", ("57,7",)),
    # the leaders' role in Horsens
    ("hvad forventer Horsens af lederne når der kommer ny teknologi", ("modstand",)),
    ("hvilken rolle har ledelsen i Horsens Kommunes strategi", ("modstand",)),
    ("hvad skal en leder gøre ifølge strategien i Horsens", ("modstand",)),
    # what the report on the pool must be about
    ("hvad skal rapporten til puljen handle om", ("andre områder",)),
    ("hvad lægger man vægt på i evalueringen af et puljeprojekt", ("andre områder",)),
    ("hvad skal der stå i rapporten når vi har fået penge fra puljen", ("andre områder",)),
    # what the council looks at before force is approved
    ("hvad ser kommunalbestyrelsen på før den forhåndsgodkender magtanvendelse", ("pædagogiske",)),
    ("hvad kigger byrådet efter når de skal godkende tvang med en alarm", ("pædagogiske",)),
    ("hvordan vurderer kommunalbestyrelsen en ansøgning om magtanvendelse", ("pædagogiske",)),
    # what is decisive for success
    ("hvad er afgørende for at en velfærdsteknologi lykkes", ("fagligt blik",)),
    ("hvad er nøglen til succes med ny teknologi ifølge erklæringen", ("fagligt blik",)),
    ("hvad er vigtigst for at teknologien virker hos borgeren", ("fagligt blik",)),
    # the pandemic
    ("hvad betød corona for kommunernes velfærdsteknologi", ("beredskab",)),
    ("hvordan påvirkede nedlukningen arbejdet med teknologi", ("beredskab",)),
    ("hvad ændrede covid ved kommunernes brug af teknologi", ("beredskab",)),
    # later costs when applying to the pool
    ("skal vi tænke på driftsudgifterne efter projektet når vi søger puljen", ("overslag",)),
    ("hvad med licenser bagefter, skal det med i ansøgningen til puljen", ("overslag",)),
    ("skal vi lave en business case for senere udgifter til puljen", ("overslag",)),
    # fairs and networks
    ("kan medarbejderne komme på konferencer for at blive inspireret", ("netværk",)),
    ("må vi sende personalet på messe", ("netværk",)),
    ("er det en god ide at deltage i webinarer", ("netværk",)),
    # light for a day and night turned around
    ("min mand blander nat og dag sammen, findes der lys der kan hjælpe", ("døgnrytme",)),
    ("kan en særlig lampe hjælpe hende med at sove om natten", ("døgnrytme",)),
    ("far vågner klokken fire og tror det er morgen, kan belysning gøre noget", ("døgnrytme",)),
    # a claim about the law as a barrier, with the figures
    ("passer det at GDPR er blevet en større barriere", ("29 %", "47,5")),
    ("fylder juraen mere som barriere nu", ("29 %", "47,5")),
    ("er det korrekt at de juridiske barrierer er steget", ("29 %", "47,5")),
    # whether staff time has in fact been freed
    ("er der overhovedet blevet frigjort arbejdskraft", ("86,3",)),
    ("har teknologien frigjort personale i kommunerne", ("86,3",)),
    ("er det lykkedes nogen at frigøre arbejdskraft med det", ("86,3",)),
    # the poem in the report
    ("hvem har skrevet det digt om skærmbesøg", ("wandall-holm",)),
    ("hvad handler digtet om skærmfolket om", ("skærmtrolden",)),
    ("der er vist et digt i KL's rapport, hvem står bag", ("wandall-holm",)),
]


@pytest.mark.parametrize(("text", "wanted"), SOUGHT)
def test_the_sentence_sought(real: Answerer, text: str, wanted: tuple[str, ...]) -> None:
    for reply in _asked(real, text):
        assert _has(reply, *wanted), reply


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("står der også noget om at være modig", "gode_raad_implementering_2024"),
        ("hvad siger de om at turde", "gode_raad_implementering_2024"),
        ("og noget om at fejle", "gode_raad_implementering_2024"),
    ],
)
def test_courage_after_the_advice(real: Answerer, text: str, current: str) -> None:
    for reply in (*_asked(real, text, current), real.follow_up(text, current, 0)):
        assert _has(reply, "fejle"), reply


@pytest.mark.parametrize(
    "text",
    [
        "hvad er webinarer",
        "hvordan gik det med træning på skærm under corona",
        "hvor tit skal man aflevere en rapport om puljens penge",
    ],
)
def test_near_questions_keep_their_own_answer(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None
    assert "netværk og inspiration" not in reply.text and "beredskab" not in reply.text, reply
    assert "andre områder" not in reply.text, reply


# -- right after a subject -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["hvor gammel var hun", "hvilken alder havde hun", "og hvor gammel er forfatteren"]
)
def test_the_age_after_the_poem(real: Answerer, text: str) -> None:
    first = real.answer_question("fortæl om digtet i KL's rapport")
    assert first is not None and first.topic is not None
    for reply in (*_asked(real, text, first.topic), real.follow_up(text, first.topic, 1)):
        assert _has(reply, "97"), reply


@pytest.mark.parametrize(
    "text",
    [
        "hvorfor må vores kommune så ikke gøre det",
        "hvorfor kan det ikke lade sig gøre andre steder",
        "men hvorfor gælder det ikke for alle",
    ],
)
def test_why_not_elsewhere_is_the_rule(real: Answerer, text: str) -> None:
    current = "lydovervaagning_frikommune"
    for reply in (*_asked(real, text, current), real.follow_up(text, current, 0)):
        assert _has(reply, "serviceloven"), reply


@pytest.mark.parametrize(
    "text", ["hvilken kommune er det i", "hvilken by taler vi om", "hvor i landet er det"]
)
def test_which_municipality_after_a_subject(real: Answerer, text: str) -> None:
    for reply in (*_asked(real, text, "nethjaelpen"), real.follow_up(text, "nethjaelpen", 2)):
        assert _has(reply, "horsens"), reply


@pytest.mark.parametrize(
    "text",
    [
        "vi bor i Horsens, er der noget her",
        "hvad med i Horsens",
        "findes der noget i Horsens",
    ],
)
def test_a_place_told_after_teknoteket(real: Answerer, text: str) -> None:
    for reply in _asked(real, text, "teknoteket"):
        assert reply is not None and reply.topic == "overskud_i_hverdagen", reply


# -- trying before deciding, a name said as one word ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kan vi afprøve noget af udstyret inden vi vælger",
        "vi vil gerne se tingene før vi beslutter os, hvor kan vi det",
        "hvor kan min mor prøve hjælpemidler før hun bestemmer sig",
    ],
)
def test_trying_before_deciding_gets_teknoteket(real: Answerer, text: str) -> None:
    for reply in _asked(real, text):
        assert _has(reply, "teknotek"), reply


@pytest.mark.parametrize(
    "text",
    ["hvad er et skylletoilet", "hvad er skylletoiletter for noget", "hvad er skylletoilettet"],
)
def test_a_name_said_as_one_word(real: Answerer, text: str) -> None:
    for reply in _asked(real, text):
        assert reply is not None and reply.topic == "skylle_toerretoiletter", reply


def test_joined_forms_need_three_parts() -> None:
    assert "skylletoilet" in sought.joined_forms("skylle-tørre-toilet")
    assert sought.joined_forms("badestol") == set()


# -- being made to put up with it; technology instead of people ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "skal jeg finde mig i at kommunen sætter en alarm op",
        "må min mor bare finde sig i at de giver hende en gps",
        "skal vi virkelig finde os i en sensor i soveværelset",
    ],
)
def test_putting_up_with_it_is_a_choice(real: Answerer, text: str) -> None:
    for reply in _asked(real, text):
        assert _has(reply, "fravælge", "samtykke", "frivillig", "selvbestemmelse"), reply


@pytest.mark.parametrize(
    "text",
    [
        "skal robotter nu passe os i stedet for mennesker",
        "kommer der maskiner i stedet for hjemmehjælperne",
        "bliver det en skærm i stedet for personalet",
    ],
)
def test_technology_instead_of_people(real: Answerer, text: str) -> None:
    for reply in _asked(real, text):
        assert _has(reply, "supplement"), reply


def test_benefits_after_screen_visits_as_a_follow_up(real: Answerer) -> None:
    reply = real.follow_up("hvad får borgerne ud af det", "skaermbesoeg", 0)
    assert _has(reply, "fleksibel", "diskret", "egenmestring"), reply
