"""The marker that turns a field into a reference to another record."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    """Marks a field as a reference to a record of `kind` (a foreign key)."""

    kind: str
