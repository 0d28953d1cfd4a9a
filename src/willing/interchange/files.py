"""Reading and writing datasets on disk, with the format taken from the path."""

from __future__ import annotations

import json
from pathlib import Path

from willing import collector
from willing.cores import usable_cpus
from willing.domain.catalog import Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.text import visible
from willing.interchange.atomic import write_whole
from willing.interchange.csvdir import csv_to_dataset, dataset_to_csv
from willing.interchange.documents import (
    DatasetReader,
    TooManyProblems,
    dataset_to_document,
    merge,
)
from willing.interchange.inputs import (
    MAX_BYTES,
    check_file,
    check_utf8_start,
    open_input,
    read_bytes,
    read_text,
)
from willing.interchange.jsonio import JsonInputError, read_json_document
from willing.interchange.yamlio import YamlInputError, dump_yaml, read_yaml_document
from willing.interchange.yamlsplit import MIN_BYTES, find_cut, read_split

FORMATS = ("yaml", "json", "csv", "xlsx")
DATA_SUFFIXES = (".yaml", ".yml", ".json")


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


def _at(path: Path, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else str(path)


def read_document(path: Path, fmt: str) -> Dataset:
    """Read one YAML or JSON dataset file, validating records as they are read.

    YAML is read as a stream (never whole); JSON as one text, its records decoded one
    at a time. Either way each raw record is dropped once it is validated.
    """
    reader = DatasetReader(str(path))
    try:
        with collector.paused():  # the values and models built are kept, and make no cycles
            if fmt == "yaml" and path.stat().st_size >= MIN_BYTES and usable_cpus() > 1:
                data = read_bytes(path)  # read whole, and by two processes (see yamlsplit)
                check_utf8_start(path, data[:4])
                top = read_split(data, reader, find_cut(data))
            elif fmt == "yaml":
                with open_input(path) as stream:
                    check_utf8_start(path, stream.peek(4)[:4])  # type: ignore[attr-defined]
                    top = read_yaml_document(stream, reader.streams, reader.add)
            else:
                top = read_json_document(read_text(path), reader.streams, reader.add)
            return reader.finish(top)
    except TooManyProblems:
        raise reader.stopped() from None
    except YamlInputError as exc:
        problem = Problem(_at(path, exc.line), None, f"not valid YAML: {visible(exc.message)}")
        raise ValidationFailure([*reader.problems, problem]) from None
    except JsonInputError as exc:
        problem = Problem(_at(path, exc.line), None, f"not valid JSON: {visible(exc.message)}")
        raise ValidationFailure([*reader.problems, problem]) from None
    except OSError as exc:
        problem = Problem(str(path), None, f"cannot read: {exc.strerror or exc}")
        raise ValidationFailure([*reader.problems, problem]) from None


def _files_in(path: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The data files of a folder; an entry with a data suffix that is not a regular file
    (a pipe, a device, a folder) is refused rather than skipped or opened."""
    files = sorted(p for p in path.iterdir() if p.suffix.lower() in suffixes)
    for file in files:
        check_file(file)
    total = sum(file.stat().st_size for file in files)
    if total > MAX_BYTES:
        raise ValidationFailure(
            [
                Problem(
                    str(path),
                    None,
                    f"holds {total:,} bytes of data files; an import reads at most {MAX_BYTES:,}",
                )
            ]
        )
    return files


def read_path(path: Path, name: str | None = None) -> Dataset:
    """Read a dataset from a YAML/JSON file, a folder of them, or a folder of CSV files."""
    if not path.exists():
        raise ValidationFailure([Problem(str(path), None, "no such file or folder")])
    fmt = format_of(path)
    if fmt == "xlsx":
        why = "XLSX is for export: import YAML, JSON or CSV"
        raise ValidationFailure([Problem(str(path), None, why)])
    label = name or path.stem
    if not path.is_dir():
        check_file(path)
    if fmt == "csv":
        files = [path] if not path.is_dir() else _files_in(path, (".csv",))
        return csv_to_dataset({str(f): read_text(f) for f in files}, label)
    if path.is_dir():
        files = _files_in(path, DATA_SUFFIXES)
        if not files:
            raise ValidationFailure([Problem(str(path), None, "folder holds no data files")])
    else:
        files = [path]
    parts: list[Dataset] = []
    problems: list[Problem] = []
    for file in files:
        try:
            parts.append(read_document(file, format_of(file)))
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
    if fmt == "csv":
        if path.exists() and not path.is_dir():
            raise ValidationFailure([Problem(str(path), None, "CSV export needs a folder")])
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationFailure(
                [Problem(str(path), None, f"cannot write: {exc.strerror}")]
            ) from exc
        targets = {path / name: text for name, text in files.items()}
    else:
        targets = {path: next(iter(files.values()))}
    for target, text in targets.items():
        write_whole(target, text.encode("utf-8"))
    return list(targets)
