"""Reading Teams activities and writing replies: plain functions, no network.

What arrives: `message` (text, mentions of the bot, or the value of a clicked button)
and `conversationUpdate` (someone, or the bot, added to a conversation); anything else
is acknowledged and ignored. What goes out: text, and buttons as a hero card with
messageBack buttons, whose value comes back as a message with `value.payload`.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.core.text import strip_control, words

_MENTION = re.compile(r"<at\b[^>]*>.*?</at>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,200}>")
_SPACES = re.compile(r"\s+")
MAX_ID_CHARS = 512  # Teams ids are far shorter; longer is not a real activity

WELCOME = (
    "Hej, jeg er Velfærdsassistenten, et computerprogram. Spørg mig om velfærdsteknologi "
    "og reglerne om den, eller om dine borgere: »hvem er mine borgere?«, »hvad skal Karen "
    "i dag?«, »har Karen taget sin medicin?«. Skriv »menneske« for at tale med en person."
)


class BadActivity(ValueError):
    """Not an activity we can read (the channel answers 400)."""


@dataclass(frozen=True)
class Reference:
    """Where to write to someone in Teams later (a conversation reference, ids only)."""

    service_url: str
    conversation_id: str
    tenant_id: str
    bot_id: str
    user_id: str  # the Teams user id ("29:..."), not their name


@dataclass(frozen=True)
class Incoming:
    kind: str  # "message", "welcome" or "ignore"
    activity_id: str | None
    reference: Reference
    aad_object_id: str | None
    text: str = ""
    channel_id: str = ""  # "msteams" from Teams; "webchat", "directline" from others
    personal: bool = False  # a one-to-one chat with the bot (not a group chat or channel)


def read(activity: Any) -> Incoming:
    """The parts of an activity the channel uses; BadActivity if they are missing."""
    if not isinstance(activity, dict):
        raise BadActivity("an activity is a JSON object")
    sender = _mapping(activity, "from")
    conversation = _mapping(activity, "conversation")
    recipient = _mapping(activity, "recipient")
    reference = Reference(
        service_url=_id(activity, "serviceUrl"),
        conversation_id=_id(conversation, "id"),
        tenant_id=tenant_of(activity),
        bot_id=_id(recipient, "id"),
        user_id=_id(sender, "id"),
    )
    aad = sender.get("aadObjectId")
    aad = aad if isinstance(aad, str) and 0 < len(aad) <= MAX_ID_CHARS else None
    raw_id = activity.get("id")
    activity_id = raw_id if isinstance(raw_id, str) and len(raw_id) <= MAX_ID_CHARS else None
    channel = activity.get("channelId")
    channel = channel if isinstance(channel, str) and len(channel) <= MAX_ID_CHARS else ""
    personal = conversation.get("conversationType") == "personal"
    kind = activity.get("type")
    if kind == "message":
        text = message_text(activity)
        return Incoming("message", activity_id, reference, aad, text, channel, personal)
    if kind == "conversationUpdate" and _members_added(activity):
        return Incoming("welcome", activity_id, reference, aad, "", channel, personal)
    return Incoming("ignore", activity_id, reference, aad, "", channel, personal)


def about_citizens(text: str, names: Iterable[str]) -> bool:
    """Whether a message asks about citizens: it names one (a first name or the whole
    name) or says borger/beboer/mine borgere."""
    said = words(text)
    if set(said) & _CITIZEN_WORDS:
        return True
    return any(name_words and name_words[0] in said for name_words in map(words, names))


# folded as the sentence's words are ("beboere" is "bebore": bot.core.text.fold)
_CITIZEN_WORDS = frozenset(
    words("borger borgere borgeren borgerne beboer beboere beboeren beboerne")
)


def tenants_agree(activity: Mapping[str, Any]) -> bool:
    """channelData's tenant and the conversation's tenantId name the same tenant,
    where both are given (a sender who controls one of them cannot pick the other)."""
    data = activity.get("channelData")
    tenant = data.get("tenant") if isinstance(data, dict) else None
    said = tenant.get("id") if isinstance(tenant, dict) else None
    conversation = activity.get("conversation")
    other = conversation.get("tenantId") if isinstance(conversation, dict) else None
    return not (isinstance(said, str) and isinstance(other, str) and said != other)


def tenant_of(activity: Mapping[str, Any]) -> str:
    """The tenant the activity comes from ("" if it does not say)."""
    data = activity.get("channelData")
    tenant = data.get("tenant") if isinstance(data, dict) else None
    found = tenant.get("id") if isinstance(tenant, dict) else None
    if not isinstance(found, str):
        conversation = activity.get("conversation")
        found = conversation.get("tenantId") if isinstance(conversation, dict) else None
    return found if isinstance(found, str) and len(found) <= MAX_ID_CHARS else ""


def message_text(activity: Mapping[str, Any]) -> str:
    """What the person said: a clicked button's payload, else the text without mentions."""
    value = activity.get("value")
    if isinstance(value, dict) and isinstance(value.get("payload"), str):
        return strip_control(value["payload"]).strip()
    text = activity.get("text")
    if not isinstance(text, str):
        return ""
    text = _MENTION.sub(" ", text)  # "<at>Velfærdsassistenten</at> hvad er ..."
    text = _TAG.sub(" ", text).replace("&nbsp;", " ")  # Teams sends a little HTML
    return _SPACES.sub(" ", strip_control(text)).strip()


def sender_id(aad_object_id: str | None, staff_id: str | None, user_id: str) -> str:
    """Rasa's sender id: teams-<staff id> for staff in the roster, else an opaque
    teams-x-<hash> that reaches no citizen (bot.access.policy)."""
    if staff_id:
        return f"teams-{staff_id}"
    digest = hashlib.sha256((aad_object_id or user_id).lower().encode()).hexdigest()[:20]
    return f"teams-x-{digest}"


def reply(text: str | None, buttons: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A message activity; Rasa's buttons become clickable messageBack buttons."""
    out: dict[str, Any] = {"type": "message", "textFormat": "plain", "locale": "da-DK"}
    if text:
        out["text"] = text
    clickable = [_button(b) for b in buttons or [] if isinstance(b, dict) and b.get("title")]
    if clickable:
        out["attachments"] = [
            {
                "contentType": "application/vnd.microsoft.card.hero",
                "content": {"buttons": clickable},
            }
        ]
    return out


def _button(button: Mapping[str, Any]) -> dict[str, Any]:
    title = str(button["title"])[:200]
    payload = str(button.get("payload") or title)[:1000]
    # messageBack shows the title in the chat and sends the payload back as value.
    return {
        "type": "messageBack",
        "title": title,
        "displayText": title,
        "text": title,
        "value": {"payload": payload},
    }


def _members_added(activity: Mapping[str, Any]) -> bool:
    added = activity.get("membersAdded")
    return isinstance(added, list) and any(
        isinstance(m, dict) and isinstance(m.get("id"), str) for m in added
    )


def _mapping(activity: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = activity.get(key)
    if not isinstance(value, dict):
        raise BadActivity(f"the activity has no '{key}'")
    return value


def _id(activity: Mapping[str, Any], key: str) -> str:
    value = activity.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ID_CHARS:
        raise BadActivity(f"the activity has no usable '{key}'")
    return value


class SeenActivities:
    """Activity ids already handled, so a redelivered one is not answered twice.

    The Bot Framework retries a delivery it thinks timed out; the same (conversation,
    activity id) then arrives again. Kept in memory for the last `size` activities:
    enough for retries, which come within seconds.
    """

    def __init__(self, size: int = 10_000) -> None:
        self._size = size
        self._seen: OrderedDict[tuple[str, str], None] = OrderedDict()

    def first_time(self, conversation_id: str, activity_id: str | None) -> bool:
        """True the first time this activity is seen (and always when it has no id)."""
        if not activity_id:
            return True
        key = (conversation_id, activity_id)
        if key in self._seen:
            return False
        self._seen[key] = None
        if len(self._seen) > self._size:
            self._seen.popitem(last=False)
        return True


@dataclass(frozen=True)
class Unsettled:
    """A staff member's request the assistant answered with "which citizen?"."""

    text: str
    asked_at: datetime


class AskedWhich:
    """The request each staff member was last asked "Hvem af dine borgere er det?"
    about, so that the answer (a name) runs that request for that citizen.

    In memory, the newest `size` senders, each for `minutes`: the question is answered
    at once or not at all; after a restart the name is read as a sentence of its own.
    """

    def __init__(self, minutes: float = 10, size: int = 1_000) -> None:
        self._ttl = timedelta(minutes=minutes)
        self._size = size
        self._asked: OrderedDict[str, Unsettled] = OrderedDict()

    def asked(self, sender: str, text: str, now: datetime) -> None:
        self._asked.pop(sender, None)
        self._asked[sender] = Unsettled(text, now)
        if len(self._asked) > self._size:
            self._asked.popitem(last=False)

    def take(self, sender: str, now: datetime) -> str | None:
        """The request asked about, once, if it was asked within the time; else None."""
        unsettled = self._asked.pop(sender, None)
        if unsettled is None or now - unsettled.asked_at > self._ttl:
            return None
        return unsettled.text
