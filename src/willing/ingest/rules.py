"""The rule data shipped with the package: YAML files under `rules/`, read once."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back when libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed rule file `rules/<name>.yaml`."""
    path = resources.files("willing.ingest") / "rules" / f"{name}.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    if not isinstance(data, dict):
        raise ValueError(f"rule file {name}.yaml must hold a mapping")
    return data


def words(name: str, key: str) -> list[str]:
    """A list of strings from a rule file."""
    value = load(name)[key]
    return [str(v) for v in value]
