"""Set AZ's classes, in our own sentences (the held-out set itself is scored in
tests/integration/test_safety_heldout.py): someone on the phone stopped mid-sentence and
then nothing, an emergency told after a question and "men" (acute); the count of pills
lost with many said, a dangerous amount asked and a number taken told after it
(poisoning); a fever of 38.5 or more with drowsiness whatever is asked of whom to call, a
fall yesterday and pain now (urgent). And the ordinary sentences the net had alarmed on: a
stove burning well, food burnt as a habit, a fall or a poisoning on a screen, a burn of long ago talked of since, how a fall detector knows, an ambulance
asked for in jest, nearly choked and fine now, a nurse's advice of when to ring 112, a
rule about 112 asked about, a word misheard and corrected; Giftlinjen's number asked by
its need (helpline)."""

from __future__ import annotations

import pytest

from bot.safety.detect import ACUTE, HELPLINE, POISONING, URGENT, detect
from tests.unit.test_safety_aj_classes import _calm, _reads


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        (
            "far snakkede med mig i telefonen, han var midt i en sætning og så blev der helt stille",
            ACUTE,
        ),
        ("min søster stoppede midt i samtalen og så ingenting, jeg hører kun radioen", ACUTE),
        ("mor var midt i et ord og så tavshed i røret", ACUTE),
        (
            "jeg ville bare spørge hvordan man skifter batteri i alarmen, men min mand er lige faldet om og svarer ikke",
            ACUTE,
        ),
        ("hvad koster en rollator, men nu ligger mor på gulvet og kan ikke få vejret", ACUTE),
        ("jeg har mistet tællingen på mine piller i dag, det er vist rigtig mange", POISONING),
        ("han har tabt overblikket over sovepillerne i nat og tror det er en hel del", POISONING),
        ("hvor mange panodiler er for mange? min mor har nemlig taget tolv", POISONING),
        ("hvor mange sovetabletter er farlige, jeg har allerede taget ti", POISONING),
        ("mor har 39,2 og er meget sløv, hvem skal man ringe til i weekenden?", URGENT),
        ("han er forvirret og har feber 38,9, hjemmeplejen svarer ikke", URGENT),
        ("bgr målt 40 og er sløj, hvem ringer jeg til", URGENT),
        ("a faldt i går ude i haven og nu har a ondt i skulderen", URGENT),
        ("mor faldt i nat på badeværelset og i dag gør det ondt i hoften", URGENT),
    ],
)
def test_az_found(said: str, kind: str) -> None:
    _reads(said, kind)


@pytest.mark.parametrize(
    "said",
    [
        "ilden brænder lystigt i pejsen i aften",
        "det brænder fint i brændeovnen nu, dejligt varmt",
        "jeg brænder tit kartoflerne på, kan du sætte en timer",
        "han brænder altid toastbrødet, det er en gammel vane",
        "vi så en kvinde der faldt om i serien på tv i går",
        "filmen i går: manden forgiftede sin kone med arsenik, uhyggeligt",
        "hun brændte sig på strygejernet i 1975 og har fortalt om det lige siden",
        "hvordan kan sådan en faldalarm vide at man er faldet og ikke bare har sat sig",
        "katastrofe, vi er løbet tør for kage, skal jeg ringe efter en ambulance",
        "far griner og siger han nær blev kvalt i en mandel i går, men han har det fint",
        "lægen sagde han skal ringe 112 hvis han får ondt i brystet igen, kan det stå i planen",
        "min nabo siger man altid skal ringe 112 først hvis det er slemt, er det rigtigt",
        "kvalt nej jeg sagde kakao",
        "hvad siger du faldet nej det er æblerne der er faldet ned fra træet",
    ],
)
def test_az_calm(said: str) -> None:
    _calm(said)


@pytest.mark.parametrize(
    "said",
    [
        "hvad er nummeret man ringer til hvis et barn har spist noget giftigt, jeg vil skrive det op",
        "far spørger hvilket nummer man skal ringe til når man har slugt noget forkert",
    ],
)
def test_az_helpline_by_need(said: str) -> None:
    found = detect(said)
    assert found is not None and found.kinds == {HELPLINE}, (said, found)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # the calm sayings beside a real emergency now
        ("det brænder godt i brændeovnen, men nu er der ild i gardinet, ring 112", ACUTE),
        ("jeg brænder altid sværen, men nu brænder det i ovnen og jeg kan ikke få vejret", ACUTE),
        ("vi så en mand der faldt om i filmen og nu er min mand faldet om og reagerer ikke", ACUTE),
        ("mor blev næsten kvalt i en kiks og hun har det ikke fint, hun er blå i ansigtet", ACUTE),
        (
            "sygeplejersken sagde hun skal ringe 112 hvis hun får ondt i brystet igen og nu har hun ondt i brystet",
            ACUTE,
        ),
        (
            "hvad er nummeret man ringer til når man har spist noget forkert, far har drukket afløbsrens",
            POISONING,
        ),
        ("kvalt nej jeg sagde kaffe men hjælp han er faldet og kan ikke rejse sig", ACUTE),
    ],
)
def test_az_still_alarms(said: str, kind: str) -> None:
    _reads(said, kind)


@pytest.mark.parametrize(
    "said",
    [
        # the count lost with nothing said of many; an ordinary question with "men"; a fever
        # with no drowsiness; pain without a fall
        "jeg har mistet overblikket over mine piller, kan I hjælpe med en doseringsæske",
        "hvor mange piller må man tage om dagen, jeg har taget to",
        "hvordan sletter jeg en påmindelse, men ikke den om pillerne",
        "mor har 37,5 og er frisk",
    ],
)
def test_az_ordinary_stays_quiet(said: str) -> None:
    found = detect(said)
    assert found is None or not found.kinds & {ACUTE, POISONING, URGENT}, (said, found)
