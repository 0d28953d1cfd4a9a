"""The strict base every domain model shares: frozen, no unknown fields, storable values."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

#: The largest integer every supported database stores in an INTEGER column.
MAX_INT = 2**31 - 1


def _check(value: Any) -> Any:
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("text may not contain NUL characters")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
        raise ValueError(f"integer out of range (at most {MAX_INT})")
    if isinstance(value, list):
        for item in value:
            _check(item)
    return value


class Model(BaseModel):
    """Frozen, closed to unknown fields, finite numbers, values every backend can store."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    @field_validator("*", mode="after")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        return _check(value)
