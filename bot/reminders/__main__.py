"""The reminder worker: python -m bot.reminders [--db URL] [--rasa-url URL] [--webhook URL]

Runs the scheduler until SIGINT/SIGTERM (exit 0). Options override the environment
(VELFAERD_REMINDERS_DB, VELFAERD_RASA_URL, VELFAERD_MISSED_WEBHOOK, ...).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from dataclasses import replace

import aiohttp
from sqlalchemy.engine import make_url

from bot.clock import SystemClock
from bot.reminders.deliver import HttpDeliverer
from bot.reminders.notify import LogNotifier, MultiNotifier, Notifier, WebhookNotifier
from bot.reminders.scheduler import Scheduler
from bot.reminders.settings import ReminderSettings
from bot.reminders.store import ReminderStore

log = logging.getLogger("bot.reminders")


async def serve(settings: ReminderSettings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    clock = SystemClock()
    store = ReminderStore(settings.db_url, clock)
    store.create_schema()
    async with aiohttp.ClientSession() as session:
        notifiers: list[Notifier] = [LogNotifier()]
        if settings.missed_webhook:
            notifiers.append(WebhookNotifier(settings.missed_webhook, session))
        scheduler = Scheduler(
            store,
            clock,
            HttpDeliverer(settings.rasa_url, session, token=settings.rasa_token),
            MultiNotifier(notifiers),
            settings.policy,
        )
        log.info("reminder worker started db=%s rasa=%s", _safe(settings.db_url), settings.rasa_url)
        await scheduler.run_forever(stop)
    store.dispose()
    log.info("reminder worker stopped")


def _safe(url: str) -> str:
    # Never log a database password.
    parsed = make_url(url)
    return str(parsed.set(password="***")) if parsed.password else url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.reminders", description=__doc__)
    parser.add_argument("--db", help="SQLAlchemy URL (SQLite file or PostgreSQL)")
    parser.add_argument("--rasa-url", help="Rasa server, e.g. http://127.0.0.1:5005")
    parser.add_argument("--webhook", help="POST missed doses here as JSON")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    settings = ReminderSettings.from_env()
    settings = replace(
        settings,
        db_url=args.db or settings.db_url,
        rasa_url=args.rasa_url or settings.rasa_url,
        missed_webhook=args.webhook or settings.missed_webhook,
    )
    asyncio.run(serve(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
