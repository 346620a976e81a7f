"""Held-out Danish sentences (tests/nlu/, never in the training data) through the model."""

import json
from pathlib import Path

from tests.model.conftest import ROOT, rasa

MIN_MACRO_F1 = 0.90


def test_intent_macro_f1_on_held_out_sentences(model: Path, tmp_path: Path) -> None:
    out = tmp_path / "nlu"
    result = rasa("test", "nlu", "--nlu", "tests/nlu", "--model", str(model), "--out", str(out))
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads((out / "intent_report.json").read_text())
    f1 = report["macro avg"]["f1-score"]
    worst = sorted(
        (v["f1-score"], k)
        for k, v in report.items()
        if isinstance(v, dict) and "support" in v and k[0].islower()
    )[:5]
    assert f1 >= MIN_MACRO_F1, f"intent macro-F1 {f1:.3f} < {MIN_MACRO_F1}; worst: {worst}"
    # Keep the report for bench/nlu_report and for people reading a failed run.
    keep = ROOT / "var" / "test-results" / "nlu"
    keep.mkdir(parents=True, exist_ok=True)
    for name in ("intent_report.json", "intent_errors.json"):
        if (out / name).exists():
            (keep / name).write_text((out / name).read_text())
