"""Sealed text: what the conversation keeps for us, which nobody else can write.

A slot is state the caller of the action server can send. Text that decides what a
later step does (the home's pending question: which door, unlock after the PIN) is
sealed with an HMAC over the text and the citizen it belongs to; a changed, forged or
another citizen's seal opens to nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Mapping

SEPARATOR = "~"
# The secret bot.app.serve gives Rasa and the action server (actions/server.py checks it):
# every process of one deployment derives the same seal from it.
ACTIONS_TOKEN = "VELFAERD_ACTIONS_TOKEN"

log = logging.getLogger(__name__)


class Seal:
    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("a seal needs a key of at least 16 bytes")
        self._key = key

    @classmethod
    def derived(cls, secret: str, purpose: str) -> Seal:
        """A key of its own for one purpose, from a longer-lived secret."""
        return cls(hmac.new(secret.encode(), purpose.encode(), hashlib.sha256).digest())

    def _mac(self, text: str, owner: str) -> str:
        digest = hmac.new(self._key, f"{owner}\n{text}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    def close(self, text: str, owner: str) -> str:
        return f"{self._mac(text, owner)}{SEPARATOR}{text}"

    def open(self, sealed: object, owner: str) -> str | None:
        """The text, if it was sealed here for this owner; else None."""
        if not isinstance(sealed, str) or SEPARATOR not in sealed:
            return None
        mac, _, text = sealed.partition(SEPARATOR)
        return text if hmac.compare_digest(mac, self._mac(text, owner)) else None


def from_env(purpose: str, env: Mapping[str, str] | None = None) -> Seal:
    """The seal for one purpose, keyed from the deployment's actions token, so that a
    verdict sealed in the Rasa server's channels opens in the action server. Without a
    token (a server started by hand), a key of this process's own, said in the log."""
    env = os.environ if env is None else env
    token = env.get(ACTIONS_TOKEN, "").strip()
    if token:
        return Seal.derived(token, purpose)
    log.warning("%s is not set: seals for %r open only in this process", ACTIONS_TOKEN, purpose)
    return Seal(secrets.token_bytes(32))
