"""The staff API: care staff read and change a citizen's day plan over HTTP, as themselves.

    app.blueprint(staff_blueprint(plan, screens, StaffKeys.from_env(), clock, access))

Every request carries `Authorization: Bearer <nøgle>`; the key names the staff member,
who is written to the plan's audit log as `staff:<navn>`. The roster (bot/access) gives
each staff member their citizens; any other citizen is a 404, and each access is in the
access log. JSON in and out; times are
ISO 8601 with an offset, or without one in Europe/Copenhagen (or in "tidszone").
Every refusal is `{"fejl": "<Danish>"}` (with "felt" when one field is at fault) and a
4xx status, and nothing is saved. Under /api/borgere/<borger>/:

    GET    plan?fra=&til=          occurrences, by day (default today)
    GET    plan/punkter[/<id>]      the stored items
    POST   plan/punkter            add; 409 with "overlap" unless "tillad_overlap": true
    PATCH  plan/punkter/<id>       move: {"start", "end"} and for a repeat "gaelder":
                                   "alle" (time of day, from "fra_dag") or "en" + "dag"
    DELETE plan/punkter/<id>[?dag=] the item, or one day's occurrence
    GET    plan.ics / POST plan.ics export / import (counts; at most 1 MB)
    GET    log                     the audit log
    POST   skaerme / GET skaerme / DELETE skaerme/<id>   wall-screen links
    GET    data                    everything kept about the citizen (bot.privacy)
    DELETE data?bekraeft=ja        delete it all (the access log keeps a pseudonym)

The staff keys, reading and checking requests, the Danish refusals and the JSON replies
are the pure functions in bot/web/staff_input.py; here are the operations (StaffApi:
plain and synchronous, run in a thread off the event loop) and the routes that call them.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import unquote

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, raw

from bot.access.policy import Access, NotPermitted
from bot.core.clock import COPENHAGEN, Clock
from bot.plan.ical import MAX_BYTES as MAX_ICS_BYTES
from bot.plan.ical import export_ics, import_ics
from bot.plan.model import Occurrence, PlanItem, PlanItemNotFound, make_draft
from bot.plan.queries import day_bounds, expand, occurrence_on, occurrences_between
from bot.plan.series import plan_series_move
from bot.plan.store import PlanStore
from bot.privacy.citizen_data import CitizenData
from bot.web.screens import MAX_DAYS, ScreenLinks
from bot.web.staff_input import (
    NO_ACCESS,
    NO_ADDRESS,
    NO_CITIZEN,
    NO_ITEM,
    NOT_SET_UP,
    OVERLAP,
    SERIES_SCOPE,
    ApiError,
    ApiReply,
    Move,
    StaffKeys,
    bad_field,
    check_not_past,
    clashes,
    import_message,
    occurrence_json,
    only_known,
    optional_text,
    parse_day,
    parse_json,
    parse_move,
    parse_new_item,
    parse_time_of_day,
    parse_when,
    refusal_for,
    screen_json,
    series_length,
    to_json,
    whole,
)

__all__ = ["StaffKeys", "staff_blueprint"]  # what the app imports; the rest is staff_input's

MAX_JSON_BYTES = 64 * 1024
MAX_RANGE_DAYS = 92  # GET .../plan: at most a quarter at a time
OVERLAP_HORIZON = timedelta(weeks=8)  # how far ahead a new or moved repeat is checked
_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


# ---- the operations -----------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One request, as an operation sees it."""

    citizen: str
    acting: str  # "staff:<navn>"
    body: bytes
    args: Mapping[str, Sequence[str]]
    ids: Mapping[str, str]  # the other parts of the path (item_id, link_id)


Operation = Callable[[Call], ApiReply]


class StaffApi:
    """What each route does: plain and synchronous (the handler runs it in a thread)."""

    def __init__(
        self,
        plan: PlanStore,
        screens: ScreenLinks,
        clock: Clock,
        data: CitizenData | None = None,
    ) -> None:
        self.plan = plan
        self.screens = screens
        self.clock = clock
        self.data = data

    def export_data(self, call: Call) -> ApiReply:
        return ApiReply(200, self._citizen_data().export(call.citizen))

    def delete_data(self, call: Call) -> ApiReply:
        if call.args.get("bekraeft") != ["ja"]:
            raise bad_field("bekraeft", DELETE_CONFIRM)
        return ApiReply(200, {"slettet": self._citizen_data().delete(call.citizen)})

    def _citizen_data(self) -> CitizenData:
        if self.data is None:
            raise ApiError(503, NO_CITIZEN_DATA)
        return self.data

    def day_plan(self, call: Call) -> ApiReply:
        first = _arg_day(call, "fra") or self._today()
        last = _arg_day(call, "til") or first
        if not 0 <= (last - first).days < MAX_RANGE_DAYS:
            raise bad_field(
                "til", f"til må ikke ligge før fra, og der vises højst {MAX_RANGE_DAYS} dage."
            )
        found = occurrences_between(
            self.plan, call.citizen, day_bounds(first)[0], day_bounds(last)[1]
        )
        dates = {"fra": first.isoformat(), "til": last.isoformat()}
        return ApiReply(200, {**dates, "aftaler": [occurrence_json(o) for o in found]})

    def list_items(self, call: Call) -> ApiReply:
        return ApiReply(200, {"punkter": [to_json(i) for i in self.plan.items(call.citizen)]})

    def get_item(self, call: Call) -> ApiReply:
        return ApiReply(200, to_json(self.plan.get(call.citizen, _id(call, "item_id"))))

    def add_item(self, call: Call) -> ApiReply:
        now = self.clock.now()
        new = parse_new_item(parse_json(call.body), now)
        if not new.allow_overlap:
            d = make_draft(now, new.title, new.start, new.end, **new.details)  # 422 before 409
            draft = PlanItem(
                id=0, citizen_id=call.citizen, created_by="", updated_at=now, **vars(d)
            )
            self._refuse_clashes(call.citizen, draft, draft.start, ignore=None)
        item = self.plan.add(
            call.citizen, new.title, new.start, new.end, acting=call.acting, **new.details
        )
        return ApiReply(201, to_json(item))

    def move_item(self, call: Call) -> ApiReply:
        move = parse_move(parse_json(call.body))
        item = self.plan.get(call.citizen, _id(call, "item_id"))
        if item.rrule is not None and move.scope is None:
            raise bad_field("gaelder", SERIES_SCOPE)
        if item.rrule is not None and move.scope == "alle":
            return self._move_series(call, item, move)
        start = parse_when(move.start, "start", move.zone)
        end = None if move.end is None else parse_when(move.end, "end", move.zone)
        occ = None if move.day is None else self._occurrence(item, move.day)
        if start != (occ.start if occ else item.start):  # an item under way may get longer
            check_not_past(start, self.clock.now())
        end = end or start + ((occ.end - occ.start) if occ else (item.end - item.start))
        if not move.allow_overlap:
            there = _moved_draft(item, start, end, rrule=None)
            self._refuse_clashes(call.citizen, there, start, ignore=item.id)
        if item.rrule is None:
            moved = self.plan.move(call.citizen, item.id, start, acting=call.acting, new_end=end)
            return ApiReply(200, to_json(moved))
        assert move.day is not None  # parse_move wants it with "en"
        o = self.plan.move_occurrence(
            call.citizen, item.id, move.day, start, acting=call.acting, new_end=end
        )
        return ApiReply(200, {**occurrence_json(o), "punkt": to_json(o.item)})

    def _move_series(self, call: Call, item: PlanItem, move: Move) -> ApiReply:
        new_time = parse_time_of_day(move.start, "start", move.zone)
        end = None if move.end is None else parse_time_of_day(move.end, "end", move.zone)
        length = None if end is None else series_length(new_time, end)
        today = self._today()
        if not move.allow_overlap and (move.from_day or today) >= today:
            cut = day_bounds(move.from_day or today)[0]
            planned = plan_series_move(item, cut, new_time, length)
            series = _moved_draft(item, planned.start, planned.end, rrule=planned.rule)
            self._refuse_clashes(call.citizen, series, cut, ignore=item.id)
        moved = self.plan.move_series(
            call.citizen,
            item.id,
            new_time,
            acting=call.acting,
            duration=length,
            from_day=move.from_day,
        )
        return ApiReply(200, {**to_json(moved), "tidligere_id": item.id})

    def delete_item(self, call: Call) -> ApiReply:
        item = self.plan.get(call.citizen, _id(call, "item_id"))
        day = _arg_day(call, "dag")
        if day is not None:
            self._occurrence(item, day)
        done = self.plan.delete(call.citizen, item.id, acting=call.acting, on=day)
        return ApiReply(200, {"slettet": "en" if day else "alle", "punkt": to_json(done)})

    def export(self, call: Call) -> ApiReply:
        name = re.sub(r"[^A-Za-z0-9_-]", "_", call.citizen)[:40]
        headers = {"content-disposition": f'attachment; filename="dagsplan-{name}.ics"'}
        data = export_ics(self.plan.items(call.citizen))
        return ApiReply(200, data, "text/calendar; charset=utf-8", headers)

    def import_file(self, call: Call) -> ApiReply:
        result = import_ics(self.plan, call.body, call.citizen, call.acting)
        counts = {"tilfoejet": result.added, "opdateret": result.updated}
        counts.update(overstaaet=result.skipped_past, aflyst=result.cancelled)
        message = import_message(result)
        return ApiReply(200, {**counts, "besked": message, "punkter": to_json(result.items)})

    def audit_log(self, call: Call) -> ApiReply:
        return ApiReply(200, {"log": [to_json(e) for e in self.plan.audit(call.citizen)]})

    def new_screen(self, call: Call) -> ApiReply:
        body = parse_json(call.body, optional=True)
        only_known(body, ("navn", "dage"))
        link, token = self.screens.create(
            call.citizen,
            acting=call.acting,
            label=optional_text(body, "navn"),
            days=whole(body, "dage", 1, MAX_DAYS),
        )
        return ApiReply(201, {**screen_json(link), "link": f"/skaerm/{token}"})

    def list_screens(self, call: Call) -> ApiReply:
        return ApiReply(
            200, {"skaerme": [screen_json(s) for s in self.screens.links(call.citizen)]}
        )

    def revoke_screen(self, call: Call) -> ApiReply:
        if not self.screens.revoke(call.citizen, _id(call, "link_id"), acting=call.acting):
            raise ApiError(404, "Borgeren har intet aktivt skærm-link med det id.")
        return ApiReply(200, {"tilbagekaldt": True})

    def _today(self) -> date:
        return self.clock.now().astimezone(COPENHAGEN).date()

    def _occurrence(self, item: PlanItem, day: date) -> Occurrence:
        try:
            return occurrence_on(item, day)
        except PlanItemNotFound as err:
            raise ApiError(404, "Punktet har ingen aftale den dag.", "dag") from err

    def _refuse_clashes(
        self, citizen: str, draft: PlanItem, start: datetime, ignore: int | None
    ) -> None:
        """409 with the overlapping occurrences (a repeat: those in OVERLAP_HORIZON)."""
        new = expand(draft, start, start + OVERLAP_HORIZON if draft.rrule else draft.end)
        if not new:
            return
        span = (new[0].start, max(o.end for o in new))
        others = [o for o in occurrences_between(self.plan, citizen, *span) if o.item.id != ignore]
        found = clashes(new, others)
        if found:
            raise ApiError(409, OVERLAP, overlap=[occurrence_json(o) for o in found[:20]])


def _moved_draft(item: PlanItem, start: datetime, end: datetime, rrule: str | None) -> PlanItem:
    """The item as a move would leave it, for the overlap check (exceptions dropped)."""
    return replace(item, start=start, end=end, rrule=rrule, exdates=(), overrides=())


def _id(call: Call, key: str) -> int:
    text = call.ids.get(key, "")
    if not text.isascii() or not text.isdigit() or len(text) > 9:  # PostgreSQL's integer
        raise ApiError(404, NO_ITEM if key == "item_id" else "Skærm-linket findes ikke.")
    return int(text)


def _arg_day(call: Call, key: str) -> date | None:
    values = call.args.get(key)
    return None if not values else parse_day(values[0], key)


DELETE_CONFIRM = "Sletning kan ikke fortrydes. Send bekraeft=ja for at slette alt om borgeren."
NO_CITIZEN_DATA = "Udtræk og sletning er ikke sat op i denne proces."

# ---- the blueprint ------------------------------------------------------------------------

Handler = Callable[..., Coroutine[Any, Any, HTTPResponse]]


def staff_blueprint(
    plan: PlanStore,
    screens: ScreenLinks,
    keys: StaffKeys,
    clock: Clock,
    access: Access,
    citizen_data: CitizenData | None = None,
) -> Blueprint:
    """The /api routes. Without keys every route answers 503, saying how to set them.

    A key's name is a staff id in the roster; it reaches only the citizens assigned to
    that staff member (Access, which logs each access). Any other citizen, or one that
    does not exist, is the same 404.
    """
    api = StaffApi(plan, screens, clock, citizen_data)
    data, ics = MAX_JSON_BYTES, MAX_ICS_BYTES  # the largest body each accepts
    c = "/borgere/<citizen>"
    routes: list[tuple[str, dict[str, tuple[Operation, int]]]] = [
        (f"{c}/plan", {"GET": (api.day_plan, 0)}),
        (f"{c}/plan/punkter", {"GET": (api.list_items, 0), "POST": (api.add_item, data)}),
        (f"{c}/plan/punkter/<item_id>", {"GET": (api.get_item, 0),
            "PATCH": (api.move_item, data), "DELETE": (api.delete_item, 0)}),
        (f"{c}/plan.ics", {"GET": (api.export, 0), "POST": (api.import_file, ics)}),
        (f"{c}/log", {"GET": (api.audit_log, 0)}),
        (f"{c}/skaerme", {"GET": (api.list_screens, 0), "POST": (api.new_screen, data)}),
        (f"{c}/skaerme/<link_id>", {"DELETE": (api.revoke_screen, 0)}),
        (f"{c}/data", {"GET": (api.export_data, 0), "DELETE": (api.delete_data, 0)}),
        ("/<rest:path>", {}),  # anything else under /api: a Danish 404
    ]  # fmt: skip
    bp = Blueprint(f"staff_api_{id(api)}", url_prefix="/api")
    for number, (uri, methods) in enumerate(routes):
        # Every method on every path, so a wrong one gets a Danish 405 too; streamed, so
        # a body is read only as far as its limit.
        bp.add_route(
            _handler(keys, access, methods), uri, _METHODS, name=f"staff_{number}", stream=True
        )
    return bp


def _handler(
    keys: StaffKeys, access: Access, methods: Mapping[str, tuple[Operation, int]]
) -> Handler:
    async def handle(request: Request, **params: str) -> HTTPResponse:
        try:
            name = _authorise(keys, request)
            if request.method not in methods:
                text = "Den metode bruges ikke på denne adresse." if methods else NO_ADDRESS
                raise ApiError(405 if methods else 404, text)
            op, limit = methods[request.method]
            parts = {k: _path_part(v) for k, v in params.items()}
            body = await _read_body(request, limit) if limit else b""
            args = {k: list(v) for k, v in dict(request.args).items()}  # all values, not one
            call = Call(parts.pop("citizen"), f"staff:{name}", body, args, parts)
            # its failures are raised here
            reply = await asyncio.to_thread(_permitted, access, name, op, call)
        except Exception as err:  # every failure becomes a Danish reply
            reply = refusal_for(err)
        return _respond(reply)

    return handle


def _authorise(keys: StaffKeys, request: Request) -> str:
    """The staff name the request's key belongs to."""
    if not keys.configured:
        raise ApiError(503, NOT_SET_UP)
    name = keys.name_for(request.headers.get("authorization"))
    if name is None:
        raise ApiError(401, NO_ACCESS)
    return name


def _permitted(access: Access, name: str, op: Operation, call: Call) -> ApiReply:
    """The operation, if the roster gives this staff member the citizen (logged)."""
    try:
        access.citizen_id(access.staff(name), call.citizen, getattr(op, "__name__", "api"))
    except NotPermitted:
        raise ApiError(404, NO_CITIZEN) from None
    return op(call)


def _path_part(value: str) -> str:
    try:
        return unquote(value, errors="strict")  # Sanic leaves %xx in path parameters
    except UnicodeDecodeError as err:
        raise ApiError(404, NO_ADDRESS) from err


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, read only up to `limit` bytes: a larger one is refused (413) early."""
    too_big = ApiError(
        413,
        "Filen er for stor. Den må højst fylde 1 MB."
        if limit == MAX_ICS_BYTES
        else f"Indholdet er for stort. Det må højst fylde {limit // 1024} kB.",
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    body = bytearray()
    while (chunk := await request.stream.read()) is not None:  # type: ignore[union-attr]
        body += chunk
        if len(body) > limit:
            raise too_big
    return bytes(body)


def _respond(reply: ApiReply) -> HTTPResponse:
    headers = dict(reply.headers)
    if reply.status == 401:
        headers["www-authenticate"] = 'Bearer realm="velfaerd"'
    body = reply.body
    if not isinstance(body, bytes):
        body = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return raw(body, status=reply.status, headers=headers, content_type=reply.content_type)
