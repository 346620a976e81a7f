"""The two profiles: embedded (SQLite files, one process of each kind) and production.

Production keeps everything in one PostgreSQL database (Rasa's conversations and our
reminders, plans, access log, Teams references and screen links, each in its own
tables) and gives Rasa a Redis lock store, so that several Rasa processes can serve
one conversation's turns in order. Chosen by environment variables:

    VELFAERD_PROFILE=production
    VELFAERD_DATABASE_URL=postgresql://velfaerd@db.example:5432/velfaerd
    VELFAERD_DATABASE_PASSWORD=...        # or in the URL; never in a committed file
    VELFAERD_REDIS_URL=redis://cache.example:6379/1

A VELFAERD_*_DB variable that is set still wins for its own store.

How many processes of each kind run (`Replicas`): in production by default two Rasa
processes and two action server processes, each kind sharing one address (Sanic's
workers, one listening socket: Rasa's SANIC_WORKERS and rasa-sdk's
ACTION_SERVER_SANIC_WORKERS), and two reminder workers. The embedded profile runs one
of each: its in-memory lock store cannot order one conversation's turns across
processes.

    VELFAERD_RASA_PROCESSES=2  VELFAERD_ACTION_PROCESSES=2  VELFAERD_REMINDER_WORKERS=2
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from bot.settings import SettingsError

PROFILES = ("embedded", "production")
# Each of our stores' own variable; in production they default to the one database.
STORE_VARIABLES = (
    "VELFAERD_REMINDERS_DB",
    "VELFAERD_PLAN_DB",
    "VELFAERD_ACCESS_DB",
    "VELFAERD_TEAMS_DB",
    "VELFAERD_SAFETY_DB",
)
# How Rasa's endpoints file names the database password (Rasa reads ${...} from the
# environment), so the file written at start holds no secret.
PASSWORD_VARIABLE = "VELFAERD_DATABASE_PASSWORD"
# Rasa's SQL tracker store, but failing a turn it cannot keep instead of answering it
# from memory and forgetting it (bot/channels/tracker_store.py).
TRACKER_STORE = "bot.channels.tracker_store.KeptSQLTrackerStore"
# The number of processes of each kind (Replicas), and the most anyone may ask for.
REPLICA_VARIABLES = {
    "rasa": "VELFAERD_RASA_PROCESSES",
    "actions": "VELFAERD_ACTION_PROCESSES",
    "reminders": "VELFAERD_REMINDER_WORKERS",
}
MAX_REPLICAS = 32


@dataclass(frozen=True)
class Replicas:
    """How many Rasa servers, action servers and reminder workers run."""

    rasa: int = 1
    actions: int = 1
    reminders: int = 1

    @classmethod
    def from_env(cls, env: Mapping[str, str], production: bool) -> Replicas:
        default = 2 if production else 1
        counts: dict[str, int] = {}
        for kind, variable in REPLICA_VARIABLES.items():
            raw = env.get(variable, "").strip()
            try:
                count = int(raw) if raw else default
            except ValueError as err:
                raise SettingsError(f"{variable} must be a whole number") from err
            if not 1 <= count <= MAX_REPLICAS:
                raise SettingsError(f"{variable} must be between 1 and {MAX_REPLICAS}")
            if count > 1 and not production:
                raise SettingsError(
                    f"{variable}={count} needs the production profile "
                    "(VELFAERD_PROFILE=production): several processes share their state "
                    "through PostgreSQL and Redis, and take a conversation's turns in "
                    "order through Redis's lock"
                )
            counts[kind] = count
        return cls(**counts)

    def child_env(self) -> dict[str, str]:
        """Rasa's and rasa-sdk's own variables for their number of Sanic workers."""
        return {
            "SANIC_WORKERS": str(self.rasa),
            "ACTION_SERVER_SANIC_WORKERS": str(self.actions),
        }


@dataclass(frozen=True)
class Production:
    database: URL
    redis_host: str
    redis_port: int
    redis_db: int
    redis_password: str | None

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Production | None:
        """The production settings, or None for the embedded profile (the default)."""
        profile = env.get("VELFAERD_PROFILE", "").strip().lower() or "embedded"
        if profile not in PROFILES:
            raise SettingsError(f"VELFAERD_PROFILE must be one of {', '.join(PROFILES)}")
        if profile == "embedded":
            return None
        raw_db = env.get("VELFAERD_DATABASE_URL", "").strip()
        raw_redis = env.get("VELFAERD_REDIS_URL", "").strip()
        if not raw_db or not raw_redis:
            raise SettingsError(
                "the production profile needs VELFAERD_DATABASE_URL and VELFAERD_REDIS_URL"
            )
        try:
            database = make_url(raw_db)
        except ArgumentError as err:
            raise SettingsError("VELFAERD_DATABASE_URL is not a database URL") from err
        if database.get_backend_name() != "postgresql" or not database.database:
            raise SettingsError("VELFAERD_DATABASE_URL must name a PostgreSQL database")
        password = env.get(PASSWORD_VARIABLE, "").strip()
        if password:
            database = database.set(password=password)
        redis = urlsplit(raw_redis)
        if redis.scheme != "redis" or not redis.hostname:
            raise SettingsError("VELFAERD_REDIS_URL must look like redis://host:6379/1")
        try:
            port = redis.port or 6379
            db = int(redis.path.strip("/") or 0)
        except ValueError as err:
            raise SettingsError("VELFAERD_REDIS_URL has a bad port or database number") from err
        return cls(database, redis.hostname, port, db, redis.password)

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL our stores use, password included (for the environment)."""
        return str(self.database.render_as_string(hide_password=False))

    def child_env(self, env: Mapping[str, str]) -> dict[str, str]:
        """What the processes get in their environment: each store's variable pointing
        at the one database (unless set already), the password Rasa fills the
        endpoints file's ${...} with, and that conversations are kept (the privacy
        answer says so)."""
        out = {v: self.database_url for v in STORE_VARIABLES if not env.get(v, "").strip()}
        out[PASSWORD_VARIABLE] = self.database.password or ""
        if not env.get("VELFAERD_TRACKER_STORE", "").strip():
            out["VELFAERD_TRACKER_STORE"] = "sql"
        return out

    def endpoints(self, action_url: str) -> dict[str, Any]:
        """Rasa's endpoints: actions, the PostgreSQL tracker store, the Redis lock store."""
        tracker: dict[str, Any] = {
            "type": TRACKER_STORE,
            "dialect": "postgresql",
            "url": self.database.host or "127.0.0.1",
            "port": self.database.port or 5432,
            "db": self.database.database,
            "username": self.database.username or "",
            "password": "${" + PASSWORD_VARIABLE + "}",
        }
        if self.database.query:
            tracker["query"] = dict(self.database.query)
        lock: dict[str, Any] = {
            "type": "redis",
            "url": self.redis_host,
            "port": self.redis_port,
            "db": self.redis_db,
            "key_prefix": "velfaerd",
        }
        if self.redis_password:
            lock["password"] = self.redis_password
        return {
            "action_endpoint": {"url": action_url},
            "tracker_store": tracker,
            "lock_store": lock,
        }


SOCKETIO_CHANNEL = "velfaerd-socketio"


def socketio_queue(env: Mapping[str, str]) -> str | None:
    """The Redis URL socket.io's processes share their messages through, in production
    (None in the embedded profile: one process has every connection itself).

    With several Rasa processes a citizen's connection is held by one of them, while
    the reminder for that citizen may arrive at another: python-socketio's Redis
    manager passes it on to the process that holds the connection."""
    if Production.from_env(env) is None:
        return None
    return env["VELFAERD_REDIS_URL"].strip()
