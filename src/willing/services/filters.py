"""The list filters every interface offers (`willing list --party ...`, `GET /{kind}?party=`,
the registry pages): which option filters which field of a kind, checked in one place."""

from __future__ import annotations

from typing import Any

from willing.domain.catalog import KINDS, kind_named
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.fields import fields_of
from willing.domain.records import Record
from willing.services.access import Registry

#: Filter option -> the fields it may stand for, the first a kind has.
FILTERS: dict[str, tuple[str, ...]] = {
    "party": ("party",),
    "layer": ("layers", "layer"),
    "capability": ("capability",),
    "status": ("status",),
    "meeting": ("meeting",),
}


def filters_of(kind: str) -> dict[str, str]:
    """Filter option -> field of `kind` it filters on, for the options the kind has."""
    names = {s.name for s in fields_of(KINDS[kind_named(kind)])}
    out: dict[str, str] = {}
    for option, fields in FILTERS.items():
        for field in fields:
            if field in names:
                out[option] = field
                break
    return out


def field_filters(kind: str, options: dict[str, str | None]) -> dict[str, Any]:
    """The registry filters (field -> value) for the options given (None: not given); an
    option the kind does not have is refused, naming it."""
    kind = kind_named(kind)
    known = filters_of(kind)
    out: dict[str, Any] = {}
    for option, value in options.items():
        if value is None:
            continue
        if option not in known:
            raise ValidationFailure(
                [Problem(f"--{option}", None, f"{kind} cannot be filtered by {option}")]
            )
        out[known[option]] = value.upper() if option == "party" else value
    return out


def filtered(registry: Registry, kind: str, options: dict[str, str | None]) -> list[Record]:
    """Records of `kind` the viewer may see, narrowed by the filter options given."""
    return registry.list(kind, **field_filters(kind, options))
