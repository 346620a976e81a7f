"""The staff API's calendar files: export, import (again), and refused files over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from icalendar import Calendar

from bot.plan.queries import occurrences_between
from tests.unit.test_plan_ical import OUTLOOK
from tests.unit.test_web_staff import ITEMS, OLE_KEY, Staff, add, at, serving_url, weekly


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[Staff]:
    async with serving_url(f"sqlite:///{tmp_path / 'plan.db'}") as staff:
        yield staff


ICS = "/borgere/anna/plan.ics"


async def test_export_is_a_calendar_file_with_the_items_uids(api: Staff) -> None:
    physio = await weekly(api)
    await add(api, title="Frisør")
    answer = await api.call("GET", ICS)
    assert answer.status == 200
    assert answer.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert answer.headers["Content-Disposition"] == 'attachment; filename="dagsplan-anna.ics"'
    events = Calendar.from_ical(answer.body).walk("VEVENT")
    assert {str(e["summary"]) for e in events} == {"Fysioterapi", "Frisør"}
    assert physio["uid"] in {str(e["uid"]) for e in events}
    odd = await api.call("GET", "/borgere/anna%20b%C3%B8/plan.ics")  # "anna bø"
    assert odd.headers["Content-Disposition"] == 'attachment; filename="dagsplan-anna_b_.ics"'


async def test_import_counts_and_a_second_import_updates(api: Staff) -> None:
    first = await api.call("POST", ICS, data=OUTLOOK, headers={"Content-Type": "text/calendar"})
    assert first.status == 200, first.body
    assert (first.body["tilfoejet"], first.body["opdateret"], first.body["overstaaet"]) == (3, 0, 1)
    assert first.body["besked"] == (
        "3 aftaler tilføjet, 0 opdateret. 1 var allerede overstået og er ikke taget med."
    )
    again = await api.call("POST", ICS, data=OUTLOOK, key=OLE_KEY)
    assert (again.body["tilfoejet"], again.body["opdateret"]) == (0, 3)
    assert sorted(i["id"] for i in again.body["punkter"]) == sorted(
        i["id"] for i in first.body["punkter"]
    )
    assert api.count() == (3, 6)
    log = (await api.call("GET", "/borgere/anna/log")).body["log"]
    assert [(e["action"], e["acting"]) for e in log] == [("import", "staff:mette")] * 3 + [
        ("import_update", "staff:ole")
    ] * 3


async def test_export_then_import_into_another_citizen(api: Staff) -> None:
    await weekly(api)
    await add(api, title="Frisør", rrule="FREQ=DAILY;COUNT=3")
    data = (await api.call("GET", ICS)).body
    moved = await api.call("POST", "/borgere/bo/plan.ics", data=data)
    assert moved.body["tilfoejet"] == 2

    def seen(citizen: str) -> list[tuple[object, ...]]:
        found = occurrences_between(api.plan, citizen, at(26, 0), at(30, 0, month=12))
        return [(o.start, o.end, o.item.title, o.item.who) for o in found]

    assert seen("bo") == seen("anna") and len(seen("anna")) > 20


BIG = b"BEGIN:VCALENDAR\r\n" + b"X" * (10 * 1024 * 1024)


@pytest.mark.parametrize(
    ("data", "status", "fejl"),
    [
        (BIG, 413, "Filen er for stor. Den må højst fylde 1 MB."),
        (BIG[: 1024 * 1024 + 1], 413, "Filen er for stor. Den må højst fylde 1 MB."),
        (b"", 422, "Filen kan ikke læses som en kalender."),
        (bytes(range(256)) * 40, 422, "Filen kan ikke læses som en kalender."),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
            422,
            "Filen indeholder ingen aftaler.",
        ),
        (
            OUTLOOK.replace(
                b"SUMMARY:Videokonsultation", b"SUMMARY:Videokonsultation\r\nRRULE:FREQ=MINUTELY"
            ),
            422,
            "Aftalen »Videokonsultation« gentages oftere end én gang om dagen eller på en ukendt måde.",
        ),
        (
            OUTLOOK.replace(
                b"DTSTART:20261105T130000Z", b"DTSTART;TZID=Mars/Olympus:20261105T130000"
            ),
            422,
            "Filen bruger en tidszone, som ikke kendes: Mars/Olympus.",
        ),
    ],
)
async def test_refused_files_save_nothing(api: Staff, data: bytes, status: int, fejl: str) -> None:
    await add(api)
    before = api.count()
    answer = await api.call("POST", ICS, data=data)
    assert (answer.status, answer.body) == (status, {"fejl": fejl})
    assert api.count() == before


async def test_a_refused_update_leaves_the_earlier_import(api: Staff) -> None:
    await api.call("POST", ICS, data=OUTLOOK)
    before = api.plan.items("anna")
    broken = OUTLOOK.replace(b"SUMMARY;LANGUAGE=da:L\xc3\xa6getjek", b"SUMMARY:Nyt navn").replace(
        b"DTEND:20261105T140000Z", b"DTEND:20261105T120000Z"
    )
    answer = await api.call("POST", ICS, data=broken)
    assert answer.status == 422 and "slutter, før den begynder" in answer.body["fejl"]
    assert api.plan.items("anna") == before


@pytest.fixture
async def both(db_url: str) -> AsyncIterator[Staff]:
    async with serving_url(db_url) as staff:
        yield staff


async def test_import_on_both_databases(both: Staff) -> None:
    first = await both.call("POST", ICS, data=OUTLOOK)
    again = await both.call("POST", ICS, data=OUTLOOK)
    assert (first.body["tilfoejet"], again.body["opdateret"]) == (3, 3)
    assert (await both.call("POST", ICS, data=BIG)).status == 413
    assert (await both.call("POST", ICS, data=b"nonsense")).status == 422
    assert both.count() == (3, 6)
    assert len((await both.call("GET", ITEMS)).body["punkter"]) == 3
