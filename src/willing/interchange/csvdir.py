"""CSV export: one file per kind; lists and nested values are JSON inside their cell."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.fields import fields_of
from willing.domain.records import Record
from willing.interchange.documents import parse_record, record_to_dict


def columns(kind: str) -> list[str]:
    """CSV columns of a kind: its fields in declaration order."""
    return [spec.name for spec in fields_of(KINDS[kind])]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool | list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def write_kind(records: list[Record], kind: str) -> str:
    """The CSV text of one kind (header row, then records in id order)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    cols = columns(kind)
    writer.writerow(cols)
    for record in sorted(records, key=lambda r: r.id):
        data = record_to_dict(record)
        writer.writerow([_cell(data.get(c)) for c in cols])
    return out.getvalue()


def dataset_to_csv(dataset: Dataset) -> dict[str, str]:
    """File name -> CSV text for every non-empty kind."""
    return {f"{k}.csv": write_kind(v, k) for k, v in dataset.records.items() if v}


def _value(spec_shape: str, py_type: type[Any], text: str) -> Any:
    if text == "":
        return None
    if spec_shape != "scalar" or py_type is bool:
        return json.loads(text)
    return text


def parse_kind(kind: str, text: str, where: str, dataset: Dataset, problems: list[Problem]) -> None:
    """Parse one kind's CSV text into `dataset`, adding problems instead of raising."""
    reader = csv.DictReader(io.StringIO(text))
    specs = {s.name: s for s in fields_of(KINDS[kind])}
    unknown = [c for c in reader.fieldnames or [] if c not in specs]
    if unknown:
        problems.append(Problem(where, ", ".join(unknown), "unknown column"))
        return
    for index, row in enumerate(reader):
        at = f"{where}: row {index + 2}"
        raw: dict[str, Any] = {}
        for name, text in row.items():
            spec = specs[name]
            try:
                value = _value(spec.shape, spec.py_type, text or "")
            except json.JSONDecodeError as exc:
                problems.append(Problem(at, name, f"not valid JSON: {exc.msg}"))
                continue
            if value is not None:
                raw[name] = value
        record = parse_record(kind, raw, at, problems)
        if record is not None:
            dataset.records[kind].append(record)


def csv_to_dataset(files: dict[str, str], name: str) -> Dataset:
    """Parse {file name: CSV text}; raise ValidationFailure listing every problem."""
    dataset = Dataset(name=name)
    problems: list[Problem] = []
    for filename, text in sorted(files.items()):
        kind = filename.rsplit("/", 1)[-1].removesuffix(".csv")
        if kind not in KINDS:
            problems.append(Problem(filename, None, "file name is not a known kind"))
            continue
        parse_kind(kind, text, filename, dataset, problems)
    if problems:
        raise ValidationFailure(problems)
    return dataset
