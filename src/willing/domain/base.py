"""The strict base every domain model shares: frozen, no unknown fields, storable values."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from willing.domain.text import unencodable

#: The largest integer every supported database stores in an INTEGER column.
MAX_INT = 2**31 - 1


#: What no stored text may hold: NUL (PostgreSQL refuses it) and lone surrogates (no
#: encoder accepts them).
_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")


def _text(value: str) -> None:
    if "\x00" in value:
        raise ValueError("text may not contain NUL characters")
    at = unencodable(value)
    raise ValueError(
        f"text is not valid Unicode: a lone surrogate \\u{ord(value[at or 0]):04x} at "
        f"character {at}"
    )


#: The types `_check` looks into besides text (exactly these: an enum member needs none).
_CHECKED = frozenset({int, list, dict})


def _check(value: Any) -> Any:
    """Refuse text and integers no backend can store (called for every field: kept cheap)."""
    kind = type(value)
    if kind is str:
        if _UNSTORABLE.search(value) is not None:
            _text(value)
    elif kind is int:
        if not -MAX_INT <= value <= MAX_INT:
            raise ValueError(f"integer out of range (at most {MAX_INT})")
    elif kind is list:
        for item in value:  # text inline; models and enum members need no check
            if type(item) is str:
                if _UNSTORABLE.search(item) is not None:
                    _text(item)
            elif type(item) in _CHECKED:
                _check(item)
    elif kind is dict:
        for key, item in value.items():
            _check(key)
            _check(item)
    return value


@cache
def _numeric_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """Fields of `model` that hold an int or a float (optional or not)."""
    names = []
    for name, info in model.model_fields.items():
        kinds = get_args(info.annotation) or (info.annotation,)
        if any(k in (int, float) for k in kinds):
            names.append(name)
    return tuple(names)


class Model(BaseModel):
    """Frozen, closed to unknown fields, finite numbers, values every backend can store."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    @model_validator(mode="before")
    @classmethod
    def _no_booleans_as_numbers(cls, data: Any) -> Any:
        """Refuse true/false where a number goes: pydantic would read them as 1 and 0, so a
        YAML `quantity: yes` would pledge one unit."""
        if isinstance(data, dict):
            for name in _numeric_fields(cls):
                if type(data.get(name)) is bool:
                    raise ValueError(f"field '{name}' takes a number, not {data[name]!r}")
        return data

    @field_validator("*", mode="after")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        return _check(value)
