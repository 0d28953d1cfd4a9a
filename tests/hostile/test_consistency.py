"""Imports that would break later commands are refused whole, naming file, record, field;
and what is taken (a name holding terminal escapes) is shown, never obeyed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SMALL
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import Dataset
from willing.domain.errors import ValidationFailure
from willing.interchange.documents import document_to_dataset
from willing.storage.store import Store

TEXT = "Paris hosted the coalition on Tuesday."


def _with(**kinds: list[dict[str, Any]]) -> Dataset:
    doc: dict[str, Any] = {k: list(v) for k, v in SMALL.items() if isinstance(v, list)}
    doc["sources"] = [
        *doc["sources"],
        {"id": "src-t", "title": "T", "source_kind": "article", "text": TEXT},
    ]
    for kind, records in kinds.items():
        doc[kind] = [*doc.get(kind, []), *records]
    return document_to_dataset(doc, "case.yaml")


PLEDGE = {"party": "FRA", "capability": "inf-bn", "quantity": 1, "layers": ["reassure"]}


@pytest.mark.parametrize(
    ("kinds", "field", "words"),
    [
        (
            {"conditions": [{"id": "c-a", "name": "A", "depends_on": "c-a"}]},
            "depends_on",
            "cycle: c-a -> c-a",
        ),
        (
            {
                "conditions": [
                    {"id": "c-b", "name": "B", "depends_on": "c-c"},
                    {"id": "c-c", "name": "C", "depends_on": "c-b"},
                ]
            },
            "depends_on",
            "cycle: c-b -> c-c -> c-b",
        ),
        (
            {
                "locations": [
                    {"id": "L-A", "name": "A", "parent": "L-B"},
                    {"id": "L-B", "name": "B", "parent": "L-A"},
                ]
            },
            "parent",
            "cycle",
        ),
        (
            {
                "pledges": [
                    {
                        **PLEDGE,
                        "id": "P-X",
                        "evidence": [{"source": "src-t", "start": 0, "end": 999999999}],
                    }
                ]
            },
            "evidence.0",
            "ends past the text",
        ),
        (
            {
                "pledges": [
                    {
                        **PLEDGE,
                        "id": "P-X",
                        "evidence": [{"source": "src-t", "start": 0, "end": 5, "quote": "Pariz"}],
                    }
                ]
            },
            "evidence.0",
            "is not the text at [0:5]",
        ),
        (
            {
                "pledges": [
                    {**PLEDGE, "id": "P-X", "evidence": [{"source": "src-t", "quote": "London"}]}
                ]
            },
            "evidence.0",
            "does not occur",
        ),
        (
            {
                "pledges": [
                    {**PLEDGE, "id": "P-X", "evidence": [{"source": "src-1", "start": 0, "end": 3}]}
                ]
            },
            "evidence.0",
            "has no text",
        ),
        (
            {
                "pledges": [
                    {
                        **PLEDGE,
                        "id": "P-X",
                        "party": "POL",
                        "label": {
                            "classification": "NATIONAL",
                            "owner": "FRA",
                            "releasable_to": ["FRA"],
                        },
                    }
                ]
            },
            "label.owner",
            "'POL' would not see its own pledge",
        ),
    ],
)
def test_inconsistent_imports_are_refused_whole(
    store: Store, kinds: dict[str, list[dict[str, Any]]], field: str, words: str
) -> None:
    before = store.revision()
    with pytest.raises(ValidationFailure) as caught:
        store.write(_with(**kinds), actor="test", where="case.yaml")
    problems = [p for p in caught.value.problems if p.field == field]
    assert problems, caught.value.problems
    assert words in problems[0].message
    assert problems[0].where.startswith("case.yaml: ")
    assert store.revision() == before


def test_spans_into_a_stored_source_are_checked_against_its_stored_text(store: Store) -> None:
    store.write(_with(), actor="test")
    good = document_to_dataset(
        {
            "pledges": [
                {
                    **PLEDGE,
                    "id": "P-Y",
                    "evidence": [{"source": "src-t", "start": 0, "end": 5, "quote": "Paris"}],
                }
            ]
        },
        "more.yaml",
    )
    store.write(good, actor="test", where="more.yaml")
    bad = document_to_dataset(
        {
            "pledges": [
                {**PLEDGE, "id": "P-Z", "evidence": [{"source": "src-t", "start": 30, "end": 60}]}
            ]
        },
        "more.yaml",
    )
    with pytest.raises(ValidationFailure, match="ends past the text of source 'src-t'"):
        store.write(bad, actor="test", where="more.yaml")


def test_an_owned_pledge_of_its_own_party_and_a_record_about_another_party_are_fine(
    store: Store,
) -> None:
    label = {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]}
    store.write(_with(pledges=[{**PLEDGE, "id": "P-OWN", "label": label}]), actor="test")
    assert store.revision() == 1


def test_escapes_in_names_are_shown_not_obeyed(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    data = tmp_path / "esc.yaml"
    data.write_text(
        "parties:\n  - {id: XEA, name: "
        '"\\e[2J\\e[31mOwned\\u202e", party_kind: state, role: observer}\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(app, ["load", str(data), "--db", db]).exit_code == 0
    for argv in (["list", "parties"], ["show", "party", "XEA"], ["list", "parties", "--as", "XEA"]):
        result = runner.invoke(app, [*argv, "--db", db])
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.output
        assert "\u202e" not in result.output
        flat = re.sub(r"[\s│┃]", "", result.output)  # a narrow table folds long cells
        assert "\\x1b[2J" in flat
        assert "\\u202e" in flat
    listed = runner.invoke(app, ["list", "parties", "--json", "--db", db])
    assert "\\u001b[2J" in listed.output  # JSON keeps the data exact, escaped the JSON way
    missing = runner.invoke(app, ["show", "party", "\x1b[2J", "--db", db])
    assert missing.exit_code != 0


def test_arguments_that_are_not_utf8_are_refused_before_anything_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = Path(sys.executable).with_name("willing")
    done = subprocess.run(
        [
            str(script),
            "review",
            "x",
            "--set",
            b"name=\xff\xfe".decode("utf-8", "surrogateescape"),
            "--db",
            f"sqlite:///{tmp_path / 'w.db'}",
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 2
    assert b"is not valid UTF-8 text" in done.stderr
    assert b"Traceback" not in done.stderr
    assert not (tmp_path / "w.db").exists()
