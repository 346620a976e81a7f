"""The assistant's web app: the wall screens, the staff API, and a health check.

create_app() only wires what it is given; `python -m bot web` builds the stores and the
clock from the settings and runs it. Errors never reach a user as a 500 or a traceback:
they get a short Danish page (or JSON for .json addresses), and the log gets the rest
without the address, which holds a screen's secret token.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import BaseHTTPResponse, HTTPResponse

from bot.access.policy import Access
from bot.access.roster import Roster
from bot.core.clock import Clock
from bot.plan.store import PlanStore
from bot.privacy.citizen_data import CitizenData
from bot.web.screens import ScreenLinks
from bot.web.settings import WebSettings
from bot.web.staff import StaffKeys, staff_blueprint
from bot.web.wall import (
    UNAVAILABLE,
    refusal_json,
    refusal_page,
    security_headers,
    wall_blueprint,
)

log = logging.getLogger("bot.web")

NOT_FOUND = "Siden findes ikke."
_NAMES = itertools.count(1)


WEB_MAX_BYTES = 2 * 1024 * 1024


def create_app(
    settings: WebSettings,
    plan: PlanStore,
    screens: ScreenLinks,
    clock: Clock,
    keys: StaffKeys | None = None,
    access: Access | None = None,
    data: CitizenData | None = None,
) -> Sanic:
    """The Sanic app; the caller owns the stores (create_schema, dispose).

    Without staff keys the staff API answers every request with 503 and says which
    setting turns it on (VELFAERD_STAFF_KEYS); without a roster (access) no staff
    member has any citizen.
    """
    # Sanic 21.12 keeps a registry of apps by name: each app here gets its own name, so
    # tests may build several. No env_prefix: settings come in, never from SANIC_* vars.
    app = Sanic(f"velfaerd_web_{next(_NAMES)}", env_prefix=None, configure_logging=False)
    app.config.ACCESS_LOG = False  # access lines would write the secret tokens to the log
    # Sanic reads a whole body before a handler sees it (100 MB by default); the largest
    # we take is a staff member's .ics plan.
    app.config.REQUEST_MAX_SIZE = WEB_MAX_BYTES
    app.blueprint(wall_blueprint(plan, screens, clock, poll_seconds=settings.poll_seconds))

    access = access or Access(Roster(), None, strict=False)
    keys = keys or StaffKeys.from_env({})
    app.blueprint(staff_blueprint(plan, screens, keys, clock, access, data))

    @app.get("/health")
    async def health(request: Request) -> HTTPResponse:
        return response.json({"status": "ok"})

    app.register_middleware(_headers, "response")
    app.error_handler.add(Exception, _error)
    return app


async def _headers(request: Request, resp: BaseHTTPResponse) -> None:
    security_headers(request, resp)


def _error(request: Request, exception: BaseException) -> HTTPResponse:
    status = exception.status_code if isinstance(exception, SanicException) else 500
    wants_json = request.path.endswith(".json") or "/api/" in request.path
    if status < 500:
        message = NOT_FOUND if status in (404, 405) else "Forespørgslen kunne ikke bruges."
        resp = refusal_json(message, status) if wants_json else refusal_page(message, status)
    else:
        # Log what went wrong, never the path: a wall screen's path is its secret token.
        log.error("request failed: %s %s", request.method, _route_name(request), exc_info=exception)
        resp = refusal_json(UNAVAILABLE, 503) if wants_json else refusal_page(UNAVAILABLE, 503)
    security_headers(request, resp)
    return resp


def _route_name(request: Request) -> Any:
    route = getattr(request, "route", None)
    return getattr(route, "name", None) or "(no route)"
