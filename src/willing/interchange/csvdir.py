"""CSV export: one file per kind, cells a spreadsheet shows as they are.

A list of names is written joined with "; " (``reassure; support``); the label is spread
over ``label.policy``, ``label.classification``, ``label.owner`` and
``label.releasable_to`` columns. A list of nested items (evidence, a pledge's status
history, substitutions) is a file of its own, ``KIND.FIELD.csv`` (``pledges.evidence.csv``),
one row per item: the record's ``id``, then the item's fields, in the record's order.
Only where plain text could not come back exactly (a list item holding ";" or edge spaces,
or starting with a bracket or quote) is a cell JSON. A text cell is written as JSON when it
is empty or starts with a double quote, so an empty string and a missing value stay apart
and every string comes back exactly. Files written with a JSON ``label`` column or nested
lists as JSON cells still read.
Every kind and every nested list gets a file, header-only when empty, so re-exporting into
a folder never leaves an earlier export's file behind.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
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
from willing.interchange.jsonio import JsonInputError, load_json

csv.field_size_limit(MAX_BYTES)
_EXTRA = "\x00extra"


#: The fields of a label, each a column of its own (``label.owner``).
LABEL_FIELDS: tuple[str, ...] = tuple(Label.model_fields)
_SEP = "; "


def columns(kind: str) -> list[str]:
    """CSV columns of a kind: its fields in declaration order, the label spread out,
    nested lists left to their own files (`nested`)."""
    out: list[str] = []
    for spec in fields_of(KINDS[kind]):
        if spec.name == "label":
            out += [f"label.{name}" for name in LABEL_FIELDS]
        elif spec.shape != "model_list":
            out.append(spec.name)
    return out


def nested(kind: str) -> dict[str, FieldSpec]:
    """The nested-list fields of a kind, each written to ``KIND.FIELD.csv``."""
    return {s.name: s for s in fields_of(KINDS[kind]) if s.shape == "model_list"}


def _item_specs(spec: FieldSpec) -> dict[str, FieldSpec]:
    assert spec.model is not None
    return {s.name: s for s in fields_of(spec.model)}


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


def _table(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def write_kind(records: list[Record], kind: str) -> dict[str, str]:
    """File name -> CSV text of one kind and of each of its nested lists (header row, then
    records in id order), RFC 4180 line ends."""
    cols = columns(kind)
    specs = {spec.name: spec for spec in fields_of(KINDS[kind])}
    children = nested(kind)
    rows: list[list[str]] = []
    items: dict[str, list[list[str]]] = {name: [] for name in children}
    for record in sorted(records, key=lambda r: r.id):
        data = record_to_dict(record)
        rows.append(_row(data, cols, specs))
        for name, spec in children.items():
            item_specs = _item_specs(spec)
            for item in data.get(name) or []:
                items[name].append(
                    [_cell(record.id), *(_cell(item.get(f), s) for f, s in item_specs.items())]
                )
    files = {f"{kind}.csv": _table(cols, rows)}
    for name, spec in children.items():
        files[f"{kind}.{name}.csv"] = _table(["id", *_item_specs(spec)], items[name])
    return files


def dataset_to_csv(dataset: Dataset) -> dict[str, str]:
    """File name -> CSV text for every kind and nested list (header-only when empty)."""
    return {name: text for k in KINDS for name, text in write_kind(dataset.records[k], k).items()}


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


#: Items of nested lists read from ``KIND.FIELD.csv`` files: kind -> field -> record id ->
#: (where the first item was, the items in file order).
Items = dict[str, dict[str, dict[str, tuple[str, list[dict[str, Any]]]]]]


def _header(
    rows: csv.DictReader[str], allowed: set[str], where: str, problems: list[Problem]
) -> bool:
    """Whether the header names only `allowed` columns, each once (else a problem)."""
    header = list(rows.fieldnames or [])
    unknown = [c for c in header if c not in allowed]
    if unknown:
        problems.append(Problem(where, visible(", ".join(unknown), 200), "unknown column"))
        return False
    twice = sorted({c for c in header if header.count(c) > 1})
    if twice:
        problems.append(Problem(where, ", ".join(twice), "column given more than once"))
        return False
    return True


def _rows(
    rows: csv.DictReader[str], where: str, problems: list[Problem]
) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """Each data row with its index and where it is ("FILE: row N"); a row with more
    cells than the header is reported and skipped."""
    for index, row in enumerate(rows):
        at = f"{where}: row {index + 2}"
        if _EXTRA in row:
            problems.append(Problem(at, None, "more cells than the header has columns"))
            continue
        yield index, at, row


def parse_items(
    kind: str, name: str, text: str, where: str, items: Items, problems: list[Problem]
) -> None:
    """Parse a ``KIND.FIELD.csv`` file of nested items into `items`, by record id."""
    spec = nested(kind)[name]
    specs = _item_specs(spec)
    rows = csv.DictReader(io.StringIO(text, newline=""), restkey=_EXTRA)
    by_id = items.setdefault(kind, {}).setdefault(name, {})
    try:
        if not _header(rows, {"id", *specs}, where, problems):
            return
        if "id" not in (rows.fieldnames or []):
            problems.append(Problem(where, "id", "the column naming each item's record is missing"))
            return
        for _, at, row in _rows(rows, where, problems):
            rid = row.pop("id") or ""
            if rid == "":
                problems.append(Problem(at, "id", "missing"))
                continue
            item: dict[str, Any] = {}
            for field, cell in row.items():
                try:
                    value = _value(specs[field], cell or "")
                except JsonInputError as exc:
                    problems.append(Problem(at, field, f"not valid JSON: {visible(exc.message)}"))
                    continue
                if value is not None:
                    item[field] = value
            by_id.setdefault(rid, (at, []))[1].append(item)
    except csv.Error as exc:
        problems.append(
            Problem(f"{where}: line {rows.line_num}", None, f"not valid CSV: {visible(str(exc))}")
        )


def parse_kind(
    kind: str, text: str, where: str, reader: DatasetReader, items: Items | None = None
) -> None:
    """Parse one kind's CSV text into `reader`, with the nested `items` read from its
    ``KIND.FIELD.csv`` files (taken out of `items` as they are used), adding problems
    instead of raising."""
    problems = reader.problems
    rows = csv.DictReader(io.StringIO(text, newline=""), restkey=_EXTRA)
    specs = {s.name: s for s in fields_of(KINDS[kind])}
    children = (items or {}).get(kind, {})
    try:
        spread = {f"label.{name}" for name in LABEL_FIELDS} if "label" in specs else set()
        if not _header(rows, {*specs, *spread}, where, problems):
            return
        for index, at, row in _rows(rows, where, problems):
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
            rid = raw.get("id")
            for name, by_id in children.items():
                found = by_id.pop(rid, None) if isinstance(rid, str) else None
                if found is None:
                    continue
                if name in raw:
                    problems.append(
                        Problem(at, name, f"given both in this row and in {kind}.{name}.csv")
                    )
                    continue
                raw[name] = found[1]
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
    items: Items = {}
    try:
        main: list[tuple[str, str, str]] = []
        for filename, text in sorted(files.items()):
            stem = filename.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".csv")
            kind, _, field = stem.partition(".")
            if kind not in KINDS or (field and field not in nested(kind)):
                reader.problems.append(
                    Problem(filename, None, "file name is not a known kind or nested list")
                )
            elif field:
                parse_items(kind, field, text, filename, items, reader.problems)
            else:
                main.append((kind, text, filename))
        for kind, text, filename in main:
            parse_kind(kind, text, filename, reader, items)
        for kind, fields in items.items():
            for by_id in fields.values():
                for rid, (at, _) in by_id.items():
                    reader.problems.append(
                        Problem(at, "id", f"no {kind} record '{visible(rid, 80)}' in {kind}.csv")
                    )
        dataset = reader.finish({})
    except TooManyProblems:
        raise reader.stopped() from None
    dataset.name = name
    return dataset
