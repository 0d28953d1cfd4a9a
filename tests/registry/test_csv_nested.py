"""CSV folders keep nested lists (evidence, status history, substitutions) in files of
their own, one row per item: no JSON in any cell of an export, and the same records back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from willing.domain.errors import ValidationFailure
from willing.interchange.files import read_path, write_path
from willing.services.registry import read_source

PARTIES = "id,name,party_kind,role\r\nAAA,A,state,member\r\nBBB,B,state,member\r\n"
SOURCES = "id,title,source_kind\r\nS1,One,article\r\n"


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "csv"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_shipped_data_set_exports_without_json_cells_and_reads_back(tmp_path: Path) -> None:
    shipped = read_source("cotw-ukraine-2026")
    write_path(shipped, tmp_path / "out", "csv")
    nested = sorted(p.name for p in (tmp_path / "out").glob("*.*.csv"))
    assert "pledges.evidence.csv" in nested
    assert "pledges.history.csv" in nested
    cells = 0
    for path in (tmp_path / "out").glob("*.csv"):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for column, cell in row.items():
                    cells += 1
                    assert (cell or " ")[0] not in "[{", (path.name, column, cell)
    assert cells > 5000
    back = read_path(tmp_path / "out", shipped.name)
    assert back.sorted().records == shipped.sorted().records
    spans = [e for p in back.records["pledges"] for e in p.evidence if e.start is not None]
    assert spans, "no evidence span in the shipped pledges: the test proves nothing"


def test_items_keep_their_order_within_a_record(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "parties.csv": PARTIES,
            "sources.csv": SOURCES + "S2,Two,article\r\n",
            "parties.evidence.csv": "id,source\r\nAAA,S2\r\nBBB,S1\r\nAAA,S1\r\n",
        },
    )
    parties = {p.id: p for p in read_path(folder).records["parties"]}
    assert [e.source for e in parties["AAA"].evidence] == ["S2", "S1"]
    assert [e.source for e in parties["BBB"].evidence] == ["S1"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"parties.evidence.csv": "id,source\r\nZZZ,S1\r\n"}, "row 2.*no parties record 'ZZZ'"),
        ({"parties.evidence.csv": "id,source,colour\r\nAAA,S1,red\r\n"}, "colour.*unknown column"),
        ({"parties.evidence.csv": "source\r\nS1\r\n"}, "id.*missing"),
        ({"parties.evidence.csv": "id,source\r\n,S1\r\n"}, "row 2.*id.*missing"),
        ({"parties.colour.csv": "id,x\r\nAAA,1\r\n"}, "not a known kind or nested list"),
        ({"parties.evidence.csv": "id,source,start\r\nAAA,S1,x\r\n"}, "start"),
    ],
)
def test_a_bad_nested_file_is_refused_naming_file_and_row(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    folder = _folder(tmp_path, {"parties.csv": PARTIES, "sources.csv": SOURCES, **files})
    with pytest.raises(ValidationFailure, match=message):
        read_path(folder)


def test_a_list_given_both_in_its_column_and_in_its_file_is_refused(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "parties.csv": "id,name,party_kind,role,evidence\r\nAAA,A,state,member,S1\r\n",
            "sources.csv": SOURCES,
            "parties.evidence.csv": "id,source\r\nAAA,S1\r\n",
        },
    )
    with pytest.raises(ValidationFailure, match="given both in this row and in parties.evidence"):
        read_path(folder)


def test_a_folder_written_with_json_cells_still_reads(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "parties.csv": (
                "id,name,party_kind,role,evidence\r\n"
                'AAA,A,state,member,"[{""source"": ""S1""}]"\r\n'
            ),
            "sources.csv": SOURCES,
        },
    )
    (party,) = read_path(folder).records["parties"]
    assert [e.source for e in party.evidence] == ["S1"]
