"""The web chat page for Nethjælpen's volunteers and the public, served by the Rasa server.

    GET /webhooks/chat/                     the page (Danish, large text, works on a phone)
    GET /webhooks/chat/static/<name>        chat.css, chat.js, favicon.svg, the socket.io client

The page talks to Rasa's own socket.io channel (bot/credentials.yml), on the same
origin, so this channel handles no messages itself. The socket.io client is not ours:
`make webchat` installs it with npm from bot/channels/webchat-js/package-lock.json, and
until then its address answers 503 with a Danish note.

Anonymous by design: the page makes a random session id per browser tab and keeps
nothing but that id (in sessionStorage).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.pages import SECURITY_HEADERS, revalidated

CLIENT_JS = (
    Path(__file__).resolve().parent
    / "webchat-js"
    / "node_modules"
    / "socket.io-client"
    / "dist"
    / "socket.io.min.js"
)
CLIENT_NAME = "socket.io.min.js"
NOT_BUILT = "Chatten er ikke sat op helt endnu. Bed den ansvarlige køre »make webchat«."
NOT_FOUND = "Siden findes ikke."

_JS = "text/javascript; charset=utf-8"
# Our own files, read from the package; the socket.io client is read from disk.
_STATIC = {
    "chat.css": "text/css; charset=utf-8",
    "chat.js": _JS,
    "favicon.svg": "image/svg+xml",
}


def _asset(name: str) -> bytes:
    return resources.files("bot.channels").joinpath("static").joinpath(name).read_bytes()


class WebChatInput(InputChannel):
    """Serves the chat page; the conversation itself goes over Rasa's socket.io channel."""

    def __init__(self, client_js: Path | None = None) -> None:
        self.client_js = client_js or CLIENT_JS

    @classmethod
    def name(cls) -> str:
        return "chat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WebChatInput:
        path = (credentials or {}).get("client_js")
        return cls(Path(path) if path else None)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("velfaerd_chat", __name__)
        page = _asset("chat.html")
        assets = {name: _asset(name) for name in _STATIC}
        client: dict[str, bytes] = {}  # read once it exists: `make webchat` may come later

        def cached(request: Request, body: bytes, content_type: str) -> HTTPResponse:
            # As the wall screen: always ask, but a 304 when nothing changed.
            return revalidated(request, body, content_type, headers=SECURITY_HEADERS)

        def refusal(text: str, status: int) -> HTTPResponse:
            return response.text(text, status=status, headers=SECURITY_HEADERS)

        @bp.get("/")
        async def chat_page(request: Request) -> HTTPResponse:
            if not request.path.endswith("/"):  # the page's own links are relative
                return response.redirect(request.path + "/", headers=SECURITY_HEADERS)
            return cached(request, page, "text/html; charset=utf-8")

        @bp.get("/static/<name:str>")
        async def static(request: Request, name: str) -> HTTPResponse:
            if name == CLIENT_NAME:
                if CLIENT_NAME not in client:
                    try:
                        client[CLIENT_NAME] = self.client_js.read_bytes()
                    except OSError:
                        return refusal(NOT_BUILT, 503)
                return cached(request, client[CLIENT_NAME], _JS)
            if name not in assets:
                return refusal(NOT_FOUND, 404)
            return cached(request, assets[name], _STATIC[name])

        return bp
