"""Export or delete everything kept about a citizen; delete old conversations.

    python -m bot privacy export --citizen karen [--out karen.json]
    python -m bot privacy delete --citizen karen --yes
    python -m bot privacy retention          # once; the reminder worker runs it hourly

The stores are where the environment points (the same settings as the assistant);
in the production profile Rasa's kept conversation is included.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import sqlalchemy as sa

from bot.app.stores import citizen_data
from bot.core.clock import SystemClock
from bot.privacy.settings import PrivacySettings
from bot.settings import SettingsError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot privacy", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="everything about a citizen, as JSON")
    export.add_argument("--citizen", required=True)
    export.add_argument("--out", type=Path, help="a file (default: the screen)")
    delete = sub.add_parser("delete", help="delete everything about a citizen")
    delete.add_argument("--citizen", required=True)
    delete.add_argument("--yes", action="store_true", help="yes, delete it (it cannot be undone)")
    sub.add_parser("retention", help="delete kept conversations older than the period")
    args = parser.parse_args(argv)
    clock = SystemClock()
    try:
        if args.command == "retention":
            return _retention(clock)
        data = citizen_data(clock)
    except SettingsError as err:
        print(f"Fejl i indstillingerne: {err}", file=sys.stderr)
        return 2
    except sa.exc.OperationalError as err:
        print(f"Kunne ikke nå databasen: {err.orig}", file=sys.stderr)
        return 1
    try:
        if args.command == "export":
            text = json.dumps(data.export(args.citizen), ensure_ascii=False, indent=2)
            if args.out:
                args.out.write_text(text + "\n", encoding="utf-8")
                print(f"Skrev {args.out}.")
            else:
                print(text)
            return 0
        if not args.yes:
            print("Sletning kan ikke fortrydes. Skriv --yes for at slette.", file=sys.stderr)
            return 2
        counts = data.delete(args.citizen)
        print(f"Slettet om {args.citizen}: " + json.dumps(counts, ensure_ascii=False))
        return 0
    except sa.exc.OperationalError as err:
        print(f"Kunne ikke nå databasen: {err.orig}", file=sys.stderr)
        return 1
    finally:
        data.dispose()


def _retention(clock: SystemClock) -> int:
    settings = PrivacySettings.from_env()
    conversations = settings.conversations()
    if conversations is None:
        print("Samtaler gemmes kun i hukommelsen (den indlejrede profil): intet at slette.")
        return 0
    try:
        gone = conversations.forget_before(clock.now() - settings.retention)
    finally:
        conversations.dispose()
    print(f"Slettede {gone} hændelser ældre end {settings.retention.days} dage.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
