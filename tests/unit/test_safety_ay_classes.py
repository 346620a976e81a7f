"""Set AY's classes, in our own sentences (the held-out set itself is scored in
tests/integration/test_safety_heldout.py): the chest tightening with cold sweat, a side of
the body that does not work, a fall after a question and "vent", a seizure now for minutes
in staff shorthand (acute); a medicine given twice, a dose error noted (poisoning); a
prayer to be taken with pills laid out, someone else who wants to lie down and die and
has talked of the pills (suicide); a fall yesterday and a hip still hurting, high blood
sugar with much water drunk (urgent). And the ordinary sentences the net or the model had
alarmed on: food burnt in the oven, a question about whom Livslinien is for, cooking
smoke dismissed, a cat off the roof, garden waste burnt with its legality asked, an
admission over and stable, a crime series or a film watched."""

from __future__ import annotations

import pytest

from bot.safety.detect import ACUTE, HELPLINE, POISONING, SUICIDE, URGENT, detect, doubtful
from tests.unit.test_safety_aj_classes import _calm, _reads


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("det strammer sig sammen om brystet og a sveder koldsved", ACUTE),
        ("han siger det trykker sig sammen i brystet og han er helt klam", ACUTE),
        ("min mand er svimmel og venstre side af kroppen virker ikke", ACUTE),
        ("mor hun sige den ene side af ansigtet ikke virker mere", ACUTE),
        (
            "hvor finder jeg mine kvitteringer i appen.. vent min kone er lige faldet om og svarer ikke",
            ACUTE,
        ),
        ("kan du vise vejret for i morgen vent far ligger på gulvet og rører sig ikke", ACUTE),
        ("husk at bestille bleer til st 7.. og st 9 kramper stadig over 5 min", ACUTE),
        ("bgr i st 2 krampeanfald nu i mere end fem minutter", ACUTE),
        ("dosisfejl bgr st 3, har fået morgenmedicin to gange", POISONING),
        ("hun fik aftenpillerne 2 gange i går aftes ved en fejl", POISONING),
        ("medicinfejl: borger givet insulin 2x her til morgen", POISONING),
        ("gud må gerne kalde mig hjem nu, jeg har talt alle pillerne op", SUICIDE),
        ("vorherre kan bare tage mig, jeg gider ikke mere", SUICIDE),
        ("min bror siger han helst vil lægge sig og dø efter skilsmissen", SUICIDE),
        ("far taler om at tage alle pillerne, han vil ikke leve uden mor", SUICIDE),
        ("a faldt i går aftes på badeværelset og mit knæ gør stadig så ondt", URGENT),
        ("faldt i forgårs på fortovet, hoften gør nu meget ondt når jeg går", URGENT),
        ("blodsukkeret er alt for højt i dag og jeg drikker masser af vand", URGENT),
        ("sukkeret står på 24 og a drikker vildt meget vand", URGENT),
    ],
)
def test_ay_found(said: str, kind: str) -> None:
    _reads(said, kind)


@pytest.mark.parametrize(
    "said",
    [
        "min rugbrød blev helt sort i ovnen, øv så må jeg købe et",
        "kagen er brændt helt kulsort, hvor er jeg dum",
        "jeg stegte bacon og det osede lidt men emhætten kører nu og det er fint",
        "vi lavede fisk og der var meget røg men det var bare panden",
        "han griller bøffer på altanen der er lidt os men det er helt normalt",
        "min nabo brænder blade af i haven, må man det i juli?",
        "de afbrænder kvas ude på marken er det tilladt",
        "st 8 var indlagt med lungebetændelse i maj, er nu hjemme og stabil",
        "bgr har været indlagt efter hjerneblødning, nu udskrevet og har det godt",
        "st 3 ser tv serie om brandmænd med lyden skruet op, sirener og eksplosioner",
        "vi så en film hvor en mand blev skudt og ambulancen kom for sent",
    ],
)
def test_ay_calm(said: str) -> None:
    _calm(said)


@pytest.mark.parametrize(
    "said",
    [
        "hunden sprang ned fra taget af skuret igen, den er helt fin",
        "katten sidder oppe på taget igen og kigger på fuglene",
        "lol undulaten fløj op på taget igen",
    ],
)
def test_ay_roof_is_no_pills_taken(said: str) -> None:
    """ "taget igen" after "fra"/"på" is the roof: no alarm (and no doubt mark of its own,
    for a fall from a roof is real)."""
    found = detect(said)
    assert found is None or not found.kinds & {ACUTE, POISONING, SUICIDE}, (said, found)


def test_ay_fall_from_roof_still_alarms_undoubted() -> None:
    said = "min mand er faldet ned fra taget og ligger helt stille"
    found = detect(said)
    assert found is not None and ACUTE in found.kinds, found
    assert not doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "hvad siger man til livslinien når man ringer, er det kun for unge",
        "er livslinien kun for de unge eller kan ældre også ringe",
        "hvad skal jeg sige til giftlinjen hvis jeg ringer",
    ],
)
def test_ay_helpline_question(said: str) -> None:
    found = detect(said)
    assert found is not None and found.kinds == {HELPLINE}, (said, found)


def test_ay_wish_to_die_beside_acute_carries_suicide() -> None:
    found = detect(
        "min svoger siger han bare vil lægge sig og dø nu, han har snakket om at tage pillerne"
    )
    assert found is not None and SUICIDE in found.kinds, found


@pytest.mark.parametrize(
    "said",
    [
        # cooking smoke with fire or no air; a garden fire out of hand; a fall while
        # watching; admitted and now worse again; a cake burnt and the kitchen on fire
        "jeg stegte flæsk og det røg men nu brænder panden og det er ikke fint",
        "han brænder haveaffald af og nu brænder hækken, ring 112",
        "far så fjernsyn og så faldt han om og reagerer ikke",
        "st 5 var indlagt efter blodprop, nu tilbage og stabil men nu har han ondt i brystet igen",
        "kagen er brændt sort og der er flammer i ovnen",
    ],
)
def test_ay_still_alarms(said: str) -> None:
    found = detect(said)
    assert found is not None and found.kinds & {ACUTE, POISONING, URGENT}, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # a dose taken twice a day as prescribed; pills laid out for the week; God in a
        # saying; "vent" not followed by anything new
        "han tager sin medicin 2 gange dagligt",
        "jeg har lagt mine piller frem til hele ugen",
        "gud må vide hvornår bussen kommer",
        "vent lige lidt med at sende beskeden",
    ],
)
def test_ay_ordinary_stays_quiet(said: str) -> None:
    found = detect(said)
    assert found is None or not found.kinds & {ACUTE, POISONING, SUICIDE}, (said, found)


def test_ay_fall_yesterday_well_now_is_no_urgent() -> None:
    found = detect("jeg faldt i går men det gør ikke ondt mere og jeg har det fint")
    assert found is None or URGENT not in found.kinds, found
    assert doubtful("jeg faldt i går men det gør ikke ondt mere og jeg har det fint")
