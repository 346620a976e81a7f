"""Telling the contact person about an emergency, the ways missed doses are told.

A log line always (without the words said: logs travel further); a JSON POST to the
municipality's system when a webhook is set; the contact person (the roster's
`contact`) in Teams, in the chat where they last wrote to the assistant. A failed way
fails alone: the contact counts as told when any way that reaches a person worked, so
a webhook that is down does not make the Teams message go out twice; when every such
way failed the worker tries again later.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

import aiohttp

from bot.access.policy import Access
from bot.reminders.notify import NotifyError, post_json
from bot.safety.store import Emergency
from bot.teams import activity as teams
from bot.teams.outbound import ConnectorClient, OutboundError
from bot.teams.references import References

log = logging.getLogger(__name__)

KIND_WORDS = {
    "acute": "akut fare",
    "poisoning": "forgiftning",
    "suicide": "selvmordstanker",
    "urgent": "brug for læge",
    "help": "kalder på hjælp",
}


PIN_HOLD = "pin_hold"  # not an emergency: a home's PIN checks held (bot.home.pins)


def emergency_text(citizen_name: str, emergency: Emergency) -> str:
    """What the contact reads: who, when, what kind, and the words as said."""
    when = emergency.said_at
    if PIN_HOLD in emergency.kinds:
        return (
            f"Dørkoden hos {citizen_name} er sagt forkert for mange gange (senest klokken "
            f"{when:%H.%M} den {when.day}.{when.month}). Døren kan ikke låses op med stemmen, "
            "før personalet frigiver koden. Var det ikke borgeren selv, så se til hjemmet."
        )
    kinds = ", ".join(KIND_WORDS.get(k, k) for k in emergency.kinds)
    return (
        f"Nødsituation: {citizen_name} sagde klokken {when:%H.%M} den {when.day}.{when.month}: "
        f"»{emergency.text}« ({kinds}). Assistenten har sagt: ring 1-1-2. "
        "Den kan ikke selv ringe. Vil du følge op nu?"
    )


class EmergencyNotifier(Protocol):
    name: str

    async def emergency(self, emergency: Emergency) -> bool:
        """Tell; True if a person was reached, False if there was no one this way
        reaches; NotifyError if it failed."""
        ...


class LogEmergencyNotifier:
    name = "log"

    def __init__(self, logger: logging.Logger | None = None) -> None:
        self._log = logger or log

    async def emergency(self, emergency: Emergency) -> bool:
        self._log.warning(
            "emergency_told citizen=%s emergency=%d kinds=%s said=%s contact=%s answer=%s",
            emergency.citizen_id,
            emergency.id,
            ",".join(emergency.kinds),
            emergency.said_at.isoformat(timespec="seconds"),
            emergency.contact or "none",
            emergency.answer,
        )
        return False  # a log line reaches no one by itself


class WebhookEmergencyNotifier:
    name = "webhook"

    def __init__(self, url: str, session: aiohttp.ClientSession, timeout: float = 10.0) -> None:
        self.url = url
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def emergency(self, emergency: Emergency) -> bool:
        body = {
            "event": PIN_HOLD if PIN_HOLD in emergency.kinds else "emergency",
            "citizen": emergency.citizen_id,
            "contact": emergency.contact,
            "kinds": list(emergency.kinds),
            "said": emergency.text,
            "said_at": emergency.said_at.isoformat(),
            "asked_first": emergency.answer != "uden",
        }
        await post_json(self._session, self.url, body, self._timeout)
        return True


class TeamsEmergencyNotifier:
    name = "teams"

    def __init__(self, access: Access, references: References, connector: ConnectorClient):
        self._access = access
        self._references = references
        self._connector = connector

    async def emergency(self, emergency: Emergency) -> bool:
        contact = self._access.contact_of(emergency.citizen_id)
        if contact is None:
            return False
        ref = self._references.get(teams.sender_id(None, contact.id, ""))
        if ref is None:
            log.warning("emergency contact %s has not written to the bot in Teams", contact.id)
            return False
        citizen = self._access.roster.citizens[emergency.citizen_id]
        message = teams.reply(emergency_text(citizen.name, emergency))
        message["conversation"] = {"id": ref.conversation_id}
        try:
            await self._connector.send(ref.service_url, ref.conversation_id, message)
        except OutboundError as err:
            raise NotifyError(f"Teams: {err}") from err
        return True


class AllEmergencyNotifiers:
    """Every way, each tried."""

    def __init__(self, notifiers: Sequence[EmergencyNotifier]) -> None:
        self.notifiers = list(notifiers)

    async def tell(self, emergency: Emergency) -> tuple[list[str], list[str]]:
        """The ways that reached a person, and those that failed."""
        reached: list[str] = []
        failed: list[str] = []
        for notifier in self.notifiers:
            try:
                if await notifier.emergency(emergency):
                    reached.append(notifier.name)
            except Exception as err:  # one broken way must not silence the others
                log.warning("emergency %d: %s failed: %s", emergency.id, notifier.name, err)
                failed.append(notifier.name)
        return reached, failed
