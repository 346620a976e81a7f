"""Danish time parser accuracy and speed on tests/fixtures/danish_time_cases.yml, next to dateparser.

python -m bench.time_parser

Ours is nlu.danish_time.parse. The other is dateparser (what a Python developer would
otherwise reach for), called as

    dateparser.parse(text, languages=["da"], settings={"RELATIVE_BASE": naive local now,
        "PREFER_DATES_FROM": "future", "TIMEZONE": "Europe/Copenhagen",
        "RETURN_AS_TIMEZONE_AWARE": True})

and, in a second column, the same followed by dateparser.search.search_dates (same
settings, first date found) when parse returns None, because our rows are often whole
sentences that parse() refuses as a whole.

A row counts as correct when `when` equals the expected moment (both None counts as
correct: an impossible, past or empty expression must give nothing) and, for ours, the
RRULE equals the expected one too. dateparser has no notion of repetition, so a row
with an expected RRULE counts as wrong for it even when it finds the first occurrence;
a row without one counts on `when` alone. Moments compare as UTC instants (Python never finds an aware time in the repeated
autumn hour equal to one in another zone, so plain == would be wrong there).
Speed is the median time of one call per expression, after one warm-up pass.
"""

from __future__ import annotations

import statistics
import time
import warnings
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

from bench.record import record
from nlu.danish_time import CPH, parse

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
TABLE = FIXTURES / "danish_time_cases.yml"
# Written apart from the development table and never used to develop the parser.
HELD_OUT = FIXTURES / "danish_time_heldout.yml"
Parser = Callable[[str, datetime], datetime | None]


def ours(text: str, now: datetime) -> datetime | None:
    return parse(text, now).when


def _settings(now: datetime) -> dict[str, Any]:
    return {
        "RELATIVE_BASE": now.astimezone(CPH).replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "TIMEZONE": "Europe/Copenhagen",
        "RETURN_AS_TIMEZONE_AWARE": True,
    }


def dateparser_parse(text: str, now: datetime) -> datetime | None:
    import dateparser

    try:
        found = dateparser.parse(text, languages=["da"], settings=_settings(now))
    except Exception:  # a crash on odd input counts as no answer
        return None
    return found if isinstance(found, datetime) else None


def dateparser_search(text: str, now: datetime) -> datetime | None:
    from dateparser.search import search_dates

    found = dateparser_parse(text, now)
    if found is not None:
        return found
    try:
        hits = search_dates(text, languages=["da"], settings=_settings(now))
    except Exception:
        return None
    return hits[0][1] if hits else None


def _instant(moment: datetime | None) -> datetime | None:
    """In UTC: aware datetimes in a repeated autumn hour never equal ones in another zone."""
    return moment.astimezone(timezone.utc) if moment is not None else None


def _same_rule(got: str | None, expected: str | None) -> bool:
    """RRULE parts in any order: "BYHOUR=8;FREQ=DAILY" is "FREQ=DAILY;BYHOUR=8"."""
    if got is None or expected is None:
        return got == expected
    return set(got.upper().split(";")) == set(expected.upper().split(";"))


def run(
    name: str, parser: Parser, rows: list[dict[str, Any]], nows: dict[str, str]
) -> dict[str, Any]:
    correct: dict[str, list[bool]] = {
        "all": [],
        "one-off": [],
        "repeating": [],
        "null": [],
        "dst": [],
    }
    timings = []
    for warm in (True, False):
        for row in rows:
            now = datetime.fromisoformat(nows.get(row.get("now", "sun"), row.get("now", "")))
            start = time.perf_counter()
            when = parser(row["text"], now)
            elapsed = time.perf_counter() - start
            if warm:
                continue
            timings.append(elapsed)
            expected = row.get("when")
            ok = _instant(when) == _instant(datetime.fromisoformat(expected) if expected else None)
            if name == "ours":
                ok = ok and _same_rule(parse(row["text"], now).rrule, row.get("rrule"))
            else:
                ok = ok and row.get("rrule") is None
            kind = "repeating" if row.get("rrule") else "null" if expected is None else "one-off"
            correct["all"].append(ok)
            correct[kind].append(ok)
            if str(row.get("now", "")).startswith(("autumn", "spring")):
                correct["dst"].append(ok)
    return {
        "accuracy": {k: round(sum(v) / len(v), 3) for k, v in correct.items() if v},
        "rows": {k: len(v) for k, v in correct.items()},
        "median_us": round(statistics.median(timings) * 1e6, 1),
    }


def main() -> None:
    warnings.filterwarnings("ignore")  # dateparser warns about pytz/tzlocal details
    table = yaml.safe_load(TABLE.read_text())
    rows, nows = table["cases"], table["nows"]
    results = {
        "ours": run("ours", ours, rows, nows),
        "dateparser.parse": run("dateparser.parse", dateparser_parse, rows, nows),
        "dateparser.parse+search_dates": run("search", dateparser_search, rows, nows),
    }
    names = list(results)
    lines = []
    for kind in ("all", "one-off", "repeating", "null", "dst"):
        count = results["ours"]["rows"][kind]
        line: dict[str, Any] = {"measure": f"correct: {kind} ({count} rows)"}
        line.update({n: f"{results[n]['accuracy'][kind]:.1%}" for n in names})
        lines.append(line)
    lines.append(
        {"measure": "median µs per expression", **{n: results[n]["median_us"] for n in names}}
    )
    held = yaml.safe_load(HELD_OUT.read_text())
    held_out = {
        "ours": run("ours", ours, held["cases"], held["nows"]),
        "dateparser.parse": run("dateparser.parse", dateparser_parse, held["cases"], held["nows"]),
    }
    count = held_out["ours"]["rows"]["all"]
    line = {"measure": f"held-out set: correct ({count} rows)"}
    line.update({n: f"{held_out[n]['accuracy']['all']:.1%}" for n in held_out})
    lines.append(line)
    missed = [
        row["text"]
        for row in held["cases"]
        if not _row_ok(row, datetime.fromisoformat(held["nows"]["sun"]))
    ]
    record(
        "time_parser",
        {"table": TABLE.name, "parsers": results, "held_out": held_out, "held_out_missed": missed},
        lines,
    )
    print("held-out phrasings not yet understood:", "; ".join(missed) or "none")


def _row_ok(row: dict[str, Any], now: datetime) -> bool:
    got = parse(row["text"], now)
    expected = row.get("when")
    same = _instant(got.when) == _instant(datetime.fromisoformat(expected) if expected else None)
    return same and _same_rule(got.rrule, row.get("rrule"))


if __name__ == "__main__":
    main()
