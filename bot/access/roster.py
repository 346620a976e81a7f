"""The roster: citizens, staff members with the citizens assigned to them, and devices.

Read from a YAML file (VELFAERD_ROSTER; format in docs/access.md):

    citizens:
      - id: karen            # the id her reminders and plan are stored under
        name: Karen Jensen   # how staff name her ("Karen" or "Karen Jensen")
        contact: anne        # told when a dose is missed or in an emergency (optional)
        emergency_call: true # has a nødkald (alarm button); default false
    staff:
      - id: anne             # also her name in VELFAERD_STAFF_KEYS
        name: Anne Holm
        teams_id: 00000000-0000-0000-0000-00000000a11e  # Entra object id (optional)
        citizens: [karen]
    devices:
      - id: hoejttaler-karen
        citizen: karen
        key_sha256: <64 hex digits: sha256 of the device's key; the key stays on it>

Every reference must exist, ids are unique, and a bad file is refused as a whole with
a reason naming the entry (never a key).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 5_000_000
_ID = re.compile(r"^\w[\w .@-]{0,99}$")  # letters of any alphabet, digits, . _ @ - space
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
# Sender ids a channel gives to people who are not citizens; no citizen may have one.
RESERVED_PREFIXES = ("web-", "anon-", "teams-")


class RosterError(ValueError):
    """The roster file cannot be used; the message says which entry and why."""


@dataclass(frozen=True)
class Citizen:
    id: str
    name: str
    contact: str | None = None
    emergency_call: bool = False  # has a nødkald: the emergency answer names it


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    teams_id: str | None = None
    citizens: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Device:
    id: str
    citizen: str
    key_sha256: str = field(repr=False)


@dataclass(frozen=True)
class Roster:
    citizens: Mapping[str, Citizen] = field(default_factory=dict)
    staff: Mapping[str, StaffMember] = field(default_factory=dict)
    devices: Mapping[str, Device] = field(default_factory=dict)
    # Indexes for the per-message lookups (a key, a Teams id), built once: a municipality
    # has thousands of speakers, and every REST or socket.io request asks.
    _by_digest: Mapping[str, Device] = field(init=False, repr=False, compare=False)
    _by_teams_id: Mapping[str, StaffMember] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_digest = {d.key_sha256: d for d in self.devices.values()}
        by_teams = {s.teams_id.lower(): s for s in self.staff.values() if s.teams_id}
        object.__setattr__(self, "_by_digest", by_digest)
        object.__setattr__(self, "_by_teams_id", by_teams)

    @classmethod
    def load(cls, path: Path) -> Roster:
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise RosterError(f"cannot read the roster {path}: {err.strerror}") from err
        if len(raw) > MAX_BYTES:
            raise RosterError(f"the roster {path} is larger than {MAX_BYTES} bytes")
        return cls.from_yaml(raw.decode("utf-8", "replace"))

    @classmethod
    def from_yaml(cls, text: str) -> Roster:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as err:
            raise RosterError(f"the roster is not valid YAML: {err}") from err
        data = {} if data is None else data
        if not isinstance(data, dict) or set(data) - {"citizens", "staff", "devices"}:
            raise RosterError("the roster holds only 'citizens', 'staff' and 'devices' lists")
        citizens = {c.id: c for c in _entries(data, "citizens", _citizen)}
        staff = {s.id: s for s in _entries(data, "staff", _staff)}
        devices = {d.id: d for d in _entries(data, "devices", _device)}
        roster = cls(citizens, staff, devices)
        roster._check_references()
        return roster

    def _check_references(self) -> None:
        for c in self.citizens.values():
            if c.contact is not None and c.contact not in self.staff:
                raise RosterError(f"citizen {c.id!r}: contact {c.contact!r} is not in staff")
        teams_ids: set[str] = set()
        for s in self.staff.values():
            for cid in sorted(s.citizens - set(self.citizens)):
                raise RosterError(f"staff {s.id!r}: citizen {cid!r} is not in citizens")
            if s.teams_id is not None:
                if s.teams_id.lower() in teams_ids:
                    raise RosterError(f"staff {s.id!r}: teams_id is given twice")
                teams_ids.add(s.teams_id.lower())
        keys: set[str] = set()
        for d in self.devices.values():
            if d.citizen not in self.citizens:
                raise RosterError(f"device {d.id!r}: citizen {d.citizen!r} is not in citizens")
            if d.key_sha256 in keys:
                raise RosterError(f"device {d.id!r}: its key is given to another device too")
            keys.add(d.key_sha256)

    def staff_by_teams_id(self, teams_id: str | None) -> StaffMember | None:
        """The staff member with this Entra object id (compared without case)."""
        return self._by_teams_id.get(teams_id.strip().lower()) if teams_id else None

    def device_for_key(self, key: str | None) -> Device | None:
        """The device whose key this is, looked up by the key's sha256 (a lookup by a
        hash of the secret, not the secret, so its timing tells nothing useful)."""
        if not key:
            return None
        return self._by_digest.get(hashlib.sha256(key.encode("utf-8", "replace")).hexdigest())


def key_digest(key: str) -> str:
    """What goes in a device's key_sha256 for a key (python -m bot.access digest)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _entries(data: Mapping[str, Any], section: str, build: Any) -> Iterable[Any]:
    items = data.get(section) or []
    if not isinstance(items, list):
        raise RosterError(f"'{section}' must be a list")
    seen: set[str] = set()
    for number, item in enumerate(items, 1):
        where = f"{section} entry {number}"
        if not isinstance(item, dict):
            raise RosterError(f"{where} must be a mapping")
        ident = item.get("id")
        if not isinstance(ident, str) or not _ID.match(ident):
            raise RosterError(f"{where}: 'id' must be letters, digits, . _ @ - or spaces (max 100)")
        if ident in seen:
            raise RosterError(f"{where}: id {ident!r} is given twice")
        seen.add(ident)
        yield build(item, f"{section} {ident!r}")


def _text(item: Mapping[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise RosterError(f"{where}: '{key}' must be a text of 1 to 200 characters")
    return value.strip()


def _only(item: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise RosterError(f"{where}: unknown field {unknown[0]!r}")


def _citizen(item: Mapping[str, Any], where: str) -> Citizen:
    _only(item, {"id", "name", "contact", "emergency_call"}, where)
    ident = str(item["id"])
    if ident.lower().startswith(RESERVED_PREFIXES):
        raise RosterError(f"{where}: ids starting with {', '.join(RESERVED_PREFIXES)} are kept")
    emergency_call = item.get("emergency_call", False)
    if not isinstance(emergency_call, bool):
        raise RosterError(f"{where}: 'emergency_call' must be true or false")
    return Citizen(
        ident,
        str(_text(item, "name", where)),
        _text(item, "contact", where, False),
        emergency_call,
    )


def _staff(item: Mapping[str, Any], where: str) -> StaffMember:
    _only(item, {"id", "name", "teams_id", "citizens"}, where)
    assigned = item.get("citizens") or []
    if not isinstance(assigned, list) or not all(isinstance(c, str) for c in assigned):
        raise RosterError(f"{where}: 'citizens' must be a list of citizen ids")
    return StaffMember(
        str(item["id"]),
        str(_text(item, "name", where)),
        _text(item, "teams_id", where, False),
        frozenset(assigned),
    )


def _device(item: Mapping[str, Any], where: str) -> Device:
    _only(item, {"id", "citizen", "key_sha256"}, where)
    digest = item.get("key_sha256")
    if not isinstance(digest, str) or not _HEX64.match(digest.lower()):
        raise RosterError(f"{where}: 'key_sha256' must be 64 hex digits (sha256 of the key)")
    return Device(str(item["id"]), str(_text(item, "citizen", where)), digest.lower())
