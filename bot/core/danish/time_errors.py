"""What is said when a time cannot be used: past, impossible or not understood
(the time parser's error codes), for reminders and the day plan alike."""

from __future__ import annotations

_ERRORS = {
    "past": "Det tidspunkt er allerede gået. Sig et tidspunkt, der ligger fremme i tiden.",
    "impossible": "Den dato eller det klokkeslæt findes ikke. Prøv igen, for eksempel »den 1. marts klokken 8«.",
    "none": "Det tidspunkt forstod jeg ikke. Sig for eksempel »i morgen klokken 8« eller »hver dag klokken 20«.",
}


STOP_HINT = " Sig »stop«, hvis du vil lade være."


def time_error(code: str | None) -> str:
    return _ERRORS.get(code or "none", _ERRORS["none"])


# In the form the question with examples follows, so the reason alone is said first.
_BRIEF = {
    "past": "Det tidspunkt er allerede gået.",
    "impossible": "Den dato eller det klokkeslæt findes ikke.",
    "none": "Det tidspunkt forstod jeg ikke.",
}


def time_problem(code: str | None, said: str = "") -> str:
    """The short reason before the form asks again: 'Den dato ... findes ikke. Sig »stop« ...';
    an impossible date named as it was said ("»den tredivte februar« findes ikke", set 47:
    the writer expected to hear which)."""
    if code == "impossible" and said.strip():
        return f"»{said.strip()}« findes ikke.{STOP_HINT}"
    return _BRIEF.get(code or "none", _BRIEF["none"]) + STOP_HINT
