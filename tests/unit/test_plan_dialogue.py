"""The day plan's words: titles from sentences, naming items, new times, spoken replies."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.plan import reading, replies
from bot.plan.model import Occurrence, PlanItem
from nlu.danish_time import CPH, parse

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=CPH)  # a Monday


def item(
    title: str,
    start: datetime,
    *,
    who: str | None = None,
    place: str | None = None,
    rrule: str | None = None,
    item_id: int = 1,
) -> PlanItem:
    return PlanItem(
        id=item_id, citizen_id="anna", title=title, start=start, end=start + timedelta(hours=1),
        place=place, who=who, note=None, rrule=rrule, exdates=(), overrides=(),
        remind_before_minutes=None, created_by="anna", updated_at=NOW,
    )  # fmt: skip


def occ(i: PlanItem, start: datetime | None = None) -> Occurrence:
    s = start or i.start
    return Occurrence(i, s, s + (i.end - i.start), s)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("skriv i min kalender at jeg skal til frisør på torsdag klokken 10", "frisør"),
        ("Sæt fysioterapi på planen i morgen kl 13", "fysioterapi"),
        ("kan du sætte banko i kalenderen hver tirsdag klokken 14", "banko"),
        ("tilføj en aftale med tandlægen på torsdag", "tandlægen"),
        ("jeg skal til frisør i morgen, kan du skrive det i planen", "frisør"),
        ("notér at jeg skal ringe til banken i morgen klokken 10", "ringe til banken"),
        ("sæt en aftale ind om at jeg skal til øjenlægen", "øjenlægen"),
        ("tilføj besøg af min søn på lørdag kl 15", "besøg af min søn"),
        ("ny aftale i kalenderen", ""),
        ("kan du lægge en ny aftale ind", ""),
        ("jeg vil gerne have noget skrevet ind i min plan", ""),
        ("skriv det i planen", ""),
        # a statement around it (issue 21)
        (
            "goddag jeg ville bare fortælle at jeg har fået en tid hos øjenlægen på mandag "
            "klokken 9 så det skal nok skrives ind",
            "øjenlægen",
        ),
        ("der er loppemarked i hallen på lørdag klokken 10 sæt det på", "loppemarked i hallen"),
    ],
)
def test_plan_title(sentence: str, title: str) -> None:
    assert reading.plan_title(sentence, parse(sentence, NOW).spans) == title


def test_an_item_is_named_by_a_word_stem_of_its_title_or_visitor() -> None:
    physio = item("Fysioterapi", NOW, who="fysioterapeuten")
    care = item("Morgenhjælp", NOW, who="hjemmeplejen")
    assert reading.names(physio, "hvornår kommer fysioterapeuten")
    assert reading.names(physio, "aflys fysioterapien")
    assert reading.names(care, "hvornår kommer hjemmeplejen i morgen")
    assert not reading.names(care, "hvornår kommer fysioterapeuten")
    # a son or a mother is named by the short word (set 5)
    visit = item("din søn kommer på besøg", NOW)
    assert reading.names(visit, "min søn kan ikke komme alligevel på lørdag")
    assert not reading.names(visit, "min datter kan ikke komme alligevel")
    # a compound named by its head (set 6's class)
    gym = item("Stolegymnastik", NOW)
    assert reading.names(gym, "flyt gymnastikken til klokken 11")
    assert not reading.names(gym, "flyt tandlægen til klokken 11")
    # question words, days and the plan itself name nothing
    assert not reading.names(
        item("Kalenderkursus på mandag", NOW), "hvad står der i kalenderen på mandag"
    )


def test_split_move_at_the_last_til() -> None:
    assert reading.split_move("flyt frisøren fra torsdag til fredag") == (
        "flyt frisøren fra torsdag ",
        " fredag",
    )
    assert reading.split_move("fysioterapeuten kommer klokken 14 i stedet") == (
        "",
        "fysioterapeuten kommer klokken 14 i stedet",
    )


def test_new_start_keeps_the_clock_or_the_day_across_summer_time() -> None:
    saturday = datetime(2027, 3, 27, 10, 0, tzinfo=CPH)  # the clocks go forward that night
    now = datetime(2027, 3, 26, 9, 0, tzinfo=CPH)
    o = occ(item("Gåtur", saturday))
    text, target = reading.target_time("flyt gåturen til søndag", now)
    moved = reading.new_start(o, text, target)
    assert moved == datetime(2027, 3, 28, 10, 0, tzinfo=CPH)
    assert moved is not None and moved.utcoffset() == timedelta(hours=2)
    text, target = reading.target_time("flyt gåturen til klokken 15", now)
    assert reading.new_start(o, text, target) == datetime(2027, 3, 27, 15, 0, tzinfo=CPH)
    text, target = reading.target_time("flyt gåturen", now)
    assert reading.new_start(o, text, target) is None


def test_plan_rule_keeps_one_time_of_day_in_the_start() -> None:
    assert reading.plan_rule("FREQ=WEEKLY;BYDAY=TU;BYHOUR=14;BYMINUTE=0") == "FREQ=WEEKLY;BYDAY=TU"
    assert reading.plan_rule(None) is None
    with pytest.raises(reading.SeveralTimes):
        reading.plan_rule("FREQ=DAILY;BYHOUR=10,16;BYMINUTE=0")


@pytest.mark.parametrize(
    ("hour", "part"),
    [
        (3, "om natten"),
        (6, "om morgenen"),
        (10, "om formiddagen"),
        (12, "ved middagstid"),
        (15, "om eftermiddagen"),
        (20, "om aftenen"),
        (23, "om natten"),
    ],
)
def test_orientation_names_the_part_of_the_day(hour: int, part: str) -> None:
    text = replies.orientation(NOW.replace(hour=hour, minute=5), clock_first=True)
    assert text == f"Klokken er {hour}.05. Det er mandag den 23. november, {part}."


def test_a_day_is_said_three_items_at_a_time() -> None:
    items = [occ(item(f"Punkt {n}", NOW + timedelta(hours=n), item_id=n)) for n in range(1, 6)]
    text, rest = replies.day_plan(items, "i dag", NOW)
    assert text == (
        "I dag: klokken 10 punkt 1, klokken 11 punkt 2 og klokken 12 punkt 3. "
        "Der er 2 ting mere. Vil du høre resten?"
    )
    assert replies.chunk(rest) == ("Klokken 13 punkt 4 og klokken 14 punkt 5.", [])


def test_a_day_that_is_over_and_an_empty_day() -> None:
    done = [occ(item("Morgenhjælp", NOW - timedelta(hours=2)))]
    assert replies.day_plan(done, "i dag", NOW) == ("Der står ikke mere i din plan i dag.", [])
    assert replies.day_plan([], "på fredag", NOW) == (
        "Der står ikke noget i din plan på fredag.",
        [],
    )


def test_the_citizens_own_words_are_said_back_to_them() -> None:
    visit = item("Kaffe", NOW, who="min datter", place="Café Lis")
    assert replies.what(visit) == "kaffe med din datter, Café Lis"
    assert replies.visit_reply([occ(visit)], NOW) == "Din datter kommer i dag klokken 9, til kaffe."
    assert replies.what(item("MR-scanning", NOW)) == "MR-scanning"


def test_every_reply_is_short_enough_to_be_spoken() -> None:
    long_day = [
        occ(
            item("Et meget langt punkt med mange ord i titlen", NOW + timedelta(hours=n), item_id=n)
        )
        for n in range(1, 12)
    ]
    text, _ = replies.day_plan(long_day, "i dag", NOW)
    assert len(text.split()) < 60
