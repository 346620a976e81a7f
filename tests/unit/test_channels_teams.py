"""The Teams channel over real HTTP, against the Bot Framework stand-in.

The channel's blueprint runs on a real Sanic server; Rasa's side is a recording
on_new_message at the seam (the real Rasa server is in the integration tests). Tokens
are real RS256 tokens signed by the stand-in, whose keys the channel fetches.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bot.access.audit import AccessLog
from bot.access.policy import Access, Role
from bot.access.roster import Roster
from bot.channels.teams import PRIVATE_ONLY, TeamsInput
from bot.reminders.model import Dose, DoseState, Reminder
from bot.teams import activity as teams
from bot.teams.notify import TeamsNotifier
from bot.teams.outbound import AppTokenSource, ConnectorClient
from bot.teams.references import References
from bot.teams.settings import TeamsSettings
from testkit.standin.botframework import BotFrameworkStandIn
from testkit.support import ManualClock, serve

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
ANNE = "0a11e000-0000-4000-8000-000000000001"
STRANGER = "0b0b0000-0000-4000-8000-000000000002"
_APPS = itertools.count()


@dataclass
class Rig:
    standin: BotFrameworkStandIn
    base: str  # the stand-in (serviceUrl, Entra, keys)
    webhook: str
    access: Access
    references: References
    session: aiohttp.ClientSession
    said: list[UserMessage] = field(default_factory=list)

    async def post(self, activity: Any, token: str | None = "good", **headers: str) -> int:
        sent = dict(headers)
        if token == "good":
            token = self.standin.token(self.base, now=NOW)
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        kwargs: dict[str, Any] = (
            {"data": activity} if isinstance(activity, bytes) else {"json": activity}
        )
        async with self.session.post(self.webhook, headers=sent, **kwargs) as r:
            return r.status

    def message(self, text: str, aad: str = ANNE, **extra: Any) -> dict[str, Any]:
        return self.standin.activity(text, service_url=self.base, from_aad=aad, now=NOW, **extra)


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    standin = BotFrameworkStandIn()
    clock = ManualClock(NOW)
    url = f"sqlite:///{tmp_path / 'teams.db'}"
    log, references = AccessLog(url, clock), References(url, clock)
    log.create_schema()
    references.create_schema()
    roster = Roster.from_yaml(
        f"""
citizens: [{{id: karen, name: Karen Jensen, contact: anne}}]
staff: [{{id: anne, name: Anne Holm, teams_id: {ANNE}, citizens: [karen]}}]
"""
    )
    access = Access(roster, log, strict=True)
    said: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        said.append(message)
        await message.output_channel.send_text_with_buttons(
            message.sender_id,
            f"Du skrev: {message.text}",
            [{"title": "Ja", "payload": "/affirm"}, {"title": "Nej", "payload": "/deny"}],
        )

    async for base in serve(standin.app()):
        settings = TeamsSettings.from_env(standin.env(base))
        channel = TeamsInput(settings, access, references, clock)
        app = Sanic(f"test_teams_{next(_APPS)}", configure_logging=False)
        app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/teams")
        async for bot in serve(app):
            async with aiohttp.ClientSession() as session:
                yield Rig(
                    standin, base, f"{bot}/webhooks/teams/webhook", access, references,
                    session, said,
                )  # fmt: skip
        await channel.close()
    log.dispose()
    references.dispose()


async def test_a_staff_message_is_answered_in_teams_with_clickable_buttons(rig: Rig) -> None:
    activity = rig.message("<at>Velfærdsassistenten</at> hvad er en&nbsp;spiserobot?")
    assert await rig.post(activity) == 200
    [said] = rig.said
    assert (said.text, said.sender_id, said.input_channel) == (
        "hvad er en spiserobot?",
        "teams-anne",
        "teams",
    )
    assert rig.access.principal(said.sender_id, said.input_channel).role is Role.STAFF
    [sent] = rig.standin.activities
    assert sent.conversation_id == "a:conv-1" and sent.reply_to_id == activity["id"]
    assert sent.body["text"] == "Du skrev: hvad er en spiserobot?"
    buttons = sent.body["attachments"][0]["content"]["buttons"]
    assert [(b["type"], b["title"], b["value"]) for b in buttons] == [
        ("messageBack", "Ja", {"payload": "/affirm"}),
        ("messageBack", "Nej", {"payload": "/deny"}),
    ]
    assert rig.references.get("teams-anne") == teams.Reference(
        rig.base, "a:conv-1", rig.standin.tenant_id, f"28:{rig.standin.app_id}",
        activity["from"]["id"],
    )  # fmt: skip


async def test_a_clicked_button_comes_back_as_its_payload(rig: Rig) -> None:
    click = rig.message("Ja", value={"payload": "/affirm"})
    assert await rig.post(click) == 200
    assert rig.said[0].text == "/affirm"


async def test_someone_not_in_the_roster_is_nobody_and_leaves_no_reference(rig: Rig) -> None:
    assert await rig.post(rig.message("hej", aad=STRANGER)) == 200
    sender = rig.said[0].sender_id
    assert sender.startswith("teams-x-") and STRANGER not in sender
    assert rig.access.principal(sender, "teams").role is Role.PUBLIC
    assert rig.references.get(sender) is None


async def test_added_to_a_conversation_says_a_short_danish_welcome(rig: Rig) -> None:
    update = rig.message(
        "", type="conversationUpdate", membersAdded=[{"id": f"28:{rig.standin.app_id}"}]
    )
    del update["text"]
    assert await rig.post(update) == 200
    assert rig.said == []
    [sent] = rig.standin.activities
    assert sent.body["text"] == teams.WELCOME and "computerprogram" in teams.WELCOME


async def test_other_activity_types_are_acknowledged_and_ignored(rig: Rig) -> None:
    for kind in ("typing", "messageReaction", "installationUpdate", "somethingNew"):
        assert await rig.post(rig.message("", type=kind)) == 200
    assert rig.said == [] and rig.standin.activities == []


async def test_bad_tokens_are_401_and_nothing_happens(rig: Rig) -> None:
    s = rig.standin
    activity = rig.message("slet alt")
    forged = [
        None,  # no header
        s.token(rig.base, now=NOW - timedelta(hours=2)),  # expired
        s.token(rig.base, now=NOW, audience="someone-else"),
        s.token(rig.base, now=NOW, issuer="https://evil.example"),
        s.token("https://evil.example/", now=NOW),  # another serviceUrl
        s.sign(s.claims(rig.base, now=NOW), key="other"),  # bad signature
        s.sign(s.claims(rig.base, now=NOW), alg="none"),
        "not.a.token",
    ]
    for token in forged:
        assert await rig.post(activity, token=token) == 401, token
    assert await rig.post(activity, token=None, Authorization="Basic YTpi") == 401
    assert rig.said == [] and rig.standin.activities == []
    assert rig.references.get("teams-anne") is None


async def test_other_tenants_huge_and_malformed_activities_are_refused(rig: Rig) -> None:
    assert await rig.post(rig.message("hej", tenant="other-tenant")) == 403
    huge = rig.message("x" * 300_000)
    assert await rig.post(huge) == 413
    assert await rig.post(b"{not json") == 401  # no serviceUrl to match the token: 401
    no_sender = rig.message("hej")
    del no_sender["from"]
    assert await rig.post(no_sender) == 400
    assert await rig.post(rig.message("hej", conversation=[])) == 400
    assert rig.said == [] and rig.standin.activities == []


async def test_a_replayed_token_for_another_service_url_is_refused(rig: Rig) -> None:
    token = rig.standin.token(rig.base, now=NOW)
    moved = rig.standin.activity("hej", service_url="https://evil.example/", from_aad=ANNE)
    assert await rig.post(moved, token=token) == 401
    assert rig.standin.activities == []


def missed_dose(citizen: str, due: datetime) -> Dose:
    return Dose(
        id=7, reminder_id=3, citizen_id=citizen, due_at=due, state=DoseState.MISSED,
        attempts=3, next_attempt_at=None, answered_at=None, snoozed=False,
    )  # fmt: skip


async def test_a_missed_dose_reaches_the_contact_in_teams(rig: Rig) -> None:
    assert await rig.post(rig.message("hej")) == 200  # Anne has written once: a reference
    rig.standin.activities.clear()
    settings = TeamsSettings.from_env(rig.standin.env(rig.base))
    clock = ManualClock(NOW)
    connector = ConnectorClient(AppTokenSource(settings, rig.session, clock), rig.session)
    notifier = TeamsNotifier(rig.access, rig.references, connector)
    due = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)
    dose = missed_dose("karen", due)
    reminder = Reminder(
        id=3, citizen_id="karen", text="tage din hjertemedicin", medicine=None, first_due=due,
        rrule=None, active=True, created_at=due, channel="rest", contact=None,
    )  # fmt: skip
    await notifier.missed(dose, reminder)
    [sent] = rig.standin.activities
    assert sent.conversation_id == "a:conv-1" and sent.reply_to_id is None
    assert sent.body["text"] == (
        "Karen Jensen har ikke svaret på påmindelsen »tage din hjertemedicin« "
        "klokken 09.00 den 23.11. Vil du følge op?"
    )
    # No contact in the roster, or a contact who never wrote: nothing sent, no retry.
    await notifier.missed(missed_dose("dora", due), reminder)
    await asyncio.sleep(0)
    assert len(rig.standin.activities) == 1


async def test_off_until_set_up(tmp_path: Path) -> None:
    channel = TeamsInput(TeamsSettings.from_env({}), Access(Roster(), None, False), None)
    app = Sanic(f"test_teams_{next(_APPS)}", configure_logging=False)

    async def nothing(message: UserMessage) -> None:
        raise AssertionError("no message may reach Rasa")

    app.blueprint(channel.blueprint(nothing), url_prefix="/webhooks/teams")
    async for bot in serve(app):
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{bot}/webhooks/teams/webhook", json={}) as r:
                assert r.status == 503
            async with session.get(f"{bot}/webhooks/teams/") as r:
                assert (await r.json()) == {"status": "off"}


async def test_a_redelivered_activity_is_answered_once(rig: Rig) -> None:
    activity = rig.message("hej")
    assert await rig.post(activity) == 200
    assert await rig.post(activity) == 200  # the Bot Framework's retry of the same id
    assert len(rig.said) == 1 and len(rig.standin.activities) == 1
    again = rig.message("hej")  # a new activity id: answered
    assert await rig.post(again) == 200
    assert len(rig.said) == 2


def test_seen_activities_forget_the_oldest() -> None:
    seen = teams.SeenActivities(size=2)
    assert seen.first_time("c", "1") and seen.first_time("c", "2")
    assert not seen.first_time("c", "1")
    assert seen.first_time("other", "1")  # another conversation's id 1
    assert seen.first_time("c", "1")  # forgotten: only the last two are kept
    assert seen.first_time("c", None) and seen.first_time("c", None)


async def test_only_teams_vouches_for_staff(rig: Rig) -> None:
    """Issue 19, finding 3: Web Chat and Direct Line are Bot Framework channels whose
    `from` and channelData the sender writes; an activity from them is not staff."""
    before = rig.references.get("teams-anne")
    # The Bot Framework's real signing keys are endorsed for these channels too.
    rig.standin.endorsements.extend(["webchat", "directline"])
    for channel in ("webchat", "directline"):
        assert await rig.post(rig.message("hvem er mine borgere?", channelId=channel)) == 403
    assert await rig.post(rig.message("hvem er mine borgere?", channelId="")) in (401, 403)
    assert rig.said == [] and rig.references.get("teams-anne") == before


async def test_the_two_tenant_fields_must_agree(rig: Rig) -> None:
    activity = rig.message("hvem er mine borgere?")
    activity["conversation"]["tenantId"] = "another-tenant"
    assert await rig.post(activity) == 403
    assert rig.said == []


async def test_citizens_only_in_a_private_chat(rig: Rig) -> None:
    """Finding 4: in a group chat or a team's channel everyone reads the answer, and it
    must not become the staff member's reference for notices."""
    for kind in ("groupChat", "channel"):
        asked = rig.message("hvad skal Karen i dag?", conversation_id=f"19:{kind}")
        asked["conversation"]["conversationType"] = kind
        assert await rig.post(asked) == 200
        fact = rig.message("hvad er en spiserobot?", conversation_id=f"19:{kind}")
        fact["conversation"]["conversationType"] = kind
        assert await rig.post(fact) == 200
    # The facts went to Rasa as someone who reaches no citizen; the citizen questions not.
    assert [m.text for m in rig.said] == ["hvad er en spiserobot?"] * 2
    assert all(m.sender_id.startswith("teams-x-") for m in rig.said)
    assert rig.references.get("teams-anne") is None
    sent = [a.body.get("text") for a in rig.standin.activities]
    assert sent.count(PRIVATE_ONLY) == 2


async def test_several_requests_in_one_message_go_on_one_after_the_other(rig: Rig) -> None:
    said = "mind Karen om panodil kl 8 i mrg og skriv frisør i hendes plan fre kl 10"
    assert await rig.post(rig.message(said)) == 200
    assert [m.text for m in rig.said] == [
        "mind Karen om panodil kl 8 i mrg",
        "skriv frisør i hendes plan fre kl 10",
    ]
    assert {m.sender_id for m in rig.said} == {"teams-anne"}
    assert [a.body["text"] for a in rig.standin.activities] == [
        "Du skrev: mind Karen om panodil kl 8 i mrg",
        "Du skrev: skriv frisør i hendes plan fre kl 10",
    ]


async def test_an_emergency_in_a_message_of_several_is_never_cut_up(rig: Rig) -> None:
    said = "mind Karen om panodil kl 8 og skriv at hun er faldet og ikke kan komme op"
    assert await rig.post(rig.message(said)) == 200
    assert [m.text for m in rig.said] == [said]
