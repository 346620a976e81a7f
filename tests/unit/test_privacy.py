"""A citizen's data exported and deleted in every store, and old conversations deleted
(bot/privacy), on SQLite and PostgreSQL. Rasa's events table is made here as Rasa's
SQL tracker store makes it; the production test runs it with the real Rasa."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.access.audit import AccessLog
from bot.app import privacy as cli
from bot.core.clock import COPENHAGEN
from bot.plan.store import PlanStore
from bot.privacy.citizen_data import CitizenData
from bot.privacy.conversations import Conversations
from bot.privacy.retention import RetentionLoop
from bot.reminders.store import ReminderStore
from bot.web.screens import ScreenLinks
from testkit.support import ManualClock, all_rows

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=COPENHAGEN)


def rasa_events(url: str, rows: list[tuple[str, float, str | dict[str, object]]]) -> None:
    """Rasa's events table (as SQLTrackerStore creates it) with (sender, time, text) rows;
    an event given as a dict is kept as it is."""
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    events = sa.Table(
        "events", meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False, index=True),
        sa.Column("type_name", sa.String(255), nullable=False),
        sa.Column("timestamp", sa.Float),
        sa.Column("intent_name", sa.String(255)),
        sa.Column("action_name", sa.String(255)),
        sa.Column("data", sa.Text),
    )  # fmt: skip
    meta.create_all(engine)
    with engine.begin() as conn:
        for sender, at, said in rows:
            data = (
                said
                if isinstance(said, dict)
                else {"event": "user", "text": said, "sender_id": sender, "timestamp": at}
            )
            conn.execute(
                events.insert().values(
                    sender_id=sender,
                    type_name=str(data["event"]),
                    timestamp=at,
                    data=json.dumps(data),
                )
            )
    engine.dispose()


def test_export_then_delete_leaves_nothing_of_the_citizen(db_url: str) -> None:
    clock = ManualClock(NOW)
    reminders, plan = ReminderStore(db_url, clock), PlanStore(db_url, clock)
    links, log = ScreenLinks(db_url, clock), AccessLog(db_url, clock)
    for store in (reminders, plan, links, log):
        store.create_schema()
    for who in ("karen", "dora"):
        reminders.add(who, "at tage dine piller", NOW + timedelta(hours=1), rrule="FREQ=DAILY")
        plan.add(who, "Frisør", NOW + timedelta(days=1), NOW + timedelta(days=1, hours=1),
                 acting=f"borger:{who}")  # fmt: skip
        links.create(who, acting="staff:anne")
        log.record("staff:anne", "action_tell_plan", who)
    rasa_events(db_url, [("karen", NOW.timestamp(), "mind mig om mine piller"),
                         ("dora", NOW.timestamp(), "hej")])  # fmt: skip
    conversations = Conversations(db_url)
    data = CitizenData([reminders, plan, links, log], conversations, clock)

    exported = data.export("karen")
    assert json.loads(json.dumps(exported)) == exported
    tables = exported["tabeller"]
    assert [r["text"] for r in tables["reminders"]] == ["at tage dine piller"]
    assert [r["title"] for r in tables["plan_items"]] == ["Frisør"]
    assert tables["plan_audit"] and tables["plan_screens"] and tables["doses"]
    assert [r["actor"] for r in tables["access_log"]] == ["staff:anne"]
    assert [e["text"] for e in exported["samtale"]] == ["mind mig om mine piller"]
    assert "dora" not in json.dumps(exported)

    counts = data.delete("karen")
    assert counts["reminders"] == 1 and counts["events"] == 1 and counts["access_log"] == 1
    left = [row for rows in all_rows(db_url).values() for row in rows]
    assert [row for row in left if "karen" in row] == []
    # Dora's is all there; the access log still says Anne looked, at someone deleted.
    assert any("dora" in row for row in left)
    assert len(reminders.reminders("dora")) == 1 and len(plan.items("dora")) == 1
    logged = [row for row in left if "action_tell_plan" in row]
    assert len(logged) == 2 and sum("slettet-" in row for row in logged) == 1
    data.dispose()


def test_deletion_takes_the_staff_conversations_that_named_the_citizen(db_url: str) -> None:
    """Issue 19, finding 11: a staff member's conversation about Karen holds her id (the
    staff_citizen slot) and answers about her health; it goes with her."""
    at = NOW.timestamp()

    def slot(value: str) -> dict[str, object]:
        return {"event": "slot", "name": "staff_citizen", "value": value, "timestamp": at}

    rasa_events(db_url, [
        ("karen", at, "mind mig om mine piller"),
        ("teams-anne", at, "hvornår skal karen tage sine piller"),
        ("teams-anne", at, slot("karen")),
        ("teams-anne", at, {"event": "bot", "text": "Karen: piller kl. 8.", "timestamp": at}),
        ("teams-bo", at, "hvad skal dora i dag"),
        ("teams-bo", at, slot("dora")),
        ("teams-bo", at, slot("karenina")),  # another citizen, whose id starts alike
    ])  # fmt: skip
    conversations = Conversations(db_url)
    assert conversations.about("karen") == ["teams-anne"]
    counts = CitizenData([], conversations, ManualClock(NOW)).delete("karen")
    assert counts == {"events": 1, "staff_events": 3}
    left = [row for rows in all_rows(db_url).values() for row in rows]
    assert [row for row in left if "karen" in str(row).replace("karenina", "")] == []
    assert len(conversations.of("teams-bo")) == 3
    conversations.dispose()


def test_conversations_older_than_the_period_are_deleted(db_url: str) -> None:
    old, new = (NOW - timedelta(days=40)).timestamp(), (NOW - timedelta(days=2)).timestamp()
    rasa_events(db_url, [("karen", old, "gammel"), ("karen", new, "ny"), ("dora", old, "x")])
    conversations = Conversations(db_url)
    loop = RetentionLoop(conversations, timedelta(days=30), ManualClock(NOW))
    assert asyncio.run(loop.run_once()) == 2
    assert [e["text"] for e in conversations.of("karen")] == ["ny"]
    assert conversations.of("dora") == []
    conversations.dispose()


def test_no_events_table_yet_means_nothing_is_kept(tmp_path: Path) -> None:
    conversations = Conversations(f"sqlite:///{tmp_path / 'tom.db'}")
    assert conversations.of("karen") == [] and conversations.forget("karen") == 0
    assert conversations.forget_before(NOW) == 0
    conversations.dispose()


def test_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("REMINDERS", "PLAN", "ACCESS", "TEAMS"):
        monkeypatch.setenv(f"VELFAERD_{name}_DB", f"sqlite:///{tmp_path / name.lower()}.db")
    monkeypatch.delenv("VELFAERD_PROFILE", raising=False)
    store = ReminderStore(f"sqlite:///{tmp_path / 'reminders.db'}")
    store.create_schema()
    store.add("karen", "at tage dine piller", datetime.now(COPENHAGEN) + timedelta(hours=1))
    store.dispose()
    out = tmp_path / "karen.json"
    assert cli.main(["export", "--citizen", "karen", "--out", str(out)]) == 0
    assert json.loads(out.read_text())["tabeller"]["reminders"][0]["citizen_id"] == "karen"
    assert json.loads(out.read_text())["samtale_gemmes"] is False
    assert cli.main(["delete", "--citizen", "karen"]) == 2  # not without --yes
    assert "kan ikke fortrydes" in capsys.readouterr().err
    assert cli.main(["delete", "--citizen", "karen", "--yes"]) == 0
    assert cli.main(["export", "--citizen", "karen", "--out", str(out)]) == 0
    assert json.loads(out.read_text())["tabeller"]["reminders"] == []
    assert cli.main(["retention"]) == 0
    assert "intet at slette" in capsys.readouterr().out
