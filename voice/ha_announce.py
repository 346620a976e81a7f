"""What the assistant says on its own (a due reminder, an alert before a plan item),
said on the citizen's Home Assistant satellites.

Wyoming has no way for a speech service to make a satellite speak: Home Assistant
drives its satellites, and its `assist_satellite.announce` action speaks a message on
any of them (Home Assistant Voice, ESP32 boxes, wyoming-satellite) through the
pipeline's text to speech, which is ours. So the Wyoming server calls that action over
Home Assistant's REST API with a long-lived access token: nothing of ours runs on the
satellite. A question is asked with `assist_satellite.start_conversation` instead, which
listens for the answer afterwards, where the satellite can.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

import aiohttp

from bot.settings import SettingsError, secure_url

log = logging.getLogger(__name__)

_ENTITY_PREFIX = "assist_satellite."


class AnnounceFailed(RuntimeError):
    """Home Assistant could not be reached or refused the announcement."""


@dataclass(frozen=True)
class AnnounceSettings:
    url: str  # Home Assistant, e.g. https://homeassistant.local:8123
    token: str = field(repr=False)  # a long-lived access token (a user's profile page)
    satellites: tuple[str, ...]  # assist_satellite.* entities of the citizen's satellites

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> AnnounceSettings | None:
        """VELFAERD_HA_URL, VELFAERD_HA_TOKEN, VELFAERD_HA_SATELLITES; None when unset
        (nothing is announced)."""
        env = os.environ if env is None else env
        url = env.get("VELFAERD_HA_URL", "").strip().rstrip("/")
        token = env.get("VELFAERD_HA_TOKEN", "").strip()
        raw = env.get("VELFAERD_HA_SATELLITES", "")
        satellites = tuple(s.strip() for s in raw.split(",") if s.strip())
        if not (url or token or satellites):
            return None
        if not (url and token and satellites):
            raise SettingsError(
                "VELFAERD_HA_URL, VELFAERD_HA_TOKEN and VELFAERD_HA_SATELLITES go together"
            )
        bad = [s for s in satellites if not s.startswith(_ENTITY_PREFIX) or " " in s]
        if bad:
            raise SettingsError(f"VELFAERD_HA_SATELLITES: not assist_satellite entities: {bad}")
        # The token opens the whole of Home Assistant: never over plain http to another host.
        return cls(secure_url("VELFAERD_HA_URL", url, env), token, satellites)


# AssistSatelliteEntityFeature.START_CONVERSATION, in a satellite's supported_features.
_CAN_LISTEN = 2


class HomeAssistantAnnouncer:
    def __init__(
        self,
        settings: AnnounceSettings,
        timeout: float = 30.0,
        retries: int = 3,
        retry_wait_s: float = 4.0,
    ) -> None:
        self.settings = settings
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        # Home Assistant answers 500 when the satellite is away for a moment (HA 2025.4.4
        # drops a wyoming-satellite 1.0.0 that does not answer its ping, and takes it back
        # 3 s later: away 3 s in every 8) or busy saying something else: a due reminder
        # is tried again after a few seconds rather than dropped. A refusal (4xx) is not.
        self.retries = retries
        self.retry_wait_s = retry_wait_s

    async def announce(self, text: str) -> None:
        """Say `text` on the satellites (Home Assistant answers when it has been said).
        A question ("Har du taget den?") is asked with start_conversation, so the
        satellite listens for the answer without its wake word, on the satellites that
        can (their supported_features, as Home Assistant reports them); the others
        (Home Assistant's Wyoming satellites announce only) get it announced. Home
        Assistant refuses start_conversation for all the entities of a call when one
        of them cannot (500 in 2025.4), so the two kinds are asked apart, at once."""
        satellites = list(self.settings.satellites)
        async with aiohttp.ClientSession(timeout=self.timeout) as session:
            if not text.rstrip().endswith("?"):
                await self._call(session, "announce", satellites, {"message": text})
                return
            can = [s for s in satellites if await self._can_listen(session, s) is not False]
            cannot = [s for s in satellites if s not in can]
            calls = [self._ask(session, can, text)] if can else []
            if cannot:
                calls.append(self._call(session, "announce", cannot, {"message": text}))
            done = await asyncio.gather(*calls, return_exceptions=True)
        for result in done:  # one group failing does not keep the other from hearing it
            if isinstance(result, BaseException):
                raise result

    async def _ask(self, session: aiohttp.ClientSession, satellites: list[str], text: str) -> None:
        try:
            await self._call(
                session, "start_conversation", satellites, {"start_message": text}, retries=0
            )
        except AnnounceFailed as err:
            log.info("start_conversation refused (%s): announcing instead", err)
            await self._call(session, "announce", satellites, {"message": text})

    async def _can_listen(self, session: aiohttp.ClientSession, satellite: str) -> bool | None:
        """Whether the satellite can start a conversation; None when Home Assistant does
        not say (it is then tried, and announced on if refused)."""
        url = f"{self.settings.url}/api/states/{satellite}"
        try:
            async with session.get(url, headers=self._headers()) as resp:
                if resp.status != 200:
                    return None
                state = await resp.json()
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            return None
        if not isinstance(state, dict):
            return None
        features = (state.get("attributes") or {}).get("supported_features")
        return bool(features & _CAN_LISTEN) if isinstance(features, int) else None

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.settings.token}"}

    async def _call(
        self,
        session: aiohttp.ClientSession,
        action: str,
        satellites: list[str],
        data: dict[str, str],
        retries: int | None = None,
    ) -> None:
        url = f"{self.settings.url}/api/services/assist_satellite/{action}"
        body = {"entity_id": satellites, **data}
        left = self.retries if retries is None else retries
        while True:
            try:
                async with session.post(url, json=body, headers=self._headers()) as resp:
                    if resp.status // 100 == 2:
                        return
                    failed = AnnounceFailed(f"Home Assistant answered {resp.status} to {action}")
                    if resp.status < 500:
                        raise failed
            except (aiohttp.ClientError, asyncio.TimeoutError) as err:
                failed = AnnounceFailed(f"Home Assistant could not be reached: {err!r}")
                failed.__cause__ = err
            if left <= 0:
                raise failed
            left -= 1
            log.info("%s; trying again in %g s", failed, self.retry_wait_s)
            await asyncio.sleep(self.retry_wait_s)
