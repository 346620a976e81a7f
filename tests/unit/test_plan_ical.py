"""iCalendar export and import: round trip over a year, Outlook files, refused files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from icalendar import Calendar

from bot.core.clock import COPENHAGEN
from bot.plan.ical import InvalidCalendar, export_ics, import_ics
from bot.plan.model import ImportResult
from bot.plan.queries import occurrences_between, on
from bot.plan.store import PlanStore
from testkit.support import ManualClock, pg_schema_url

START = datetime(2026, 10, 1, 8, 0, tzinfo=COPENHAGEN)


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[PlanStore]:
    urls = (
        iter([f"sqlite:///{tmp_path / 'plan.db'}"])
        if request.param == "sqlite"
        else pg_schema_url("ical")
    )
    url = next(urls)
    s = PlanStore(url, ManualClock(START))
    s.create_schema()
    yield s
    s.dispose()
    for _ in urls:  # drops the PostgreSQL schema
        pass


def fill(store: PlanStore) -> None:
    physio = store.add(
        "anna",
        "Fysioterapi",
        at(2026, 10, 5, 10),
        at(2026, 10, 5, 11),
        acting="anna",
        rrule="FREQ=WEEKLY;BYDAY=MO,WE",
        who="fysioterapeuten",
        note="Husk skoene\nDøren er i gården",
        place="Sundhedshuset",
        remind_before_minutes=30,
    )
    store.delete("anna", physio.id, acting="anna", on=date(2026, 10, 7))
    store.move_occurrence("anna", physio.id, date(2026, 10, 26), at(2026, 10, 27, 14), acting="a")
    store.move_occurrence("anna", physio.id, date(2027, 3, 29), at(2027, 3, 28, 9), acting="a")
    night = store.add(
        "anna",
        "Natpleje",
        at(2026, 10, 2, 2, 30),
        at(2026, 10, 2, 3),
        acting="s",
        rrule="FREQ=DAILY",
    )
    store.delete("anna", night.id, acting="s", on=date(2026, 12, 24))
    store.add(
        "anna",
        "Hjemmeplejen",
        at(2026, 10, 1, 23),
        at(2026, 10, 2, 1),
        acting="s",
        rrule="FREQ=DAILY;INTERVAL=2;UNTIL=20270601T000000Z",
        who="hjemmeplejen",
    )
    store.add("anna", "Ferie", at(2026, 12, 21), at(2026, 12, 28), acting="anna")
    store.add(
        "anna",
        "Bankospil",
        at(2026, 10, 8, 19),
        at(2026, 10, 8, 21),
        acting="anna",
        rrule="FREQ=MONTHLY;BYDAY=2TH;COUNT=8",
    )


def seen(store: PlanStore, citizen: str) -> list[tuple[object, ...]]:
    found = occurrences_between(store, citizen, at(2026, 10, 1), at(2027, 10, 2))
    return [
        (
            o.start,
            o.end,
            o.original_start,
            o.item.title,
            o.item.who,
            o.item.note,
            o.item.place,
            # vRecur may reorder the parts of a rule; the parts themselves must survive.
            frozenset((o.item.rrule or "").split(";")),
            o.item.remind_before_minutes,
        )
        for o in found
    ]


def test_round_trip_keeps_every_occurrence_over_a_year(store: PlanStore) -> None:
    fill(store)
    data = export_ics(store.items("anna"))
    result = import_ics(store, data, "bo", "staff-1")
    imported = result.items
    assert len(imported) == 5 and {i.created_by for i in imported} == {"staff-1"}
    assert (result.added, result.updated, result.skipped_past) == (5, 0, 0)
    before, after = seen(store, "anna"), seen(store, "bo")
    assert len(before) > 500
    assert after == before
    # Both daylight-saving changes are in there, as the reminders place them.
    spring = {o.item.title: o.start for o in on(store, "bo", date(2027, 3, 28))}
    assert spring["Natpleje"] == at(2027, 3, 28, 3, 30)  # 02:30 does not exist that night
    assert spring["Fysioterapi"] == at(2027, 3, 28, 9)  # moved there from Monday
    (autumn,) = [o for o in on(store, "bo", date(2026, 10, 25)) if o.item.title == "Natpleje"]
    assert (autumn.start.hour, autumn.start.minute, autumn.start.fold) == (2, 30, 0)
    christmas_eve = [o.item.title for o in on(store, "bo", date(2026, 12, 24))]
    assert "Ferie" in christmas_eve and "Natpleje" not in christmas_eve  # the EXDATE
    assert {a.action for a in store.audit("bo")} == {"import"}


def test_export_has_uid_tzid_vtimezone_and_recurrence_ids(store: PlanStore) -> None:
    fill(store)
    text = export_ics(store.items("anna")).decode()
    cal = Calendar.from_ical(text)
    assert [c.name for c in cal.walk("VTIMEZONE")] == ["VTIMEZONE"]
    assert "DTSTART;TZID=Europe/Copenhagen:20261005T100000" in text
    assert "RECURRENCE-ID;TZID=Europe/Copenhagen:20261026T100000" in text
    assert "EXDATE;TZID=Europe/Copenhagen:20261007T100000" in text
    assert "TRIGGER:-PT30M" in text
    uids = {str(e["uid"]) for e in cal.walk("VEVENT")}
    assert all(u.endswith("@velfaerdsassistenten") for u in uids) and len(uids) == 5


OUTLOOK = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VTIMEZONE\r
TZID:Romance Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
CLASS:PUBLIC\r
DESCRIPTION:Tag medicinlisten med\\n\r
DTEND;TZID="Romance Standard Time":20261110T113000\r
DTSTART;TZID="Romance Standard Time":20261110T103000\r
DTSTAMP:20261001T090000Z\r
LOCATION:Lægehuset\r
RRULE:FREQ=WEEKLY;UNTIL=20270330T093000Z;INTERVAL=1;BYDAY=TU;WKST=MO\r
EXDATE;TZID="Romance Standard Time":20261117T103000\r
SUMMARY;LANGUAGE=da:Lægetjek\r
UID:040000008200E00074C5B7101A82E00800000000\r
BEGIN:VALARM\r
TRIGGER:-PT15M\r
ACTION:DISPLAY\r
DESCRIPTION:Reminder\r
END:VALARM\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;VALUE=DATE:20261224\r
DTEND;VALUE=DATE:20261225\r
SUMMARY:Juleaften hos min datter\r
UID:040000008200E00074C5B7101A82E00800000001\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART:20261105T130000Z\r
DTEND:20261105T140000Z\r
SUMMARY:Videokonsultation\r
UID:utc-1\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;TZID=Romance Standard Time:20250101T100000\r
DTEND;TZID=Romance Standard Time:20250101T110000\r
SUMMARY:Gammel aftale\r
UID:old-1\r
END:VEVENT\r
END:VCALENDAR\r
""".encode()


def test_outlook_file_with_windows_zone_all_day_and_utc(store: PlanStore) -> None:
    result = import_ics(store, OUTLOOK, "anna", "anna")
    assert (result.added, result.updated, result.skipped_past) == (3, 0, 1)
    items = {i.title: i for i in result.items}
    assert set(items) == {
        "Lægetjek",
        "Juleaften hos min datter",
        "Videokonsultation",
    }  # old one left out
    check = items["Lægetjek"]
    assert (check.start, check.place, check.note) == (
        at(2026, 11, 10, 10, 30),
        "Lægehuset",
        "Tag medicinlisten med",
    )
    assert check.remind_before_minutes == 15 and check.exdates == (at(2026, 11, 17, 10, 30),)
    tuesdays = [
        o.start
        for o in occurrences_between(store, "anna", at(2026, 11, 1), at(2027, 6, 1))
        if o.item.id == check.id
    ]
    assert tuesdays[:2] == [at(2026, 11, 10, 10, 30), at(2026, 11, 24, 10, 30)]
    assert tuesdays[-1] == at(2027, 3, 30, 10, 30)  # UNTIL in UTC, read after the spring change
    assert {t.hour for t in tuesdays} == {10}
    xmas = items["Juleaften hos min datter"]
    assert (xmas.start, xmas.end) == (at(2026, 12, 24), at(2026, 12, 25))
    assert items["Videokonsultation"].start == at(2026, 11, 5, 14)


def _event(lines: str) -> bytes:
    good = "BEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20261105T130000Z\r\nDTEND:20261105T140000Z\r\nSUMMARY:God\r\nEND:VEVENT\r\n"
    body = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{good}BEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:Dårlig\r\n{lines}END:VEVENT\r\nEND:VCALENDAR\r\n"
    return body.encode()


@pytest.mark.parametrize(
    ("data", "reason", "danish"),
    [
        (
            b"BEGIN:VCALENDAR\r\n" + b"X" * (10 * 1024 * 1024),
            "too_large",
            "Filen er for stor. Den må højst fylde 1 MB.",
        ),
        (bytes(range(256)) * 40, "malformed", "Filen kan ikke læses som en kalender."),
        (b"", "malformed", "Filen kan ikke læses som en kalender."),
        (
            _event(
                "DTSTART;TZID=Mars/Olympus:20261105T130000\r\nDTEND;TZID=Mars/Olympus:20261105T140000\r\n"
            ),
            "unknown_tzid",
            "Filen bruger en tidszone, som ikke kendes: Mars/Olympus.",
        ),
        (
            _event("DTEND:20261105T140000Z\r\n"),
            "no_start",
            "En aftale i filen mangler et starttidspunkt.",
        ),
        (
            _event("DTSTART:20261105T140000Z\r\nDTEND:20261105T130000Z\r\n"),
            "end_before_start",
            "En aftale i filen slutter, før den begynder.",
        ),
        (
            _event("DTSTART:20261105T130000Z\r\nDTEND:20261105T140000Z\r\nRRULE:FREQ=HOURLY\r\n"),
            "rrule",
            "Aftalen »Dårlig« gentages oftere end én gang om dagen eller på en ukendt måde.",
        ),
        (
            _event("DTSTART:20261105T130000Z\r\nDTEND:20261215T140000Z\r\n"),
            "invalid_end",
            "Aftalen »Dårlig« i filen kan ikke gemmes.",
        ),
    ],
)
def test_refused_files_store_nothing(
    store: PlanStore, data: bytes, reason: str, danish: str
) -> None:
    with pytest.raises(InvalidCalendar) as err:
        import_ics(store, data, "anna", "anna")
    assert (err.value.reason, err.value.danish) == (reason, danish)
    assert store.items("anna") == [] and store.audit("anna") == []


def test_cancelled_occurrence_from_another_calendar_becomes_an_exdate(store: PlanStore) -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:s\r\nDTSTART;TZID=Europe/Copenhagen:20261102T090000\r\n"
        "DURATION:PT30M\r\nRRULE:FREQ=DAILY;COUNT=5\r\nSUMMARY:Morgenbesøg\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID;TZID=Europe/Copenhagen:20261103T090000\r\n"
        "DTSTART;TZID=Europe/Copenhagen:20261103T090000\r\nDURATION:PT30M\r\nSTATUS:CANCELLED\r\n"
        "SUMMARY:Morgenbesøg\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    (item,) = import_ics(store, data, "anna", "anna").items
    found = occurrences_between(store, "anna", at(2026, 11, 1), at(2026, 12, 1))
    assert [o.start.day for o in found] == [2, 4, 5, 6]
    assert found[0].end == at(2026, 11, 2, 9, 30) and item.exdates == (at(2026, 11, 3, 9),)


def test_series_moved_to_new_time_round_trips(store: PlanStore) -> None:
    fill(store)
    physio = next(i for i in store.items("anna") if i.title == "Fysioterapi")
    store.move_series("anna", physio.id, time(8, 15), acting="anna")
    import_ics(store, export_ics(store.items("anna")), "bo", "bo")
    assert seen(store, "bo") == seen(store, "anna")


# ---- importing again: UIDs --------------------------------------------------------


def counts(result: ImportResult) -> tuple[int, int, int]:
    return result.added, result.updated, result.skipped_past


def test_the_same_file_twice_updates_instead_of_doubling(store: PlanStore) -> None:
    first = import_ics(store, OUTLOOK, "anna", "anna")
    again = import_ics(store, OUTLOOK, "anna", "staff-2")
    assert counts(first) == (3, 0, 1) and counts(again) == (0, 3, 1)
    assert [i.id for i in again.items] == [i.id for i in first.items]
    assert len(store.items("anna")) == 3
    assert {i.created_by for i in store.items("anna")} == {"anna"}  # the creator stays
    assert [a.action for a in store.audit("anna")] == ["import"] * 3 + ["import_update"] * 3
    assert {i.uid for i in store.items("anna")} == {
        "040000008200E00074C5B7101A82E00800000000",
        "040000008200E00074C5B7101A82E00800000001",
        "utc-1",
    }


def test_a_changed_event_updates_the_item_and_its_exceptions(store: PlanStore) -> None:
    (check,) = [i for i in import_ics(store, OUTLOOK, "anna", "anna").items if i.rrule]
    changed = (
        OUTLOOK.decode()
        .replace("SUMMARY;LANGUAGE=da:Lægetjek", "SUMMARY:Lægetjek hos ny læge")
        .replace(":20261110T103000\r\nDTSTAMP", ":20261110T093000\r\nDTSTAMP")  # DTSTART
        .replace(":20261117T103000", ":20261124T093000")  # EXDATE
    )
    result = import_ics(store, changed.encode(), "anna", "anna")
    assert counts(result) == (0, 3, 1)
    item = store.get("anna", check.id)
    assert (item.title, item.start, item.end) == (
        "Lægetjek hos ny læge",
        at(2026, 11, 10, 9, 30),
        at(2026, 11, 10, 11, 30),
    )
    assert item.exdates == (at(2026, 11, 24, 9, 30),)


def test_own_export_imported_again_keeps_identity(store: PlanStore) -> None:
    fill(store)
    before, shown = store.items("anna"), seen(store, "anna")
    result = import_ics(store, export_ics(before), "anna", "anna")
    assert counts(result) == (0, 5, 0)
    assert [(i.id, i.uid) for i in store.items("anna")] == [(i.id, i.uid) for i in before]
    assert seen(store, "anna") == shown


def test_a_bad_event_leaves_earlier_updates_undone(store: PlanStore) -> None:
    import_ics(store, OUTLOOK, "anna", "anna")
    before = store.items("anna")
    broken = OUTLOOK.decode().replace("SUMMARY:Videokonsultation", "SUMMARY:Ny titel")
    broken = broken.replace(
        "END:VCALENDAR",
        "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Uden start\r\nEND:VEVENT\r\nEND:VCALENDAR",
    )
    with pytest.raises(InvalidCalendar):
        import_ics(store, broken.encode(), "anna", "anna")
    assert store.items("anna") == before and len(store.audit("anna")) == 3


def test_moved_occurrences_without_their_series_are_found_again(store: PlanStore) -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        + "".join(
            f"BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID;TZID=Europe/Copenhagen:202611{d}T090000\r\n"
            f"DTSTART;TZID=Europe/Copenhagen:202611{d}T140000\r\nDURATION:PT30M\r\n"
            "SUMMARY:Flyttet besøg\r\nEND:VEVENT\r\n"
            for d in ("03", "05")
        )
        + "BEGIN:VEVENT\r\nDTSTART:20261105T130000Z\r\nSUMMARY:Uden UID\r\nEND:VEVENT\r\n"
        + "END:VCALENDAR\r\n"
    ).encode()
    first = import_ics(store, data, "anna", "anna")
    again = import_ics(store, data, "anna", "anna")
    assert counts(first) == (3, 0, 0) and counts(again) == (1, 2, 0)  # no UID: added again
    assert sorted(i.uid or "" for i in first.items if i.title == "Flyttet besøg") == [
        "s#20261103T090000",
        "s#20261105T090000",
    ]


def _calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{body}END:VCALENDAR\r\n".encode()


SERIES = (
    "UID:serie\r\nDTSTART;TZID=Europe/Copenhagen:20261102T090000\r\nDURATION:PT30M\r\n"
    "RRULE:FREQ=DAILY;COUNT=5\r\nSUMMARY:Morgenbesøg\r\n"
)
MOVED = (
    "UID:s\r\nRECURRENCE-ID;TZID=Europe/Copenhagen:20261103T090000\r\n"
    "DTSTART;TZID=Europe/Copenhagen:20261103T140000\r\nDURATION:PT30M\r\nSUMMARY:Flyttet\r\n"
)
ONE_OFF = "UID:frisoer\r\nDTSTART:20261105T130000Z\r\nSUMMARY:Frisør\r\n"


def test_an_event_cancelled_in_the_calendar_is_deleted_on_the_next_import(
    store: PlanStore,
) -> None:
    first = import_ics(store, _calendar(SERIES, MOVED, ONE_OFF), "anna", "anna")
    store.add("anna", "Eget punkt", at(2026, 11, 4, 12), at(2026, 11, 4, 13), acting="anna")
    assert counts(first) == (3, 0, 0)
    cancelled = [e + "STATUS:CANCELLED\r\n" for e in (SERIES, MOVED)]
    again = import_ics(store, _calendar(*cancelled, ONE_OFF), "anna", "staff-2")
    assert counts(again) == (0, 1, 0) and again.cancelled == 2
    assert sorted(i.title for i in store.items("anna")) == ["Eget punkt", "Frisør"]
    gone = [a for a in store.audit("anna") if a.action == "import_cancel"]
    assert sorted(a.item_id for a in gone) == sorted(
        i.id for i in first.items if i.title in ("Morgenbesøg", "Flyttet")
    )
    assert {a.acting for a in gone} == {"staff-2"}
    # Another citizen's item with the same UID is not theirs to cancel.
    import_ics(store, _calendar(SERIES), "bo", "bo")
    import_ics(store, _calendar(SERIES + "STATUS:CANCELLED\r\n"), "anna", "anna")
    assert [i.title for i in store.items("bo")] == ["Morgenbesøg"]


def test_a_cancelled_event_never_imported_adds_nothing(store: PlanStore) -> None:
    result = import_ics(store, _calendar(SERIES + "STATUS:CANCELLED\r\n", ONE_OFF), "anna", "a")
    assert counts(result) == (1, 0, 0) and result.cancelled == 0
    assert [i.title for i in store.items("anna")] == ["Frisør"]


def test_a_very_long_uid_is_kept_as_its_digest(store: PlanStore) -> None:
    uid = "x" * 400
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTART:20261105T130000Z\r\nSUMMARY:Lang\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    (item,) = import_ics(store, data, "anna", "anna").items
    assert item.uid is not None and item.uid.startswith("sha256:") and len(item.uid) < 100
    assert counts(import_ics(store, data, "anna", "anna")) == (0, 1, 0)


def test_a_split_series_round_trips_into_the_same_plan(store: PlanStore) -> None:
    fill(store)
    physio = next(i for i in store.items("anna") if i.title == "Fysioterapi")
    store.clock.current = at(2026, 11, 4, 12)  # type: ignore[attr-defined]
    new = store.move_series("anna", physio.id, time(8, 15), acting="anna")
    before = seen(store, "anna")
    result = import_ics(store, export_ics(store.items("anna")), "anna", "anna")
    assert counts(result) == (0, 5, 1)  # the ended part is over: left as it is
    assert seen(store, "anna") == before
    assert new.id in {i.id for i in result.items} and len(store.items("anna")) == 6
