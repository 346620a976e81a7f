"""Emergencies where a contact person is involved: the offer, the answer, the telling.

Only these are kept (store little): an emergency told to nobody leaves a log line
without its words. A row is the audit record: what was said and when, whether the
assistant offered to tell the contact, the citizen's answer, and when and how the
contact was told. Telling is an outbox: the action server marks a row `pending`, the
reminder worker claims it with a conditional UPDATE (so one worker tells once), and a
claim that runs out (a worker died, the webhook failed) is taken again.

Safety never rests on what a caller sends: the row is found by the citizen's id, which
the channel decided, and an offer is answered once, by a conditional UPDATE.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Row

from bot.core.clock import COPENHAGEN
from bot.core.db import SqlStore

MAX_TEXT = 500  # what was said, as much as a contact needs to read

metadata = sa.MetaData()

emergencies = sa.Table(
    "safety_emergencies",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("citizen_id", sa.String(120), nullable=False),
    sa.Column("said_at", sa.DateTime(timezone=False), nullable=False),  # UTC
    sa.Column("kinds", sa.String(80), nullable=False),  # "acute,poisoning"
    sa.Column("text", sa.String(MAX_TEXT), nullable=False),
    sa.Column("channel", sa.String(40), nullable=True),
    sa.Column("contact", sa.String(120), nullable=True),  # the roster's staff id, if any
    sa.Column("offered", sa.Boolean, nullable=False),
    sa.Column("answer", sa.String(8), nullable=True),  # "ja", "nej", "uden" (not asked)
    sa.Column("answered_at", sa.DateTime(timezone=False), nullable=True),
    # none | pending | sent
    sa.Column("notify_state", sa.String(12), nullable=False, server_default="none"),
    sa.Column("claimed_until", sa.DateTime(timezone=False), nullable=True),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("notified_at", sa.DateTime(timezone=False), nullable=True),
    sa.Column("notified_via", sa.String(120), nullable=True),
    sa.Index("ix_safety_citizen", "citizen_id", "said_at"),
    sa.Index("ix_safety_notify", "notify_state", "claimed_until"),
)


@dataclass(frozen=True)
class Emergency:
    id: int
    citizen_id: str
    said_at: datetime  # Copenhagen time
    kinds: tuple[str, ...]
    text: str
    channel: str | None
    contact: str | None
    offered: bool
    answer: str | None
    notify_state: str
    attempts: int
    notified_at: datetime | None
    notified_via: str | None


def _utc_naive(when: datetime) -> datetime:
    return when.astimezone(timezone.utc).replace(tzinfo=None)


def _local(when: datetime | None) -> datetime | None:
    return None if when is None else when.replace(tzinfo=timezone.utc).astimezone(COPENHAGEN)


def _row(r: Row) -> Emergency:
    said = _local(r.said_at)
    assert said is not None
    return Emergency(
        id=r.id,
        citizen_id=r.citizen_id,
        said_at=said,
        kinds=tuple(k for k in r.kinds.split(",") if k),
        text=r.text,
        channel=r.channel,
        contact=r.contact,
        offered=bool(r.offered),
        answer=r.answer,
        notify_state=r.notify_state,
        attempts=int(r.attempts),
        notified_at=_local(r.notified_at),
        notified_via=r.notified_via,
    )


class SafetyStore(SqlStore):
    metadata = metadata

    def record(
        self,
        citizen_id: str,
        kinds: tuple[str, ...],
        text: str,
        channel: str | None,
        contact: str | None,
        offered: bool,
        notify_now: bool,
    ) -> int:
        """Keep an emergency with a contact: offered (waiting for ja/nej) or, with
        notify_now, to be told at once without asking."""
        now = _utc_naive(self.clock.now())
        with self._tx(write=True) as conn:
            result = conn.execute(
                emergencies.insert().values(
                    citizen_id=citizen_id[:120],
                    said_at=now,
                    kinds=",".join(kinds)[:80],
                    text=text[:MAX_TEXT],
                    channel=(channel or None) and channel[:40],
                    contact=contact and contact[:120],
                    offered=offered,
                    answer="uden" if notify_now else None,
                    answered_at=now if notify_now else None,
                    notify_state="pending" if notify_now else "none",
                )
            )
            return int(result.inserted_primary_key[0])

    def open_offer(self, citizen_id: str, within: timedelta) -> Emergency | None:
        """The citizen's newest unanswered offer from the last `within`, if any."""
        since = _utc_naive(self.clock.now() - within)
        query = (
            sa.select(emergencies)
            .where(
                emergencies.c.citizen_id == citizen_id,
                emergencies.c.offered.is_(True),
                emergencies.c.answer.is_(None),
                emergencies.c.said_at >= since,
            )
            .order_by(emergencies.c.said_at.desc(), emergencies.c.id.desc())
            .limit(1)
        )
        with self._tx() as conn:
            row = conn.execute(query).first()
        return _row(row) if row is not None else None

    def answer(self, emergency_id: int, citizen_id: str, yes: bool) -> bool:
        """The citizen's answer to an offer; True if this call answered it (a second
        "ja" answers nothing, so the contact is told once). "ja" makes it pending."""
        now = _utc_naive(self.clock.now())
        with self._tx(write=True) as conn:
            result = conn.execute(
                emergencies.update()
                .where(
                    emergencies.c.id == emergency_id,
                    emergencies.c.citizen_id == citizen_id,
                    emergencies.c.answer.is_(None),
                )
                .values(
                    answer="ja" if yes else "nej",
                    answered_at=now,
                    notify_state="pending" if yes else "none",
                )
            )
        return int(result.rowcount or 0) == 1

    def claim_pending(self, lease: timedelta, limit: int = 20) -> list[Emergency]:
        """Pending notifications not claimed (or whose claim ran out), each claimed for
        `lease` by this caller only."""
        now = _utc_naive(self.clock.now())
        until = _utc_naive(self.clock.now() + lease)
        free = sa.or_(emergencies.c.claimed_until.is_(None), emergencies.c.claimed_until < now)
        query = (
            sa.select(emergencies.c.id)
            .where(emergencies.c.notify_state == "pending", free)
            .order_by(emergencies.c.id)
            .limit(limit)
        )
        claimed: list[Emergency] = []
        with self._tx(write=True) as conn:
            for (ident,) in conn.execute(query).all():
                won = conn.execute(
                    emergencies.update()
                    .where(
                        emergencies.c.id == ident,
                        emergencies.c.notify_state == "pending",
                        free,
                    )
                    .values(claimed_until=until, attempts=emergencies.c.attempts + 1)
                )
                if won.rowcount == 1:
                    row = conn.execute(
                        sa.select(emergencies).where(emergencies.c.id == ident)
                    ).first()
                    if row is not None:
                        claimed.append(_row(row))
        return claimed

    def mark_sent(self, emergency_id: int, via: str) -> None:
        now = _utc_naive(self.clock.now())
        with self._tx(write=True) as conn:
            conn.execute(
                emergencies.update()
                .where(emergencies.c.id == emergency_id, emergencies.c.notify_state == "pending")
                .values(notify_state="sent", notified_at=now, notified_via=via[:120])
            )

    def get(self, emergency_id: int) -> Emergency | None:
        with self._tx() as conn:
            row = conn.execute(
                sa.select(emergencies).where(emergencies.c.id == emergency_id)
            ).first()
        return _row(row) if row is not None else None

    def of_citizen(self, citizen_id: str) -> list[Emergency]:
        query = (
            sa.select(emergencies)
            .where(emergencies.c.citizen_id == citizen_id)
            .order_by(emergencies.c.said_at, emergencies.c.id)
        )
        with self._tx() as conn:
            return [_row(r) for r in conn.execute(query).all()]
