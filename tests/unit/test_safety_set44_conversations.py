"""Conversation set 44's false alarms, in our own sentences: the NLU model took practical
questions about an aid, frustration with the answers, a glad remark, fillers and a habit
told for advice as emergencies (report_emergency or report_crisis at 0.97-0.99, where the
net was silent). These are doubt marks on the model's reading only: the net still reads
every emergency that shares their words."""

from __future__ import annotations

import pytest

from bot.safety.detect import detect, doubtful


@pytest.mark.parametrize(
    "said",
    [
        # a practical question about an aid
        "hun vil vide hvor man kan afprøve en badebænk inden man søger",
        "kan man låne sådan en rollator et sted",
        "kan min søn søge om det for mig eller skal jeg selv gøre det",
        "må min far sige nej til den der sensor",
        "hvor sender man en ansøgning om hjælpemidler hen",
        # frustration with the assistant's answers
        "det her er ikke særlig brugbart",
        "jeg får jo aldrig noget svar af dig",
        "du er helt ubrugelig i dag",
        # a glad remark
        "min mor har fået en spiserobot og hun er rigtig glad",
        "han blev godt tilfreds med løftestolen",
        # fillers
        "øhm ja men altså hvad var det nu",
        # a habit told and advice asked
        "hun vågner flere gange om natten og går rundt, hvad kan vi gøre",
        "han har glemt komfuret tre gange i denne uge hvad kan man gøre ved det",
    ],
)
def test_conversation_sayings_are_doubted(said: str) -> None:
    assert detect(said) is None
    assert doubtful(said)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("jeg er faldet og kan ikke komme op, kan jeg låne din telefon", "acute"),
        ("hun er glad for sin stol men nu trækker hun ikke vejret", "acute"),
        ("han har taget alle pillerne i glasset, hvad kan vi gøre", "poisoning"),
        ("jeg vil ikke leve mere, det er ikke særlig brugbart at være mig", "suicide"),
        ("om natten fik han pludselig voldsomme smerter i brystet, hvad kan man gøre", "acute"),
    ],
)
def test_emergencies_with_the_same_words_are_still_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, found
