"""Set AG's classes, in our own sentences (the held-out set itself is scored in
tests/integration/test_safety_heldout.py): speakers from Bornholm, Southern Jutland and
Copenhagen, and home-care staff. The kinds of emergency the net had missed, and the
kinds of ordinary sentence it, or the model, had alarmed on."""

from __future__ import annotations

import pytest

from bot.safety.detect import ACUTE, POISONING, SUICIDE, detect, doubtful


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # the heart racing or uneven, and the sight going black
        ("mit hjerte banker så uregelmæssigt og nu sortner det", ACUTE),
        ("hjertet hamrer løs og jeg er lige ved at besvime", ACUTE),
        # stuck on the toilet or in a chair, legs that fail or hours gone by
        ("mor kan ikke komme op af toilettet og hendes ben bærer hende ikke", ACUTE),
        ("jeg kan ikke rejse mig fra stolen, har siddet her i fire timer", ACUTE),
        # an empty pack found, and all of it said taken
        ("fandt en tom æske ved sengen, hun har taget dem allesammen", POISONING),
        ("der lå en tom dosispose og han slugte hele pakken i nat", POISONING),
        # a strange or last goodbye beside things given away or a home sold unsaid
        ("mor siger farvel helt underligt og har foræret sine smykker væk", SUICIDE),
        (
            "han sagde farvel for sidste gang og har sat lejligheden til salg uden at fortælle",
            SUICIDE,
        ),
        # Bornholm or Norwegian-coloured forms of "not wake again"
        ("a vil bare sove ind og ikkje vågna igjen", SUICIDE),
    ],
)
def test_set_ag_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # a plant wilting, in a question what to do
        "pelargonien i vindueskarmen er ved at visne, skal den have mere vand",
        "agurkerne i drivhuset går ud, hvad gør jeg galt",
        # a fall some months ago, well now
        "far væltede på trappen i foråret men han er helt rask nu",
        # laughter that nearly killed or choked one ("a" is "af")
        "min nabo var ved at tage livet af os af grin med sine historier",
        "vi blev næsten kvalt a latter over hans hat",
        # "enough to give one a heart attack"
        "den varmeregning var til at få et hjerteanfald af",
        # worked to death in the garden
        "jeg slider mig selv ihjel med al den snerydning",
        # a cake or a bread that died and fell
        "lagkagen døde helt og faldt sammen på fadet",
        # a film with fire in it
        "vi så en krimi med mord og eksplosioner i går, den var god",
        # a gnat bite that itches, a cut with only a plaster
        "han er stukket af en masse myg i haven og det klør vildt",
        "hun skar sig på saksen men vi satte et plaster på",
        # how an alarm calls the ambulance, asked
        "kommer ambulancen selv hvis man trykker på nødkaldet",
        # someone who talked of an old illness
        "naboen fortalte om sin gamle operation i en hel time",
        # tired of the weather
        "vi er så trætte af den blæst, vi gider ikke mere",
    ],
)
def test_set_ag_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or not (found.kinds - {"helpline"}), (said, found)
    assert doubtful(said), said


@pytest.mark.parametrize(
    "said",
    [
        # the model's false alarms: a trait always had, a hobby gone wrong, lost in the
        # football, a shop's opening hours
        "mor er lidt sur om morgenen men det har hun jo altid været",
        "det gik fuldstændig i ged med min sudoku",
        "far er opslugt i håndbolden og svarer kun med et nik",
        "hvornår lukker apoteket på lørdag",
    ],
)
def test_set_ag_ordinary_remarks_are_doubtful(said: str) -> None:
    assert detect(said) is None, said
    assert doubtful(said), said


@pytest.mark.parametrize(
    "said",
    [
        # the new classes read no further than they should
        "jeg sagde farvel til min søster i telefonen",
        "mine ben bærer mig ikke så godt mere, hvilken rollator skal jeg vælge",
        "hjertet slog vildt da jeg vandt i lotto",
        "jeg fandt en tom æske i skabet",
        "han har givet sin gamle cykel væk",
    ],
)
def test_set_ag_classes_read_no_further(said: str) -> None:
    found = detect(said)
    assert found is None or not (found.kinds - {"helpline"}), (said, found)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # the same words in a real emergency are still found
        ("jeg kan ikke få luft", ACUTE),
        ("han er død", ACUTE),
        ("der er ild i køkkenet", ACUTE),
        ("min mand er faldet og kan ikke rejse sig", ACUTE),
        ("hun har taget alle sine piller", POISONING),
        ("min mand faldt i køkkenet og kan ikke komme op", ACUTE),
        ("hun blev kvalt i en kødbolle og kan ikke trække vejret", ACUTE),
        ("filmen kører men der er røg og flammer i stuen", ACUTE),
        ("jeg er træt af livet og gider ikke mere", SUICIDE),
        ("han er blevet stukket af en hveps og hans hals hæver op og han kan ikke få luft", ACUTE),
        ("jeg skar mig på kniven og det bløder voldsomt og vil ikke stoppe", ACUTE),
        ("ring efter en ambulance, min far har fået en blodprop", ACUTE),
    ],
)
def test_set_ag_marks_do_not_hide_an_emergency(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)
