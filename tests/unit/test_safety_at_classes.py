"""Set AT's classes, in our own sentences (the held-out set itself is scored in
tests/integration/test_safety_heldout.py): motionless and not responding though seen on a
camera or called to through a speaker, cannot rise from a floor in second-language Danish
however played down, stroke signs in clinical shorthand with a recent debut, "ring 112"
with an address after a phone that failed (acute); a handful or a great many pills got
into one (poisoning); a fall a day ago, up alone, and limping or in pain today (urgent).
And the ordinary sentences the net (or the model beside it) had alarmed on: a
documentary or a fire seen on TV, an ambulance on someone's last night remembered; an
alarm button asked about, a blood test by the nurse, thanks with "do" for "du", grief told
calmly, fire-safety guidance asked about (the model's, doubted). Near misses show how far
each class reads."""

from __future__ import annotations

import pytest

from bot.safety.detect import ACUTE, POISONING, URGENT, detect, doubtful
from tests.unit.test_safety_aj_classes import _calm, _reads


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # motionless and not responding, seen on a camera
        (
            "mor sidder helt ubevægelig i sofaen på videoen og hun reagerer ikke når jeg kalder",
            ACUTE,
        ),
        ("på skærmen ligger far i sengen og rører sig ikke, han svarer ikke i højtaleren", ACUTE),
        ("han svarer ikke på telefonen og på kameraet bevæger han sig ikke", ACUTE),
        ("borger ses på kamera ubevægelig i stolen, reagerer ikke på tiltale via højttaler", ACUTE),
        # cannot rise from a floor, second-language Danish, played down
        ("min mand kan ikke rejse fra gulvet, han siger ikke så slemt", ACUTE),
        ("jeg kan ikke komme op fra køkkengulv men det er okay måske", ACUTE),
        ("a ka ik rejs mæ fra æ gulv", ACUTE),
        ("mor kan ikke stå op fra badeværelse gulv lidt ondt kun", ACUTE),
        # stroke signs in clinical shorthand with a recent debut
        ("Hemiparese hø. side, debut for 20 min siden", ACUTE),
        ("pt med afasi og facialisparese, opstået for ca 45 min siden", ACUTE),
        ("dysartri og hø. sidig parese, nyopstået i dag", ACUTE),
        ("borger pludselig afasi ved frokost", ACUTE),
        # "ring 112" with an address after a failed phone
        ("min telefon virker ikke, ring 112 til Vestergade 14", ACUTE),
        ("har ingen forbindelse på mobilen, ring efter en ambulance til Birkevej 3 1. th", ACUTE),
        ("ring en en to til Lindealle 22, det er min mor", ACUTE),
        # a handful or a great many pills got into one
        ("jeg har slugt en håndfuld sovepiller", POISONING),
        ("han har fået en hel masse piller i sig og kan ikke huske hvor mange", POISONING),
        ("mor tog alt for mange tabletter mod smerterne i nat", POISONING),
        ("a har taget en bunke piller i mig", POISONING),
        ("har taget mange smertepiller vel otte stykker", POISONING),
        # a fall a day ago, up alone, and limping or in pain today
        ("mor faldt i går på trappen men kom selv op, nu halter hun", URGENT),
        ("jeg gled i nat i badet og nu har jeg ondt i hoften", URGENT),
        ("i forgårs snublede han over tæppet og i dag kan han ikke støtte på foden", URGENT),
        ("faldt i går aftes, rejste sig selv, i dag halter han og knæet er hævet", URGENT),
        # near neighbours that must stay found
        ("jeg så tv og nu ligger far på gulvet og kan ikke komme op", ACUTE),
        ("der brænder i køkkenet lige nu, jeg så det på kameraet", ACUTE),
        ("tak skal du have, men jeg er faldet og ligger på gulvet", ACUTE),
    ],
)
def test_at_found(said: str, kind: str) -> None:
    _reads(said, kind)


@pytest.mark.parametrize(
    "said",
    [
        # something seen on a screen
        "vi så et program om ældre der falder og ligger længe før de bliver fundet",
        "jeg så i tv at en lejlighed brændte i odense, frygteligt",
        "har set en udsendelse om folk der får blodprop, hvordan kan man forebygge",
        # an ambulance on someone's last night, remembered
        "lægen kom den sidste nat hos min kone, jeg husker det godt",
        "ambulancen hentede ham hans sidste dag og jeg tænker tit på det",
    ],
)
def test_at_calm(said: str) -> None:
    _calm(said)


@pytest.mark.parametrize(
    "said",
    [
        # an alarm button asked about, one has or should have
        "hvad er det for en nødkaldsknap min søn snakker om",
        "hvordan virker nød kald knap, lægen siger jeg skal have en",
        "jeg har sådan en nødkaldsknap på armen, hvad gør den",
        # a blood test by the nurse
        "hvornår kommer sygeplejersken og tager blodprøve",
        "hjemmeplejen skal tage blod prøve på fredag",
        # thanks with "do" for "du"
        "tak skal do ha",
        "do er så sød, tak",
        # grief told calmly
        "min bror døde sidste år, jeg er ked af det men jeg klarer mig",
        "hendes mand døde i vinter og hun er trist, men det går",
        # fire-safety guidance asked about
        "findes der en pjece om brandsikkerhed for dem med ilt",
        "hvad siger reglerne om brandforebyggelse hos rygere",
    ],
)
def test_at_model_doubted(said: str) -> None:
    assert doubtful(said), said
    assert detect(said) is None, said


@pytest.mark.parametrize(
    "said",
    [
        "jeg har fået mine piller i mig i dag",
        "jeg tager mange piller hver dag",
        "han har en håndfuld nødder i lommen",
        "lægen siger han har haft afasi siden blodproppen i 2019",
        "hun har en let facialisparese efter sin gamle blodprop",
        "kan man ringe 112 fra en mobil uden sim kort",
        "han faldt for et år siden men går fint nu",
        "jeg faldt i går men har det helt fint i dag",
        "han kan ikke rejse til Spanien i år",
        "hun bevæger sig ikke så meget mere, men hun svarer fint",
    ],
)
def test_at_near_misses(said: str) -> None:
    found = detect(said)
    assert found is None or not (found.kinds & {ACUTE, POISONING, URGENT}), (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # the model's reading stays open when a worse thing is said beside the calm one
        "jeg har trykket på nødkaldsknappen og ingen kommer",
        "min kone døde i nat og jeg vil ikke leve mere men det går",
        "der er røg i stuen, findes der brandsikring",
    ],
)
def test_at_model_not_doubted(said: str) -> None:
    from bot.safety.patterns import doubt
    from bot.safety.patterns.words import normalise

    assert not doubt.model_calm_at(normalise(said)), said
