"""Four reviewers accept one draft at the same moment: it is accepted once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner

from willing.cli.main import app
from willing.storage.schema import audit

GOLD = Path(__file__).resolve().parents[1] / "ingest" / "gold"


def test_parallel_accepts_of_one_draft_take_effect_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    runner = CliRunner()
    for argv in (
        ["load", "cotw-ukraine-2026", "--replace"],
        ["ingest", str(sorted(GOLD.glob("*.txt"))[0])],
    ):
        assert runner.invoke(app, [*argv, "--db", url]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["review", "--json", "--db", url]).output)
    draft = next(d for d in listed if str(d.get("on_accept") or "").startswith(("link", "new")))
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        entries = conn.execute(sa.select(sa.func.count()).select_from(audit)).scalar_one()
    engine.dispose()

    script = Path(sys.executable).with_name("willing")
    procs = [
        subprocess.Popen(
            [str(script), "review", draft["id"], "--accept", "--db", url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(4)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        results.append((proc.returncode, out, err))
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 1, 1, 1], results
    for code, _, err in results:
        assert b"Traceback" not in err
        if code:
            assert b"already reviewed" in err

    engine = sa.create_engine(url)
    with engine.connect() as conn:
        after = conn.execute(sa.select(audit.c.action).where(audit.c.seq > entries)).scalars().all()
    engine.dispose()
    assert after == ["accept"]
    shown = json.loads(
        runner.invoke(app, ["review", draft["id"], "--status", "any", "--json", "--db", url]).output
    )
    assert shown[0]["status"] in ("accepted", "linked")
    if shown[0]["record"]:
        kind, _, rid = shown[0]["record"].partition("/")
        data = json.loads(runner.invoke(app, ["show", kind, rid, "--json", "--db", url]).output)
        span = draft["span"] or [None, None]
        cites = [
            e
            for e in data["evidence"]
            if e["source"] == draft["source"] and [e.get("start"), e.get("end")] == span
        ]
        assert len(cites) == 1
