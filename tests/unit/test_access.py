"""The roster and the access rules (bot/access): who reaches which citizen, and the log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.access.audit import AccessLog
from bot.access.policy import Access, NotPermitted, Principal, Role
from bot.access.roster import Roster, RosterError, key_digest
from bot.access.settings import AccessSettings
from bot.core.clock import COPENHAGEN
from testkit.support import ManualClock

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=COPENHAGEN)
ANNE_TEAMS = "6F1C0000-0000-0000-0000-00000000A11E"
ROSTER_YAML = f"""
citizens:
  - id: karen
    name: Karen Jensen
    contact: anne
  - id: karl
    name: Karl Jensen
  - id: kirsten
    name: Kirsten Ærø
staff:
  - id: anne
    name: Anne Holm
    teams_id: {ANNE_TEAMS}
    citizens: [karen, karl]
  - id: bo
    name: Bo Lund
    citizens: [kirsten]
devices:
  - id: hoejttaler-karen
    citizen: karen
    key_sha256: {key_digest("karens-hemmelige-noegle-1234567890")}
"""


@pytest.fixture
def log(tmp_path: Path) -> Iterator[AccessLog]:
    store = AccessLog(f"sqlite:///{tmp_path / 'access.db'}", ManualClock(NOW))
    store.create_schema()
    yield store
    store.dispose()


@pytest.fixture
def access(log: AccessLog) -> Access:
    return Access(Roster.from_yaml(ROSTER_YAML), log, strict=True)


ANNE = Principal(Role.STAFF, "anne")


def test_a_citizen_reaches_only_their_own_data(access: Access, log: AccessLog) -> None:
    karen = Principal(Role.CITIZEN, "karen")
    assert access.citizen_id(karen, "karen", "list_reminders") == "karen"
    with pytest.raises(NotPermitted):
        access.citizen_id(karen, "karl", "list_reminders")
    assert log.entries("karen") == []  # a citizen's own reads are not staff access


def test_staff_reach_their_assigned_citizens_and_each_access_is_logged(
    access: Access, log: AccessLog
) -> None:
    assert access.citizen_id(ANNE, "karen", "read_plan") == "karen"
    assert access.citizen_id(ANNE, "karl", "read_adherence") == "karl"
    entry = log.entries("karen")[0]
    assert (entry.actor, entry.action, entry.citizen_id, entry.at) == (
        "staff:anne",
        "read_plan",
        "karen",
        NOW,
    )
    for other in ("kirsten", "nobody", ""):
        with pytest.raises(NotPermitted) as refused:
            access.citizen_id(ANNE, other, "read_plan")
        assert str(refused.value) == other  # the same error whether they exist or not
    assert log.entries("kirsten") == [] and log.entries("nobody") == []


def test_the_public_and_unknown_staff_reach_nobody(access: Access) -> None:
    for who in (Principal(Role.PUBLIC, "web-1f2e"), Principal(Role.STAFF, "lis")):
        for citizen in ("karen", "karl", "kirsten"):
            with pytest.raises(NotPermitted):
                access.citizen_id(who, citizen, "read_plan")
        assert access.citizens_of(who) == []
        assert access.find(who, "Karen") == []
    with pytest.raises(NotPermitted):
        access.staff("lis")
    assert access.staff("anne") == ANNE


def test_principal_from_sender_id_and_channel(access: Access) -> None:
    assert access.principal("karen", "rest") == Principal(Role.CITIZEN, "karen")
    assert access.principal("teams-anne", "teams") == ANNE
    # A Teams-looking id from another channel, or an unknown one, is nobody's.
    assert access.principal("teams-anne", "rest").role is Role.PUBLIC
    assert access.principal("teams-lis", "teams").role is Role.PUBLIC
    assert access.principal("web-1f2e", "socketio").role is Role.PUBLIC
    assert access.principal("Anon-x", "rest").role is Role.PUBLIC
    # Strict (a roster): someone not in it is not a citizen.
    assert access.principal("dora", "rest").role is Role.PUBLIC
    open_access = Access(Roster(), None, strict=False)
    assert open_access.principal("dora", "rest") == Principal(Role.CITIZEN, "dora")
    assert open_access.principal("web-1", "socketio").role is Role.PUBLIC


def test_staff_find_their_citizens_by_name_only_among_their_own(access: Access) -> None:
    assert [c.id for c in access.find(ANNE, "Karen")] == ["karen"]
    assert [c.id for c in access.find(ANNE, "karen jensen")] == ["karen"]
    assert [c.id for c in access.find(ANNE, "KARL")] == ["karl"]
    assert access.find(ANNE, "Kirsten") == []  # Bo's citizen: not even found
    assert access.find(ANNE, "  ") == []
    bo = Principal(Role.STAFF, "bo")
    assert [c.id for c in access.find(bo, "kirsten aero")] == ["kirsten"]
    assert [c.name for c in access.citizens_of(ANNE)] == ["Karen Jensen", "Karl Jensen"]


def test_contacts_teams_ids_and_device_keys(access: Access) -> None:
    roster = access.roster
    assert access.contact_of("karen") == roster.staff["anne"]
    assert access.contact_of("karl") is None and access.contact_of("nobody") is None
    assert roster.staff_by_teams_id(ANNE_TEAMS.lower()) == roster.staff["anne"]
    assert roster.staff_by_teams_id("other") is None and roster.staff_by_teams_id(None) is None
    device = roster.device_for_key("karens-hemmelige-noegle-1234567890")
    assert device is not None and device.citizen == "karen"
    assert roster.device_for_key("forkert") is None and roster.device_for_key("") is None
    assert "key_sha256" not in repr(device)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("- a list", "only 'citizens'"),
        ("citizens: {karen: 1}", "must be a list"),
        ("citizens: [karen]", "must be a mapping"),
        ("citizens: [{id: karen}]", "'name' must be"),
        ("citizens: [{id: 'a/b', name: A}]", "'id' must be"),
        ("citizens: [{id: web-1, name: A}]", "are kept"),
        ("citizens: [{id: k, name: A}, {id: k, name: B}]", "given twice"),
        ("citizens: [{id: k, name: A, phone: 1}]", "unknown field 'phone'"),
        ("citizens: [{id: k, name: A, contact: nobody}]", "not in staff"),
        ("staff: [{id: s, name: S, citizens: [nobody]}]", "'nobody' is not in citizens"),
        ("staff: [{id: s, name: S, citizens: karen}]", "list of citizen ids"),
        (
            "staff: [{id: s, name: S, teams_id: X}, {id: t, name: T, teams_id: x}]",
            "teams_id is given twice",
        ),
        ("devices: [{id: d, citizen: k, key_sha256: abc}]", "64 hex digits"),
        (f"devices: [{{id: d, citizen: k, key_sha256: {'a' * 64}}}]", "not in citizens"),
        ("citizens: [", "not valid YAML"),
    ],
)
def test_a_bad_roster_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(RosterError, match=reason):
        Roster.from_yaml(text)


def test_one_key_for_two_devices_is_refused() -> None:
    digest = key_digest("same-key-for-both-devices-000")
    text = f"""
citizens: [{{id: a, name: A}}, {{id: b, name: B}}]
devices:
  - {{id: d1, citizen: a, key_sha256: {digest}}}
  - {{id: d2, citizen: b, key_sha256: {digest}}}
"""
    with pytest.raises(RosterError, match="another device"):
        Roster.from_yaml(text)


def test_settings_build_from_a_file_or_nothing(tmp_path: Path) -> None:
    clock = ManualClock(NOW)
    db = f"sqlite:///{tmp_path / 'a.db'}"
    access, log = AccessSettings.from_env({"VELFAERD_ACCESS_DB": db}).build(clock)
    assert not access.strict and access.roster == Roster() and log is None
    assert not (tmp_path / "a.db").exists()
    (tmp_path / "roster.yml").write_text(ROSTER_YAML, encoding="utf-8")
    env = {"VELFAERD_ACCESS_DB": db, "VELFAERD_ROSTER": str(tmp_path / "roster.yml")}
    access, log = AccessSettings.from_env(env).build(clock)
    assert access.strict and set(access.roster.citizens) == {"karen", "karl", "kirsten"}
    assert log is not None
    log.dispose()
    with pytest.raises(RosterError, match="cannot read"):
        AccessSettings.from_env({"VELFAERD_ROSTER": str(tmp_path / "none.yml")}).build(clock)
    with pytest.raises(ValueError, match="access log"):
        Access(Roster.from_yaml(ROSTER_YAML), None, strict=True)


def test_the_sender_a_channel_request_really_has(access: Access) -> None:
    key = "karens-hemmelige-noegle-1234567890"
    # A device key names its citizen, whatever id came with it; a wrong key is refused.
    assert access.sender_for("whatever", key) == "karen"
    assert access.sender_for("karl", key) == "karen"
    for wrong in ("", "forkert", key + "x"):
        with pytest.raises(NotPermitted):
            access.sender_for("karen", wrong)
    # Without a key and with a roster, naming a citizen reaches nobody.
    anon = access.sender_for("karen", None)
    assert anon.startswith("anon-") and "karen" not in anon
    assert access.principal(anon, "rest").role is Role.PUBLIC
    assert access.sender_for("karen", None) == anon  # the same conversation each time
    assert access.sender_for("web-1f2e", None) == "web-1f2e"
    # Without a roster (one home on localhost) the id is taken as it is.
    assert Access(Roster(), None, strict=False).sender_for("karen", None) == "karen"


def test_staff_citizens_named_in_a_sentence(access: Access) -> None:
    def named(text: str) -> list[str]:
        return [c.id for c in access.named_in(ANNE, text)]

    assert named("har Karen taget sin medicin i dag") == ["karen"]
    assert named("hvad står der i Karens plan") == ["karen"]
    assert named("hvad skal Karl Jensen i morgen") == ["karl"]
    assert named("hvad står der i Karl Jensens dagsplan") == ["karl"]
    assert named("har KARL fået sine piller") == ["karl"]
    assert named("hvad skal jeg i dag") == []
    assert named("har Kirsten taget sin medicin") == []  # Bo's citizen: never looked at
    assert named("har Karen og Karl taget deres medicin") == ["karen", "karl"]
    assert access.named_in(Principal(Role.PUBLIC, "web-1"), "Karen") == []


def test_a_citizens_name_mistyped_by_one_letter_is_found_if_only_one_fits(access: Access) -> None:
    def named(text: str) -> list[str]:
        return [c.id for c in access.named_in(ANNE, text)]

    assert named("ny påmindelse til Karne: øjendråber i morgen kl 21") == ["karen"]
    assert named("hvad står der i kaern plan") == ["karen"]
    assert named("har Jensne fået sin medicin") == []  # a surname both have: not one citizen
    assert named("har Kral fået sin medicin") == []  # four letters: too near everyday words
    assert named("har Baren fået sin medicin") == []  # the first letter is not mistyped
    assert named("mind Karen om at ringe til Karin") == ["karen"]  # the name said wins
