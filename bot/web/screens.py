"""Secret links to a citizen's wall screen: made, resolved, listed and revoked.

A link is http://host:port/skaerm/<token>. Only a SHA-256 hash of the token is stored,
so the token is shown once, when the link is made, and a copy of the database gives no
working link. The table lives in the plan's database (VELFAERD_PLAN_DB) with its own
MetaData, like the other stores. Invalid input raises InvalidPlanItem, as the plan does.

For people running the service:

    python -m bot screens new --citizen anna [--label "Stuen"] [--days 90]
    python -m bot screens list --citizen anna
    python -m bot screens revoke --citizen anna --id 3
"""

from __future__ import annotations

import builtins
import getpass
import hashlib
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.core.checks import check_text
from bot.core.db import SqlStore
from bot.core.utc import from_utc_naive, to_utc_naive
from bot.plan.model import InvalidPlanItem, checked_acting, checked_citizen, plan_errors

MAX_LABEL_CHARS = 100
MAX_DAYS = 3650  # a link may be made to stop by itself after 1 to MAX_DAYS days
TOKEN_BYTES = 32  # secrets.token_urlsafe(32): 43 characters, 256 bits
# Anything else in the URL is not one of our tokens: no database look-up for it.
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{32,64}$")

metadata = sa.MetaData()

plan_screens = sa.Table(
    "plan_screens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("citizen_id", sa.String(128), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("label", sa.String(MAX_LABEL_CHARS), nullable=True),
    sa.Column("created_by", sa.String(128), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),  # naive UTC, as the plan
    sa.Column("revoked_at", sa.DateTime, nullable=True),
    sa.Column("revoked_by", sa.String(128), nullable=True),
    sa.Column("expires_at", sa.DateTime, nullable=True),  # naive UTC; None: until revoked
    sa.Index("ix_plan_screens_citizen", "citizen_id"),
)


@dataclass(frozen=True)
class ScreenLink:
    id: int
    citizen_id: str
    label: str | None  # where the screen hangs: "Stuen", "Køkkenet"
    created_by: str
    created_at: datetime
    revoked_at: datetime | None
    expires_at: datetime | None = None  # None: works until revoked


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class ScreenLinks(SqlStore):
    """ScreenLinks(url, clock): the plan's database; call create_schema() once."""

    metadata = metadata

    def _upgrade(self, conn: Connection) -> None:
        """A screen table from before links could expire gets the column (idempotent)."""
        inspector = sa.inspect(conn)
        if not inspector.has_table("plan_screens"):
            return
        if "expires_at" in {c["name"] for c in inspector.get_columns("plan_screens")}:
            return
        kind = sa.DateTime().compile(dialect=conn.dialect)
        conn.execute(sa.text(f"ALTER TABLE plan_screens ADD COLUMN expires_at {kind}"))

    def create(
        self,
        citizen_id: str,
        *,
        acting: str,
        label: str | None = None,
        days: int | None = None,
    ) -> tuple[ScreenLink, str]:
        """A new live link and its token; the token is not kept and cannot be shown again.
        With `days`, the link stops working by itself that many days from now."""
        citizen_id = checked_citizen(citizen_id)
        acting = checked_acting(acting)
        with plan_errors():
            clean_label = check_text("label", label, MAX_LABEL_CHARS, required=False)
        if days is not None and (type(days) is not int or not 1 <= days <= MAX_DAYS):
            raise InvalidPlanItem("days", f"must be a whole number from 1 to {MAX_DAYS}")
        token = secrets.token_urlsafe(TOKEN_BYTES)
        now = to_utc_naive(self.clock.now())
        with self._tx(write=True) as conn:
            result = conn.execute(
                plan_screens.insert().values(
                    citizen_id=citizen_id,
                    token_hash=token_hash(token),
                    label=clean_label,
                    created_by=acting,
                    created_at=now,
                    expires_at=None if days is None else now + timedelta(days=days),
                )
            )
            link_id = int(result.inserted_primary_key[0])
            row = conn.execute(plan_screens.select().where(plan_screens.c.id == link_id)).one()
        return _link(row), token

    def resolve(self, token: str) -> str | None:
        """The citizen a live link shows; None for unknown, malformed, revoked or expired
        tokens."""
        if not isinstance(token, str) or not _TOKEN_SHAPE.match(token):
            return None
        query = sa.select(plan_screens.c.citizen_id).where(
            plan_screens.c.token_hash == token_hash(token),
            plan_screens.c.revoked_at.is_(None),
            sa.or_(
                plan_screens.c.expires_at.is_(None),
                plan_screens.c.expires_at > to_utc_naive(self.clock.now()),
            ),
        )
        with self._tx() as conn:
            found = conn.execute(query).scalar_one_or_none()
        return None if found is None else str(found)

    def revoke(self, citizen_id: str, link_id: int, *, acting: str) -> bool:
        """Stop a link for good; False if the citizen has no such live link."""
        citizen_id = checked_citizen(citizen_id)
        acting = checked_acting(acting)
        with self._tx(write=True) as conn:
            result = conn.execute(
                plan_screens.update()
                .where(
                    plan_screens.c.id == link_id,
                    plan_screens.c.citizen_id == citizen_id,
                    plan_screens.c.revoked_at.is_(None),
                )
                .values(revoked_at=to_utc_naive(self.clock.now()), revoked_by=acting)
            )
            return bool(result.rowcount == 1)

    def links(self, citizen_id: str) -> builtins.list[ScreenLink]:
        """The citizen's links, revoked ones included, oldest first."""
        query = (
            plan_screens.select()
            .where(plan_screens.c.citizen_id == checked_citizen(citizen_id))
            .order_by(plan_screens.c.id)
        )
        with self._tx() as conn:
            return [_link(r) for r in conn.execute(query).all()]


def _link(row: Any) -> ScreenLink:
    return ScreenLink(
        id=int(row.id),
        citizen_id=str(row.citizen_id),
        label=row.label,
        created_by=str(row.created_by),
        created_at=from_utc_naive(row.created_at),
        revoked_at=None if row.revoked_at is None else from_utc_naive(row.revoked_at),
        expires_at=None if row.expires_at is None else from_utc_naive(row.expires_at),
    )


# ---- command line ---------------------------------------------------------------------


def screen_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/skaerm/{token}"


def _acting() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        user = "ukendt"
    return f"cli:{user}"


def _describe(link: ScreenLink) -> str:
    when = link.created_at.strftime("%Y-%m-%d %H:%M")
    state = "aktiv"
    if link.revoked_at is not None:
        state = f"tilbagekaldt {link.revoked_at.strftime('%Y-%m-%d %H:%M')}"
    elif link.expires_at is not None:
        state = f"aktiv til {link.expires_at.strftime('%Y-%m-%d %H:%M')}"
    label = f" »{link.label}«" if link.label else ""
    return f"{link.id}{label}: oprettet {when} af {link.created_by}, {state}"


def main(argv: Sequence[str] | None = None) -> int:
    import argparse
    import sys

    from bot.core.clock import SystemClock
    from bot.plan.model import InvalidPlanItem
    from bot.web.settings import WebSettings

    parser = argparse.ArgumentParser(
        prog="python -m bot screens", description="Links to citizens' wall screens."
    )
    parser.add_argument("--db", help="SQLAlchemy URL; default from VELFAERD_PLAN_DB")
    parser.add_argument("--base-url", help="the address screens use; default from settings")
    sub = parser.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new", help="make a link and print it (shown only this once)")
    new.add_argument("--citizen", required=True)
    new.add_argument("--label", help="where the screen hangs, e.g. Stuen")
    new.add_argument("--days", type=int, help="the link stops working by itself after this")
    listing = sub.add_parser("list", help="a citizen's links")
    listing.add_argument("--citizen", required=True)
    revoke = sub.add_parser("revoke", help="stop a link for good")
    revoke.add_argument("--citizen", required=True)
    revoke.add_argument("--id", type=int, required=True)
    args = parser.parse_args(argv)

    settings = WebSettings.from_env()
    links = ScreenLinks(args.db or settings.plan.db_url, SystemClock())
    try:
        links.create_schema()
        if args.command == "new":
            link, token = links.create(
                args.citizen, acting=_acting(), label=args.label, days=args.days
            )
            print(screen_url(args.base_url or settings.base_url, token))
            print(f"Link {link.id}. Adressen vises kun nu; gem den på skærmen.", file=sys.stderr)
        elif args.command == "list":
            found = links.links(args.citizen)
            for link in found:
                print(_describe(link))
            if not found:
                print("Ingen skærm-links for denne borger.", file=sys.stderr)
        elif links.revoke(args.citizen, args.id, acting=_acting()):
            print(f"Link {args.id} er tilbagekaldt.")
        else:
            print(f"Borgeren har intet aktivt link {args.id}.", file=sys.stderr)
            return 1
    except InvalidPlanItem as err:
        print(f"Ugyldigt input: {err}", file=sys.stderr)
        return 2
    finally:
        links.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
