"""Secret wall-screen links, on SQLite and PostgreSQL: made, resolved, listed, revoked."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.core.clock import COPENHAGEN
from bot.plan.model import InvalidPlanItem
from bot.plan.store import PlanStore
from bot.web import screens as screens_mod
from bot.web.screens import ScreenLinks, screen_url
from testkit.support import ManualClock

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=COPENHAGEN)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def links(db_url: str, clock: ManualClock) -> Iterator[ScreenLinks]:
    store = ScreenLinks(db_url, clock)
    store.create_schema()
    yield store
    store.dispose()


def test_create_gives_a_link_and_a_token_that_resolves(links: ScreenLinks) -> None:
    link, token = links.create("anna", acting="staff:bo", label="Stuen")
    assert link.citizen_id == "anna"
    assert link.label == "Stuen"
    assert link.created_by == "staff:bo"
    assert link.created_at == NOW
    assert link.revoked_at is None
    assert len(token) == 43  # secrets.token_urlsafe(32)
    assert links.resolve(token) == "anna"


def test_only_a_hash_of_the_token_is_stored(links: ScreenLinks, db_url: str) -> None:
    _, token = links.create("anna", acting="staff:bo")
    engine = sa.create_engine(db_url, future=True)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT * FROM plan_screens")).mappings().all()
    engine.dispose()
    stored = " ".join(str(v) for row in rows for v in row.values())
    assert token not in stored
    assert hashlib.sha256(token.encode()).hexdigest() in stored


def test_every_token_is_new(links: ScreenLinks) -> None:
    tokens = {links.create("anna", acting="staff:bo")[1] for _ in range(20)}
    assert len(tokens) == 20
    assert all(links.resolve(t) == "anna" for t in tokens)


@pytest.mark.parametrize(
    "token",
    [
        "",
        "x",
        "not-a-token",
        "A" * 43,  # the right shape, but never made
        "../../etc/passwd",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        "Å" * 43,
        "A" * 500,
    ],
)
def test_unknown_or_malformed_tokens_resolve_to_nothing(links: ScreenLinks, token: str) -> None:
    links.create("anna", acting="staff:bo")
    assert links.resolve(token) is None


def test_a_token_with_one_character_changed_does_not_resolve(links: ScreenLinks) -> None:
    _, token = links.create("anna", acting="staff:bo")
    changed = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert links.resolve(changed) is None


def test_revoke_stops_the_link_for_good(links: ScreenLinks, clock: ManualClock) -> None:
    link, token = links.create("anna", acting="staff:bo")
    other, other_token = links.create("anna", acting="staff:bo", label="Køkkenet")
    clock.advance(timedelta(hours=2))
    assert links.revoke("anna", link.id, acting="staff:eva") is True
    assert links.resolve(token) is None
    assert links.resolve(other_token) == "anna"  # the other screen still works
    assert links.revoke("anna", link.id, acting="staff:eva") is False  # already revoked
    listed = {x.id: x for x in links.links("anna")}
    assert listed[link.id].revoked_at == NOW + timedelta(hours=2)
    assert listed[other.id].revoked_at is None


def test_a_citizen_cannot_revoke_or_list_another_citizens_link(links: ScreenLinks) -> None:
    link, token = links.create("anna", acting="staff:bo")
    assert links.revoke("bent", link.id, acting="staff:bo") is False
    assert links.revoke("anna", 999_999, acting="staff:bo") is False
    assert links.resolve(token) == "anna"
    assert links.links("bent") == []


def test_list_is_oldest_first_and_keeps_revoked_links(
    links: ScreenLinks, clock: ManualClock
) -> None:
    first, _ = links.create("anna", acting="staff:bo", label="Stuen")
    clock.advance(timedelta(minutes=5))
    second, _ = links.create("anna", acting="cli:root")
    links.create("bent", acting="staff:bo")
    links.revoke("anna", first.id, acting="staff:bo")
    listed = links.links("anna")
    assert [x.id for x in listed] == [first.id, second.id]
    assert listed[0].revoked_at is not None and listed[1].revoked_at is None
    assert listed[1].created_at == NOW + timedelta(minutes=5)
    assert listed[1].created_by == "cli:root"


@pytest.mark.parametrize(
    ("citizen", "acting", "label", "field"),
    [
        ("", "staff:bo", None, "citizen_id"),
        ("x" * 129, "staff:bo", None, "citizen_id"),
        ("anna", "", None, "acting"),
        ("anna", "   ", None, "acting"),
        ("anna", "staff:bo", "x" * 101, "label"),
    ],
)
def test_invalid_input_is_refused_and_nothing_stored(
    links: ScreenLinks, citizen: str, acting: str, label: str | None, field: str
) -> None:
    with pytest.raises(InvalidPlanItem) as err:
        links.create(citizen, acting=acting, label=label)
    assert err.value.field == field
    assert links.links("anna") == []


def test_blank_label_is_no_label(links: ScreenLinks) -> None:
    link, _ = links.create("anna", acting="staff:bo", label="   ")
    assert link.label is None


def test_links_share_the_plans_database(db_url: str, clock: ManualClock) -> None:
    plan = PlanStore(db_url, clock)
    links = ScreenLinks(db_url, clock)
    plan.create_schema()
    links.create_schema()
    plan.add("anna", "Frokost", NOW, NOW + timedelta(hours=1), acting="anna")
    _, token = links.create("anna", acting="staff:bo")
    assert links.resolve(token) == "anna"
    assert len(plan.items("anna")) == 1
    plan.dispose()
    links.dispose()


def test_command_line_new_list_revoke(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = f"sqlite:///{tmp_path}/cli.db"
    monkeypatch.setenv("VELFAERD_WEB_PORT", "5999")
    monkeypatch.setenv("VELFAERD_WEB_BASE_URL", "")
    assert screens_mod.main(["--db", db, "new", "--citizen", "anna", "--label", "Stuen"]) == 0
    url = capsys.readouterr().out.strip()
    assert url.startswith("http://127.0.0.1:5999/skaerm/")
    token = url.rsplit("/", 1)[1]
    check = ScreenLinks(db)
    assert check.resolve(token) == "anna"

    assert screens_mod.main(["--db", db, "list", "--citizen", "anna"]) == 0
    listing = capsys.readouterr().out
    assert "»Stuen«" in listing and "aktiv" in listing and "cli:" in listing
    assert token not in listing  # the token is shown once, never again

    assert screens_mod.main(["--db", db, "revoke", "--citizen", "anna", "--id", "1"]) == 0
    assert "tilbagekaldt" in capsys.readouterr().out
    assert check.resolve(token) is None
    assert screens_mod.main(["--db", db, "revoke", "--citizen", "anna", "--id", "1"]) == 1
    assert screens_mod.main(["--db", db, "new", "--citizen", ""]) == 2
    assert screens_mod.main(["--db", db, "new", "--citizen", "anna", "--days", "30"]) == 0
    capsys.readouterr()
    assert screens_mod.main(["--db", db, "list", "--citizen", "anna"]) == 0
    assert "aktiv til" in capsys.readouterr().out
    assert screens_mod.main(["--db", db, "new", "--citizen", "anna", "--days", "0"]) == 2
    check.dispose()


def test_a_link_made_to_expire_stops_by_itself(links: ScreenLinks, clock: ManualClock) -> None:
    """Issue 19, finding 13: a link that leaks (a proxy's log, a photo of the screen)
    need not work for ever."""
    link, token = links.create("anna", acting="staff:bo", days=2)
    _, lasting = links.create("anna", acting="staff:bo")
    assert link.expires_at == NOW + timedelta(days=2)
    clock.advance(timedelta(days=2) - timedelta(minutes=1))
    assert links.resolve(token) == "anna"
    clock.advance(timedelta(minutes=1))
    assert links.resolve(token) is None
    assert links.resolve(lasting) == "anna"


@pytest.mark.parametrize("days", [0, -1, 3651, 2.5, True])
def test_an_expiry_outside_one_day_to_ten_years_is_refused(links: ScreenLinks, days: int) -> None:
    with pytest.raises(InvalidPlanItem):
        links.create("anna", acting="staff:bo", days=days)
    assert links.links("anna") == []


def test_a_screen_table_from_before_expiry_is_brought_up_to_date(db_url: str) -> None:
    engine = sa.create_engine(db_url, future=True)
    old = sa.MetaData()
    sa.Table(
        "plan_screens", old,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("citizen_id", sa.String(128), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("label", sa.String(100), nullable=True),
        sa.Column("created_by", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
        sa.Column("revoked_by", sa.String(128), nullable=True),
    )  # fmt: skip
    old.create_all(engine)
    token = "B" * 43
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO plan_screens (citizen_id, token_hash, created_by, created_at) "
            "VALUES ('anna', :h, 'staff:bo', :at)"
        ), {"h": hashlib.sha256(token.encode()).hexdigest(), "at": datetime(2026, 11, 1)})  # fmt: skip
    engine.dispose()
    links = ScreenLinks(db_url, ManualClock(NOW))
    links.create_schema()
    links.create_schema()  # twice: nothing more to do
    assert links.resolve(token) == "anna"  # an old link keeps working, until revoked
    assert [x.expires_at for x in links.links("anna")] == [None]
    links.dispose()


def test_screen_url_uses_the_base_address() -> None:
    assert screen_url("http://192.168.1.20:5010/", "abc") == "http://192.168.1.20:5010/skaerm/abc"
