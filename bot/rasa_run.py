"""`rasa run` with what must not be on its command line, and Sanic's body limit.

    python -m bot.rasa_run run --model ... (the arguments of `rasa run`)

bot.app.serve starts Rasa through this module. Rasa takes its API token only as
`--auth-token`, and a process's arguments are readable by every user of the machine
(/proc/*/cmdline), so the token travels in VELFAERD_RASA_API_TOKEN and is added to the
arguments here, inside the process. Sanic reads a whole body before any channel sees
it (100 MB by default): VELFAERD_RASA_MAX_BYTES (1 MB) caps it, as SANIC_REQUEST_MAX_SIZE.
"""

from __future__ import annotations

import os
import sys

API_TOKEN_VARIABLE = "VELFAERD_RASA_API_TOKEN"
MAX_BYTES_VARIABLE = "VELFAERD_RASA_MAX_BYTES"
DEFAULT_MAX_BYTES = 1024 * 1024


def arguments(given: list[str], env: dict[str, str]) -> list[str]:
    """Rasa's arguments: those given, and the API token from the environment."""
    token = env.get(API_TOKEN_VARIABLE, "").strip()
    # One argument with "=": a token may begin with "-", which argparse would take for
    # an option (a per-start token_urlsafe() did, once in 64 starts).
    return [*given, f"--auth-token={token}"] if token else list(given)


def main() -> None:
    env = dict(os.environ)
    sys.argv = ["rasa", *arguments(sys.argv[1:], env)]
    os.environ.pop(API_TOKEN_VARIABLE, None)  # Rasa has it; its children need not
    os.environ["SANIC_REQUEST_MAX_SIZE"] = str(
        int(env.get(MAX_BYTES_VARIABLE, "") or DEFAULT_MAX_BYTES)
    )
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
