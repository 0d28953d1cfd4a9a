"""The plan's inputs of one registry state as numpy arrays: stored, restored and cut down
to what one viewer may see.

Reading 100k pledges and their list fields row by row out of the database is most of a
cold plan's read; one archive of raw arrays (a JSON index and each array's bytes, read
back as views; no pickles) is read in a few milliseconds. The archive holds every
record's plan fields (the administrator's columns); a viewer's columns are cut from it
by the ids `registry.visible_ids` selects, with the same rules for hidden references as
the SQL read (`loader` module docstring), so the two agree exactly (tests check it for
every viewer).

Layout: `<table>/<field>` per column: ids as a unicode array, other texts as int32
codes into `vocab/<table>/<field>` (-1 for a missing value: one string object per
distinct value when read back, not one per row), numbers as int64 or float64 with
`<table>/<field>/null` marking missing ones. List fields as `<pairs>/rows` and coded
`<pairs>/values`; substitutions as `substitutes/rows|for|ratio`.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Mapping, Sequence
from itertools import repeat
from typing import Any

import numpy as np

from willing.sourcing.problem import IntArray
from willing.sourcing.records import (
    CAPABILITY_FIELDS,
    PLEDGE_FIELDS,
    REQUIREMENT_FIELDS,
    Coded,
    Columns,
    canonical,
)

#: Version of the archive's layout; a snapshot in another one is rebuilt, not read.
LAYOUT = 2
_MAGIC = b"WILLING-PLAN-INPUTS\n"
#: Array kinds an archive may hold: booleans, integers, floats, texts.
_KINDS = frozenset("biufU")

Arrays = dict[str, np.ndarray]

#: The tables the plan reads and the fields it reads of each.
TABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "pledges": PLEDGE_FIELDS,
    "requirements": REQUIREMENT_FIELDS,
    "capabilities": CAPABILITY_FIELDS,
    "locations": ("id", "parent"),
    "phases": ("id", "order", "deadline_days"),
    "conditions": ("id", "status"),
}
PAIRS = ("pledge_layers", "pledge_locations", "pledge_conditions")


def _encode(key: str, values: Sequence[Any], out: Arrays, *, coded: bool = True) -> None:
    """One column as arrays (see the layout in the module docstring)."""
    kinds = set(map(type, values)) - {type(None)}
    n = len(values)
    null = np.fromiter(map(operator.is_, values, repeat(None)), np.bool_, n)
    if kinds <= {str}:
        if not coded:
            out[key] = np.array(values, dtype=np.str_)
            return
        vocab = sorted(set(values) - {None})
        at: dict[Any, int] = {v: i for i, v in enumerate(vocab)}
        at[None] = -1
        out[key] = np.fromiter(map(at.__getitem__, values), np.int32, n)
        out[f"vocab/{key}"] = np.array(vocab, dtype=np.str_)
        return
    if kinds == {int} and not null.any():
        out[key] = np.array(values, dtype=np.int64)
    elif kinds <= {int, float}:
        out[key] = np.array(values, dtype=np.float64)  # None becomes NaN
    else:
        names = ", ".join(sorted(k.__name__ for k in kinds))
        raise TypeError(f"column {key} holds {names}: not stored in a snapshot")
    if null.any():
        out[f"{key}/null"] = null


def _decode(arrays: Mapping[str, np.ndarray], key: str) -> Sequence[Any]:
    vocab = arrays.get(f"vocab/{key}")
    if vocab is not None:
        return Coded(arrays[key], [*vocab.tolist(), None])  # code -1 picks the None
    values: list[Any] = arrays[key].tolist()
    null = arrays.get(f"{key}/null")
    if null is not None:
        for i in np.flatnonzero(null).tolist():
            values[i] = None
    return values


def to_arrays(columns: Columns) -> Arrays:
    """Columns as named arrays (the layout in the module docstring), tables in id order."""
    columns = canonical(columns)
    out: Arrays = {}
    for table, fields in TABLE_FIELDS.items():
        data: Mapping[str, Sequence[Any]] = getattr(columns, table)
        for field in fields:
            _encode(f"{table}/{field}", data[field], out, coded=field != "id")
    for name in PAIRS:
        rows, values = getattr(columns, name)
        out[f"{name}/rows"] = np.asarray(rows, dtype=np.int32)
        _encode(f"{name}/values", values, out)
    rows, targets, ratios = columns.substitutes
    out["substitutes/rows"] = np.asarray(rows, dtype=np.int64)
    out["substitutes/for"] = np.asarray(targets, dtype=np.str_)
    out["substitutes/ratio"] = np.asarray(ratios, dtype=np.float64)
    return out


def to_columns(arrays: Mapping[str, np.ndarray]) -> Columns:
    """Named arrays back as the Columns the problem builder takes."""
    tables = {
        table: {field: _decode(arrays, f"{table}/{field}") for field in fields}
        for table, fields in TABLE_FIELDS.items()
    }

    def pairs(name: str) -> tuple[IntArray, Sequence[str]]:
        return np.asarray(arrays[f"{name}/rows"], np.int64), _decode(arrays, f"{name}/values")

    return Columns(
        pledges=tables["pledges"],
        pledge_layers=pairs("pledge_layers"),
        pledge_locations=pairs("pledge_locations"),
        pledge_conditions=pairs("pledge_conditions"),
        requirements=tables["requirements"],
        capabilities=tables["capabilities"],
        substitutes=(
            arrays["substitutes/rows"].tolist(),
            arrays["substitutes/for"].tolist(),
            arrays["substitutes/ratio"].tolist(),
        ),
        locations=tables["locations"],
        phases=tables["phases"],
        conditions=tables["conditions"],
    )


def dumps(arrays: Mapping[str, np.ndarray]) -> bytes:
    """The arrays as one archive: a JSON index (name, dtype, length, offset) and the raw
    bytes of each array, so reading it back is a view per array, not a parse or a copy."""
    index: list[tuple[str, str, int, int]] = []
    chunks: list[bytes] = []
    offset = 0
    for name, array in arrays.items():
        if array.dtype.kind not in _KINDS or array.ndim != 1:
            raise TypeError(f"{name}: {array.dtype} arrays are not stored in a snapshot")
        data = np.ascontiguousarray(array).tobytes()
        index.append((name, array.dtype.str, len(array), offset))
        chunks.append(data + bytes(-len(data) % 8))  # keep every array 8-byte aligned
        offset += len(chunks[-1])
    head = json.dumps(index).encode()
    head += b" " * (-(len(_MAGIC) + 8 + len(head)) % 8)  # the arrays start 8-byte aligned
    return b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, *chunks])


def loads(data: bytes) -> Arrays:
    """The arrays of a `dumps` archive, as read-only views on `data`; anything but plain
    numbers, booleans and texts (an object array would need a pickle) is refused."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a plan-inputs snapshot")
    size = int.from_bytes(data[len(_MAGIC) : len(_MAGIC) + 8], "little")
    start = len(_MAGIC) + 8
    base = start + size
    out: Arrays = {}
    for name, code, length, offset in json.loads(data[start:base]):
        dtype = np.dtype(code)
        if dtype.kind not in _KINDS:
            raise ValueError(f"{name}: {dtype} arrays are refused (a pickle would be needed)")
        out[name] = np.frombuffer(data, dtype, length, base + offset)
    return out


def _among(values: np.ndarray, ids: frozenset[str]) -> np.ndarray:
    """Which of `values` (texts) are in `ids`."""
    if not len(values) or not ids:
        return np.zeros(len(values), np.bool_)
    return np.isin(values, np.array(sorted(ids), dtype=np.str_))


def _shown(arrays: Mapping[str, np.ndarray], key: str, ids: frozenset[str]) -> np.ndarray:
    """Which rows of the coded column `key` name one of `ids` (False where missing)."""
    known = np.append(_among(arrays[f"vocab/{key}"], ids), False)  # code -1: missing
    return np.asarray(known[arrays[key]], np.bool_)


def _code(arrays: Arrays, key: str, value: str) -> int:
    """The code of `value` in the coded column `key`, added to its vocabulary if new."""
    vocab = arrays[f"vocab/{key}"]
    found = np.flatnonzero(vocab == value)
    if len(found):
        return int(found[0])
    arrays[f"vocab/{key}"] = np.concatenate([vocab, np.asarray([value])])
    return len(vocab)


def _append(arrays: Arrays, key: str, value: Any) -> None:
    """One more value at the end of a column (a text column widens to hold it)."""
    arrays[key] = np.concatenate([arrays[key], np.asarray([value], dtype=arrays[key].dtype)])


def restrict(
    arrays: Mapping[str, np.ndarray],
    ids_of: Mapping[str, frozenset[str]],
    hidden_condition: str,
    hidden_location: str,
    failed: str,
) -> Arrays:
    """The arrays of the records whose ids `ids_of` holds (a viewer's visible ids per
    kind), with hidden references treated as the SQL read treats them: a hidden
    condition becomes `hidden_condition` (status `failed`), a pledge whose locations are
    all hidden gets `hidden_location`, a hidden parent location counts as none and a
    substitution naming a hidden capability is dropped."""
    out: Arrays = {k: v for k, v in arrays.items() if k.startswith("vocab/")}
    keep: dict[str, np.ndarray] = {}
    for table in TABLE_FIELDS:
        keep[table] = _among(arrays[f"{table}/id"], ids_of[table])
        for key, values in arrays.items():
            if key.startswith(f"{table}/"):
                out[key] = values[keep[table]]
    new_row = np.cumsum(keep["pledges"]) - 1
    for name in PAIRS:
        rows, values = arrays[f"{name}/rows"], arrays[f"{name}/values"]
        kept = keep["pledges"][rows]
        out[f"{name}/rows"], out[f"{name}/values"] = new_row[rows[kept]], values[kept]

    hidden = ~_shown(out, "pledge_conditions/values", ids_of["conditions"])
    if hidden.any():
        code = _code(out, "pledge_conditions/values", hidden_condition)
        values = np.where(hidden, code, out["pledge_conditions/values"])
        out["pledge_conditions/values"] = values.astype(np.int32)
        out["conditions/id"] = np.concatenate([out["conditions/id"], [hidden_condition]])
        _append(out, "conditions/status", _code(out, "conditions/status", failed))

    rows, values = out["pledge_locations/rows"], out["pledge_locations/values"]
    shown = _shown(out, "pledge_locations/values", ids_of["locations"])
    lost = np.setdiff1d(rows, rows[shown])
    code = -1
    if len(lost):
        code = _code(out, "pledge_locations/values", hidden_location)
        out["locations/id"] = np.concatenate([out["locations/id"], [hidden_location]])
        _append(out, "locations/parent", -1)
    out["pledge_locations/rows"] = np.concatenate([rows[shown], lost])
    out["pledge_locations/values"] = np.concatenate(
        [values[shown], np.full(len(lost), code, np.int32)]
    )
    parent = out["locations/parent"]
    out["locations/parent"] = np.where(
        _shown(out, "locations/parent", ids_of["locations"]), parent, -1
    ).astype(np.int32)

    sub_rows, sub_for = arrays["substitutes/rows"], arrays["substitutes/for"]
    cap_row = np.cumsum(keep["capabilities"]) - 1
    both = keep["capabilities"][sub_rows] & _among(sub_for, ids_of["capabilities"])
    out["substitutes/rows"] = cap_row[sub_rows[both]]
    out["substitutes/for"] = sub_for[both]
    out["substitutes/ratio"] = arrays["substitutes/ratio"][both]
    return out
