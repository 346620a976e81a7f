"""`rasa data validate`: domain, rules, stories and NLU data agree, with no warnings
but one kind: the worker's EXTERNAL_ intents have no NLU examples, by design (Rasa's
way for external events; nobody says them, bot/core/delivery.py triggers them)."""

import re

from tests.model.conftest import rasa

WARNING = re.compile(r"UserWarning: (.*?)(?:\x1b\[0m|\n|$)")
NO_EXAMPLES = re.compile(
    r"The intent 'EXTERNAL_\w+' is listed in the domain file, but is not found in the NLU "
    r"training data\."
)


def test_rasa_data_validates_without_warnings() -> None:
    result = rasa(
        "data", "validate",
        "--config", "config.yml", "--domain", "bot/domain",
        "--data", "data/nlu", "data/rules", "data/stories",
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    warnings = WARNING.findall(output)
    assert [w for w in warnings if not NO_EXAMPLES.fullmatch(w.strip())] == [], warnings
    # Both worker intents are there, and nothing else is excused.
    assert sorted(w for w in warnings if NO_EXAMPLES.fullmatch(w.strip())) == [
        "The intent 'EXTERNAL_dose_due' is listed in the domain file, but is not found in "
        "the NLU training data.",
        "The intent 'EXTERNAL_plan_alert' is listed in the domain file, but is not found in "
        "the NLU training data.",
    ]
