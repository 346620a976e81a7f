"""Set 22's classes (relatives and library volunteers in the public web chat, mostly
knowledge): follow-ups in context, a need told at length, passed-on questions, the
surveys' figures, VIVE's evaluation, watching and tracking without consent, what it
keeps, records and what it cannot do. Own sentences, not the held-out ones."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionContactHuman, ActionTellPrivacy
from actions.knowledge import ActionAnswerFallback, ActionTellMore
from actions.services import Services
from bot.access.replies import CITIZEN_ONLY
from bot.conversation import reading
from bot.conversation.replies import privacy
from bot.knowledge.answers import Answerer
from bot.knowledge.reworded import main_clause
from bot.knowledge.search import KnowledgeSearch


def _web(
    text: str, intent: str, slots: dict[str, Any] | None = None, sender: str = "web-test"
) -> Tracker:
    """The public web chat's turn (a web- session), understood as `intent`."""
    message = {"text": text, "intent": {"name": intent, "confidence": 0.45}, "entities": []}
    return Tracker(
        sender_id=sender,
        slots={"topic": None, "more_index": 0.0, **(slots or {})},
        latest_message=message,
        events=[{"event": "user", "text": text, "parse_data": message}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


async def _said(action: Any, tracker: Tracker, real: Answerer) -> str:
    d = CollectingDispatcher()
    await action(Services(answerer=real)).run(d, tracker, {})
    return " ".join(str(m.get("text") or m.get("response")) for m in d.messages)


# -- follow-ups in context -----------------------------------------------------------


def test_whom_to_talk_to_is_a_person_asked() -> None:
    assert reading.wants_a_person("hvem bør vi så henvende os til")
    assert reading.wants_a_person("hvem skal jeg egentlig tale med om den")
    assert reading.wants_a_person("hvem kan man kontakte om sådan en")
    assert not reading.wants_a_person("hvem skal have en gps")


async def test_whom_to_talk_to_about_a_technology_says_the_visitation(real: Answerer) -> None:
    tracker = _web("hvem bør vi så kontakte om den", "ask_human", {"topic": "loeftestole"})
    told = await _said(ActionContactHuman, tracker, real)
    assert "visitation" in told and "Du kan ringe til" in told


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("hvem afgør om hun kan få sådan en", "loeftestole"),
        ("hvem giver lov til at hun får en af dem", "badestole"),
    ],
)
def test_who_decides_after_a_thing_is_its_visitation(real: Answerer, said: str, topic: str) -> None:
    for told in (real.best_guess(said, topic, 0), real.answer_question(said, current=topic)):
        assert told is not None and "visitation" in told.text, told


def test_who_decides_on_a_residence_is_the_council(real: Answerer) -> None:
    told = real.answer_specific(
        "min nabo vil vide om det er regionen eller kommunen der afgør om hendes datter på "
        "botilbuddet må få en døralarm"
    )
    assert told is not None and "kommunalbestyrelse" in told.text


def test_money_set_aside_after_the_place_is_its_pool(real: Answerer) -> None:
    told = real.best_guess(
        "hvor meget sætter de af om året", "velfaerdsteknologi_definition_horsens", 0
    )
    assert told is not None and "2 mio" in told.text


def test_a_report_after_the_pool_is_when_to_report(real: Answerer) -> None:
    told = real.best_guess(
        "skal vi så skrive en rapport når projektet er slut", "velfaerdsteknologipulje", 0
    )
    assert told is not None and "afrapportere" in told.text


# -- a need told at length ---------------------------------------------------------------


def test_unsteady_legs_are_a_risk_of_falling(real: Answerer) -> None:
    found = KnowledgeSearch(real.kb).by_need("min far er usikker på benene når han står op")
    fall = {"traedemaatter_med_alarm", "sensorgulve", "fald_og_anfaldsalarmer", "sensormadrasser"}
    assert fall & {m.item.id for m in found}, found


@pytest.mark.parametrize(
    "said",
    [
        "min far vil ikke bære en alarmknap, og han er ustabil på benene om natten. "
        "er der andre muligheder",
        "mor nægter at have en nødknap på, men hun snubler tit på vej på toilettet om "
        "natten. hvad findes der så",
    ],
)
def test_a_refusal_told_with_a_need_gets_ideas(real: Answerer, said: str) -> None:
    for told in (real.best_guess(said), real.answer_question(said)):
        assert told is not None and told.text.startswith("Det kunne være"), told


def test_whether_one_may_refuse_is_still_the_choice(real: Answerer) -> None:
    told = real.best_guess("må min mor sige nej tak til en spiserobot")
    assert told is not None and "fravælge" in told.text


@pytest.mark.parametrize(
    "said",
    [
        "hvilke typer velfærdsteknologi er der, giv mig en kort oversigt",
        "hvilke former for velfærdsteknologi findes der helt overordnet",
    ],
)
def test_the_kinds_asked_for_as_a_list_are_the_categories(real: Answerer, said: str) -> None:
    for told in (real.categories_asked(said, None), real.answer_question(said)):
        assert told is not None and "15 kategorier" in told.text


# -- passed-on questions and their frames -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "question"),
    [
        ("frivillig her. en kvinde spørger om hjemmeplejen må låse døren", "må hjemmeplejen"),
        ("der er en her som vil vide om kommunen kan bestemme det", "kan kommunen"),
        ("nethjælper fra biblioteket: hvad er et sensorgulv", "hvad er et sensorgulv"),
    ],
)
def test_who_asks_is_no_part_of_the_question(said: str, question: str) -> None:
    assert main_clause(said).startswith(question)


def test_filming_a_resident_passed_on_is_the_video_rule(real: Answerer) -> None:
    told = real.answer_question(
        "frivillig her. en borger spørger om bostedet må filme hendes søn om natten"
    )
    assert told is not None and "Videoovervågning er ikke tilladt" in told.text


@pytest.mark.parametrize(
    "said",
    [
        "må jeg sætte en gps på min far uden at fortælle det til ham",
        "kan vi give mor en gps i smug",
    ],
)
def test_tracking_in_secret_is_consent(real: Answerer, said: str) -> None:
    told = real.answer_question(said)
    assert told is not None and "samtykke" in told.text


async def test_a_question_of_choice_in_the_public_chat_is_answered(real: Answerer) -> None:
    tracker = _web(
        "min mor spørger om hun kan takke nej til en robot i stedet for hjemmehjælperen",
        "nlu_fallback",
    )
    told = await _said(ActionAnswerFallback, tracker, real)
    assert told != CITIZEN_ONLY and "fravælge" in told


# -- the documents' figures and findings ------------------------------------------------


def test_the_biggest_challenge_is_implementation(real: Answerer) -> None:
    told = real.answer_question("hvad er den største udfordring for kommunerne med teknologi")
    assert told is not None and "55 %" in told.text


def test_why_it_is_hard_to_bring_in_is_the_barriers(real: Answerer) -> None:
    told = real.answer_question("hvorfor er det så vanskeligt at indføre teknologien")
    assert told is not None and told.topic == "barrierer_2024"


@pytest.mark.parametrize(
    "said",
    [
        "hvorfor satser kommunerne så meget på teknologi i ældreplejen",
        "min nabo spørger hvorfor kommunen overhovedet bruger velfærdsteknologi",
    ],
)
def test_why_municipalities_use_technology(real: Answerer, said: str) -> None:
    told = real.answer_question(said)
    assert told is not None and "bundlinjer" in told.text and "40.000" in told.text


def test_why_not_more_technology_is_no_why(real: Answerer) -> None:
    told = real.answer_question("hvorfor bruger kommunen ikke mere teknologi")
    assert told is not None and told.topic == "barrierer_2024"


def test_expectations_met_is_the_potential(real: Answerer) -> None:
    told = real.answer_question("har teknologien indfriet forventningerne rundt om i kommunerne")
    assert told is not None and "potentiale" in told.text


def test_what_the_data_is_for(real: Answerer) -> None:
    told = real.answer_question("hvad skal kommunerne bruge dataene fra sensorerne til")
    assert told is not None and told.topic == "data_og_teknologi"
    assert "ledelse" in told.text


@pytest.mark.parametrize(
    "said",
    [
        "hvad kom VIVE frem til i deres evaluering",
        "findes der forskning som viser at velfærdsteknologi hjælper",
        "virker velfærdsteknologi egentlig",
    ],
)
def test_vive_and_whether_it_works(real: Answerer, said: str) -> None:
    told = real.answer_question(said)
    assert told is not None and told.topic == "vive_evaluering_2021", told
    assert "livskvalitet" in told.text


def test_the_principles_named_with_the_declaration(real: Answerer) -> None:
    told = real.answer_question("hvad går de tre principper i erklæringen ud på")
    assert told is not None and "medmenneskelige" in told.text


def test_what_happened_in_the_pandemic(real: Answerer) -> None:
    told = real.answer_question("hvad skete der med teknologien i kommunerne under pandemien")
    assert told is not None and told.topic == "covid19_erfaringer"


def test_who_made_a_report(real: Answerer) -> None:
    told = real.answer_question("hvem har udgivet statusrapporten fra 2020")
    assert told is not None and "KL Center for Velfærdsteknologi" in told.text
    assert told.topic == "statusrapport_2020"  # "hvor mange svarede" follows it up
    again = real.best_guess("og hvor mange deltog", told.topic, 0)
    assert again is not None and "91" in again.text


def test_the_poem_heard_of(real: Answerer) -> None:
    told = real.answer_question(
        "jeg har læst i avisen om en gammel kvinde, der skrev et digt om sine skærmbesøg, hvem var det",
        entities=["Skærmbesøg"],
    )
    assert told is not None and "digt" in told.text


def test_a_share_word_answers_how_many(real: Answerer) -> None:
    told = real.answer_question(
        "hvor stor en del af kommunerne bruger skærmen i socialpsykiatrien, min bror bor på et værested",
        entities=["Skærmbesøg"],
    )
    assert told is not None and "tredjedel" in told.text


def test_the_advantages_of_a_technology(real: Answerer) -> None:
    told = real.answer_question("hvad er fordelene ved skærmbesøg for min far")
    assert told is not None and "fleksibel" in told.text
    chair = real.answer_question("hvad får man ud af en løftestol")
    assert chair is not None and chair.topic == "loeftestole"


def test_a_category_asked_precisely_names_what_it_covers(real: Answerer) -> None:
    told = real.answer_question("hvad betyder sengeteknologi helt konkret")
    assert told is not None and "Det dækker fx" in told.text


# -- data, privacy, records, what it cannot do --------------------------------------------


async def test_the_municipalitys_data_is_no_question_of_what_is_kept(real: Answerer) -> None:
    tracker = _web("gemmer kommunen oplysninger fra sensorerne i min mors lejlighed", "ask_privacy")
    told = await _said(ActionTellPrivacy, tracker, real)
    assert "data" in told and "computerprogram" not in told


@pytest.mark.parametrize(
    "said", ["hvad gemmer I om mig", "hvem kan læse det", "er det anonymt", "hvad med privatlivet"]
)
async def test_what_is_kept_asked_of_the_assistant_is_still_privacy(
    real: Answerer, said: str
) -> None:
    told = await _said(ActionTellPrivacy, _web(said, "ask_privacy"), real)
    assert "computerprogram" in told


def test_a_short_question_of_a_keyword_gets_its_sentence(real: Answerer) -> None:
    told = real.best_guess("og gdpr da", "data_og_teknologi", 0)
    assert told is not None and "47,5" in told.text


@pytest.mark.parametrize(
    "said", ["kan du fjerne det jeg skrev om min far", "vil I godt slette alt det igen"]
)
async def test_deleting_what_one_wrote_in_the_public_chat(real: Answerer, said: str) -> None:
    assert reading.asks_about_my_data(said)
    told = await _said(ActionAnswerFallback, _web(said, "nlu_fallback"), real)
    assert "anonym" in told and "slettet" in told and "Du kan ringe til" in told


def test_the_public_privacy_answer_says_what_is_kept() -> None:
    told = privacy("sql", "kan I slette det", "Ring 1", public=True)
    assert "database" in told and "Påmindelser" not in told and "Ring 1" in told


@pytest.mark.parametrize(
    "said",
    ["kan du slå min mors medicinliste op", "kan du læse hvad sygeplejersken har noteret om ham"],
)
async def test_records_cannot_be_seen(real: Answerer, said: str) -> None:
    assert reading.asks_for_records(said)
    told = await _said(ActionAnswerFallback, _web(said, "nlu_fallback"), real)
    assert "ikke adgang" in told and "Du kan ringe til" in told


def test_a_journal_word_without_a_wish_to_see_it_is_no_record_asked() -> None:
    assert not reading.asks_for_records("hvad er en journal")


@pytest.mark.parametrize(
    "said", ["hvad kan du egentlig ikke svare på", "hvad kan du, og hvad kan du ikke finde ud af"]
)
async def test_what_it_cannot_do(real: Answerer, said: str) -> None:
    told = await _said(ActionTellMore, _web(said, "ask_more"), real)
    assert "velfærdsteknologi" in told and "medicin" in told


async def test_when_after_a_figure_in_the_public_chat_is_the_figures_year(
    real: Answerer,
) -> None:
    from actions.plan import ActionTellVisit

    message = {
        "text": "og i hvilket år bliver det",
        "intent": {"name": "ask_visit"},
        "entities": [],
    }
    before = {"text": "hvor mange hænder mangler man", "intent": {"name": "ask_topic"}}
    tracker = Tracker(
        sender_id="web-test",
        slots={"topic": "rekruttering_2024", "more_index": 0.0},
        latest_message=message,
        events=[
            {"event": "user", "text": before["text"], "parse_data": before},
            {"event": "slot", "name": "topic", "value": "rekruttering_2024"},
            {"event": "user", "text": message["text"], "parse_data": message},
        ],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
    told = await _said(ActionTellVisit, tracker, real)
    assert "2028" in told


async def test_a_question_after_a_fact_in_the_public_chat_is_read_in_its_context(
    real: Answerer,
) -> None:
    """Set 19: "hvad måler den så" right after a project, which the model read as the day
    plan, got "only in the citizen's own conversation"; a question that says nothing of a
    citizen's own things is read in the fact's context instead."""
    from actions.plan import ActionTellVisit
    from bot.access.replies import CITIZEN_ONLY

    message = {"text": "og hvad bruger de den så til", "intent": {"name": "ask_visit"}}
    before = {"text": "hvad er en sensor i madrassen", "intent": {"name": "ask_topic"}}
    tracker = Tracker(
        sender_id="web-test",
        slots={"topic": "sansestimulering", "more_index": 0.0},
        latest_message={**message, "entities": []},
        events=[
            {"event": "user", "text": before["text"], "parse_data": before},
            {"event": "slot", "name": "topic", "value": "sansestimulering"},
            {"event": "user", "text": message["text"], "parse_data": message},
        ],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
    told = await _said(ActionTellVisit, tracker, real)
    assert told and CITIZEN_ONLY not in told, told
