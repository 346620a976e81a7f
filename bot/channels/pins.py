"""The channels' side of bot.home.said_pin: a PIN said by a citizen whose home has one
is checked as it arrives, and only a placeholder and a sealed verdict go on to Rasa."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping
from typing import Any

from bot import seal
from bot.access.policy import Access, Role
from bot.home.config import HomeConfigError, load_homes
from bot.home.said_pin import SEAL_PURPOSE, ArrivingPins
from bot.home.settings import HomeSettings

log = logging.getLogger(__name__)


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
    return ArrivingPins(homes, seal.from_env(SEAL_PURPOSE, env))


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
