"""python -m bot.access check ROSTER | device DEVICE_ID CITIZEN_ID | staff-key NAME | log CITIZEN_ID

check:  read a roster file as the assistant will, and say what is wrong (exit 1).
device: make a new key for a speaker; print the key (for the device's
        VELFAERD_VOICE_DEVICE_KEY, shown once) and the roster entry, which holds only
        the key's sha256.
staff-key: make a new staff API key; print the key (for the staff member, shown
        once) and the VELFAERD_STAFF_KEYS entry, which holds only its sha256.
log:    who of the staff read or changed a citizen's data, and when (newest first),
        from the access log (VELFAERD_ACCESS_DB, else var/access.db).
"""

from __future__ import annotations

import argparse
import secrets
import sys
from pathlib import Path

from bot.access.audit import AccessLog
from bot.access.roster import Roster, RosterError, key_digest
from bot.access.settings import AccessSettings
from bot.core.clock import SystemClock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot access", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check a roster file")
    check.add_argument("roster", type=Path)
    device = commands.add_parser("device", help="a new key for a speaker")
    device.add_argument("device_id")
    device.add_argument("citizen_id")
    staff = commands.add_parser("staff-key", help="a new key for the staff API")
    staff.add_argument("name")
    log = commands.add_parser("log", help="staff access to one citizen's data")
    log.add_argument("citizen_id")
    args = parser.parse_args(argv)
    if args.command == "log":
        store = AccessLog(AccessSettings.from_env().db_url, SystemClock())
        store.create_schema()
        try:
            for entry in store.entries(args.citizen_id):
                print(f"{entry.at:%Y-%m-%d %H:%M:%S}  {entry.actor}  {entry.action}")
        finally:
            store.dispose()
        return 0
    if args.command == "check":
        try:
            roster = Roster.load(args.roster)
        except RosterError as err:
            print(f"{args.roster}: {err}", file=sys.stderr)
            return 1
        print(
            f"{args.roster}: {len(roster.citizens)} citizens, {len(roster.staff)} staff, "
            f"{len(roster.devices)} devices"
        )
        return 0
    key = secrets.token_urlsafe(32)
    if args.command == "staff-key":
        print(f"# the key, for {args.name} only (shown once): {key}")
        print("# in VELFAERD_STAFF_KEYS (entries separated by commas):")
        print(f"{args.name}:sha256:{key_digest(key)}")
        return 0
    print(f"VELFAERD_VOICE_DEVICE_KEY={key}")
    print("# in the roster, under devices:")
    print(f"  - id: {args.device_id}")
    print(f"    citizen: {args.citizen_id}")
    print(f"    key_sha256: {key_digest(key)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
