"""A false alarm of conversation set 43 (a discharge nurse in Teams): a diagnosis in a
staff note that asks for technology is what the citizen has, not what happens now."""

from __future__ import annotations

import pytest

from bot.safety.detect import detect, doubtful


@pytest.mark.parametrize(
    "said",
    [
        "pt. m. apopleksi, kan ikke spise selv. tekn.?",
        "borger med apopleksi, hvilke hjælpemidler kan være relevante",
        "beboer m. kendt blodprop i hjernen, forslag til teknologi til påklædning?",
    ],
)
def test_a_diagnosis_asked_about_for_aids_is_no_emergency(said: str) -> None:
    assert detect(said) is None and doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "pt. med apopleksi nu, kan ikke tale. tekn.?",
        "pt m apopleksi pludselig slap i armen, relevante tekn?",
        "borger fik apopleksi i nat",
        "pt. m. apopleksi, kan ikke spise selv",
    ],
)
def test_a_stroke_now_or_without_a_question_for_aids_is_still_acute(said: str) -> None:
    found = detect(said)
    assert found is not None and "acute" in found.kinds
