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
from willing.interchange.documents import parse_record, record_to_dict

csv.field_size_limit(256 * 1024 * 1024)
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
        return json.loads(text)
    return text


def parse_kind(kind: str, text: str, where: str, dataset: Dataset, problems: list[Problem]) -> None:
    """Parse one kind's CSV text into `dataset`, adding problems instead of raising."""
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey=_EXTRA)
    specs = {s.name: s for s in fields_of(KINDS[kind])}
    try:
        unknown = [c for c in reader.fieldnames or [] if c not in specs]
        if unknown:
            problems.append(Problem(where, ", ".join(unknown), "unknown column"))
            return
        for index, row in enumerate(reader):
            at = f"{where}: row {index + 2}"
            if _EXTRA in row:
                problems.append(Problem(at, None, "more cells than the header has columns"))
                continue
            raw: dict[str, Any] = {}
            for name, text in row.items():
                try:
                    value = _value(specs[name], text or "")
                except json.JSONDecodeError as exc:
                    problems.append(Problem(at, name, f"not valid JSON: {exc.msg}"))
                    continue
                if value is not None:
                    raw[name] = value
            record = parse_record(kind, raw, at, problems)
            if record is not None:
                dataset.records[kind].append(record)
    except csv.Error as exc:
        problems.append(Problem(f"{where}: line {reader.line_num}", None, f"not valid CSV: {exc}"))


def csv_to_dataset(files: dict[str, str], name: str) -> Dataset:
    """Parse {file name: CSV text}; raise ValidationFailure listing every problem."""
    dataset = Dataset(name=name)
    problems: list[Problem] = []
    if not files:
        raise ValidationFailure([Problem(name, None, "no CSV files")])
    for filename, text in sorted(files.items()):
        kind = filename.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".csv")
        if kind not in KINDS:
            problems.append(Problem(filename, None, "file name is not a known kind"))
            continue
        parse_kind(kind, text, filename, dataset, problems)
    if problems:
        raise ValidationFailure(problems)
    return dataset
