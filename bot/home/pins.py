"""Wrong PINs counted where every action server process and every restart sees them.

The PIN guard in process memory gave N replicas N times the tries, and a restart reset
it. Here each home's count is a row (`home_pin_tries`, in the reminder database:
SQLite by default, PostgreSQL in production): three wrong PINs within ten minutes stop
PIN checks for a quarter of an hour; a second such stop without a right PIN in between
holds the lock until staff release it (`python -m bot.home release-pin HOME`). A hold
is logged as a warning, for the operator's alerting, and each citizen of the home's
contact person is told (`tell_pin_hold`: a notice the reminder worker sends the way it
sends emergencies: Teams, the webhook, the log). Only the home's id and counts are
kept, nothing a citizen said.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import sqlalchemy as sa

from bot.core.db import SqlStore
from bot.home.config import HomeConfig
from bot.home.control import PIN_LOCKOUT_SECONDS, PIN_TRIES, PIN_WINDOW_SECONDS
from bot.safety.notify import PIN_HOLD
from bot.safety.store import SafetyStore

log = logging.getLogger(__name__)
HOLD_AFTER_LOCKOUTS = 2  # the second stop without a right PIN between holds the lock

metadata = sa.MetaData()
tries = sa.Table(
    "home_pin_tries",
    metadata,
    sa.Column("home", sa.String(120), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("window_start", sa.Float, nullable=False, default=0.0),  # epoch seconds
    sa.Column("locked_until", sa.Float, nullable=False, default=0.0),
    sa.Column("lockouts", sa.Integer, nullable=False, default=0),
    sa.Column("held", sa.Boolean, nullable=False, default=False),
)


class PinTries(SqlStore):
    metadata = metadata
    _ready = False

    def _made(self) -> None:
        """The table, made at the first use (once per process)."""
        if not self._ready:
            self.create_schema()
            self._ready = True

    def _now(self) -> float:
        return self.clock.now().timestamp()

    def guard(self, home: str, on_hold: Callable[[str], None] | None = None) -> StoredPinGuard:
        """The guard of one home; `on_hold(home)` runs once when its checks are held."""
        return StoredPinGuard(self, home, on_hold)

    def state(self, home: str) -> dict[str, object] | None:
        self._made()
        with self._tx() as conn:
            row = conn.execute(sa.select(tries).where(tries.c.home == home)).mappings().first()
        return dict(row) if row else None

    def locked(self, home: str) -> bool:
        row = self.state(home)
        return bool(row and (row["held"] or self._now() < float(row["locked_until"])))  # type: ignore[arg-type]

    def failed(self, home: str) -> bool:
        """Count a wrong PIN; True when this one made the hold (staff must release)."""
        self._made()
        held = False
        now = self._now()
        with self._tx(write=True) as conn:
            query = sa.select(tries).where(tries.c.home == home).with_for_update()
            row = conn.execute(query).mappings().first()
            if row is None:
                conn.execute(tries.insert().values(home=home, failures=0, window_start=now))
                row = {"failures": 0, "window_start": now, "lockouts": 0, "held": False}
            failures = int(row["failures"]) + 1
            start = float(row["window_start"])
            if now - start > PIN_WINDOW_SECONDS:
                failures, start = 1, now
            values: dict[str, object] = {"failures": failures, "window_start": start}
            if failures >= PIN_TRIES:
                lockouts = int(row["lockouts"]) + 1
                values.update(failures=0, lockouts=lockouts, locked_until=now + PIN_LOCKOUT_SECONDS)
                if lockouts >= HOLD_AFTER_LOCKOUTS:
                    values["held"] = True
                    held = not row["held"]
                    log.warning(
                        "home %s: PIN checks held after %d wrong PINs; staff must release "
                        "them (python -m bot.home release-pin)",
                        home,
                        lockouts * PIN_TRIES,
                    )
            conn.execute(tries.update().where(tries.c.home == home).values(**values))
        return held

    def succeeded(self, home: str) -> None:
        self._made()
        with self._tx(write=True) as conn:
            conn.execute(tries.update().where(tries.c.home == home).values(failures=0, lockouts=0))

    def release(self, home: str) -> bool:
        """Staff release a held PIN; True if there was anything to release."""
        self._made()
        with self._tx(write=True) as conn:
            result = conn.execute(tries.delete().where(tries.c.home == home))
        return bool(result.rowcount)


class StoredPinGuard:
    """bot.home.control.PinGuard's three methods, kept in PinTries."""

    def __init__(
        self, store: PinTries, home: str, on_hold: Callable[[str], None] | None = None
    ) -> None:
        self.store = store
        self.home = home
        self.on_hold = on_hold

    def locked(self) -> bool:
        return self.store.locked(self.home)

    def failed(self) -> None:
        if self.store.failed(self.home) and self.on_hold is not None:
            try:
                self.on_hold(self.home)
            except Exception:  # the hold stands; the notice is the operator's to chase
                log.exception(
                    "home %s: the contact person could not be told of the hold", self.home
                )

    def succeeded(self) -> None:
        self.store.succeeded(self.home)


def tell_pin_hold(
    store: SafetyStore, home: HomeConfig, contact_of: Callable[[str], str | None]
) -> int:
    """Keep a notice for each citizen of the home, for the reminder worker to tell
    their contact person at once (no question first: the citizen may be the one
    locked out, or someone else trying their door); how many."""
    for citizen in home.citizens:
        store.record(
            citizen,
            (PIN_HOLD,),
            "",  # nothing said is repeated: the contact reads what happened
            channel=None,
            contact=contact_of(citizen),
            offered=False,
            notify_now=True,
        )
    return len(home.citizens)
