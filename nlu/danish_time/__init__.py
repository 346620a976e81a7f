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
  the time of day as for any day.
"""

from nlu.danish_time.resolve import CPH, TimeParse, localise, parse, parse_duration

__all__ = ["CPH", "TimeParse", "localise", "parse", "parse_duration"]
