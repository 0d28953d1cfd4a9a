"""YAML and JSON that round-trip every string exactly and refuse duplicate keys."""

from __future__ import annotations

import json
from typing import Any

import yaml

#: Characters a YAML reader folds or drops unless they are escaped in double quotes.
_FRAGILE = ("\x85", "\u2028", "\u2029", "\ufeff", "\r")


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(ch in value for ch in _FRAGILE) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


class _Loader(yaml.SafeLoader):
    pass


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def dump_yaml(doc: Any) -> str:
    """YAML text of `doc`, keys in insertion order, fragile characters escaped."""
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def load_yaml(text: str) -> Any:
    """Parse YAML, refusing duplicate keys (which would silently drop data)."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def load_json(text: str) -> Any:
    """Parse JSON, refusing duplicate keys."""
    return json.loads(text, object_pairs_hook=_no_duplicates)
