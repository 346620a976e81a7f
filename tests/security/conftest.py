"""The security tests attack the running assistant (tests/servers.py, one per session)
the way each finding of issue 19 describes; a real browser where the attacker is one."""

from tests.integration.conftest import browser  # noqa: F401 (the headless Chromium)
