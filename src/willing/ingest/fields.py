"""The fields a reviewer may set on each draft type, and how a typed value is checked.

`willing review DRAFT --set FIELD=VALUE` goes through `parse`: a value is checked when it
is set (a date is a real date, an enum one of its values, a quantity a positive number,
a required code not null), so a bad value never reaches the queue and never breaks the
listing or an acceptance later. Only list fields split on commas.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from willing.domain.base import MAX_INT
from willing.domain.enums import Layer, Level, MeetingFormat, Stance
from willing.domain.errors import WillingError
from willing.domain.text import UNSAFE, visible


@dataclass(frozen=True)
class Spec:
    """One editable field: its shape, and whether null is allowed."""

    shape: str  # text, code, date, count, positive, number, list, bool, or an enum
    required: bool = False
    choices: type[StrEnum] | None = None


def _enum(choices: type[StrEnum], required: bool = False) -> Spec:
    return Spec("enum", required, choices)


TEXT, CODE, DATE, COUNT = Spec("text"), Spec("code"), Spec("date"), Spec("count")

#: Editable fields per draft type; `evidence` and other bookkeeping are not editable.
FIELDS: dict[str, dict[str, Spec]] = {
    "party": {"code": Spec("code", True), "name": TEXT, "role": TEXT},
    "condition": {"code": Spec("text", True), "name": TEXT, "party": CODE},
    "person": {
        "name": Spec("text", True),
        "role": TEXT,
        "party": CODE,
        "level": _enum(Level),
    },
    "meeting": {
        "date": DATE,
        "place": TEXT,
        "format": _enum(MeetingFormat),
        "host": CODE,
        "countries_count": COUNT,
        "heads_count": COUNT,
        "title": TEXT,
    },
    "position": {
        "party": Spec("code", True),
        "issue": Spec("text", True),
        "stance": _enum(Stance, True),
        "as_of": Spec("date", True),
    },
    "commitment": {
        "party": Spec("code", True),
        "layer": _enum(Layer, True),
        "domain": TEXT,
        "capability": TEXT,
        "quantity": Spec("positive"),
        "conditions": Spec("list"),
    },
    "figure": {
        "kind": TEXT,
        "unit": TEXT,
        "measure": TEXT,
        "value": Spec("number"),
        "low": Spec("number"),
        "high": Spec("number"),
        "approximate": Spec("bool"),
    },
    "claim": {"subject": Spec("text", True), "title": TEXT, "value": Spec("text", True)},
}

_NULL = ("null", "none", "")
#: The longest value a reviewer may set: a name, a title, a short list.
MAX_VALUE = 2_000
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9_:-]*")


def parse(draft: str, item_type: str, field: str, raw: str) -> Any:
    """The value `raw` (as typed) for `field` of a draft of `item_type`, or a WillingError."""
    specs = FIELDS.get(item_type, {})
    spec = specs.get(field)
    if spec is None:
        raise WillingError(
            f"draft '{draft}': a {item_type} draft has no field '{field}'; "
            f"choose one of: {', '.join(specs)}"
        )
    text = raw.strip()
    where = f"draft '{draft}': {field}"
    if len(text) > MAX_VALUE:
        raise WillingError(f"{where} is {len(text):,} characters; at most {MAX_VALUE:,} are taken")
    if UNSAFE.search(text):
        raise WillingError(f"{where} must be printable text, not '{visible(raw, 60)}'")
    if text.casefold() in _NULL:
        if spec.required:
            raise WillingError(f"{where} is required and cannot be null")
        return None
    if spec.shape == "text":
        return text
    if spec.shape == "code":
        if not _CODE.fullmatch(text):
            raise WillingError(f"{where} must be a party code such as FRA or EU, not '{raw}'")
        return text
    if spec.shape == "date":
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise WillingError(f"{where} must be a date as YYYY-MM-DD, not '{raw}'") from None
    if spec.shape == "enum":
        assert spec.choices is not None
        values = [str(m.value) for m in spec.choices]
        if text not in values:
            raise WillingError(f"{where} must be one of: {', '.join(values)}; not '{raw}'")
        return text
    if spec.shape == "count":
        if not re.fullmatch(r"[0-9]{1,10}", text) or int(text) > MAX_INT:
            raise WillingError(f"{where} must be a whole number from 0 to {MAX_INT:,}, not '{raw}'")
        return int(text)
    if spec.shape in ("positive", "number"):
        try:
            number = float(text)
        except ValueError:
            raise WillingError(f"{where} must be a number, not '{raw}'") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise WillingError(f"{where} must be a finite number, not '{raw}'")
        if spec.shape == "positive" and number <= 0:
            raise WillingError(f"{where} must be greater than 0, not '{raw}'")
        return int(number) if number.is_integer() else number
    if spec.shape == "bool":
        if text.casefold() in ("true", "yes", "1"):
            return True
        if text.casefold() in ("false", "no", "0"):
            return False
        raise WillingError(f"{where} must be true or false, not '{raw}'")
    assert spec.shape == "list"
    return [v.strip() for v in text.split(",") if v.strip()]
