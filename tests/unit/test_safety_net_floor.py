"""The safety net as the floor under the model: classes of emergency the opened held-out
sets showed the net missing (dialect, a recogniser's split words, everyday words for
stroke, collapse, poisoning and thoughts of suicide), each in our own sentences; and a
question about who helps, which is no cry for help."""

from __future__ import annotations

import pytest

from bot.safety.detect import detect, doubtful


def _kinds(text: str) -> set[str]:
    found = detect(text)
    return set(found.kinds) if found else set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Jutlandic: "a ka itt rejs mæ", "æ mand er faldn om"
        ("a er faldn i æ stue og a ka ett rejs mæ", "acute"),
        ("æ mand er faldn om i æ have og han sir ingenting", "acute"),
        ("a gider itt å lev læng mer", "suicide"),
        # a recogniser's split words
        ("jeg har tag et dob belt do sis af mine sove piller", "poisoning"),
        ("han har ik ke nogen puls", "acute"),
        ("min kone har høj fe ber og det er midt om natten", "urgent"),
        # collapse, breath, pulse, stroke, blood, seizure in everyday words
        ("min søster er gået om kuld på badeværelset og rører sig ikke", "acute"),
        ("hun kan ikke ånde ordentligt", "acute"),
        ("hans smil er blevet skævt i den ene side", "acute"),
        ("far snakker sludder og kan ikke løfte sin venstre arm", "acute"),
        ("der er blod over det hele i gangen efter han skar sig", "acute"),
        ("min nabo er gået i krampe på fortovet", "acute"),
        ("han holder sig for brystet og er helt bleg", "acute"),
        ("der er en mand på trappen som truer med at komme ind", "acute"),
        ("dynen ulmer og hun sover", "acute"),
        # poisoning: a child at the pills, a patch, someone else's pills, a dose twice
        ("mit oldebarn har rodet i min pilleæske og der mangler tabletter", "poisoning"),
        ("mor har tygget på sit smerteplaster", "poisoning"),
        ("jeg har taget både mine egne og min kones piller i aften", "poisoning"),
        ("jeg har fået mine morgenpiller to gange i dag", "poisoning"),
        # suicide: a means, treatment stopped to die, letters left, life not worth it
        ("min svoger har hentet geværet frem og siger han vil bruge det på sig selv", "suicide"),
        ("jeg har tænkt på at slukke for ilten og bare lade det ske", "suicide"),
        ("jeg stopper med insulinen så ordner det sig selv", "suicide"),
        ("jeg har skrevet et farvelbrev til min søn", "suicide"),
        ("det er ikke værd at leve længere uden hende", "suicide"),
        ("hvordan slutter man det hele stille og roligt", "suicide"),
        # urgent: a burn blistered, a wound that festers, water that hurts
        ("jeg har brændt armen på gryden og der er kommet vabler", "urgent"),
        ("tryksåret på hans hofte er blevet sort og lugter", "urgent"),
        ("det svider når jeg tisser og jeg skal op hele natten", "urgent"),
    ],
)
def test_net_finds_the_class(text: str, kind: str) -> None:
    kinds = _kinds(text)
    if kind == "acute":
        assert "acute" in kinds, text
    elif kind == "urgent":
        assert kinds & {"urgent", "acute"}, text
    else:
        assert kind in kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "i går faldt naboen men han har det fint i dag",
        "æ hund ligger og sover på æ gulv",
        "når jeg ikke er her mere skal min søn arve huset, hvordan skriver jeg det",
        "jeg skal huske mine piller to gange om dagen",
        "hvad er et smerteplaster",
        "han siger ingenting om det til sin kone",
    ],
)
def test_no_alarm_for_the_near_miss(text: str) -> None:
    assert not (_kinds(text) - {"helpline"}), text


@pytest.mark.parametrize(
    "text",
    [
        "og hvem er det der hjælper",
        "hvem hjælper med det",
        "hvem kan hjælpe mig med tabletten",
        "men hvem er det så der hjælper der",
    ],
)
def test_who_helps_is_no_cry_for_help(text: str) -> None:
    assert detect(text) is None, text
    assert doubtful(text) or "med" in text


@pytest.mark.parametrize("text", ["hjælp", "hjælp mig", "hjææælp", "hvem kan hjælpe mig"])
def test_bare_help_is_still_the_help_question(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "help", text


def test_boiling_fat_on_an_arm_with_the_skin_white_is_acute_however_far_apart() -> None:
    found = detect("jeg fik kogende olie ned ad armen og håndleddet og nu er det hele blevet hvidt")
    assert found is not None and found.kind == "acute"
    assert detect("jeg hældte kogende vand i kanden og tog en hvid kop frem") is None
