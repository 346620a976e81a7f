"""The web process: python -m bot web [--host H] [--port N] [--db URL]

Serves the citizens' wall screens (and the staff API) until SIGINT/SIGTERM (exit 0).
Options override the environment (VELFAERD_WEB_HOST, VELFAERD_WEB_PORT,
VELFAERD_PLAN_DB); VELFAERD_STAFF_KEYS turns the staff API on and VELFAERD_ROSTER
gives staff their citizens (a bad roster: exit 2 with the reason). Links to screens are
made with `python -m bot screens new` or through the staff API.
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import replace

from bot.access.roster import RosterError
from bot.access.settings import AccessSettings
from bot.app.stores import citizen_data
from bot.core.clock import SystemClock
from bot.logs import start_logging
from bot.plan.settings import PlanSettings
from bot.plan.store import PlanStore
from bot.web.app import create_app
from bot.web.screens import ScreenLinks
from bot.web.settings import WebSettings
from bot.web.staff import StaffKeys

log = logging.getLogger("bot.web")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot web", description=__doc__)
    parser.add_argument("--host", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default 5010)")
    parser.add_argument("--db", help="the plan's SQLAlchemy URL (SQLite file or PostgreSQL)")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    start_logging(args.log_level)
    settings = WebSettings.from_env()
    settings = replace(
        settings,
        host=args.host or settings.host,
        port=args.port or settings.port,
        plan=PlanSettings(args.db) if args.db else settings.plan,
    )
    clock = SystemClock()
    plan = PlanStore(settings.plan.db_url, clock)
    screens = ScreenLinks(settings.plan.db_url, clock)
    try:
        access, access_log = AccessSettings.from_env().build(clock)
    except RosterError as err:
        print(f"python -m bot web: {err}", file=sys.stderr)
        return 2
    data = citizen_data(clock)  # export and deletion through the staff API
    try:
        plan.create_schema()
        screens.create_schema()
        keys = StaffKeys.from_env()
        app = create_app(settings, plan, screens, clock, keys, access, data)
        log.info("web server on http://%s:%d", settings.host, settings.port)
        # One process, no reloader, no access log (it would hold the screens' tokens);
        # Sanic stops cleanly on SIGINT and SIGTERM, like the other processes.
        app.run(
            host=settings.host,
            port=settings.port,
            workers=1,
            debug=False,
            auto_reload=False,
            access_log=False,
            register_sys_signals=True,
        )
    finally:
        plan.dispose()
        screens.dispose()
        data.dispose()
        if access_log:
            access_log.dispose()
    log.info("web server stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
