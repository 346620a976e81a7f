"""The whole assistant with a roster: device keys, the public, and staff in Teams.

Real Rasa, action server, reminder worker and web process, started with a roster file
and the Teams channel pointed at the Bot Framework stand-in (in a thread here), with
real signed tokens. A speaker with its key is its citizen; naming a citizen's id
without a key reaches nothing; staff are answered in Teams; a missed dose reaches the
citizen's contact person in Teams through the real worker, and so does an emergency
the citizen says "ja" to telling her about.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import socketio

from bot.access.replies import CITIZEN_ONLY
from bot.access.roster import key_digest
from bot.app.serve import Servers
from bot.core.clock import SystemClock
from bot.plan.store import PlanStore
from bot.reminders.store import ReminderStore
from bot.staff import replies as staff_replies
from testkit.standin.botframework import BotFrameworkStandIn
from testkit.support import PATIENCE_S, ThreadedServer, free_port
from tests.integration.conftest import MODEL, ROOT
from voice.assistant import AssistantUnavailable, RestBotClient, SocketIOBotClient

KEY = "karens-hoejttaler-" + uuid.uuid4().hex
ANNE = "0a11e000-0000-4000-8000-000000000001"
STRANGER = "0b0b0000-0000-4000-8000-000000000002"


@dataclass
class Home:
    servers: Servers
    standin: BotFrameworkStandIn
    bf_url: str  # the stand-in: serviceUrl, Entra, keys
    plan: PlanStore
    reminders: ReminderStore

    def rest(self, sender: str, text: str, key: str | None = None) -> tuple[int, Any]:
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(self.servers.webhook, data=body, method="POST")
        request.add_header("Content-Type", "application/json")
        if key is not None:
            request.add_header("Authorization", f"Bearer {key}")
        try:
            with urllib.request.urlopen(request, timeout=60) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read() or b"null")

    def teams(self, text: str, aad: str = ANNE, token: str | None = None) -> int:
        activity = self.standin.activity(text, service_url=self.bf_url, from_aad=aad)
        token = token or self.standin.token(self.bf_url, now=datetime.now(timezone.utc))
        url = f"{self.servers.url}/webhooks/teams/webhook"
        request = urllib.request.Request(url, data=json.dumps(activity).encode(), method="POST")
        request.add_header("Content-Type", "application/json")
        request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=60) as r:
                return int(r.status)
        except urllib.error.HTTPError as err:
            return int(err.code)

    def sent_to_teams(self) -> list[str]:
        return [str(a.body.get("text", "")) for a in self.standin.activities]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Home]:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train` (make test does it)")
    folder = tmp_path_factory.mktemp("roster")
    roster = folder / "roster.yml"
    roster.write_text(
        f"""
citizens:
  - {{id: karen, name: Karen Jensen, contact: anne, emergency_call: true}}
staff:
  - {{id: anne, name: Anne Holm, teams_id: {ANNE}, citizens: [karen]}}
devices:
  - {{id: hoejttaler-karen, citizen: karen, key_sha256: {key_digest(KEY)}}}
""",
        encoding="utf-8",
    )
    db = {
        name: f"sqlite:///{folder / name}.db"
        for name in ("reminders", "plan", "access", "teams", "safety")
    }
    standin = BotFrameworkStandIn()
    bf = ThreadedServer(standin.app()).start()
    servers = Servers(
        MODEL,
        port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        log_dir=ROOT / "var" / "log" / "access",
        env={
            "VELFAERD_ROSTER": str(roster),
            "VELFAERD_REMINDERS_DB": db["reminders"],
            "VELFAERD_PLAN_DB": db["plan"],
            "VELFAERD_ACCESS_DB": db["access"],
            "VELFAERD_TEAMS_DB": db["teams"],
            "VELFAERD_SAFETY_DB": db["safety"],
            # the shortest missed window the settings allow, so the test waits ~1 minute
            "VELFAERD_REMINDER_REPEAT_MINUTES": "1",
            "VELFAERD_REMINDER_MISSED_MINUTES": "1",
            # one staff member says many sentences in this module, faster than anyone
            # types: the limiter (tested in test_socketio and test_ratelimit) would answer some
            "VELFAERD_RATE_BURST": "1000",
            **standin.env(bf.url),
        },
    )
    clock = SystemClock()
    plan, reminders = PlanStore(db["plan"], clock), ReminderStore(db["reminders"], clock)
    try:
        with servers:
            servers.wait_ready()
            plan.create_schema()
            reminders.create_schema()
            yield Home(servers, standin, bf.url, plan, reminders)
    finally:
        plan.dispose()
        reminders.dispose()
        bf.stop()


def test_a_speaker_with_its_key_is_its_citizen(home: Home) -> None:
    # Tomorrow at 10, so the day asked about holds it at any hour the test runs.
    tomorrow = SystemClock().now() + timedelta(days=1)
    start = tomorrow.replace(hour=10, minute=0, second=0, microsecond=0)
    home.plan.add("karen", "Frisør", start, start + timedelta(hours=1), acting="staff:anne")
    status, replies = home.rest("hoejttaler", "hvad skal jeg i morgen", key=KEY)
    assert status == 200 and replies[0]["recipient_id"] == "karen"
    assert "frisør" in " ".join(r.get("text", "") for r in replies).lower()


def test_naming_a_citizen_without_a_key_reaches_nothing(home: Home) -> None:
    status, replies = home.rest("karen", "hvad skal jeg i dag")
    assert status == 200 and [r["text"] for r in replies] == [CITIZEN_ONLY]
    assert replies[0]["recipient_id"].startswith("anon-")
    status, replies = home.rest("karen", "hvad er en spiserobot")
    assert status == 200 and "spis" in replies[0]["text"].lower()  # knowledge is for all
    for wrong in ("forkert", KEY + "x", ""):
        assert home.rest("karen", "hvad skal jeg i dag", key=wrong)[0] == 401


async def test_socketio_sessions_are_decided_by_the_server(home: Home) -> None:
    async def session(data: dict[str, str]) -> tuple[str, str]:
        client = socketio.AsyncClient()
        got: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
        client.on("session_confirm", lambda d: got.put_nowait(("confirm", str(d))))
        client.on("session_refused", lambda d: got.put_nowait(("refused", str(d))))
        await client.connect(home.servers.url, socketio_path="/socket.io")
        try:
            await client.emit("session_request", data)
            return await asyncio.wait_for(got.get(), 10)
        finally:
            await client.disconnect()

    assert await session({"session_id": "karen", "device_key": KEY}) == ("confirm", "karen")
    kind, anon = await session({"session_id": "karen"})
    assert kind == "confirm" and anon.startswith("anon-")
    assert (await session({"session_id": "karen", "device_key": "forkert"}))[0] == "refused"
    web = f"web-{uuid.uuid4().hex}"
    assert await session({"session_id": web}) == ("confirm", web)


async def test_an_unauthenticated_socket_cannot_speak_as_the_citizen(home: Home) -> None:
    client = socketio.AsyncClient()
    said: asyncio.Queue[str] = asyncio.Queue()
    client.on("bot_uttered", lambda d: said.put_nowait(str(d.get("text", ""))))
    client.on("session_confirm", lambda d: said.put_nowait(f"session:{d}"))
    await client.connect(home.servers.url, socketio_path="/socket.io")
    try:
        await client.emit("session_request", {"session_id": f"web-{uuid.uuid4().hex}"})
        assert (await asyncio.wait_for(said.get(), 10)).startswith("session:web-")
        # It names Karen in the message, as Rasa's own channel would have believed.
        await client.emit("user_uttered", {"message": "hvad skal jeg i dag", "session_id": "karen"})
        assert await asyncio.wait_for(said.get(), PATIENCE_S) == CITIZEN_ONLY
    finally:
        await client.disconnect()


def test_staff_are_answered_in_teams_and_forged_tokens_are_refused(home: Home) -> None:
    home.standin.activities.clear()
    assert home.teams("<at>Velfærdsassistenten</at> hej") == 200
    assert any("computerprogram" in t for t in home.sent_to_teams()), home.sent_to_teams()
    count = len(home.standin.activities)
    forged = home.standin.sign(
        home.standin.claims(home.bf_url, now=datetime.now(timezone.utc)), key="other"
    )
    assert home.teams("hej", token=forged) == 401
    expired = home.standin.token(home.bf_url, now=datetime.now(timezone.utc) - timedelta(hours=3))
    assert home.teams("hej", token=expired) == 401
    assert len(home.standin.activities) == count
    # "jeg" is no citizen of Anne's: she is asked to name one.
    assert home.teams("hvad skal jeg i dag") == 200
    assert staff_replies.asked_which(home.sent_to_teams()[-1])


def test_staff_ask_about_their_own_citizen_in_teams(home: Home) -> None:
    home.standin.activities.clear()
    assert home.teams("hvem er mine borgere") == 200
    assert home.sent_to_teams()[-1] == "Dine borgere: Karen Jensen."
    assert home.teams("hvad skal Karen i morgen") == 200
    said = home.sent_to_teams()[-1]
    assert said == "Karen Jensen i morgen: klokken 10 frisør.", said
    assert home.teams("har Karen taget sin medicin i dag") == 200
    assert home.sent_to_teams()[-1].startswith("Karen Jensen"), home.sent_to_teams()[-1]
    # Someone in the tenant who is not in the roster reaches no citizen.
    assert home.teams("hvad skal Karen i dag", aad=STRANGER) == 200
    assert home.sent_to_teams()[-1] == CITIZEN_ONLY


def test_staff_change_their_citizens_reminders_and_plan_in_teams(home: Home) -> None:
    home.standin.activities.clear()
    said = "sæt en påmindelse til Karen om at tage hendes Panodil i morgen klokken 8 om morgenen"
    assert home.teams(said) == 200
    assert home.sent_to_teams()[-1] == (
        "Jeg minder Karen Jensen om at tage Karens Panodil i morgen klokken 8."
    ), home.sent_to_teams()
    assert [r.text for r in home.reminders.reminders("karen") if r.medicine] == [
        "at tage din Panodil"
    ]
    # Over two turns: the form's question is about Karen, and so is the answer.
    assert home.teams("mind Karen om at drikke et glas vand") == 200
    assert home.sent_to_teams()[-1].startswith("Hvornår skal jeg minde Karen Jensen om det?")
    assert home.teams("i morgen klokken 15") == 200
    assert home.sent_to_teams()[-1] == (
        "Jeg minder Karen Jensen om at drikke et glas vand i morgen klokken 15."
    ), home.sent_to_teams()
    # The plan: read back, saved on "ja", and the change history names Anne.
    assert home.teams("skriv fodterapeut i Karens plan i overmorgen klokken 14") == 200
    assert home.sent_to_teams()[-1] == (
        "Skal jeg skrive »fodterapeut« i Karen Jensens plan i overmorgen klokken 14?"
    ), home.sent_to_teams()
    assert home.teams("ja") == 200
    assert home.sent_to_teams()[-1] == "Det er skrevet i Karen Jensens plan."
    assert [i.title for i in home.plan.items("karen") if i.title == "fodterapeut"]
    assert home.plan.audit("karen")[-1].acting == "staff:anne"


def test_a_name_given_to_which_citizen_runs_the_request_for_them(home: Home) -> None:
    """Set 20: "mind om støttestrømper ..." named no one, and "karen" after the question
    was not understood. The name answers the question: the request runs for her."""
    for _ in range(3):  # the conversation has moved on from the citizen it was about
        assert home.teams("hvem er mine borgere") == 200
    home.standin.activities.clear()
    assert home.teams("mind om støttestrømper i overmorgen klokken 7 om morgenen") == 200
    assert home.sent_to_teams()[-1] == "Hvem af dine borgere er det: Karen Jensen?"
    assert home.teams("det er karen") == 200
    assert home.sent_to_teams()[-1] == (
        "Jeg minder Karen Jensen om støttestrømper i overmorgen klokken 7."
    ), home.sent_to_teams()
    assert [r for r in home.reminders.reminders("karen") if "støttestrømper" in r.text]
    # The plan, asked which once the conversation has moved on, answered, read back and
    # saved on "ja".
    for _ in range(3):
        assert home.teams("hvem er mine borgere") == 200
    assert home.teams("sæt pedicure på planen i overmorgen kl 16") == 200
    assert home.sent_to_teams()[-1] == "Hvem af dine borgere er det: Karen Jensen?"
    assert home.teams("karen") == 200
    assert home.sent_to_teams()[-1] == (
        "Skal jeg skrive »pedicure« i Karen Jensens plan i overmorgen klokken 16?"
    ), home.sent_to_teams()
    assert home.teams("ja") == 200
    assert [i for i in home.plan.items("karen") if i.title == "pedicure"]
    # A sentence of its own after the question is read as itself, not as the choice.
    for _ in range(3):
        assert home.teams("hvem er mine borgere") == 200
    before = len(home.reminders.reminders("karen"))
    assert home.teams("mind om fodbad i overmorgen klokken 9") == 200
    assert home.sent_to_teams()[-1] == "Hvem af dine borgere er det: Karen Jensen?"
    assert home.teams("hvem er mine borgere") == 200
    assert home.sent_to_teams()[-1] == "Dine borgere: Karen Jensen."
    assert home.teams("karen") == 200  # asked nothing now: no request runs
    assert len(home.reminders.reminders("karen")) == before


def test_staff_cannot_delete_all_of_a_citizens_reminders_and_nothing_else_happens(
    home: Home,
) -> None:
    """It said "only in the citizen's own conversation" and then deleted one anyway."""
    said = "sæt en påmindelse til Karen om at tage hendes Panodil i morgen klokken 8 om morgenen"
    assert home.teams(said) == 200
    before = [(r.id, r.text) for r in home.reminders.reminders("karen")]
    assert before
    home.standin.activities.clear()
    assert home.teams("Slet alle Karens påmindelser") == 200
    assert [(r.id, r.text) for r in home.reminders.reminders("karen")] == before
    assert not any("slettet" in text for text in home.sent_to_teams()), home.sent_to_teams()


def test_a_missed_dose_reaches_the_contact_person_in_teams(home: Home) -> None:
    assert home.teams("hej") == 200  # Anne has written: the worker knows where she is
    assert home.rest("x", "hej", key=KEY)[0] == 200  # Karen's speaker has talked
    due = SystemClock().now() + timedelta(seconds=3)
    home.reminders.add("karen", "tage din hjertemedicin", due)
    wanted = "Karen Jensen har ikke svaret på påmindelsen »tage din hjertemedicin«"
    deadline = time.monotonic() + 180  # delivered, repeated once, missed after a minute
    while time.monotonic() < deadline:
        if any(t.startswith(wanted) for t in home.sent_to_teams()):
            break
        time.sleep(1)
    assert any(t.startswith(wanted) for t in home.sent_to_teams()), home.sent_to_teams()[-3:]


async def test_the_speakers_clients_send_their_device_key(home: Home) -> None:
    """voice/assistant.py as a speaker runs it: VELFAERD_VOICE_DEVICE_KEY is the citizen."""
    rest = RestBotClient(home.servers.url, "hoejttaler", timeout=60, device_key=KEY)
    sio = SocketIOBotClient(home.servers.url, "hoejttaler", timeout=60, device_key=KEY)
    wrong = SocketIOBotClient(home.servers.url, "karen", timeout=5, device_key="forkert")
    try:
        for client in (rest, sio):
            said = " ".join(await client.send("hvad skal jeg i morgen")).lower()
            assert "frisør" in said, said
        with pytest.raises(AssistantUnavailable, match="refused this device"):
            await wrong.send("hvad skal jeg i dag")
    finally:
        for client in (rest, sio, wrong):
            await client.close()


def test_an_emergency_on_the_speaker_tells_the_contact_in_teams_on_yes(home: Home) -> None:
    assert home.teams("hej") == 200  # Anne has written: the worker knows where she is
    status, replies = home.rest("x", "jeg er faldet og kan ikke komme op", key=KEY)
    said = " ".join(r.get("text", "") for r in replies)
    assert status == 200 and said == (
        "Ring 1-1-2 nu. Eller tryk på din nødkaldsknap. Jeg kan ikke selv ringe. "
        "Skal jeg give Anne Holm besked?"
    ), said
    before = len(home.sent_to_teams())
    status, replies = home.rest("x", "ja", key=KEY)
    assert replies[0]["text"].startswith("Jeg sender besked til Anne Holm nu."), replies
    wanted = "Nødsituation: Karen Jensen sagde klokken"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(t.startswith(wanted) for t in home.sent_to_teams()[before:]):
            break
        time.sleep(0.5)
    told = [t for t in home.sent_to_teams()[before:] if t.startswith(wanted)]
    assert len(told) == 1 and "»jeg er faldet og kan ikke komme op«" in told[0], told
    status, replies = home.rest("x", "ja", key=KEY)  # a second yes tells no one again
    assert "sender besked" not in replies[0]["text"]


def test_staff_in_teams_get_112_and_no_offer(home: Home) -> None:
    assert home.teams("Karen er faldet og trækker ikke vejret") == 200
    said = home.sent_to_teams()[-1]
    assert said.startswith("Ring 1-1-2 nu.") and "besked" not in said, said


def test_a_correction_or_removal_just_after_a_citizen_needs_no_name_again(home: Home) -> None:
    """Set 23: "nej onsdag" right after a reminder for Karen, and "slet påmindelsen om
    gåtur" right after her reminders were listed, asked which citizen it was."""
    home.standin.activities.clear()
    assert home.teams("sæt en påmindelse til Karen om svømning på fredag kl 10") == 200
    assert home.sent_to_teams()[-1].startswith("Jeg minder Karen Jensen om svømning"), (
        home.sent_to_teams()
    )
    assert home.teams("nej lørdag") == 200
    assert "lørdag" in home.sent_to_teams()[-1], home.sent_to_teams()
    assert home.teams("hvilke påmindelser har karen") == 200
    assert home.teams("slet påmindelsen om svømning") == 200
    assert not [r for r in home.reminders.reminders("karen") if "svømning" in r.text], (
        home.sent_to_teams()
    )


def test_a_question_after_a_fact_is_not_taken_for_a_citizen(home: Home) -> None:
    """Set 20: "har det ændret sig siden 2017" right after a figure, and "hvornår skal
    det være" right after the pool, were asked "Hvem af dine borgere er det?"."""
    for _ in range(3):  # the conversation is about no citizen
        assert home.teams("hvem er mine borgere") == 200
    home.standin.activities.clear()
    assert home.teams("hvilke teknologier tror kommunerne giver størst gevinst") == 200
    assert home.teams("har tallene ændret sig siden 2017") == 200
    assert not any("Hvem af dine borgere" in t for t in home.sent_to_teams()), home.sent_to_teams()
