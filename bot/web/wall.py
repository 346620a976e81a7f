"""The citizen's wall screen: today's plan as a calm, large page on a tablet or info-screen.

day_view() is the pure part (which items today, which is now and next, how much of the
current item or hour is left, the Danish words for it); wall_blueprint() serves it:

    GET /skaerm/<token>           the page, with today's data inside it (no extra round trip)
    GET /skaerm/<token>/dag.json  the same data, asked again by the page every poll
    GET /static/wall.css, wall.js

An unknown or revoked token gets a short Danish refusal and nothing of any plan.
"""

from __future__ import annotations

import asyncio
import functools
import json
import math
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from importlib import resources
from typing import Any

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import BaseHTTPResponse, HTTPResponse

from bot.core.clock import COPENHAGEN, Clock
from bot.core.danish.spoken_time import MONTHS, clock, part_of_day, weekday_and_date
from bot.core.danish.spoken_time import day as day_word
from bot.pages import SECURITY_HEADERS, etag, revalidated
from bot.plan.model import Occurrence, PlanItem
from bot.plan.queries import ItemSource, day_bounds, now_and_next, today
from bot.web.screens import ScreenLinks

REFUSAL = "Denne skærm-adresse virker ikke. Spørg personalet om en ny."
UNAVAILABLE = "Skærmen kan ikke hente dagens plan lige nu. Den prøver igen af sig selv."
_DATA_MARK = "<!--DAG-->"
_STATIC = {"wall.css": "text/css; charset=utf-8", "wall.js": "text/javascript; charset=utf-8"}

# ---- the day view (pure) ----------------------------------------------------------------


def written_clock(when: datetime) -> str:
    """'kl. 9', 'kl. 14.30': the written form of spoken_time.clock()."""
    return "kl. " + clock(when.hour, when.minute).removeprefix("klokken ")


def duration_words(left: timedelta) -> str:
    """'1 minut', '25 minutter', 'halvanden time', '2 timer og 5 minutter' (rounded up)."""
    total = max(1, math.ceil(left.total_seconds() / 60))
    hours, minutes = divmod(total, 60)
    said_minutes = "1 minut" if minutes == 1 else f"{minutes} minutter"
    if hours == 0:
        return said_minutes
    if hours == 1 and minutes == 30:
        return "halvanden time"
    said_hours = "1 time" if hours == 1 else f"{hours} timer"
    return said_hours if minutes == 0 else f"{said_hours} og {said_minutes}"


def _when(moment: datetime, now: datetime) -> str:
    """'kl. 9' today; 'i går kl. 23', 'i morgen kl. 1', 'på tirsdag kl. 10' on other days."""
    days = (moment.date() - now.date()).days
    if days == 0:
        return written_clock(moment)
    if days == -1:
        return f"i går {written_clock(moment)}"
    if days < 0:
        return f"den {moment.day}. {MONTHS[moment.month - 1]} {written_clock(moment)}"
    return f"{day_word(moment, now)} {written_clock(moment)}"


def _utc(when: datetime) -> datetime:
    # Python compares and subtracts two times of the same zone on the wall clock: across
    # a summer-time change 03.30 - 01.30 is two hours, and the doubled 02.45 equals
    # itself. In UTC both are real time.
    return when.astimezone(timezone.utc)


def _same(a: Occurrence | None, b: Occurrence) -> bool:
    return a is not None and a.item.id == b.item.id and _utc(a.start) == _utc(b.start)


def _entry(occ: Occurrence, local: datetime) -> dict[str, Any]:
    return {
        "id": occ.item.id,
        "title": occ.item.title,
        "place": occ.item.place,
        "who": occ.item.who,
        "start": _when(occ.start.astimezone(COPENHAGEN), local),
        "end": _when(occ.end.astimezone(COPENHAGEN), local),
        "starts_at": occ.start.isoformat(),
        "ends_at": occ.end.isoformat(),
    }


def _state(
    occ: Occurrence, now: datetime, current: Occurrence | None, nxt: Occurrence | None
) -> str:
    if _same(current, occ):
        return "current"
    if _same(nxt, occ):
        return "next"
    if _utc(occ.end) <= now:
        return "done"
    return "running" if _utc(occ.start) <= now else "later"


def _left(current: Occurrence | None, now: datetime) -> dict[str, Any]:
    """How much of the current item is left, else of the current hour (for the bar)."""
    if current is not None:
        begin, end, of = _utc(current.start), _utc(current.end), "item"
    else:
        # Copenhagen is a whole number of hours from UTC: UTC hours are its hours.
        begin = now.replace(minute=0, second=0, microsecond=0)
        end, of = begin + timedelta(hours=1), "hour"
    fraction = (end - now) / (end - begin)
    return {
        "of": of,
        "from": begin.astimezone(COPENHAGEN).isoformat(),
        "to": end.astimezone(COPENHAGEN).isoformat(),
        "until": written_clock(end.astimezone(COPENHAGEN)),
        "fraction": round(min(1.0, max(0.0, fraction)), 4),
        "words": duration_words(end - now),
    }


def day_view(
    source: ItemSource | Iterable[PlanItem],
    citizen_id: str,
    now: datetime,
    *,
    poll_seconds: int = 30,
) -> dict[str, Any]:
    """Everything the wall screen shows at `now`, ready for JSON (Danish words included)."""
    now, local = _utc(now), now.astimezone(COPENHAGEN)
    items = list(source) if isinstance(source, Iterable) else source
    occurrences = today(items, citizen_id, now)
    current, nxt = now_and_next(items, citizen_id, now)
    entries = []
    for occ in occurrences:
        entry = _entry(occ, local)
        entry["state"] = _state(occ, now, current, nxt)
        entries.append(entry)
    upcoming = None
    if nxt is not None:
        upcoming = _entry(nxt, local)
        # A countdown helps today; "om 15 timer og 3 minutter" to tomorrow does not.
        if nxt.start.astimezone(COPENHAGEN).date() == local.date():
            upcoming["in"] = f"om {duration_words(_utc(nxt.start) - now)}"
    left = _left(current, now)
    # Ask again as soon as anything shown changes: an item starts or ends, the hour
    # (part of day, the hour bar) or the day turns.
    changes = [_utc(datetime.fromisoformat(left["to"])), _utc(day_bounds(local.date())[1])]
    changes += [_utc(t) for o in occurrences for t in (o.start, o.end) if _utc(t) > now]
    changes += [_utc(nxt.start)] if nxt is not None else []
    return {
        "now": local.isoformat(timespec="milliseconds"),  # what every browser parses
        "day": weekday_and_date(local),
        "year": local.year,
        "part_of_day": part_of_day(local),
        "clock": written_clock(local),
        "items": entries,
        "current": None if current is None else _entry(current, local),
        "next": upcoming,
        "left": left,
        "refresh_at": min(changes).astimezone(COPENHAGEN).isoformat(),
        "poll_seconds": poll_seconds,
    }


# ---- serving ----------------------------------------------------------------------------


def security_headers(request: Request, resp: BaseHTTPResponse) -> None:
    """On every response: the token must not leak, nothing may run but our own script."""
    headers = resp.headers
    for name, value in SECURITY_HEADERS.items():
        headers.setdefault(name, value)
    headers.setdefault("Cache-Control", "no-store")  # plan data is never kept on the way


@functools.cache
def _asset(name: str) -> str:
    return resources.files("bot.web").joinpath("static").joinpath(name).read_text(encoding="utf-8")


def refusal_page(message: str = REFUSAL, status: int = 404) -> HTTPResponse:
    page = _asset("refusal.html").replace("<!--BESKED-->", message)
    return response.html(page, status=status, headers={"X-Robots-Tag": "noindex"})


def refusal_json(message: str = REFUSAL, status: int = 404) -> HTTPResponse:
    return response.json({"fejl": message}, status=status, ensure_ascii=False)


def _embed(data: dict[str, Any]) -> str:
    # Inside <script type="application/json">: no "</script>" can end it early.
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def wall_blueprint(
    plan: ItemSource, screens: ScreenLinks, clock: Clock, *, poll_seconds: int = 30
) -> Blueprint:
    """The wall screen's routes; the plan, the links and the clock are the app's."""
    bp = Blueprint("wall")
    template = _asset("wall.html")
    assets = {name: _asset(name).encode("utf-8") for name in _STATIC}
    etags = {name: etag(body) for name, body in assets.items()}

    async def view_for(token: str) -> dict[str, Any] | None:
        # The stores are synchronous (SQLAlchemy): keep them off the event loop.
        citizen = await asyncio.to_thread(screens.resolve, token)
        if citizen is None:
            return None
        return await asyncio.to_thread(
            day_view, plan, citizen, clock.now(), poll_seconds=poll_seconds
        )

    @bp.get("/skaerm/<token:str>")
    async def page(request: Request, token: str) -> HTTPResponse:
        data = await view_for(token)
        if data is None:
            return refusal_page()
        return response.html(template.replace(_DATA_MARK, _embed(data)))

    @bp.get("/skaerm/<token:str>/dag.json")
    async def day_json(request: Request, token: str) -> HTTPResponse:
        data = await view_for(token)
        if data is None:
            return refusal_json()
        return response.json(data, ensure_ascii=False)

    @bp.get("/static/<name:str>")
    async def static(request: Request, name: str) -> HTTPResponse:
        if name not in assets:
            return refusal_page("Siden findes ikke.")
        return revalidated(request, assets[name], _STATIC[name], etags[name])

    @bp.get("/favicon.ico")
    async def favicon(request: Request) -> HTTPResponse:
        return response.empty(status=204)

    return bp
