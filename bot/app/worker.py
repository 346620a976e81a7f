"""The background worker: python -m bot worker [--db URL] [--plan-db URL] [--rasa-url URL]
[--webhook URL]

Runs the dose scheduler and, beside it, the alerts before day plan items and the
telling of contacts about emergencies (bot.safety), until
SIGINT/SIGTERM (exit 0). Options override the environment (VELFAERD_REMINDERS_DB,
VELFAERD_PLAN_DB, VELFAERD_RASA_URL, VELFAERD_MISSED_WEBHOOK, ...).
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

from bot.access.settings import AccessSettings
from bot.core.clock import SystemClock
from bot.core.delivery import HttpDeliverer
from bot.logs import start_logging
from bot.plan.alert_worker import PlanAlertLoop
from bot.plan.alerts import PlanAlerts
from bot.plan.settings import PlanSettings
from bot.plan.store import PlanStore
from bot.privacy.retention import RetentionLoop
from bot.privacy.settings import PrivacySettings
from bot.reminders.notify import LogNotifier, MultiNotifier, Notifier, WebhookNotifier
from bot.reminders.scheduler import Scheduler
from bot.reminders.settings import ReminderSettings
from bot.reminders.store import ReminderStore
from bot.safety.notify import (
    AllEmergencyNotifiers,
    EmergencyNotifier,
    LogEmergencyNotifier,
    TeamsEmergencyNotifier,
    WebhookEmergencyNotifier,
)
from bot.safety.settings import SafetySettings, safety_db_url
from bot.safety.store import SafetyStore
from bot.safety.worker import EmergencyLoop
from bot.teams.notify import TeamsNotifier
from bot.teams.outbound import AppTokenSource, ConnectorClient
from bot.teams.references import References
from bot.teams.settings import TeamsSettings, teams_db_url

log = logging.getLogger("bot.reminders")


async def serve(settings: ReminderSettings, plan: PlanSettings | None = None) -> None:
    plan = plan or PlanSettings.from_env()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    clock = SystemClock()
    store = ReminderStore(settings.db_url, clock)
    store.create_schema()
    plans = PlanStore(plan.db_url, clock)
    plans.create_schema()
    alerts = PlanAlerts(plan.db_url, clock)
    alerts.create_schema()
    access, access_log = AccessSettings.from_env().build(clock)
    safety = SafetySettings.from_env()
    emergencies = SafetyStore(safety_db_url(), clock)
    emergencies.create_schema()
    teams_settings = TeamsSettings.from_env()
    references = References(teams_db_url(), clock) if teams_settings.configured else None
    async with aiohttp.ClientSession() as session:
        notifiers: list[Notifier] = [LogNotifier()]
        told: list[EmergencyNotifier] = [LogEmergencyNotifier()]
        if settings.missed_webhook:
            notifiers.append(WebhookNotifier(settings.missed_webhook, session))
        if safety.webhook:
            told.append(WebhookEmergencyNotifier(safety.webhook, session))
        if references is not None:
            # The contact person (roster) in Teams, where they last wrote to the assistant.
            references.create_schema()
            tokens = AppTokenSource(teams_settings, session, clock)
            connector = ConnectorClient(tokens, session)
            notifiers.append(TeamsNotifier(access, references, connector))
            told.append(TeamsEmergencyNotifier(access, references, connector))
        deliverer = HttpDeliverer(settings.rasa_url, session, token=settings.rasa_token)
        scheduler = Scheduler(store, clock, deliverer, MultiNotifier(notifiers), settings.policy)
        alert_loop = PlanAlertLoop(alerts, plans, clock, deliverer)
        log.info(
            "reminder worker started db=%s plan_db=%s rasa=%s",
            _safe(settings.db_url),
            _safe(plan.db_url),
            settings.rasa_url,
        )
        emergency_loop = EmergencyLoop(emergencies, AllEmergencyNotifiers(told), clock)
        loops = [
            scheduler.run_forever(stop),
            alert_loop.run_forever(stop),
            emergency_loop.run_forever(stop),
        ]
        privacy = PrivacySettings.from_env()
        conversations = privacy.conversations()
        if conversations is not None:  # kept (production): delete the old ones hourly
            loops.append(RetentionLoop(conversations, privacy.retention, clock).run_forever(stop))
        # Tasks on one event loop: a slow alert pass never holds up a dose.
        await asyncio.gather(*loops)
        if conversations is not None:
            conversations.dispose()
    for s in (store, plans, alerts, access_log, references, emergencies):
        if s is not None:
            s.dispose()
    log.info("reminder worker stopped")


def _safe(url: str) -> str:
    # Never log a database password.
    parsed = make_url(url)
    return str(parsed.set(password="***")) if parsed.password else url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot worker", description=__doc__)
    parser.add_argument("--db", help="SQLAlchemy URL (SQLite file or PostgreSQL)")
    parser.add_argument("--plan-db", help="the day plan's database URL, for its alerts")
    parser.add_argument("--rasa-url", help="Rasa server, e.g. http://127.0.0.1:5005")
    parser.add_argument("--webhook", help="POST missed doses here as JSON")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    start_logging(args.log_level)
    settings = ReminderSettings.from_env()
    settings = replace(
        settings,
        db_url=args.db or settings.db_url,
        rasa_url=args.rasa_url or settings.rasa_url,
        missed_webhook=args.webhook or settings.missed_webhook,
    )
    plan = PlanSettings.from_env()
    plan = replace(plan, db_url=args.plan_db or plan.db_url)
    asyncio.run(serve(settings, plan))
    return 0


if __name__ == "__main__":
    sys.exit(main())
