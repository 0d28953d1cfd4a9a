"""The audit log is append-only and hash-chained: editing the past is detected."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import Dataset
from willing.storage import audit
from willing.storage.schema import audit as audit_table
from willing.storage.store import Store


def test_each_write_appends_one_entry_and_the_chain_holds(
    store: Store, small_coalition: Dataset
) -> None:
    store.write(small_coalition, actor="alice", replace=True)
    store.write(small_coalition, actor="bob", replace=True)
    with store.engine.connect() as conn:
        assert audit.revision(conn) == 2
        assert audit.verify(conn) is None


def test_editing_an_entry_breaks_the_chain_there(store: Store, small_coalition: Dataset) -> None:
    for actor in ("alice", "bob", "carol"):
        store.write(small_coalition, actor=actor, replace=True)
    with store.engine.begin() as conn:
        conn.execute(sa.update(audit_table).where(audit_table.c.seq == 2).values(actor="mallory"))
    with store.engine.connect() as conn:
        assert audit.verify(conn) == 2


def test_deleting_the_newest_entries_is_caught_by_an_anchor(
    store: Store, small_coalition: Dataset
) -> None:
    for actor in ("alice", "bob", "carol"):
        store.write(small_coalition, actor=actor, replace=True)
    with store.engine.connect() as conn:
        anchor = audit.head(conn)
        assert anchor[0] == 3
        assert audit.verify(conn, anchor) is None
    with store.engine.begin() as conn:
        conn.execute(sa.delete(audit_table).where(audit_table.c.seq == 3))
    with store.engine.connect() as conn:
        assert audit.verify(conn) is None  # the shorter chain holds on its own
        assert audit.verify(conn, anchor) == 3  # but not the entry written down earlier
        assert audit.verify(conn, (2, anchor[1])) == 2  # a wrong hash for a held entry
        assert audit.verify(conn, (0, audit.GENESIS)) is None


def test_the_cli_prints_an_anchor_and_verifies_against_it(
    tmp_path: Path, small_coalition: Dataset
) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    store = Store.open(url)
    store.write(small_coalition, actor="alice")
    store.write(small_coalition, actor="bob", replace=True)
    store.close()
    runner = CliRunner()
    head = runner.invoke(app, ["audit", "--head", "--db", url])
    assert head.exit_code == 0
    anchor = head.stdout.strip()
    assert anchor.startswith("2:")
    ok = runner.invoke(app, ["audit", "--verify", "--anchor", anchor, "--db", url])
    assert ok.exit_code == 0
    assert "holds entry 2 as anchored" in ok.stdout
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.delete(audit_table).where(audit_table.c.seq == 2))
    engine.dispose()
    bad = runner.invoke(app, ["audit", "--verify", "--anchor", anchor, "--db", url])
    assert bad.exit_code == 1
    assert "does not hold entry 2" in bad.stdout
    wrong = runner.invoke(app, ["audit", "--verify", "--anchor", "2:xyz", "--db", url])
    assert wrong.exit_code == 2


def test_the_anchor_is_one_line_at_any_width_and_head_excludes_verify(
    tmp_path: Path, small_coalition: Dataset
) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    store = Store.open(url)
    store.write(small_coalition, actor="alice")
    store.close()
    env = {**os.environ, "COLUMNS": "40"}
    out = subprocess.run(
        [sys.executable, "-m", "willing.cli.main", "audit", "--head", "--db", url],
        capture_output=True, text=True, env=env, check=True,
    ).stdout  # fmt: skip
    assert len(out.splitlines()) == 1
    assert len(out.strip()) == len("1:") + 64
    both = CliRunner().invoke(app, ["audit", "--head", "--verify", "--db", url])
    assert both.exit_code == 2
