"""The emergency turn and the answer to its question, decided without Rasa.

The action hands in who is speaking (a citizen, or staff and the public, who get the
numbers but no offer: there is no one of theirs to tell), whom the assistant could
tell and how, and the store; this decides what is said and kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from bot.safety.answers import Situation, compose, helpline_answer, offers_contact, severity
from bot.safety.detect import ACUTE, HELP, HELPLINE, KINDS, detect
from bot.safety.settings import SafetySettings
from bot.safety.store import SafetyStore

# The intents that route a turn here; the safety net sets them whatever the model says.
INTENTS = {
    ACUTE: "report_emergency",
    "poisoning": "report_poisoning",
    "suicide": "report_crisis",
    "urgent": "report_illness",
    HELP: "call_for_help",
    HELPLINE: "ask_helpline",
}
KIND_OF_INTENT = {intent: kind for kind, intent in INTENTS.items()}


def kinds_said(text: str, intent: str | None) -> frozenset[str]:
    """The kinds to answer: what the safety net finds in the words, and what the
    intent says (the model may know a phrasing the net does not)."""
    detection = detect(text)
    found = set(detection.kinds) if detection else set()
    if intent in KIND_OF_INTENT:
        found.add(KIND_OF_INTENT[intent])
    return severity(found or {HELP})


@dataclass(frozen=True)
class Contact:
    """Whom the assistant can tell about this citizen, and how they are named."""

    label: str  # "Anne Holm", "din kontaktperson"
    staff_id: str | None  # the roster's id, for the audit row


@dataclass(frozen=True)
class Speaker:
    citizen_id: str | None  # None: staff or the public (no one of theirs to tell)
    emergency_call: bool = False
    contact: Contact | None = None
    channel: str | None = None


class SafetyDialogue:
    def __init__(self, settings: SafetySettings, store: SafetyStore | None) -> None:
        self.settings = settings
        self._texts = settings.answers()
        self._store = store

    def _say(self, key: str, contact: Contact | None) -> str:
        label = contact.label if contact else self.settings.contact_name
        return self._texts[key].format(**self.settings.numbers(label))

    def emergency(self, kinds: Iterable[str], text: str, who: Speaker) -> tuple[str, str]:
        """The answer, and the kind it was about (kept in a slot for a follow-up)."""
        found = severity(kinds)
        contact = who.contact if who.citizen_id and self._store else None
        offer = contact is not None and offers_contact(found)
        told = offer and self.settings.notify_without_asking
        if offer and self._store is not None and who.citizen_id and contact:
            self._store.record(
                who.citizen_id,
                tuple(k for k in KINDS if k in found),
                text,
                who.channel,
                contact.staff_id,
                offered=not told,
                notify_now=told,
            )
        situation = Situation(
            emergency_call=who.emergency_call,
            contact=contact.label if offer and contact else None,
            told=told,
        )
        numbers = self.settings.numbers(contact.label if contact else "")
        if found == {HELPLINE}:
            answer = helpline_answer(text, self._texts, numbers)
        else:
            answer = compose(found, self._texts, numbers, situation)
        kind = next(k for k in KINDS if k in found)
        return answer, kind

    def reply(
        self, yes: bool, last_kind: str | None, text: str, who: Speaker
    ) -> tuple[str, str | None]:
        """The answer to "ja"/"nej" after an emergency answer, and the kind now open."""
        offer = None
        if self._store is not None and who.citizen_id:
            window = timedelta(minutes=self.settings.offer_minutes)
            offer = self._store.open_offer(who.citizen_id, window)
        if offer is not None and who.citizen_id:
            answered = self._store.answer(offer.id, who.citizen_id, yes) if self._store else False
            if not answered:
                return self._say("nothing_open", who.contact), None
            return self._say("told_on_yes" if yes else "declined", who.contact), None
        if last_kind == HELP:
            if yes:  # "Er du i fare?" "ja"
                return self.emergency({ACUTE}, text, who)
            return self._say("not_in_danger", who.contact), None
        return self._say("nothing_open", who.contact), None
