"""bot/channels/action_failures.py: a custom action that did not run fails the turn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiohttp import web
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.channels import action_failures
from bot.channels.action_failures import ActionServerDown
from bot.channels.tracker_store import TrackerStoreDown


@pytest.fixture
def installed() -> Iterator[None]:
    action_failures.install()
    yield
    action_failures.uninstall()


async def run_at(status: int | None) -> list[object]:
    """Run a custom action against a stand-in action server answering `status`
    (None: nothing listening)."""

    async def webhook(request: web.Request) -> web.Response:
        if status == 400:
            return web.json_response({"action_name": "action_x", "error": "nej"}, status=400)
        return web.json_response({"events": [], "responses": [{"text": "ja"}]}, status=status)

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    url = f"http://127.0.0.1:{port if status is not None else 9}/webhook"
    domain = Domain.empty()
    try:
        action = RemoteAction("action_x", EndpointConfig(url))
        return list(
            await action.run(
                CollectingOutputChannel(),
                TemplatedNaturalLanguageGenerator(domain.responses),
                DialogueStateTracker("anna", []),
                domain,
            )
        )
    finally:
        await runner.cleanup()


async def test_an_action_that_ran_is_rasas_as_before(installed: None) -> None:
    assert len(await run_at(200)) == 1


@pytest.mark.parametrize("status", [None, 500, 404])
async def test_an_action_that_did_not_run_fails_the_turn(installed: None, status: int) -> None:
    with pytest.raises(ActionServerDown) as caught:
        await run_at(status)
    assert isinstance(caught.value, TrackerStoreDown) and not isinstance(caught.value, Exception)


async def test_a_forms_rejection_stays_rasas(installed: None) -> None:
    with pytest.raises(ActionExecutionRejection):
        await run_at(400)
