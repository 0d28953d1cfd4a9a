"""Spreadsheets: a dataset (one sheet per kind) or any table of rows as an XLSX workbook
with typed cells, a frozen header and filters; lists and nested values as readable text.
Each sheet carries its releasability marking at the top and bottom of every printed page,
as a report's pages do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from willing.domain.catalog import Dataset
from willing.interchange.atomic import write_whole
from willing.interchange.documents import dataset_to_document
from willing.present.marking import marking

Cell = str | int | float | bool | dt.date | None

#: Excel's limit on a sheet name.
SHEET_NAME_MAX = 31


def text_of(value: Any) -> str:
    """A list or nested value as text a reader can read: "a, b"; "key: value; ..."."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {text_of(v)}" for k, v in value.items() if v not in (None, [], {}))
    if isinstance(value, list):
        sep = " | " if any(isinstance(v, dict) for v in value) else ", "
        return sep.join(text_of(v) for v in value)
    if value is None:
        return ""
    return str(value)


def cell_of(value: Any) -> Cell:
    """A JSON value as a typed cell: numbers, booleans and dates stay what they are."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value) if len(value) == 10 and value[4] == "-" else value
        except ValueError:
            return value
    return text_of(value)


def sheet_rows(records: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[Cell]]]:
    """Columns (first-seen order, id first) and typed rows for a list of JSON records."""
    columns: list[str] = []
    for record in records:
        columns.extend(k for k in record if k not in columns)
    return columns, [[cell_of(r.get(c)) for c in columns] for r in records]


def mark_pages(sheet: Any, text: str) -> None:
    """`text` centred in the header and footer of every printed page of `sheet`."""
    escaped = text.replace("&", "&&")  # "&" starts a code in a header
    for part in (
        sheet.oddHeader,
        sheet.oddFooter,
        sheet.evenHeader,
        sheet.evenFooter,
        sheet.firstHeader,
        sheet.firstFooter,
    ):
        part.center.text = escaped


def workbook(
    sheets: Iterable[tuple[str, Sequence[str], Sequence[Sequence[Cell]]]],
    markings: Mapping[str, str] | None = None,
) -> bytes:
    """An XLSX file from (name, header, rows): header bold and frozen, filters on; a sheet
    named in `markings` has that marking on every printed page (`mark_pages`)."""
    from openpyxl import Workbook  # heavy: imported only when a spreadsheet is written
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name, header, rows in sheets:
        sheet = book.create_sheet(name[:SHEET_NAME_MAX])
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
        if markings and name in markings:
            mark_pages(sheet, markings[name])
        if header:
            last = get_column_letter(len(header))
            sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 1)}"
            for i, title in enumerate(header, 1):
                longest = max([len(str(title)), *(len(str(r[i - 1] or "")) for r in rows[:200])])
                sheet.column_dimensions[get_column_letter(i)].width = min(max(longest, 6) + 2, 60)
        for row_cells in sheet.iter_rows(min_row=2):
            for cell in row_cells:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def dataset_sheets(dataset: Dataset) -> list[tuple[str, list[str], list[list[Cell]]]]:
    """One sheet per kind that holds records, in catalogue order."""
    doc = dataset_to_document(dataset)
    out = []
    for kind, records in doc.items():
        if isinstance(records, list):
            header, rows = sheet_rows(records)
            out.append((kind, header, rows))
    return out


def dataset_markings(dataset: Dataset) -> dict[str, str]:
    """The marking of each kind's sheet: the highest classification of its records and
    the audience every one of them may be released to."""
    groups = {p.id: list(getattr(p, "member_of", [])) for p in dataset.records.get("parties", [])}
    return {
        kind: str(marking([r.label for r in records], groups))
        for kind, records in dataset.records.items()
    }


def write_dataset(dataset: Dataset, path: Path) -> list[Path]:
    """Write the dataset as an XLSX workbook, whole, renamed into place."""
    write_whole(path, workbook(dataset_sheets(dataset), dataset_markings(dataset)))
    return [path]
