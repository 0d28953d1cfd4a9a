"""Introspection of entity declarations: one description of each field drives storage,
import/export and docs, so no layer restates the model by hand."""

from __future__ import annotations

import datetime as dt
import types
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from willing.domain.refs import Ref

Shape = Literal["scalar", "list", "model", "model_list"]


@dataclass(frozen=True)
class FieldSpec:
    """How one field is shaped: a scalar, a list of scalars, a sub-model or a list of them."""

    name: str
    shape: Shape
    py_type: type[Any]
    optional: bool
    ref: str | None
    description: str
    model: type[BaseModel] | None = None

    @property
    def scalar_name(self) -> str:
        """Name of the scalar type for docs and CSV: str, int, float, bool, date or an enum."""
        if issubclass(self.py_type, Enum):
            return "one of " + "|".join(str(m.value) for m in self.py_type)
        return {str: "text", int: "integer", float: "number", bool: "boolean"}.get(
            self.py_type, "date" if self.py_type is dt.date else self.py_type.__name__
        )


def _unwrap(annotation: Any) -> tuple[Any, bool, str | None]:
    """Strip Optional and Annotated; return (inner type, optional, ref kind)."""
    optional = False
    ref: str | None = None
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            args = get_args(annotation)
            for meta in args[1:]:
                if isinstance(meta, Ref):
                    ref = meta.kind
            annotation = args[0]
        elif origin in (Union, types.UnionType):
            args = tuple(a for a in get_args(annotation) if a is not type(None))
            optional = optional or len(args) < len(get_args(annotation))
            if len(args) != 1:
                raise TypeError(f"unsupported union {annotation}")
            annotation = args[0]
        else:
            return annotation, optional, ref


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


@cache
def fields_of(model: type[BaseModel]) -> tuple[FieldSpec, ...]:
    """Describe every field of `model` (cached: declarations never change at run time)."""
    specs: list[FieldSpec] = []
    for name, info in model.model_fields.items():
        annotation: Any = info.annotation
        if info.metadata:
            annotation = Annotated[(annotation, *info.metadata)]
        inner, optional, ref = _unwrap(annotation)
        description = info.description or ""
        if get_origin(inner) is list:
            (item,) = get_args(inner)
            item_type, _, item_ref = _unwrap(item)
            if _is_model(item_type):
                specs.append(
                    FieldSpec(name, "model_list", item_type, optional, None, description, item_type)
                )
            else:
                specs.append(FieldSpec(name, "list", item_type, optional, item_ref, description))
        elif _is_model(inner):
            specs.append(FieldSpec(name, "model", inner, optional, None, description, inner))
        else:
            specs.append(FieldSpec(name, "scalar", inner, optional, ref, description))
    return tuple(specs)


def refs_of(model: type[BaseModel]) -> list[tuple[str, str]]:
    """(dotted path, target kind) of every reference a model holds, nested ones included."""
    found: list[tuple[str, str]] = []
    for spec in fields_of(model):
        if spec.ref is not None:
            found.append((spec.name, spec.ref))
        if spec.model is not None:
            found.extend((f"{spec.name}.{sub}", kind) for sub, kind in refs_of(spec.model))
    return found


def values_at(record: BaseModel, path: str) -> list[str]:
    """Every non-empty value at a dotted path of `refs_of`, flattening lists."""
    head, _, rest = path.partition(".")
    value = getattr(record, head)
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        if item is None:
            continue
        if rest:
            out.extend(values_at(item, rest))
        else:
            out.append(str(item))
    return out
