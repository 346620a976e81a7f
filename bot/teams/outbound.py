"""Sending to Teams: an app token from Entra (client credentials) and the Bot Connector API."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import aiohttp
from yarl import URL

from bot.core.clock import Clock
from bot.teams.settings import TeamsSettings

log = logging.getLogger(__name__)

TIMEOUT = aiohttp.ClientTimeout(total=10)
# Renew well before Entra's expiry, so a token never dies on the way.
RENEW_BEFORE = timedelta(minutes=5)


class OutboundError(RuntimeError):
    """Sending to Teams failed; the message never holds the app secret or a token."""


class AppTokenSource:
    """The bot's own access token for the Bot Connector, cached until shortly before expiry."""

    def __init__(self, settings: TeamsSettings, session: aiohttp.ClientSession, clock: Clock):
        self._settings = settings
        self._session = session
        self._clock = clock
        self._token: str | None = None
        self._renew_at: datetime | None = None
        self._lock = asyncio.Lock()
        self._attempts = 0
        self._last_error: OutboundError | None = None

    async def token(self) -> str:
        cached = self._cached()
        if cached:
            return cached
        seen = self._attempts
        async with self._lock:
            cached = self._cached()
            if cached:
                return cached
            if self._attempts != seen and self._last_error is not None:
                # The request we waited for failed just now: share its failure.
                raise self._last_error
            try:
                token, expires_in = await self._request()
            except OutboundError as err:
                self._last_error = err
                raise
            finally:
                self._attempts += 1  # counted when done, so waiters see it had happened
            self._last_error = None
            self._token = token
            self._renew_at = self._clock.now() + timedelta(seconds=expires_in) - RENEW_BEFORE
            return token

    def invalidate(self, token: str) -> None:
        """Forget `token` (the Connector refused it); a newer one fetched meanwhile stays."""
        if self._token == token:
            self._token = None
            self._renew_at = None

    def _cached(self) -> str | None:
        if self._token and self._renew_at and self._clock.now() < self._renew_at:
            return self._token
        return None

    async def _request(self) -> tuple[str, int]:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._settings.app_id,
            "client_secret": self._settings.app_password,
            "scope": self._settings.scope,
        }
        try:
            async with self._session.post(
                self._settings.token_url, data=form, timeout=TIMEOUT
            ) as resp:
                status = resp.status
                text = await resp.text()
        except (aiohttp.ClientError, asyncio.TimeoutError) as err:
            raise OutboundError(f"token request failed: {type(err).__name__}") from None
        body = _json_object(text)
        if status != 200:
            # Entra's short error code ("invalid_client") only; never the form we sent.
            code = str(body.get("error", ""))[:60]
            raise OutboundError(f"token request refused: HTTP {status} {code}".rstrip())
        token = body.get("access_token")
        try:
            expires_in = int(body.get("expires_in", 0))
        except (TypeError, ValueError):
            expires_in = 0
        if not isinstance(token, str) or not token or expires_in <= 0:
            raise OutboundError("token response without access_token or expires_in")
        return token, expires_in


class ConnectorClient:
    """Posts activities to a conversation through the Bot Connector API."""

    def __init__(self, tokens: AppTokenSource, session: aiohttp.ClientSession):
        self._tokens = tokens
        self._session = session

    async def send(
        self, service_url: str, conversation_id: str, activity: dict[str, Any]
    ) -> str | None:
        """A new message in the conversation; returns the id Teams gave it, if any."""
        return await self._post(_activities_url(service_url, conversation_id), activity)

    async def reply(
        self,
        service_url: str,
        conversation_id: str,
        reply_to_id: str,
        activity: dict[str, Any],
    ) -> str | None:
        """A reply to the activity `reply_to_id`; returns the id Teams gave it, if any."""
        url = f"{_activities_url(service_url, conversation_id)}/{quote(reply_to_id, safe='')}"
        return await self._post(url, activity)

    async def _post(self, url: str, activity: dict[str, Any]) -> str | None:
        # encoded=True: send the path exactly as quoted, so "/" in an id stays %2F.
        target = URL(url, encoded=True)
        for attempt in (1, 2):
            token = await self._tokens.token()
            headers = {"Authorization": f"Bearer {token}"}
            try:
                async with self._session.post(
                    target, json=activity, headers=headers, timeout=TIMEOUT
                ) as resp:
                    status = resp.status
                    text = await resp.text()
            except (aiohttp.ClientError, asyncio.TimeoutError) as err:
                raise OutboundError(f"connector request failed: {type(err).__name__}") from None
            if status == 401 and attempt == 1:
                # The token may have been revoked or rotated: one more try with a new one.
                log.info("Bot Connector refused the app token; fetching a new one")
                self._tokens.invalidate(token)
                continue
            if not 200 <= status < 300:
                raise OutboundError(f"connector refused the activity: HTTP {status}")
            sent_id = _json_object(text).get("id")
            return sent_id if isinstance(sent_id, str) else None
        raise OutboundError("connector refused the app token twice")  # pragma: no cover


def _activities_url(service_url: str, conversation_id: str) -> str:
    return (
        f"{service_url.rstrip('/')}/v3/conversations/{quote(conversation_id, safe='')}/activities"
    )


def _json_object(text: str) -> dict[str, Any]:
    try:
        body = json.loads(text) if text else {}
    except (ValueError, RecursionError):
        return {}
    return body if isinstance(body, dict) else {}
