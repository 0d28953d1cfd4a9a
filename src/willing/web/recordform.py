"""Forms for records, made from the records' own Pydantic models: one field per scalar,
enum or list field (nested objects such as evidence are kept as they are), the label as a
classification and an audience. Parsing turns the browser's strings into plain data and
leaves every check to the service, whose problems come back as errors beside the fields.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from willing.domain.catalog import KINDS
from willing.domain.errors import Problem
from willing.domain.labels import Classification

#: The kinds a page may create and edit.
EDITABLE = ("pledges", "requirements", "conditions", "meetings")
SKIPPED = ("label", "evidence", "notional")
LABEL_FIELDS = ("label.classification", "label.releasable_to")


@dataclass
class FormField:
    name: str
    label: str
    widget: str  # text, number, integer, date, select, checkboxes, checkbox, textarea
    required: bool
    help: str = ""
    choices: tuple[str, ...] = ()
    value: Any = ""
    error: str = ""
    #: the value stored now, when it differs from the one in the form (stale edit)
    current: Any = None

    @property
    def ident(self) -> str:
        return "f-" + self.name.replace(".", "-")


def _strip_optional(annotation: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        return (args[0] if len(args) == 1 else str), optional
    return annotation, False


def _base(annotation: Any) -> Any:
    if typing.get_origin(annotation) is typing.Annotated:
        return typing.get_args(annotation)[0]
    return annotation


def _widget(annotation: Any) -> tuple[str, tuple[str, ...]] | None:
    kind = _base(annotation)
    if typing.get_origin(kind) is list:
        (item,) = typing.get_args(kind)
        item = _base(item)
        if isinstance(item, type) and issubclass(item, enum.Enum):
            return "checkboxes", tuple(str(m.value) for m in item)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return None
        return "text", ()
    if isinstance(kind, type):
        if issubclass(kind, BaseModel):
            return None
        if issubclass(kind, enum.Enum):
            return "select", tuple(str(m.value) for m in kind)
        if issubclass(kind, bool):
            return "checkbox", ()
        if issubclass(kind, int):
            return "integer", ()
        if issubclass(kind, float):
            return "number", ()
        if issubclass(kind, dt.date):
            return "date", ()
    return "text", ()


def _shown(value: Any, widget: str) -> Any:
    if value is None:
        return "" if widget != "checkboxes" else []
    if widget == "checkboxes":
        return [str(getattr(v, "value", v)) for v in value]
    if isinstance(value, list):
        return ", ".join(str(getattr(v, "value", v)) for v in value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if widget == "checkbox":
        return bool(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 6, not 6.0: what a person would type
    return str(value)


def fields_of(kind: str, record: Mapping[str, Any] | None) -> list[FormField]:
    """The form of `kind`, filled with `record` (plain data) when editing."""
    model = KINDS[kind]
    out: list[FormField] = []
    for name, info in model.model_fields.items():
        if name in SKIPPED:
            continue
        annotation, optional = _strip_optional(info.annotation)
        found = _widget(annotation)
        if found is None:
            continue
        widget, choices = found
        if widget == "text" and name in ("summary", "caveats", "description", "note"):
            widget = "textarea"
        required = info.is_required() and not optional and widget not in ("checkbox", "checkboxes")
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        value = _shown(record.get(name) if record else default, widget)
        out.append(
            FormField(
                name,
                name.replace("_", " "),
                widget,
                required,
                info.description or "",
                choices,
                value,
            )
        )
    label = (record or {}).get("label") or {}
    classes = tuple(c.value for c in Classification)
    out.append(
        FormField(
            "label.classification",
            "classification",
            "select",
            False,
            "Leave empty for the default: national to your party, public for the staff.",
            ("",) + classes if record is None else classes,
            str(label.get("classification", "")) if record else "",
        )
    )
    out.append(
        FormField(
            "label.releasable_to",
            "releasable to",
            "text",
            False,
            "Party and group codes, separated by commas (e.g. COTW, FRA).",
            (),
            ", ".join(label.get("releasable_to", [])),
        )
    )
    return out


def _parsed(widget: str, raw: list[str]) -> Any:
    text = raw[-1].strip() if raw else ""
    if widget == "checkboxes":
        return [v for v in raw if v]
    if widget == "checkbox":
        return bool(raw and raw[-1] in ("on", "true", "1"))
    return text or None


def parse(kind: str, form: Mapping[str, list[str]], creating: bool) -> dict[str, Any]:
    """Plain data from the posted form. Empty optional fields become null; list fields
    typed as text are split on commas; the service validates the rest."""
    data: dict[str, Any] = {}
    for f in fields_of(kind, None):
        raw = form.get(f.name, [])
        value = _parsed(f.widget, raw)
        if f.name == "label.classification":
            if value:
                data.setdefault("label", {})["classification"] = value
            continue
        if f.name == "label.releasable_to":
            codes = [c.strip().upper() for c in (value or "").split(",") if c.strip()]
            if codes or "label" in data:
                data.setdefault("label", {})["releasable_to"] = codes
            continue
        info = KINDS[kind].model_fields[f.name]
        is_list = typing.get_origin(_base(_strip_optional(info.annotation)[0])) is list
        if is_list and f.widget == "text":
            value = [v.strip() for v in (value or "").split(",") if v.strip()]
        if value is None and not creating:
            data[f.name] = None
        elif value is not None:
            data[f.name] = value
    return data


def with_errors(fields: list[FormField], problems: list[Problem]) -> list[str]:
    """Put each problem beside its field; return the ones no field holds."""
    by_name = {f.name: f for f in fields}
    left: list[str] = []
    for p in problems:
        key = (p.field or "").split(".")
        name = ".".join(key[:2]) if key[0] == "label" else key[0]
        target = by_name.get(name)
        if target is None:
            left.append(str(p))
        else:
            target.error = (target.error + "; " if target.error else "") + p.message
    return left


def refill(fields: list[FormField], form: Mapping[str, list[str]]) -> None:
    """Show what the user typed again after a refusal."""
    for f in fields:
        raw = form.get(f.name, [])
        if f.widget == "checkboxes":
            f.value = list(raw)
        elif f.widget == "checkbox":
            f.value = bool(raw)
        else:
            f.value = raw[-1] if raw else ""


def mark_changed(fields: list[FormField], stored: Mapping[str, Any]) -> int:
    """After a stale edit: note beside each field the value stored now where it differs
    from what the user sent; return how many differ."""
    changed = 0
    for f in fields:
        if f.name.startswith("label."):
            now = _shown((stored.get("label") or {}).get(f.name.split(".")[1]), f.widget)
        else:
            now = _shown(stored.get(f.name), f.widget)
        if now != f.value:
            f.current = ", ".join(now) if isinstance(now, list) else now
            changed += 1
    return changed
