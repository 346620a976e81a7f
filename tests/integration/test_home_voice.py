"""The home by voice: the voice loop (a fake recogniser that hears the script's words)
→ the real assistant over socket.io, with the speaker's room → MQTT on a real
Mosquitto → a simulated device → the spoken confirmation."""

from __future__ import annotations

import time

import pytest

from bot.app.serve import Servers
from testkit.standin.home_devices import SimulatedHome
from testkit.support import PATIENCE_S
from tests.unit.test_voice_loop import WAKE, Harness, Segment, do, quiet, say
from voice.assistant import SocketIOBotClient
from voice.interfaces import VoiceEvent
from voice.phrases import ACK

pytestmark = pytest.mark.integration


def spoken(events: list[VoiceEvent], count: int) -> Segment:
    """Hold the audio until the speaker has begun its count-th answer: the script's
    audio runs faster than a real assistant answers, and a citizen waits for it."""

    def wait() -> None:
        deadline = time.monotonic() + PATIENCE_S
        while time.monotonic() < deadline:
            if sum(e.kind == "speak" and e.text != ACK for e in events) >= count:
                return
            time.sleep(0.01)

    return do(wait)


async def spoken_turns(servers: Servers, where: dict[str, str], *said: str) -> list[VoiceEvent]:
    """Each turn after the wake phrase; a turn starting with "> " answers the speaker's
    question, so it comes without one (the loop listens at once after a question)."""
    bot = SocketIOBotClient(servers.url, "hjem-stemme", timeout=PATIENCE_S, where=where)
    harness = Harness(bot, deadline_s=PATIENCE_S)  # type: ignore[arg-type]
    script = [quiet(0.3)]
    for count, text in enumerate(said, start=1):
        if text.startswith("> "):
            script += [say(text[2:], 1.2)]
        else:
            script += [WAKE, quiet(0.5), say(text, 1.2)]
        script += [quiet(0.6), spoken(harness.events, count), quiet(4)]
    try:
        await harness.run(script)
    finally:
        await bot.close()
    return harness.events


async def test_a_spoken_command_turns_on_the_light_of_the_speakers_room(
    servers: Servers, home_devices: SimulatedHome
) -> None:
    events = await spoken_turns(
        servers, {"speaker": "hoejttaler-stue"}, "tænd lyset", "sluk lampen ved sofaen"
    )
    spoken = [e.text for e in events if e.kind == "speak"]
    assert spoken == [ACK, "Lyset i stuen er tændt.", ACK, "Lampen ved sofaen er slukket."]
    assert [r.topic for r in home_devices.received] == [
        "zigbee2mqtt/stue/loftslampe/set",
        "hjem/stue/sofalampe/set",
        "hjem/stue/sofalampe/set",
    ]


async def test_a_spoken_question_and_answer_to_which_lamp(
    servers: Servers, home_devices: SimulatedHome
) -> None:
    events = await spoken_turns(
        servers, {"room": "stuen"}, "tænd lampen", "> loftslampen", "er loftslampen tændt"
    )
    spoken = [e.text for e in events if e.kind == "speak"]
    assert spoken == [
        ACK,
        "Der er to lamper i stuen: loftslampen eller lampen ved sofaen?",
        "Loftslampen er tændt.",
        ACK,
        "Loftslampen er tændt.",
    ], "\n".join(f"{e.kind}: {e.text}" for e in events)
    assert [r.topic for r in home_devices.received] == ["zigbee2mqtt/stue/loftslampe/set"]
