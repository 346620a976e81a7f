"""One command line for the assistant: python -m bot COMMAND [options], also installed
as `velfaerd COMMAND` ([project.scripts]).

Each command is the main() of the module that owns it; `python -m bot COMMAND --help`
shows its options. The old spellings (python -m bot.reminders, bot.web, bot.serve, ...)
still work for one release.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

Main = Callable[[list[str]], "int | None"]


def _worker(argv: list[str]) -> int | None:
    from bot.app.worker import main

    return main(argv)


def _web(argv: list[str]) -> int | None:
    from bot.app.web import main

    return main(argv)


def _serve(argv: list[str]) -> int | None:
    from bot.app.serve import main

    main(argv)
    return 0


def _schema(argv: list[str]) -> int | None:
    from bot.app.stores import main

    return main(argv)


def _export(argv: list[str]) -> int | None:
    from bot.app.export import main

    return main(argv)


def _screens(argv: list[str]) -> int | None:
    from bot.web.screens import main

    return main(argv)


def _access(argv: list[str]) -> int | None:
    from bot.access.__main__ import main

    return main(argv)


def _privacy(argv: list[str]) -> int | None:
    from bot.app.privacy import main

    return main(argv)


def _home(argv: list[str]) -> int | None:
    from bot.home.__main__ import main

    return main(argv)


def _wyoming(argv: list[str]) -> int | None:
    # The one import of voice/ from bot/ (an import contract names it): speech stays
    # out of the assistant's processes until this command is run.
    from voice.wyoming_main import main

    return main(argv)


COMMANDS: dict[str, tuple[Main, str]] = {
    "serve": (_serve, "the whole assistant on localhost (what make run starts)"),
    "worker": (_worker, "the background worker: due reminders, plan alerts, emergencies"),
    "web": (_web, "the web process: wall screens and the staff API"),
    "schema": (_schema, "create the database tables (production: the database too)"),
    "export": (_export, "the adherence log as CSV for staff (one row per dose)"),
    "screens": (_screens, "links to citizens' wall screens"),
    "access": (_access, "the roster: check it, device and staff keys, the access log"),
    "privacy": (_privacy, "a citizen's data: export, delete; old conversations: retention"),
    "home": (_home, "the home's file: check it; the safety PIN"),
    "wyoming": (_wyoming, "speech in and out and the conversation for Home Assistant (Wyoming)"),
}


def usage() -> str:
    width = max(len(name) for name in COMMANDS)
    lines = [f"  {name:<{width}}  {about}" for name, (_, about) in COMMANDS.items()]
    return "usage: python -m bot COMMAND [options]\n\ncommands:\n" + "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(usage(), end="", file=sys.stdout if args else sys.stderr)
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"unknown command {name!r}\n{usage()}", end="", file=sys.stderr)
        return 2
    run, _ = COMMANDS[name]
    return int(run(rest) or 0)
