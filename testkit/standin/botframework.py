"""A local stand-in for the Bot Framework service: OpenID metadata and signing keys, an
Entra-like token endpoint, and the Bot Connector's conversations API, all over real HTTP.

Used by unit and integration tests and the benchmark, so no test calls Microsoft.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import unquote

import aiohttp
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from bot.teams.settings import TeamsSettings
from testkit.support import serve

ISSUER = "https://api.botframework.com"
KID = "standin-key-1"


@dataclass
class RecordedActivity:
    conversation_id: str
    reply_to_id: str | None
    body: Any
    authorization: str | None


class BotFrameworkStandIn:
    def __init__(
        self,
        app_id: str = "00000000-0000-4000-8000-0000000000b0",
        app_password: str = "standin-secret-do-not-log",
        tenant_id: str = "00000000-0000-4000-8000-00000000a1a1",
        *,
        endorsements: tuple[str, ...] = ("msteams",),
    ) -> None:
        self.app_id = app_id
        self.app_password = app_password
        self.tenant_id = tenant_id
        self.endorsements = list(endorsements)
        self.kid = KID
        self.private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        # Unrelated: tokens signed with it under our kid must fail the signature check.
        self.other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.issued_tokens: set[str] = set()
        self.token_requests: list[dict[str, str]] = []
        self.activities: list[RecordedActivity] = []
        self.activity_posts = 0  # every post, refused ones included
        self.metadata_requests = 0
        self.key_requests = 0
        # Status codes for the next conversation posts (e.g. [401] or [500, 500]).
        self.fail_next: list[int] = []
        self.metadata_down = False  # the OpenID metadata answers 503 while True

    # --- the HTTP side --------------------------------------------------------

    def app(self) -> Sanic:
        # Sanic 21.12 keeps a registry of app names: one fresh name per app.
        app = Sanic(f"botframework_standin_{uuid.uuid4().hex}", register=False)
        app.add_route(self._metadata, "/v1/.well-known/openidconfiguration", methods=["GET"])
        app.add_route(self._keys, "/v1/keys", methods=["GET"])
        app.add_route(self._token, "/<tenant>/oauth2/v2.0/token", methods=["POST"])
        app.add_route(
            self._activity,
            "/v3/conversations/<conversation_id>/activities",
            methods=["POST"],
            name="send",
        )
        app.add_route(
            self._activity,
            "/v3/conversations/<conversation_id>/activities/<activity_id>",
            methods=["POST"],
            name="reply",
        )
        return app

    async def _metadata(self, request: Request) -> HTTPResponse:
        self.metadata_requests += 1
        if self.metadata_down:
            return json_response({"error": "unavailable"}, status=503)
        base = f"{request.scheme}://{request.host}"
        return json_response(
            {
                "issuer": ISSUER,
                "authorization_endpoint": "https://invalid.botframework.com",
                "jwks_uri": f"{base}/v1/keys",
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": ["private_key_jwt"],
            }
        )

    async def _keys(self, request: Request) -> HTTPResponse:
        self.key_requests += 1
        jwk = RSAAlgorithm.to_jwk(self.private_key.public_key(), as_dict=True)
        jwk.update({"use": "sig", "kid": self.kid, "endorsements": self.endorsements})
        return json_response({"keys": [jwk]})

    async def _token(self, request: Request, tenant: str) -> HTTPResponse:
        form = {k: request.form.get(k, "") for k in request.form or {}}
        self.token_requests.append(form)
        if tenant != self.tenant_id:
            return _entra_error(400, "invalid_request", "AADSTS90002: Tenant not found.")
        if form.get("grant_type") != "client_credentials":
            return _entra_error(400, "unsupported_grant_type", "AADSTS70003: unsupported.")
        if form.get("client_id") != self.app_id or form.get("client_secret") != self.app_password:
            return _entra_error(401, "invalid_client", "AADSTS7000215: Invalid client secret.")
        if form.get("scope") != "https://api.botframework.com/.default":
            return _entra_error(400, "invalid_scope", "AADSTS70011: The scope is not valid.")
        token = secrets.token_urlsafe(32)
        self.issued_tokens.add(token)
        return json_response({"token_type": "Bearer", "expires_in": 3600, "access_token": token})

    async def _activity(
        self, request: Request, conversation_id: str, activity_id: str | None = None
    ) -> HTTPResponse:
        self.activity_posts += 1
        if self.fail_next:
            status = self.fail_next.pop(0)
            return json_response({"error": {"code": "StandInFailure"}}, status=status)
        auth = request.headers.get("authorization")
        if not auth or not auth.startswith("Bearer ") or auth[7:] not in self.issued_tokens:
            return json_response({"message": "Authorization has been denied"}, status=401)
        # Sanic matches the raw path: a quoted "/" stays inside its segment; decode here.
        reply_to = None if activity_id is None else unquote(activity_id)
        self.activities.append(
            RecordedActivity(unquote(conversation_id), reply_to, request.json, auth)
        )
        return json_response({"id": str(uuid.uuid4())}, status=201)

    def settings(self, base: str, **env: str) -> TeamsSettings:
        """The bot's Teams settings pointing at this stand-in (env adds or overrides)."""
        return TeamsSettings.from_env({**self.env(base), **env})

    def env(self, base: str) -> dict[str, str]:
        """The VELFAERD_TEAMS_* environment pointing the bot at this stand-in at `base`."""
        return {
            "VELFAERD_TEAMS_APP_ID": self.app_id,
            "VELFAERD_TEAMS_APP_PASSWORD": self.app_password,
            "VELFAERD_TEAMS_TENANT_ID": self.tenant_id,
            "VELFAERD_TEAMS_OPENID_URL": f"{base}/v1/.well-known/openidconfiguration",
            "VELFAERD_TEAMS_TOKEN_URL": f"{base}/{self.tenant_id}/oauth2/v2.0/token",
        }

    # --- tokens the Bot Framework would send us ---------------------------------

    def sign(
        self,
        claims: dict[str, Any],
        *,
        key: str = "good",
        kid: str | None = None,
        alg: str = "RS256",
        headers: dict[str, Any] | None = None,
    ) -> str:
        """A JWT over `claims`; key "good" (published) or "other" (never published).
        alg "none" or "HS*" sign with nothing or with the public key PEM as HMAC secret."""
        header = {"kid": kid or self.kid, **(headers or {})}
        if alg.startswith("RS"):
            private = self.private_key if key == "good" else self.other_key
            return jwt.encode(claims, private, algorithm=alg, headers=header)
        # PyJWT refuses to make these (rightly): build them by hand for the attack tests.
        header = {"alg": alg, "typ": "JWT", **header}
        signing_input = f"{_b64(json.dumps(header))}.{_b64(json.dumps(claims))}"
        if alg == "none":
            return f"{signing_input}."
        digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        mac = hmac.new(self.public_pem(), signing_input.encode(), digest).digest()
        return f"{signing_input}.{_b64(mac)}"

    def claims(
        self,
        service_url: str,
        *,
        now: datetime,
        lifetime: timedelta = timedelta(hours=1),
        audience: str | None = None,
        issuer: str | None = None,
        **overrides: Any,
    ) -> dict[str, Any]:
        claims: dict[str, Any] = {
            "serviceurl": service_url,
            "nbf": int((now - timedelta(minutes=5)).timestamp()),
            "exp": int((now + lifetime).timestamp()),
            "iat": int(now.timestamp()),
            "iss": issuer or ISSUER,
            "aud": audience or self.app_id,
        }
        for name, value in overrides.items():
            if value is None:
                claims.pop(name, None)
            else:
                claims[name] = value
        return claims

    def token(self, service_url: str, *, now: datetime, **claims: Any) -> str:
        """A Bot Framework style token: claims() signed with the good key (same arguments)."""
        return self.sign(self.claims(service_url, now=now, **claims))

    def public_pem(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def activity(
        self,
        text: str,
        *,
        service_url: str,
        from_aad: str = "6b5a1c7e-2f3d-4e8a-9b0c-1d2e3f4a5b6c",
        tenant: str | None = None,
        conversation_id: str = "a:conv-1",
        type: str = "message",  # noqa: A002 - the Bot Framework's own field name
        now: datetime | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """A realistic Teams message activity in a personal chat with the bot."""
        tenant = tenant or self.tenant_id
        when = now or datetime.now(timezone.utc)
        activity: dict[str, Any] = {
            "type": type,
            "id": f"1{secrets.randbelow(10**12):012d}",
            "timestamp": when.astimezone(timezone.utc).isoformat().replace("+00:00", "Z"),
            "localTimestamp": when.isoformat(),
            "serviceUrl": service_url,
            "channelId": "msteams",
            "from": {
                "id": f"29:1{from_aad.replace('-', '')}",
                "name": "Test Borger",
                "aadObjectId": from_aad,
            },
            "conversation": {
                "id": conversation_id,
                "conversationType": "personal",
                "tenantId": tenant,
            },
            "recipient": {"id": f"28:{self.app_id}", "name": "Velfærdsassistenten"},
            "channelData": {"tenant": {"id": tenant}},
            "text": text,
            "textFormat": "plain",
            "locale": "da-DK",
        }
        activity.update(extra)
        return activity


def _b64(data: str | bytes) -> str:
    raw = data.encode() if isinstance(data, str) else data
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _entra_error(status: int, error: str, description: str) -> HTTPResponse:
    return json_response(
        {"error": error, "error_description": description, "error_codes": [0]}, status=status
    )


async def served() -> AsyncIterator[tuple[BotFrameworkStandIn, str, aiohttp.ClientSession]]:
    """A stand-in on a free port, its address, and a client session for the bot's side
    (`async for standin, base, session in served(): ...`)."""
    standin = BotFrameworkStandIn()
    async for base in serve(standin.app()):
        async with aiohttp.ClientSession() as session:
            yield standin, base, session
