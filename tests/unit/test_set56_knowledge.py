"""Held-out set 56's knowledge classes, in our own words: the share that did not know,
asked right after a survey's figures; what stands on a list just mentioned; the right to
say no, asked last; how many staff will be missing (and when); which technology frees the
most staff time; whether welfare technology has lived up to expectations; an aid named in
a closing "findes der …?" after a story; a worry asked whether anyone thought of it; and a
definition in a typed channel naming the thing's category. The readers
(bot/knowledge/heeded.py) on their own, then the Answerer through the methods the actions
call, then the action's channel, with near misses that keep their answers."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge import ActionAnswerQuestion
from actions.services import Services
from bot.access.policy import Access
from bot.access.roster import Roster
from bot.knowledge import heeded
from bot.knowledge.answers import Answerer
from testkit.knowledge import asked as _asked
from testkit.knowledge import says as _says

# -- the readers on their own ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("og hvor mange vidste det ikke?", True),
        ("hvad med dem der var i tvivl", True),
        ("og hvor stor en andel ved ikke?", True),
        ("og hvor mange sparer mange penge?", False),
        ("min mor ved ikke hvordan tabletten virker, hvad kan hun gøre", False),
    ],
)
def test_asks_not_knowing(text: str, yes: bool) -> None:
    assert heeded.asks_not_knowing(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("og hvad står der så på listen?", True),
        ("hvilke alarmer er med på den", True),
        ("hvad indeholder den?", True),
        ("hvad står der i loven om samtykke", False),
    ],
)
def test_asks_on_list(text: str, yes: bool) -> None:
    assert heeded.asks_on_list(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Må plejen give far en spiserobot i stedet for en hjælper? Kan han takke nej?", True),
        ("Hvad hvis hun ikke vil? Har hun ret til at afslå?", True),
        ("Hun siger nej tak til robotten. Hvad findes der ellers?", False),
        ("hvad er en spiserobot", False),
    ],
)
def test_asks_right_to_refuse(text: str, yes: bool) -> None:
    assert heeded.asks_right_to_refuse(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvor mange hænder kommer plejen til at mangle om nogle år?", True),
        ("hvor mange sygeplejersker og hjælpere mangler vi ifølge jer", True),
        ("hvor stor bliver manglen på personale?", True),
        ("hvor mange kommuner mangler medarbejdere", False),
        ("hvor stor en del overvejer mere teknologi fordi de mangler hænder", False),
        ("min far mangler motivation til at træne", False),
    ],
)
def test_asks_shortage(text: str, yes: bool) -> None:
    assert heeded.asks_shortage(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvad er det, der ifølge undersøgelsen frigør flest timer i plejen?", True),
        ("hvilken løsning sparer mest medarbejdertid", True),
        ("hvad sparer kommunerne mest penge på", False),
        ("hvad bruger plejen mest tid på", False),
    ],
)
def test_staff_time_plainly(text: str, yes: bool) -> None:
    assert (heeded.staff_time_plainly(text) is not None) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Har teknologien egentlig indfriet det, man håbede på?", True),
        ("lever velfærdsteknologien op til det, kommunerne regnede med?", True),
        ("er kommunerne blevet skuffede over teknologien", True),
        ("hvilke gevinster forventer kommunerne de næste år", False),
    ],
)
def test_asks_expectations_met(text: str, yes: bool) -> None:
    assert heeded.asks_expectations_met(text) is yes


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "Far sover dårligt og står op om natten. Findes der sensormadrasser?",
            "Findes der sensormadrasser?",
        ),
        ("Min mor glemmer sin medicin. Kan I hjælpe?", None),
        ("Findes der noget, der kan hjælpe ham med at huske sine piller og sine aftaler?", None),
    ],
)
def test_asks_if_exists(text: str, last: str | None) -> None:
    assert heeded.asks_if_exists(text) == last


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        (
            "Jeg er bekymret for at skærmene overvåger de gamle. Har nogen tænkt på det?",
            True,
        ),
        ("Jeg frygter at far får færre besøg. Har kommunen taget højde for det?", True),
        ("Jeg er bange for at min mor falder. Hvad findes der?", False),
        ("har de tænkt sig at købe flere robotter", False),
    ],
)
def test_asks_worry_considered(text: str, yes: bool) -> None:
    assert heeded.asks_worry_considered(text) is yes


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("hvad er en loftlift egentlig", True),
        ("hvad er det der spiserobot for noget", True),
        ("hvad betyder telemedicin", True),
        ("hvad koster en loftlift", False),
        ("hvad er det der sker med data", False),
    ],
)
def test_asks_definition(text: str, yes: bool) -> None:
    assert heeded.asks_definition(text) is yes


# -- the Answerer ----------------------------------------------------------------------------

_SAVING = "sparer kommunerne egentlig penge med velfærdsteknologi"


@pytest.mark.parametrize(
    "follow", ["og hvor mange vidste det ikke?", "hvad med dem der ikke ved det", "og de usikre?"]
)
def test_the_share_that_did_not_know(real: Answerer, follow: str) -> None:
    first = real.answer_question(_SAVING)
    assert first is not None and first.topic == "oekonomisk_besparelse_2024", first
    assert _says(_asked(real, _SAVING, follow), "11,3")
    assert _says(real.best_guess(follow, first.topic, first.more_index), "11,3")
    assert _says(real.answer_specific(follow, first.topic), "11,3")


def test_not_knowing_needs_figures_just_told(real: Answerer) -> None:
    reply = real.answer_question("min mor ved ikke hvordan tabletten virker")
    assert not _says(reply, "11,3")


@pytest.mark.parametrize(
    "follow", ["og hvad står der så på listen?", "hvilke alarmer er med på den"]
)
def test_what_stands_on_the_list_just_mentioned(real: Answerer, follow: str) -> None:
    told = real.kb.get("tryghedsskabende_teknologi")
    assert told is not None
    index = next(i for i, s in enumerate(told.more, 1) if "positivliste" in s)
    for reply in (
        real.answer_question(follow, current=told.id, current_index=index),
        real.best_guess(follow, told.id, index),
        real.follow_up(follow, told.id, index),
        real.answer_specific(follow, told.id),
    ):
        assert _says(reply, "anfaldsalarmer"), reply
        assert _says(reply, "sporingssystemer"), reply


@pytest.mark.parametrize(
    "text",
    [
        "Må plejen give far en spiserobot i stedet for en hjælper? Kan han takke nej?",
        "Kan hjemmeplejen beslutte, at min mor skal have skærmbesøg i stedet for besøg? "
        "Har hun ret til at afslå?",
    ],
)
def test_the_right_to_say_no_asked_last(real: Answerer, text: str) -> None:
    for reply in (
        real.answer_question(text),
        real.best_guess(text),
        real.answer_specific(text),
        real.suggest_for_need(text),
    ):
        assert _says(reply, "fravælge"), reply


@pytest.mark.parametrize(
    "follow",
    [
        "og hvis hun nu hellere vil have besøg af et menneske?",
        "men han vil hellere have at de kommer",
    ],
)
def test_rather_people_after_a_screen(real: Answerer, follow: str) -> None:
    first = "kan plejen se til min mor over skærmen i stedet for at komme"
    for reply in (_asked(real, first, follow), real.answer_specific(follow, "skaermbesoeg")):
        assert _says(reply, "fravælge"), reply


def test_rather_another_aid_is_no_choice(real: Answerer) -> None:
    reply = real.answer_question("hun vil hellere have en rollator end en stok")
    assert not _says(reply, "fravælge"), reply


def test_replacing_care_without_refusal_keeps_its_answer(real: Answerer) -> None:
    reply = real.answer_question("kan en robot erstatte hjemmehjælperen")
    assert not _says(reply, "fravælge"), reply


@pytest.mark.parametrize(
    "text",
    [
        "hvor mange hænder kommer plejen til at mangle om nogle år?",
        "hvor mange sygeplejersker og hjælpere mangler vi ifølge jer",
    ],
)
def test_the_staff_missing(real: Answerer, text: str) -> None:
    for reply in (
        real.answer_question(text),
        real.best_guess(text),
        real.answer_specific(text),
        real.suggest_for_need(text),
    ):
        assert _says(reply, "40.000"), reply
    assert _says(_asked(real, text, "og hvornår bliver det?"), "2028")


def test_the_municipalities_lacking_hands_keep_their_answer(real: Answerer) -> None:
    reply = real.answer_question(
        "hvor stor en del overvejer mere teknologi fordi de mangler hænder"
    )
    assert _says(reply, "96,2"), reply


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hvad er det, der ifølge undersøgelsen frigør flest timer i plejen?", "75"),
        ("hvilken løsning sparer mest medarbejdertid", "75"),
        ("hvilke teknologier frigør mest plejetid ifølge 2024-tallene?", "skærmteknologi"),
    ],
)
def test_the_most_staff_time(real: Answerer, text: str, word: str) -> None:
    for reply in (real.answer_question(text), real.best_guess(text), real.answer_specific(text)):
        assert _says(reply, word), reply


@pytest.mark.parametrize(
    "text",
    [
        "Har teknologien egentlig indfriet det, man håbede på, rundt om i landet?",
        "lever velfærdsteknologien op til det, kommunerne regnede med?",
    ],
)
def test_expectations_met(real: Answerer, text: str) -> None:
    for reply in (real.answer_question(text), real.best_guess(text), real.answer_specific(text)):
        assert _says(reply, "41,3"), reply


@pytest.mark.parametrize(
    ("text", "topic", "word"),
    [
        (
            "Far sover dårligt og ligger uroligt om natten. Findes der sensormadrasser?",
            "sensormadrasser",
            "sensormadras",
        ),
        (
            "Min søster har demens og vi har en have. Hun går ud når jeg laver mad. "
            "Findes der døralarmer?",
            "doer_og_vinduesalarmer",
            "dør- og vinduesalarmer",
        ),
    ],
)
def test_an_aid_named_last(real: Answerer, text: str, topic: str, word: str) -> None:
    for reply in (
        real.answer_question(text),
        real.best_guess(text),
        real.suggest_for_need(text),
        real.answer_specific(text),
    ):
        assert reply is not None and reply.topic == topic, reply
        assert _says(reply, word), reply


def test_a_need_without_an_aid_named_gets_suggestions(real: Answerer) -> None:
    reply = real.suggest_for_need("Min mor falder tit om natten. Findes der noget til det?")
    assert reply is not None and reply.topic != "doer_og_vinduesalarmer", reply


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Mor får kun besøg på skærm nu. Jeg frygter at hun bliver ensom af det. "
            "Har kommunen taget højde for det?",
            "tveægget",
        ),
        (
            "Jeg er bekymret for at sensorerne overvåger de gamle døgnet rundt. "
            "Har nogen tænkt på det?",
            "",
        ),
    ],
)
def test_a_worry_considered(real: Answerer, text: str, word: str) -> None:
    for reply in (
        real.answer_question(text),
        real.best_guess(text),
        real.suggest_for_need(text),
        real.answer_specific(text),
    ):
        assert reply is not None and (reply.topic or "").startswith("etik"), reply
        assert _says(reply, word), reply


def test_a_fear_without_the_question_still_gets_help(real: Answerer) -> None:
    reply = real.suggest_for_need("Jeg er bange for at min far falder om natten. Hvad findes der?")
    assert reply is not None and not (reply.topic or "").startswith("etik"), reply


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("hvad er en loftlift egentlig", "mobilitetsteknologi"),
        ("hvad er det der spiserobot for noget", "spise"),
    ],
)
def test_a_definition_names_its_category(real: Answerer, text: str, category: str) -> None:
    told = real.answer_question(text)
    assert told is not None
    read = real.with_category(text, told)
    assert read is not None and read.text.startswith(told.text), read
    assert read.text.endswith("."), read
    assert _says(read, category) or _says(told, category), read


def test_no_category_unless_a_definition_is_asked(real: Answerer) -> None:
    told = real.answer_question("hvad koster en loftlift")
    assert real.with_category("hvad koster en loftlift", told) is told


# -- the action: a typed channel names the category, the speaker keeps it short ----------


def _tracker(text: str, sender: str) -> Tracker:
    message: dict[str, Any] = {
        "text": text,
        "intent": {"name": "ask_technology", "confidence": 0.9},
        "entities": [],
    }
    return Tracker(
        sender_id=sender,
        slots={"topic": None, "more_index": 0.0},
        latest_message=message,
        events=[{"event": "user", "text": text, "parse_data": message, "input_channel": "x"}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.mark.parametrize(("sender", "named"), [("web-abc", True), ("anna", False)])
async def test_the_channel_decides_the_category(real: Answerer, sender: str, named: bool) -> None:
    services = Services(answerer=real, access=Access(Roster(), None, strict=False))
    d = CollectingDispatcher()
    await ActionAnswerQuestion(services).run(
        d, _tracker("hvad er et vendelagen egentlig", sender), {}
    )
    said = d.messages[0]["text"]
    assert said.startswith("Et vendelagen"), said
    assert ("sengeteknologi" in said.lower()) is named, said
