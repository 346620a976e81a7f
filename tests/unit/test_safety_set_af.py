"""Set AF's classes, in our own sentences (the held-out set itself is scored in
tests/integration/test_safety_heldout.py): second-language speakers and their relatives.
The kinds of emergency the net had missed, and the kinds of ordinary sentence it, or the
model, had alarmed on."""

from __future__ import annotations

import pytest

from bot.safety.detect import ACUTE, SUICIDE, URGENT, detect, doubtful


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # a wish not to be here, "det bedste var, hvis ..."; only a burden, and alone
        ("det bedste ville være hvis jeg ikke var her længere", SUICIDE),
        ("jeg er bare en byrde for min søn og jeg er så ensom", SUICIDE),
        # the wish said in English beside Danish
        ("I want to die, min kone er væk", SUICIDE),
        ("my father says he doesn't want to live, han spiser ikke", SUICIDE),
        # not able to live on, in a clause's word order, relayed
        ("far sagde i telefonen at han ikke magter at leve mere", SUICIDE),
        # relayed, and the phone not taken since: acute too
        ("min bror skrev at han ikke gider leve mere, nu svarer han ikke på mobilen", ACUTE),
        # hot in the head (fever in everyday words) and off food or drowsy
        ("far er helt varm i panden og han vil ikke drikke noget", URGENT),
        ("mormor er hed i hele kroppen og meget sløv i dag", URGENT),
        # fever said in English
        ("my husband has a high fever, han er 90 år", URGENT),
    ],
)
def test_set_af_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # people with a condition, in a question what exists for them
        "findes der hjælpemidler til ældre med KOL derhjemme",
        # laughing so one can hardly breathe
        "vi grinte så jeg slet ikke kunne få vejret over den film",
        # a child wild about fire engines or ambulances
        "min dattersøn er vild med ambulancer og politibiler",
        # 1-1-2 practised
        "i dag øvede vi at ringe 1-1-2 med hjemmeplejen",
        # a mouth that burns from spiced food
        "der var alt for meget chili i suppen, tungen brænder",
        # "dying for" something to eat or drink
        "jeg dør for et stykke wienerbrød",
        "mor ville dø for en kold sodavand nu",
        # no ambulance where one grew up
        "i min landsby havde vi ingen ambulance dengang",
        # a death of an illness, told
        "min bedstefar døde af en blodprop i halvfjerdserne",
        # a little cough or a cold, and otherwise well
        "jeg har en lille snue men ellers har jeg det godt",
        # a lamp that switches itself off
        "kan lampen i gangen slukke af sig selv om natten",
    ],
)
def test_set_af_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or not (found.kinds - {"helpline"}), (said, found)
    assert doubtful(said), said


@pytest.mark.parametrize(
    "said",
    [
        # the model's false alarms: snoring, fasting before a test, a difference asked
        "naboens snorken gør at jeg ikke kan falde i søvn",
        "må jeg drikke kaffe før operationen eller skal jeg faste",
        "hvad er forskellen på en rollator og en gangstol",
    ],
)
def test_set_af_ordinary_questions_are_doubtful(said: str) -> None:
    assert detect(said) is None, said
    assert doubtful(said), said


@pytest.mark.parametrize(
    "said",
    [
        # the new classes read no further than they should
        "jeg kan ikke leve uden min have",
        "hun siger hun ikke kan leve af sin pension",
        "jeg bliver varm i hovedet af at læse avisen",
        "jeg er bare en byrde for mig selv med alle de spørgsmål til telefonen",
        "han sagde at han ikke tager telefonen i aften",
    ],
)
def test_set_af_classes_read_no_further(said: str) -> None:
    found = detect(said)
    assert found is None or not (found.kinds - {"helpline"}), (said, found)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # the same words in a real emergency are still found
        ("jeg kan ikke få luft", ACUTE),
        ("min mor har åndenød og bliver blå", ACUTE),
        ("han er død", ACUTE),
        ("der er ild i køkkenet", ACUTE),
        ("ring 1-1-2 min mand er faldet", ACUTE),
        ("brandbilen skal komme nu, det brænder i stuen", ACUTE),
        ("min mund brænder og min hals hæver op efter jordnødder", ACUTE),
        ("jeg dør nu", ACUTE),
        ("han døde lige af et hjertestop, hvad gør jeg", ACUTE),
        ("far har fået et slagtilfælde, hans mund hænger", ACUTE),
        ("hun slukker sig selv, hun vil ikke leve", SUICIDE),
        ("jeg har lidt hoste og høj feber og kan ikke trække vejret", ACUTE),
        ("han snorker og vi kan ikke vække ham", ACUTE),
    ],
)
def test_set_af_marks_do_not_hide_an_emergency(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)
