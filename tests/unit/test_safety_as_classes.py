"""Set AS's classes, in our own sentences (the held-out set itself is scored in
tests/integration/test_safety_heldout.py): pills found and taken that were another's, ten
or more "af de der X" taken, a dose taken two or three times over, alcohol on top of pills,
a caustic product drunk (poisoning); indifferent to waking tomorrow, drinking oneself to
death tonight, no reason to get up any more (suicide); on a floor and not to be got up,
however played down (acute); things seen that are not there or new restlessness, alcohol
stopped and shaking (urgent); later, blood sugar high for long or with thirst (urgent), a
caustic named after the bottle drunk from or a wrong bottle that burns, another's old pills
named "min svigermors gamle morfin piller" (poisoning), a farewell letter, nobody to miss
one, not here at Christmas though not ill, help asked to end it all (suicide). And the ordinary sentences the net (or the model beside it)
had alarmed on: wind that took one's breath, a sign said in jest, a heart attack at a
bill; a place in a ranking asked about, a home command's follow-up naming only a room (the
model's, doubted). Near misses show how far each class reads."""

from __future__ import annotations

import pytest

from bot.safety.detect import ACUTE, POISONING, SUICIDE, URGENT, detect, doubtful
from tests.unit.test_safety_aj_classes import _calm, _reads


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # pills found and taken, another's
        (
            "jeg har slugt et par tabletter fra badeskabet, det var vist min mands og ikke mine",
            POISONING,
        ),
        ("mor har taget nogle piller hun fandt i køkkenskuffen, de var nok naboens", POISONING),
        ("a har taget to af de piller der lå på bordet, de var ik mine", POISONING),
        ("det var min søsters sovepiller jeg tog i nat", POISONING),
        # ten or more "af de der X", the name misheard
        ("jeg har taget femten af de der hvide fordi jeg ikke kunne sove", POISONING),
        ("far har slugt 12 af de der panamil mod hovedpinen", POISONING),
        ("a har sgu taget tyve af dem der ibumetin", POISONING),
        ("jeg har taget en hel masse af de der smertestillende", POISONING),
        ("han har taget ti af dem, altså de der sovepiller", POISONING),
        # a dose taken two or three times over
        ("jeg tog min medicin i morges og nu igen fordi jeg ikke kunne huske det", POISONING),
        ("mor har taget sine hjertepiller både til morgen og nu her igen", POISONING),
        ("a har taget æ piller og så dem fra i går oveni", POISONING),
        ("han har fået dosisposen fra i morges og så lige dem fra i går oven i", POISONING),
        # alcohol on top of pills
        (
            "min mand har drukket fire bajere oven i sine sovepiller og nu er han helt væk",
            POISONING,
        ),
        ("hun har fået tre snapse oveni sin morfin og er så sløv", POISONING),
        ("jeg har drukket et par whiskyer sammen med mine nervepiller", POISONING),
        # a caustic or cleaning product drunk
        ("jeg kom til at drikke noget opvaskemiddel fra den forkerte flaske", POISONING),
        ("far har bundet en slurk klorin, han troede det var vand", POISONING),
        ("hun har drukket af rengøringsmidlet og det svier i halsen", POISONING),
        ("a drak lidt af æ afløbsrens", POISONING),
        # indifferent to waking
        ("det er lige meget om jeg vågner i morgen eller ej", SUICIDE),
        ("a er ligeglad om a vågner igen", SUICIDE),
        ("det kunne være det samme om jeg lever eller ej", SUICIDE),
        ("det gør ikke noget hvis jeg ikke vågner i morgen", SUICIDE),
        # drinking oneself to death
        ("jeg drikker mig ihjel i nat så er det overstået", SUICIDE),
        ("a vil bare drikke mæ ihjel", SUICIDE),
        ("har tænkt mig at drikke mig ihjel i weekenden", SUICIDE),
        # no reason to get up any more
        ("der er ingen grund til at jeg står op mere", SUICIDE),
        ("der er ik nogen mening med at a står op igen", SUICIDE),
        ("hvorfor skulle jeg overhovedet stå op mere", SUICIDE),
        # on a floor and not to be got up, played down
        ("mor sidder på badeværelsesgulvet og vi har prøvet at få hende op men vi kan ikke", ACUTE),
        (
            "han ligger på gulvet i stuen, jeg har forsøgt at løfte ham op men det går ikke,"
            " han siger han har det fint",
            ACUTE,
        ),
        ("far er på køkkengulvet og vi kan ikke få ham op", ACUTE),
        # things seen that are not there; restlessness that is new
        ("min mor ser dyr der ikke er der, det har hun aldrig gjort før", URGENT),
        ("han snakker med folk der ikke er der i nat", URGENT),
        ("han er blevet meget urolig i aften og det er helt nyt", URGENT),
        ("hun er pludselig forvirret og rastløs", URGENT),
        # alcohol stopped and shaking
        ("jeg holdt op med at drikke i går og nu ryster mine hænder", URGENT),
        ("han er stoppet med sprutten og sveder og ryster helt vildt", URGENT),
        ("a har stoppet med at drikke for tre dage siden og ka ik sove og er urolig", URGENT),
        # blood sugar high for long or with thirst (later in set AS)
        ("bs har været over 18 hele natten og han drikker og drikker", URGENT),
        ("mors blodsukker er helt oppe på femogtyve og hun drikker hele tiden", URGENT),
        ("mit sukker har været for højt i flere dage og jeg er tør i munden", URGENT),
        ("blodsukkeret har ligget på 22 siden i går og hun er så tørstig", URGENT),
        # a farewell in a letter, goodbye for good
        ("hun har lagt en seddel til familien hvor hun tager afsked", SUICIDE),
        ("jeg har skrevet breve til mine børn hvor jeg siger farvel", SUICIDE),
        ("far har skrevet en sms til os hvor han siger farvel", SUICIDE),
        ("han har sagt farvel til børnene for altid", SUICIDE),
        # a caustic named after the bottle drunk from; a wrong bottle that burns
        ("far har drukket af en colaflaske men der var afløbsrens i den", POISONING),
        ("a drak af æ vandflaske og der var vist klorin i", POISONING),
        ("hun har bundet af en flaske der viste sig at være terpentin", POISONING),
        ("mor har drukket af en ukendt dunk og hun siger det svier i munden", POISONING),
        ("han drak af en umærket flaske fra garagen og nu gør det ondt i halsen", POISONING),
        # nobody would miss one if one disappeared
        ("ingen ville opdage det hvis jeg forsvandt", SUICIDE),
        ("han siger der ik er nogen der ku savne ham hvis han var væk", SUICIDE),
        ("hun siger ingen ville sørge over hende hvis hun døde", SUICIDE),
        ("der er ikke nogen der ville savne mig", SUICIDE),
        # another's old pills, a possessive before the genitive, the name in two words
        ("hun har spist nogle af min mands gamle sove piller", POISONING),
        ("a har taget mi mors gaml hjerte piller", POISONING),
        ("far tog sin brors gamle morfin tabletter i nat", POISONING),
        # not here at Christmas or next year, though not ill
        ("jeg er her ikke til jul og jeg fejler ingenting", SUICIDE),
        ("a er her ik til jul, og a er ik engang syg", SUICIDE),
        ("hun siger hun ikke er her til næste år selv om hun ikke er syg", SUICIDE),
        ("han fejler ingenting men han siger han er her ikke til foråret", SUICIDE),
        ("han siger vi ikke skal regne med ham til nytår for han er her ikke til den tid", SUICIDE),
        # help asked to end it all
        ("hun har bedt mig hjælpe hende med at gøre en ende på livet", SUICIDE),
        ("kan du hjælpe mig med at få en ende på det nu", SUICIDE),
        ("han vil bare have en ende på det hele", SUICIDE),
        ("a vil ha en ende på det hele", SUICIDE),
        # near neighbours that must stay found
        ("han siger han er ok men han ligger på gulvet og kan ikke rejse sig", ACUTE),
        ("det blæser og jeg kan ikke få vejret nu", ACUTE),
        ("han ligger på parkeringspladsen og svarer ikke", ACUTE),
        ("jeg har ondt i brystet og fik et hjerteanfald da jeg så regningen", ACUTE),
        ("han sagde for sjov at han var faldet, men nu ligger han på gulvet", ACUTE),
    ],
)
def test_as_found(said: str, kind: str) -> None:
    _reads(said, kind)


@pytest.mark.parametrize(
    "said",
    [
        # wind or cold that took one's breath
        "det blæste så meget ved havnen at man næsten ikke kunne få vejret",
        "der var så koldt i morges at man knap kunne trække vejret",
        "stormen var så voldsom i går at vi næsten ikke kunne få luft",
        # a sign said in jest
        "hun sagde hun var ved at blive kvalt i al den mad, men det var for sjov",
        "han siger for sjov at han er ved at dø af alle de piller",
        # a heart attack at a bill
        "jeg fik et chok da jeg så elregningen",
        "far fik næsten et hjerteanfald da han så prisen på kaffe",
        "jeg var lige ved at få et slagtilfælde over restskatten",
    ],
)
def test_as_calm(said: str) -> None:
    _calm(said)


@pytest.mark.parametrize(
    "said",
    [
        "og hvem kom på tredjepladsen",
        "hvem vandt førstepladsen i melodi grand prix",
        "og i køkkenet også",
        "å i sove værelset osse",
        "i stuen med",
        "og ude i badeværelset også",
    ],
)
def test_as_model_doubted(said: str) -> None:
    assert doubtful(said), said
    assert detect(said) is None, said


@pytest.mark.parametrize(
    "said",
    [
        "jeg tager mine piller både morgen og aften",
        "jeg har taget tyve billeder af børnebørnene",
        "han har taget ti af de der kager",
        "jeg har taget femten minutter på cyklen",
        "jeg skal huske at købe opvaskemiddel og afløbsrens",
        "han drak kaffe og gjorde rent med rengøringsmiddel",
        "jeg drikker mig ihjel i kaffe hver morgen",
        "der er ingen grund til at jeg står op før ti i morgen",
        "det er lige meget om jeg vågner tidligt i morgen",
        "jeg har taget pillerne fra i går med til lægen",
        "hun holdt op med at drikke kaffe og nu sover hun godt",
        "de var min søsters sko jeg tog på",
        "vi så en film om folk der ikke er der",
        # later in set AS: a fine reading, a count, a case asked about
        "mit blodsukker var 6 i morges og det er fint",
        "jeg har målt blodsukker tyve gange i dag",
        "blodsukkeret har været over 20 i går men nu er det 7 og hun har det godt",
        "hvad skal man gøre hvis blodsukkeret er over 20 hele dagen",
        "jeg drikker meget vand hele dagen og mit blodsukker er fint",
        # a letter for Christmas, goodbye to a guest or a house
        "jeg har skrevet et brev til børnebørnene til jul",
        "vi skrev et kort til hende og sagde farvel inden hun flyttede",
        "vi har sagt farvel til det gamle hus for altid",
        "hun skrev en besked og sagde farvel og tak for i dag",
        # a clean bottle
        "han drak af en ren flaske vand",
        "jeg drak af flasken og der var ikke noget rengøringsmiddel i den",
        # nobody misses a thing, or a colleague on holiday
        "ingen savner den gamle sofa",
        "der er ingen der savner ham på arbejdet når han holder ferie",
        "ingen ville savne den gamle bil hvis den forsvandt",
        # another's old pills taken along
        "jeg har taget min svigermors gamle piller med til apoteket",
        # away at Christmas
        "jeg er her ikke til jul, vi er i Spanien",
        "jeg er her ikke til jul og jeg fejler ingenting, vi skal bare til Spanien",
        "han er her ikke til jul for han er på arbejde",
        "du skal ikke regne med mig til jul, vi er på ferie",
        "jeg fejler ingenting men jeg er her ikke til næste år for jeg flytter til Jylland",
        # an end to a mess
        "vi skal have en ende på det rod i køkkenet",
        "kan du hjælpe mig med at få en ende på det her rod",
        "jeg vil bare have en ende på det hele med kommunen",
        "hjælp mig med at få en ende på den diskussion",
        "hjælp mig med at gøre det",
    ],
)
def test_as_near_misses_quiet(said: str) -> None:
    """How far each class reads: these carry its words and are no emergency."""
    assert detect(said) is None, (said, detect(said))


def test_a_room_with_a_sign_is_not_doubted() -> None:
    """Only a room alone is a home command's follow-up; a sign beside it is not."""
    for said in ("i køkkenet brænder det", "han ligger i stuen og svarer ikke"):
        assert not doubtful(said), said
        found = detect(said)
        assert found is not None and ACUTE in found.kinds, said


@pytest.mark.parametrize(
    "said",
    ["jeg er ikke syg, jeg ville bare høre om vejret", "han er aldrig syg", "a er ik syg"],
)
def test_not_ill_said_is_no_illness(said: str) -> None:
    assert detect(said) is None


@pytest.mark.parametrize("said", ["hun er blevet syg i nat", "han er meget syg og har feber"])
def test_ill_said_still_gets_the_doctor(said: str) -> None:
    found = detect(said)
    assert found is not None and URGENT in found.kinds
