"""The Danish time parser: a table of expressions, spans, ambiguity, the CLI, bad input."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from bot.core.text import fold
from nlu.danish_time import CPH, parse, parse_duration
from nlu.danish_time.words import fold_with_offsets

ROOT = Path(__file__).resolve().parents[2]
TABLE = yaml.safe_load((ROOT / "tests" / "fixtures" / "danish_time_cases.yml").read_text())
NOWS: dict[str, str] = TABLE["nows"]
SUNDAY = datetime.fromisoformat(NOWS["sun"])


def _now(row: dict[str, Any]) -> datetime:
    name = row.get("now", "sun")
    return datetime.fromisoformat(NOWS.get(name, name))


def _id(row: dict[str, Any]) -> str:
    text = row["text"] or "<empty>"
    return f"{text} @{row['now']}" if "now" in row else text


@pytest.mark.parametrize("row", TABLE["cases"], ids=[_id(r) for r in TABLE["cases"]])
def test_table(row: dict[str, Any]) -> None:
    result = parse(row["text"], _now(row))
    got = result.when.isoformat() if result.when else None
    assert (got, result.rrule, result.error) == (
        row.get("when"),
        row.get("rrule"),
        row.get("error"),
    )
    if result.when is not None:
        assert result.when.tzinfo is CPH
    if "alternatives" in row:
        assert [a.isoformat() for a in result.alternatives] == row["alternatives"]
    if "assumed" in row:
        assert result.time_assumed is row["assumed"]


def test_the_table_is_large_and_covers_every_kind() -> None:
    rows = TABLE["cases"]
    assert len(rows) >= 200
    assert sum(1 for r in rows if r.get("rrule")) >= 40
    assert {r.get("error") for r in rows} >= {"impossible", "past", "none", "unclear"}
    assert sum(1 for r in rows if r.get("now", "").startswith(("autumn", "spring"))) >= 10


def _span_text(text: str) -> list[str]:
    return [text[a:b] for a, b in parse(text, SUNDAY).spans]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("mind mig om at tage panodil i morgen kl 8", ["i morgen kl 8"]),
        ("Mind mig på tirsdag kl. 10 om at ringe", ["på tirsdag kl. 10"]),
        ("I MORGEN KL 8", ["I MORGEN KL 8"]),
        ("husk at ringe i overmorgen", ["i overmorgen"]),
        ("nytårsaften", ["nytårsaften"]),
        ("nytaarsaften kl 20 skal vi spise", ["nytaarsaften kl 20"]),
        ("tag medicin hver aften kl 8 tak", ["hver aften kl 8"]),
        ("mind mig om kaffen om et kvarter", ["om et kvarter"]),
        ("kl 8 skal jeg i bad, i morgen altså", ["kl 8", "i morgen"]),
        ("hej med dig", []),
        ("i går kl. 8 glemte jeg det", ["i går kl. 8"]),
    ],
)
def test_spans(text: str, spans: list[str]) -> None:
    assert _span_text(text) == spans


def test_spans_survive_folding_that_changes_length() -> None:
    text = "på søndag kl. 10 hos lægen"
    result = parse(text, SUNDAY)
    ((start, end),) = result.spans
    assert text[start:end] == "på søndag kl. 10"


@given(st.text(alphabet=st.sampled_from("aAeEoOæøåÆØÅéèêëöüäáíóúñçßΣσ .,İ8"), max_size=30))
def test_the_time_parser_folds_as_the_rest_of_the_assistant(text: str) -> None:
    """One fold: the parser's keeps offsets, but folds exactly as bot.core.text.fold does
    ("aaa", "oé", "åa" included), and each folded letter comes from its span."""
    folded, starts, ends = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(starts) == len(ends) == len(folded)
    assert all(0 <= a < b <= len(text) for a, b in zip(starts, ends, strict=True))
    assert starts == sorted(starts)


def test_an_ambiguous_hour_offers_the_other_reading() -> None:
    result = parse("i morgen kl 7", SUNDAY)
    assert result.when == datetime(2026, 11, 23, 7, tzinfo=CPH)
    assert result.alternatives == (datetime(2026, 11, 23, 19, tzinfo=CPH),)


def test_a_qualified_or_24_hour_time_is_not_ambiguous() -> None:
    for text in ("i morgen kl 7 om aftenen", "i morgen kl 19", "i morgen kl 07"):
        assert parse(text, SUNDAY).alternatives == (), text


def test_a_repetition_at_an_ambiguous_hour_offers_the_other_first_occurrence() -> None:
    result = parse("hver dag kl 8", SUNDAY)
    assert result.rrule == "FREQ=DAILY;BYHOUR=8;BYMINUTE=0"
    assert result.alternatives == (datetime(2026, 11, 22, 20, tzinfo=CPH),)


def test_now_in_another_zone_is_converted() -> None:
    utc_now = datetime.fromisoformat("2026-11-22T08:00:00+00:00")  # 09:00 in Copenhagen
    assert parse("om et kvarter", utc_now).when == datetime(2026, 11, 22, 9, 15, tzinfo=CPH)
    assert parse("i morgen kl 8", utc_now).when == datetime(2026, 11, 23, 8, tzinfo=CPH)


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        parse("i morgen", datetime(2026, 11, 22, 9))


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("10 minutter", 10),
        ("et kvarter", 15),
        ("tre kvarter", 45),
        ("en halv time", 30),
        ("halvanden time", 90),
        ("om 2 timer og 10 minutter", 130),
        ("fem min", 5),
        ("1,5 time", 90),
        ("tyve minutter", 20),
    ],
)
def test_parse_duration(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("3 minutter og 20 sekunder", 200),
        ("tre minutter tyve sekunder", 200),
        ("halvanden time", 5400),
        ("et halvt minut", 30),
        ("fire et halvt minut", 270),
        ("fire og et halvt minut", 270),
        ("to en halv time", 9000),
        ("fyrre sekunder", 40),
        ("to timer", 7200),
        ("et minuts", 60),
        ("ti minutters", 600),
        ("fem og tyve minutter", 1500),
        ("femogtyve minutter", 1500),
        ("90 sekunder", 90),
        ("om en times", 3600),
        # the tens above fifty (set 5: "halvfems sekunder" was no duration)
        ("halvfems sekunder", 90),
        ("tres sekunder", 60),
        ("fem og halvfjerds minutter", 4500),
        ("firs sekunder", 80),
    ],
)
def test_parse_duration_as_said_to_a_speaker(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize(
    ("said", "seconds"),
    [
        ("sæt en timer på 3 minutter og 20 sekunder", 200),
        ("sæt en nedtælling på halvanden time", 5400),
        ("sæt et æggeur på et halvt minut", 30),
        ("timer på fire et halvt minut", 270),
        ("start en nedtælling på fyrre sekunder", 40),
        ("sæt en timer på to timer", 7200),
        ("sæt et minuts nedtælling", 60),
        ("sæt en timer på fem og tyve minutter", 1500),
        ("nedtælling 90 sekunder", 90),
        ("sæt en timer fem minutter", 300),
    ],
)
def test_timer_lengths_as_said(said: str, seconds: int) -> None:
    # bot.home.timers reads its lengths with this parser's DURATION and duration_of
    from bot.home.timers import TimerRequest, read_request

    request = read_request(said, SUNDAY)
    assert isinstance(request, TimerRequest), request
    assert request.when - SUNDAY == timedelta(seconds=seconds)


def test_a_timer_alone_is_no_hour() -> None:
    from bot.home.timers import read_request

    assert "Hvor lang" in str(read_request("sæt en timer", SUNDAY))


@pytest.mark.parametrize(
    "text",
    [
        "hver dag undtagen når min datter kommer",  # an exception not understood
        "hver dag indtil pakken er tom",  # an end not understood
        "første mandag efter jul",  # an ordinal weekday not understood
        "hver anden uge undtagen fredag",
    ],
)
def test_what_is_not_fully_understood_is_said_so_never_guessed(text: str) -> None:
    result = parse(text, SUNDAY)
    assert (result.when, result.rrule, result.error) == (None, None, "unclear")
    assert result.spans  # the dialogue knows a time was said


@pytest.mark.parametrize("text", ["", "i morgen", "kl 8", "minutter", "10 æbler", "🙂"])
def test_parse_duration_rejects_what_is_not_a_duration(text: str) -> None:
    assert parse_duration(text) is None


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nlu.danish_time", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_cli_reads_lines_and_writes_json_lines() -> None:
    lines = ["i morgen kl 8", "hver tirsdag og torsdag kl 8", "nytårsaften", "hej"]
    proc = _cli("--now", "2026-11-22T09:00:00+01:00", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert out == [
        {"text": "i morgen kl 8", "when": "2026-11-23T08:00:00+01:00", "rrule": None},
        {
            "text": "hver tirsdag og torsdag kl 8",
            "when": "2026-11-24T08:00:00+01:00",
            "rrule": "FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=8;BYMINUTE=0",
        },
        {"text": "nytårsaften", "when": "2026-12-31T09:00:00+01:00", "rrule": None},
        {"text": "hej", "when": None, "rrule": None},
    ]
    assert "nytårsaften" in proc.stdout  # ensure_ascii=False


def test_cli_takes_one_expression_as_an_argument() -> None:
    proc = _cli("--now", "2026-11-22T09:00:00+01:00", "om et kvarter")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        '{"text": "om et kvarter", "when": "2026-11-22T09:15:00+01:00", "rrule": null}'
    ]


def test_cli_without_now_uses_the_current_time() -> None:
    proc = _cli("om et kvarter")
    when = datetime.fromisoformat(json.loads(proc.stdout)["when"])
    assert timedelta(minutes=14) < when - datetime.now(CPH) <= timedelta(minutes=15)


@pytest.mark.parametrize("bad", ["i morgen", "2026-11-22T09:00:00", "2026-13-01T09:00+01:00"])
def test_cli_rejects_a_bad_now(bad: str) -> None:
    proc = _cli("--now", bad, "kl 8")
    assert proc.returncode == 2
    assert "--now" in proc.stderr


def test_huge_input_is_cut_and_returns() -> None:
    text = "bla " * 25_000 + "i morgen kl 8"
    assert len(text) > 100_000
    result = parse(text, SUNDAY)
    assert result.when is None and result.error == "none"
    assert parse("i morgen kl 8 " + "x" * 100_000, SUNDAY).when is not None


def test_random_junk_never_raises() -> None:
    rng = random.Random(5)
    alphabet = "abcdefghijklmnopqrstuvwxyzæøå0123456789 .,:/-🙂\n\t\u200bkl"
    words = "kl klokken i om hver den halv kvart over morgen aften nat dag 8 14.30 24/12 og".split()
    for _ in range(400):
        junk = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        mix = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        for text in (junk, mix):
            result = parse(text, SUNDAY)
            assert result.when is None or result.when > SUNDAY
            assert result.error in (None, "impossible", "past", "none", "unclear")
            for start, end in result.spans:
                assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("text", ["Ω" * 5000, "9" * 5000, "kl " * 5000, "hver " * 5000])
def test_pathological_input_returns(text: str) -> None:
    assert parse(text, SUNDAY).text == text


def test_the_module_imports_nothing_heavy() -> None:
    code = (
        "import sys, nlu.danish_time; "
        "print(sorted(m for m in ('rasa', 'spacy', 'tensorflow', 'bot') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_the_table_has_no_spelling_the_parser_folds_away_twice() -> None:
    # Each row is an honest expectation; duplicated (text, now) pairs would hide that.
    keys = [(r["text"], r.get("now", "sun")) for r in TABLE["cases"]]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z_]+|\d{4}-.*", r.get("now", "sun")) for r in TABLE["cases"])


@pytest.mark.parametrize(
    ("text", "day_said"),
    [
        ("nej klokken ti", False),
        ("næ vent det skal være kl 7", False),
        ("halv elleve om formiddagen", False),
        ("nej på fredag klokken ti", True),
        ("i morgen klokken 7", True),
        ("den 3. marts kl 8", True),
        ("hver dag klokken otte", True),
        ("om en time", True),
        # what the day plan asks of it (bot.plan.reading.new_start, actions.plan)
        ("fredag", True),
        ("den 3. december", True),
        ("i weekenden", True),
        ("om tre dage", True),
        ("klokken 14", False),
        ("halv tre", False),
    ],
)
def test_whether_a_day_was_said_beside_the_clock(text: str, day_said: bool) -> None:
    """A correction that names a day means that day; a clock time alone keeps the day
    first asked about (bot.reminders.reading.corrected_readings)."""
    assert parse(text, SUNDAY).day_said is day_said
