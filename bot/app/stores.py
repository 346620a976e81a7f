"""The store registry: every store where its settings point, its tables created
(`python -m bot schema`, `make schema`), and a citizen's data across all of them.

    python -m bot schema [--create-database]

In the production profile the stores all point at VELFAERD_DATABASE_URL, and
--create-database first creates that PostgreSQL database if it is missing (connecting
to the server's `postgres` database with the same user). The processes also create
their own tables as they start; this is for setting up a database before the first
start, and for checking that the settings reach it. Rasa makes its own tables.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.engine import URL

from bot.access.audit import AccessLog
from bot.access.settings import AccessSettings
from bot.core.clock import Clock
from bot.core.db import SqlStore
from bot.home.pins import PinTries
from bot.plan.alerts import PlanAlerts
from bot.plan.settings import PlanSettings
from bot.plan.store import PlanStore
from bot.privacy.citizen_data import CitizenData
from bot.privacy.settings import PrivacySettings
from bot.production import Production
from bot.reminders.settings import ReminderSettings
from bot.reminders.store import ReminderStore
from bot.safety.settings import safety_db_url
from bot.safety.store import SafetyStore
from bot.settings import SettingsError
from bot.teams.references import References
from bot.teams.settings import teams_db_url
from bot.web.screens import ScreenLinks


def store_env(env: Mapping[str, str]) -> dict[str, str]:
    """The environment with the profile's store variables filled in."""
    production = Production.from_env(env)
    return {**env, **(production.child_env(env) if production else {})}


def stores(env: Mapping[str, str]) -> list[SqlStore]:
    """One of each store, where the settings in `env` point."""
    plan = PlanSettings.from_env(env).db_url
    return [
        ReminderStore(ReminderSettings.from_env(env).db_url),
        PlanStore(plan),
        PlanAlerts(plan),
        ScreenLinks(plan),
        AccessLog(AccessSettings.from_env(env).db_url),
        References(teams_db_url(env)),
        SafetyStore(safety_db_url(env)),
        PinTries(ReminderSettings.from_env(env).db_url),
    ]


def citizen_data(clock: Clock, env: Mapping[str, str] | None = None) -> CitizenData:
    """Every store where the environment points (its tables made if missing, as the
    assistant's processes make them), and Rasa's conversations if kept."""
    env = os.environ if env is None else env
    found = stores(store_env(env))
    for store in found:
        store.create_schema()
    return CitizenData(found, PrivacySettings.from_env(env).conversations(), clock)


def create_database(url: URL) -> bool:
    """Create the PostgreSQL database `url` names if it is missing; True if it was."""
    admin = sa.create_engine(
        url.set(database="postgres"), future=True, isolation_level="AUTOCOMMIT"
    )
    try:
        with admin.connect() as conn:
            found = conn.execute(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :name"),
                {"name": url.database},
            ).first()
            if found:
                return False
            name = conn.dialect.identifier_preparer.quote(str(url.database))
            conn.execute(sa.text(f"CREATE DATABASE {name}"))  # not inside a transaction
            return True
    finally:
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot schema", description=__doc__)
    parser.add_argument(
        "--create-database",
        action="store_true",
        help="production: create the PostgreSQL database first if it is missing",
    )
    args = parser.parse_args(argv)
    try:
        production = Production.from_env(os.environ)
        env = store_env(os.environ)
    except SettingsError as err:
        print(f"Fejl i indstillingerne: {err}", file=sys.stderr)
        return 2
    if args.create_database and production is not None and create_database(production.database):
        print(f"Oprettede databasen {production.database.database}.")
    made = stores(env)
    try:
        for store in made:
            store.create_schema()
    except sa.exc.OperationalError as err:
        print(f"Kunne ikke nå databasen: {err.orig}", file=sys.stderr)
        return 1
    finally:
        for store in made:
            store.dispose()
    places = sorted({s.url.split("@")[-1] for s in made})  # never the password
    print("Tabellerne findes nu i: " + ", ".join(places))
    return 0


if __name__ == "__main__":
    sys.exit(main())
