"""What every page we serve shares: security headers and revalidated static files.

Used by the wall screen (bot/web/wall.py, our own Sanic app) and the web chat page
(bot/channels/webchat.py, on Rasa's Sanic server). Sanic only; no Rasa.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

# Nothing may run or load but our own files from this same server; no referrer leaks a
# token in a URL; no page can be framed.
SECURITY_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
}


def etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


def revalidated(
    request: Request,
    body: bytes,
    content_type: str,
    tag: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> HTTPResponse:
    """A file the browser must always ask about, answered 304 when it has not changed."""
    tag = tag or etag(body)
    out = {**(headers or {}), "ETag": tag, "Cache-Control": "no-cache"}
    if request.headers.get("if-none-match") == tag:
        return response.empty(status=304, headers=out)
    return response.raw(body, content_type=content_type, headers=out)
