"""A stand-in for the part of the Rasa server the reminder worker calls: the delivery
channel (bot/channels/delivery.py).

POST /webhooks/velfaerd_delivery/webhook with {"citizen": "anna", "intent":
"EXTERNAL_dose_due", "entities": {"dose_id": "7"}} (bot/core/delivery.py).
Each call is recorded with its arrival time; `on_call`, if given, runs before the
answer (a citizen who answers at once, a slow Rasa), and its exception is a 500.
With `hang`, a Rasa that has stopped answering: every request waits, unrecorded,
until the stand-in is closed.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bot.core.delivery import DELIVERY_PATH

Call = dict[str, Any]


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A worker killed or stopped mid-connection is what some tests do on purpose.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class RasaStandIn:
    def __init__(self, on_call: Callable[[Call], None] | None = None, hang: bool = False) -> None:
        self.calls: list[Call] = []  # every accepted request, in arrival order
        self._lock = threading.Lock()
        self._closed = threading.Event()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as aiohttp expects

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if hang:
                    stand_in._closed.wait()
                    return
                if self.path != DELIVERY_PATH:
                    self._answer(404)
                    return
                call = {
                    "at": time.time(),
                    "sender": body.get("citizen"),
                    "intent": body.get("intent"),
                    "entities": body.get("entities") or {},
                    "authorization": self.headers.get("Authorization"),
                }
                try:
                    if on_call is not None:
                        on_call(call)
                except Exception:
                    self._answer(500)
                    return
                with stand_in._lock:
                    stand_in.calls.append(call)
                self._answer(200)

            def _answer(self, status: int) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def doses(self) -> list[str]:
        """The dose ids delivered, in arrival order (repeats included)."""
        with self._lock:
            return [
                str(c["entities"].get("dose_id"))
                for c in self.calls
                if c["intent"] == "EXTERNAL_dose_due"
            ]

    def deliveries(self, sender: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c["sender"] == sender]

    def close(self) -> None:
        self._closed.set()
        self.server.shutdown()
        self.server.server_close()
