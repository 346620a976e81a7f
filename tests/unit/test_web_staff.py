"""The staff API over real HTTP: a Sanic server on a free port, aiohttp as the client.

Stores are a SQLite file in tmp_path; the core paths also run on PostgreSQL (db_url).
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sanic import Sanic

from bot.access import __main__ as access_cli
from bot.access.audit import AccessLog
from bot.access.policy import Access
from bot.access.roster import Roster
from bot.core.clock import COPENHAGEN
from bot.plan.model import ImportResult, InvalidPlanItem, Occurrence, PlanItem
from bot.plan.store import PlanStore
from bot.privacy.citizen_data import CitizenData
from bot.settings import SettingsError
from bot.web.screens import ScreenLinks
from bot.web.staff import StaffKeys, staff_blueprint
from bot.web.staff_input import (
    NO_CITIZEN,
    NOT_SET_UP,
    ApiError,
    clashes,
    import_message,
    parse_json,
    parse_move,
    parse_new_item,
    parse_time_of_day,
    parse_when,
    plan_refusal,
    series_length,
)
from testkit.support import ManualClock, serve

START = datetime(2026, 10, 23, 12, 0, tzinfo=COPENHAGEN)  # a Friday
KEY = "mette-" + "k" * 24
OLE_KEY = "ole-" + "o" * 26
LIS_KEY = "lis-" + "l" * 26  # a valid key whose name is in no roster
KEYS = StaffKeys.from_env({"VELFAERD_STAFF_KEYS": f"mette:{KEY}, ole:{OLE_KEY}, lis:{LIS_KEY}"})
ROSTER = Roster.from_yaml(
    """
citizens:
  - {id: anna, name: Anna Berg}
  - {id: bo, name: Bo Holm}
  - {id: anna bø, name: Anna Bø}
  - {id: carl, name: Carl Dahl}
staff:
  - {id: mette, name: Mette Krog, citizens: [anna, bo, anna bø]}
  - {id: ole, name: Ole Lund, citizens: [anna, bo, anna bø, carl]}
"""
)
_APPS = itertools.count()


def at(day: int, hour: int, minute: int = 0, month: int = 10) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=COPENHAGEN)


@dataclass
class Answer:
    status: int
    body: Any  # parsed JSON, else the bytes
    headers: Any


@dataclass
class Staff:
    """A client for the API as one staff member (or with another key, or none)."""

    session: aiohttp.ClientSession
    base: str
    plan: PlanStore
    screens: ScreenLinks
    clock: ManualClock
    log: AccessLog

    async def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        data: bytes | None = None,
        key: str | None = KEY,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        sent = dict(headers or {})
        if key is not None:
            sent["Authorization"] = f"Bearer {key}"
        raw = data if data is not None else None if body is None else json.dumps(body).encode()
        async with self.session.request(method, self.base + path, data=raw, headers=sent) as r:
            content = await r.read()
            if r.content_type == "application/json":
                return Answer(r.status, json.loads(content.decode("utf-8")), r.headers)
            return Answer(r.status, content, r.headers)

    def count(self, citizen: str = "anna") -> tuple[int, int]:
        """(items, audit rows): what a refused request must leave as it was."""
        return len(self.plan.items(citizen)), len(self.plan.audit(citizen))


@asynccontextmanager
async def serving(
    plan: PlanStore,
    screens: ScreenLinks,
    clock: ManualClock,
    keys: StaffKeys = KEYS,
    log_url: str | None = None,
) -> AsyncIterator[Staff]:
    app = Sanic(f"test_staff_{next(_APPS)}", configure_logging=False)
    app.config.ACCESS_LOG = False
    # The access log beside the plan (on either database) unless the test says where.
    log = AccessLog(log_url or plan.url, clock)
    log.create_schema()
    data = CitizenData([plan, screens, log], None, clock)  # export and deletion
    access = Access(ROSTER, log, strict=True)
    app.blueprint(staff_blueprint(plan, screens, keys, clock, access, data))
    try:
        async for url in serve(app):
            async with aiohttp.ClientSession() as session:
                yield Staff(session, f"{url}/api", plan, screens, clock, log)
    finally:
        log.dispose()


def make_stores(url: str) -> tuple[PlanStore, ScreenLinks, ManualClock]:
    clock = ManualClock(START)
    plan, screens = PlanStore(url, clock), ScreenLinks(url, clock)
    plan.create_schema()
    screens.create_schema()
    return plan, screens, clock


@asynccontextmanager
async def serving_url(url: str) -> AsyncIterator[Staff]:
    """Fresh stores on url, served; disposed afterwards."""
    plan, screens, clock = make_stores(url)
    try:
        async with serving(plan, screens, clock) as staff:
            yield staff
    finally:
        plan.dispose()
        screens.dispose()


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[PlanStore, ScreenLinks, ManualClock]]:
    plan, screens, clock = make_stores(f"sqlite:///{tmp_path / 'plan.db'}")
    yield plan, screens, clock
    plan.dispose()
    screens.dispose()


@pytest.fixture
async def api(stores: tuple[PlanStore, ScreenLinks, ManualClock]) -> AsyncIterator[Staff]:
    async with serving(*stores) as staff:
        yield staff


ITEMS = "/borgere/anna/plan/punkter"


async def add(api: Staff, **fields: Any) -> dict[str, Any]:
    body = {"title": "Frisør", "start": "2026-10-27T09:00", "end": "2026-10-27T10:00", **fields}
    answer = await api.call("POST", ITEMS, body)
    assert answer.status == 201, answer.body
    return dict(answer.body)


async def weekly(api: Staff) -> dict[str, Any]:
    """Physiotherapy Mondays and Wednesdays 10-11 from Monday 26 October."""
    return await add(
        api,
        title="Fysioterapi",
        start="2026-10-26T10:00",
        end="2026-10-26T11:00",
        rrule="FREQ=WEEKLY;BYDAY=MO,WE",
        who="fysioterapeuten",
    )


# ---- keys -------------------------------------------------------------------------------


def test_staff_keys_from_the_environment() -> None:
    assert not StaffKeys.from_env({}).configured
    assert not StaffKeys.from_env({"VELFAERD_STAFF_KEYS": " , "}).configured
    assert KEYS.configured and KEY not in repr(KEYS)
    assert KEYS.name_for(f"Bearer {KEY}") == "mette"
    assert KEYS.name_for(f"bearer   {OLE_KEY} ") == "ole"
    for header in (None, "", KEY, f"Basic {KEY}", f"Bearer {KEY}x", "Bearer ", "Bearer æøå"):
        assert KEYS.name_for(header) is None


def test_staff_keys_given_as_their_sha256_only() -> None:
    """Issue 19, finding 13: the environment need not hold a staff key itself."""
    digest = hashlib.sha256(KEY.encode()).hexdigest()
    keys = StaffKeys.from_env({"VELFAERD_STAFF_KEYS": f"mette:sha256:{digest},ole:{OLE_KEY}"})
    assert keys.name_for(f"Bearer {KEY}") == "mette"
    assert keys.name_for(f"Bearer {OLE_KEY}") == "ole"
    assert keys.name_for(f"Bearer {digest}") is None  # the digest is not the key
    assert keys.name_for(f"Bearer sha256:{digest}") is None


def test_the_command_line_makes_a_staff_key_and_its_entry(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert access_cli.main(["staff-key", "mette"]) == 0
    printed = capsys.readouterr().out.splitlines()
    key = printed[0].rsplit(" ", 1)[1]
    entry = printed[-1]
    assert key not in entry
    keys = StaffKeys.from_env({"VELFAERD_STAFF_KEYS": entry})
    assert keys.name_for(f"Bearer {key}") == "mette"


@pytest.mark.parametrize(
    "value",
    [
        "mette:kort-nøgle",
        "mette:sha256:abc",
        f"mette:sha256:{'0' * 64},ole:sha256:{'0' * 64}",
        f"mette{KEY}",
        f":{KEY}",
        f"me tte:{KEY}",
        f"mette:{KEY},ole:{KEY}",
        f"mette:{KEY},mette:{OLE_KEY}",
    ],
)
def test_staff_keys_refused_name_the_variable_never_the_key(value: str) -> None:
    with pytest.raises(SettingsError) as err:
        StaffKeys.from_env({"VELFAERD_STAFF_KEYS": value})
    assert "VELFAERD_STAFF_KEYS" in str(err.value)
    assert KEY not in str(err.value) and "kort-nøgle" not in str(err.value)


async def test_without_keys_every_route_says_how_to_set_it_up(
    stores: tuple[PlanStore, ScreenLinks, ManualClock],
) -> None:
    async with serving(*stores, keys=StaffKeys.from_env({})) as api:
        for method, path in [
            ("GET", "/borgere/anna/plan"),
            ("POST", ITEMS),
            ("GET", "/borgere/anna/plan.ics"),
            ("DELETE", "/borgere/anna/skaerme/1"),
            ("GET", "/noget/andet"),
        ]:
            answer = await api.call(method, path, {"title": "x"})
            assert (answer.status, answer.body) == (503, {"fejl": NOT_SET_UP})
    assert "VELFAERD_STAFF_KEYS" in NOT_SET_UP


async def test_a_wrong_or_missing_key_is_401_and_changes_nothing(api: Staff) -> None:
    for key in (None, "forkert-" + "x" * 30, KEY[:-1]):
        answer = await api.call("POST", ITEMS, {"title": "x"}, key=key)
        assert answer.status == 401 and answer.body["fejl"].startswith("Adgang nægtet")
        assert answer.headers["WWW-Authenticate"].startswith("Bearer")
    answer = await api.call("GET", ITEMS, headers={"Authorization": f"Basic {KEY}"}, key=None)
    assert answer.status == 401
    assert api.count() == (0, 0)


async def test_the_acting_staff_member_is_in_the_audit_log(api: Staff) -> None:
    item = await add(api)
    await api.call("DELETE", f"{ITEMS}/{item['id']}", key=OLE_KEY)
    log = (await api.call("GET", "/borgere/anna/log")).body["log"]
    assert [(e["item_id"], e["action"], e["acting"]) for e in log] == [
        (item["id"], "add", "staff:mette"),
        (item["id"], "delete", "staff:ole"),
    ]
    assert item["created_by"] == "staff:mette" and log[0]["at"] == START.isoformat()


# ---- adding -------------------------------------------------------------------------------


async def test_add_reads_times_with_offset_naive_or_in_a_named_zone(api: Staff) -> None:
    one = await add(api, start="2026-10-27T08:00:00Z", end="2026-10-27T09:30+00:00", place="Torvet")
    assert (one["start"], one["end"]) == (at(27, 9).isoformat(), at(27, 10, 30).isoformat())
    two = await add(api, start="2026-10-28 09:00", end=None, duration_minutes=45, note="Husk kort")
    assert (two["start"], two["end"]) == (at(28, 9).isoformat(), at(28, 9, 45).isoformat())
    three = await add(
        api, start="2026-10-29T09:00", end="2026-10-29T10:00", tidszone="Europe/London"
    )
    assert three["start"] == at(29, 10).isoformat()
    four = await add(
        api, start="2026-10-30T09:00", end="2026-10-30T10:00", remind_before_minutes=30
    )
    stored = api.plan.get("anna", four["id"])
    assert stored.remind_before_minutes == 30 and four["uid"] == stored.uid
    assert "citizen_id" not in four and api.count() == (4, 4)


async def test_overlap_is_409_with_the_items_unless_allowed(api: Staff) -> None:
    first = await add(api)
    body = {"title": "Læge", "start": "2026-10-27T09:30", "end": "2026-10-27T11:00"}
    answer = await api.call("POST", ITEMS, body)
    assert answer.status == 409 and "tillad_overlap" in answer.body["fejl"]
    assert [(o["item_id"], o["title"]) for o in answer.body["overlap"]] == [(first["id"], "Frisør")]
    assert api.count() == (1, 1)
    assert (await api.call("POST", ITEMS, {**body, "tillad_overlap": True})).status == 201
    # Back to back is no overlap.
    assert (await add(api, start="2026-10-27T11:00", end="2026-10-27T12:00"))["id"]


async def test_a_repeat_that_meets_an_item_weeks_ahead_overlaps(api: Staff) -> None:
    later = await add(api, start="2026-11-16T10:30", end="2026-11-16T11:30")
    answer = await api.call(
        "POST",
        ITEMS,
        {"title": "Fysio", "start": "2026-10-26T10:00", "end": "2026-10-26T11:00",
         "rrule": "FREQ=WEEKLY;BYDAY=MO"},
    )  # fmt: skip
    assert answer.status == 409 and answer.body["overlap"][0]["item_id"] == later["id"]
    assert api.count() == (1, 1)


BAD_ADDS: list[tuple[dict[str, Any], int, str | None, str]] = [
    ({"start": "2026-10-22T09:00", "end": "2026-10-22T10:00"}, 422, "start", "allerede gået"),
    ({"start": "2026-10-23T11:00", "end": "2026-10-23T13:00"}, 422, "start", "allerede gået"),
    ({"end": "2026-10-27T08:00"}, 422, "end", "efter starttidspunktet"),
    ({"end": "2026-10-27T09:00"}, 422, "end", "efter starttidspunktet"),
    ({"end": "2026-12-27T09:00"}, 422, "end", "31 dage"),
    ({"start": "2032-10-27T09:00", "end": "2032-10-27T10:00"}, 422, "start", "fem år"),
    ({"rrule": "FREQ=HOURLY"}, 422, "rrule", "RRULE"),
    ({"rrule": "hver mandag"}, 422, "rrule", "RRULE"),
    ({"rrule": "FREQ=DAILY;UNTIL=20261001T000000Z"}, 422, "rrule", "ingen aftaler"),
    ({"tidszone": "Europe/Kbh"}, 422, "tidszone", "Europe/Kbh"),
    ({"tidszone": "../../etc/passwd"}, 422, "tidszone", "kendes ikke"),
    ({"tidszone": 1}, 422, "tidszone", "kendes ikke"),
    ({"start": "2026-10-27T09:00+25:00"}, 422, "start", "tidspunkt"),
    ({"start": "2026-02-30T09:00"}, 422, "start", "tidspunkt"),
    ({"start": "2026-10-27"}, 422, "start", "tidspunkt"),
    ({"start": "i morgen kl 9"}, 422, "start", "tidspunkt"),
    ({"start": 1761555600}, 422, "start", "tidspunkt"),
    ({"start": None}, 422, "start", "tidspunkt"),
    ({"end": None}, 422, "end", "duration_minutes"),
    ({"duration_minutes": 30}, 422, "end", "duration_minutes"),
    ({"end": None, "duration_minutes": 0}, 422, "duration_minutes", "helt tal"),
    ({"end": None, "duration_minutes": 30.5}, 422, "duration_minutes", "helt tal"),
    ({"end": None, "duration_minutes": True}, 422, "duration_minutes", "helt tal"),
    ({"title": None}, 422, "title", "Titlen mangler"),
    ({"title": "   "}, 422, "title", "Titlen mangler"),
    ({"title": "x" * 121}, 422, "title", "højst 120 tegn"),
    ({"title": ["Frisør"]}, 422, "title", "tekst"),
    ({"note": "n" * 501}, 422, "note", "højst 500 tegn"),
    ({"who": 7}, 422, "who", "tekst"),
    ({"remind_before_minutes": -5}, 422, "remind_before_minutes", "0 til 1440"),
    ({"remind_before_minutes": "30"}, 422, "remind_before_minutes", "0 til 1440"),
    ({"tillad_overlap": "ja"}, 422, "tillad_overlap", "true eller false"),
    ({"titel": "Frisør"}, 422, "titel", "kendes ikke"),
]


@pytest.mark.parametrize(("fields", "status", "felt", "words"), BAD_ADDS)
async def test_bad_input_is_explained_and_nothing_is_saved(
    api: Staff, fields: dict[str, Any], status: int, felt: str | None, words: str
) -> None:
    body = {"title": "Frisør", "start": "2026-10-27T09:00", "end": "2026-10-27T10:00", **fields}
    answer = await api.call("POST", ITEMS, body)
    assert answer.status == status, answer.body
    assert answer.body.get("felt") == felt and words in answer.body["fejl"], answer.body
    assert api.count() == (0, 0)


@pytest.mark.parametrize(
    ("data", "status", "words"),
    [
        (b"{", 400, "ikke gyldig JSON"),
        (b"", 400, "ikke gyldig JSON"),
        (b"[1, 2]", 400, "JSON-objekt"),
        (b'"Fris\xf8r"', 400, "UTF-8"),
        (b'{"title": "Fris\xf8r"}', 400, "UTF-8"),
        (b"[" * 50_000, 400, "ikke gyldig JSON"),
        (b'{"title": "' + b"x" * 70_000 + b'"}', 413, "64 kB"),
        (b"x" * (10 * 1024 * 1024), 413, "64 kB"),
    ],
)
async def test_malformed_and_huge_bodies(api: Staff, data: bytes, status: int, words: str) -> None:
    answer = await api.call("POST", ITEMS, data=data)
    assert answer.status == status and words in answer.body["fejl"], answer.body
    assert api.count() == (0, 0)


# ---- reading ----------------------------------------------------------------------------


async def test_day_plan_defaults_to_today_and_takes_a_range(api: Staff) -> None:
    physio = await weekly(api)
    today_item = await add(api, start="2026-10-23T15:00", end="2026-10-23T16:00", title="Kaffe")
    answer = await api.call("GET", "/borgere/anna/plan")
    assert answer.status == 200 and answer.body["fra"] == answer.body["til"] == "2026-10-23"
    assert [o["item_id"] for o in answer.body["aftaler"]] == [today_item["id"]]
    week = await api.call("GET", "/borgere/anna/plan?fra=2026-10-26&til=2026-11-01")
    shown = week.body["aftaler"]
    assert [(o["start"], o["moved"]) for o in shown] == [
        (at(26, 10).isoformat(), False),
        (at(28, 10).isoformat(), False),
    ]
    assert shown[0] == {
        "item_id": physio["id"],
        "title": "Fysioterapi",
        "start": at(26, 10).isoformat(),
        "end": at(26, 11).isoformat(),
        "place": None,
        "who": "fysioterapeuten",
        "note": None,
        "rrule": "FREQ=WEEKLY;BYDAY=MO,WE",
        "original_start": at(26, 10).isoformat(),
        "moved": False,
    }
    for query, felt in [
        ("?fra=2026-10-26&til=2026-10-25", "til"),
        ("?fra=2026-10-01&til=2027-10-01", "til"),
        ("?fra=26-10-2026", "fra"),
        ("?fra=2026-13-01", "fra"),
    ]:
        bad = await api.call("GET", f"/borgere/anna/plan{query}")
        assert (bad.status, bad.body["felt"]) == (422, felt)


async def test_items_one_item_and_another_citizens_item(api: Staff) -> None:
    item = await weekly(api)
    listed = (await api.call("GET", ITEMS)).body["punkter"]
    assert [i["id"] for i in listed] == [item["id"]] and listed[0] == item
    assert (await api.call("GET", f"{ITEMS}/{item['id']}")).body == item
    missing = await api.call("GET", f"{ITEMS}/999")
    theirs = await api.call("GET", f"/borgere/bo/plan/punkter/{item['id']}")
    assert missing.status == theirs.status == 404 and missing.body == theirs.body
    for odd in ("abc", "-1", "99999999999999999999", "%C3%A6", "1.5"):
        assert (await api.call("GET", f"{ITEMS}/{odd}")).status == 404
    assert (await api.call("GET", "/borgere/bo/plan/punkter")).body == {"punkter": []}


async def test_citizen_ids_in_the_path_are_decoded(api: Staff) -> None:
    body = {"title": "Frisør", "start": "2026-10-27T09:00", "end": "2026-10-27T10:00"}
    assert (await api.call("POST", "/borgere/anna%20b%C3%B8/plan/punkter", body)).status == 201
    assert len(api.plan.items("anna bø")) == 1
    assert (await api.call("GET", "/borgere/%FF/plan/punkter")).status == 404
    long_id = await api.call("GET", f"/borgere/{'a' * 200}/plan/punkter")
    assert (long_id.status, long_id.body) == (404, {"fejl": NO_CITIZEN})


async def test_staff_reach_only_their_own_citizens_and_every_access_is_logged(
    api: Staff,
) -> None:
    body = {"title": "Frisør", "start": "2026-10-27T09:00", "end": "2026-10-27T10:00"}
    assert (await api.call("POST", "/borgere/carl/plan/punkter", body, key=OLE_KEY)).status == 201
    before = len(api.plan.items("carl")), len(api.log.entries("carl"))
    # Carl is Ole's, not Mette's; "dora" exists nowhere; Lis has a key but no roster entry.
    answers = [
        await api.call(method, f"/borgere/{who}/{path}", send, key=key)
        for who, key in (("carl", KEY), ("dora", KEY), ("carl", LIS_KEY))
        for method, path, send in (
            ("GET", "plan", None),
            ("GET", "plan/punkter", None),
            ("POST", "plan/punkter", body),
            ("DELETE", "plan/punkter/1", None),
            ("GET", "plan.ics", None),
            ("GET", "log", None),
        )
    ]
    assert {(a.status, json.dumps(a.body)) for a in answers} == {
        (404, json.dumps({"fejl": NO_CITIZEN}))
    }, "not theirs and not there must look the same"
    assert (len(api.plan.items("carl")), len(api.log.entries("carl"))) == before
    assert api.log.entries("dora") == []
    await api.call("GET", "/borgere/anna/plan")
    await api.call("GET", "/borgere/anna/plan.ics", key=OLE_KEY)
    logged = [(e.actor, e.action) for e in api.log.entries("anna")]
    assert logged == [("staff:ole", "export"), ("staff:mette", "day_plan")]
    assert [(e.actor, e.action) for e in api.log.entries("carl")] == [("staff:ole", "add_item")]


async def test_wrong_method_and_unknown_address_are_danish(api: Staff) -> None:
    wrong = await api.call("PUT", ITEMS, {})
    assert (wrong.status, wrong.body) == (405, {"fejl": "Den metode bruges ikke på denne adresse."})
    nowhere = await api.call("GET", "/borgere/anna/kalender")
    assert nowhere.status == 404 and "personale-API" in nowhere.body["fejl"]


# ---- moving -----------------------------------------------------------------------------


async def test_move_a_one_off(api: Staff) -> None:
    item = await add(api)
    path = f"{ITEMS}/{item['id']}"
    moved = await api.call("PATCH", path, {"start": "2026-10-28T13:00"})
    assert moved.status == 200, moved.body
    assert (moved.body["start"], moved.body["end"]) == (
        at(28, 13).isoformat(),
        at(28, 14).isoformat(),
    )
    longer = await api.call("PATCH", path, {"start": "2026-10-28T13:00", "end": "2026-10-28T15:00"})
    assert longer.body["end"] == at(28, 15).isoformat()
    assert [e["action"] for e in (await api.call("GET", "/borgere/anna/log")).body["log"]] == [
        "add",
        "move",
        "move",
    ]


async def test_an_item_under_way_may_get_longer_but_not_move_into_the_past(api: Staff) -> None:
    item = await add(api, start="2026-10-23T12:30", end="2026-10-23T13:00")
    api.clock.current = at(23, 12, 45)
    path = f"{ITEMS}/{item['id']}"
    longer = await api.call("PATCH", path, {"start": "2026-10-23T12:30", "end": "2026-10-23T14:00"})
    assert longer.status == 200 and longer.body["end"] == at(23, 14).isoformat()
    earlier = await api.call("PATCH", path, {"start": "2026-10-23T12:00"})
    assert (earlier.status, earlier.body["felt"]) == (422, "start")


async def test_move_one_occurrence_of_a_series(api: Staff) -> None:
    item = await weekly(api)
    answer = await api.call(
        "PATCH",
        f"{ITEMS}/{item['id']}",
        {"gaelder": "en", "dag": "2026-11-02", "start": "2026-11-03T14:00"},
    )
    assert answer.status == 200, answer.body
    assert (answer.body["start"], answer.body["end"], answer.body["moved"]) == (
        at(3, 14, month=11).isoformat(),
        at(3, 15, month=11).isoformat(),
        True,
    )
    assert answer.body["punkt"]["overrides"][0]["original_start"] == at(2, 10, month=11).isoformat()
    day = await api.call("GET", "/borgere/anna/plan?fra=2026-11-03")
    assert [o["moved"] for o in day.body["aftaler"]] == [True]


async def test_move_a_whole_series_keeps_the_past(api: Staff) -> None:
    item = await weekly(api)
    api.clock.current = at(4, 8, month=11)  # Wednesday: Monday 26/10, 28/10, 2/11 are history
    answer = await api.call(
        "PATCH", f"{ITEMS}/{item['id']}", {"gaelder": "alle", "start": "13:30", "end": "14:15"}
    )
    assert answer.status == 200, answer.body
    new = answer.body
    assert new["id"] != item["id"] and new["tidligere_id"] == item["id"]
    assert (new["start"], new["end"]) == (
        at(4, 13, 30, month=11).isoformat(),
        at(4, 14, 15, month=11).isoformat(),
    )
    history = await api.call("GET", "/borgere/anna/plan?fra=2026-10-26&til=2026-11-09")
    assert [o["start"] for o in history.body["aftaler"]] == [
        at(26, 10).isoformat(),
        at(28, 10).isoformat(),
        at(2, 10, month=11).isoformat(),
        at(4, 13, 30, month=11).isoformat(),
        at(9, 13, 30, month=11).isoformat(),
    ]
    log = (await api.call("GET", "/borgere/anna/log")).body["log"]
    assert [(e["item_id"], e["action"], e["acting"]) for e in log[-2:]] == [
        (item["id"], "end_series", "staff:mette"),
        (new["id"], "move_series", "staff:mette"),
    ]


async def test_move_a_series_from_a_later_day_with_a_full_time(api: Staff) -> None:
    item = await weekly(api)
    answer = await api.call(
        "PATCH",
        f"{ITEMS}/{item['id']}",
        {"gaelder": "alle", "start": "2026-11-09T08:00:00+01:00", "fra_dag": "2026-11-09"},
    )
    assert answer.status == 200 and answer.body["start"] == at(9, 8, month=11).isoformat()
    assert answer.body["end"] == at(9, 9, month=11).isoformat()  # the length is kept


@pytest.mark.parametrize(
    ("body", "status", "felt"),
    [
        ({"start": "2026-10-28T13:00"}, 422, "gaelder"),
        ({"gaelder": "nogle", "start": "2026-10-28T13:00"}, 422, "gaelder"),
        ({"gaelder": "en", "start": "2026-10-28T13:00"}, 422, "dag"),
        ({"gaelder": "en", "dag": "2026-10-27", "start": "2026-10-28T13:00"}, 404, "dag"),
        ({"gaelder": "en", "dag": "2026-10-28", "start": "2026-10-20T13:00"}, 422, "start"),
        ({"gaelder": "en", "dag": "2026-10-28"}, 422, "start"),
        ({"gaelder": "en", "dag": "28/10", "start": "2026-10-28T13:00"}, 422, "dag"),
        ({"gaelder": "alle", "start": "25:00"}, 422, "start"),
        ({"gaelder": "alle", "start": "13:00", "fra_dag": "2026-10-01"}, 422, "fra_dag"),
        ({"gaelder": "alle", "start": "13:00", "fra_dag": "2030-01-01T00"}, 422, "fra_dag"),
        ({"gaelder": "alle", "start": "13:00", "hvornaar": "nu"}, 422, "hvornaar"),
        (
            {
                "gaelder": "en",
                "dag": "2026-10-28",
                "start": "2026-10-28T13:00",
                "end": "2026-10-28T12:00",
            },
            422,
            "end",
        ),  # fmt: skip
    ],
)
async def test_bad_moves_change_nothing(
    api: Staff, body: dict[str, Any], status: int, felt: str
) -> None:
    item = await weekly(api)
    before = api.plan.items("anna"), api.count()
    answer = await api.call("PATCH", f"{ITEMS}/{item['id']}", body)
    assert (answer.status, answer.body.get("felt")) == (status, felt), answer.body
    assert (api.plan.items("anna"), api.count()) == before


async def test_moves_into_overlap_are_409_unless_allowed(api: Staff) -> None:
    physio = await weekly(api)
    one = await add(api, start="2026-10-27T13:00", end="2026-10-27T14:00")
    into = {"start": "2026-10-26T10:30"}
    assert (await api.call("PATCH", f"{ITEMS}/{one['id']}", into)).status == 409
    # A series moved to 13:30 meets nothing on Mondays and Wednesdays...
    series = {"gaelder": "alle", "start": "13:30"}
    path = f"{ITEMS}/{physio['id']}"
    # ... but moved onto Tuesday's 13:00 by one occurrence it does.
    occurrence = {"gaelder": "en", "dag": "2026-10-28", "start": "2026-10-27T13:30"}
    before = api.count()
    assert (await api.call("PATCH", path, occurrence)).status == 409
    assert api.count() == before
    assert (await api.call("PATCH", path, {**occurrence, "tillad_overlap": True})).status == 200
    assert (await api.call("PATCH", path, series)).status == 200
    # The whole series over the one-off, now moved to Monday 13:00, clashes.
    assert (
        await api.call("PATCH", f"{ITEMS}/{one['id']}", {"start": "2026-11-02T13:00"})
    ).status == 409


# ---- deleting -----------------------------------------------------------------------------


async def test_delete_one_occurrence_then_all(api: Staff) -> None:
    item = await weekly(api)
    path = f"{ITEMS}/{item['id']}"
    one = await api.call("DELETE", f"{path}?dag=2026-10-28")
    assert one.status == 200 and one.body["slettet"] == "en"
    assert one.body["punkt"]["exdates"] == [at(28, 10).isoformat()]
    assert (await api.call("DELETE", f"{path}?dag=2026-10-27")).status == 404
    assert (await api.call("DELETE", f"{path}?dag=i-morgen")).status == 422
    assert (await api.call("DELETE", f"/borgere/bo/plan/punkter/{item['id']}")).status == 404
    everything = await api.call("DELETE", path)
    assert everything.status == 200 and everything.body["slettet"] == "alle"
    assert api.count() == (0, 3)
    assert (await api.call("DELETE", path)).status == 404


# ---- screen links -----------------------------------------------------------------------


async def test_screen_links_made_listed_and_revoked(api: Staff) -> None:
    made = await api.call("POST", "/borgere/anna/skaerme", {"navn": "Stuen"})
    assert made.status == 201 and made.body["navn"] == "Stuen"
    token = made.body["link"].removeprefix("/skaerm/")
    assert made.body["link"].startswith("/skaerm/") and api.screens.resolve(token) == "anna"
    bare = await api.call("POST", "/borgere/anna/skaerme")
    assert bare.status == 201 and bare.body["navn"] is None
    listed = await api.call("GET", "/borgere/anna/skaerme")
    assert [s["id"] for s in listed.body["skaerme"]] == [made.body["id"], bare.body["id"]]
    assert token not in json.dumps(listed.body) and "link" not in listed.body["skaerme"][0]
    assert listed.body["skaerme"][0]["created_by"] == "staff:mette"
    gone = f"/borgere/anna/skaerme/{made.body['id']}"
    assert (await api.call("DELETE", f"/borgere/bo/skaerme/{made.body['id']}")).status == 404
    assert (await api.call("DELETE", gone, key=OLE_KEY)).body == {"tilbagekaldt": True}
    assert api.screens.resolve(token) is None
    assert (await api.call("DELETE", gone)).status == 404
    assert (await api.call("DELETE", "/borgere/anna/skaerme/x")).status == 404
    long_label = await api.call("POST", "/borgere/anna/skaerme", {"navn": "x" * 101})
    assert (long_label.status, long_label.body["felt"]) == (422, "navn")
    unknown = await api.call("POST", "/borgere/anna/skaerme", {"label": "Stuen"})
    assert (unknown.status, unknown.body["felt"]) == (422, "label")
    assert len(api.screens.links("anna")) == 2
    for days in (0, "30", 3651):
        wrong = await api.call("POST", "/borgere/anna/skaerme", {"dage": days})
        assert (wrong.status, wrong.body["felt"]) == (422, "dage")
    expiring = await api.call("POST", "/borgere/anna/skaerme", {"navn": "Køkken", "dage": 30})
    assert expiring.status == 201 and expiring.body["expires_at"].startswith("2026-1")
    assert bare.body["expires_at"] is None


# ---- failures -----------------------------------------------------------------------------


async def test_a_database_that_cannot_be_reached_is_503(tmp_path: Path) -> None:
    clock = ManualClock(START)
    url = "postgresql://postgres@127.0.0.1:1/ingen"  # nothing listens on port 1
    plan, screens = PlanStore(url, clock), ScreenLinks(url, clock)
    log_url = f"sqlite:///{tmp_path / 'access.db'}"
    async with serving(plan, screens, clock, log_url=log_url) as api:
        for method, path, body in [
            ("GET", ITEMS, None),
            ("POST", ITEMS, {"title": "x", "start": "2026-10-27T09:00", "duration_minutes": 5}),
            ("GET", "/borgere/anna/skaerme", None),
        ]:
            answer = await api.call(method, path, body)
            assert answer.status == 503 and "Prøv igen" in answer.body["fejl"]
    plan.dispose()
    screens.dispose()


async def test_no_access_log_no_access(tmp_path: Path) -> None:
    """A read that cannot be logged is not made: 503, and the plan is not touched."""
    plan, screens, clock = make_stores(f"sqlite:///{tmp_path / 'plan.db'}")
    log_url = f"sqlite:///{tmp_path / 'access.db'}"
    async with serving(plan, screens, clock, log_url=log_url) as api:
        (tmp_path / "access.db").unlink()
        (tmp_path / "access.db").mkdir()  # the log's file is now a folder: writes fail
        api.log.dispose()
        answer = await api.call("POST", ITEMS, {"title": "x", "start": "2026-10-27T09:00"})
        assert answer.status == 503 and "Prøv igen" in answer.body["fejl"]
        assert plan.items("anna") == []
    plan.dispose()
    screens.dispose()


# ---- the core paths on SQLite and PostgreSQL ------------------------------------------------


async def test_add_move_delete_on_both_databases(db_url: str) -> None:
    async with serving_url(db_url) as api:
        item = await weekly(api)
        path = f"{ITEMS}/{item['id']}"
        move = {"gaelder": "en", "dag": "2026-10-28", "start": "2026-10-29T09:00"}
        assert (await api.call("PATCH", path, move)).status == 200
        api.clock.current = at(4, 8, month=11)
        series = await api.call("PATCH", path, {"gaelder": "alle", "start": "12:00"})
        assert series.status == 200 and series.body["tidligere_id"] == item["id"]
        one_day = f"{ITEMS}/{series.body['id']}?dag=2026-11-09"
        assert (await api.call("DELETE", one_day)).status == 200
        bad = await api.call("POST", ITEMS, {"title": "x", "start": "2026-11-05T12:00"})
        assert bad.status == 422 and api.count() == (2, 5)
        log = (await api.call("GET", "/borgere/anna/log")).body["log"]
        assert {e["acting"] for e in log} == {"staff:mette"}
        assert [e["action"] for e in log] == [
            "add",
            "move_occurrence",
            "end_series",
            "move_series",
            "delete_occurrence",
        ]


# ---- the pure parts -----------------------------------------------------------------------


def test_parse_when_and_time_of_day() -> None:
    autumn = parse_when("2026-10-25T02:30", "start")  # the doubled hour: its first pass
    assert autumn.astimezone(timezone.utc) == datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)
    assert parse_when("2027-03-28T02:30", "start") == at(28, 3, 30, month=3).replace(year=2027)
    assert parse_when("2026-10-27T09:00z", "start").utcoffset() == timedelta(hours=1)
    assert parse_time_of_day("07:05", "start") == time(7, 5)
    assert parse_time_of_day("2026-10-27T08:00Z", "start") == time(9)
    with pytest.raises(ApiError):
        parse_time_of_day("7", "start")


def test_parse_new_item_and_move_are_pure() -> None:
    new = parse_new_item(
        {
            "title": "Bad",
            "start": "2026-10-27T08:00",
            "duration_minutes": 30,
            "who": "hjemmeplejen",
        },
        START,
    )
    assert (new.start, new.end, new.details["who"], new.allow_overlap) == (
        at(27, 8),
        at(27, 8, 30),
        "hjemmeplejen",
        False,
    )
    move = parse_move({"gaelder": "alle", "start": "09:00", "fra_dag": "2026-11-02"})
    assert (move.scope, move.day, move.from_day) == ("alle", None, date(2026, 11, 2))
    assert parse_json(b"  ", optional=True) == {}
    assert series_length(time(23), time(1)) == timedelta(hours=2)
    assert series_length(time(9), time(9)) == timedelta(days=1)


def test_plan_refusals_are_danish_with_the_api_field() -> None:
    cases = {
        ("from_day", "is in the past"): ("fra_dag", "fra_dag må ikke ligge før i dag"),
        ("title", "is longer than 120 characters"): ("title", "Titlen er for lang (højst 120"),
        ("citizen_id", "is empty"): ("borger", "Borgerens id er ugyldigt."),
        ("exdates", "something new"): ("exdates", "Oplysningen kan ikke bruges."),
        ("label", "is empty"): ("navn", "Navnet mangler."),
    }
    for (store_field, reason), (felt, words) in cases.items():
        reply = plan_refusal(InvalidPlanItem(store_field, reason)).reply
        assert reply.status == 422 and reply.body["felt"] == felt
        assert reply.body["fejl"].startswith(words), reply.body


def test_clashes_and_import_message() -> None:
    def occ(item_id: int, start: datetime, end: datetime) -> Occurrence:
        item = PlanItem(item_id, "anna", "x", start, end, None, None, None, None, (), (), None,
                        "anna", start)  # fmt: skip
        return Occurrence(item, start, end, start)

    new = [occ(0, at(27, 9), at(27, 10))]
    existing = [occ(1, at(27, 8), at(27, 9)), occ(2, at(27, 9, 59), at(27, 11))]
    assert [o.item.id for o in clashes(new, existing)] == [2]
    assert import_message(ImportResult([], 1, 0, 0)) == "1 aftale tilføjet, 0 opdateret."
    assert import_message(ImportResult([], 3, 2, 4, 1)) == (
        "3 aftaler tilføjet, 2 opdateret. 1 er aflyst i kalenderen og slettet."
        " 4 var allerede overstået og er ikke taget med."
    )


async def test_export_and_delete_everything_about_a_citizen(api: Staff) -> None:
    item = await weekly(api)
    await api.call("POST", "/borgere/bo/plan/punkter", {
        "title": "Bad", "start": "2026-10-27T09:00", "end": "2026-10-27T10:00"})  # fmt: skip
    got = await api.call("GET", "/borgere/anna/data")
    assert got.status == 200 and got.body["borger"] == "anna"
    assert [i["id"] for i in got.body["tabeller"]["plan_items"]] == [item["id"]]
    assert got.body["tabeller"]["plan_audit"] and got.body["tabeller"]["access_log"]
    before = api.count()
    refused = await api.call("DELETE", "/borgere/anna/data")
    assert refused.status == 422 and "bekraeft=ja" in refused.body["fejl"]
    assert api.count() == before  # nothing deleted without the confirmation
    done = await api.call("DELETE", "/borgere/anna/data?bekraeft=ja")
    assert done.status == 200 and done.body["slettet"]["plan_items"] == 1
    assert api.count() == (0, 0) and api.count("bo") == (1, 1)
    assert api.log.entries("anna") == []  # the access log now names a pseudonym
    # Another staff member's citizen: the same 404 as one that does not exist.
    theirs = await api.call("GET", "/borgere/carl/data")
    nobody = await api.call("GET", "/borgere/zenia/data")
    assert theirs.status == nobody.status == 404 and theirs.body == nobody.body
