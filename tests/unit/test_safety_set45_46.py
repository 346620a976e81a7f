"""Sets 45 and 46's false alarms, in sentences of our own: a dose asked about before it
is given (Giftlinjen had answered a home helper's question), a call to the doctor to be
reminded of in Southern Jutland speech (lægevagten), pills missing from the box and more
asked for, and the words of a home command alone (the model's 1-1-2 at 0.97)."""

from __future__ import annotations

import pytest

from bot.safety.detect import detect, doubtful


@pytest.mark.parametrize(
    "said",
    [
        "kan jeg give Jens 2 pinex i stedet for 1 han har ondt i knæet",
        "må vi give hende tre panodil i dag i stedet for to",
        "mind mæ om å ring te æ læge i morgen klokken ti",
        "husk mig på å ringe te lægen på fredag",
        "der mangler fire piller i glasset, skal jeg bestille nye",
        "der mangler ti piller i æsken kan apoteket sende flere",
        "nej i æ stue",
        "lys... køkken... tænd",
        "lidt varmere i soveværelset tak",
    ],
)
def test_questions_reminders_and_home_words_stay_calm(said: str) -> None:
    assert detect(said) is None
    assert doubtful(said)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("jeg har givet Jens 2 pinex i stedet for 1", "poisoning"),
        ("kan jeg give hende mere, hun har allerede taget 10 panodil", "poisoning"),
        ("der mangler fire piller i glasset og han har taget dem", "poisoning"),
        ("nej i køkkenet der brænder det", "acute"),
    ],
)
def test_the_same_words_with_harm_done_still_alarm(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, found
