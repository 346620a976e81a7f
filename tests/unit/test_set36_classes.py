"""Sets 35, 36 and 37's classes outside knowledge, in our own sentences: a staff member's
request to make the reminder said after the thing ("…, kan du lave påmindelse for ham"),
the thing kept in mind said before a request that points back to it ("… at han husker
sin stok. Kan du minde ham om det"), someone to be reminded "minder sig selv om" or
"bliver mindet om" it; a question of when something was decided is no crisis, nor hands
that will not any more; the plan asked last, "og Jens?", a time corrected in the same
breath; whether one must log in, where the answers come from, a phone call overheard."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.plan.reading import plan_title
from bot.ranking import another_asked, meta_asked, need_asked, plan_asked_last
from bot.reminders import reading
from bot.safety.detect import detect, doubtful
from nlu.danish_time import CPH, parse
from nlu.danish_time.corrected import as_meant
from testkit.ranking import ranked

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CPH)  # a Sunday


def _thing(said: str) -> str:
    return reading.reminder_what(said, parse(said, NOW).spans, None)


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        # the request to make it, said after the thing (staff, in the citizen's words)
        (
            "borgeren skal huske mine støttestrømper kl 8, kan du oprette en påmindelse",
            "dine støttestrømper",
        ),
        (
            "jeg skal ringe til frisøren i morgen kl 10, lav lige en påmindelse til mig tak",
            "at ringe til frisøren",
        ),
        (
            "borgeren skal tage min insulin kl 18 hver dag. sæt venligst påmindelse please",
            "at tage din insulin",
        ),
        ("borgeren skal vande blomster på fredag kl 11. kan du klare det?", "at vande blomster"),
    ],
)
def test_the_request_to_make_it_said_after_the_thing_is_not_the_thing(
    said: str, thing: str
) -> None:
    assert _thing(said) == thing


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        # the thing kept in mind, then a request that points back to it
        ("han glemmer tit sin stok. Kan du minde ham om den i morgen kl 10", "sin stok"),
        ("jeg husker aldrig mine øjendråber, mind mig om dem klokken 20", "dine øjendråber"),
        # someone who is to remind themselves, or be reminded
        (
            "lægen vil have at borgeren minder sig selv om at måle blodsukker kl 7",
            "at måle blodsukker",
        ),
        ("datteren ønsker at hun bliver mindet om gymnastikken på tirsdag kl 13", "gymnastikken"),
    ],
)
def test_the_thing_kept_in_mind_before_a_request_pointing_back(said: str, thing: str) -> None:
    assert _thing(said) == thing


def test_a_thing_said_in_a_that_clause_after_the_request_stays_whole() -> None:
    assert (
        _thing("mind mig om at han husker sin madpakke klokken 7") == "at han husker sin madpakke"
    )


@pytest.mark.parametrize(
    "said",
    [
        "og hvornår blev den besluttet?",
        "hvornår blev reglen vedtaget",
        "hvornår var det nu rådet blev nedsat",
    ],
)
def test_when_something_was_decided_is_no_crisis(said: str) -> None:
    """Two writers asked it of the pool just told; the model had read report_crisis
    at 0.97 (a decision said): the net's doubt mark keeps the model's intent out."""
    assert detect(said) is None and doubtful(said)


def _ranked(first: str) -> list[dict[str, object]]:
    return ranked(first, ("ask_plan", "ask_more"))


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("ok og Dora?", "nlu_fallback"),  # the last question, of another citizen
        ("og Mogens Hansen", "nlu_fallback"),
        ("ja og tak", "affirm"),  # a yes stays a yes
        ("ok og så", "affirm"),
        ("ja tak", "affirm"),
    ],
)
def test_and_another_name_after_a_question_is_no_yes(said: str, first: str) -> None:
    assert another_asked(_ranked("affirm"), said)[0]["name"] == first


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("Jeg skal lave vagtplan og mangler overblik. Hvad skal Dora i overmorgen?", "ask_plan"),
        ("har lige talt med datteren. hvad skal hun på torsdag", "ask_plan"),
        ("hvad skal man gøre med en ny rollator", "nlu_fallback"),
        # what one is to remember is the reminders' (their reader's, not this one's)
        ("jeg er lidt glemsom. hvad skal jeg huske i morgen", "nlu_fallback"),
    ],
)
def test_the_plan_asked_last_after_context(said: str, first: str) -> None:
    unsure = [{"name": "add_plan_item", "confidence": 0.36}, *_ranked("ask_plan")[1:]]
    unsure_first = "add_plan_item" if first == "nlu_fallback" else first
    assert plan_asked_last(unsure, said)[0]["name"] == unsure_first
    sure = [{"name": "set_reminder", "confidence": 0.95}]
    assert plan_asked_last(sure, said)[0]["name"] == "set_reminder"
    emergency = [{"name": "report_emergency", "confidence": 0.5}]
    assert plan_asked_last(emergency, said)[0]["name"] == "report_emergency"
    listed = [{"name": "list_reminders", "confidence": 0.6}]
    assert plan_asked_last(listed, said)[0]["name"] == "list_reminders"


@pytest.mark.parametrize(
    ("said", "framed"),
    [
        ("Datteren kommer på besøg lørdag kl 14, så mind Dora om at lave kaffe lørdag kl 13", True),
        (
            "jeg har lovet hende at hun bliver mindet om frisøren på fredag kl 9, kan du ordne det",
            True,
        ),
        ("jeg har glemt det og så husker jeg om at", False),
        ("hun bliver mindet om det hele tiden, kan du lave det om", False),
    ],
)
def test_a_reminder_asked_for_after_a_sentence_of_context(said: str, framed: bool) -> None:
    assert reading.reminder_framed(said) is framed


def test_the_same_time_said_twice_is_not_the_thing() -> None:
    said = (
        "hun har tid hos lægen på mandag kl 10, så mind borgeren om at tage kortet på mandag kl 10"
    )
    assert _thing(said) == "at tage kortet"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        # a request that points back writes what the sentence before it said
        (
            "borgeren har fået ny tid hos tandlægen, det er på torsdag kl 9.30. Skriv det i min plan",
            "tandlægen",
        ),
        (
            "min nabo kommer og hjælper på lørdag kl 11. kan du skrive det ind",
            "min nabo kommer og hjælper",
        ),
        # a yes or no is no title
        ("ja", ""),
        ("nej tak", ""),
    ],
)
def test_what_is_written_in_the_plan(said: str, title: str) -> None:
    assert plan_title(said, parse(said, NOW).spans) == title


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        # a clock time corrected in the same breath: the new one where the old stood
        (
            "skriv gymnastik i min plan på tirsdag klokken to nej vent klokken tre",
            "skriv gymnastik i min plan på tirsdag klokken tre",
        ),
        ("mind mig om posten kl. 10 nej undskyld kl. 11 tak", "mind mig om posten kl. 11 tak"),
        (
            "ring til Bo klokken 8 om morgenen hov jeg mener klokken 9",
            "ring til Bo klokken 9 om morgenen",
        ),
        # a length likewise
        (
            "sæt en nedtælling på fem minutter nej vent syv minutter",
            "sæt en nedtælling på syv minutter",
        ),
        ("en timer på 20 minutter eller nej en halv time", "en timer på en halv time"),
        # a weekday likewise (set 46)
        ("frisør på fredag nej vent det var på lørdag", "frisør på lørdag"),
        # no time of the same kind on both sides: as said
        (
            "frisør på fredag nej vent det var min søster",
            "frisør på fredag nej vent det var min søster",
        ),
        ("nej vent klokken ti", "nej vent klokken ti"),
        ("æg i 5 minutter nej vent 6", "æg i 5 minutter nej vent 6"),
    ],
)
def test_a_time_corrected_in_the_same_breath(said: str, meant: str) -> None:
    assert as_meant(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "min mor kan ikke huske om hun har spist. hvad kan hjælpe hende med det?",
        "jeg falder tit over tæpperne, hvad kunne hjælpe mig",
    ],
)
def test_what_can_help_after_a_need_told(said: str) -> None:
    """Set 35: the model's describe_need at 0.26 had fallen back to 'forstod ikke'."""
    unsure = [{"name": "describe_need", "confidence": 0.26}, *_ranked("ask_privacy")[1:]]
    ranked_now = need_asked(unsure, said)
    assert ranked_now[0]["name"] == "describe_need" and ranked_now[0]["confidence"] >= 0.9


@pytest.mark.parametrize(
    "said",
    [
        # set 37: hands that will not any more are no wish to die
        "hun kan stadig gå, men fingrene vil ikke mere, så hvad findes der til at åbne døren",
        "knæene kan ikke mere, er der en stol der hjælper en op",
        # swallowing long hard, or asked about with the tablets: advice, not 1-1-2
        "far har efterhånden svært ved at synke, findes der noget der hjælper",
        "mor har svært ved at synke, kan hendes piller fås som flydende medicin",
    ],
)
def test_a_body_worn_out_is_no_emergency(said: str) -> None:
    assert detect(said) is None and doubtful(said), said


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("han har pludselig svært ved at synke og hans mund hænger", "acute"),
        ("benene kan ikke mere og jeg vil ikke leve mere", "suicide"),
        ("armene vil ikke mere og jeg sidder fast i badekarret", "acute"),
    ],
)
def test_the_worn_body_mark_hides_no_emergency(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)


@pytest.mark.parametrize(
    ("said", "first", "wanted"),
    [
        # set 37: whether one must say who one is, in the public chat
        ("behøver jeg at oplyse mit navn her", "add_plan_item", "ask_privacy"),
        ("skal man bruge MitID for at skrive med jer", "ask_topic", "ask_privacy"),
        # where its answers come from, asked with "hvor fra"
        ("er jeres oplysninger fra sundhedsstyrelsen eller hvor fra", "nlu_fallback", "ask_source"),
        ("kommer dine tal fra kommunen eller hvem", "report_poisoning", "ask_source"),
        # whether it hears a phone call in the room
        ("kan du høre hvad vi snakker om når min datter ringer", "ask_repeat", "ask_privacy"),
        # not a request of one's own
        ("skriv tandlæge i min plan på fredag", "add_plan_item", "add_plan_item"),
    ],
)
def test_meta_asked_as_set_37_asked_it(said: str, first: str, wanted: str) -> None:
    ranking = [{"name": first, "confidence": 0.5}, *_ranked("ask_more")[1:]]
    assert meta_asked(ranking, said)[0]["name"] == wanted
