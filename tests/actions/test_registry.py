"""The action server registers every action in actions/ under the names the domain lists."""

from pathlib import Path

import yaml
from rasa_sdk.executor import ActionExecutor

ROOT = Path(__file__).resolve().parents[2]


def test_action_server_registers_exactly_the_domain_actions() -> None:
    executor = ActionExecutor()
    executor.register_package("actions")
    domain_actions = set()
    for path in (ROOT / "bot" / "domain").glob("*.yml"):
        domain_actions |= set(yaml.safe_load(path.read_text()).get("actions", []))
    assert set(executor.actions) == domain_actions
