"""Import and export: exact round trips in YAML, JSON and CSV, and precise errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from willing.domain.catalog import Dataset
from willing.domain.diplomacy import Source
from willing.domain.enums import SourceKind
from willing.domain.errors import ValidationFailure
from willing.domain.parties import Person
from willing.interchange.files import read_path, render, write_path
from willing.services.access import Registry, Viewer
from willing.storage.store import Store


def _tree_digest(path: Path) -> dict[str, str]:
    files = [path] if path.is_file() else sorted(p for p in path.iterdir() if p.is_file())
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.mark.parametrize(("fmt", "target"), [("yaml", "x.yaml"), ("json", "x.json"), ("csv", "x")])
def test_export_import_export_is_identical(
    tmp_path: Path, small_coalition: Dataset, fmt: str, target: str
) -> None:
    first = Store.open(f"sqlite:///{tmp_path / 'a.db'}")
    first.write(small_coalition, actor="test")
    out1 = tmp_path / "one" / target
    write_path(Registry(first, Viewer.admin()).dataset("rt"), out1, fmt)
    second = Store.open(f"sqlite:///{tmp_path / 'b.db'}")
    second.write(read_path(out1, "rt"), actor="test")
    out2 = tmp_path / "two" / target
    write_path(Registry(second, Viewer.admin()).dataset("rt"), out2, fmt)
    first.close()
    second.close()
    assert _tree_digest(out1) == _tree_digest(out2)
    assert read_path(out2, "rt").sorted().records == small_coalition.sorted().records


# Every character a record may hold: all of Unicode but surrogates and NUL (which the
# domain refuses, since PostgreSQL cannot store it).
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=texts,
    publisher=st.none() | texts,
    aliases=st.lists(texts, max_size=3),
    fmt=st.sampled_from(["yaml", "json", "csv"]),
)
def test_any_text_survives_every_format(
    title: str, publisher: str | None, aliases: list[str], fmt: str
) -> None:
    dataset = Dataset(name="prop")
    dataset.records["sources"] = [
        Source(id="s1", title=title, source_kind=SourceKind.ARTICLE, publisher=publisher)
    ]
    dataset.records["people"] = [Person(id="p1", name=title, aliases=aliases)]
    files = render(dataset, fmt)
    from willing.interchange.csvdir import csv_to_dataset
    from willing.interchange.documents import document_to_dataset

    if fmt == "csv":
        back = csv_to_dataset(files, "prop")
    else:
        text = next(iter(files.values()))
        parsed = yaml.safe_load(text) if fmt == "yaml" else json.loads(text)
        back = document_to_dataset(parsed, "prop")
    assert back.records["sources"] == dataset.records["sources"]
    assert back.records["people"] == dataset.records["people"]


def _write(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


BASE = """willing: 1
parties:
  - {id: FRA, name: France, party_kind: state, role: member}
capabilities:
  - {id: inf-bn, name: Infantry battalion, domain: land, unit: battalion}
pledges:
"""


@pytest.mark.parametrize(
    ("pledge", "field", "message"),
    [
        (
            "{id: P1, party: FRA, capability: inf-bn, quantity: many, layers: [reassure]}",
            "quantity",
            "valid number",
        ),
        (
            "{id: P1, party: FRA, capability: inf-bn, layers: [reassure]}",
            "quantity",
            "missing required field",
        ),
        (
            "{id: P1, party: XYZ, capability: inf-bn, quantity: 1, layers: [reassure]}",
            "party",
            "unknown party code 'XYZ'",
        ),
        (
            "{id: P1, party: FRA, capability: inf-bn, quantity: 1, layers: [reassure], hue: red}",
            "hue",
            "unknown field",
        ),
        (
            "{id: P1, party: FRA, capability: inf-bn, quantity: 1, layers: [reassure]}\n"
            "  - {id: P1, party: FRA, capability: inf-bn, quantity: 2, layers: [support]}",
            "id",
            "duplicate id",
        ),
    ],
    ids=["wrong-type", "missing-field", "unknown-party", "unknown-field", "duplicate-id"],
)
def test_a_bad_file_names_file_record_and_field(
    tmp_path: Path, pledge: str, field: str, message: str
) -> None:
    path = _write(tmp_path / "bad.yaml", BASE + f"  - {pledge}\n")
    store = Store.open(f"sqlite:///{tmp_path / 'w.db'}")
    with pytest.raises(ValidationFailure) as excinfo:
        store.write(read_path(path), actor="test", where=str(path))
    problems = [str(p) for p in excinfo.value.problems]
    assert any(
        "bad.yaml" in p
        and "pledges[" in p
        and "'P1'" in p
        and f"field '{field}'" in p
        and message in p
        for p in problems
    ), problems


def test_unparseable_yaml_gives_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "broken.yaml", "parties:\n  - {id: FRA, name: [unclosed\n")
    with pytest.raises(ValidationFailure, match=r"broken.yaml:\d+.*not valid YAML"):
        read_path(path)


def test_a_binary_file_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "blob.yaml"
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(ValidationFailure, match="not UTF-8"):
        read_path(path)


def test_a_bad_csv_names_the_row_and_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "parties.csv").write_text(
        "id,name,party_kind,role\nAAA,A,state,member,extra\n", encoding="utf-8"
    )
    with pytest.raises(ValidationFailure, match="row 2.*more cells than the header"):
        read_path(folder)


def test_a_csv_with_a_byte_order_mark_reads_like_any_other(tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "parties.csv").write_bytes(
        "\ufeffid,name,party_kind,role\r\nAAA,Ålesund,state,member\r\n".encode()
    )
    assert read_path(folder).records["parties"][0].name == "Ålesund"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        (
            "dup.yaml",
            "parties:\n  - {id: FRA, name: x, party_kind: state, role: member}\n"
            "parties:\n  - {id: DEU, name: y, party_kind: state, role: member}\n",
        ),
        (
            "dup.json",
            '{"parties": [{"id": "A", "name": "x", "name": "y",'
            ' "party_kind": "state", "role": "member"}]}',
        ),
    ],
)
def test_duplicate_keys_are_refused_rather_than_dropped(
    tmp_path: Path, name: str, body: str
) -> None:
    path = _write(tmp_path / name, body)
    with pytest.raises(ValidationFailure, match="duplicate key"):
        read_path(path)


def test_a_folder_without_data_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing here", encoding="utf-8")
    with pytest.raises(ValidationFailure, match="no data files"):
        read_path(tmp_path)


def test_re_exporting_csv_for_a_narrower_viewer_leaves_no_earlier_file(
    tmp_path: Path, small_coalition: Dataset
) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'w.db'}")
    store.write(small_coalition, actor="test")
    folder = tmp_path / "share"
    write_path(Registry(store, Viewer.admin()).dataset("x"), folder, "csv")
    write_path(Registry(store, Viewer(None)).dataset("x"), folder, "csv")
    store.close()
    public = read_path(folder)
    assert [p.id for p in public.records["pledges"]] == ["P-FRA-1"]
    assert all(r.label.classification.value == "PUBLIC" for r in public)
