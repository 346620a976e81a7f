"""The layout issue's rule (issue 23), kept true as the tree grows: import-linter checks
only the layers it is told about, so every package and module of bot/ must be in one."""

from __future__ import annotations

from pathlib import Path

import tomli as tomllib  # pytest needs it on Python 3.10, so it is always here

ROOT = Path(__file__).resolve().parents[2]


def _layers() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (layered,) = [c for c in contracts if c["type"] == "layers" and c.get("containers") == ["bot"]]
    return [name.strip() for layer in layered["layers"] for name in layer.split(":")]


def _top_level() -> set[str]:
    found = set()
    for path in (ROOT / "bot").iterdir():
        if path.is_dir() and (path / "__init__.py").exists():
            found.add(path.name)
        elif path.suffix == ".py" and path.stem not in ("__init__", "__main__"):
            found.add(path.stem)
    return found


def test_every_part_of_bot_is_in_a_layer() -> None:
    layers = _layers()
    assert layers[0] == "app" and layers[-1] == "core", layers
    missing = _top_level() - set(layers)
    assert not missing, f"add {sorted(missing)} to the layers contract in pyproject.toml"
    assert not set(layers) - _top_level(), "the layers contract names a module that is gone"
