"""What the assistant says when a conversation may not reach a citizen's own data."""

from __future__ import annotations

# The public web chat, or staff in a conversation of their own: no citizen's data here.
CITIZEN_ONLY = (
    "Påmindelser og dagsplan kan jeg kun hjælpe med i borgerens egen samtale, "
    "for eksempel på højttaleren derhjemme. Spørg mig gerne om velfærdsteknologi."
)
