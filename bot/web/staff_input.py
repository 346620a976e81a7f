"""What the staff API reads and what it answers: plain functions, no Sanic and no store.

The staff keys (VELFAERD_STAFF_KEYS) and the Authorization header, request bodies, query
values and times are read and checked here; every refusal is an ApiError carrying its
Danish text (`{"fejl": ...}`, with "felt" when one field is at fault), and refusal_for
turns any failure into such a reply. The routes that use them are in bot/web/staff.py.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.exc import SQLAlchemyError

from bot.core.checks import PAST_GRACE
from bot.core.clock import COPENHAGEN
from bot.plan.ical import InvalidCalendar
from bot.plan.model import (
    MAX_DURATION,
    ImportResult,
    InvalidPlanItem,
    Occurrence,
    PlanItemNotFound,
)
from bot.settings import SettingsError
from bot.web.screens import ScreenLink

log = logging.getLogger("bot.web.staff")  # the API's one logger, wherever the code sits

KEYS_VAR = "VELFAERD_STAFF_KEYS"
MIN_KEY_CHARS = 24
_NAME = re.compile(r"^[\w.@-]{1,64}$")

NOT_SET_UP = (
    "Personale-API'et er ikke sat op. Det slås til med miljøvariablen "
    f"{KEYS_VAR} (navn:nøgle,navn2:nøgle2)."
)
NO_ACCESS = "Adgang nægtet: send en gyldig personalenøgle som »Authorization: Bearer <nøgle>«."

NO_ITEM = "Punktet findes ikke i borgerens plan."
NO_CITIZEN = "Borgeren findes ikke, eller du har ikke adgang til borgerens data."
NO_ADDRESS = "Adressen findes ikke i personale-API'et."
NO_DB = "Planen kan ikke nås lige nu. Prøv igen om lidt."
OVERLAP = (
    'Tidspunktet overlapper andre punkter i planen. Send "tillad_overlap": true '
    "for at gemme alligevel."
)


# ---- keys -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffKeys:
    """Staff members and their keys, from VELFAERD_STAFF_KEYS=navn:nøgle,navn2:nøgle2.
    An entry may give the key's sha256 instead (navn:sha256:<64 hex>, from `python -m
    bot.access staff-key NAVN`), so the environment need not hold the key itself; only
    digests are kept in memory either way."""

    digests: tuple[tuple[str, bytes], ...] = field(default=(), repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> StaffKeys:
        env = os.environ if env is None else env
        found: list[tuple[str, bytes]] = []
        for entry in filter(None, (e.strip() for e in env.get(KEYS_VAR, "").split(","))):
            name, sep, key = (p.strip() for p in entry.partition(":"))
            # Never quote an entry in an error: it holds a secret.
            if not sep or not _NAME.match(name):
                raise SettingsError(f"{KEYS_VAR}: each entry must be name:key with a plain name")
            digest = _digest_given(name, key)
            if any(name == n or digest == d for n, d in found):
                raise SettingsError(f"{KEYS_VAR}: {name!r} or its key is given twice")
            found.append((name, digest))
        return cls(tuple(found))

    @property
    def configured(self) -> bool:
        return bool(self.digests)

    def name_for(self, authorization: str | None) -> str | None:
        """The staff name a `Bearer <key>` header belongs to, else None."""
        scheme, _, given = (authorization or "").strip().partition(" ")
        token = given.strip().encode("utf-8", "replace")
        if scheme.lower() != "bearer" or not token:
            return None
        digest = hashlib.sha256(token).digest()
        match = None
        for name, kept in self.digests:  # every key compared: the time tells nothing
            if hmac.compare_digest(digest, kept):
                match = name
        return match


_SHA256 = re.compile(r"sha256:([0-9a-fA-F]{64})")


def _digest_given(name: str, key: str) -> bytes:
    """The sha256 of a key given as itself, or the one given as sha256:<hex>."""
    if key.lower().startswith("sha256:"):
        given = _SHA256.fullmatch(key)
        if given is None:
            raise SettingsError(f"{KEYS_VAR}: the digest for {name!r} is not 64 hex digits")
        return bytes.fromhex(given.group(1))
    if len(key) < MIN_KEY_CHARS:
        raise SettingsError(
            f"{KEYS_VAR}: the key for {name!r} is shorter than {MIN_KEY_CHARS} characters"
        )
    return hashlib.sha256(key.encode("utf-8")).digest()


# ---- replies and refusals ---------------------------------------------------------------


@dataclass(frozen=True)
class ApiReply:
    status: int
    body: Any  # JSON-able, or bytes sent as they are
    content_type: str = "application/json; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)


class ApiError(Exception):
    """A refusal: status, the Danish text, and the field at fault if there is one."""

    def __init__(self, status: int, fejl: str, felt: str | None = None, **extra: Any) -> None:
        super().__init__(fejl)
        self.reply = ApiReply(status, {"fejl": fejl, **({"felt": felt} if felt else {}), **extra})


def bad_field(felt: str, fejl: str) -> ApiError:
    """A 422: one field of the request cannot be used."""
    return ApiError(422, fejl, felt)


RULE_HELP = (
    "Gentagelsen kan ikke bruges. Skriv den som en RRULE, fx FREQ=WEEKLY;BYDAY=MO, højst "
    "én gang om dagen og uden eget klokkeslæt (det tages fra start)."
)
SERIES_SCOPE = 'Punktet gentages: angiv "gaelder": "alle" (hele serien) eller "en" med "dag".'
# (the plan's field or "" for any, words in its English reason, the Danish text): first fits.
_REASONS = [
    ("citizen_id", "", "Borgerens id er ugyldigt."),
    ("from_day", "past", "fra_dag må ikke ligge før i dag: det, der er sket, ændres ikke."),
    ("from_day", "", "Serien har ingen aftaler fra den dag."),
    ("rrule", "no occurrence", "Gentagelsen giver ingen aftaler."),
    ("rrule", "repeats:", SERIES_SCOPE),
    ("rrule", "does not repeat", "Punktet gentages ikke."),
    ("rrule", "", RULE_HELP),
    ("remind_before_minutes", "", "remind_before_minutes skal være et helt tal fra 0 til 1440."),
    ("", "not after the start", "Sluttidspunktet skal ligge efter starttidspunktet."),
    ("", "31 days", "En aftale kan højst vare 31 dage."),
    ("", "in the past", "Aftalen er allerede overstået."),
    ("", "five years", "Tidspunktet ligger mere end fem år ude i fremtiden."),
    ("", "is empty", "{word} mangler."),
    ("", "longer than", "{word} er for lang (højst {limit} tegn)."),
    ("", "", "Oplysningen kan ikke bruges."),
]
_WORDS = {"title": "Titlen", "place": "Stedet", "note": "Noten", "label": "Navnet"}
_API_FIELD = {"from_day": "fra_dag", "label": "navn", "citizen_id": "borger"}


def plan_refusal(err: InvalidPlanItem) -> ApiError:
    """The Danish 422 for what the plan's checks said (a field and an English reason)."""
    reason = str(err).removeprefix(f"{err.field}: ")
    text = next(t for f, w, t in _REASONS if f in ("", err.field) and w in reason)
    limit = re.search(r"\d+", reason)
    word = _WORDS.get(err.field, f"Feltet {_API_FIELD.get(err.field, err.field)}")
    text = text.format(word=word, limit=limit.group() if limit else "")
    return bad_field(_API_FIELD.get(err.field, err.field), text)


def refusal_for(err: Exception) -> ApiReply:
    """Every failure as a Danish reply; anything unforeseen is logged and is a 500."""
    if isinstance(err, ApiError):
        return err.reply
    if isinstance(err, InvalidPlanItem):
        return plan_refusal(err).reply
    if isinstance(err, PlanItemNotFound):
        return ApiError(404, NO_ITEM).reply
    if isinstance(err, InvalidCalendar):
        return ApiError(413 if err.reason == "too_large" else 422, err.danish).reply
    if isinstance(err, SQLAlchemyError):
        log.error("plan database failed: %s", type(err).__name__, exc_info=err)
        return ApiError(503, NO_DB).reply
    log.error("staff API failed", exc_info=err)
    return ApiError(500, "Der skete en fejl i serveren. Intet er gemt.").reply


# ---- reading requests -------------------------------------------------------------------


def parse_json(body: bytes, *, optional: bool = False) -> dict[str, Any]:
    """The body as a JSON object, or ApiError 400."""
    if optional and not body.strip():
        return {}
    try:
        value = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise ApiError(400, "Indholdet skal være JSON i UTF-8.") from err
    except (ValueError, RecursionError) as err:
        raise ApiError(400, "Indholdet er ikke gyldig JSON.") from err
    if not isinstance(value, dict):
        raise ApiError(400, "Indholdet skal være et JSON-objekt: {...}.")
    return value


def only_known(body: Mapping[str, Any], known: Sequence[str]) -> None:
    for key in body:
        if key not in known:
            raise bad_field(key[:60], f"Feltet »{key[:60]}« kendes ikke.")


def parse_zone(value: Any) -> ZoneInfo:
    if value is None:
        return COPENHAGEN
    try:
        if not isinstance(value, str) or len(value) > 64:
            raise ValueError(value)
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as err:
        shown = str(value)[:64]
        raise bad_field(
            "tidszone", f"Tidszonen »{shown}« kendes ikke. Brug fx Europe/Copenhagen."
        ) from err


def parse_when(value: Any, felt: str, zone: ZoneInfo = COPENHAGEN) -> datetime:
    """An ISO 8601 date and time, with an offset or in `zone`, as Copenhagen time."""
    example = f"{felt} skal være et tidspunkt som 2026-11-10T13:30 eller 2026-11-10T13:30+01:00."
    if not isinstance(value, str) or not 16 <= len(value) <= 40 or value[10] not in "T ":
        raise bad_field(felt, example)
    text = value[:-1] + "+00:00" if value[-1] in "Zz" else value
    try:
        when = datetime.fromisoformat(text)
        if when.tzinfo is None:  # wall time there; a spring-gap time moves an hour on
            when = when.replace(tzinfo=zone).astimezone(timezone.utc)
        return when.astimezone(COPENHAGEN)
    except (ValueError, OverflowError) as err:
        raise bad_field(felt, example) from err


def parse_time_of_day(value: Any, felt: str, zone: ZoneInfo = COPENHAGEN) -> time:
    """'13:30', or a full time whose Copenhagen wall time is meant: a series' new time."""
    if isinstance(value, str) and re.fullmatch(r"\d\d:\d\d(:\d\d)?", value):
        try:
            return time.fromisoformat(value)
        except ValueError as err:
            raise bad_field(felt, f"{felt} skal være et klokkeslæt som 13:30.") from err
    return parse_when(value, felt, zone).time()


def parse_day(value: Any, felt: str) -> date:
    try:
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise bad_field(felt, f"{felt} skal være en dato som 2026-11-10.")


def optional_text(body: Mapping[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise bad_field(key, f"{key} skal være tekst.")
    return value


def whole(body: Mapping[str, Any], key: str, low: int, high: int) -> int | None:
    value = body.get(key)
    if value is not None and (type(value) is not int or not low <= value <= high):
        raise bad_field(key, f"{key} skal være et helt tal fra {low} til {high}.")
    return value


def _flag(body: Mapping[str, Any], key: str) -> bool:
    value = body.get(key, False)
    if not isinstance(value, bool):
        raise bad_field(key, f"{key} skal være true eller false.")
    return value


@dataclass(frozen=True)
class NewItem:
    title: str
    start: datetime
    end: datetime
    details: dict[str, Any]  # place, who, note, rrule, remind_before_minutes: PlanStore.add's
    allow_overlap: bool = False


_DETAILS = ("place", "who", "note", "rrule")
_NEW_KEYS = ("title", "start", "end", "duration_minutes", "remind_before_minutes", *_DETAILS)


def parse_new_item(body: Mapping[str, Any], now: datetime) -> NewItem:
    """POST .../punkter: shapes, times and the past checked; the plan checks the rest."""
    only_known(body, (*_NEW_KEYS, "tillad_overlap", "tidszone"))
    zone = parse_zone(body.get("tidszone"))
    title = optional_text(body, "title")
    if title is None:
        raise bad_field("title", "Titlen mangler.")
    start = parse_when(body.get("start"), "start", zone)
    minutes = whole(body, "duration_minutes", 1, int(MAX_DURATION.total_seconds() // 60))
    if (body.get("end") is None) == (minutes is None):
        raise bad_field("end", "Angiv enten end eller duration_minutes (én af dem).")
    end = start + timedelta(minutes=minutes) if minutes else parse_when(body["end"], "end", zone)
    check_not_past(start, now)
    details: dict[str, Any] = {key: optional_text(body, key) for key in _DETAILS}
    details["remind_before_minutes"] = whole(body, "remind_before_minutes", 0, 24 * 60)
    return NewItem(title, start, end, details, _flag(body, "tillad_overlap"))


def check_not_past(start: datetime, now: datetime) -> None:
    if start < now - PAST_GRACE:
        raise bad_field("start", "Starttidspunktet er allerede gået. Vælg et tidspunkt fra nu af.")


@dataclass(frozen=True)
class Move:
    scope: str | None  # "alle", "en", or None (a one-off item)
    start: Any  # read against the item: a time, or for "alle" a time of day
    end: Any
    day: date | None
    from_day: date | None
    zone: ZoneInfo
    allow_overlap: bool


def parse_move(body: Mapping[str, Any]) -> Move:
    """PATCH .../punkter/<id>: the shape of a move; its times are read against the item."""
    only_known(body, ("start", "end", "gaelder", "dag", "fra_dag", "tillad_overlap", "tidszone"))
    scope = body.get("gaelder")
    if scope not in (None, "alle", "en"):
        raise bad_field("gaelder", 'gaelder skal være "alle" (hele serien) eller "en" (én dag).')
    if body.get("start") is None:
        raise bad_field("start", "Det nye starttidspunkt mangler.")
    if scope == "en" and body.get("dag") is None:
        raise bad_field("dag", 'Angiv "dag" (fx 2026-11-10) for den dag, der flyttes.')
    day, from_day = (
        None if body.get(k) is None else parse_day(body[k], k) for k in ("dag", "fra_dag")
    )
    zone = parse_zone(body.get("tidszone"))
    return Move(
        scope, body["start"], body.get("end"), day, from_day, zone, _flag(body, "tillad_overlap")
    )


def series_length(start: time, end: time) -> timedelta:
    """The length from a start to an end time of day (23:00-01:00 goes past midnight)."""
    day = date(2000, 1, 3)
    length = datetime.combine(day, end) - datetime.combine(day, start)
    return length if length > timedelta(0) else length + timedelta(days=1)


def clashes(new: Sequence[Occurrence], existing: Sequence[Occurrence]) -> list[Occurrence]:
    """The existing occurrences that overlap any of the new ones, by start."""
    return [o for o in existing if any(n.start < o.end and o.start < n.end for n in new)]


# ---- JSON out -----------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """Dataclasses as objects (without citizen_id: the address says whose), times in ISO."""
    if isinstance(value, datetime):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_json(getattr(value, f.name)) for f in fields(value) if f.name != "citizen_id"
        }
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value


def screen_json(link: ScreenLink) -> dict[str, Any]:
    # "navn", as the label is called when a link is made; never the token (not stored).
    return {("navn" if k == "label" else k): v for k, v in to_json(link).items()}


def occurrence_json(o: Occurrence) -> dict[str, Any]:
    i = o.item
    return {
        "item_id": i.id,
        "title": i.title,
        "start": o.start.isoformat(),
        "end": o.end.isoformat(),
        "place": i.place,
        "who": i.who,
        "note": i.note,
        "rrule": i.rrule,
        "original_start": o.original_start.isoformat(),
        "moved": any(v.original_start == o.original_start for v in i.overrides),
    }


def import_message(result: ImportResult) -> str:
    """'2 aftaler tilføjet, 1 opdateret. 1 er aflyst i kalenderen og slettet. 3 var
    allerede overstået og er ikke taget med.'"""
    added = result.added
    text = f"{added} {'aftale' if added == 1 else 'aftaler'} tilføjet, {result.updated} opdateret."
    if result.cancelled:
        text += f" {result.cancelled} er aflyst i kalenderen og slettet."
    if result.skipped_past:
        text += f" {result.skipped_past} var allerede overstået og er ikke taget med."
    return text
