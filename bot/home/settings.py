"""Where the homes' files are: VELFAERD_HOMES_DIR, a folder of one YAML file per home.

Unset (the default for `make run`), no home is controlled and the assistant says so;
nothing then needs a broker.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.settings import PROJECT_ROOT


@dataclass(frozen=True)
class HomeSettings:
    homes_dir: Path | None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> HomeSettings:
        env = os.environ if env is None else env
        raw = env.get("VELFAERD_HOMES_DIR", "").strip()
        if not raw:
            return cls(homes_dir=None)
        path = Path(raw).expanduser()
        return cls(homes_dir=path if path.is_absolute() else PROJECT_ROOT / path)
