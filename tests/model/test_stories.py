"""Test stories (tests/stories/) run against the trained dialogue policies."""

from pathlib import Path

from tests.model.conftest import rasa


def test_stories_predict_without_errors(model: Path, tmp_path: Path) -> None:
    result = rasa(
        "test", "core", "--stories", "tests/stories", "--model", str(model),
        "--fail-on-prediction-errors", "--out", str(tmp_path / "core"),
    )  # fmt: skip
    failed = tmp_path / "core" / "failed_test_stories.yml"
    detail = failed.read_text() if failed.exists() else ""
    assert result.returncode == 0, detail[-4000:] + result.stdout[-3000:] + result.stderr[-3000:]
