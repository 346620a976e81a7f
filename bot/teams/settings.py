"""Teams channel settings, built once from the environment at an entry point and passed in."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.settings import PROJECT_ROOT, SettingsError, int_setting, secure_url

DEFAULT_OPENID_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
DEFAULT_ISSUER = "https://api.botframework.com"
DEFAULT_SCOPE = "https://api.botframework.com/.default"
TOKEN_URL_TEMPLATE = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"


@dataclass(frozen=True)
class TeamsSettings:
    app_id: str
    # The client secret: kept out of repr, and never put in an error message.
    app_password: str = field(repr=False)
    tenant_id: str
    allowed_tenants: frozenset[str]
    openid_url: str = DEFAULT_OPENID_URL
    issuer: str = DEFAULT_ISSUER
    token_url: str = ""
    scope: str = DEFAULT_SCOPE
    leeway_seconds: int = 300
    max_activity_bytes: int = 256 * 1024

    @property
    def configured(self) -> bool:
        """All three credentials set: the channel is on."""
        return bool(self.app_id and self.app_password and self.tenant_id)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> TeamsSettings:
        env = os.environ if env is None else env

        def get(name: str, default: str = "") -> str:
            return env.get(name, "").strip() or default

        app_id = get("VELFAERD_TEAMS_APP_ID")
        password = get("VELFAERD_TEAMS_APP_PASSWORD")
        tenant = get("VELFAERD_TEAMS_TENANT_ID")
        if app_id:
            # Name only the variable: its value may be the secret.
            for name, value in (
                ("VELFAERD_TEAMS_APP_PASSWORD", password),
                ("VELFAERD_TEAMS_TENANT_ID", tenant),
            ):
                if not value:
                    raise SettingsError(f"{name} must be set when VELFAERD_TEAMS_APP_ID is set")
        raw_tenants = get("VELFAERD_TEAMS_ALLOWED_TENANTS")
        tenants = frozenset(t.strip() for t in raw_tenants.split(",") if t.strip())
        if not tenants and tenant:
            tenants = frozenset({tenant})
        settings = cls(
            app_id=app_id,
            app_password=password,
            tenant_id=tenant,
            allowed_tenants=tenants,
            openid_url=get("VELFAERD_TEAMS_OPENID_URL", DEFAULT_OPENID_URL),
            issuer=get("VELFAERD_TEAMS_ISSUER", DEFAULT_ISSUER),
            token_url=get(
                "VELFAERD_TEAMS_TOKEN_URL",
                TOKEN_URL_TEMPLATE.format(tenant=tenant) if tenant else "",
            ),
            scope=get("VELFAERD_TEAMS_SCOPE", DEFAULT_SCOPE),
            leeway_seconds=int_setting(env, "VELFAERD_TEAMS_CLOCK_SKEW_SECONDS", 300, 0, 900),
            max_activity_bytes=int_setting(
                env, "VELFAERD_TEAMS_MAX_ACTIVITY_BYTES", 256 * 1024, 1024, 10 * 1024 * 1024
            ),
        )
        for name, url in (
            ("VELFAERD_TEAMS_OPENID_URL", settings.openid_url),
            ("VELFAERD_TEAMS_TOKEN_URL", settings.token_url),
        ):
            # http:// only makes sense for the local stand-in; Microsoft's are all https.
            # Empty only when the channel is off (no tenant to build the token URL from).
            if url:
                secure_url(name, url, env)
        return settings


def teams_db_url(env: Mapping[str, str] | None = None) -> str:
    """Where conversation references are kept: VELFAERD_TEAMS_DB, else var/teams.db."""
    env = os.environ if env is None else env
    return (
        env.get("VELFAERD_TEAMS_DB", "").strip() or f"sqlite:///{PROJECT_ROOT / 'var' / 'teams.db'}"
    )
