"""Reading and writing datasets on disk, with the format taken from the path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from willing.domain.catalog import Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.interchange.csvdir import csv_to_dataset, dataset_to_csv
from willing.interchange.documents import dataset_to_document, document_to_dataset, merge
from willing.interchange.yamlio import dump_yaml, load_json, load_yaml

FORMATS = ("yaml", "json", "csv", "xlsx")
MAX_BYTES = 256 * 1024 * 1024


def format_of(path: Path) -> str:
    """The format a path implies: by suffix, or for a folder by the files it holds."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".json":
        return "json"
    if suffix == ".xlsx":
        return "xlsx"  # written only (`write_path`); reading one is not supported
    if suffix == ".csv" or (path.is_dir() and any(path.glob("*.csv"))):
        return "csv"
    if path.is_dir():
        return "yaml"
    raise ValidationFailure([Problem(str(path), None, "unknown format: use .yaml, .json or .csv")])


def _read_text(path: Path) -> str:
    if path.stat().st_size > MAX_BYTES:
        raise ValidationFailure([Problem(str(path), None, "file is larger than 256 MiB")])
    try:
        # bytes, not read_text: a newline inside a value must not be translated
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationFailure(
            [Problem(str(path), None, f"not UTF-8 text (byte {exc.start})")]
        ) from exc


def _parse_structured(path: Path, fmt: str) -> Any:
    text = _read_text(path)
    try:
        return load_yaml(text) if fmt == "yaml" else load_json(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ValidationFailure([Problem(where, None, f"not valid YAML: {exc}")]) from exc
    except json.JSONDecodeError as exc:
        raise ValidationFailure(
            [Problem(f"{path}:{exc.lineno}", None, f"not valid JSON: {exc.msg}")]
        ) from exc
    except ValueError as exc:  # duplicate keys in JSON
        raise ValidationFailure([Problem(str(path), None, f"not valid JSON: {exc}")]) from exc


DATA_SUFFIXES = (".yaml", ".yml", ".json")


def read_path(path: Path, name: str | None = None) -> Dataset:
    """Read a dataset from a YAML/JSON file, a folder of them, or a folder of CSV files."""
    if not path.exists():
        raise ValidationFailure([Problem(str(path), None, "no such file or folder")])
    fmt = format_of(path)
    if fmt == "xlsx":
        why = "XLSX is for export: import YAML, JSON or CSV"
        raise ValidationFailure([Problem(str(path), None, why)])
    label = name or path.stem
    if fmt == "csv":
        files = [path] if path.is_file() else sorted(path.glob("*.csv"))
        return csv_to_dataset({str(f): _read_text(f) for f in files}, label)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in DATA_SUFFIXES)
        if not files:
            raise ValidationFailure([Problem(str(path), None, "folder holds no data files")])
    else:
        files = [path]
    parts: list[Dataset] = []
    problems: list[Problem] = []
    for file in files:
        try:
            parts.append(document_to_dataset(_parse_structured(file, format_of(file)), str(file)))
        except ValidationFailure as failure:
            problems.extend(failure.problems)
    if problems:
        raise ValidationFailure(problems)
    names = {p.name for p in parts if p.name != "untitled"}
    titles = [p.title for p in parts if p.title]
    chosen = name or (names.pop() if len(names) == 1 else label)
    return merge(parts, chosen, titles[0] if titles else "")


def render(dataset: Dataset, fmt: str) -> dict[str, str]:
    """File name (relative) -> text of the export in `fmt`."""
    if fmt == "csv":
        return dataset_to_csv(dataset)
    doc = dataset_to_document(dataset)
    if fmt == "json":
        return {f"{dataset.name}.json": json.dumps(doc, ensure_ascii=False, indent=2) + "\n"}
    if fmt == "yaml":
        return {f"{dataset.name}.yaml": dump_yaml(doc)}
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_path(dataset: Dataset, path: Path, fmt: str | None = None) -> list[Path]:
    """Write the export to `path` (a file for YAML/JSON, a folder for CSV); return the files.

    Files are written whole and renamed into place, so a reader never sees half a file.
    """
    fmt = fmt or (format_of(path) if path.suffix else "yaml")
    if fmt == "xlsx":
        from willing.interchange.xlsx import write_dataset

        return write_dataset(dataset, path)
    files = render(dataset, fmt)
    try:
        if fmt == "csv":
            if path.exists() and not path.is_dir():
                raise ValidationFailure([Problem(str(path), None, "CSV export needs a folder")])
            path.mkdir(parents=True, exist_ok=True)
            targets = {path / name: text for name, text in files.items()}
        else:
            if path.is_dir():
                raise ValidationFailure([Problem(str(path), None, "is a folder; give a file name")])
            path.parent.mkdir(parents=True, exist_ok=True)
            targets = {path: next(iter(files.values()))}
        for target, text in targets.items():
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_bytes(text.encode("utf-8"))
            tmp.replace(target)
    except OSError as exc:
        raise ValidationFailure(
            [Problem(str(path), None, f"cannot write: {exc.strerror}")]
        ) from exc
    return list(targets)
