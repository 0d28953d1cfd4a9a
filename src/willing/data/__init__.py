"""Data sets shipped inside the package; `cotw-ukraine-2026` is the default."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DEFAULT = "cotw-ukraine-2026"


def available() -> list[str]:
    """Names of the shipped data sets."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


def path_of(name: str) -> Path:
    """The folder of a shipped data set; KeyError naming the choices when unknown."""
    if name not in available():
        raise KeyError(f"no shipped data set '{name}'; available: {', '.join(available())}")
    return Path(str(resources.files(__name__) / name))
