"""Held-out set 37's knowledge classes, in our own words: the rest of the category just
told, who decides / whether one can complain / how long one waits (the municipality),
what a thing described is called and where one gets it, advantages and drawbacks
together, the ethical dilemmas, a subject the one just told lists, whether one can be
forced, a long message whose closing question says what is asked, technology replacing
the helpers, and how to take one's medicine (never advice). Each goes through the
Answerer methods the actions call (actions/knowledge.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.advice import asks_medical_advice
from bot.knowledge.answers import Answer, Answerer


def _every_way(real: Answerer, text: str, current: str | None = None) -> list[Answer | None]:
    """A sentence as the model's question, as one it was unsure of, as a wish to hear
    more, and as a question of category."""
    return [
        real.answer_question(text, current=current),
        real.best_guess(text, current),
        real.follow_up(text, current, 0),
        real.categories_asked(text, current),
    ]


# -- the rest of the category just told -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "current", "said"),
    [
        ("hvad findes der ellers i samme kategori", "sensormadrasser", "Vendelagener"),
        ("er der andre ting i den samme kategori", "spiserobotter", "drikkeglas"),
        ("og hvad mere hører under den gruppe ellers", "gps_systemer", "Sensorgulve"),
    ],
)
def test_the_rest_of_the_category(real: Answerer, text: str, current: str, said: str) -> None:
    for reply in _every_way(real, text, current):
        assert reply is not None and said in reply.text and current not in reply.text, reply


# -- who decides, complaining, waiting: the municipality --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Min far falder tit om natten, og nogen har talt om en sensormadras til ham. Jeg "
        "har ikke prøvet det før, så jeg vil bare spørge: hvem er det egentlig, der afgør, "
        "om han kan få en?",
        "Vi har ansøgt om en spiserobot. Hvem hos kommunen tager beslutningen?",
    ],
)
def test_who_decides_about_a_thing_named(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert reply is not None and "kommune" in reply.text, reply


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("hvad hvis kommunen giver afslag, kan vi så klage", "loeftestole"),
        ("hvordan klager man over afgørelsen", "rollatorer"),
    ],
)
def test_complaining_goes_to_the_municipality(real: Answerer, text: str, current: str) -> None:
    for reply in _every_way(real, text, current):
        assert reply is not None and "visitation" in reply.text and "klage" in reply.text, reply
        assert reply.refer


@pytest.mark.parametrize(
    "text",
    [
        "Vi har ventet en måned på svar om en badestol. Hvor lang er ventetiden egentlig?",
        "min mor har søgt om en loftslift, kan man gøre noget for at fremskynde det",
    ],
)
def test_waiting_goes_to_the_municipality(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert reply is not None and "ventetid" in reply.text and "visitation" in reply.text
        assert reply.refer


# -- what it is called, and where one gets it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Min mor sidder fast i sofaen hver aften. Der findes vist stole, som løfter en "
            "op. Hvad hedder de, og hvor kan vi få en?",
            "loeftestole",
        ),
        (
            "far spørger om en rollator kan hjælpe ham ud at gå, og hvor han kan få en",
            "rollatorer",
        ),
    ],
)
def test_what_it_is_and_where_to_get_it(real: Answerer, text: str, topic: str) -> None:
    for reply in _every_way(real, text):
        assert reply is not None and reply.topic == topic and "kommune" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "Min svigerfar har set et toilet, der skyller og tørrer bagefter. Hvad kalder man "
        "sådan et?",
        "hos min tante har de et toilet som vasker en bagefter hvad er det for noget",
    ],
)
def test_what_a_described_thing_is_called(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert reply is not None and reply.topic == "skylle_toerretoiletter", reply
        assert "skylle" in reply.text, reply


# -- both sides, dilemmas, a listed subject -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("skærmbesøg: for og imod, i stikord", "supplement"),
        ("hvad er fordelene og ulemperne ved skærmbesøg", "menneskelig kontakt"),
    ],
)
def test_advantages_and_drawbacks(real: Answerer, text: str, said: str) -> None:
    for reply in _every_way(real, text):
        assert reply is not None and "Fordele" in reply.text and said in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "hvilke dilemmaer er der med velfærdsteknologi",
        "jeg skal holde oplæg om de etiske dilemmaer, hvad er de",
    ],
)
def test_the_ethical_dilemmas(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert reply is not None and "privatliv" in reply.text, reply


def test_a_named_source_still_answers_its_own_dilemmas(real: Answerer) -> None:
    reply = real.answer_question("hvad skriver Horsens om etiske dilemmaer")
    assert reply is not None and reply.topic == "horsens_etik", reply


@pytest.mark.parametrize(
    ("text", "topic", "said"),
    [
        ("og hvad er de principper den nævner", "principper", "medmenneskelige"),
        ("hvilke etiske spørgsmål stiller den så", "etiske_spoergsmaal", "etiske"),
    ],
)
def test_a_subject_the_one_told_lists(real: Answerer, text: str, topic: str, said: str) -> None:
    reply = real.answer_question(text, current="kl_faelles_erklaering", current_index=1)
    assert reply is not None and reply.topic == topic and said in reply.text, reply


# -- forced, the closing question, the helpers -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kan de tvinge min far til at have en gps på i stedet for at hjemmeplejen kigger forbi",
        "bliver man tvunget til skærmbesøg hvis kommunen siger det",
    ],
)
def test_whether_one_can_be_forced(real: Answerer, text: str) -> None:
    for reply in _every_way(real, text):
        assert reply is not None and "fravælge" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "Jeg passer min mand alene, og vores datter bor i udlandet. Står der noget om, at "
        "teknologien kan binde venner og familie sammen uanset afstanden?",
        "Vi er en stor familie spredt over hele landet. Står der noget om, at teknologi kan "
        "bevare relationer til familien på afstand?",
    ],
)
def test_the_closing_question_of_a_long_message(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "familie" in reply.text and "sammen" in reply.text, reply


@pytest.mark.parametrize(
    "text",
    [
        "Jeg frygter, at skærmene skal erstatte hjælperne, som mor er så glad for. Hvad "
        "står der om det?",
        "kommer robotterne til at afløse plejerne på plejehjemmet",
    ],
)
def test_technology_replacing_the_helpers(real: Answerer, text: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and "supplement" in reply.text, reply


# -- how to take one's medicine: never advice ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kan min mor dele sine piller, hun kan ikke få dem ned",
        "må jeg opløse tabletten i et glas vand",
        "kan han tage medicinen med æblemos",
    ],
)
def test_how_to_take_medicine_is_no_advice(text: str) -> None:
    assert asks_medical_advice(text)


@pytest.mark.parametrize(
    "text", ["kan han knuse nødder i den nye maskine", "hvad er en medicindispenser"]
)
def test_other_crushing_is_no_medicine(text: str) -> None:
    assert not asks_medical_advice(text)


# -- a figure asked in a noun phrase, without a verb ----------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("evalueringen fra VIVE om demens og kognitivt handicap, årstal og kommuner", "2021"),
        ("VIVE's evaluering af forsøgene i plejen: antal kommuner og årstal?", "syv"),
    ],
)
def test_a_year_asked_in_a_noun_phrase(real: Answerer, text: str, said: str) -> None:
    reply = real.answer_question(text)
    assert reply is not None and said in reply.text, reply


def test_a_noun_for_a_year_or_frequency_marks_the_question() -> None:
    from bot.knowledge.facts import FREQUENCY, YEAR, question_stems

    assert YEAR in question_stems("KL's rapport om data, årstal?")
    assert YEAR in question_stems("spørgeskemaet i 2020, indsamlingsperiode")
    assert FREQUENCY in question_stems("netværket om velfærdsteknologi, mødefrekvens")
    assert FREQUENCY in question_stems("møderne i netværket: hyppighed?")


# -- the fact just told, shorter: its first sentence ----------------------------------


@pytest.mark.parametrize(
    "text", ["kan du sige det lidt kortere", "sig det i én sætning", "det var for langt"]
)
def test_the_fact_just_told_shorter(real: Answerer, text: str) -> None:
    told = real.answer_question("hvilke slags data kommer der fra teknologierne ifølge KL")
    assert told is not None and ". " in told.text, told
    # its first sentence only announces the next: the next is the shorter answer
    first = told.text.split(". ", 1)[1]
    for reply in (
        real.answer_question(text, current=told.topic, current_index=told.more_index),
        real.best_guess(text, told.topic, told.more_index),
        real.follow_up(text, told.topic, told.more_index),
    ):
        assert reply is not None and reply.text == first, reply


@pytest.mark.parametrize("text", ["kan man få en kortere ventetid", "hvor lang tid tager det"])
def test_shorter_is_not_a_shorter_thing(text: str) -> None:
    from bot.knowledge.asked import asks_shorter

    assert not asks_shorter(text)


def test_the_first_sentence_when_it_says_something(real: Answerer) -> None:
    told = real.about(real.kb.get("vive_evaluering_2021"))
    assert ". " in told.text, told
    for text in ("kortere tak", "forkort det"):
        reply = real.answer_question(text, current=told.topic, current_index=told.more_index)
        assert reply is not None and told.text.startswith(reply.text[:-1]), reply
        assert len(reply.text) < len(told.text), reply
