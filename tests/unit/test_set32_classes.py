"""Set 32's classes outside knowledge, in our own sentences: a device named without its
definite ending ("tænd loftslampe", "lampe ved sofa"), "hvor varm er der", "atten tretti",
"du siger til mig" as a reminder's request, "jeg vil have en påmindelse" with nothing
named yet, a yes with its reason after it, the visitor after "den", the listening
question said as a statement, a citizen's name mistyped (tests/unit/test_access.py) and a
staff member's plan entry written as a label."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.access.roster import Citizen
from bot.conversation.reading import asks_about_my_data
from bot.home.parse import Action
from bot.home.parse import parse as parse_home
from bot.plan.reading import plan_title
from bot.plan.replies import visit_reply
from bot.ranking import meta_asked, plan_asked, yes_said
from bot.reminders import reading
from bot.staff.reading import in_citizen_words
from nlu.danish_time import CPH, parse
from testkit.mqtt import example_home

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CPH)  # a Sunday
HOME = example_home(1883)


def _ranked(first: str, confidence: float = 0.6) -> list[dict[str, object]]:
    return [
        {"name": first, "confidence": confidence},
        {"name": "affirm", "confidence": 0.1},
        {"name": "add_plan_item", "confidence": 0.1},
        {"name": "ask_privacy", "confidence": 0.05},
    ]


@pytest.mark.parametrize(
    ("said", "device"),
    [
        ("tænd loftslampe i stuen", "loftslampe-stue"),
        ("sluk sengelampe", "sengelampe"),
        ("kan du slukke lampe ved sofa", "sofalampe"),
        ("gulvvarme skal være toogtyve", "gulvvarme-bad"),
        ("tænd natlampe tak", "sengelampe"),
        ("skru op for stueradiator", "termostat-stue"),
    ],
)
def test_a_device_named_without_its_definite_ending(said: str, device: str) -> None:
    assert parse_home(said, HOME).devices == (device,)


def test_the_definite_names_still_name_their_devices() -> None:
    assert parse_home("tænd loftslampen", HOME).devices == ("loftslampe-stue",)
    assert parse_home("tænd lyset i stuen", HOME).devices == ()


@pytest.mark.parametrize(
    "said",
    ["hvor varm er der i soveværelset", "hvor kold er det i stuen", "hvor lun er gulvvarmen"],
)
def test_the_temperature_asked_with_the_adjectives_base_form(said: str) -> None:
    assert parse_home(said, HOME).action is Action.ASK_TEMPERATURE


@pytest.mark.parametrize(
    ("said", "hour", "minute"),
    [("i morgen klokken atten tretti", 18, 30), ("klokken nitten tretti på fredag", 19, 30)],
)
def test_tretti_is_thirty(said: str, hour: int, minute: int) -> None:
    when = parse(said, NOW).when
    assert when is not None and (when.hour, when.minute) == (hour, minute)


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("jeg skal til frisør på tirsdag du siger til mig klokken ti", "at du skal til frisør"),
        ("du siger til mig i morgen klokken 9 at jeg skal ringe til Bent", "at ringe til Bent"),
    ],
)
def test_du_siger_til_mig_asks_for_a_reminder(said: str, thing: str) -> None:
    spans = parse(said, NOW).spans
    assert reading.duty_to_remember(said, spans)
    assert reading.reminder_what(said, spans, None) == thing


def test_someone_elses_saying_is_no_request() -> None:
    said = "hun siger til mig at hun er træt"
    assert not reading.duty_to_remember(said, parse(said, NOW).spans)


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil have en påmindelse",
        "jeg vil gerne ha en påmindelse",
        "jeg skal bruge en påmindelse",
    ],
)
def test_a_reminder_wanted_with_nothing_named_asks_what(said: str) -> None:
    assert reading.asks_for_a_reminder(said)
    assert reading.reminder_what(said, (), None) == ""


def test_a_reminder_wanted_with_its_thing_keeps_the_thing() -> None:
    said = "jeg vil gerne have en påmindelse om at ringe til Bent i morgen klokken 10"
    assert reading.reminder_what(said, parse(said, NOW).spans, None) == "at ringe til Bent"


@pytest.mark.parametrize(
    ("said", "model"),
    [
        ("ja det er aflyst hun ringede", "cancel_plan_item"),
        ("ja den skal væk", "cancel_reminder"),
        ("jo det har jeg skrevet", "add_plan_item"),
        ("ja tak det er fint", "inform"),
    ],
)
def test_a_yes_with_its_reason_is_a_yes(said: str, model: str) -> None:
    assert yes_said(_ranked(model), said)[0]["name"] == "affirm"


@pytest.mark.parametrize(
    ("said", "model"),
    [
        ("ja og aflys også frisøren", "cancel_plan_item"),
        ("ja men ikke den på fredag", "cancel_plan_item"),
        ("ja hvornår er det", "add_plan_item"),
        ("aflys tandlægen", "cancel_plan_item"),
        ("ja det er akut", "urgent"),
    ],
)
def test_a_yes_with_more_asked_is_read_as_asked(said: str, model: str) -> None:
    assert yes_said(_ranked(model), said)[0]["name"] == model


def test_the_visitor_after_an_article_is_named_back() -> None:
    assert "hjemmepleje" in visit_reply([], NOW, "hvornår kommer den hjemmepleje")
    assert "fysioterapeut" in visit_reply([], NOW, "hvornår kommer den fysioterapeut")


@pytest.mark.parametrize(
    "said",
    [
        "du hører hele tiden hvad jeg siger i min stue",
        "den lytter til alt hvad vi snakker om",
    ],
)
def test_listening_said_as_a_statement_is_the_privacy_question(said: str) -> None:
    assert asks_about_my_data(said)
    assert meta_asked(_ranked("ask_repeat"), said)[0]["name"] == "ask_privacy"


@pytest.mark.parametrize("said", ["du hører ikke hvad jeg siger", "du hører aldrig hvad jeg siger"])
def test_you_do_not_listen_is_no_privacy_question(said: str) -> None:
    assert not asks_about_my_data(said)


def test_a_mistyped_first_name_becomes_the_citizen() -> None:
    karen = Citizen("karen", "Karen Jensen")
    said = in_citizen_words(karen, "ny påmindelse til Karne: øjendråber i morgen kl 21")
    assert said == "ny påmindelse til borgeren: øjendråber i morgen kl 21"
    kept = in_citizen_words(karen, "mind Karen om at ringe til Karin")
    assert kept == "mind borgeren om at ringe til Karin"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("karens plan torsdag: banko kl 14 i aktivitetscentret", "banko i aktivitetscentret"),
        ("jens' plan i morgen: fodterapeut kl 10", "fodterapeut"),
    ],
)
def test_a_plan_entry_written_as_a_label_is_a_plan_item(said: str, title: str) -> None:
    ranked = [
        {"name": "nlu_fallback", "confidence": 0.45},
        {"name": "add_plan_item", "confidence": 0.3},
    ]
    assert plan_asked(ranked, said)[0]["name"] == "add_plan_item"
    own = in_citizen_words(Citizen("x", "Karen Jensen" if "karen" in said else "Jens Olsen"), said)
    assert plan_title(own, parse(own, NOW).spans) == title


def test_a_plan_label_with_a_question_is_no_entry() -> None:
    ranked = [
        {"name": "nlu_fallback", "confidence": 0.45},
        {"name": "add_plan_item", "confidence": 0.3},
    ]
    assert plan_asked(ranked, "karens plan: hvad står der kl 10?")[0]["name"] == "nlu_fallback"
