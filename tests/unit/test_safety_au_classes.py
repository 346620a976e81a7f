"""Set AU's classes, in our own sentences (the held-out set itself is scored in
tests/integration/test_safety_heldout.py): someone who cannot be got to answer and sits
or lies staring, the chest pressing with cold sweat or nausea in fragments (acute); a
stroke survivor's halting wish to be dead, asleep for good, gone or to end it, harm to
oneself thought of, no reason to wake any more, letters for when one is gone and it will
not be long (suicide); one's pills taken at two times and perhaps once more (poisoning).
And the ordinary sentences the net had alarmed on: breathlessness in a doctor's advice,
food burnt so the home smells of smoke, a rule taught at school, burnt food laughed at.
Near misses show how far each class reads."""

from __future__ import annotations

import pytest

from bot.safety.detect import ACUTE, POISONING, SUICIDE, URGENT, detect, doubtful
from tests.unit.test_safety_aj_classes import _calm, _reads


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # cannot be got to answer, sits or lies staring
        ("jeg kan ikke få far til at svare, han sidder bare i sofaen og stirrer", ACUTE),
        ("vi kan ikke få min mand til at reagere han ligger i sengen og kigger op", ACUTE),
        ("hun stirrer bare ud i luften og jeg kan ikke få hende til at sige noget", ACUTE),
        # the chest pressing with cold sweat or nausea, in fragments
        ("presser i brystet eh koldsved", ACUTE),
        ("brystet klemmer og jeg har kvalme", ACUTE),
        ("kvalme og klam sved og trykken for brystet", ACUTE),
        # halting wishes of a stroke survivor
        ("hellere død end at leve sådan", SUICIDE),
        ("vil bare sove ikke vågne mere", SUICIDE),
        ("til besvær for alle bedre jeg død", SUICIDE),
        ("tænker på at ende det hele tiden", SUICIDE),
        # harm to oneself thought of, no reason to wake, gone soon
        ("jeg har overvejet at gøre noget mod mig selv", SUICIDE),
        ("han siger der ikke er nogen mening med at vågne op mere", SUICIDE),
        (
            "jeg har ordnet papirerne til pigerne til når jeg ikke er her længere,"
            " det varer nok ikke så længe",
            SUICIDE,
        ),
        # pills at two times close together and once more, or forgotten
        ("jeg har vist taget blodtrykspillerne klokken 7 og klokken 8 og så igen", POISONING),
        ("mor er glemsom og har taget sine vanddrivende piller kl 10 og kl 11", POISONING),
    ],
)
def test_au_found(said: str, kind: str) -> None:
    _reads(said, kind)


@pytest.mark.parametrize(
    "said",
    [
        # breathlessness allowed in a doctor's advice
        "fysioterapeuten siger jeg skal cykle hver dag også selvom jeg bliver lidt forpustet",
        "min læge anbefaler at gå trapper selv om man bliver forpustet",
        # food burnt so the home smells of smoke
        "jeg brændte bøfferne på og nu lugter køkkenet af røg",
        "kartoflerne blev helt sorte og hele lejligheden stinker af røg",
        # a rule taught
        "min lærer lærte os at man skal ringe 112 når nogen er bevidstløs",
        "på kurset lærte jeg at man skal kalde på hjælp hvis der går ild i noget",
        # burnt food laughed at
        "bollerne brændte ha ha",
        "pandekager sorte haha",
    ],
)
def test_au_calm(said: str) -> None:
    _calm(said)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # a worse sign beside the calm one keeps the alarm
        ("lægen sagde jeg måtte blive forpustet men nu kan jeg ikke få vejret", ACUTE),
        ("maden er brændt på og der er ild i gardinet", ACUTE),
        ("vi lærte at man skal ringe 112 og nu ligger min mand på gulvet", ACUTE),
    ],
)
def test_au_still_found(said: str, kind: str) -> None:
    _reads(said, kind)


@pytest.mark.parametrize(
    "said",
    [
        "jeg kan ikke få min søn til at svare på sms",
        "hun sidder bare og kigger ud af vinduet hele formiddagen",
        "jeg har kvalme efter maden",
        "det er bedre end ingenting",
        "jeg vil sove længe i morgen og ikke vækkes af vækkeuret",
        "jeg skal gøre noget ved mit hår",
        "der er ingen grund til at vågne før klokken ni",
        "når jeg ikke er her i weekenden, kommer min søster",
        "jeg tager mine piller kl 8 og kl 20 hver dag",
        "jeg tænker på at ende ferien i Skagen",
    ],
)
def test_au_near_misses(said: str) -> None:
    found = detect(said)
    assert found is None or not (found.kinds & {ACUTE, POISONING, SUICIDE}), (said, found)
    if found is not None:
        assert found.kinds <= {URGENT}, (said, found)
    assert doubtful(said) or found is None or found.kinds <= {URGENT}, said
