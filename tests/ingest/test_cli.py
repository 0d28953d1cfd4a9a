"""The ingest, review and conflicts commands, end to end on a real SQLite file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from willing.cli import ingest as ingest_cli
from willing.ingest import IngestError
from willing.ingest.decode import max_bytes, read_file
from willing.ingest.errors import InputTooLarge

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    """A root command holding only the ingestion commands."""
    root = typer.Typer()
    ingest_cli.register(root)
    return root


def _run(app: typer.Typer, *args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


@pytest.mark.parametrize("command", ["ingest", "review", "conflicts"])
def test_help_has_an_example(app: typer.Typer, command: str) -> None:
    assert "Example:" in _run(app, command, "--help")


def test_evaluate_prints_scores_per_type(app: typer.Typer) -> None:
    out = json.loads(_run(app, "ingest", "--evaluate", str(GOLD), "--json"))
    assert set(out["totals"]) >= {"meeting", "date", "count", "person", "party"}
    assert out["totals"]["person"]["f1"] >= 0.9
    assert "seed-003" in out["files"]
    table = _run(app, "ingest", "--evaluate", str(GOLD))
    assert "F1" in table
    assert "meeting" in table


def test_evaluate_several_folders_prints_each_and_a_total(app: typer.Typer) -> None:
    heldout = GOLD.parent / "heldout"
    table = _run(app, "ingest", "--evaluate", str(GOLD), "--evaluate", str(heldout))
    # a total row, and one without party mentions, under each folder's table and the sum's
    assert table.count("total without parties") == 3
    assert table.count("total") == 6
    assert "in 2 folders" in table
    assert "meeting" in table
    out = json.loads(_run(app, "ingest", "--evaluate", str(GOLD), str(heldout), "--json"))
    assert set(out["folders"]) == {str(GOLD), str(heldout)}
    gold, held = out["folders"][str(GOLD)]["total"], out["folders"][str(heldout)]["total"]
    assert out["total"]["tp"] == gold["tp"] + held["tp"]
    assert out["total"]["fn"] == gold["fn"] + held["fn"]
    assert "seed-003" in out["folders"][str(GOLD)]["files"]
    assert f"{GOLD}/seed-003" in out["files"]
    single = json.loads(_run(app, "ingest", "--evaluate", str(GOLD), "--json"))
    assert single["total"] == gold


def test_the_pooled_score_without_parties_leaves_only_party_mentions_out() -> None:
    from willing.ingest.evaluate import evaluate_dir

    report = evaluate_dir(GOLD)
    totals, pooled = report.totals(), report.total_without_parties()
    for field in ("tp", "fp", "fn"):
        rest = sum(getattr(s, field) for t, s in totals.items() if t != "party")
        assert getattr(pooled, field) == rest
        assert getattr(report.total(), field) == rest + getattr(totals["party"], field)
    assert report.as_dict()["total_without_parties"]["tp"] == pooled.tp


def test_evaluate_refuses_an_article_among_the_folders(app: typer.Typer) -> None:
    result = CliRunner().invoke(
        app, ["ingest", "--evaluate", str(GOLD), str(GOLD / "seed-003.txt")]
    )
    assert result.exit_code != 0


def test_ingest_review_and_conflicts(app: typer.Typer, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    first = json.loads(
        _run(
            app,
            "ingest",
            str(GOLD / "paris-declaration.txt"),
            "--published",
            "2026-01-06",
            "--db",
            db,
            "--json",
        )
    )
    second = json.loads(
        _run(
            app,
            "ingest",
            str(GOLD / "seed-003.txt"),
            "--published",
            "2026-01-07",
            "--db",
            db,
            "--json",
        )
    )
    assert first[0]["drafts"]
    assert second[0]["conflicts"]
    conflicts = json.loads(_run(app, "conflicts", "--db", db, "--json"))
    assert [c["id"] for c in conflicts] == second[0]["conflicts"]
    pending = json.loads(_run(app, "review", "--db", db, "--json", "--type", "party"))
    assert pending
    assert all(d["status"] == "pending" for d in pending)
    done = json.loads(
        _run(app, "review", "--all", "--type", "party", "--accept", "--db", db, "--json")
    )
    # a party both articles name is created once, then linked
    created = {d["record"] for d in done if d["status"] == "accepted"}
    linked = {d["record"] for d in done if d["status"] == "linked"}
    assert "parties/FRA" in created
    assert linked
    assert linked <= created
    assert json.loads(_run(app, "review", "--db", db, "--json", "--type", "party")) == []
    cid = conflicts[0]["id"]
    settled = json.loads(
        _run(
            app,
            "conflicts",
            "--resolve",
            cid,
            "--keep-both",
            "--note",
            "both dates are reported",
            "--db",
            db,
            "--json",
        )
    )
    assert settled[0]["status"] == "kept_both"
    assert settled[0]["resolution"] == {"kept": "both", "note": "both dates are reported"}


def test_unreadable_and_binary_files_fail_clearly(app: typer.Typer, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = CliRunner().invoke(app, ["ingest", str(image), "--db", db])
    assert result.exit_code != 0
    assert "PNG" in str(result.exception)
    missing = CliRunner().invoke(app, ["ingest", str(tmp_path / "nope.txt"), "--db", db])
    assert "cannot read" in str(missing.exception)


def test_a_bad_file_in_a_batch_stores_nothing(app: typer.Typer, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = CliRunner().invoke(app, ["ingest", str(GOLD / "seed-003.txt"), str(image), "--db", db])
    assert result.exit_code != 0
    assert json.loads(_run(app, "review", "--status", "any", "--db", db, "--json")) == []
    batch = json.loads(
        _run(
            app,
            "ingest",
            str(GOLD / "seed-003.txt"),
            str(GOLD / "seed-000.txt"),
            "--db",
            db,
            "--json",
        )
    )
    assert len(batch) == 2
    assert batch[1]["conflicts"]  # the second article disagrees with the first, same batch


def _fails(app: typer.Typer, *args: str) -> BaseException:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code != 0
    assert result.exception is not None
    return result.exception


def test_ingest_refuses_a_pipe_without_reading_it(app: typer.Typer, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody writes to it: reading would hang
    exc = _fails(app, "ingest", str(fifo), "--db", f"sqlite:///{tmp_path / 'w.db'}")
    assert isinstance(exc, IngestError)
    assert "not a regular file" in str(exc)


def test_ingest_refuses_a_device(app: typer.Typer, tmp_path: Path) -> None:
    exc = _fails(app, "ingest", "/dev/zero", "--db", f"sqlite:///{tmp_path / 'w.db'}")
    assert isinstance(exc, IngestError)
    assert "not a regular file" in str(exc)


def test_ingest_refuses_a_huge_file_by_its_size(app: typer.Typer, tmp_path: Path) -> None:
    sparse = tmp_path / "huge.txt"
    with sparse.open("wb") as handle:
        handle.truncate(max_bytes() * 50)  # sparse: no memory, no disk
    exc = _fails(app, "ingest", str(sparse), "--db", f"sqlite:///{tmp_path / 'w.db'}")
    assert isinstance(exc, InputTooLarge)
    assert "larger than" in str(exc)


def test_read_file_reads_at_most_one_byte_past_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 10)
    assert read_file(path) == b"x" * 10
    with pytest.raises(IngestError, match="cannot read"):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(IngestError, match="not a regular file"):
        read_file(tmp_path)
