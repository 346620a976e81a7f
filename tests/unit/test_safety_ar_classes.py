"""Set AR's classes, in our own sentences (the held-out set itself is scored in
tests/integration/test_safety_heldout.py): vomiting told at night and then played down;
another's old pills taken, named by the genitive, with drowsiness now. And the ordinary
sentences the net (or the model beside it) had alarmed on: a stove's fire gone out, no
getting up before the coffee, an animal collapsed, "død i hovedet", a feast that "tager
livet af" one every time, blood running to the head, breathless long ago and well now,
breathlessness a known habit, too many pills in the dose roll not taken, dying of an exam,
a heart stopping in a series, a question whether a line may be used; death played at in a
game, an ache or tiredness as always (the model's, doubted). Near misses show how far each
class reads."""

from __future__ import annotations

import pytest

from bot.safety.detect import ACUTE, HELPLINE, POISONING, SUICIDE, URGENT, detect, doubtful
from tests.unit.test_safety_aj_classes import _calm, _reads


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # vomiting told, then played down
        ("jeg har kastet op flere gange i nat og har ondt i maven, det er nok ingenting", URGENT),
        ("mor har kastet op tre gange siden aftensmaden, det er sikkert ikke noget", URGENT),
        ("han har brækket sig hele natten men det er vel ingenting", URGENT),
        # another's old pills taken, named by the genitive
        ("jeg har taget et par af Gretes gamle sovepiller og nu er jeg så sløv", POISONING),
        ("far har slugt nogle af Eriks gamle tabletter", POISONING),
        (
            "jeg har taget nogle af Jørgens gamle piller, han gik bort i fjor, og nu er jeg"
            " så søvnig",
            POISONING,
        ),
        # near neighbours that must stay found
        ("jeg kan ikke rejse mig", ACUTE),
        ("jeg kan ikke rejse mig fra gulvet før nogen kommer", ACUTE),
        ("han er segnet om og svarer ikke", ACUTE),
        ("jeg kan ikke få vejret", ACUTE),
        ("der er ild i stuen", ACUTE),
        ("ilden i pejsen er sprunget over på gardinerne", ACUTE),
        ("blodet løber og vil ikke stoppe", ACUTE),
        ("jeg har taget alle mine piller", POISONING),
        ("jeg vil ikke leve mere", SUICIDE),
        ("jeg har kastet op hele natten og har høj feber", URGENT),
        ("jeg får åndenød nu og kan ikke få vejret", ACUTE),
        ("mor er faldet og kan ikke rejse sig", ACUTE),
    ],
)
def test_ar_found(said: str, kind: str) -> None:
    _reads(said, kind)


@pytest.mark.parametrize(
    "said",
    [
        # a stove's fire gone out
        "ilden i brændeovnen er gået ud, kan du skrue op for radiatoren",
        "æ ild i æ pejs gik ud i nat så der er koldt",
        # no getting up before the coffee
        "jeg kan ikke rejse mig før jeg har fået min morgenkaffe, så kom først ved ti",
        "a ka it rejse mæ før a har drukket æ kaffe",
        # an animal collapsed
        "naboens hest var segnet om i marken, dyrlægen kom",
        "vores gamle hund faldt om i går, dyrlægen siger det var hjertet",
        # død i hovedet
        "jeg er helt død i hovedet efter sådan en nat",
        "a er død i æ hoved i dag",
        # a feast that takes one's life every time
        "julefrokosten tager livet af mig hver gang",
        "de der fødselsdage tager livet af mig hvert år",
        # blood to the head
        "blodet stiger mig til hovedet når jeg ser nyhederne",
        "blodet farer mig til kinderne når han roser mig",
        # breathless long ago, well now
        "for to år siden kunne jeg ikke få vejret med lungebetændelse, men nu har jeg det godt",
        "sidste vinter var jeg indlagt og kunne ikke få luft men nu er jeg rask igen",
        # breathlessness a known habit
        "jeg får tit åndenød når jeg går op ad bakken, det er min KOL",
        "han får ofte åndenød når han har gået tur, det ved lægen",
        # too many pills in the dose roll, not taken
        "der var to piller for meget i dosisrullen i dag, jeg har ikke taget dem",
        "apoteket har pakket for mange tabletter i mine poser, men jeg har heldigvis ikke taget nogen",
        # dying of an exam
        "jeg er ved at dø over min eksamen i morgen haha",
        "er ved at dø af lektier lol",
        # a heart stopping in a series
        "mor så en serie hvor en mand fik hjertestop, kan man låne en hjertestarter",
        "vi så en film hvor hun faldt om, findes der faldalarmer",
        # a question whether a line may be used
        "må giftlinjen bruges hvis man bare er i tvivl",
    ],
)
def test_ar_calm(said: str) -> None:
    _calm(said)


def test_ar_question_about_line_is_helpline() -> None:
    found = detect("kan livslinien også bruges hvis man bare er ked af det")
    assert found is not None and found.kinds == {HELPLINE}


@pytest.mark.parametrize(
    "said",
    [
        "mormor spillede død da hun tabte i kort",
        "farfar lod som om han var død da børnene skød med vandpistol",
        "jeg er så træt i dag men det er jo alderen",
        "jeg har ondt i knæene som jeg altid har når det regner",
    ],
)
def test_ar_model_doubted(said: str) -> None:
    assert doubtful(said), said
    found = detect(said)
    assert found is None, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        "jeg er så svimmel og kan ikke stå, det er nok alderen",
        "jeg har ondt i brystet som jeg altid har, men værre i dag",
        "jeg har taget min aftenpille og nu er jeg døsig",
    ],
)
def test_ar_near_misses_not_doubted_by_habit(said: str) -> None:
    """A sign beside "as always" or age is not doubted by the habit alone; pills of one's
    own are no poisoning."""
    from bot.safety.patterns import doubt
    from bot.safety.patterns.words import normalise

    norm = normalise(said)
    assert not doubt.model_calm_ar(norm), said
    found = detect(said)
    assert found is None or POISONING not in found.kinds, (said, found)


def test_a_fall_while_watching_tv_is_no_show_seen() -> None:
    """AR's "a show seen" mark had read "så fjernsyn og så faldt hun om" (set 48's
    class) as what the show showed."""
    for said in ("hun sad og så fjernsyn og så faldt hun om", "han så tv og faldt om"):
        found = detect(said)
        assert found is not None and ACUTE in found.kinds, said
