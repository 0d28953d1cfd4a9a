"""CSV export: one file per kind, cells a spreadsheet shows as they are.

A list of names is written joined with "; " (``reassure; support``); the label is spread
over ``label.policy``, ``label.classification``, ``label.owner`` and
``label.releasable_to`` columns. Only where plain text could not come back exactly (a
list item holding ";" or edge spaces, or starting with a bracket or quote) and for lists
of nested items (evidence, history, substitutions) is a cell JSON. A text cell is
written as JSON when it is empty or starts with a double quote, so an empty string and a
missing value stay apart and every string comes back exactly. Files written with a JSON
``label`` column or JSON lists still read.
Every kind gets a file, header-only when empty, so re-exporting into a folder never
leaves an earlier export's file behind.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.fields import FieldSpec, fields_of
from willing.domain.labels import Label
from willing.domain.records import Record
from willing.domain.text import visible
from willing.interchange.documents import (
    DatasetReader,
    TooManyProblems,
    record_to_dict,
)
from willing.interchange.inputs import MAX_BYTES
from willing.interchange.yamlio import JsonInputError, load_json

csv.field_size_limit(MAX_BYTES)
_EXTRA = "\x00extra"


#: The fields of a label, each a column of its own (``label.owner``).
LABEL_FIELDS: tuple[str, ...] = tuple(Label.model_fields)
_SEP = "; "


def columns(kind: str) -> list[str]:
    """CSV columns of a kind: its fields in declaration order, the label spread out."""
    out: list[str] = []
    for spec in fields_of(KINDS[kind]):
        if spec.name == "label":
            out += [f"label.{name}" for name in LABEL_FIELDS]
        else:
            out.append(spec.name)
    return out


def _plain_item(item: Any) -> bool:
    """Whether a list item can be written bare between "; " and read back the same."""
    return (
        isinstance(item, str)
        and item != ""
        and item == item.strip()
        and ";" not in item
        and "\n" not in item
        and item[0] not in '["'
    )


def _first_field(spec: FieldSpec) -> str | None:
    """The key field of a list of nested items (evidence: its source), written bare when
    an item holds nothing else."""
    return next(iter(spec.model.model_fields)) if spec.model is not None else None


def _cell(value: Any, spec: FieldSpec | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # exact, without exponent or a trailing ".0"
        text = f"{Decimal(repr(value)):f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    key = _first_field(spec) if spec is not None and spec.shape == "model_list" else None
    if (
        key
        and isinstance(value, list)
        and all(isinstance(v, dict) and set(v) == {key} for v in value)
    ):
        bare = [v[key] for v in value]
        if bare and all(_plain_item(v) for v in bare):
            return _SEP.join(bare)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if value == "" or value[0] == '"' else value
    if isinstance(value, list) and value and all(_plain_item(v) for v in value):
        return _SEP.join(value)
    if isinstance(value, bool | list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _row(data: dict[str, Any], cols: list[str], specs: dict[str, FieldSpec]) -> list[str]:
    label = data.get("label") or {}
    return [
        _cell(label.get(c.removeprefix("label.")))
        if c.startswith("label.")
        else _cell(data.get(c), specs[c])
        for c in cols
    ]


def write_kind(records: list[Record], kind: str) -> str:
    """The CSV text of one kind (header row, then records in id order), RFC 4180 line ends."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    cols = columns(kind)
    specs = {spec.name: spec for spec in fields_of(KINDS[kind])}
    writer.writerow(cols)
    for record in sorted(records, key=lambda r: r.id):
        data = record_to_dict(record)
        writer.writerow(_row(data, cols, specs))
    return out.getvalue()


def dataset_to_csv(dataset: Dataset) -> dict[str, str]:
    """File name -> CSV text for every kind (header-only when the kind is empty)."""
    return {f"{k}.csv": write_kind(dataset.records[k], k) for k in KINDS}


def _value(spec: FieldSpec | None, text: str) -> Any:
    """A cell's value; `spec` None for a ``label.*`` column (its list: releasable_to)."""
    if text == "":
        return None
    if text[0] == "[" and (spec is None or spec.shape == "list"):
        return load_json(text)
    if spec is None:
        return text.split(_SEP) if text[0] != '"' else load_json(text)
    if spec.shape == "list":
        return text.split(_SEP)
    if spec.shape == "model_list" and text[0] not in '["':
        return [{_first_field(spec): item} for item in text.split(_SEP)]
    if spec.shape != "scalar" or spec.py_type is bool or text[0] == '"':
        return load_json(text)
    return text


def parse_kind(kind: str, text: str, where: str, reader: DatasetReader) -> None:
    """Parse one kind's CSV text into `reader`, adding problems instead of raising."""
    problems = reader.problems
    rows = csv.DictReader(io.StringIO(text, newline=""), restkey=_EXTRA)
    specs = {s.name: s for s in fields_of(KINDS[kind])}
    try:
        header = list(rows.fieldnames or [])
        spread = {f"label.{name}" for name in LABEL_FIELDS} if "label" in specs else set()
        unknown = [c for c in header if c not in specs and c not in spread]
        if unknown:
            problems.append(Problem(where, visible(", ".join(unknown), 200), "unknown column"))
            return
        twice = sorted({c for c in header if header.count(c) > 1})
        if twice:
            problems.append(Problem(where, ", ".join(twice), "column given more than once"))
            return
        for index, row in enumerate(rows):
            at = f"{where}: row {index + 2}"
            if _EXTRA in row:
                problems.append(Problem(at, None, "more cells than the header has columns"))
                continue
            raw: dict[str, Any] = {}
            label: dict[str, Any] = {}
            for name, cell in row.items():
                sub = name.removeprefix("label.") if name in spread else None
                try:
                    value = _value(None if sub else specs[name], cell or "")
                    if sub == "releasable_to" or value is None or sub is None:
                        pass
                    elif isinstance(value, list):  # a scalar of the label holding "; "
                        value = cell
                except JsonInputError as exc:
                    problems.append(Problem(at, name, f"not valid JSON: {visible(exc.message)}"))
                    continue
                if value is not None:
                    (label if sub else raw)[sub or name] = value
            if label:
                if "label" in raw:
                    problems.append(Problem(at, "label", "given both as JSON and in columns"))
                    continue
                raw["label"] = label
            reader.add(kind, index, raw, at)
    except csv.Error as exc:
        problems.append(
            Problem(f"{where}: line {rows.line_num}", None, f"not valid CSV: {visible(str(exc))}")
        )


def csv_to_dataset(files: dict[str, str], name: str) -> Dataset:
    """Parse {file name: CSV text}; raise ValidationFailure listing every problem."""
    if not files:
        raise ValidationFailure([Problem(name, None, "no CSV files")])
    reader = DatasetReader(name)
    try:
        for filename, text in sorted(files.items()):
            kind = filename.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".csv")
            if kind not in KINDS:
                reader.problems.append(Problem(filename, None, "file name is not a known kind"))
                continue
            parse_kind(kind, text, filename, reader)
        dataset = reader.finish({})
    except TooManyProblems:
        raise reader.stopped() from None
    dataset.name = name
    return dataset
