"""The held-out conversations' judge (bench/conversation_effects.py): each expectation
passes on its effect and fails without it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from bench.conversation_effects import (
    Device,
    Snapshot,
    Stored,
    about_matches,
    home_devices,
    home_ok,
    initial_states,
    judge,
    when_matches,
)
from bot.core.clock import COPENHAGEN

NOW = datetime(2026, 12, 3, 9, 30, tzinfo=COPENHAGEN)  # a Thursday morning
DEVICES = [
    Device("loft", "stue", "light"),
    Device("sofa", "stue", "light"),
    Device("kok", "koekken", "light"),
    Device("radiator", "stue", "thermostat"),
    Device("gardin", "sovevaerelse", "cover"),
    Device("hoveddoer", "gang", "lock"),
]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=COPENHAGEN)


def thing(
    first: datetime, rrule: str | None = None, text: str = "at tage hjertepiller", **kw: Any
) -> Stored:
    return Stored(text=text, first=first, rrule=rrule, **kw)


def test_about_matches_forms_and_close_spellings_not_other_things() -> None:
    assert about_matches("øjenlæge", "Øjenlægen")
    assert about_matches("hjertepiller", "at tage mine hjertepiller")
    assert about_matches("vanddrivende", "vanddrivende piller")
    assert not about_matches("frisør", "tandlæge")
    assert not about_matches("panodil", "at tage kalk")


def test_when_today_tomorrow_and_next_weekday() -> None:
    assert when_matches("today 21:00", thing(at(3, 21)), NOW)
    assert not when_matches("today 21:00", thing(at(4, 21)), NOW)
    assert when_matches("tomorrow 08:00", thing(at(4, 8)), NOW)
    assert not when_matches("tomorrow 08:00", thing(at(4, 20)), NOW)
    # "på torsdag" said on a Thursday is next week's; "på fredag" tomorrow
    assert when_matches("next thursday 11:00", thing(at(10, 11)), NOW)
    assert not when_matches("next thursday 11:00", thing(at(3, 11)), NOW)
    assert when_matches("next friday 13:00", thing(at(4, 13)), NOW)
    assert not when_matches("tomorrow 08:00", thing(at(4, 8), "FREQ=DAILY"), NOW)


def test_when_daily_weekly_and_in_minutes() -> None:
    assert when_matches("daily 07:00", thing(at(4, 7), "FREQ=DAILY"), NOW)
    assert not when_matches("daily 07:00", thing(at(4, 7)), NOW)
    # one daily rule at two hours fires at its second hour too (set 8)
    twice = "FREQ=DAILY;BYHOUR=7,19;BYMINUTE=0"
    assert when_matches("daily 19:00", thing(at(4, 7), twice), NOW)
    assert when_matches("daily 07:00", thing(at(4, 7), twice), NOW)
    assert not when_matches("daily 18:00", thing(at(4, 7), twice), NOW)
    assert not when_matches("daily 19:30", thing(at(4, 7), twice), NOW)
    assert not when_matches("daily 19:00", thing(at(4, 7), "FREQ=DAILY"), NOW)
    assert when_matches("weekly tuesday 10:00", thing(at(8, 10), "FREQ=WEEKLY;BYDAY=TU"), NOW)
    assert not when_matches("weekly tuesday 10:00", thing(at(8, 10), "FREQ=DAILY"), NOW)
    made = NOW
    assert when_matches("in 20 minutes", thing(made + timedelta(minutes=20), created=made), NOW)
    assert not when_matches("in 20 minutes", thing(made + timedelta(hours=1), created=made), NOW)


def snap(devices: dict[str, dict], commands: dict[str, int] | None = None) -> Snapshot:
    return Snapshot(devices=devices, commands=commands or {})


def test_a_light_expected_on_in_a_room_or_everywhere() -> None:
    before = snap({"loft": {"state": "OFF"}, "sofa": {"state": "OFF"}})
    one_on = snap({"loft": {"state": "ON"}, "sofa": {"state": "OFF"}}, {"loft": 1})
    expect = {"room": "stue", "kind": "light", "state": "on"}
    assert home_ok(expect, DEVICES, before, one_on)
    assert not home_ok(expect, DEVICES, before, before)
    everywhere = {"room": "alle", "kind": "light", "state": "on"}
    assert not home_ok(everywhere, DEVICES, before, one_on)


def test_numbers_percentages_locks_and_relative_changes() -> None:
    warm = snap({"radiator": {"setpoint": 22.5}})
    assert home_ok({"room": "stue", "kind": "heating", "state": 22.5}, DEVICES, warm, warm)
    assert not home_ok({"room": "stue", "kind": "heating", "state": 22}, DEVICES, warm, warm)
    half = snap({"gardin": {"position": 50}})
    assert home_ok({"room": "soveværelse", "kind": "blind", "state": "50%"}, DEVICES, half, half)
    locked = snap({"hoveddoer": {"lock_state": "locked"}})
    assert home_ok(
        {"device": "hoveddør", "kind": "lock", "state": "locked"}, DEVICES, locked, locked
    )
    dim = snap({"loft": {"state": "ON", "brightness": 127}})
    dimmer = snap({"loft": {"state": "ON", "brightness": 80}}, {"loft": 1})
    relative = {"room": "stue", "kind": "light"}
    assert home_ok(relative, DEVICES, dim, dimmer)
    assert not home_ok(relative, DEVICES, dim, dim)


NAMED = [
    Device("vindueslys", "stue", "light", ("lampen i vinduet", "hyggelampen"), ("stuen", "stue")),
    Device("loftlys", "stue", "light", ("loftslampen",), ("stuen", "stue")),
    Device("kokkenlys", "koekken", "light", ("lyset over bordet",), ("køkkenet", "køkken")),
    Device("varme-kok", "koekken", "thermostat", ("radiatoren",), ("køkkenet", "køkken")),
    Device("rullegardin-sove", "sovevaerelse", "cover", ("gardinet",), ("soveværelset",)),
]


def ids(expect: dict[str, Any]) -> list[str]:
    return [d.id for d in home_devices(expect, NAMED)]


def test_a_device_named_by_any_of_its_names_in_the_home_file() -> None:
    """A device is found by its id or by any name the home file gives it, in either
    form ("hyggelampe" / "hyggelampen"), spaces and all."""
    assert ids({"device": "hyggelampen", "kind": "light"}) == ["vindueslys"]
    assert ids({"device": "hyggelampe", "kind": "light"}) == ["vindueslys"]
    assert ids({"device": "lampen i vinduet", "kind": "light"}) == ["vindueslys"]
    assert ids({"device": "vindueslampen", "kind": "light"}) == ["vindueslys"]  # the id
    # a name of a device of another kind, or a name no device has, is nothing
    assert ids({"device": "radiatoren", "kind": "light"}) == []
    assert ids({"device": "læselampen", "kind": "light"}) == []


def test_a_room_at_the_start_of_a_compound_means_that_rooms_device_of_the_kind() -> None:
    """ "Køkkenlampen" with no such name: the kitchen's light; the room must be followed
    by something, and a room without a device of the kind gives nothing."""
    assert ids({"device": "køkkenlampen", "kind": "light"}) == ["kokkenlys"]
    assert ids({"device": "soveværelsesgardinet", "kind": "blind"}) == ["rullegardin-sove"]
    assert ids({"device": "stuelamperne", "kind": "light"}) == ["vindueslys", "loftlys"]
    assert ids({"device": "stueradiatoren", "kind": "heating"}) == []
    assert ids({"device": "gangens lampe", "kind": "light"}) == []
    assert ids({"device": "soveværelset", "kind": "blind"}) == []


def test_a_named_device_judged_on_its_state() -> None:
    before = snap({"vindueslys": {"state": "OFF"}, "loftlys": {"state": "OFF"}})
    after = snap({"vindueslys": {"state": "ON"}, "loftlys": {"state": "OFF"}}, {"vindueslys": 1})
    expect = {"device": "hyggelampen", "kind": "light", "state": "on"}
    assert home_ok(expect, NAMED, before, after)
    wrong = snap({"vindueslys": {"state": "OFF"}, "loftlys": {"state": "ON"}}, {"loftlys": 1})
    assert not home_ok(expect, NAMED, before, wrong)


def test_a_lock_without_a_state_was_commanded() -> None:
    """A lock has no level: no state expected means it was commanded, even if it was
    already in the state the command asked for; not commanding it still fails."""
    locked = snap({"hoveddoer": {"lock_state": "locked"}})
    commanded = snap({"hoveddoer": {"lock_state": "locked"}}, {"hoveddoer": 1})
    expect = {"room": "gang", "kind": "lock"}
    assert home_ok(expect, DEVICES, locked, commanded)
    assert not home_ok(expect, DEVICES, locked, locked)
    # a light without a state must still change, not only be commanded
    dim = snap({"loft": {"state": "ON", "brightness": 127}})
    same = snap({"loft": {"state": "ON", "brightness": 127}}, {"loft": 1})
    assert not home_ok({"room": "stue", "kind": "light"}, DEVICES, dim, same)


def test_a_conversation_starts_from_the_opposite_of_what_it_expects() -> None:
    on = initial_states({"home": {"room": "køkken", "kind": "light", "state": "on"}}, DEVICES)
    assert on == {"kok": {"state": "OFF", "brightness": 254}}
    lock = initial_states(
        {"home": {"device": "hoveddør", "kind": "lock", "state": "locked"}}, DEVICES
    )
    assert lock["hoveddoer"]["lock_state"] == "unlocked"
    heat = initial_states({"home": {"room": "stue", "kind": "heating", "state": 22}}, DEVICES)
    assert heat["radiator"]["setpoint"] != 22


def verdict(
    expect: dict, answer: str, before: Snapshot, after: Snapshot, phone: str = ""
) -> tuple[str, ...]:
    """The expectations that failed."""
    found = judge(
        expect,
        citizen="s1",
        answers=[answer],
        before=before,
        after=after,
        devices=DEVICES,
        now=NOW,
        human_phone=phone,
    )
    assert found.passed == (not found.failed)
    return found.failed


def test_judge_needs_every_expectation() -> None:
    before = Snapshot(things={"s1": []})
    after = Snapshot(things={"s1": [thing(at(4, 8))]})
    expect = {
        "reminder": {"about": "hjertepiller", "when": "tomorrow 08:00"},
        "answer_contains_any": ["i morgen"],
    }
    assert verdict(expect, "Jeg minder dig om det i morgen klokken 8.", before, after) == ()
    assert verdict(expect, "Hvornår?", before, after) == ("answer_contains_any",)
    assert verdict(expect, "i morgen", before, before) == ("reminder",)
    assert verdict({"nothing_changed": True}, "ok", before, after) == ("nothing_changed",)
    assert verdict({"nothing_changed": True}, "ok", before, before) == ()
    assert verdict({"human": True}, "Ring på 70 00 00 00.", before, before, "70 00 00 00") == ()
    assert verdict({"human": True}, "Det ved jeg ikke.", before, before, "70 00 00 00")


def test_removed_means_it_existed_and_is_gone() -> None:
    made = Snapshot(things={"s1": [thing(at(4, 8), text="panodil")]})
    gone = Snapshot(things={"s1": [thing(at(4, 8), text="panodil", active=False)]})
    empty = Snapshot(things={"s1": []})
    expect = {"reminder_removed": {"about": "panodil"}}
    assert verdict(expect, "Slettet.", made, gone) == ()
    assert verdict(expect, "Slettet.", made, made) == ("reminder_removed",)
    assert verdict(expect, "Slettet.", empty, empty) == ("reminder_removed",)


def test_a_listing_is_a_listing_even_of_nothing_and_removes_nothing() -> None:
    none = Snapshot(things={"s1": []})
    assert verdict({"reminder_list": True}, "Du har ingen påmindelser.", none, none) == ()
    assert verdict({"reminder_list": True}, "Hvad vil du høre om?", none, none)
    kept = Snapshot(things={"s1": [thing(at(4, 8), text="kalk")]})
    gone = Snapshot(things={"s1": [thing(at(4, 8), text="kalk", active=False)]})
    assert verdict({"reminder_list": True}, "Kalk i morgen klokken 8.", kept, kept) == ()
    assert verdict({"reminder_list": True}, "Dine påmindelser er slettet.", kept, gone)
    # one removed before the conversation (a staff member's citizen, another conversation)
    assert verdict({"reminder_list": True}, "Kalk i morgen klokken 8.", gone, gone) == ()
    made_and_gone = Snapshot(things={"s1": [thing(at(5, 8), text="jern", active=False)]})
    assert verdict({"reminder_list": True}, "Påmindelser: ingen.", none, made_and_gone)


def test_a_plan_item_made_and_deleted_in_the_conversation_counts_as_removed() -> None:
    empty = Snapshot(things={"s1": []})
    item = thing(at(4, 13), text="øjenlæge", kind="plan")
    deleted = Snapshot(things={"s1": []}, seen={"s1": [item]})
    expect = {"plan_removed": {"about": "øjenlæge"}}
    assert verdict(expect, "Det er fjernet fra din plan.", empty, deleted) == ()
    kept = Snapshot(things={"s1": [item]}, seen={"s1": [item]})
    assert verdict(expect, "Det er fjernet fra din plan.", empty, kept) == ("plan_removed",)


def test_a_bare_number_for_a_light_is_a_percentage() -> None:
    """The writers' format note gives a light's level as a number ("state: 50"); set 21
    wrote so, and every such expectation had failed whatever the lamp did."""
    half = snap({"loft": {"state": "ON", "brightness": 127}})
    full = snap({"loft": {"state": "ON", "brightness": 254}})
    expect = {"device": "loft", "kind": "light", "state": 50}
    assert home_ok(expect, DEVICES, full, half)
    assert not home_ok(expect, DEVICES, half, full)
    start = initial_states({"home": expect}, DEVICES)
    assert start["loft"]["brightness"] != 127  # not already what is expected


def test_asked_back_then_done_counts_the_question_before_the_deed() -> None:
    """Set 20 expects "asks_back" and a reminder: asked which citizen, then made."""
    empty = snap({})

    def asked(answers: list[str], expect: dict) -> bool:
        found = judge(
            expect,
            citizen="s1",
            answers=answers,
            before=empty,
            after=empty,
            devices=DEVICES,
            now=NOW,
            human_phone="",
        )
        return "asks_back" not in found.failed

    both = {"asks_back": True, "reminder": {"about": "x", "when": "tomorrow 08:00"}}
    assert asked(["Hvem af dine borgere er det: Karen Jensen?", "Jeg minder Karen ..."], both)
    assert not asked(["Jeg minder Karen ...", "Jeg minder Karen ..."], both)
    plan = {"asks_back": True, "plan": {"about": "x", "when": "tomorrow 08:00"}}
    assert not asked(["Skal jeg skrive »x« i Karens plan?", "Det er skrevet."], plan)
    assert asked(["Hvornår?"], {"asks_back": True})
    assert not asked(["Hvornår?", "Det er gjort."], {"asks_back": True})
    # set 50: which lamp asked, then turned on
    lamp = {"asks_back": True, "home": {"device": "loft", "kind": "light", "state": "on"}}
    assert asked(["Der er to lamper i stuen: loftslampen eller lampen ved sofaen?", "Tændt."], lamp)
    assert not asked(["Tændt.", "Tændt."], lamp)


def test_another_conversations_reminder_of_the_same_words_may_stay() -> None:
    """Set 20: a staff member's citizen is shared by many conversations; one made and
    removed here counts as removed though another conversation's of the same words is
    still there. One of the same words made here and left is not removed."""
    other = thing(at(4, 10), text="ringe til lægen")
    mine = thing(at(5, 10), text="ringe til lægen")
    expect = {"reminder_removed": {"about": "læge"}}
    before = Snapshot(things={"s1": [other]})
    removed = Snapshot(
        things={"s1": [other, replace(mine, active=False)]}, seen={"s1": [other, mine]}
    )
    assert verdict(expect, "Slettet.", before, removed) == ()
    left = Snapshot(things={"s1": [other, mine]}, seen={"s1": [other, mine]})
    assert verdict(expect, "Slettet.", before, left) == ("reminder_removed",)
    wrong_one = Snapshot(
        things={"s1": [replace(other, active=False), mine]}, seen={"s1": [other, mine]}
    )
    assert verdict(expect, "Slettet.", before, wrong_one) == ("reminder_removed",)
