"""What the actions use, in one object passed to each action: stores, clock, access
rules, settings, the knowledge base, the homes and the seals.

The action server's actions are made by rasa-sdk without arguments (it registers every
Action subclass in actions/); they use `default()`, built once per process from the
environment. Each service in it is made on first use, never at import, so a process
that never reaches the plan never opens its database. Tests pass a `Services` with the
services they test (the rest from the environment, as in the action server).

Stores are synchronous (SQLAlchemy); `off_loop` runs their calls in a worker thread so
the action server's event loop keeps serving other conversations meanwhile.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

from bot import seal as sealing
from bot.access.policy import Access
from bot.access.settings import environment_access
from bot.core.clock import Clock, SystemClock
from bot.home import said_pin
from bot.home.config import load_homes
from bot.home.control import Homes
from bot.home.pins import PinTries, tell_pin_hold
from bot.home.settings import HomeSettings
from bot.knowledge.answers import Answerer
from bot.knowledge.loader import load
from bot.plan.settings import PlanSettings
from bot.plan.store import PlanStore
from bot.reminders.settings import ReminderSettings
from bot.reminders.store import ReminderStore
from bot.safety.dialogue import SafetyDialogue
from bot.safety.settings import SafetySettings, safety_db_url
from bot.safety.store import SafetyStore
from bot.seal import Seal
from bot.settings import Settings
from bot.teams.settings import TeamsSettings

T = TypeVar("T")
Store = TypeVar("Store", ReminderStore, PlanStore, SafetyStore)


def _schema_made(store: Store) -> Store:
    store.create_schema()
    return store


async def off_loop(call: Callable[[], T]) -> T:
    """`call()` (a store call) in a worker thread: the event loop is not blocked."""
    return await asyncio.to_thread(call)


class Services:
    """The actions' services: those given, and the others from the environment.

    Made on first use, once, under a lock of its own: a store may first be reached from
    a worker thread (`off_loop`), and two threads must not make two engines.
    """

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        clock: Clock | None = None,
        access: Access | None = None,
        answerer: Answerer | None = None,
        reminders: ReminderStore | None = None,
        plan: PlanStore | None = None,
        safety_store: SafetyStore | None = None,
        safety: SafetyDialogue | None = None,
        teams: bool | None = None,
        homes: Homes | None = None,
        seal: Seal | None = None,
        pin_seal: Seal | None = None,
    ) -> None:
        given = {
            "settings": settings,
            "clock": clock,
            "access": access,
            "answerer": answerer,
            "reminders": reminders,
            "plan": plan,
            "safety_store": safety_store,
            "safety": safety,
            "teams": teams,
            "homes": homes,
            "seal": seal,
            "pin_seal": pin_seal,
        }
        self._made: dict[str, Any] = {k: v for k, v in given.items() if v is not None}
        self._locks = {name: threading.Lock() for name in given}

    def _once(self, name: str, make: Callable[[], T]) -> T:
        # One lock per service: the loop reading the clock or the roster never waits
        # for a store being made (a slow database) in a worker thread.
        with self._locks[name]:
            if name not in self._made:
                self._made[name] = make()
            found: T = self._made[name]
            return found

    @property
    def settings(self) -> Settings:
        return self._once("settings", Settings.from_env)

    @property
    def clock(self) -> Clock:
        return self._once("clock", SystemClock)

    @property
    def access(self) -> Access:
        """The roster's rules (no roster: one home, no staff)."""
        return self._once("access", environment_access)

    @property
    def answerer(self) -> Answerer:
        return self._once("answerer", lambda: Answerer(load(self.settings.knowledge_dir)))

    @property
    def reminders(self) -> ReminderStore:
        """The reminder store named by the environment; its tables made on first use."""
        return self._once(
            "reminders",
            lambda: _schema_made(ReminderStore(ReminderSettings.from_env().db_url, self.clock)),
        )

    @property
    def plan(self) -> PlanStore:
        """The day plan store named by the environment; its tables made on first use."""
        return self._once(
            "plan", lambda: _schema_made(PlanStore(PlanSettings.from_env().db_url, self.clock))
        )

    @property
    def safety_store(self) -> SafetyStore:
        """Where notices for the worker to tell contact persons are kept."""
        return self._once(
            "safety_store", lambda: _schema_made(SafetyStore(safety_db_url(), self.clock))
        )

    @property
    def safety(self) -> SafetyDialogue:
        """What is said and kept in an emergency (bot.safety)."""
        return self._once(
            "safety", lambda: SafetyDialogue(SafetySettings.from_env(), self.safety_store)
        )

    @property
    def teams(self) -> bool:
        """Teams is configured: a contact person can be told there."""
        return self._once("teams", lambda: TeamsSettings.from_env().configured)

    @property
    def homes(self) -> Homes:
        """The homes named by VELFAERD_HOMES_DIR (none when unset); their brokers are
        connected on first use, in the background."""
        return self._once("homes", self._homes)

    def _homes(self) -> Homes:
        folder = HomeSettings.from_env().homes_dir
        homes = load_homes(folder) if folder else ()
        # Wrong PINs counted where every process and restart sees them (its table is made
        # at the first PIN, not here: most commands never ask for one).
        tries = PinTries(ReminderSettings.from_env().db_url) if homes else None
        by_id = {h.home: h for h in homes}

        def held(home: str) -> None:  # the contact persons are told (bot.home.pins)
            tell_pin_hold(self.safety_store, by_id[home], self._contact_id)

        found = Homes(homes, guard_for=(lambda h: tries.guard(h, held)) if tries else None)
        found.start()
        return found

    def _contact_id(self, citizen_id: str) -> str | None:
        contact = self.access.contact_of(citizen_id)
        return None if contact is None else contact.id

    @property
    def seal(self) -> Seal:
        """The seal for state kept in slots (bot.seal), keyed from the action server's
        token, which every action server process of one deployment shares. Without one
        (rasa_sdk started by hand), a key of this process's own."""
        return self._once("seal", lambda: sealing.from_env("velfaerd slots"))

    @property
    def pin_seal(self) -> Seal:
        """The seal on the channels' verdicts on PINs (bot.home.said_pin): the Rasa
        server has the same token, to call this server with."""
        return self._once("pin_seal", lambda: sealing.from_env(said_pin.SEAL_PURPOSE))


@lru_cache(maxsize=1)
def default() -> Services:
    """The action server's services, from the environment (made on first use)."""
    return Services()
