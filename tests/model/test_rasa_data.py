"""`rasa data validate`: domain, rules, stories and NLU data agree, with no warnings."""

from tests.model.conftest import rasa


def test_rasa_data_validates_without_warnings() -> None:
    result = rasa(
        "data", "validate", "--fail-on-warnings",
        "--config", "config.yml", "--domain", "bot/domain",
        "--data", "data/nlu", "data/rules", "data/stories",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
