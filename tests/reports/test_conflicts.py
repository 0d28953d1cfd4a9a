"""Open source conflicts in the read-ahead, as each viewer may see them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from willing.cli.main import app
from willing.ingest.conflicts import listing
from willing.reports.conflicts import conflicts_section
from willing.reports.document import Para, Shown, Table
from willing.services.access import Registry, Role, Viewer
from willing.services.records import update
from willing.storage.store import Store

from .conftest import shipped_db

GOLD = Path(__file__).parents[1] / "ingest" / "gold"
POL, FRA = Viewer("POL", Role.LIAISON), Viewer("FRA", Role.LIAISON)


def _text(shown: Shown) -> str:
    section = conflicts_section(shown)
    parts = []
    for block in section.blocks:
        if isinstance(block, Para):
            parts.append(block.text)
        elif isinstance(block, Table):
            parts += [" | ".join(row) for row in block.rows]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The shipped data set and two articles that disagree on the Paris summit's date."""
    url = shipped_db(tmp_path_factory.mktemp("conflicts"))
    for article, day in (("paris-declaration.txt", "2026-01-06"), ("seed-003.txt", "2026-01-07")):
        result = CliRunner().invoke(
            app, ["ingest", str(GOLD / article), "--published", day, "--db", url]
        )
        assert result.exit_code == 0, result.output
    return url


def test_an_open_conflict_is_listed_with_its_claims_and_cited(db: str) -> None:
    store = Store.open(db)
    shown = Shown(Registry(store, POL))
    text = _text(shown)
    store.close()
    assert "M-2026-01-06-PARIS" in text
    assert "2026-01-06" in text
    assert "2026-01-07" in text
    assert "Rabu, 7 Januari 2026" in text
    assert ("sources", "seed-003") in shown.labels  # it counts for the marking
    assert "Rabu, 7 Januari 2026" in shown.cited["seed-003"]  # and for "Sources cited"


def test_a_conflict_citing_a_source_hidden_from_the_viewer_is_left_out(db: str) -> None:
    store = Store.open(db)
    admin = Registry(store, Viewer.admin())
    (draft_conflict,) = [c for c in listing(admin) if c.subject_kind == "drafts"]
    hidden = next(c["source"] for c in draft_conflict.claims if c["source"] != "seed-003")
    national = {"classification": "NATIONAL", "owner": "FRA"}
    update(admin, "sources", hidden, {"label": national})
    pol, fra = _text(Shown(Registry(store, POL))), _text(Shown(Registry(store, FRA)))
    store.close()
    for seen in (pol, fra):
        assert "M-2026-01-06-PARIS" in seen
    assert hidden in fra
    assert draft_conflict.id in fra
    assert hidden not in pol
    assert draft_conflict.id not in pol
    assert "PARIS, Jan 6" not in pol
    assert "1 open conflict(s)" in pol
