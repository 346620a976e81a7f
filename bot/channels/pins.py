"""The channels' side of bot.home.said_pin: a PIN said by a citizen whose home has one
is checked as it arrives, and only a placeholder and a sealed verdict go on to Rasa."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
from collections.abc import Mapping
from typing import Any

from bot.access.policy import Access, Role
from bot.home.config import HomeConfigError, load_homes
from bot.home.said_pin import SEAL_PURPOSE, ArrivingPins
from bot.home.settings import HomeSettings
from bot.seal import Seal

log = logging.getLogger(__name__)
ACTIONS_TOKEN = "VELFAERD_ACTIONS_TOKEN"  # bot.serve gives Rasa and the action server one


def arriving_pins_from_env(env: Mapping[str, str] | None = None) -> ArrivingPins | None:
    """The homes of VELFAERD_HOMES_DIR with a PIN, sealed with the key the action
    server opens with; None without homes."""
    env = os.environ if env is None else env
    folder = HomeSettings.from_env(env).homes_dir
    if folder is None:
        return None
    try:
        homes = load_homes(folder)
    except HomeConfigError as err:  # the action server says so to the citizen
        log.error("homes not read, PINs are not checked on arrival: %s", err)
        return None
    token = env.get(ACTIONS_TOKEN, "").strip()
    if not token:
        log.warning("%s is not set: PIN verdicts open only in this process", ACTIONS_TOKEN)
    seal = Seal.derived(token, SEAL_PURPOSE) if token else Seal(secrets.token_bytes(32))
    return ArrivingPins(homes, seal)


async def take(
    pins: ArrivingPins | None,
    access: Access,
    sender: str,
    channel: str,
    text: str,
    metadata: dict[str, Any] | None,
) -> tuple[str, dict[str, Any] | None]:
    """The message as Rasa should get it (bot.home.said_pin.ArrivingPins.take)."""
    if pins is None:
        return text, metadata
    who = access.principal(sender, channel)
    if who.role is not Role.CITIZEN or not pins.expects(who.id):
        return text, metadata
    return await asyncio.to_thread(pins.take, who.id, sender, text, metadata)
