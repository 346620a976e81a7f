"""Checking the Bot Framework's `Authorization: Bearer <jwt>` on each incoming activity.

Follows Microsoft's "Bot Connector to bot" rules: an RS256 token signed by a key from
the Bot Framework's OpenID metadata, endorsed for the channel, for our app id, from
the Bot Framework issuer, in date, and naming the activity's serviceUrl.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiohttp
import jwt
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from jwt.algorithms import RSAAlgorithm

from bot.core.clock import Clock
from bot.core.text import loggable
from bot.teams.settings import TeamsSettings

log = logging.getLogger(__name__)

REFRESH_AFTER = timedelta(hours=24)
# An unknown kid may mean Microsoft rolled its keys, or a forgery: look again, but rarely.
RETRY_INTERVAL = timedelta(minutes=5)
MAX_HEADER_CHARS = 8 * 1024
TIMEOUT = aiohttp.ClientTimeout(total=10)
REASONS = {
    jwt.InvalidSignatureError: "bad signature",
    jwt.InvalidAudienceError: "wrong audience",
    jwt.InvalidIssuerError: "wrong issuer",
}


class Unauthorized(Exception):
    """The request is not from the Bot Framework for us; the reason is for logs only."""


@dataclass(frozen=True)
class SigningKey:
    key: RSAPublicKey
    endorsements: frozenset[str]


class KeySet:
    """The Bot Framework's signing keys by kid, fetched on first use and kept fresh."""

    def __init__(self, settings: TeamsSettings, session: aiohttp.ClientSession, clock: Clock):
        self._url = settings.openid_url
        self._session = session
        self._clock = clock
        self._keys: dict[str, SigningKey] = {}
        self._fetched_at: datetime | None = None  # last success
        self._attempted_at: datetime | None = None  # last try, success or not
        self._unknown_at: datetime | None = None  # last look for an unknown kid
        self._attempts = 0
        self._failed = False
        self._lock = asyncio.Lock()

    async def key(self, kid: str) -> SigningKey:
        now = self._clock.now()
        if kid in self._keys and not self._stale(now):
            return self._keys[kid]
        seen = self._attempts
        async with self._lock:
            # Whoever held the lock before us has just fetched: share that result.
            if self._attempts == seen and self._due(self._clock.now(), kid):
                try:
                    await self._fetch(self._clock.now())
                finally:
                    self._attempts += 1  # counted when done, so waiters see it had happened
        found = self._keys.get(kid)
        if found is None:
            raise Unauthorized("keys unavailable" if self._failed else "unknown signing key")
        return found

    def _stale(self, now: datetime) -> bool:
        return self._fetched_at is None or now - self._fetched_at >= REFRESH_AFTER

    def _due(self, now: datetime, kid: str) -> bool:
        if not self._keys or self._attempted_at is None:
            return True
        if self._stale(now):  # after a failed refresh, old keys serve a while longer
            return now - self._attempted_at >= RETRY_INTERVAL
        if kid in self._keys:
            return False
        if self._unknown_at is not None and now - self._unknown_at < RETRY_INTERVAL:
            return False
        self._unknown_at = now
        return True

    async def _fetch(self, now: datetime) -> None:
        self._attempted_at = now
        try:
            meta = await self._get_json(self._url)
            jwks_uri = meta.get("jwks_uri")
            if not isinstance(jwks_uri, str) or not jwks_uri.startswith(("https://", "http://")):
                raise ValueError("metadata has no jwks_uri")
            keys = _parse_keys(await self._get_json(jwks_uri))
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as err:
            # Old keys stay in use; only a kid we cannot find is refused.
            log.warning("Teams signing keys unavailable: %s: %s", type(err).__name__, err)
            self._failed = True
            return
        self._keys = keys
        self._fetched_at = now
        self._failed = False
        log.info("Teams signing keys loaded: %d", len(keys))

    async def _get_json(self, url: str) -> dict[str, Any]:
        async with self._session.get(url, timeout=TIMEOUT) as resp:
            resp.raise_for_status()
            body = await resp.json(content_type=None)
        if not isinstance(body, dict):
            raise ValueError(f"{url} did not answer a JSON object")
        return body


def _parse_keys(jwks: dict[str, Any]) -> dict[str, SigningKey]:
    keys: dict[str, SigningKey] = {}
    for jwk in jwks.get("keys") or []:
        if not isinstance(jwk, dict) or jwk.get("kty") != "RSA":
            continue
        kid = jwk.get("kid")
        endorsements = jwk.get("endorsements") or []
        if not isinstance(kid, str) or not isinstance(endorsements, list):
            continue
        try:
            key = RSAAlgorithm.from_jwk(jwk)
        except (jwt.InvalidKeyError, ValueError, KeyError, TypeError):
            continue
        if isinstance(key, RSAPrivateKey):  # a JWK with "d" by mistake: use its public half
            key = key.public_key()
        keys[kid] = SigningKey(key, frozenset(e for e in endorsements if isinstance(e, str)))
    if not keys:
        raise ValueError("no usable RSA keys")
    return keys


class TokenValidator:
    """Validates one activity's Authorization header; returns the token's claims."""

    def __init__(self, settings: TeamsSettings, keys: KeySet, clock: Clock):
        self._settings = settings
        self._keys = keys
        self._clock = clock

    async def validate(
        self, authorization: str | None, service_url: str, channel_id: str
    ) -> dict[str, Any]:
        if not self._settings.app_id:
            raise Unauthorized("Teams channel not configured")
        if not authorization:
            raise Unauthorized("no Authorization header")
        if len(authorization) > MAX_HEADER_CHARS:
            raise Unauthorized("Authorization header too long")
        scheme, _, token = authorization.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("not a bearer token")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError as err:
            raise Unauthorized("malformed token") from err
        # Only RS256: "none" or HS256 keyed with the public key must never pass.
        if header.get("alg") != "RS256":
            raise Unauthorized(f"algorithm not allowed: {loggable(header.get('alg'), 20)}")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise Unauthorized("token has no key id")
        key = await self._keys.key(kid)
        if key.endorsements and channel_id not in key.endorsements:
            raise Unauthorized("key not endorsed for this channel")
        claims = self._decode(token, key)
        self._check_times(claims)
        claimed = claims.get("serviceurl", claims.get("serviceUrl"))
        if not isinstance(claimed, str) or _strip_slash(claimed) != _strip_slash(service_url):
            raise Unauthorized("serviceUrl does not match the token")
        return claims

    def _decode(self, token: str, key: SigningKey) -> dict[str, Any]:
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.key,
                algorithms=["RS256"],
                audience=self._settings.app_id,
                issuer=self._settings.issuer,
                # Times are checked against the injected clock, not PyJWT's.
                options={
                    "verify_exp": False,
                    "verify_nbf": False,
                    "verify_iat": False,
                    "require": ["exp", "aud", "iss"],
                },
            )
        except jwt.InvalidTokenError as err:
            reason = REASONS.get(type(err), f"invalid token: {type(err).__name__}")
            raise Unauthorized(reason) from err
        return claims

    def _check_times(self, claims: dict[str, Any]) -> None:
        now = self._clock.now().timestamp()
        leeway = self._settings.leeway_seconds
        if _number(claims["exp"]) <= now - leeway:
            raise Unauthorized("token expired")
        if "nbf" in claims and _number(claims["nbf"]) > now + leeway:
            raise Unauthorized("token not yet valid")


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Unauthorized("token times are not numbers")
    return float(value)


def _strip_slash(url: str) -> str:
    return url[:-1] if url.endswith("/") else url
