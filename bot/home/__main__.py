"""The home's file from the command line.

python -m bot.home check data/home/eksempel.yml   # is it valid? what does it hold?
python -m bot.home pin                            # the safety: pin entry for a PIN
python -m bot.home release-pin HOME               # staff: release held PIN checks
"""

from __future__ import annotations

import argparse
import getpass
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

from bot.home.config import HomeConfigError, load_home, pin_digest
from bot.home.pins import PinTries
from bot.home.said_pin import MAX_DIGITS, MIN_PIN_DIGITS
from bot.reminders.settings import ReminderSettings

PIN_ITERATIONS = 200_000


def pin_entry(pin: str) -> str:
    """The YAML lines of `safety: pin:` for this PIN (a salted PBKDF2 hash)."""
    if not pin.isdigit() or not MIN_PIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise ValueError(f"a PIN is {MIN_PIN_DIGITS} to {MAX_DIGITS} digits")
    salt = secrets.token_hex(16)
    digest = pin_digest(pin, salt, PIN_ITERATIONS)
    return (
        "safety:\n"
        "  unlock_by_voice: true\n"
        "  pin:\n"
        f"    salt: {salt}\n"
        f"    pbkdf2_sha256: {digest}\n"
        f"    iterations: {PIN_ITERATIONS}\n"
    )


def main(argv: list[str] | None = None, ask: Callable[[str], str] = getpass.getpass) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot home", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate a home's file and list what it holds")
    check.add_argument("file", type=Path)
    sub.add_parser("pin", help="print the safety entry for a PIN (asked without echo)")
    release = sub.add_parser("release-pin", help="staff: release a home's held PIN checks")
    release.add_argument("home")
    args = parser.parse_args(argv)
    if args.command == "check":
        try:
            home = load_home(args.file)
        except HomeConfigError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        print(f"{home.home}: {len(home.rooms)} rooms, {len(home.devices)} devices")
        for device in home.devices:
            print(f"  {device.kind.value:10} {home.room(device.room).said:15} {device.said}")
        print(f"unlock by voice: {'on' if home.safety.unlock_by_voice else 'off'}")
        return 0
    if args.command == "release-pin":
        store = PinTries(ReminderSettings.from_env().db_url)
        released = store.release(args.home)
        print(f"{args.home}: {'released' if released else 'nothing was held'}")
        return 0
    pin = ask(f"PIN ({MIN_PIN_DIGITS}-{MAX_DIGITS} digits): ").strip()
    if pin != ask("The same PIN again: ").strip():
        print("error: the two PINs differ", file=sys.stderr)
        return 1
    try:
        print(pin_entry(pin), end="")
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
