"""Missed doses to the citizen's contact person in Teams, written first by the assistant.

The roster names the contact (citizens[].contact); the Teams channel has kept that
staff member's conversation reference since they last wrote to the assistant. Without
a contact or a reference there is no one to write to here: logged, not retried (the
log and webhook notifiers still run). A failed send raises, so the worker retries.
"""

from __future__ import annotations

import logging

from bot.access.policy import Access
from bot.core.clock import COPENHAGEN
from bot.reminders.model import Dose, Reminder
from bot.reminders.notify import NotifyError
from bot.teams import activity as teams
from bot.teams.outbound import ConnectorClient, OutboundError
from bot.teams.references import References

log = logging.getLogger(__name__)


def missed_text(citizen_name: str, reminder_text: str, dose: Dose) -> str:
    due = dose.due_at.astimezone(COPENHAGEN)
    return (
        f"{citizen_name} har ikke svaret på påmindelsen »{reminder_text}« "
        f"klokken {due:%H.%M} den {due.day}.{due.month}. Vil du følge op?"
    )


class TeamsNotifier:
    def __init__(self, access: Access, references: References, connector: ConnectorClient):
        self._access = access
        self._references = references
        self._connector = connector

    async def missed(self, dose: Dose, reminder: Reminder) -> None:
        contact = self._access.contact_of(dose.citizen_id)
        if contact is None:
            log.info("dose_missed no Teams contact in the roster citizen=%s", dose.citizen_id)
            return
        ref = self._references.get(teams.sender_id(None, contact.id, ""))
        if ref is None:
            log.warning("dose_missed contact %s has not written to the bot in Teams", contact.id)
            return
        citizen = self._access.roster.citizens[dose.citizen_id]
        message = teams.reply(missed_text(citizen.name, reminder.text, dose))
        message["conversation"] = {"id": ref.conversation_id}
        try:
            await self._connector.send(ref.service_url, ref.conversation_id, message)
        except OutboundError as err:
            raise NotifyError(f"Teams: {err}") from err
