"""The production profile's settings (bot/production.py): what it reads and refuses."""

from __future__ import annotations

import pytest

from bot.production import Production, Replicas, socketio_queue
from bot.settings import SettingsError

BASE = {
    "VELFAERD_PROFILE": "production",
    "VELFAERD_DATABASE_URL": "postgresql://velfaerd@db.example:5433/velfaerd?sslmode=require",
    "VELFAERD_REDIS_URL": "redis://:hemmelig@cache.example:6380/2",
}


def test_embedded_is_the_default() -> None:
    assert Production.from_env({}) is None
    assert Production.from_env({"VELFAERD_PROFILE": " Embedded "}) is None


def test_rasa_gets_postgresql_and_redis_with_the_password_from_the_environment() -> None:
    prod = Production.from_env({**BASE, "VELFAERD_DATABASE_PASSWORD": "s3cret"})
    assert prod is not None
    config = prod.endpoints("http://127.0.0.1:5055/webhook")
    assert config["tracker_store"] == {
        "type": "bot.channels.tracker_store.KeptSQLTrackerStore",
        "dialect": "postgresql",
        "url": "db.example",
        "port": 5433,
        "db": "velfaerd",
        "username": "velfaerd",
        "password": "${VELFAERD_DATABASE_PASSWORD}",  # Rasa reads it from its environment
        "query": {"sslmode": "require"},
    }
    assert "s3cret" not in str(config)
    assert prod.child_env({})["VELFAERD_DATABASE_PASSWORD"] == "s3cret"
    assert config["lock_store"] == {
        "type": "redis",
        "url": "cache.example",
        "port": 6380,
        "db": 2,
        "key_prefix": "velfaerd",
        "password": "hemmelig",
    }
    assert config["action_endpoint"] == {"url": "http://127.0.0.1:5055/webhook"}


def test_every_store_uses_the_one_database_unless_set_on_its_own() -> None:
    prod = Production.from_env(BASE)
    assert prod is not None
    env = prod.child_env({"VELFAERD_ACCESS_DB": "postgresql://audit@other/log"})
    assert "VELFAERD_ACCESS_DB" not in env
    assert env["VELFAERD_TRACKER_STORE"] == "sql"  # the privacy answer says it is kept
    assert env["VELFAERD_REMINDERS_DB"] == env["VELFAERD_PLAN_DB"] == env["VELFAERD_TEAMS_DB"]
    assert env["VELFAERD_PLAN_DB"].startswith("postgresql://velfaerd@db.example:5433/velfaerd")


@pytest.mark.parametrize(
    "change",
    [
        {"VELFAERD_PROFILE": "prod"},
        {"VELFAERD_DATABASE_URL": ""},
        {"VELFAERD_REDIS_URL": ""},
        {"VELFAERD_DATABASE_URL": "sqlite:///var/x.db"},
        {"VELFAERD_DATABASE_URL": "postgresql://db.example"},  # no database named
        {"VELFAERD_DATABASE_URL": "ikke en url"},
        {"VELFAERD_REDIS_URL": "http://cache.example"},
        {"VELFAERD_REDIS_URL": "redis://cache.example/nul"},
        {"VELFAERD_REDIS_URL": "redis://cache.example:port/1"},
    ],
)
def test_what_it_cannot_use_is_refused_with_the_reason(change: dict[str, str]) -> None:
    with pytest.raises(SettingsError):
        Production.from_env({**BASE, **change})


def test_production_runs_two_of_each_kind_and_embedded_one() -> None:
    assert Replicas.from_env({}, production=True) == Replicas(2, 2, 2)
    assert Replicas.from_env({}, production=False) == Replicas(1, 1, 1)
    env = {"VELFAERD_RASA_PROCESSES": "3", "VELFAERD_REMINDER_WORKERS": " 4 "}
    replicas = Replicas.from_env(env, production=True)
    assert replicas == Replicas(rasa=3, actions=2, reminders=4)
    # Rasa and rasa-sdk read their number of Sanic workers from these.
    assert replicas.child_env() == {"SANIC_WORKERS": "3", "ACTION_SERVER_SANIC_WORKERS": "2"}


@pytest.mark.parametrize(
    ("env", "production"),
    [
        ({"VELFAERD_RASA_PROCESSES": "to"}, True),
        ({"VELFAERD_ACTION_PROCESSES": "0"}, True),
        ({"VELFAERD_REMINDER_WORKERS": "1000"}, True),
        ({"VELFAERD_RASA_PROCESSES": "2"}, False),  # its lock store is in memory
    ],
)
def test_a_number_of_processes_it_cannot_run_is_refused(
    env: dict[str, str], production: bool
) -> None:
    with pytest.raises(SettingsError):
        Replicas.from_env(env, production=production)


def test_socketio_shares_its_messages_through_redis_only_in_production() -> None:
    assert socketio_queue({}) is None
    assert socketio_queue(BASE) == "redis://:hemmelig@cache.example:6380/2"
