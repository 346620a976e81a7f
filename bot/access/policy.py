"""Roles and the one check every way to a citizen's data goes through.

A citizen reaches only their own data. A staff member reaches the citizens assigned to
them in the roster, and each time that is written to the access log. Anyone else
(the public web chat, an unknown Teams user) reaches no citizen at all. A refusal never
says whether the citizen exists: "not yours" and "no such citizen" are one error.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz.distance import DamerauLevenshtein

from bot.access.roster import RESERVED_PREFIXES, Citizen, Roster, StaffMember
from bot.core.text import fold, words

TEAMS_PREFIX = "teams-"


class Role(enum.Enum):
    CITIZEN = "borger"
    STAFF = "staff"
    PUBLIC = "offentlig"


@dataclass(frozen=True)
class Principal:
    role: Role
    id: str

    @property
    def actor(self) -> str:
        """How audit logs name them: borger:karen, staff:anne, offentlig:web-1f2e."""
        return f"{self.role.value}:{self.id}"


class NotPermitted(Exception):
    """Not theirs, or no such citizen: deliberately the same."""


class AccessRecorder(Protocol):
    def record(self, actor: str, action: str, citizen_id: str) -> None: ...


class Access:
    """The roster's rules. No roster: `Access(Roster(), None, strict=False)`.

    The roster's rules. `strict` (a roster is configured): a citizen must be in it.

    Without a roster (one home, development) every sender id but the reserved public
    and Teams ones is taken as a citizen's own id, and no staff member exists.
    """

    def __init__(self, roster: Roster, log: AccessRecorder | None, strict: bool) -> None:
        if log is None and roster.staff:
            raise ValueError("staff reads must be logged: give Access an access log")
        self.roster = roster
        self._log = log
        self.strict = strict

    def principal(self, sender_id: str, channel: str | None) -> Principal:
        """Who a conversation is with, from the sender id its channel gave it."""
        if sender_id.startswith(TEAMS_PREFIX) and channel == "teams":
            staff_id = sender_id[len(TEAMS_PREFIX) :]
            if staff_id in self.roster.staff:
                return Principal(Role.STAFF, staff_id)
        if sender_id.lower().startswith(RESERVED_PREFIXES):
            return Principal(Role.PUBLIC, sender_id)
        if self.strict and sender_id not in self.roster.citizens:
            return Principal(Role.PUBLIC, sender_id)
        return Principal(Role.CITIZEN, sender_id)

    def sender_for(self, given: str, device_key: str | None) -> str:
        """The sender id a REST or socket.io request really has.

        With a device key: the citizen that device belongs to, whatever id was sent (a
        wrong key is NotPermitted). Without one: the public web-/anon- ids as they are;
        any other id as it is only without a roster (one home on localhost), else an
        anonymous anon-<hash>, so naming a citizen's id reaches nothing.
        """
        if device_key is not None:
            device = self.roster.device_for_key(device_key)
            if device is None:
                raise NotPermitted("device key")
            return device.citizen
        if not self.strict or given.lower().startswith(("web-", "anon-")):
            return given
        return "anon-" + hashlib.sha256(given.encode("utf-8", "replace")).hexdigest()[:20]

    def staff(self, staff_id: str) -> Principal:
        """A staff principal for a staff id (from a staff key's name); unknown: refused."""
        if staff_id not in self.roster.staff:
            raise NotPermitted(staff_id)
        return Principal(Role.STAFF, staff_id)

    def citizen_id(self, who: Principal, citizen_id: str, action: str) -> str:
        """The citizen id, if `who` may do `action` on that citizen's data; else NotPermitted.

        A staff member's access is written to the access log before anything is read.
        """
        if who.role is Role.CITIZEN and who.id == citizen_id:
            return citizen_id
        if who.role is Role.STAFF and citizen_id in self._assigned(who) and self._log:
            self._log.record(who.actor, action, citizen_id)
            return citizen_id
        raise NotPermitted(citizen_id)

    def citizens_of(self, who: Principal) -> list[Citizen]:
        """The citizens a staff member is assigned, by name; nobody for anyone else."""
        found = [self.roster.citizens[c] for c in self._assigned(who)]
        return sorted(found, key=lambda c: fold(c.name))

    def find(self, who: Principal, name: str) -> list[Citizen]:
        """The staff member's citizens this name fits: the id, the full name or the
        first name, without case or accents. Others' citizens are never searched."""
        wanted = fold(name).strip()
        if not wanted:
            return []
        mine = self.citizens_of(who)
        whole = [c for c in mine if wanted in (fold(c.id), fold(c.name))]
        return whole or [c for c in mine if fold(c.name).split()[0] == wanted]

    def named_in(self, who: Principal, text: str) -> list[Citizen]:
        """The staff member's citizens a sentence names ("har Karen taget ...",
        "Karen Jensens plan", "Jens' medicin"): full names before first names, so
        "Karen Jensen" is one of two Karens. Others' citizens are never looked at."""
        said = [_base(w) for w in words(text)]
        mine = self.citizens_of(who)
        whole = [c for c in mine if _contains(said, [_base(w) for w in words(c.name)])]
        if whole:
            return _reminded(whole, said) if len(whole) > 1 else whole
        first = [c for c in mine if words(c.name)[:1] and _base(words(c.name)[0]) in said]
        if first:
            return _reminded(first, said) if len(first) > 1 else first
        # "ny påmindelse til Karne" (set 32): a name mistyped by one letter, if only one fits
        near = [c for c in mine if any(typo_of(w, words(c.name)) for w in said)]
        return near if len(near) == 1 else []

    def contact_of(self, citizen_id: str) -> StaffMember | None:
        """The staff member told about this citizen's missed doses, if the roster says."""
        citizen = self.roster.citizens.get(citizen_id)
        if citizen is None or citizen.contact is None:
            return None
        return self.roster.staff.get(citizen.contact)

    def _assigned(self, who: Principal) -> frozenset[str]:
        if who.role is not Role.STAFF:
            return frozenset()
        member = self.roster.staff.get(who.id)
        return member.citizens & set(self.roster.citizens) if member else frozenset()


# "mind Karen om at ringe til Jens": the one to remind follows the verb; the other name
# is part of what to remember (set 11).
_REMIND_VERBS = frozenset("mind minde husk huske pamind paminde".split())


def _reminded(named: list[Citizen], said: list[str]) -> list[Citizen]:
    """Of several citizens named, the one a reminding verb is said to, if there is one."""
    meant = [
        c
        for c in named
        if any(
            said[i] == _base(words(c.name)[0]) and said[i - 1] in _REMIND_VERBS
            for i in range(1, len(said))
        )
    ]
    return meant if len(meant) == 1 else named


def typo_of(said: str, name: Sequence[str]) -> bool:
    """`said` is one of the name's words (folded) mistyped: one letter wrong, missing,
    added or two swapped ("karne", "olesen"), the first letter right, in a name of five
    letters or more (a shorter one is too near everyday words: "jens", "jern")."""
    return len(said) >= 4 and any(
        part[:1] == said[:1] and len(part) >= 5 and DamerauLevenshtein.distance(said, part) == 1
        for part in name
    )


def _base(word: str) -> str:
    """A name without the genitive: "karens" and "jens'" are "karen" and "jens"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _contains(said: list[str], name: list[str]) -> bool:
    n = len(name)
    return n > 0 and any(said[i : i + n] == name for i in range(len(said) - n + 1))
