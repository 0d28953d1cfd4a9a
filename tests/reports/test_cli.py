"""`willing report` on the command line: each report in each format, clear errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader
from typer.testing import CliRunner

from willing.cli.main import app


def _run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def test_read_ahead_writes_html_for_a_viewer(reports_db: str, tmp_path: Path) -> None:
    out = tmp_path / "ra.html"
    _run(
        "report",
        "read-ahead",
        "--db",
        reports_db,
        "--as",
        "POL",
        "--draws",
        "10",
        "--since",
        "2026-01-01",
        "--out",
        str(out),
    )
    text = out.read_text(encoding="utf-8")
    assert "Summit read-ahead" in text
    assert "Prepared for POL" in text


def test_contribution_lists_the_nations_pledges_and_their_use(
    reports_db: str, tmp_path: Path
) -> None:
    out = tmp_path / "pol.pdf"
    met = ["--assume", "ceasefire=met", "--assume", "us-backstop=met"]
    _run(
        "report", "contribution", "POL", "--db", reports_db, "--as", "POL", *met, "--out", str(out)
    )
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    plan = json.loads(_run("plan", "--db", reports_db, "--as", "POL", *met, "--json", "--no-store"))
    used = {ln["pledge"] for ln in plan["lines"] if ln["party"] == "POL"}
    assert used, "POL's pledges serve no line: the test proves nothing"
    for pledge in used:
        assert pledge in text
    assert "Contribution of Poland" in text


def test_a_hidden_party_is_reported_as_missing(reports_db: str, tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    args = ["report", "contribution", "XXX", "--db", reports_db, "--as", "POL", "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code != 0
    assert str(result.exception) == "no parties record 'XXX'"
    assert not out.exists()


def test_force_generation_as_pdf(reports_db: str, tmp_path: Path) -> None:
    out = tmp_path / "fg.pdf"
    _run("report", "force-generation", "--db", reports_db, "--out", str(out))
    assert out.read_bytes().startswith(b"%PDF")


def test_an_unknown_format_is_refused_naming_the_file(reports_db: str, tmp_path: Path) -> None:
    out = tmp_path / "ra.docx"
    result = CliRunner().invoke(
        app, ["report", "read-ahead", "--db", reports_db, "--out", str(out)]
    )
    assert result.exit_code != 0
    assert "ra.docx" in str(result.exception) + result.output
    assert not out.exists()
