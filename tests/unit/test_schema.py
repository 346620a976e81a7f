"""python -m bot schema: every store's tables where its settings point."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.app import stores as schema


def test_every_store_gets_its_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("REMINDERS", "PLAN", "ACCESS", "TEAMS"):
        monkeypatch.setenv(f"VELFAERD_{name}_DB", f"sqlite:///{tmp_path / name.lower()}.db")
    monkeypatch.delenv("VELFAERD_PROFILE", raising=False)
    assert schema.main([]) == 0
    found = set()
    for file in tmp_path.glob("*.db"):
        engine = sa.create_engine(f"sqlite:///{file}")
        found |= set(sa.inspect(engine).get_table_names())
        engine.dispose()
    assert {"reminders", "doses", "plan_items", "plan_alerts", "plan_screens"} <= found
    assert {"access_log", "teams_conversations"} <= found


def test_bad_settings_are_said_and_nothing_is_made(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VELFAERD_PROFILE", "production")
    monkeypatch.delenv("VELFAERD_DATABASE_URL", raising=False)
    assert schema.main(["--create-database"]) == 2
    assert "VELFAERD_DATABASE_URL" in capsys.readouterr().err
