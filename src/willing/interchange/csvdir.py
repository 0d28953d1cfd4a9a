"""CSV export: one file per kind; lists and nested values are JSON inside their cell.

A text cell is written as JSON when it is empty or starts with a double quote, so an
empty string and a missing value stay apart and every string comes back exactly.
Every kind gets a file, header-only when empty, so re-exporting into a folder never
leaves an earlier export's file behind.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.fields import FieldSpec, fields_of
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


def columns(kind: str) -> list[str]:
    """CSV columns of a kind: its fields in declaration order."""
    return [spec.name for spec in fields_of(KINDS[kind])]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if value == "" or value[0] == '"' else value
    if isinstance(value, bool | list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def write_kind(records: list[Record], kind: str) -> str:
    """The CSV text of one kind (header row, then records in id order), RFC 4180 line ends."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    cols = columns(kind)
    writer.writerow(cols)
    for record in sorted(records, key=lambda r: r.id):
        data = record_to_dict(record)
        writer.writerow([_cell(data.get(c)) for c in cols])
    return out.getvalue()


def dataset_to_csv(dataset: Dataset) -> dict[str, str]:
    """File name -> CSV text for every kind (header-only when the kind is empty)."""
    return {f"{k}.csv": write_kind(dataset.records[k], k) for k in KINDS}


def _value(spec: FieldSpec, text: str) -> Any:
    if text == "":
        return None
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
        unknown = [c for c in header if c not in specs]
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
            for name, cell in row.items():
                try:
                    value = _value(specs[name], cell or "")
                except JsonInputError as exc:
                    problems.append(Problem(at, name, f"not valid JSON: {visible(exc.message)}"))
                    continue
                if value is not None:
                    raw[name] = value
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
