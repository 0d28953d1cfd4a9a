"""Datasets as plain documents ({kind: [record, ...]}) and back, with precise errors."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.fields import fields_of
from willing.domain.records import Record
from willing.domain.text import UNSAFE, shown, visible

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
    return ".".join(visible(str(part), 60) for part in error["loc"]) or "(record)"


def parse_record(kind: str, raw: Any, where: str, problems: list[Problem]) -> Record | None:
    """Validate one raw record; on failure add a Problem naming record and field."""
    if not isinstance(raw, dict):
        problems.append(Problem(where, None, f"expected a mapping, got {type(raw).__name__}"))
        return None
    try:
        return KINDS[kind].model_validate(raw)
    except ValidationError as exc:
        rid = raw.get("id")
        at = f"{where} id '{shown(rid)}'" if rid else where
        for err in exc.errors(include_url=False, include_input=False):
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = "unknown field"
            elif err["type"] == "missing":
                message = "missing required field"
            problems.append(Problem(at, _loc(err), visible(message, 300)))
        return None


def _key(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_key(v) for v in value)
    if isinstance(value, BaseModel):
        return id(value)
    return value


class _Shared:
    """One instance per distinct label, evidence item or history step of a dataset.

    Models are frozen, so identical nested models can be one object: a large import,
    whose records mostly repeat a few labels and sources, then takes a fraction of the
    memory. The table stops growing at `LIMIT` distinct values.
    """

    LIMIT = 200_000

    def __init__(self) -> None:
        self.seen: dict[tuple[Any, ...], BaseModel] = {}
        self.nested: dict[type[Record], list[str]] = {}

    def one(self, model: BaseModel) -> BaseModel:
        key = (type(model), *(_key(v) for v in model.__dict__.values()))
        try:
            found = self.seen.get(key)
        except TypeError:  # an unhashable value: keep the model as it is
            return model
        if found is not None:
            return found
        if len(self.seen) < self.LIMIT:
            self.seen[key] = model
        return model

    def share(self, record: Record) -> None:
        names = self.nested.get(type(record))
        if names is None:
            specs = fields_of(type(record))
            names = [f.name for f in specs if f.shape in ("model", "model_list")]
            self.nested[type(record)] = names
        values = record.__dict__
        for name in names:
            value = values[name]
            if isinstance(value, list):
                if value:
                    values[name] = [self.one(item) for item in value]
            elif isinstance(value, BaseModel):
                values[name] = self.one(value)


class TooManyProblems(Exception):
    """Raised by `DatasetReader` once enough problems are known to stop reading."""


class DatasetReader:
    """Builds a Dataset from a document read piece by piece, validating each record as it
    comes, so that a large file is never held whole (raw records are dropped once
    validated) and reading stops at the first invalid record: its problems are reported
    as soon as it is read, however much of the file follows (or after `MAX_PROBLEMS`
    problems outside records)."""

    MAX_PROBLEMS = 100

    def __init__(self, where: str) -> None:
        self.where = where
        self.problems: list[Problem] = []
        self.records: dict[str, list[Record]] = {kind: [] for kind in KINDS}
        self.header: dict[str, Any] = {}
        self.shared = _Shared()
        #: Where the first invalid record is, once one is read.
        self.first_invalid: str | None = None

    @staticmethod
    def streams(key: str) -> bool:
        """Whether the records under a top-level key are read one by one."""
        return key in KINDS

    def add(self, kind: str, index: int, raw: Any, at: str | None = None) -> None:
        """Validate one record of `kind` (the `index`th, or the one `at` names) and keep it."""
        where = at or f"{self.where}: {kind}[{index}]"
        record = parse_record(kind, raw, where, self.problems)
        if record is None:
            rid = raw.get("id") if isinstance(raw, dict) else None
            self.first_invalid = f"{where} id '{shown(rid)}'" if rid else where
            raise TooManyProblems
        self.shared.share(record)
        self.records[kind].append(record)
        self._enough()  # problems outside records (a CSV row's cells) are capped too

    def adopt(self, record: Record) -> None:
        """Keep a record validated elsewhere (by `parse_record`, in a helper process)."""
        self.shared.share(record)
        self.records[record.kind].append(record)

    def entry(self, key: Any, value: Any) -> None:
        """A top-level entry that was read whole: the header, or a kind's list."""
        if key in HEADER:
            self.header[key] = value
        elif key not in KINDS:
            self.problems.append(
                Problem(
                    self.where,
                    shown(key),
                    f"unknown kind; expected one of {', '.join(KINDS)}",
                )
            )
        elif not isinstance(value, list):
            self.problems.append(Problem(self.where, key, "expected a list of records"))
        else:
            for index, raw in enumerate(value):
                self.add(key, index, raw)
        self._enough()

    def _enough(self) -> None:
        if len(self.problems) >= self.MAX_PROBLEMS:
            raise TooManyProblems

    def stopped(self) -> ValidationFailure:
        """The failure to raise when reading stopped early."""
        if self.first_invalid is not None:
            message = "reading stopped at this invalid record; nothing after it was read"
            return ValidationFailure([*self.problems, Problem(self.first_invalid, None, message)])
        note = Problem(self.where, None, f"stopped reading after {len(self.problems)} problems")
        return ValidationFailure([note, *self.problems])

    def finish(self, top: Any) -> Dataset:
        """The dataset, given what the document held besides streamed records."""
        if not isinstance(top, dict):
            raise ValidationFailure(
                [Problem(self.where, None, "expected a mapping of kinds to records")]
            )
        for key, value in top.items():
            self.entry(key, value)
        version = self.header.get("willing", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            self.problems.append(
                Problem(self.where, "willing", f"unsupported format version {shown(version)}")
            )
        for key in ("dataset", "title"):
            value = self.header.get(key)
            if value is None:
                continue
            if not isinstance(value, str | int) or isinstance(value, bool):
                self.problems.append(Problem(self.where, key, "expected text"))
            elif isinstance(value, str) and (len(value) > 200 or UNSAFE.search(value)):
                self.problems.append(
                    Problem(
                        self.where,
                        key,
                        f"expected a line of at most 200 printable characters, not "
                        f"'{shown(value)}'",
                    )
                )
        if self.problems:
            raise ValidationFailure(self.problems)
        dataset = Dataset(
            name=str(self.header.get("dataset") or "untitled"),
            title=str(self.header.get("title") or ""),
        )
        for kind, records in self.records.items():
            dataset.records[kind].extend(records)
        return dataset


def document_to_dataset(doc: Any, where: str) -> Dataset:
    """Parse a document; raise ValidationFailure listing every problem found."""
    reader = DatasetReader(where)
    try:
        return reader.finish(doc)
    except TooManyProblems:
        raise reader.stopped() from None


def merge(datasets: list[Dataset], name: str, title: str = "") -> Dataset:
    """Concatenate datasets (duplicates are caught later by the dataset check)."""
    merged = Dataset(name=name, title=title)
    for part in datasets:
        for kind in KINDS:
            merged.records[kind].extend(part.records[kind])
    return merged
