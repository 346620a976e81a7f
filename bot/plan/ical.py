"""The day plan as iCalendar (.ics): export for other calendars, import all-or-nothing.

Import reads and checks every event before anything is stored, then stores them in
one transaction; any problem raises InvalidCalendar with a short Danish explanation
the web page or dialogue can show as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any

from icalendar import Alarm, Calendar, Event, vRecur

from bot.core.checks import PAST_GRACE
from bot.core.clock import COPENHAGEN
from bot.core.recurrence import localise
from bot.plan.model import (
    MAX_NOTE_CHARS,
    MAX_PLACE_CHARS,
    MAX_TITLE_CHARS,
    UID_DOMAIN,
    ImportResult,
    InvalidPlanItem,
    Override,
    PlanDraft,
    PlanItem,
    check_rule,
    checked_uid,
    last_end,
    make_draft,
)

if TYPE_CHECKING:
    from bot.plan.store import PlanStore

MAX_BYTES = 1024 * 1024
PRODID = "-//Velfaerdsassistenten//Dagsplan//DA"
WHO_LABEL = "Hvem: "  # first DESCRIPTION line; read back on import
# Windows zone names (Outlook, Exchange) with Copenhagen's rules in our time.
WINDOWS_ZONES = frozenset(
    {
        "Romance Standard Time",
        "W. Europe Standard Time",
        "Central Europe Standard Time",
        "Central European Standard Time",
    }
)
# RFC 5545: a timed event without DTEND or DURATION would last no time at all; a
# day plan needs a length, and an hour is what people assume for an appointment.
DEFAULT_LENGTH = timedelta(hours=1)


class InvalidCalendar(ValueError):
    """A calendar file we refuse; `danish` is the explanation for the citizen."""

    def __init__(self, reason: str, danish: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.danish = danish


@dataclass(frozen=True)
class ParsedCalendar:
    drafts: list[PlanDraft]  # checked, each with its UID (None when the file gave none)
    skipped_past: int  # events already over, left out
    # UIDs of whole events the file marks STATUS:CANCELLED: a calendar that cancels a
    # meeting keeps it in the file, so an item imported before must go.
    cancelled_uids: list[str] = field(default_factory=list)


# ---- export ---------------------------------------------------------------------


def export_ics(items: Iterable[PlanItem]) -> bytes:
    """A VCALENDAR with one VEVENT per item, moved occurrences as RECURRENCE-ID events."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    for item in items:
        master = _event(item, item.start, item.end)
        if item.rrule is not None:
            master.add("rrule", vRecur.from_ical(item.rrule))
        if item.exdates:
            master.add("exdate", list(item.exdates))
        cal.add_component(master)
        for o in item.overrides:
            moved = _event(item, o.start, o.end)
            moved.add("recurrence-id", o.original_start)
            cal.add_component(moved)
    cal.add_missing_timezones()  # the VTIMEZONE for Europe/Copenhagen
    return bytes(cal.to_ical())


def _event(item: PlanItem, start: datetime, end: datetime) -> Event:
    ev = Event()
    ev.add("uid", export_uid(item))
    ev.add("dtstamp", item.updated_at.astimezone(timezone.utc))
    ev.add("dtstart", start.astimezone(COPENHAGEN))
    ev.add("dtend", end.astimezone(COPENHAGEN))
    ev.add("summary", item.title)
    if item.place:
        ev.add("location", item.place)
    lines = ([WHO_LABEL + item.who] if item.who else []) + ([item.note] if item.note else [])
    if lines:
        ev.add("description", "\n".join(lines))
    if item.remind_before_minutes is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.title)
        alarm.add("trigger", timedelta(minutes=-item.remind_before_minutes))
        ev.add_component(alarm)
    return ev


def export_uid(item: PlanItem) -> str:
    # Items stored before UIDs were kept had this one in every export.
    return item.uid or f"{item.id}@{UID_DOMAIN}"


# ---- import ---------------------------------------------------------------------


def import_ics(store: PlanStore, data: bytes, citizen_id: str, acting: str) -> ImportResult:
    """Check the whole file, then store every event still ahead in one transaction.

    An event whose UID the citizen already has updates that item (importing the same
    file twice changes nothing the second time); the others are added.
    """
    parsed = read_ics(data, store.clock.now())
    result = store.import_drafts(
        citizen_id, parsed.drafts, acting=acting, cancelled_uids=parsed.cancelled_uids
    )
    return replace(result, skipped_past=parsed.skipped_past)


def parse_ics(data: bytes, now: datetime) -> list[PlanDraft]:
    """Checked drafts for every event not yet over, or InvalidCalendar; stores nothing."""
    return read_ics(data, now).drafts


def read_ics(data: bytes, now: datetime) -> ParsedCalendar:
    """Checked drafts for every event not yet over, or InvalidCalendar; stores nothing.

    Events that are entirely over are left out (and counted) rather than refused: a
    calendar exported from Outlook carries years of history.
    """
    if not isinstance(data, bytes | bytearray) or len(data) > MAX_BYTES:
        raise InvalidCalendar("too_large", "Filen er for stor. Den må højst fylde 1 MB.")
    try:
        cal = Calendar.from_ical(bytes(data))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as err:
        raise InvalidCalendar("malformed", "Filen kan ikke læses som en kalender.") from err
    if getattr(cal, "name", None) != "VCALENDAR":
        raise InvalidCalendar("malformed", "Filen kan ikke læses som en kalender.")
    masters: dict[str, Any] = {}
    moved: dict[str, list[Any]] = {}
    lone: list[Any] = []
    for ev in cal.walk("VEVENT"):
        uid = str(ev.get("uid", ""))
        if "recurrence-id" in ev:
            moved.setdefault(uid, []).append(ev)
        elif uid and uid not in masters:
            masters[uid] = ev
        else:
            lone.append(ev)
    if not masters and not lone and not moved:
        raise InvalidCalendar("empty", "Filen indeholder ingen aftaler.")
    found: list[PlanDraft | None] = []
    used = set(masters)
    cancelled = []
    for uid, ev in masters.items():
        if _cancelled(ev):
            cancelled.append(uid)
            moved.pop(uid, None)  # its moved occurrences go with it
            continue
        found.append(_draft(ev, moved.pop(uid, []), now, uid))
    for ev in lone:  # no UID, or one a VEVENT before already had: not one to find again
        if not _cancelled(ev):
            found.append(_draft(ev, [], now, None))
    # Moved occurrences whose series is not in the file stand on their own, each
    # known by its series' UID and the time it was moved from.
    for uid, evs in moved.items():
        for ev in evs:
            own = f"{uid}#{ev['recurrence-id'].to_ical().decode()}"
            if _cancelled(ev):
                if uid and own not in used:
                    cancelled.append(own)
            else:
                found.append(_draft(ev, [], now, None if not uid or own in used else own))
            used.add(own)
    drafts = [d for d in found if d is not None]
    return ParsedCalendar(drafts, len(found) - len(drafts), cancelled)


def _cancelled(ev: Any) -> bool:
    return str(ev.get("status", "")).upper() == "CANCELLED"


def _draft(ev: Any, moved: list[Any], now: datetime, uid: str | None) -> PlanDraft | None:
    title = _text(ev, "summary", MAX_TITLE_CHARS) or "Aftale"
    start, end = _span(ev)
    rule = _rule(ev, title)
    exdates: list[datetime] = []
    for prop in _as_list(ev.get("exdate")):
        exdates += [_instant(d.dt, _tzid(prop)) for d in prop.dts]
    overrides = []
    for m in moved:
        original = _instant(m["recurrence-id"].dt, _tzid(m["recurrence-id"]))
        if _cancelled(m):
            exdates.append(original)
        else:
            overrides.append(Override(original, *_span(m)))
    if last_end(start, end, rule) < now - PAST_GRACE and all(
        o.end < now - PAST_GRACE for o in overrides
    ):
        return None
    who, note = _who_and_note(_text(ev, "description", MAX_NOTE_CHARS + len(WHO_LABEL) + 100))
    try:
        return make_draft(
            now,
            title,
            start,
            end,
            place=_text(ev, "location", MAX_PLACE_CHARS),
            who=who,
            note=note,
            rrule=rule,
            exdates=exdates,
            overrides=overrides,
            remind_before_minutes=_remind_before(ev),
            uid=checked_uid(uid),
        )
    except InvalidPlanItem as err:
        raise InvalidCalendar(
            f"invalid_{err.field}", f"Aftalen »{title}« i filen kan ikke gemmes."
        ) from err


def _span(ev: Any) -> tuple[datetime, datetime]:
    prop = ev.get("dtstart")
    if prop is None:
        raise InvalidCalendar("no_start", "En aftale i filen mangler et starttidspunkt.")
    start = _instant(prop.dt, _tzid(prop))
    all_day = not isinstance(prop.dt, datetime)
    if ev.get("dtend") is not None:
        end = _instant(ev["dtend"].dt, _tzid(ev["dtend"]))
    elif ev.get("duration") is not None and isinstance(ev["duration"].dt, timedelta):
        length = ev["duration"].dt
        # Whole days are calendar days (midnight to midnight), also on 23-hour days.
        end = localise(_naive_local(start) + length) if all_day else start + length
    else:
        end = (
            localise(_naive_local(start) + timedelta(days=1)) if all_day else start + DEFAULT_LENGTH
        )
    if end <= start:
        raise InvalidCalendar("end_before_start", "En aftale i filen slutter, før den begynder.")
    return start, end


def _instant(value: Any, tzid: str | None) -> datetime:
    """A DATE (local midnight) or DATE-TIME in any known zone, as Copenhagen time."""
    if not isinstance(value, datetime):
        if not isinstance(value, date):
            raise InvalidCalendar("malformed", "Filen kan ikke læses som en kalender.")
        return localise(datetime.combine(value, time(0)))
    if tzid in WINDOWS_ZONES:  # wall time as Outlook meant it, whatever icalendar guessed
        return localise(value.replace(tzinfo=None))
    if value.tzinfo is None:
        if tzid:  # icalendar could not resolve the TZID and left the time naive
            raise InvalidCalendar(
                "unknown_tzid", f"Filen bruger en tidszone, som ikke kendes: {tzid[:60]}."
            )
        return localise(value)  # floating time: the citizen's own clock
    return value.astimezone(COPENHAGEN)


def _naive_local(when: datetime) -> datetime:
    return when.astimezone(COPENHAGEN).replace(tzinfo=None)


def _tzid(prop: Any) -> str | None:
    params = getattr(prop, "params", {}) or {}
    tzid = params.get("TZID")
    return None if tzid is None else str(tzid)


def _rule(ev: Any, title: str) -> str | None:
    rules = _as_list(ev.get("rrule"))
    if not rules:
        return None
    if len(rules) > 1:
        raise InvalidCalendar(
            "rrule", f"Aftalen »{title}« gentages på en måde, der ikke kan bruges."
        )
    text = rules[0].to_ical().decode()
    try:
        return check_rule(text)
    except InvalidPlanItem as err:
        raise InvalidCalendar(
            "rrule",
            f"Aftalen »{title}« gentages oftere end én gang om dagen eller på en ukendt måde.",
        ) from err


def _text(ev: Any, key: str, limit: int) -> str | None:
    # Outlook titles and notes can be long; an import keeps their beginning.
    value = ev.get(key)
    return None if value is None else str(value).strip()[:limit] or None


def _who_and_note(description: str | None) -> tuple[str | None, str | None]:
    if not description:
        return None, None
    first, _, rest = description.partition("\n")
    if first.startswith(WHO_LABEL):
        return first[len(WHO_LABEL) :].strip() or None, rest.strip()[:MAX_NOTE_CHARS] or None
    return None, description[:MAX_NOTE_CHARS]


def _remind_before(ev: Any) -> int | None:
    for alarm in ev.walk("VALARM"):
        trigger = alarm.get("trigger")
        value = getattr(trigger, "dt", None)
        if isinstance(value, timedelta) and timedelta(days=-1) <= value <= timedelta(0):
            return int(-value.total_seconds() // 60)
    return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]
