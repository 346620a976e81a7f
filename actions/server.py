"""The action server, locked: rasa-sdk's app behind the secret only Rasa holds.

    python -m actions.server --port 5055

rasa-sdk's own server (`python -m rasa_sdk`) runs any action for anyone who can reach
it, with the tracker the caller sends: sender id, channel and slots included. Here the
same app answers /webhook and /actions only to a request that carries
`Authorization: Bearer <VELFAERD_ACTIONS_TOKEN>` (compared in constant time; bot.app.serve
makes a new token each start and gives it to Rasa through endpoints.yml), is
`application/json`, is not compressed, has no browser `Origin` and is not larger than
VELFAERD_ACTIONS_MAX_BYTES. Everything else gets 401, 403, 413 or 415 and runs nothing.
/health answers anyone (it says only "ok"). It listens on 127.0.0.1 unless SANIC_HOST
says otherwise (docs/security.md).
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import logging
import os
import sys
from typing import Any

from bot.seal import ACTIONS_TOKEN

TOKEN_VARIABLE = ACTIONS_TOKEN  # bot.app.serve gives Rasa and this server one
MAX_BYTES_VARIABLE = "VELFAERD_ACTIONS_MAX_BYTES"
# A tracker with a long day's events is well under 1 MB; Sanic's default is 100 MB.
DEFAULT_MAX_BYTES = 4 * 1024 * 1024
MIN_TOKEN_CHARS = 24
OPEN_PATHS = frozenset({"/health"})

log = logging.getLogger(__name__)


class ActionServerError(RuntimeError):
    """The action server cannot start safely (no token, or one too short)."""


def token_from(env: dict[str, str] | os._Environ[str]) -> str:
    token = str(env.get(TOKEN_VARIABLE, "")).strip()
    if len(token) < MIN_TOKEN_CHARS:
        raise ActionServerError(
            f"{TOKEN_VARIABLE} skal være sat (mindst {MIN_TOKEN_CHARS} tegn): "
            "uden den kan enhver på maskinen køre handlinger som en borger. "
            f"{TOKEN_VARIABLE} must be set (at least {MIN_TOKEN_CHARS} characters)."
        )
    return token


def refusal(headers: Any, path: str, length: int | None, token: str, max_bytes: int) -> int:
    """The HTTP status to refuse a request with, or 0 to let it through.

    `headers` is case-insensitive (Sanic's); pure, so the rules are tested alone."""
    if path in OPEN_PATHS:
        return 0
    if headers.get("origin") is not None:
        return 403  # a browser: a web page on this machine is not Rasa
    given = str(headers.get("authorization") or "")
    expected = f"Bearer {token}"
    if not hmac.compare_digest(
        hashlib.sha256(given.encode()).digest(), hashlib.sha256(expected.encode()).digest()
    ):
        return 401
    if length is not None and length > max_bytes:
        return 413
    encoding = str(headers.get("content-encoding") or "identity").strip().lower()
    if encoding != "identity":
        return 415  # Rasa sends plain JSON (COMPRESS_ACTION_SERVER_REQUEST stays off)
    if path == "/webhook":
        kind = str(headers.get("content-type") or "").split(";")[0].strip().lower()
        if kind != "application/json":
            return 415
    return 0


def create_app(token: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
    """rasa-sdk's app with the lock in front; no CORS (no browser is a caller)."""
    from rasa_sdk.endpoint import create_app as sdk_app
    from sanic import response

    app = sdk_app("actions", cors_origins=None)
    app.config.REQUEST_MAX_SIZE = max_bytes

    @app.on_request
    async def lock(request: Any) -> Any:
        length = request.headers.get("content-length")
        try:
            size = int(length) if length is not None else None
        except ValueError:
            return response.json({"error": "bad length"}, status=400)
        status = refusal(request.headers, request.path, size, token, max_bytes)
        if status:
            log.warning("action server refused a request to %s: %s", request.path, status)
            return response.json({"error": "refused"}, status=status)
        return None

    async def failed(request: Any, exception: Exception) -> Any:
        # rasa-sdk's own handler echoes the request body; ours does not.
        from sanic.exceptions import SanicException

        if isinstance(exception, SanicException):
            status = int(getattr(exception, "status_code", 400) or 400)
            return response.json({"error": "refused"}, status=status)
        log.error("an action failed on %s", request.path, exc_info=exception)
        return response.json({"error": "action failed"}, status=500)

    app.error_handler.add(Exception, failed)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=5055)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        token = token_from(os.environ)
    except ActionServerError as err:
        print(err, file=sys.stderr, flush=True)
        raise SystemExit(2) from err
    max_bytes = int(os.environ.get(MAX_BYTES_VARIABLE, "").strip() or DEFAULT_MAX_BYTES)
    from rasa_sdk.utils import number_of_sanic_workers

    app = create_app(token, max_bytes)
    host = os.environ.get("SANIC_HOST", "127.0.0.1")
    app.run(host, args.port, workers=number_of_sanic_workers(), access_log=False)


if __name__ == "__main__":
    main()
