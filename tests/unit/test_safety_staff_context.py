"""Staff in Teams passing on context, in our own sentences: two kinds of sentence where the
net (and the model's report_illness beside it) took context for an emergency. Someone
else's illness told as the reason a plan item is off, with a request to cancel, move or
remove it; and confusion told as a pattern (in the evenings, often, when it gets dark)
beside a question or request about medicine, reminders or the plan. Neither is an
emergency; the citizen's own illness and sudden or new confusion still are."""

from __future__ import annotations

import pytest

from bot.safety.detect import ACUTE, POISONING, URGENT, detect, doubtful, normalise
from bot.safety.patterns import doubt


@pytest.mark.parametrize(
    "said",
    [
        # a professional ill, the appointment to be cancelled, moved or removed
        "frisøren har meldt sig syg, så kan du flytte Ruths tid til næste onsdag",
        "hjemmehjælperen er blevet syg i dag, kan du aflyse rengøringen i morgen",
        "chaufføren fra flextrafik er syg, så slet påmindelsen om køreturen til øjenlægen",
        "ergoterapeuten er desværre syg, kan vi rykke hjælpemiddelbesøget til næste uge",
        "pedicuristen ringede og sagde hun er syg, kan du aflyse fodplejen fredag",
        "tandlægen har aflyst fordi hun er blevet syg, kan du flytte tiden til næste måned",
        "massøren melder sig syg, fjern massagen fra Birtes kalender",
        "vikaren har meldt sig syg - aflys gåturen i eftermiddag",
        "hjemmehjælper er syg i dag så slet rengøring fra planen",
        # a relative ill, the visit or the lift off
        "Jens' søn har skrevet at han er syg, så fjern søndagens besøg fra kalenderen",
        "svigersønnen er blevet syg så han kan ikke køre hende til kontrollen, kan vi rykke den",
    ],
)
def test_a_helper_ill_as_the_reason_a_plan_item_is_off_is_no_emergency(said: str) -> None:
    assert detect(said) is None, (said, detect(said))
    assert doubt.staff_context(normalise(said)), said
    assert doubtful(said), said  # and the model's report_illness alone is not taken


@pytest.mark.parametrize(
    "said",
    [
        "hun bliver tit forvirret når det bliver mørkt, får hun sin aftenmedicin til tiden",
        "Poul er ofte lidt forvirret om morgenen, kan du minde ham om morgenpillerne klokken otte",
        "om aftenen virker Else forvirret, har hun husket sine piller i dag",
        "Kirsten bliver let forvirret om aftenen, har hun fået sine aftenpiller",
        "borgeren er af og til forvirret, hvornår skal hun have sin dosisrulle",
        "han er nogle gange forvirret når det bliver mørkt, kan du sætte en påmindelse om medicinen"
        " kl 18",
        "om natten er Arne tit forvirret, har han taget sovemedicinen",
        # the worry passed on by a relative
        "sønnen skriver at hans far virker forvirret om eftermiddagen og spørger om han får sine"
        " tabletter",
    ],
)
def test_confusion_as_a_pattern_beside_medicine_or_a_reminder_is_no_emergency(said: str) -> None:
    assert detect(said) is None, (said, detect(said))
    assert doubt.staff_context(normalise(said)), said
    assert doubtful(said), said


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # the citizen's own illness stays urgent, with a request to cancel or not
        ("Karen er syg og har feber, kan du aflyse frisøren", URGENT),
        ("Ole er syg, så aflys frisøren i morgen", URGENT),
        ("jeg er syg, aflys fysioterapien", URGENT),
        ("hun er blevet syg kan du aflyse tandlægen", URGENT),
        # a helper ill, and an emergency beside it
        ("fysioterapeuten er syg, aflys træningen, og far har slået hovedet og kaster op", ACUTE),
        ("datteren er syg, aflys besøget; og mor kan ikke få vejret", ACUTE),
        ("hjemmehjælperen er syg og mor er faldet og kan ikke rejse sig, aflys rengøringen", ACUTE),
        # sudden, new or worse confusion stays
        ("Erik er pludselig helt forvirret, har han fået sin medicin", ACUTE),
        ("hun blev forvirret for en time siden og taler sludder, har hun taget sin medicin", ACUTE),
        ("hun har været forvirret siden i morges, har hun taget sin medicin", URGENT),
        (
            "hun er tit forvirret om aftenen, men i aften er hun meget værre, har hun fået sin medicin",
            URGENT,
        ),
        ("han er forvirret i aften og har feber, har han fået sine piller", URGENT),
        ("far er forvirret, har han taget sine piller", URGENT),
        # a pattern of confusion, and an emergency beside it
        (
            "han er tit forvirret om aftenen, men nu kan han ikke løfte armen, har han fået sin medicin",
            ACUTE,
        ),
        ("hun er tit forvirret om aftenen og nu har hun taget alle pillerne", POISONING),
    ],
)
def test_the_citizens_own_illness_and_sudden_confusion_stay(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None, said
    if kind == URGENT:
        assert found.kinds & {URGENT, ACUTE}, (said, found)
    else:
        assert kind in found.kinds, (said, found)
