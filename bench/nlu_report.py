"""NLU on the held-out sentences in tests/nlu/: accuracy, macro-F1, worst intents.

python -m bench.nlu_report
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bench.record import rasa, record
from bot.settings import PROJECT_ROOT

MODEL = PROJECT_ROOT / "models" / "velfaerd.tar.gz"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rasa("test", "nlu", "--nlu", "tests/nlu", "--model", str(MODEL), "--out", tmp)
        intents = json.loads((Path(tmp) / "intent_report.json").read_text())
        # named after the classifier's class (DIETClassifier or nlu.banded_diet's)
        entity_paths = sorted(Path(tmp).glob("*DIETClassifier_report.json"))
        entities = json.loads(entity_paths[0].read_text()) if entity_paths else {}
    per_intent = {
        k: v
        for k, v in intents.items()
        if isinstance(v, dict) and "support" in v and "avg" not in k
    }
    worst = sorted(per_intent.items(), key=lambda kv: kv[1]["f1-score"])[:5]
    results = {
        "sentences": intents["macro avg"]["support"],
        "accuracy": round(intents["accuracy"], 4),
        "macro_f1": round(intents["macro avg"]["f1-score"], 4),
        "weighted_f1": round(intents["weighted avg"]["f1-score"], 4),
        "worst_intents": {k: round(v["f1-score"], 3) for k, v in worst},
        "entity_macro_f1": round(entities.get("macro avg", {}).get("f1-score", 0.0), 4),
    }
    rows = [
        {"measure": "held-out sentences", "value": results["sentences"]},
        {"measure": "intent accuracy", "value": results["accuracy"]},
        {"measure": "intent macro-F1", "value": results["macro_f1"]},
        {"measure": "entity macro-F1 (DIET)", "value": results["entity_macro_f1"]},
        {
            "measure": "worst intents (F1)",
            "value": ", ".join(f"{k} {v}" for k, v in results["worst_intents"].items()),
        },
    ]
    record("nlu", results, rows)


if __name__ == "__main__":
    main()
