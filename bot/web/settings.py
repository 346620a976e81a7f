"""Web settings, built once from the environment at an entry point and passed in."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from bot.plan.settings import PlanSettings
from bot.settings import int_setting

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5010
DEFAULT_POLL_SECONDS = 30
# A screen asks again at least this seldom and at most this often (a test may ask often).
MIN_POLL_SECONDS = 1
MAX_POLL_SECONDS = 600


@dataclass(frozen=True)
class WebSettings:
    host: str
    port: int
    plan: PlanSettings
    # The address printed in new screen links: the one a tablet on the local network
    # reaches (http://192.168.1.20:5010), which 127.0.0.1 is not.
    base_url: str
    poll_seconds: int  # how often a wall screen asks for the day again

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> WebSettings:
        env = os.environ if env is None else env
        host = env.get("VELFAERD_WEB_HOST", "").strip() or DEFAULT_HOST
        port = int_setting(env, "VELFAERD_WEB_PORT", DEFAULT_PORT, 1, 65535)
        poll = int_setting(
            env,
            "VELFAERD_WEB_POLL_SECONDS",
            DEFAULT_POLL_SECONDS,
            MIN_POLL_SECONDS,
            MAX_POLL_SECONDS,
        )
        base = env.get("VELFAERD_WEB_BASE_URL", "").strip() or f"http://{host}:{port}"
        return cls(
            host=host,
            port=port,
            plan=PlanSettings.from_env(env),
            base_url=base.rstrip("/"),
            poll_seconds=poll,
        )
