"""Danish time expressions: "i morgen kl 8", "halv ni", "om et kvarter", "hver tirsdag og torsdag".

parse(text, now) finds the expression in a sentence and returns the first occurrence in
Europe/Copenhagen time, an RFC 5545 RRULE (without DTSTART) for repetitions, the spans
used, other readings of an ambiguous hour and an error code. Pure Python: stdlib,
dateutil and zoneinfo only, so it can run inside Rasa and in the reminder core alike.

Choices where Danish is vague (documented here, tested in tests/unit/test_danish_time.py):

- A bare hour 7-11 is morning, 12 noon, 1-6 afternoon (13-18); the other reading is
  in `alternatives`. 24-hour values ("20", "08", "14.30") and a part of the day
  ("kl 8 i aften") are not ambiguous; neither is a list holding a value above 12.
- Without a time of day: morgen 08:00, formiddag 10:00, middag 12:00, eftermiddag
  15:00, aften 19:00, nat 22:00, otherwise 09:00; `time_assumed` is then True. "i aften"
  said after 19:00 gives the next whole hour while the evening lasts.
- "mandag", "på mandag" and "næste mandag" are the coming Monday, never today; a date
  without a year is its next future occurrence; "i dag kl 8" said at 9 is "past".
- "om to timer" adds real (UTC) time; "om tre dage" and "om en uge" are days, with
  the time of day as for any day. "torsdag om en uge" (or "om otte dage") is a week
  after the coming Thursday; "næste uge" is its Monday, "tirsdag i næste uge" its
  Tuesday; "i weekenden" the first Saturday or Sunday still ahead (today included),
  "næste weekend" not the one under way; "den 5. i næste måned" that day.
- "ved 8-tiden", "ved ottetiden" are the whole hour; a bare hour before a part of the
  day is a time ("ni i aften") when it fits the part, otherwise a count ("tag to om
  aftenen": two pills in the evening).
- Repetitions: "hver dag undtagen onsdag" is a weekly BYDAY list; "den første mandag
  i måneden", "hver sidste fredag" are MONTHLY with BYDAY=1MO, -1FR; "indtil fredag",
  "til og med den 1. december", "i 14 dage", "i en måned" and "i december" end it with
  an UNTIL at the end of that day (Copenhagen time, written in UTC; "indtil" includes
  the day named); "indtil videre" has no end; "hver anden uge på tirsdag" is INTERVAL=2
  on Tuesdays. Speech recognition's "fem og tyve" is 25, except in a list of clock
  times, where "otte og tyve" is 8 and 20 (only 21-24 may be said in parts there).
- Never a guess: a time expression said but not fully understood (an exception, an end
  or an ordinal weekday the parser cannot read: "undtagen når min datter kommer",
  "første mandag efter jul") gives error "unclear" with its spans, so the dialogue asks.
  "sidste fredag", "i fredags" and "i sidste uge" are "past".
"""

from nlu.danish_time.resolve import CPH, TimeParse, localise, parse, parse_duration

__all__ = ["CPH", "TimeParse", "localise", "parse", "parse_duration"]
