"""The tracker store that keeps every turn or fails it (bot/channels/tracker_store.py).

Rasa wraps every tracker store in FailSafeTrackerStore, which swallows errors and goes
on in memory; these tests go through that wrapper, as Rasa does."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.tracker_store import KeptSQLTrackerStore, TrackerStoreDown

UNREACHABLE = "postgresql://postgres@127.0.0.1:1/ingen"  # nothing listens on port 1


def store(tmp_path: Path, retry_seconds: float = 0.5) -> KeptSQLTrackerStore:
    return KeptSQLTrackerStore(
        domain=Domain.empty(), dialect="sqlite", db=str(tmp_path / "rasa.db"),
        retry_seconds=retry_seconds,
    )  # fmt: skip


def turn(sender: str, text: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, slots=[])
    tracker.update(UserUttered(text, intent={"name": "greet", "confidence": 1.0}))
    return tracker


def unreachable(kept: KeptSQLTrackerStore) -> sa.engine.Engine:
    """Point the store at a database that is not there; return its real engine."""
    real = kept.engine
    kept.engine = sa.create_engine(UNREACHABLE, pool_pre_ping=True)
    kept.sessionmaker = sa.orm.session.sessionmaker(bind=kept.engine)
    return real


def reachable(kept: KeptSQLTrackerStore, engine: sa.engine.Engine) -> None:
    kept.engine = engine
    kept.sessionmaker = sa.orm.session.sessionmaker(bind=engine)


async def test_a_turn_is_kept_and_read_back_through_rasas_wrapper(tmp_path: Path) -> None:
    safe = FailSafeTrackerStore(store(tmp_path))
    await safe.save(turn("borger-1", "hej"))
    kept = await safe.retrieve("borger-1")
    assert kept is not None and kept.latest_message.text == "hej"
    assert list(await safe.keys()) == ["borger-1"]


async def test_a_turn_that_cannot_be_kept_fails_instead_of_being_answered_from_memory(
    tmp_path: Path,
) -> None:
    kept = store(tmp_path)
    safe = FailSafeTrackerStore(kept)
    unreachable(kept)
    with pytest.raises(TrackerStoreDown):
        await safe.save(turn("borger-1", "hej"))
    with pytest.raises(TrackerStoreDown):  # not None: that would start the conversation anew
        await safe.retrieve("borger-1")
    with pytest.raises(TrackerStoreDown):
        await safe.retrieve_full_tracker("borger-1")
    assert await safe.fallback_tracker_store.retrieve("borger-1") is None  # nothing in memory


async def test_a_database_back_within_the_retry_time_costs_no_turn(tmp_path: Path) -> None:
    kept = store(tmp_path, retry_seconds=10)
    real = unreachable(kept)

    async def back_soon() -> None:
        await asyncio.sleep(0.6)
        reachable(kept, real)

    await asyncio.gather(kept.save(turn("borger-1", "hej")), back_soon())
    again = await kept.retrieve("borger-1")
    assert again is not None and again.latest_message.text == "hej"


def test_the_failure_is_not_an_exception_rasa_could_swallow() -> None:
    assert not issubclass(TrackerStoreDown, Exception)
