"""Set 39's classes (daily use on the speaker and in Teams), in our own sentences."""

from __future__ import annotations

from datetime import datetime

from bot.core.clock import COPENHAGEN
from bot.home.parse import parse as parse_home
from bot.plan.reading import plan_title
from bot.plan.replies import NOT_FOUND, visit_reply
from bot.ranking import READ_SURE, citizens_asked, removal_said, request_asked_last, yes_do_said
from bot.staff.reading import without_shorthand
from nlu.danish_time import parse
from testkit.mqtt import example_home
from testkit.ranking import ranked

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=COPENHAGEN)


def test_ja_do_is_a_yes_where_the_model_was_unsure() -> None:
    for said in ("ja do", "Jo do", "jow do."):
        assert yes_do_said(ranked("report_crisis", ("affirm",)), said)[0]["name"] == "affirm"
    # never "dø", never where the model was sure, never with more said
    assert yes_do_said(ranked("report_crisis", ("affirm",)), "ja dø")[0]["name"] == "report_crisis"
    assert yes_do_said(ranked("report_crisis", ("affirm",)), "ja do nu")[0]["name"] != "affirm"
    sure = [{"name": "report_crisis", "confidence": 0.95}, {"name": "affirm", "confidence": 0.01}]
    assert yes_do_said(sure, "ja do")[0]["name"] == "report_crisis"


def test_removing_the_thing_just_made_is_no_wish_for_a_person() -> None:
    said = "nej det orker jeg ikke alligevel fjern den igen"
    assert removal_said(ranked("ask_human", ("deny",)), said)[0]["name"] == "cancel_reminder"
    plan = ranked("ask_human", ("cancel_plan_item", "cancel_reminder"))
    assert removal_said(plan, "nåh nej slet det")[0]["name"] == "cancel_plan_item"
    # a yes to "Skal jeg slette …?", a "don't", a question, a person asked for: unchanged
    assert removal_said(ranked("affirm"), "ja slet den")[0]["name"] == "affirm"
    assert removal_said(ranked("deny"), "nej slet den ikke")[0]["name"] == "deny"
    assert removal_said(ranked("ask_human"), "kan jeg slette den?")[0]["name"] == "ask_human"
    assert removal_said(ranked("ask_human"), "jeg vil tale med et menneske")[0]["name"] == (
        "ask_human"
    )


def test_the_plan_named_with_the_west_jutland_article_is_not_the_title() -> None:
    said = "skriv fodbold i tv på æ plan på lørdag klokken tre"
    title = plan_title(said, parse(said, NOW).spans)
    assert "plan" not in title and "fodbold" in title


def test_what_one_looks_out_at_is_not_a_room() -> None:
    command = parse_home("træk gardinerne fra jeg vil kigge ud på haven", example_home(1883))
    assert command.unknown_place is None
    assert parse_home("tænd lyset på loftet", example_home(1883)).unknown_place == "loftet"


def test_ones_citizens_asked_last_after_context_are_not_a_wish_for_a_person() -> None:
    said = "Jeg er ny på holdet i denne uge og kender ikke ruten endnu. Hvem er mine borgere?"
    assert citizens_asked(ranked("ask_human"), said)[0]["name"] == "list_my_citizens"
    assert citizens_asked(ranked("ask_human"), "kan jeg tale med min leder")[0]["name"] == (
        "ask_human"
    )
    assert citizens_asked(ranked("ask_technology"), "hvem er mine borgere")[0]["name"] == (
        "ask_technology"
    )


def test_a_request_said_last_after_context_is_that_request() -> None:
    def first(said: str, *model: str) -> str:
        ranking = [
            {"name": n, "confidence": c} for n, c in zip(model, (0.5, 0.3, 0.1), strict=False)
        ]
        return str(request_asked_last(ranking, said)[0]["name"])

    removal = "Lægen har ringet og stoppet den fra i morgen. Slet hans påmindelse om sovemedicin."
    assert first(removal, "set_reminder", "cancel_plan_item") == "cancel_reminder"
    move = "Terapeuten kan først om eftermiddagen, så kan du rykke hendes træning til kl. 15?"
    assert first(move, "add_plan_item", "move_plan_item", "change_reminder") == "move_plan_item"
    remind = "Hun glemmer det altid om søndagen. Vil du minde hende om kirken hver søndag kl 9?"
    assert first(remind, "cancel_plan_item", "add_plan_item") == "set_reminder"
    cancel = "Hun er på sygehuset til fredag. Aflys hendes frisør på torsdag."
    assert first(cancel, "set_reminder", "cancel_reminder", "cancel_plan_item") == (
        "cancel_plan_item"
    )
    right_but_unsure = request_asked_last([{"name": "move_plan_item", "confidence": 0.42}], move)
    assert right_but_unsure[0] == {"name": "move_plan_item", "confidence": READ_SURE}
    # one sentence, an emergency first, a sure model, a question about reminders: unchanged
    assert first("slet min påmindelse om kaffe", "ask_human") == "ask_human"
    assert first("Han er faldet. Slet påmindelsen.", "report_emergency") == "report_emergency"
    sure = [{"name": "ask_plan", "confidence": 0.97}]
    assert request_asked_last(sure, "Godmorgen. Flyt min frisør til kl 11.")[0]["name"] == (
        "ask_plan"
    )
    assert first("Jeg er så glemsom. Mind mig om hvad jeg skal i dag", "ask_plan") == "ask_plan"


def test_a_night_shifts_shorthand_is_written_out() -> None:
    assert without_shorthand("påm t Jens om øjendråber i aften kl 21") == (
        "påmindelse til Jens om øjendråber i aften kl 21"
    )
    assert without_shorthand("Påm. til karen om gåtur") == "påmindelse til karen om gåtur"
    # an hour after a number, and words that only begin so, stay
    for kept in ("sluk ovnen om 1 t", "påmelding til banko", "t-shirt"):
        assert without_shorthand(kept) == kept


def test_the_visitor_asked_with_the_west_jutland_article_is_named_back() -> None:
    told = visit_reply([], NOW, "hvornår kommer æ fodterapeut")
    assert "fodterapeut" in told and told != NOT_FOUND
