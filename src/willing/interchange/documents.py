"""Datasets as plain documents ({kind: [record, ...]}) and back, with precise errors."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.records import Record

FORMAT_VERSION = 1
HEADER = ("willing", "dataset", "title")


def record_to_dict(record: Record) -> dict[str, Any]:
    """A record as JSON-ready data, fields at their default left out (stable key order)."""
    return record.model_dump(mode="json", exclude_defaults=True)


def dataset_to_document(dataset: Dataset) -> dict[str, Any]:
    """The whole dataset as one document, kinds in catalogue order, records in id order."""
    data = dataset.sorted()
    doc: dict[str, Any] = {"willing": FORMAT_VERSION, "dataset": data.name}
    if data.title:
        doc["title"] = data.title
    for kind in KINDS:
        if data.records[kind]:
            doc[kind] = [record_to_dict(r) for r in data.records[kind]]
    return doc


def _loc(error: ErrorDetails) -> str:
    return ".".join(str(part) for part in error["loc"]) or "(record)"


def parse_record(kind: str, raw: Any, where: str, problems: list[Problem]) -> Record | None:
    """Validate one raw record; on failure add a Problem naming record and field."""
    rid = raw.get("id") if isinstance(raw, dict) else None
    at = f"{where} id '{rid}'" if rid else where
    if not isinstance(raw, dict):
        problems.append(Problem(at, None, f"expected a mapping, got {type(raw).__name__}"))
        return None
    try:
        return KINDS[kind].model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = "unknown field"
            elif err["type"] == "missing":
                message = "missing required field"
            problems.append(Problem(at, _loc(err), message))
        return None


def document_to_dataset(doc: Any, where: str) -> Dataset:
    """Parse a document; raise ValidationFailure listing every problem found."""
    problems: list[Problem] = []
    if not isinstance(doc, dict):
        raise ValidationFailure([Problem(where, None, "expected a mapping of kinds to records")])
    version = doc.get("willing", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        problems.append(Problem(where, "willing", f"unsupported format version {version!r}"))
    dataset = Dataset(name=str(doc.get("dataset") or "untitled"), title=str(doc.get("title") or ""))
    for key, items in doc.items():
        if key in HEADER:
            continue
        if key not in KINDS:
            problems.append(
                Problem(where, key, f"unknown kind; expected one of {', '.join(KINDS)}")
            )
            continue
        if not isinstance(items, list):
            problems.append(Problem(where, key, "expected a list of records"))
            continue
        for index, raw in enumerate(items):
            record = parse_record(key, raw, f"{where}: {key}[{index}]", problems)
            if record is not None:
                dataset.records[key].append(record)
    if problems:
        raise ValidationFailure(problems)
    return dataset


def merge(datasets: list[Dataset], name: str, title: str = "") -> Dataset:
    """Concatenate datasets (duplicates are caught later by the dataset check)."""
    merged = Dataset(name=name, title=title)
    for part in datasets:
        for kind in KINDS:
            merged.records[kind].extend(part.records[kind])
    return merged
